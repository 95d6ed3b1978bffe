"""The Ray engine on a real local Ray cluster: the same lines as the local engine, and none lost or repeated
when a worker process is killed mid-run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsfuse.batch import run_batch
from newsfuse.batch.cluster import run_batch_on_ray
from newsfuse.config import Settings
from tests.stories import STORIES

pytest.importorskip("ray")

BAD_LINES = 'not json\n{"id": "empty", "documents": []}\n["a", "list"]\n{"documents": ["no id"]}\n'


def write_stories(path: Path, example_dir: Path, copies: int = 1) -> None:
    """The test stories and the example story, `copies` times under new ids, with bad lines among them."""
    example = {"id": "syria", "documents": [file.read_text() for file in sorted(example_dir.iterdir())],
               "source": "example"}
    lines = []
    for copy in range(copies):
        for record in [*STORIES, example]:
            lines.append(json.dumps({**record, "id": f"{record['id']}-{copy}"}) + "\n")
        lines.append(BAD_LINES)
    path.write_text("".join(lines))


def sorted_lines(path: Path) -> list[str]:
    return sorted(path.read_text().splitlines())


@pytest.mark.parametrize("analysis_words", [2500, 0], ids=["analysis", "no-analysis"])
def test_the_ray_engine_writes_the_lines_of_the_local_engine(tmp_path: Path, example_dir: Path,
                                                             analysis_words: int) -> None:
    source = tmp_path / "in.jsonl"
    write_stories(source, example_dir, copies=2)
    settings = Settings(analysis_words=analysis_words)
    local = run_batch(str(source), str(tmp_path / "local.jsonl"), words=60, settings=settings)
    ray_input = source.as_uri() if analysis_words == 0 else str(source)  # a URI read by pyarrow's filesystems
    on_ray = run_batch_on_ray(ray_input, str(tmp_path / "ray.jsonl"), words=60, settings=settings, workers=2)
    assert on_ray.written == local.written == 6
    assert sorted_lines(tmp_path / "ray.jsonl") == sorted_lines(tmp_path / "local.jsonl")  # byte for byte
    assert sorted(on_ray.problems) == sorted(local.problems) and len(local.problems) == 8
    assert any(problem.startswith("line 4: not a story") for problem in on_ray.problems)
    again = run_batch_on_ray(str(source), str(tmp_path / "ray.jsonl"), words=60, settings=settings, workers=1)
    assert (again.written, again.skipped_done) == (0, 6)


def test_the_ray_engine_reads_and_writes_parquet_with_the_same_lines(tmp_path: Path, example_dir: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    source = tmp_path / "in.jsonl"
    write_stories(source, example_dir)
    stories = [json.loads(line) for line in source.read_text().splitlines()[:3]]  # the stories, not the bad lines
    pq.write_table(pa.Table.from_struct_array(pa.array(stories)), tmp_path / "in.parquet")
    settings = Settings(analysis_words=0)
    run_batch(str(source), str(tmp_path / "local.jsonl"), words=60, settings=settings)
    report = run_batch_on_ray(str(tmp_path / "in.parquet"), str(tmp_path / "ray.parquet"), words=60,
                              settings=settings, workers=2)
    assert report.written == 3 and not report.problems
    lines = pq.read_table(tmp_path / "ray.parquet").column("line").to_pylist()
    assert sorted(lines) == sorted_lines(tmp_path / "local.jsonl")


def briefing_workers() -> list[int]:
    listing = subprocess.run(["ps", "-eo", "pid=,args="], capture_output=True, text=True, check=True).stdout
    return [int(line.split()[0]) for line in listing.splitlines() if "MapBatches(Briefer)" in line]


def test_a_worker_killed_mid_run_loses_and_repeats_no_story(tmp_path: Path, example_dir: Path) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "ray.jsonl"
    write_stories(source, example_dir, copies=15)
    run = subprocess.Popen([sys.executable, "-m", "newsfuse", "batch", str(source), str(out), "--engine", "ray",
                            "--workers", "2"], stderr=subprocess.PIPE, text=True)
    killed = False
    deadline = time.monotonic() + 120
    while not killed and run.poll() is None and time.monotonic() < deadline:
        workers = briefing_workers()
        if workers and out.exists() and out.stat().st_size > 0:  # mid-run: some stories are written
            os.kill(workers[0], signal.SIGKILL)
            killed = True
        time.sleep(0.2)
    _, errors = run.communicate(timeout=300)
    assert killed, "the run ended before a worker could be killed"
    assert run.returncode == 0, errors
    run_batch(str(source), str(tmp_path / "local.jsonl"))
    written = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert len(written) == len(set(written)) == 45
    assert sorted_lines(out) == sorted_lines(tmp_path / "local.jsonl")


def test_cluster_flags_without_the_ray_engine_are_a_usage_error(tmp_path: Path, example_dir: Path) -> None:
    source = tmp_path / "in.jsonl"
    write_stories(source, example_dir)
    result = subprocess.run([sys.executable, "-m", "newsfuse", "batch", str(source), str(tmp_path / "out.jsonl"),
                             "--workers", "2"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "--engine ray" in result.stderr and "Traceback" not in result.stderr


def test_an_unreachable_cluster_is_one_clear_line(tmp_path: Path, example_dir: Path) -> None:
    source = tmp_path / "in.jsonl"
    write_stories(source, example_dir)
    result = subprocess.run([sys.executable, "-m", "newsfuse", "batch", str(source), str(tmp_path / "out.jsonl"),
                             "--engine", "ray", "--address", "127.0.0.1:9"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 7 and "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("newsfuse: error: Ray cluster 127.0.0.1:9: cannot be reached")
