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
MAX_LIST_DEPTH = 3  # a list of stories, each a list of articles, is as deep as real input goes


def load_json(text: str | bytes) -> Any:
    """json.loads, failing with ValueError (not RecursionError) on absurdly nested input."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def parse_document(text: str, name: str, path: str, suffix: str,
                   problems: list[InputProblem] | None = None) -> list[RawDocument]:
    """The documents in one input. A bad line of a JSON Lines file goes to `problems` (the others are
    used); a file with nothing usable raises its first problem."""
    if suffix in (".html", ".htm"):
        return [RawDocument(id=name, content=text, kind="html", path=path)]
    if suffix == ".json":
        try:
            value = load_json(text)
        except json.JSONDecodeError as error:
            raise InputProblem(f"{path}: not valid JSON (line {error.lineno}: {error.msg})",
                               ExitCode.UNREADABLE, path) from error
        except ValueError as error:
            raise InputProblem(f"{path}: not valid JSON ({error})", ExitCode.UNREADABLE, path) from error
        return documents_from_json(value, name, path)
    if suffix in (".jsonl", ".ndjson"):
        return parse_json_lines(text, name, path, problems if problems is not None else [])
    if MULTINEWS_SEPARATOR in text:
        parts = [part.strip() for part in text.split(MULTINEWS_SEPARATOR)]
        return [RawDocument(id=f"{name}-{index}", content=part, kind="text", path=path)
                for index, part in enumerate((part for part in parts if part), start=1)]
    return [RawDocument(id=name, content=text, kind="text", path=path)]


def json_line(number: int, line: str | bytes, path: str) -> Any:
    try:
        return load_json(line)
    except ValueError as error:
        reason = error.msg if isinstance(error, json.JSONDecodeError) else str(error)
        raise InputProblem(f"{path}: line {number} is not valid JSON ({reason})", ExitCode.UNREADABLE,
                           path) from error


def json_lines(lines: Iterable[str], path: str) -> Iterator[tuple[int, Any]]:
    """(line number, value) for each non-blank line; a malformed line stops the read with its number."""
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield number, json_line(number, line, path)


def parse_json_lines(text: str, name: str, path: str, problems: list[InputProblem]) -> list[RawDocument]:
    """The documents of every good line; each bad line is a problem with its number."""
    found: list[RawDocument] = []
    first_problem = len(problems)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            found.extend(documents_from_json(json_line(number, line, path), f"{name}-{number}", path, line=number))
        except InputProblem as problem:
            problems.append(problem)
    if not found and len(problems) > first_problem:
        raise problems.pop(first_problem)
    return found


def documents_from_json(value: Any, name: str, path: str, depth: int = 0, line: int = 0) -> list[RawDocument]:
    """Accept an article object, a story object with `articles` (objects with metadata) or `documents`
    (texts), or a list of either; a story's articles get ids `<story id>-<n>` unless they carry their own."""
    where = f"{path}: line {line}: " if line else f"{path}: " if path else ""
    if isinstance(value, list):
        if depth >= MAX_LIST_DEPTH:
            raise InputProblem(f"{where}lists nested too deeply", ExitCode.UNREADABLE, path)
        found: list[RawDocument] = []
        for index, item in enumerate(value, start=1):
            found.extend(documents_from_json(item, f"{name}-{index}", path, depth + 1, line))
        return found
    if isinstance(value, str):
        return [RawDocument(id=name, content=value, kind="text", path=path)]
    if not isinstance(value, dict):
        raise InputProblem(f"{where}expected JSON objects with a `text` or `documents` field",
                           ExitCode.UNREADABLE, path)
    for key in ("articles", "documents"):
        if isinstance(value.get(key), list):
            story_id = str(value.get("id", name))
            return documents_from_json(value[key], story_id, path, depth + 1, line)
    meta = {key: str(value[key]) for key in META_FIELDS if value.get(key)}
    doc_id = str(value.get("id", name))
    if isinstance(value.get("html"), str):
        return [RawDocument(id=doc_id, content=value["html"], kind="html", path=path, meta=meta)]
    for key in ("text", "content", "body"):
        if isinstance(value.get(key), str):
            return [RawDocument(id=doc_id, content=value[key], kind="text", path=path, meta=meta)]
    raise InputProblem(f"{where}a JSON object has no `text` or `documents` field", ExitCode.UNREADABLE, path)
