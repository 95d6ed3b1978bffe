"""Disagreements newsfuse reports on DUC 2006 topics that have no hand annotations, with each side's
sentence, to judge by eye how often they are real: a check of precision on unseen stories.

    python benchmarks/disagreements_spotcheck.py [--topics 12] [--articles 6]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import newsfuse
from newsfuse.evaluate.data import load_stories
from newsfuse.model import Article
from newsfuse.segment import segment

ROOT = Path(__file__).resolve().parent.parent
DUC = ROOT.parent / "shared" / "data" / "duc2006" / "duc2006.jsonl.gz"
ANNOTATED = {json.loads(path.read_text(encoding="utf-8"))["story"]
             for path in (ROOT / "tests" / "fixtures" / "analysis").glob("*.json")}


def sentence_with(article: Article, claim: str) -> str:
    return next((sentence.text for sentence in segment(article, 0) if claim in sentence.text), "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--topics", type=int, default=12)
    parser.add_argument("--articles", type=int, default=6)
    args = parser.parse_args()
    topics = (story for story in load_stories(str(DUC)) if story.id not in ANNOTATED)
    for _, story in zip(range(args.topics), topics, strict=False):
        briefing = newsfuse.brief(story.documents[:args.articles])
        assert briefing.analysis is not None
        for item in briefing.analysis.disagreements:
            print(f"{story.id} {item.kind}: {item.subject}")
            for side in item.sides:
                article = briefing.sources[side.sources[0] - 1].article
                print(f"  {side.holder + ': ' if side.holder else ''}{side.claim} {side.sources} "
                      f"— {sentence_with(article, side.claim)[:200]}")


if __name__ == "__main__":
    main()
