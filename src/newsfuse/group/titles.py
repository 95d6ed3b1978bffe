"""A story's title: the headline closest to what the story is about, or, when no article came with a
headline, the lead sentence closest to it, shortened. Recomputed as articles arrive, so the title
follows the story as it grows."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from newsfuse.text import content_terms

TITLE_WORDS = 14  # a lead used as a title is cut to this many words
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


def lead_title(text: str, words: int = TITLE_WORDS) -> str:
    """The first sentence of an article, cut to a headline's length at a word boundary."""
    first = SENTENCE_END.split(" ".join(text.split()), maxsplit=1)[0]
    kept = first.split()
    if len(kept) <= words:
        return first
    return " ".join(kept[:words]).rstrip(",;:-–—") + " …"


@lru_cache(maxsize=8192)
def distinct_terms(candidate: str) -> frozenset[str]:
    """Cached: a story's title is chosen again from its latest headlines each time an article joins it."""
    return frozenset(content_terms(candidate))


def representativeness(candidate: str, centroid: Mapping[str, float]) -> float:
    """Cosine between the candidate's distinct content terms and the story's centroid (unit length)."""
    terms = distinct_terms(candidate)
    if not terms:
        return 0.0
    return sum(centroid.get(term, 0.0) for term in terms) / math.sqrt(len(terms))


def most_representative(candidates: Sequence[str], centroid: Mapping[str, float]) -> tuple[str, float]:
    """Ties go to the earlier candidate, so a title does not flicker between equals."""
    scored = [(representativeness(candidate, centroid), -number, candidate)
              for number, candidate in enumerate(candidates)]
    score, _, best = max(scored)
    return best, score


def story_title(headlines: Sequence[str], leads: Sequence[str], centroid: Mapping[str, float]) -> str:
    """The most representative headline; with none that shares a term with the story (none given, or
    markup debris such as an entity code), the most representative lead as a short title."""
    titles = [title for title in headlines if title.strip()]
    if titles:
        best, score = most_representative(titles, centroid)
        if score > 0 or not centroid:
            return best
    lead_titles = [lead_title(text) for text in leads if text.strip()]
    if lead_titles:
        return most_representative(lead_titles, centroid)[0]
    return titles[0] if titles else ""
