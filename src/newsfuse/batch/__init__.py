"""Batch: one briefing per input story, streamed from JSON Lines (or Parquet) to JSON Lines (or Parquet).

Memory stays flat whatever the input size (one story at a time, each line bounded by the size limit),
a re-run skips ids already written, a bad line is reported with its number and skipped, so a long run
is never lost to one story, and a lock on OUT keeps a second run from writing the same stories again.
"""

from __future__ import annotations

import fcntl
import gzip
import io
import json
import os
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from newsfuse.batch.parquet import is_parquet, journal_path, parquet_records, row_count, stored_ids, write_table
from newsfuse.config import Settings
from newsfuse.errors import ExitCode, NewsfuseError
from newsfuse.pipeline import brief
from newsfuse.read.formats import documents_from_json, load_json

READ_CHUNK = 1 << 20
DAMAGED_GZIP = (EOFError, OSError, zlib.error)  # gzip.BadGzipFile is an OSError


@dataclass
class BatchReport:
    written: int = 0
    skipped_done: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class InputLine:
    number: int
    data: bytes  # empty for a line over the size limit
    too_long: bool = False


def open_input(path: str) -> IO[bytes]:
    """A local file, or (for the Ray engine) anything pyarrow's filesystems read: s3://, gs://, hdfs://."""
    if "://" not in path:
        return gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb")
    from pyarrow import fs

    try:
        filesystem, inside = fs.FileSystem.from_uri(path)
        stream = io.BufferedReader(filesystem.open_input_stream(inside))  # type: ignore[arg-type]
    except (OSError, ValueError) as error:
        raise NewsfuseError(f"{path}: cannot be read ({error})", ExitCode.NOT_FOUND) from error
    return gzip.GzipFile(fileobj=stream) if path.endswith(".gz") else stream  # type: ignore[return-value]


def bounded_lines(handle: IO[bytes], limit: int) -> Iterator[InputLine]:
    """Each line, or a marker for one longer than `limit` bytes, which is skipped without being held."""
    number = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(READ_CHUNK)
            yield InputLine(number, b"", too_long=True)
        else:
            yield InputLine(number, line)


def input_lines(path: str, limit: int) -> Iterator[InputLine]:
    """The lines of a plain or gzip JSON Lines file, or the rows of a Parquet one as lines; a damaged file
    stops with a clear error."""
    if is_parquet(path):
        for number, data in parquet_records(path):
            yield InputLine(number, b"", too_long=True) if len(data) > limit else InputLine(number, data)
        return
    number = 0
    try:
        with open_input(path) as handle:
            for line in bounded_lines(handle, limit):
                number = line.number
                yield line
    except DAMAGED_GZIP as error:
        raise NewsfuseError(f"{path}: damaged or not gzip after line {number} ({error})",
                            ExitCode.UNREADABLE) from error


def count_stories(in_path: str) -> int | None:
    """Non-blank lines of IN, for the progress bar; None when IN cannot be read (run_batch reports why)."""
    if is_parquet(in_path):
        return row_count(in_path)
    total = 0
    try:
        with open_input(in_path) as handle:
            ends_blank = True
            while chunk := handle.read(READ_CHUNK):
                total += chunk.count(b"\n") - chunk.count(b"\n\n")
                ends_blank = chunk.endswith(b"\n")
            return total + (0 if ends_blank else 1)
    except (*DAMAGED_GZIP, IsADirectoryError):
        return None


def check_paths(source: str, target: Path) -> None:
    """IN a file or a URI (read later: a missing one fails there), OUT a file in a folder that exists."""
    if "://" not in source and not Path(source).is_file():
        raise NewsfuseError(f"{source}: no such file", ExitCode.NOT_FOUND)
    check_target(target)


def check_target(target: Path) -> None:
    if target.is_dir():
        raise NewsfuseError(f"{target}: is a folder; give a file name for the output", ExitCode.USAGE)
    if not target.parent.is_dir():
        raise NewsfuseError(f"{target.parent}: no such folder for the output", ExitCode.NOT_FOUND)


