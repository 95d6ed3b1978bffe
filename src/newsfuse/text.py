"""Word-level helpers shared by the stages: tokens, function words, a light stemmer, word counts."""

from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)

# English function words: used for content terms (grouping, selection) and for language identification.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been before
    being below between both but by can could did do does doing don't down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is isn't it
    it's its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own said same says she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was wasn't we were
    what when where which while who whom why will with would you your yours yourself yourselves mr mrs
    ms one two new told say according""".split()
)

# A smaller set of very frequent English words that rarely occur in other languages' running text.
ENGLISH_MARKERS = frozenset(
    """the and of to in is that for it was on with as at by from this have has had be are were which said
    would will not but they he she his her their an been who""".split()
)

_SUFFIXES = ("ational", "ization", "fulness", "iveness", "ations", "nesses", "ingly", "ments", "ation",
             "ness", "ment", "ings", "ies", "ied", "ing", "ers", "ed", "es", "ly", "er", "s")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def word_count(text: str) -> int:
    return len(WORD.findall(text))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A crude suffix stripper: enough to match 'strikes'/'strike' and 'targeted'/'targets' for grouping."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_terms(text: str) -> list[str]:
    """Stems of the words that carry meaning (function words and 1-letter tokens dropped), case-folded."""
    return [stem(token) for token in words(text.lower()) if token not in STOPWORDS and len(token) > 1]


def term_overlap(first: set[str], second: set[str]) -> float:
    """Share of the smaller term set found in the other: a short wording inside a longer one scores 1."""
    return len(first & second) / min(len(first), len(second)) if first and second else 0.0


def english_ratio(text: str) -> float:
    """Share of word tokens that are frequent English function words (about 0.3-0.45 in English news)."""
    tokens = words(text.lower())
    if not tokens:
        return 0.0
    return sum(token in ENGLISH_MARKERS for token in tokens) / len(tokens)
