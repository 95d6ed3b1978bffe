"""Sentences that say the same thing, found by clustering on TF-IDF cosine similarity."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsfuse.model import Fact, Sentence


def group_facts(sentences: Sequence[Sentence], similarity: np.ndarray, threshold: float) -> list[Fact]:
    """Each sentence joins the earlier fact with its most similar member (cosine >= `threshold`).

    A fact holds at most one sentence per article, which keeps loosely related sentences from
    chaining together: a paraphrase can match any outlet's wording, not only the first one seen.
    """
    fact_of: list[int] = []
    members: list[list[int]] = []
    for index, sentence in enumerate(sentences):
        earlier = similarity[index, :index]
        best_fact = -1
        for column in np.argsort(-earlier, kind="stable"):
            if earlier[column] < threshold:
                break
            fact = fact_of[column]
            if all(sentences[member].article != sentence.article for member in members[fact]):
                best_fact = fact
                break
        if best_fact < 0:
            best_fact = len(members)
            members.append([])
        members[best_fact].append(index)
        fact_of.append(best_fact)
    return [Fact(members=tuple(group), representative=medoid(group, similarity)) for group in members]


def medoid(group: list[int], similarity: np.ndarray) -> int:
    """The member closest to all the others; for ties, the earliest."""
    if len(group) == 1:
        return group[0]
    return group[int(np.argmax(similarity[np.ix_(group, group)].sum(axis=1)))]