def lock(out: IO[bytes], path: Path) -> None:
    try:
        fcntl.flock(out.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise NewsfuseError(f"{path}: another batch run is writing to this file; wait for it or choose another OUT",
                            ExitCode.BUSY) from None


def finished_ids(out: IO[bytes], report: BatchReport | None = None) -> set[str]:
    """Ids already in OUT (opened read-write). Damaged lines (a crash cut one short, a disk error) and
    repeated ids are taken out, every valid line is kept, and OUT ends with a newline so appending stays
    valid JSON Lines. Lines only move towards the start, so a crash while mending loses no valid line."""
    done: set[str] = set()
    out.seek(0)
    write_at = 0
    damaged: list[int] = []
    for number, line in enumerate(iter(out.readline, b""), start=1):
        read_at = out.tell()
        line_start = read_at - len(line)
        if not line.strip():  # blank lines are dropped silently
            continue
        try:
            story_id = str(load_json(line)["id"])
        except (ValueError, KeyError, TypeError):
            damaged.append(number)
            continue
        if story_id in done:
            damaged.append(number)
            continue
        done.add(story_id)
        if write_at != line_start or not line.endswith(b"\n"):
            line = line.rstrip(b"\n") + b"\n"
            out.seek(write_at)
            out.write(line)
            out.seek(read_at)
        write_at += len(line)
    out.truncate(write_at)
    out.seek(0, os.SEEK_END)
    if damaged and report is not None:
        report.problems.append(f"OUT lines {', '.join(map(str, damaged))}: damaged or repeating an earlier line, "
                               "removed (a damaged line's story is briefed again)")
    return done


def briefing_record(record: dict[str, Any], words: int | None, settings: Settings) -> dict[str, Any]:
    story_id = str(record["id"])
    briefing = brief(documents_from_json(record, story_id, ""), words=words, settings=settings)
    passed_through = {key: value for key, value in record.items() if key not in ("documents", "articles")}
    return {**passed_through, "id": story_id, "summary": briefing.summary_text, "briefing": briefing.to_dict()}


@contextmanager
def open_output(target: Path, report: BatchReport) -> Iterator[tuple[IO[bytes], set[str]]]:
    """OUT opened for appending after its finished lines, locked against a second run, and the ids it holds.
    A Parquet OUT is appended to through its journal and written whole when the run ends without error."""
    parquet = is_parquet(str(target))
    earlier = stored_ids(target) if parquet else set()
    path = journal_path(target) if parquet else target
    with os.fdopen(os.open(path, os.O_RDWR | os.O_CREAT, 0o666), "r+b") as out:  # mode left to the umask
        lock(out, target)
        yield out, finished_ids(out, report) | earlier
        if parquet:
            write_table(target, out)
            path.unlink()


def stories_to_brief(in_path: str, done: set[str], report: BatchReport, settings: Settings,
                     on_story: Callable[[], None] | None) -> Iterator[tuple[InputLine, dict[str, Any]]]:
    """The stories of IN not yet in OUT, with their lines. Lines over the size limit, bad lines and done
    ids are reported or counted here, and count as progress; a story yielded counts once it is briefed."""
    for line in input_lines(in_path, settings.max_file_bytes):
        if line.too_long:
            report.problems.append(f"line {line.number}: story larger than the {settings.max_file_bytes:,}-byte "
                                   "limit (--max-bytes), skipped")
        elif line.data.strip():
            record = story_record(line, done, report)
            if record is not None:
                yield line, record
                continue
        else:
            continue
        if on_story:
            on_story()


def run_batch(in_path: str, out_path: str, words: int | None = None, settings: Settings | None = None,
              on_story: Callable[[], None] | None = None) -> BatchReport:
    check_paths(in_path, Path(out_path))
    settings = settings or Settings()
    report = BatchReport()
    with open_output(Path(out_path), report) as (out, done):
        for line, record in stories_to_brief(in_path, done, report, settings, on_story):
            write_story(line.number, record, done, out, report, words, settings)
            if on_story:
                on_story()
    return report


def story_record(line: InputLine, done: set[str], report: BatchReport) -> dict[str, Any] | None:
    """The story a line holds, unless it is not a story (reported) or already in OUT (counted)."""
    try:
        record = load_json(line.data)
        if not isinstance(record, dict) or record.get("id") is None:
            raise ValueError("expected an object with an `id`")
    except ValueError as error:
        report.problems.append(f"line {line.number}: not a story ({error})")
        return None
    if str(record["id"]) in done:
        report.skipped_done += 1
        return None
    return record


def output_line(number: int, record: dict[str, Any], words: int | None, settings: Settings) -> tuple[str, bytes]:
    """(the story's id, its OUT line); a story that cannot be briefed raises NewsfuseError naming its line."""
    try:
        result = briefing_record(record, words, settings)
    except NewsfuseError as error:
        raise NewsfuseError(f"line {number} (id {record['id']}): {error}", error.code) from error
    return result["id"], (json.dumps(result, ensure_ascii=False) + "\n").encode("utf-8")


def write_story(number: int, record: dict[str, Any], done: set[str], out: IO[bytes], report: BatchReport,
                words: int | None, settings: Settings) -> None:
    try:
        story_id, data = output_line(number, record, words, settings)
    except NewsfuseError as error:
        report.problems.append(str(error))
        return
    append(out, data)
    done.add(story_id)
    report.written += 1


def append(out: IO[bytes], data: bytes) -> None:
    """Whole lines, on disk before the run counts them done, so a crash loses at most the line being written."""
    out.write(data)
    out.flush()
    os.fsync(out.fileno())
