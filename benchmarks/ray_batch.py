"""Batch on Ray beside the local engine: the same Multi-News validation stories, briefed by the local engine
(one process), then by `--engine ray` on a local Ray cluster with 1 and with 2 workers; stories/s of
each, Ray's overhead at one worker against the local engine, and whether the outputs hold the same lines.

    python benchmarks/ray_batch.py --stories 1000

Wall time includes starting the engine (Ray: starting the local cluster and its actors; local: loading
the models), as a user meets it.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "multinews" / "validation.jsonl.gz"


def timed_batch(source: Path, out: Path, extra: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "newsfuse", "batch", str(source), str(out), *extra],
                   check=True, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "stories.jsonl"
        with gzip.open(DATA, "rt", encoding="utf-8") as lines:
            source.write_text("".join(itertools.islice(lines, args.stories)))
        runs = {"local engine": [], "ray, 1 worker": ["--engine", "ray", "--workers", "1"],
                "ray, 2 workers": ["--engine", "ray", "--workers", "2"]}
        seconds, outputs = {}, {}
        for name, extra in runs.items():
            out = Path(folder) / f"{len(outputs)}.jsonl"
            seconds[name] = timed_batch(source, out, extra)
            outputs[name] = sorted(out.read_text().splitlines())
        print(f"{args.stories} Multi-News validation stories")
        for name, elapsed in seconds.items():
            print(f"  {name:15} {elapsed:7.1f} s  {args.stories / elapsed:6.2f} stories/s  "
                  f"{elapsed / seconds['local engine']:.2f}x the local engine's time")
        same = all(lines == outputs["local engine"] for lines in outputs.values())
        print(f"  same lines from every run: {same}")


if __name__ == "__main__":
    main()
