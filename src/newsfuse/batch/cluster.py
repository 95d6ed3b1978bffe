"""The batch engine on a Ray cluster: the lines the local engine writes, briefed by Ray Data actors.

The driver (this process) reads IN and writes OUT exactly as the local engine does (line numbers, the
size limit, bad lines, ids already in OUT, the lock on OUT); only the briefing, the costly part, runs on
the cluster, in `map_batches` over actors that load the models once each. The driver sends IN in windows
of stories, so its memory stays bounded however long IN is, and appends each story's line when it
returns: a worker killed mid-run has its stories retried by Ray, and since only the driver writes, no
story is lost or written twice.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from newsfuse.batch import (
    BatchReport,
    append,
    check_paths,
    open_output,
    output_line,
    stories_to_brief,
)
from newsfuse.config import Settings
from newsfuse.errors import ExitCode, NewsfuseError
from newsfuse.read.formats import load_json

WINDOW_PER_WORKER = 1000  # stories sent to the cluster at a time, per worker (each window starts its actors)
BATCH_SIZE = 8  # stories per call of an actor: small, so a killed worker costs little work


class Briefer:
    """A Ray Data actor: a long-lived process, so the models the pipeline loads on first use (spaCy, the
    gazetteer) load once per worker, not once per story."""

    def __init__(self, words: int | None, settings: Settings) -> None:
        self.words, self.settings = words, settings

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        ids, lines, problems = [], [], []
        for number, data in zip(batch["number"], batch["data"], strict=True):  # raw lines: any JSON shape travels
            try:
                story_id, line = output_line(int(number), load_json(data), self.words, self.settings)
                ids.append(story_id)
                lines.append(line)
                problems.append("")
            except NewsfuseError as error:
                ids.append("")
                lines.append(b"")
                problems.append(str(error))
        return {"id": ids, "line": lines, "problem": problems}


def reachable(address: str) -> None:
    """Fail fast on a head that does not answer: Ray itself keeps retrying for minutes."""
    host, _, port = address.removeprefix("ray://").rpartition(":")
    try:
        socket.create_connection((host or "127.0.0.1", int(port)), timeout=10).close()
    except (OSError, ValueError) as error:
        raise NewsfuseError(f"Ray cluster {address}: cannot be reached ({error})", ExitCode.STORE) from error


def connect(address: str, workers: int) -> bool:
    """Join the cluster at `address`, or start one on this machine with `workers` CPUs; False when this
    process had already joined one (a library caller's), which is then used as it is."""
    import ray

    if ray.is_initialized():
        return False
    if address and address != "auto":
        reachable(address)
    quiet = {"log_to_driver": False, "logging_level": logging.ERROR}
    try:
        if address:
            ray.init(address=address, **quiet)
        else:
            ray.init(num_cpus=workers, include_dashboard=False, **quiet)
    except (ConnectionError, RuntimeError, ValueError) as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise NewsfuseError(f"Ray cluster {address or '(local)'}: {first}", ExitCode.STORE) from error
    return True


def run_batch_on_ray(in_path: str, out_path: str, words: int | None = None, settings: Settings | None = None,
                     address: str = "", workers: int = 0, on_story: Callable[[], None] | None = None) -> BatchReport:
    import ray

    settings = settings or Settings()
    target = Path(out_path)
    check_paths(in_path, target)
    workers = workers or max(1, os.cpu_count() or 1)
    report = BatchReport()
    started = connect(address, workers)
    try:
        with open_output(target, report) as (out, done):
            window: dict[str, tuple[int, bytes]] = {}  # id -> (line number, line) of stories not yet briefed
            for line, record in stories_to_brief(in_path, done, report, settings, on_story):
                story_id = str(record["id"])
                if story_id in window:  # as locally: the first is briefed, then this one is a repeat if it worked
                    brief_window(window, done, out, report, words, settings, workers, on_story)
                    window = {}
                    if story_id in done:
                        report.skipped_done += 1
                        if on_story:
                            on_story()
                        continue
                window[story_id] = (line.number, line.data)
                if len(window) >= WINDOW_PER_WORKER * workers:
                    brief_window(window, done, out, report, words, settings, workers, on_story)
                    window = {}
            brief_window(window, done, out, report, words, settings, workers, on_story)
    finally:
        if started:  # a cluster the caller had already joined is left as it was
            ray.shutdown()
    return report


def brief_window(window: dict[str, tuple[int, bytes]], done: set[str], out: IO[bytes], report: BatchReport,
                 words: int | None, settings: Settings, workers: int, on_story: Callable[[], None] | None) -> None:
    """Brief a window of stories on the cluster and append their lines as they come back."""
    if not window:
        return
    import ray

    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False  # newsfuse shows its own
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    stories = ray.data.from_items([{"number": number, "data": data} for number, data in window.values()])
    briefed = stories.map_batches(Briefer, fn_constructor_args=(words, settings), batch_size=BATCH_SIZE,
                                  concurrency=min(workers, len(window)), num_cpus=1)
    for batch in briefed.iter_batches(batch_size=None, batch_format="numpy"):
        for story_id, line, problem in zip(batch["id"], batch["line"], batch["problem"], strict=True):
            if problem:
                report.problems.append(str(problem))
            else:
                append(out, bytes(line))
                done.add(str(story_id))
                report.written += 1
            if on_story:
                on_story()
