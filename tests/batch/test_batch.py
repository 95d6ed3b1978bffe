from __future__ import annotations

import gzip
import json
from pathlib import Path

from newsfuse.batch import finished_ids, run_batch
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
    assert finished_ids(out) == {"dam"}
    assert out.read_text() == complete[0] + "\n"
    run_batch(str(source), str(out))
    assert [row["id"] for row in read_out(out)] == ["dam", "vote"]
