"""Budgeted selection without repeats, and an order that reads as one account."""

from __future__ import annotations

import numpy as np

from newsfuse.select.features import PRONOUN_START, StoryView
from newsfuse.text import term_overlap

SAME_FACT = 0.5  # share of the shorter sentence's content terms that makes it a repeat of another


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


def antecedents(story: StoryView) -> dict[int, int]:
    """Facts whose sentence opens with a pronoun ("He said they had crossed..."), each with the fact holding
    the sentence just before it in its article (-1 when there is none): it reads only after that one."""
    fact_of = {member: index for index, fact in enumerate(story.facts) for member in fact.members}
    at = {(sentence.article, sentence.position): index for index, sentence in enumerate(story.sentences)}
    needs = {}
    for index, fact in enumerate(story.facts):
        sentence = story.sentences[fact.representative]
        if PRONOUN_START.match(story.texts[index]):  # as the summary would show it: "And he said" cut to "He said"
            before = at.get((sentence.article, sentence.position - 1))
            needs[index] = fact_of.get(before, -1) if before is not None else -1
    return needs


def choose(story: StoryView, scores: np.ndarray, budget: int, redundancy: float, min_words: int,
           max_words: int) -> list[int]:
    """Greedy by score: take a fact if it fits the remaining budget, repeats no chosen fact, and, when it opens
    with a pronoun, follows a chosen sentence that says who is meant."""
    chosen: list[int] = []
    told: list[set[str]] = []  # the content terms of each chosen fact
    remaining = budget
    representatives = story.representatives
    lengths = story.word_counts
    needs = antecedents(story)
    for index in np.argsort(-scores, kind="stable"):
        if remaining < min_words:
            break
        length = int(lengths[index])
        if length < min_words or length > max_words or length > remaining:
            continue
        if index in needs and needs[index] not in chosen:
            continue
        if chosen and story.similarity[representatives[index], representatives[chosen]].max() >= redundancy:
            continue
        terms = set(story.terms[representatives[index]])
        if any(term_overlap(terms, earlier) >= SAME_FACT for earlier in told):
            continue  # most of its words are a chosen sentence's: a paraphrase of a fact already told
        chosen.append(int(index))
        told.append(terms)
        remaining -= length
    return chosen


def order(story: StoryView, chosen: list[int], scores: np.ndarray) -> list[int]:
    """Facts that come early in their articles first; among equally early ones (every article's lead) the
    higher-scoring first, so the story's central event opens the summary, not the first article's angle."""

    def key(index: int) -> tuple[float, float, int, int]:
        sentence = story.sentences[story.facts[index].representative]
        return story.earliest(story.facts[index]), -float(scores[index]), sentence.article, sentence.position

    return sorted(chosen, key=key)
