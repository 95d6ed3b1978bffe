from __future__ import annotations

from newsfuse.analyse.nlp import find_mentions


def test_the_state_in_a_lawmakers_party_tag_is_a_place() -> None:
    (mentions,) = find_mentions(["``We hope it passes,'' said Rep. Nancy Johnson, R-Conn., beside Sen. Jesse Helms, "
                                 "R-N.C., in the Capitol."])
    places = [mention.text for mention in mentions if mention.kind == "place"]
    assert "Conn." in places and "N.C." in places
