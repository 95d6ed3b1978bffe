"""Evaluation stories: {"id", "documents" | "articles", "summary" | "summaries"} per JSON line, .gz or not."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from newsfuse.errors import ExitCode, NewsfuseError
from newsfuse.model import RawDocument
from newsfuse.read.formats import META_FIELDS


@dataclass(frozen=True)
class EvalStory:
    id: str
    documents: list[RawDocument]
    references: list[str]


def open_text(path: str) -> IO[str]:
    if not Path(path).is_file():
        raise NewsfuseError(f"{path}: no such file", ExitCode.NOT_FOUND)
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def story_documents(record: dict, story_id: str) -> list[RawDocument]:
    """DUC-style `articles` carry metadata; Multi-News `documents` are bare strings."""
    if isinstance(record.get("articles"), list):
        return [RawDocument(id=str(article.get("id", f"{story_id}-{number}")), content=article.get("text", ""),
                            kind="text", meta={key: str(article[key]) for key in META_FIELDS if article.get(key)})
                for number, article in enumerate(record["articles"], start=1)]
    return [RawDocument(id=f"{story_id}-{number}", content=text, kind="text")
            for number, text in enumerate(record.get("documents") or [], start=1) if isinstance(text, str)]


def load_stories(path: str, limit: int = 0) -> Iterator[EvalStory]:
    with open_text(path) as handle:
        count = 0
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise NewsfuseError(f"{path}: line {number} is not valid JSON ({error.msg})",
                                    ExitCode.UNREADABLE) from error
            references = record.get("summaries") or ([record["summary"]] if record.get("summary") else [])
            story_id = str(record.get("id", number))
            yield EvalStory(id=story_id, documents=story_documents(record, story_id), references=references)
            count += 1
            if limit and count >= limit:
                return
