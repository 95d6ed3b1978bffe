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


def test_a_quotation_opening_after_a_company_suffix_starts_a_sentence_and_a_title_never_ends_one() -> None:
    assert texts("“We agreed,” said Ann Lee, a spokeswoman for Acme Inc. “We will change it.” Police Supt. Terry "
                 "Hall spoke. Gen. “Mad Dog” Mattis came.") == [
        "“We agreed,” said Ann Lee, a spokeswoman for Acme Inc.", "“We will change it.”",
        "Police Supt. Terry Hall spoke.", "Gen. “Mad Dog” Mattis came."]
    assert texts("He spoke from Orange, Conn. “It's a big thing for us.”") == [
        "He spoke from Orange, Conn.", "“It's a big thing for us.”"]
    assert texts("Walter Herlihy is president of Repligen Corp. The company tests a hormone.") == [
        "Walter Herlihy is president of Repligen Corp.", "The company tests a hormone."]


def test_a_question_quoted_before_a_named_speaker_ends_no_sentence() -> None:
    assert texts("“Who will pay?” Tom Berg asked. “Nobody!” The hall emptied.") == [
        "“Who will pay?” Tom Berg asked.", "“Nobody!”", "The hall emptied."]


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


def test_run_on_text_without_sentence_punctuation_is_cut_into_bounded_pieces() -> None:
    text = " ".join(f"word{number} and the council met today," if number % 7 == 0 else f"word{number} and more"
                    for number in range(3000))
    assert len(segment(Article(id="a", text=text))) == 1  # as written, unless asked to cut
    sentences = segment(Article(id="a", text=text), cut_run_ons=True)
    assert len(sentences) > 10
    assert all(len(sentence.text.split()) <= 40 for sentence in sentences)
    assert sum(len(sentence.text.split()) for sentence in sentences) == len(text.split())  # nothing lost
    assert all(text[sentence.start:sentence.end] == sentence.text for sentence in sentences)
    assert sum(sentence.text.endswith(",") for sentence in sentences) >= len(sentences) - 1  # cut at clauses
