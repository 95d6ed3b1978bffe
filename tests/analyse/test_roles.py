from __future__ import annotations

from newsfuse.analyse.roles import role_beside


def test_a_role_goes_on_past_a_state_abbreviation_and_keeps_its_dot() -> None:
    assert role_beside("said ", ", executive director of the El Cerrito, Calif.-based National Center for Science "
                                "Education, who said") == ("executive director of the El Cerrito, Calif.-based "
                                                           "National Center for Science Education")
    assert role_beside("said ", ", an independent auto analyst in Westport, Conn., and others") == \
        "independent auto analyst in Westport, Conn."
    assert role_beside("said ", ", a spokesman for the company.") == "spokesman for the company"


def test_a_conjunction_opening_the_sentence_is_no_part_of_a_role() -> None:
    assert role_beside("``What a great class size,'' But NEA spokeswoman ", " said.") == "NEA spokeswoman"


def test_only_a_state_abbreviation_keeps_its_dot() -> None:
    assert role_beside("says ", ", co-owner of Fremont Place.") == "co-owner of Fremont Place"


def test_a_title_starts_after_another_persons_name() -> None:
    assert role_beside("Following their talks, Putin and Ukrainian President ", " told reporters",
                       frozenset({"putin", "vladimir"})) == "Ukrainian President"
    assert role_beside("Acme President and Chief Executive ", " said", frozenset({"clinton"})) == \
        "Acme President and Chief Executive"  # a title is no person's name
    assert role_beside("Talks between Pérez and Ukrainian President ", " ended", frozenset({"perez"})) == \
        "Ukrainian President"  # names compared as `name_tokens` folds them
    assert role_beside("The Housing and Construction Minister ", " said", frozenset({"putin"})) == \
        "The Housing and Construction Minister"


def test_a_hyphenated_title_is_one_role() -> None:
    assert role_beside("the organization's secretary-general ", ", of Nigeria, said") == "Secretary-general"
