"""Articles that are copies of one another (one wire story run by several outlets)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from newsfuse.model import Article
from newsfuse.text import words

SHINGLE = 5


def shingles(text: str) -> set[int]:
    tokens = [token.lower() for token in words(text)]
    return {hash(tuple(tokens[index:index + SHINGLE])) for index in range(max(len(tokens) - SHINGLE + 1, 0))}


def find_copies(articles: Sequence[Article], threshold: float) -> list[int | None]:
    """For each article, the index of an earlier article it copies, or None.

    Two articles are copies when at least `threshold` of the shorter one's word 5-grams occur in the
    other: containment, not Jaccard, so a wire story with a local paragraph added still counts.
    An inverted index keeps this near-linear in the number of articles.
    """
    sets = [shingles(article.text) for article in articles]
    index: dict[int, list[int]] = defaultdict(list)
    copy_of: list[int | None] = [None] * len(articles)
    for current, grams in enumerate(sets):
        shared: dict[int, int] = defaultdict(int)
        for gram in grams:
            for earlier in index[gram]:
                shared[earlier] += 1
        best = None
        best_score = threshold
        for earlier, count in shared.items():
            score = count / max(min(len(grams), len(sets[earlier])), 1)
            if score >= best_score:
                best, best_score = earlier, score
        if best is not None:
            copy_of[current] = copy_of[best] if copy_of[best] is not None else best
        for gram in grams:
            index[gram].append(current)
    return copy_of
