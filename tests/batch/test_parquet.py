"""Parquet in and out of batch: the lines of the same stories as JSON Lines, and a Parquet OUT that resumes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfuse.batch import run_batch
from newsfuse.batch.parquet import journal_path
from newsfuse.config import Settings
from newsfuse.errors import ExitCode, NewsfuseError
from tests.stories import STORIES

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(record) + "\n" for record in records))


def write_parquet(path: Path, records: list[dict]) -> None:
    """Columns for every field of any record (from_pylist would take the first record's only)."""
    pq.write_table(pa.Table.from_struct_array(pa.array(records)), path)


def test_a_parquet_input_gives_the_lines_its_stories_give_as_json_lines(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", STORIES)
    write_parquet(tmp_path / "in.parquet", [*STORIES, {"documents": ["A row without an id."]}])
    from_lines = run_batch(str(tmp_path / "in.jsonl"), str(tmp_path / "a.jsonl"), words=40)
    from_table = run_batch(str(tmp_path / "in.parquet"), str(tmp_path / "b.jsonl"), words=40)
    assert from_table.written == from_lines.written == len(STORIES)
    assert (tmp_path / "b.jsonl").read_bytes() == (tmp_path / "a.jsonl").read_bytes()  # missing fields stay missing
    assert from_table.problems == [f"line {len(STORIES) + 1}: not a story (expected an object with an `id`)"]


def test_a_parquet_output_holds_the_json_lines_and_takes_more_on_a_second_run(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", STORIES)
    run_batch(str(tmp_path / "in.jsonl"), str(tmp_path / "out.jsonl"), words=40)
    write_jsonl(tmp_path / "first.jsonl", STORIES[:1])
    out = tmp_path / "out.parquet"
    assert run_batch(str(tmp_path / "first.jsonl"), str(out), words=40).written == 1
    again = run_batch(str(tmp_path / "in.jsonl"), str(out), words=40)
    assert (again.written, again.skipped_done) == (len(STORIES) - 1, 1)
    table = pq.read_table(out)
    assert table.column_names == ["id", "summary", "line"]
    lines = (tmp_path / "out.jsonl").read_text().splitlines()
    assert table.column("line").to_pylist() == lines
    assert table.column("id").to_pylist() == [story["id"] for story in STORIES]
    assert table.column("summary").to_pylist() == [json.loads(line)["summary"] for line in lines]
    assert not journal_path(out).exists()


def test_a_stopped_parquet_run_resumes_from_its_journal(tmp_path: Path) -> None:
    """A run stopped before OUT was written leaves its journal; the next run keeps those lines, briefs the
    rest, and writes OUT once with every story."""
    write_jsonl(tmp_path / "in.jsonl", STORIES)
    write_jsonl(tmp_path / "first.jsonl", STORIES[:1])
    out = tmp_path / "out.parquet"
    run_batch(str(tmp_path / "first.jsonl"), str(journal_path(out)), words=40)  # the lines a stopped run wrote
    journaled = journal_path(out).read_text()
    report = run_batch(str(tmp_path / "in.jsonl"), str(out), words=40)
    assert (report.written, report.skipped_done) == (len(STORIES) - 1, 1)
    assert pq.read_table(out).column("line").to_pylist()[0] == journaled.rstrip("\n")
    assert len(pq.read_table(out)) == len(STORIES) and not journal_path(out).exists()


def test_an_output_named_parquet_that_is_not_one_is_refused_and_kept(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", STORIES)
    out = tmp_path / "out.parquet"
    out.write_text("somebody's notes\n")
    with pytest.raises(NewsfuseError) as error:
        run_batch(str(tmp_path / "in.jsonl"), str(out))
    assert error.value.code == ExitCode.UNREADABLE and "not a Parquet file" in str(error.value)
    assert out.read_text() == "somebody's notes\n" and not journal_path(out).exists()


def test_a_damaged_parquet_input_is_a_clear_error(tmp_path: Path) -> None:
    source = tmp_path / "in.parquet"
    write_parquet(source, STORIES)
    source.write_bytes(source.read_bytes()[:-20])  # the footer, which says where everything is, cut off
    with pytest.raises(NewsfuseError) as error:
        run_batch(str(source), str(tmp_path / "out.jsonl"))
    assert error.value.code == ExitCode.UNREADABLE and "damaged or not Parquet at its start" in str(error.value)


def test_a_row_over_the_size_limit_is_skipped(tmp_path: Path) -> None:
    source = tmp_path / "in.parquet"
    write_parquet(source, [STORIES[0], {"id": "huge", "documents": ["Words upon words. " * 2000]}])
    report = run_batch(str(source), str(tmp_path / "out.jsonl"), settings=Settings(max_file_bytes=10_000))
    assert report.written == 1
    assert report.problems == ["line 2: story larger than the 10,000-byte limit (--max-bytes), skipped"]
