"""Per-fact features for the sentence scorer. All are case-blind, so lower-cased text scores like news."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from scipy import sparse

from newsfuse.model import Fact, Sentence
from newsfuse.text import word_count

FEATURE_NAMES = (
    "centrality",  # cosine of the sentence to the centroid of all sentences
    "support",  # share of independent sources (copies counted once) that carry the fact
    "support_log",  # log of the number of independent sources carrying it
    "lead",  # 1 / (1 + earliest position in an article)
    "is_first",  # the fact opens at least one article
    "relative_position",  # earliest position as a share of its article's length
    "length_log",  # log of the word count
    "quote",  # contains quotation marks
    "question",  # ends with a question mark
    "pronoun_start",  # opens with a pronoun that needs an antecedent
    "digits",  # mentions a number
    "first_article",  # appears in the first input article
)
QUOTE = re.compile(r"[\"“”]|``|''")
PRONOUN_START = re.compile(r"^[\"“'`]*\s*(?:he|she|it|they|this|that|these|those|his|her|their|its)\b", re.I)
DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class StoryView:
    """What the selector needs to know about a story: its sentences, their vectors, facts and copies."""

    sentences: list[Sentence]
    vectors: sparse.csr_matrix
    facts: list[Fact]
    copy_of: list[int | None]

    @cached_property
    def article_lengths(self) -> dict[int, int]:
        lengths: dict[int, int] = {}
        for sentence in self.sentences:
            lengths[sentence.article] = max(lengths.get(sentence.article, 0), sentence.position + 1)
        return lengths

    def independent_source(self, article: int) -> int:
        original = self.copy_of[article]
        return article if original is None else original

    @cached_property
    def independent_count(self) -> int:
        return len({self.independent_source(sentence.article) for sentence in self.sentences}) or 1

    def sources_of(self, fact: Fact) -> set[int]:
        return {self.independent_source(self.sentences[member].article) for member in fact.members}

    @cached_property
    def representative_vectors(self) -> sparse.csr_matrix:
        return self.vectors[[fact.representative for fact in self.facts]]

    @cached_property
    def word_counts(self) -> np.ndarray:
        return np.array([word_count(self.sentences[fact.representative].text) for fact in self.facts])


def fact_features(story: StoryView) -> np.ndarray:
    centroid = np.asarray(story.vectors.sum(axis=0)).ravel()
    norm = float(np.linalg.norm(centroid)) or 1.0
    centrality = story.representative_vectors @ (centroid / norm)
    rows = []
    for index, fact in enumerate(story.facts):
        text = story.sentences[fact.representative].text
        positions = [story.sentences[member].position for member in fact.members]
        relative = min(story.sentences[member].position / story.article_lengths[story.sentences[member].article]
                       for member in fact.members)
        sources = len(story.sources_of(fact))
        rows.append((
            float(centrality[index]),
            sources / story.independent_count,
            math.log(sources),
            1.0 / (1.0 + min(positions)),
            float(min(positions) == 0),
            relative,
            math.log(1 + story.word_counts[index]),
            float(bool(QUOTE.search(text))),
            float(text.rstrip("\"'”’ ").endswith("?")),
            float(bool(PRONOUN_START.match(text))),
            float(bool(DIGIT.search(text))),
            float(any(story.sentences[member].article == 0 for member in fact.members)),
        ))
    return np.array(rows, dtype=np.float64).reshape(len(story.facts), len(FEATURE_NAMES))
