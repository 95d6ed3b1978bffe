"""Batch: one briefing per input story, streamed from JSON Lines to JSON Lines.

Memory stays flat whatever the input size (one story at a time), a re-run skips ids already written,
and a bad line is reported with its number and skipped, so a long run is never lost to one story.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from newsfuse.config import Settings
from newsfuse.errors import ExitCode, NewsfuseError
from newsfuse.pipeline import brief
from newsfuse.read.formats import documents_from_json


@dataclass
class BatchReport:
    written: int = 0
    skipped_done: int = 0
    problems: list[str] = field(default_factory=list)


def finished_ids(out_path: Path) -> set[str]:
    """Ids already in OUT. A last line cut short by a crash is removed so appending stays valid JSON Lines."""
    if not out_path.exists():
        return set()
    done: set[str] = set()
    good_end = 0
    with open(out_path, "rb") as handle:
        for line in handle:
            try:
                done.add(str(json.loads(line)["id"]))
            except (ValueError, KeyError, TypeError):
                break
            good_end += len(line)
    if good_end < out_path.stat().st_size:
        with open(out_path, "r+b") as handle:
            handle.truncate(good_end)
    return done


def input_lines(path: Path) -> Iterator[tuple[int, bytes, int]]:
    """(line number, line, bytes consumed so far) from a plain or gzip JSON Lines file."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as handle:
        raw = handle.fileobj if isinstance(handle, gzip.GzipFile) else handle  # compressed bytes for progress
        for number, line in enumerate(handle, start=1):
            yield number, line, raw.tell() if raw is not None else 0


def briefing_record(record: dict[str, Any], words: int | None, settings: Settings) -> dict[str, Any]:
    story_id = str(record["id"])
    briefing = brief(documents_from_json(record, story_id, ""), words=words, settings=settings)
    passed_through = {key: value for key, value in record.items() if key not in ("documents", "articles")}
    return {**passed_through, "id": story_id, "summary": briefing.summary_text, "briefing": briefing.to_dict()}


def run_batch(in_path: str, out_path: str, words: int | None = None, settings: Settings | None = None,
              on_progress: Callable[[int], None] | None = None) -> BatchReport:
    source, target = Path(in_path), Path(out_path)
    if not source.is_file():
        raise NewsfuseError(f"{in_path}: no such file", ExitCode.NOT_FOUND)
    settings = settings or Settings()
    report = BatchReport()
    done = finished_ids(target)
    with open(target, "a", encoding="utf-8") as out:
        for number, line, position in input_lines(source):
            if on_progress:
                on_progress(position)
            if not line.strip():
                continue
            write_story(number, line, done, out, report, words, settings)
    return report


def write_story(number: int, line: bytes, done: set[str], out: IO[str], report: BatchReport, words: int | None,
                settings: Settings) -> None:
    try:
        record = json.loads(line)
        if not isinstance(record, dict) or "id" not in record:
            raise ValueError("expected an object with an `id`")
    except ValueError as error:
        report.problems.append(f"line {number}: not a story ({error})")
        return
    if str(record["id"]) in done:
        report.skipped_done += 1
        return
    try:
        result = briefing_record(record, words, settings)
    except NewsfuseError as error:
        report.problems.append(f"line {number} (id {record['id']}): {error}")
        return
    out.write(json.dumps(result, ensure_ascii=False) + "\n")
    out.flush()
    os.fsync(out.fileno())
    done.add(result["id"])
    report.written += 1
