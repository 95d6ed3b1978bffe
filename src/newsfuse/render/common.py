"""Small pieces the renderers share: citation marks and one-line source descriptions."""

from __future__ import annotations

from newsfuse.model import Source, SummarySentence


def citation_marks(sentence: SummarySentence) -> str:
    return "".join(f"[{citation.source}]" for citation in sentence.citations)


def describe_source(source: Source) -> str:
    article = source.article
    parts = [article.title or article.id]
    details = [value for value in (article.source, article.place.title() if article.place.isupper()
                                   else article.place, article.published) if value]
    if details:
        parts.append(", ".join(details))
    if source.copy_of:
        parts.append(f"same wire copy as [{source.copy_of}]")
    return " · ".join(parts)
