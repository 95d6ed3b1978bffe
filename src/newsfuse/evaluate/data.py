"""Evaluation stories: {"id", "documents" | "articles", "summary" | "summaries"} per JSON line, .gz or not."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from newsfuse.errors import ExitCode, NewsfuseError
from newsfuse.model import RawDocument
from newsfuse.read.formats import documents_from_json, json_lines


@dataclass(frozen=True)
class EvalStory:
    id: str
    documents: list[RawDocument]
    references: list[str]


def open_text(path: str) -> IO[str]:
    if not Path(path).is_file():
        raise NewsfuseError(f"{path}: no such file", ExitCode.NOT_FOUND)
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def load_stories(path: str, limit: int = 0) -> Iterator[EvalStory]:
    with open_text(path) as handle:
        for count, (number, record) in enumerate(json_lines(handle, path), start=1):
            references = record.get("summaries") or ([record["summary"]] if record.get("summary") else [])
            story_id = str(record.get("id", number))
            yield EvalStory(id=story_id, documents=documents_from_json(record, story_id, path),
                            references=references)
            if limit and count >= limit:
                return
