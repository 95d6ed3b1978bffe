"""Speed of `newsfuse brief` beside the lexrank package on the same Multi-News validation stories.

newsfuse is timed from raw article text (clean, segment, group, select, attribute; analysis off, as LexRank
has none: benchmarks/analysis_speed.py times it); LexRank is given
newsfuse's cleaned, segmented sentences for free and timed on its own work (IDF, similarity graph,
power method, filling the budget). Also times CLI start-up (`newsfuse --version`) and a whole
`newsfuse brief` of the example in a fresh process.

    python benchmarks/speed.py [--stories 500] [--words 250]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from newsfuse import brief
from newsfuse.clean import clean_all
from newsfuse.config import Settings
from newsfuse.evaluate.data import load_stories
from newsfuse.evaluate.peers import lexrank, prepare

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "multinews" / "validation.jsonl.gz"


def median_ms(values: list[float]) -> float:
    return 1000 * statistics.median(values)


def time_command(command: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=500)
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--data", default=str(DATA))
    args = parser.parse_args()
    if not Path(args.data).exists():
        sys.exit(f"no data at {args.data}")
    settings = Settings(analysis_words=0)  # the summary alone, like for like with LexRank (analysis_speed.py)
    ours: list[float] = []
    theirs: list[float] = []
    brief(next(iter(load_stories(args.data, limit=1))).documents, words=args.words, settings=settings)  # warm up
    for story in load_stories(args.data, limit=args.stories):
        started = time.perf_counter()
        brief(story.documents, words=args.words, settings=settings)
        ours.append(time.perf_counter() - started)
        articles, _ = clean_all(story.documents, settings.english_min_ratio)
        peer_input = prepare(articles, story.references)
        started = time.perf_counter()
        lexrank(peer_input, args.words)
        theirs.append(time.perf_counter() - started)
    executable = str(Path(sys.executable).with_name("newsfuse"))
    startup = time_command([executable, "--version"])
    example = time_command([executable, "brief", str(ROOT / "examples" / "syria-2016-06")])
    summary_only = time_command([executable, "brief", "--no-analysis", str(ROOT / "examples" / "syria-2016-06")])
    print(f"stories: {len(ours)} from {Path(args.data).name}, budget {args.words} words")
    print(f"newsfuse brief (from raw text): median {median_ms(ours):.1f} ms/story, "
          f"p90 {1000 * statistics.quantiles(ours, n=10)[-1]:.1f} ms")
    print(f"lexrank (given sentences):      median {median_ms(theirs):.1f} ms/story, "
          f"p90 {1000 * statistics.quantiles(theirs, n=10)[-1]:.1f} ms")
    print(f"ratio lexrank/newsfuse (median): {statistics.median(theirs) / statistics.median(ours):.1f}x")
    print(f"CLI start-up (newsfuse --version): {startup:.2f} s")
    print(f"whole CLI run on examples/syria-2016-06: {example:.2f} s ({summary_only:.2f} s with --no-analysis)")


if __name__ == "__main__":
    main()
