"""JSON, in the shape documented by briefing.schema.json beside this file."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from newsfuse.model import (
    Analysis,
    Article,
    Briefing,
    Citation,
    Disagreement,
    Entity,
    Event,
    Place,
    Quote,
    Side,
    Source,
    SummarySentence,
)


def briefing_to_dict(briefing: Briefing) -> dict[str, Any]:
    return {
        "words": briefing.words,
        "summary": [
            {
                "text": sentence.text,
                "citations": [
                    {"source": citation.source, "article_id": citation.article_id, "start": citation.start,
                     "end": citation.end, "text": citation.text}
                    for citation in sentence.citations
                ],
            }
            for sentence in briefing.summary
        ],
        "sources": [
            {"number": source.number, "id": source.article.id, "path": source.article.path,
             "copy_of": source.copy_of, **source.article.metadata(), "text": source.article.text}
            for source in briefing.sources
        ],
        "warnings": list(briefing.warnings),
        "analysis": asdict(briefing.analysis) if briefing.analysis else None,
    }


def render_json(briefing: Briefing, indent: int | None = 2) -> str:
    return json.dumps(briefing_to_dict(briefing), ensure_ascii=False, indent=indent) + "\n"


def briefing_from_dict(data: dict[str, Any]) -> Briefing:
    """The inverse of briefing_to_dict, for briefings cached as JSON."""
    fields = ("title", "source", "url", "published", "place")
    sources = tuple(
        Source(number=item["number"], copy_of=item["copy_of"],
               article=Article(id=item["id"], text=item["text"], path=item["path"],
                               **{key: item[key] for key in fields if key in item}))
        for item in data["sources"])
    summary = tuple(SummarySentence(text=item["text"], citations=tuple(Citation(**c) for c in item["citations"]))
                    for item in data["summary"])
    return Briefing(summary=summary, sources=sources, words=data["words"], warnings=tuple(data["warnings"]),
                    analysis=analysis_from_dict(data["analysis"]) if data.get("analysis") else None)


def as_tuples(item: dict[str, Any]) -> dict[str, Any]:
    return {name: tuple(value) if isinstance(value, list) else value for name, value in item.items()}


def analysis_from_dict(data: dict[str, Any]) -> Analysis:
    return Analysis(
        quotes=tuple(Quote(**as_tuples(item)) for item in data["quotes"]),
        disagreements=tuple(Disagreement(kind=item["kind"], subject=item["subject"],
                                         sides=tuple(Side(**as_tuples(side)) for side in item["sides"]))
                            for item in data["disagreements"]),
        entities=tuple(Entity(**as_tuples(item)) for item in data["entities"]),
        places=tuple(Place(**as_tuples(item)) for item in data["places"]),
        timeline=tuple(Event(**as_tuples(item)) for item in data["timeline"]),
    )
