"""Inputs that are not one story. Two articles belong together when they share the words that are rare in
news at large; the words every story uses ("said", "government", "year") tie nothing together. Rarity comes
from a document-frequency table of Multi-News train articles shipped with the package (`idf.tsv.gz`, built by
scripts/build_idf.py), not from the inputs themselves: among four unrelated articles every shared word
looks rare. The story index (`stories.py`) adds the same counts to those of its stream.
"""

from __future__ import annotations

import gzip
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from newsfuse.model import Article
from newsfuse.text import content_terms

IDF_TABLE = Path(__file__).with_name("idf.tsv.gz")
Item = TypeVar("Item")
MIN_DOCUMENTS = 5  # terms in fewer training articles are left out of the table: they count as never seen


@lru_cache(maxsize=1)
def document_frequencies(path: Path = IDF_TABLE) -> tuple[int, dict[str, int]]:
    """(articles counted, term -> articles that use it)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        total = int(handle.readline())
        return total, {term: int(count) for term, count in (line.rstrip("\n").split("\t") for line in handle)}


def write_document_frequencies(texts: Iterable[str], path: Path = IDF_TABLE) -> int:
    counts: Counter[str] = Counter()
    total = 0
    for text in texts:
        counts.update(set(content_terms(text)))
        total += 1
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write(f"{total}\n")
        handle.writelines(f"{term}\t{count}\n" for term, count in sorted(counts.items()) if count >= MIN_DOCUMENTS)
    return total


def weighted(text: str) -> dict[str, float]:
    """Unit-length TF-IDF vector of an article's content terms, IDF from news at large."""
    total, frequencies = document_frequencies()
    vector = {term: (1.0 + math.log(count)) * math.log((total + 1) / (frequencies.get(term, 0) + 1))
              for term, count in Counter(content_terms(text)).items()}
    norm = math.sqrt(sum(value * value for value in vector.values())) or 1.0
    return {term: value / norm for term, value in vector.items()}


def components(items: Sequence[Item], linked: Callable[[Item, Item], bool]) -> list[list[Item]]:
    """Groups of items joined by chains of linked pairs (union-find; each pair is tested at most once)."""
    parent = list(range(len(items)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for first in range(len(items)):
        for second in range(first + 1, len(items)):
            if root(first) != root(second) and linked(items[first], items[second]):
                parent[root(first)] = root(second)
    groups: dict[int, list[Item]] = {}
    for index, item in enumerate(items):
        groups.setdefault(root(index), []).append(item)
    return list(groups.values())


def separate_stories(articles: Sequence[Article], threshold: float) -> list[list[int]]:
    """Article indices per story, the largest first: articles are one story when a chain of cosines of at
    least `threshold` links them."""
    vectors = [weighted(article.text) for article in articles]

    def linked(first: int, second: int) -> bool:
        return sum(value * vectors[second].get(term, 0.0) for term, value in vectors[first].items()) >= threshold

    stories = components(list(range(len(articles))), linked)
    return sorted(stories, key=lambda story: (-len(story), story[0]))
