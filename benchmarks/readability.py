"""What ROUGE does not see, measured beside it: summary sentences that open with a pronoun whose antecedent
sentence is not right before them, facts stated twice (two summary sentences sharing at least half their
content words), and how late the summary's most central sentence (closest to the story's word centroid)
comes. Multi-News validation (first N stories) at 250 words, DUC 2006 (50 topics) at 100 and 250 words.

    python benchmarks/readability.py [--stories 500]
"""

from __future__ import annotations

import argparse
import math
import statistics
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import newsfuse
from newsfuse.clean import clean_all
from newsfuse.config import settings_from_env
from newsfuse.errors import NewsfuseError
from newsfuse.evaluate import load_stories
from newsfuse.evaluate.rouge import score_summary
from newsfuse.model import Briefing
from newsfuse.select.features import PRONOUN_START
from newsfuse.text import content_terms, term_overlap

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
SETS = [("Multi-News validation", DATA / "multinews" / "validation.jsonl.gz", 250),
        ("DUC 2006", DATA / "duc2006" / "duc2006.jsonl.gz", 100),
        ("DUC 2006", DATA / "duc2006" / "duc2006.jsonl.gz", 250)]


def cosine(first: Counter[str], second: Counter[str]) -> float:
    dot = sum(count * second[term] for term, count in first.items())
    norm = math.sqrt(sum(v * v for v in first.values())) * math.sqrt(sum(v * v for v in second.values()))
    return dot / norm if norm else 0.0


def dangling(briefing: Briefing) -> int:
    """Sentences opening with a pronoun whose source sentence just before is not the summary's one before."""
    count = 0
    for previous, sentence in zip((None, *briefing.summary), briefing.summary, strict=False):
        if not PRONOUN_START.match(sentence.text):
            continue
        citation = sentence.citations[0]
        text = briefing.sources[citation.source - 1].article.text
        joined = previous is not None and any(
            earlier.source == citation.source and earlier.end <= citation.start
            and not text[earlier.end:citation.start].strip() for earlier in previous.citations)
        count += not joined
    return count


def repeated(texts: Sequence[str]) -> int:
    terms = [set(content_terms(text)) for text in texts]
    return sum(term_overlap(terms[i], terms[j]) >= 0.5 for i in range(len(terms)) for j in range(i + 1, len(terms)))


def central_rank(briefing: Briefing) -> int:
    centroid = Counter(term for source in briefing.sources for term in content_terms(source.article.text))
    closeness = [cosine(Counter(content_terms(sentence.text)), centroid) for sentence in briefing.summary]
    return closeness.index(max(closeness)) + 1


def measure(path: Path, words: int, limit: int) -> dict[str, float]:
    settings = settings_from_env().with_overrides(analysis_words=0)  # NEWSFUSE_* variables compare settings
    rows: list[tuple[int, int, int, int, float, float]] = []
    for story in load_stories(str(path), limit=limit):
        articles, _ = clean_all(story.documents, settings.english_min_ratio)
        if not articles or not story.references:
            continue
        try:
            briefing = newsfuse.brief(articles, words=words, settings=settings)
        except NewsfuseError:
            continue
        if not briefing.summary:
            continue
        texts = [sentence.text for sentence in briefing.summary]
        rouge = score_summary(texts, story.references, words)
        rows.append((len(texts), dangling(briefing), repeated(texts), central_rank(briefing), rouge["rouge1"],
                     rouge["rouge2"]))
    sentences = sum(row[0] for row in rows)
    return {"stories": len(rows), "dangling_per_100_sentences": 100 * sum(row[1] for row in rows) / sentences,
            "stories_with_a_repeat": sum(row[2] > 0 for row in rows) / len(rows),
            "central_first": sum(row[3] == 1 for row in rows) / len(rows),
            "central_rank_mean": statistics.mean(row[3] for row in rows),
            "rouge1": statistics.mean(row[4] for row in rows), "rouge2": statistics.mean(row[5] for row in rows)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=500, help="Multi-News stories (DUC: all 50 topics)")
    args = parser.parse_args()
    print(f"{'set':<24}{'words':>6}{'stories':>8}{'dangling/100':>13}{'repeat':>8}{'central 1st':>12}"
          f"{'rank':>6}{'R-1':>8}{'R-2':>8}")
    for name, path, words in SETS:
        found = measure(path, words, args.stories if "multinews" in str(path) else 0)
        print(f"{name:<24}{words:>6}{found['stories']:>8}{found['dangling_per_100_sentences']:>13.1f}"
              f"{found['stories_with_a_repeat']:>8.1%}{found['central_first']:>12.1%}"
              f"{found['central_rank_mean']:>6.2f}{found['rouge1']:>8.2f}{found['rouge2']:>8.2f}")


if __name__ == "__main__":
    main()
