"""Parsing decoded input into RawDocument values: plain text, HTML, JSON, JSON Lines and Multi-News lines."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from newsfuse.errors import ExitCode, InputProblem
from newsfuse.model import RawDocument

SUPPORTED_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".json", ".jsonl", ".ndjson"})
MULTINEWS_SEPARATOR = "|||||"
META_FIELDS = ("title", "url", "source", "published")


def parse_document(text: str, name: str, path: str, suffix: str) -> list[RawDocument]:
    if suffix in (".html", ".htm"):
        return [RawDocument(id=name, content=text, kind="html", path=path)]
    if suffix == ".json":
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            raise InputProblem(f"{path}: not valid JSON (line {error.lineno}: {error.msg})",
                               ExitCode.UNREADABLE, path) from error
        return documents_from_json(value, name, path)
    if suffix in (".jsonl", ".ndjson"):
        return parse_json_lines(text, name, path)
    if MULTINEWS_SEPARATOR in text:
        parts = [part.strip() for part in text.split(MULTINEWS_SEPARATOR)]
        return [RawDocument(id=f"{name}-{index}", content=part, kind="text", path=path)
                for index, part in enumerate((part for part in parts if part), start=1)]
    return [RawDocument(id=name, content=text, kind="text", path=path)]


def json_lines(lines: Iterable[str], path: str) -> Iterator[tuple[int, Any]]:
    """(line number, value) for each non-blank line; a malformed line stops the read with its number."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as error:
            raise InputProblem(f"{path}: line {number} is not valid JSON ({error.msg})",
                               ExitCode.UNREADABLE, path) from error


def parse_json_lines(text: str, name: str, path: str) -> list[RawDocument]:
    return [document for number, value in json_lines(text.splitlines(), path)
            for document in documents_from_json(value, f"{name}-{number}", path)]


def documents_from_json(value: Any, name: str, path: str) -> list[RawDocument]:
    """Accept an article object, a story object with `articles` (objects with metadata) or `documents`
    (texts), or a list of either; a story's articles get ids `<story id>-<n>` unless they carry their own."""
    if isinstance(value, list):
        found: list[RawDocument] = []
        for index, item in enumerate(value, start=1):
            found.extend(documents_from_json(item, f"{name}-{index}", path))
        return found
    if isinstance(value, str):
        return [RawDocument(id=name, content=value, kind="text", path=path)]
    if not isinstance(value, dict):
        raise InputProblem(f"{path}: expected JSON objects with a `text` or `documents` field",
                           ExitCode.UNREADABLE, path)
    for key in ("articles", "documents"):
        if isinstance(value.get(key), list):
            story_id = str(value.get("id", name))
            return documents_from_json(value[key], story_id, path)
    meta = {key: str(value[key]) for key in META_FIELDS if value.get(key)}
    doc_id = str(value.get("id", name))
    if isinstance(value.get("html"), str):
        return [RawDocument(id=doc_id, content=value["html"], kind="html", path=path, meta=meta)]
    for key in ("text", "content", "body"):
        if isinstance(value.get(key), str):
            return [RawDocument(id=doc_id, content=value[key], kind="text", path=path, meta=meta)]
    raise InputProblem(f"{path}: a JSON object has no `text` or `documents` field", ExitCode.UNREADABLE, path)
