from __future__ import annotations

from newsfuse.attribute import cite
from newsfuse.model import Article, Fact, Sentence


def test_one_citation_per_source_in_source_order_with_each_sources_own_wording() -> None:
    articles = [Article(id="a", text="Intro. The dam burst on Monday."),
                Article(id="b", text="A dam burst on Monday, officials said.")]
    sentences = [Sentence(article=1, position=0, start=0, end=38, text=articles[1].text),
                 Sentence(article=0, position=1, start=7, end=31, text="The dam burst on Monday.")]
    cited = cite(Fact(members=(0, 1), representative=1), sentences, articles)
    assert cited.text == "The dam burst on Monday."
    assert [(c.source, c.article_id) for c in cited.citations] == [(1, "a"), (2, "b")]
    for citation in cited.citations:
        assert articles[citation.source - 1].text[citation.start:citation.end] == citation.text
