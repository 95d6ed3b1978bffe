"""Sentences that say the same thing, found by clustering on TF-IDF cosine similarity."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from newsfuse.model import Fact, Sentence


def group_facts(sentences: Sequence[Sentence], vectors: sparse.csr_matrix, threshold: float) -> list[Fact]:
    """Each sentence joins the earlier fact with its most similar member (cosine >= `threshold`).

    A fact holds at most one sentence per article, which keeps loosely related sentences from
    chaining together: a paraphrase can match any outlet's wording, not only the first one seen.
    """
    similarity = (vectors @ vectors.T).tocsr()
    fact_of: list[int] = []
    members: list[list[int]] = []
    for index, sentence in enumerate(sentences):
        start, end = similarity.indptr[index], similarity.indptr[index + 1]
        best_fact, best_score = -1, threshold
        for column, score in zip(similarity.indices[start:end], similarity.data[start:end], strict=True):
            if column >= index or score < best_score:
                continue
            fact = fact_of[column]
            if all(sentences[member].article != sentence.article for member in members[fact]):
                best_fact, best_score = fact, score
        if best_fact < 0:
            best_fact = len(members)
            members.append([])
        members[best_fact].append(index)
        fact_of.append(best_fact)
    return [Fact(members=tuple(group), representative=medoid(group, similarity)) for group in members]


def medoid(group: list[int], similarity: sparse.csr_matrix) -> int:
    """The member closest to all the others; for ties, the earliest."""
    if len(group) == 1:
        return group[0]
    block = similarity[group][:, group].toarray()
    return group[int(np.argmax(block.sum(axis=1)))]
