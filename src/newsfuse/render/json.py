"""JSON, in the shape documented by briefing.schema.json beside this file."""

from __future__ import annotations

import json
from typing import Any

from newsfuse.model import Briefing


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
    }


def render_json(briefing: Briefing, indent: int | None = 2) -> str:
    return json.dumps(briefing_to_dict(briefing), ensure_ascii=False, indent=indent) + "\n"
