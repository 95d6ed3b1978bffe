from __future__ import annotations

import pytest

from newsfuse.analyse import nlp
from newsfuse.analyse.nlp import Mention, find_mentions, tagged, with_known_people


def test_the_state_in_a_lawmakers_party_tag_is_a_place() -> None:
    (mentions,) = find_mentions(["``We hope it passes,'' said Rep. Nancy Johnson, R-Conn., beside Sen. Jesse Helms, "
                                 "R-N.C., in the Capitol."])
    places = [mention.text for mention in mentions if mention.kind == "place"]
    assert "Conn." in places and "N.C." in places


def test_a_persons_full_name_and_surname_are_found_where_the_recogniser_missed_them() -> None:
    texts = ["Deputy Prime Minister Ilya Klebanov visited the base.", "Klebanov, who leads the commission, spoke.",
             "The Klebanov Institute and Mr. Boris Klebanov were not involved."]
    found = with_known_people(texts, [(Mention("Ilya Klebanov", "person", 22, 35),), (), ()])
    assert [mention.text for mention in found[1]] == ["Klebanov"] and found[1][0].kind == "person"
    assert found[2] == ()  # part of another name: not this person


def test_a_title_or_a_sentence_word_before_a_surname_keeps_it_the_persons() -> None:
    texts = ["Ilya Klebanov visited the base.", "Mr. Klebanov and then But Klebanov spoke."]
    found = with_known_people(texts, [(Mention("Ilya Klebanov", "person", 0, 13),), ()])
    assert [mention.start for mention in found[1]] == [4, 26]


def test_a_name_with_an_age_is_a_person_not_a_place() -> None:
    (mentions,) = find_mentions(["Billy Gallagher, a fisherman with two autistic children, Alanna, 9, and Austin, 7, "
                                 "led the fight."])
    assert [mention.kind for mention in mentions if mention.text == "Austin"] == ["person"]


def test_a_place_where_someone_works_is_an_organisation_and_a_titled_name_a_person() -> None:
    (mentions,) = find_mentions(["``It won't be enough,'' said Maryann Keller, an analyst at Furman Selz in New "
                                 "York, and Mr. Farrakhan agreed."])
    kinds = {mention.text: (mention.kind, mention.titled) for mention in mentions}
    assert kinds["Furman Selz"] == ("organisation", False) and kinds["New York"] == ("place", False)
    assert kinds["Farrakhan"] == ("person", True)


def test_tagged_tokens_carry_their_offsets_and_parts_of_speech_once_per_distinct_text() -> None:
    text = "At least 40 civilians were killed."
    found = tagged([text, text])
    assert list(found) == [text]
    tokens = {token.text: token for token in found[text]}
    assert tokens["40"].tag == "CD" and text[tokens["40"].start:].startswith("40")
    assert tokens["civilians"].tag == "NNS"


def test_a_capitalised_word_after_a_quantifier_is_a_group_not_a_person() -> None:
    (mentions,) = find_mentions(["Like most Goodwillers, McCabe speaks lovingly of a favorite find."])
    assert all(mention.kind != "person" for mention in mentions if mention.text == "Goodwillers")


def test_a_hyphenated_given_name_stays_part_of_the_persons_name() -> None:
    (mentions,) = find_mentions(["The report quoted Chief Inspector Lam Nam-wing as saying 85 officers were "
                                 "mobilized, weeks after a Clinton-era rule."])
    people = [mention.text for mention in mentions if mention.kind == "person"]
    assert "Lam Nam-wing" in people and not any(name.endswith("-era") for name in people)


def test_an_organisations_name_goes_on_past_for_or_of() -> None:
    (mentions,) = find_mentions(["Global warming could wipe out many species, the World Wide Fund for Nature said in "
                                 "a report issued here Thursday."])
    assert [mention.text for mention in mentions if mention.kind == "organisation"] == ["World Wide Fund for Nature"]


def test_tagged_texts_are_kept_within_a_bound_and_answer_again_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "TAGGED_KEPT", 2)
    texts = ["The report states that prices rose.", "Gulf states plan tests.", "Officials said so."]
    first = tagged(texts)
    assert len(nlp.TAGGED) <= 2
    assert tagged(texts[:1]) == {texts[0]: first[texts[0]]}
