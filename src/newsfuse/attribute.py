"""Attribute: every summary sentence cites every source that carries it or a close paraphrase."""

from __future__ import annotations

from newsfuse.model import Article, Citation, Fact, Sentence, SummarySentence


def cite(fact: Fact, sentences: list[Sentence], articles: list[Article], text: str = "") -> SummarySentence:
    """One citation per source, in source order, pointing at that source's own wording of the fact; `text`
    is the summary's wording when it is not the representative sentence whole (compressed)."""
    by_article: dict[int, Sentence] = {}
    for member in fact.members:
        sentence = sentences[member]
        by_article.setdefault(sentence.article, sentence)
    citations = tuple(
        Citation(source=article + 1, article_id=articles[article].id, start=sentence.start, end=sentence.end,
                 text=sentence.text)
        for article, sentence in sorted(by_article.items())
    )
    return SummarySentence(text=text or sentences[fact.representative].text, citations=citations)
