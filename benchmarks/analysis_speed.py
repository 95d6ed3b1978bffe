"""How much time the analysis (quotes, disagreements, entities, places, timeline) adds to a briefing.

Runs `newsfuse.brief` with and without analysis on the same stories and reports the median added seconds,
after a warm-up (the one-off cost of loading spaCy and the gazetteer is reported on its own line).
Stories: the first 10 articles of each DUC 2006 topic (full-length newswire, about 7,000 words) and, as a
lighter case, Multi-News validation stories (about 500 words in all).

    python benchmarks/analysis_speed.py [--stories N] [--analysis-words N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import newsfuse
from newsfuse.analyse.nlp import pipeline, tagger
from newsfuse.analyse.places import gazetteer
from newsfuse.config import Settings
from newsfuse.evaluate.data import load_stories
from newsfuse.pipeline import as_articles
from newsfuse.text import word_count

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def added_seconds(path: Path, stories: int, articles: int, settings: Settings) -> tuple[list[float], list[int]]:
    added, sizes = [], []
    for story in load_stories(str(path), limit=stories):
        cleaned, _ = as_articles(story.documents[:articles], settings)
        if not cleaned:
            continue
        timings = {}
        for name, words in (("plain", 0), ("analysed", settings.analysis_words)):
            started = time.perf_counter()
            newsfuse.brief(cleaned, settings=settings.with_overrides(analysis_words=words))
            timings[name] = time.perf_counter() - started
        added.append(timings["analysed"] - timings["plain"])
        sizes.append(sum(word_count(article.text) for article in cleaned))
    return added, sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=50)
    parser.add_argument("--analysis-words", type=int, help="override the default analysis budget")
    args = parser.parse_args()
    settings = Settings().with_overrides(analysis_words=args.analysis_words)
    print(f"analysis budget: {settings.analysis_words:,} words")
    started = time.perf_counter()
    pipeline()
    tagger()
    loaded_model = time.perf_counter()
    gazetteer()
    print(f"one-off loading: spaCy models {loaded_model - started:.2f} s, gazetteer "
          f"{time.perf_counter() - loaded_model:.2f} s")
    for label, path, articles in (("DUC 2006, first 10 articles", DATA / "duc2006" / "duc2006.jsonl.gz", 10),
                                  ("Multi-News validation", DATA / "multinews" / "validation.jsonl.gz", 10)):
        if not path.exists():
            print(f"{label}: {path} not found, skipped")
            continue
        added, sizes = added_seconds(path, args.stories, articles, settings)
        print(f"{label}: {len(added)} stories, median {statistics.median(sizes):,.0f} words; analysis adds median "
              f"{statistics.median(added):.3f} s, 90th percentile {sorted(added)[int(0.9 * len(added))]:.3f} s, "
              f"max {max(added):.3f} s")


if __name__ == "__main__":
    main()
