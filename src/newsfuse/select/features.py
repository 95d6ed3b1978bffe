"""Per-fact features for the sentence scorer. All are case-blind, so lower-cased text scores like news."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from scipy import sparse

from newsfuse.model import Fact, Sentence
from newsfuse.text import content_terms, words

FEATURE_NAMES = (
    "centrality",  # cosine of the sentence to the centroid of all sentences
    "lead_similarity",  # cosine to the centroid of the articles' first sentences
    "support",  # share of independent sources (copies counted once) that carry the fact
    "support_log",  # log of the number of independent sources carrying it
    "paraphrase",  # highest cosine to a sentence of another article (support below the fact threshold)
    "term_support",  # mean share of articles that use each of its content words
    "term_probability",  # mean probability of its content words in the story (SumBasic)
    "lead",  # 1 / (1 + earliest position in an article)
    "position_log",  # log of 1 + earliest position
    "relative_position",  # earliest position as a share of its article's length
    "length_log",  # log of the word count
    "content_ratio",  # share of its words that are content words
    "alpha_ratio",  # share of its tokens that contain a letter
    "quote",  # contains quotation marks
    "question",  # ends with a question mark
    "pronoun_start",  # opens with a pronoun that needs an antecedent
    "digits",  # mentions a number
    "first_article",  # appears in the first input article
    "articles_log",  # log of the number of independent sources in the story
    "story_sentences_log",  # log of the number of sentences in the story
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
        return np.array([len(words(self.sentences[fact.representative].text)) for fact in self.facts])


def unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


def fact_features(story: StoryView) -> np.ndarray:
    representatives = story.representative_vectors
    centrality = representatives @ unit(np.asarray(story.vectors.sum(axis=0)).ravel())
    leads = [index for index, sentence in enumerate(story.sentences) if sentence.position == 0]
    lead_similarity = representatives @ unit(np.asarray(story.vectors[leads].sum(axis=0)).ravel())
    similarity = (representatives @ story.vectors.T).tocsr()
    articles_of = np.array([sentence.article for sentence in story.sentences])
    terms = [content_terms(sentence.text) for sentence in story.sentences]
    term_counts = Counter(term for sentence_terms in terms for term in sentence_terms)
    total_terms = sum(term_counts.values()) or 1
    term_articles: dict[str, set[int]] = {}
    for sentence, sentence_terms in zip(story.sentences, terms, strict=True):
        for term in sentence_terms:
            term_articles.setdefault(term, set()).add(story.independent_source(sentence.article))
    rows = []
    for index, fact in enumerate(story.facts):
        representative = story.sentences[fact.representative]
        text = representative.text
        tokens = words(text)
        fact_terms = terms[fact.representative]
        positions = [story.sentences[member].position for member in fact.members]
        relative = min(story.sentences[member].position / story.article_lengths[story.sentences[member].article]
                       for member in fact.members)
        sources = len(story.sources_of(fact))
        row = similarity.getrow(index)
        others = row.data[articles_of[row.indices] != representative.article]
        rows.append((
            float(centrality[index]),
            float(lead_similarity[index]),
            sources / story.independent_count,
            math.log(sources),
            float(others.max()) if len(others) else 0.0,
            float(np.mean([len(term_articles[t]) for t in fact_terms])) / story.independent_count if fact_terms
            else 0.0,
            float(np.mean([term_counts[t] for t in fact_terms])) / total_terms * 100 if fact_terms else 0.0,
            1.0 / (1.0 + min(positions)),
            math.log(1 + min(positions)),
            relative,
            math.log(1 + len(tokens)),
            len(fact_terms) / max(len(tokens), 1),
            sum(any(char.isalpha() for char in token) for token in tokens) / max(len(tokens), 1),
            float(bool(QUOTE.search(text))),
            float(text.rstrip("\"'”’ ").endswith("?")),
            float(bool(PRONOUN_START.match(text))),
            float(bool(DIGIT.search(text))),
            float(any(story.sentences[member].article == 0 for member in fact.members)),
            math.log(story.independent_count),
            math.log(len(story.sentences)),
        ))
    return np.array(rows, dtype=np.float64).reshape(len(story.facts), len(FEATURE_NAMES))
