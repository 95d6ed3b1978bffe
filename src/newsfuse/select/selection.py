"""Budgeted selection without repeats, and an order that reads as one account."""

from __future__ import annotations

import numpy as np

from newsfuse.select.features import StoryView


def default_budget(independent_sources: int, input_words: int) -> int:
    """About 250 words for a handful of articles, more for many, never more than a third of the input."""
    budget = 250 + 10 * max(0, independent_sources - 10)
    return max(50, min(budget, 400, input_words // 3))


def percentile(values: np.ndarray) -> np.ndarray:
    return values.argsort(kind="stable").argsort(kind="stable") / max(len(values) - 1, 1)


def blend(learned: np.ndarray, centrality: np.ndarray, centrality_weight: float) -> np.ndarray:
    """Within-story percentiles of the learned score and of plain centrality, mixed.

    The trees learn from Multi-News stories of a few short articles; centrality keeps the ranking sound
    on clusters far larger than any they saw. The weight was chosen on Multi-News validation.
    """
    return (1 - centrality_weight) * percentile(learned) + centrality_weight * percentile(centrality)


def choose(story: StoryView, scores: np.ndarray, budget: int, redundancy: float, min_words: int,
           max_words: int) -> list[int]:
    """Greedy by score: take a fact if it fits the remaining budget and repeats no chosen fact."""
    chosen: list[int] = []
    remaining = budget
    representatives = story.representatives
    lengths = story.word_counts
    for index in np.argsort(-scores, kind="stable"):
        if remaining < min_words:
            break
        length = int(lengths[index])
        if length < min_words or length > max_words or length > remaining:
            continue
        if chosen and story.similarity[representatives[index], representatives[chosen]].max() >= redundancy:
            continue
        chosen.append(int(index))
        remaining -= length
    return chosen


def order(story: StoryView, chosen: list[int]) -> list[int]:
    """Facts that come early in their articles first; ties go to the earlier article."""

    def key(index: int) -> tuple[float, int, int]:
        sentence = story.sentences[story.facts[index].representative]
        return story.earliest(story.facts[index]), sentence.article, sentence.position

    return sorted(chosen, key=key)
