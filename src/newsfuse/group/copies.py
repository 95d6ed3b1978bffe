"""Articles that are copies of one another (one wire story run by several outlets)."""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from newsfuse.model import Article
from newsfuse.text import words

SHINGLE = 5
_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd multiplier: each word's place in the 5-gram changes the hash


def fingerprint(text: str) -> np.ndarray:
    """The text's word 5-grams as sorted, distinct 32-bit hashes.

    Stable across processes (unlike Python's salted `hash`), so the store can keep them beside an
    article and later compare without reading and re-splitting its text.
    """
    tokens = np.array([zlib.crc32(token.lower().encode("utf-8")) for token in words(text)], dtype=np.uint64)
    count = len(tokens) - SHINGLE + 1
    if count <= 0:
        return np.empty(0, dtype=np.uint32)
    mixed = np.zeros(count, dtype=np.uint64)
    for offset in range(SHINGLE):
        mixed = mixed * _MIX + tokens[offset:offset + count]
    return np.unique((mixed >> np.uint64(32)).astype(np.uint32))


def containment(grams: np.ndarray, other: np.ndarray) -> float:
    """Share of the shorter text's 5-grams found in the other (fingerprints from `fingerprint`)."""
    if not len(grams) or not len(other):
        return 0.0
    shared = len(np.intersect1d(grams, other, assume_unique=True))
    return shared / min(len(grams), len(other))


def shingles(text: str) -> set[int]:
    return set(fingerprint(text).tolist())


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
