from __future__ import annotations

from newsfuse.group import cosine_matrix, find_copies, group_facts
from newsfuse.model import Article, Sentence
from newsfuse.text import content_terms

WIRE = ("The Russian military on Sunday rejected the Pentagon's accusations that it had deliberately targeted "
        "U.S.-backed Syrian opposition forces, arguing the U.S. had failed to warn about their locations. "
        "The spokesman said the area targeted in the strike was more than 300 kilometers away from locations "
        "earlier designated by the U.S. as controlled by legitimate opposition forces.")


def test_wire_copies_are_found_even_with_local_additions() -> None:
    articles = [Article(id="a", text=WIRE), Article(id="b", text="A different story about football results."),
                Article(id="c", text="Local lead paragraph about the region's week. " + WIRE)]
    assert find_copies(articles, threshold=0.5) == [None, None, 0]


def sentence(article: int, text: str) -> Sentence:
    return Sentence(article=article, position=0, start=0, end=len(text), text=text)


def test_paraphrases_across_sources_form_one_fact_but_not_within_one_article() -> None:
    sentences = [
        sentence(0, "Russian spokesman Igor Konashenkov said the targeted area was 300 kilometers away."),
        sentence(1, "Russian spokesman Maj. Gen. Igor Konashenkov said the area targeted was 300 kilometers away."),
        sentence(1, "Konashenkov said the targeted area was 300 kilometers away, the spokesman said."),
        sentence(2, "The stock market rose sharply on Friday after the jobs report."),
    ]
    facts = group_facts(sentences, cosine_matrix([content_terms(s.text) for s in sentences]), threshold=0.55)
    assert [fact.members for fact in facts] == [(0, 1), (2,), (3,)]
