from __future__ import annotations

from newsfuse.analyse.names import key, name_tokens, similar, skeleton


def test_transliterations_share_one_outline() -> None:
    outlines = {skeleton(key(name)) for name in ("At-Tanf", "Al-Tanaf", "al-Tanf")}
    assert len(outlines) == 1
    assert skeleton(key("Latakia")) == skeleton(key("Lattakia"))
    assert skeleton(key("Iran")) != skeleton(key("Iraq"))


def test_titles_and_possessives_are_not_part_of_a_name() -> None:
    assert name_tokens("Maj. Gen. Igor Konashenkov's") == ["igor", "konashenkov"]
    assert name_tokens("President") == ["president"]  # a lone title stays: it is all there is


def test_spelling_slips_match_but_short_names_must_be_exact() -> None:
    assert similar("shoigu", "shiogu")
    assert not similar("shoigu", "putin")
    assert not similar("lee", "lei")
