"""Evaluate: newsfuse and its peers on the same stories in one run; ROUGE with bootstrap intervals."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from newsfuse.clean import clean_all
from newsfuse.config import Settings
from newsfuse.errors import NewsfuseError
from newsfuse.evaluate.data import EvalStory, load_stories
from newsfuse.evaluate.peers import PEER_MODULES, PEERS, prepare
from newsfuse.evaluate.rouge import METRICS, bootstrap_interval, score_summary
from newsfuse.pipeline import brief

__all__ = ["PEERS", "PEER_MODULES", "SystemResult", "evaluate", "format_table", "load_stories"]


@dataclass
class SystemResult:
    name: str
    scores: dict[str, list[float]] = field(default_factory=lambda: {metric: [] for metric in METRICS})
    seconds: list[float] = field(default_factory=list)

    def summary(self) -> dict[str, object]:
        row: dict[str, object] = {"system": self.name, "stories": len(self.seconds),
                                  "median_seconds": statistics.median(self.seconds) if self.seconds else 0.0}
        for metric, values in self.scores.items():
            low, high = bootstrap_interval(values)
            row[metric] = {"mean": sum(values) / max(len(values), 1), "low": low, "high": high}
        return row


def evaluate(stories: Iterable[EvalStory], words: int, peers: list[str], settings: Settings | None = None,
             scorer_path: str = "", on_story: Callable[[], None] | None = None) -> list[SystemResult]:
    """Run newsfuse and each peer on every story; stories with no usable article are skipped."""
    settings = (settings or Settings()).with_overrides(analysis_words=0)  # ROUGE needs the summary only
    results = {name: SystemResult(name) for name in ["newsfuse", *peers]}
    for story in stories:
        articles, _ = clean_all(story.documents, settings.english_min_ratio)
        if not articles or not story.references:
            continue
        started = time.perf_counter()
        try:
            briefing = brief(articles, words=words, settings=settings, scorer_path=scorer_path)
        except NewsfuseError:
            continue
        outputs = {"newsfuse": ([s.text for s in briefing.summary], time.perf_counter() - started)}
        peer_input = prepare(articles, story.references)
        for name in peers:
            started = time.perf_counter()
            sentences = PEERS[name](peer_input, words)
            outputs[name] = (sentences, time.perf_counter() - started)
        for name, (sentences, seconds) in outputs.items():
            for metric, value in score_summary(sentences, story.references, words).items():
                results[name].scores[metric].append(value)
            results[name].seconds.append(seconds)
        if on_story:
            on_story()
    return list(results.values())


def format_table(results: list[SystemResult], words: int) -> str:
    header = f"{'system':<10} {'ROUGE-1':>20} {'ROUGE-2':>20} {'ROUGE-Lsum':>20} {'s/story':>9}"
    lines = [f"ROUGE F1 x100 at {words} words, 95% bootstrap intervals; "
             f"{len(results[0].seconds) if results else 0} stories", header, "-" * len(header)]
    for result in results:
        row = result.summary()
        cells = [f"{row[m]['mean']:6.2f} [{row[m]['low']:5.2f},{row[m]['high']:6.2f}]" for m in METRICS]  # type: ignore[index]
        lines.append(f"{result.name:<10} {cells[0]:>20} {cells[1]:>20} {cells[2]:>20} {row['median_seconds']:9.4f}")
    return "\n".join(lines)
