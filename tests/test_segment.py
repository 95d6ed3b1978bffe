from __future__ import annotations

from newsfuse.model import Article
from newsfuse.segment import segment


def texts(text: str) -> list[str]:
    return [sentence.text for sentence in segment(Article(id="a", text=text))]


def test_abbreviations_do_not_end_sentences() -> None:
    assert texts("Russian spokesman Maj. Gen. Igor Konashenkov spoke. A cease-fire began on Feb. 27 in the area. "
                 "George W. Bush left. He is No. 5 now.") == [
        "Russian spokesman Maj. Gen. Igor Konashenkov spoke.", "A cease-fire began on Feb. 27 in the area.",
        "George W. Bush left.", "He is No. 5 now."]


def test_initialisms_end_a_sentence_only_before_a_sentence_starter() -> None:
    assert texts("The U.S. Army said no. It was in the U.S. The next day he left.") == [
        "The U.S. Army said no.", "It was in the U.S.", "The next day he left."]


def test_quotations() -> None:
    assert texts('He said "It is over." Then he went. "Is it?" he asked. “Yes.” She nodded.') == [
        'He said "It is over."', "Then he went.", '"Is it?" he asked.', "“Yes.”", "She nodded."]


def test_lower_cased_multinews_text() -> None:
    assert texts('Dan brown has topped the list. " we are seeing records, " said sonny mehta. The u.s. army '
                 "agreed.") == ["Dan brown has topped the list.", '" we are seeing records, " said sonny mehta.',
                                "The u.s. army agreed."]


def test_offsets_point_into_the_article_across_lines() -> None:
    article = Article(id="a", text="First line here. Second one.\nA new paragraph without end")
    sentences = segment(article, article_index=3)
    assert [article.text[s.start:s.end] for s in sentences] == [s.text for s in sentences]
    assert [s.position for s in sentences] == [0, 1, 2] and {s.article for s in sentences} == {3}
