"""Parquet beside JSON Lines for batch: stories may come as a Parquet table (a row per story, the fields of a
JSON Lines story as its columns) and briefings may go to one, with the columns `id`, `summary` and `line`, the
line the JSON Lines output holds for the story, so both outputs carry the same lines.

Parquet cannot be appended to, so a Parquet OUT is written whole when a run ends, from its earlier rows and a
JSON Lines journal beside it (`OUT.journal.jsonl`) that takes this run's lines as they are briefed. A run that
stops keeps its journal, and the next run resumes from both; the old OUT is replaced only by a complete one.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from newsfuse.errors import ExitCode, NewsfuseError
from newsfuse.read.formats import load_json

SUFFIXES = (".parquet", ".pq")
ROWS_AT_A_TIME = 8  # rows read or written together: bounds memory on tables of long stories (8 x --max-bytes)
JOURNAL_SUFFIX = ".journal.jsonl"


def is_parquet(path: str) -> bool:
    return path.lower().endswith(SUFFIXES)


def journal_path(target: Path) -> Path:
    return target.with_name(target.name + JOURNAL_SUFFIX)


def open_table(path: str) -> Any:
    """A local Parquet file or one pyarrow's filesystems read (s3://, gs://, hdfs://, file://)."""
    import pyarrow.parquet as pq
    from pyarrow import fs

    if "://" not in path:
        return pq.ParquetFile(path)
    filesystem, inside = fs.FileSystem.from_uri(path)
    return pq.ParquetFile(filesystem.open_input_file(inside))


def parquet_records(path: str) -> Iterator[tuple[int, bytes]]:
    """(row number from 1, the row as a JSON line), a few rows in memory at a time. A null column is a field
    the story does not have, so a table holds stories of different fields as JSON Lines does."""
    import pyarrow as pa

    number = 0
    try:
        table = open_table(path)
        for batch in table.iter_batches(batch_size=ROWS_AT_A_TIME):
            for row in batch.to_pylist():
                number += 1
                fields = {name: value for name, value in row.items() if value is not None}
                yield number, (json.dumps(fields, ensure_ascii=False, default=str) + "\n").encode("utf-8")
    except (pa.ArrowException, OSError) as error:
        place = f"after row {number}" if number else "at its start"
        raise NewsfuseError(f"{path}: damaged or not Parquet {place} ({one_line(error)})",
                            ExitCode.UNREADABLE) from error


def row_count(path: str) -> int | None:
    import pyarrow as pa

    try:
        return int(open_table(path).metadata.num_rows)
    except (pa.ArrowException, OSError):
        return None


def stored_ids(target: Path) -> set[str]:
    """Ids already in a Parquet OUT; one that is not a briefing table is refused, never overwritten."""
    import pyarrow as pa

    if not target.exists():
        return set()
    try:
        table = open_table(str(target))
        missing = {"id", "summary", "line"} - set(table.schema_arrow.names)
        if missing:
            raise NewsfuseError(f"{target}: a Parquet file without {', '.join(sorted(missing))}, not newsfuse "
                                "output; choose another OUT", ExitCode.UNREADABLE)
        return {str(value) for value in table.read(columns=["id"]).column("id").to_pylist()}
    except (pa.ArrowException, OSError) as error:
        raise NewsfuseError(f"{target}: not a Parquet file ({one_line(error)}); choose another OUT",
                            ExitCode.UNREADABLE) from error


def write_table(target: Path, journal: IO[bytes]) -> None:
    """OUT's earlier rows, then the journal's lines not among them, written beside OUT and moved over it."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("id", pa.string()), ("summary", pa.string()), ("line", pa.string())])
    partial = target.with_name(target.name + ".partial")
    seen: set[str] = set()
    with pq.ParquetWriter(partial, schema) as writer:
        if target.exists():
            for batch in open_table(str(target)).iter_batches(batch_size=ROWS_AT_A_TIME,
                                                              columns=schema.names):
                seen.update(str(value) for value in batch.column("id").to_pylist())
                writer.write_batch(pa.RecordBatch.from_arrays(batch.columns, schema=schema))
        rows: list[dict[str, str]] = []
        journal.seek(0)
        for line in journal:
            record = load_json(line)
            if str(record["id"]) not in seen:
                seen.add(str(record["id"]))
                rows.append({"id": str(record["id"]), "summary": record["summary"],
                             "line": line.decode("utf-8").rstrip("\n")})
            if len(rows) >= ROWS_AT_A_TIME:
                writer.write_batch(pa.RecordBatch.from_pylist(rows, schema=schema))
                rows = []
        if rows:
            writer.write_batch(pa.RecordBatch.from_pylist(rows, schema=schema))
    with open(partial, "rb") as written:  # on disk before it replaces the table that was there
        os.fsync(written.fileno())
    os.replace(partial, target)


def one_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
