"""Peak memory of `newsfuse batch` at two input sizes: streaming means it should not grow with the input.

Builds JSON Lines inputs by repeating Multi-News validation stories under new ids (sizes in MB as
given), runs `newsfuse batch` on each in a fresh process, and reports peak resident memory and rate.

    python benchmarks/batch_memory.py --sizes 5 50
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# A fresh interpreter runs the batch and reports its child's peak resident memory (KB), so each size is
# measured on its own.
MEASURE = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
           "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "multinews" / "validation.jsonl.gz"


def build_input(path: Path, megabytes: int) -> int:
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        stories = [json.loads(line) for _, line in zip(range(2000), handle, strict=False)]
    written = count = 0
    with open(path, "w", encoding="utf-8") as out:
        while written < megabytes * 1_000_000:
            story = stories[count % len(stories)]
            line = json.dumps({"id": f"copy-{count}", "documents": story["documents"]}) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 50])
    args = parser.parse_args()
    executable = str(Path(sys.executable).with_name("newsfuse"))
    with tempfile.TemporaryDirectory() as folder:
        for megabytes in args.sizes:
            source, target = Path(folder) / f"in-{megabytes}.jsonl", Path(folder) / f"out-{megabytes}.jsonl"
            stories = build_input(source, megabytes)
            started = time.perf_counter()
            result = subprocess.run([sys.executable, "-c", MEASURE, executable, "batch", str(source), str(target)],
                                    check=True, capture_output=True, text=True)
            elapsed = time.perf_counter() - started
            peak_mb = int(result.stdout.split()[-1]) / 1024
            print(f"{megabytes:>5} MB input, {stories} stories: peak RSS {peak_mb:.0f} MB, "
                  f"{stories / elapsed:.0f} stories/s")


if __name__ == "__main__":
    main()
