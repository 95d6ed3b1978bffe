from __future__ import annotations

import gzip
import json
import os
import stat
from pathlib import Path

import pytest

from newsfuse.batch import finished_ids, run_batch
from newsfuse.config import Settings
from newsfuse.errors import ExitCode, NewsfuseError
from tests.stories import STORIES


def write_lines(path: Path, records: list, extra: str = "") -> None:
    path.write_text("".join(json.dumps(record) + "\n" for record in records) + extra)


def read_out(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_one_briefing_per_story_with_fields_passed_through(tmp_path: Path) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_lines(source, STORIES)
    report = run_batch(str(source), str(out))
    rows = read_out(out)
    assert report.written == 2 and [row["id"] for row in rows] == ["dam", "vote"]
    assert rows[1]["source"] == "test" and "documents" not in rows[1]
    assert rows[0]["summary"] == "\n".join(s["text"] for s in rows[0]["briefing"]["summary"])


def test_rerun_skips_done_ids_and_bad_lines_are_reported_with_numbers(tmp_path: Path) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_lines(source, STORIES[:1])
    run_batch(str(source), str(out))
    write_lines(source, STORIES, extra='{"id": "broken", "documents": [\n["not", "an", "object"]\n')
    report = run_batch(str(source), str(out))
    assert report.written == 1 and report.skipped_done == 1
    assert [problem.split(":")[0] for problem in report.problems] == ["line 3", "line 4"]
    assert [row["id"] for row in read_out(out)] == ["dam", "vote"]


def test_a_story_without_text_is_skipped_not_fatal(tmp_path: Path) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_lines(source, [{"id": "empty", "documents": ["", " "]}, STORIES[0]])
    report = run_batch(str(source), str(out))
    assert report.written == 1 and "id empty" in report.problems[0]


def test_a_line_cut_short_by_a_crash_is_dropped_and_redone(tmp_path: Path) -> None:
    source, out = tmp_path / "in.jsonl.gz", tmp_path / "out.jsonl"
    with gzip.open(source, "wt") as handle:
        handle.write("".join(json.dumps(record) + "\n" for record in STORIES))
    run_batch(str(source), str(out))
    complete = out.read_text().splitlines()
    out.write_text(complete[0] + "\n" + complete[1][: len(complete[1]) // 2])
    with open(out, "r+b") as handle:
        assert finished_ids(handle) == {"dam"}
    assert out.read_text() == complete[0] + "\n"
    run_batch(str(source), str(out))
    assert [row["id"] for row in read_out(out)] == ["dam", "vote"]


def three_stories() -> list[dict]:
    third = {**STORIES[0], "id": "dam-again"}
    return [*STORIES, third]


def test_resume_keeps_every_valid_line_around_a_damaged_one_and_reports_it(tmp_path: Path) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_lines(source, three_stories())
    run_batch(str(source), str(out))
    first, second, third = out.read_text().splitlines()
    out.write_text(first + "\n" + second[:40] + "\n" + third + "\n" + first + "\n")  # damaged middle, repeat
    report = run_batch(str(source), str(out))
    assert report.written == 1 and report.skipped_done == 2
    assert "OUT lines 2, 4" in report.problems[0]
    assert sorted(row["id"] for row in read_out(out)) == ["dam", "dam-again", "vote"]


def test_resume_on_an_output_without_a_final_newline_does_not_glue_lines(tmp_path: Path) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_lines(source, STORIES[:1])
    run_batch(str(source), str(out))
    out.write_text(out.read_text().rstrip("\n"))
    write_lines(source, STORIES)
    report = run_batch(str(source), str(out))
    assert report.written == 1 and not report.problems
    assert [row["id"] for row in read_out(out)] == ["dam", "vote"]


def test_a_second_run_on_the_same_output_is_refused(tmp_path: Path) -> None:
    import fcntl

    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_lines(source, STORIES)
    with open(out, "a") as holder:  # as a first run in another process holds it
        fcntl.flock(holder.fileno(), fcntl.LOCK_EX)
        with pytest.raises(NewsfuseError) as refused:
            run_batch(str(source), str(out))
    assert refused.value.code == ExitCode.BUSY and "another batch run" in str(refused.value)
    assert out.read_text() == ""


def test_a_line_over_the_size_limit_is_skipped_without_being_read_whole(tmp_path: Path) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    huge = {"id": "huge", "documents": ["The council met on Monday. " * 20_000]}
    write_lines(source, [huge, STORIES[0]])
    report = run_batch(str(source), str(out), settings=Settings(max_file_bytes=100_000))
    assert report.written == 1 and report.problems == [
        "line 1: story larger than the 100,000-byte limit (--max-bytes), skipped"]


def test_deeply_nested_lines_are_skipped(tmp_path: Path) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_lines(source, [STORIES[0]], extra="[" * 20_000 + "]" * 20_000 + "\n" + json.dumps(
        {"id": "deep", "documents": [[[["too deep"]]]]}) + "\n")
    report = run_batch(str(source), str(out))
    assert report.written == 1 and [problem.split(" ")[1] for problem in report.problems] == ["2:", "3"]
    assert all("nested too deeply" in problem for problem in report.problems)


@pytest.mark.parametrize("content", [b"not gzip at all", b"truncated"])
def test_a_damaged_gzip_input_is_a_clear_error_and_keeps_what_was_written(tmp_path: Path, content: bytes) -> None:
    source, out = tmp_path / "in.jsonl.gz", tmp_path / "out.jsonl"
    data = gzip.compress("".join(json.dumps(record) + "\n" for record in STORIES * 50).encode())
    source.write_bytes(data[: len(data) // 2] if content == b"truncated" else content)
    with pytest.raises(NewsfuseError) as failed:
        run_batch(str(source), str(out))
    assert failed.value.code == ExitCode.UNREADABLE and "gzip" in str(failed.value)
    assert all(json.loads(line) for line in out.read_text().splitlines())


def test_output_that_is_a_folder_or_in_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    write_lines(source, STORIES)
    with pytest.raises(NewsfuseError) as folder:
        run_batch(str(source), str(tmp_path))
    assert folder.value.code == ExitCode.USAGE and "folder" in str(folder.value)
    with pytest.raises(NewsfuseError) as missing:
        run_batch(str(source), str(tmp_path / "nowhere" / "out.jsonl"))
    assert missing.value.code == ExitCode.NOT_FOUND


def test_output_mode_follows_the_umask(tmp_path: Path) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_lines(source, STORIES[:1])
    previous = os.umask(0o022)
    try:
        run_batch(str(source), str(out))
    finally:
        os.umask(previous)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
