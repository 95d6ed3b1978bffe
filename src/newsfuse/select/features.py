"""Per-fact features for the sentence scorer. All are case-blind, so lower-cased text scores like news."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from newsfuse.model import Fact, Sentence
from newsfuse.select.compress import compress
from newsfuse.text import words

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
    """What the selector needs to know about a story: sentences, their terms and similarities, facts, copies."""

    sentences: list[Sentence]
    terms: list[list[str]]  # content terms of each sentence
    similarity: np.ndarray  # sentence-by-sentence cosine
    facts: list[Fact]
    copy_of: list[int | None]
    left_out: int = 0  # sentences not considered because the input was too large
    compressed: bool = False  # summary sentences lose their newsless spans (select.compress)

    @cached_property
    def article_lengths(self) -> dict[int, int]:
        lengths: dict[int, int] = {}
        for sentence in self.sentences:
            lengths[sentence.article] = max(lengths.get(sentence.article, 0), sentence.position + 1)
        return lengths

    @cached_property
    def relative_positions(self) -> np.ndarray:
        """Each sentence's position as a share of its article's length (0 = the lead)."""
        return np.array([s.position / self.article_lengths[s.article] for s in self.sentences])

    def earliest(self, fact: Fact) -> float:
        """How early the fact comes in the article where it comes earliest."""
        return float(self.relative_positions[list(fact.members)].min())

    def independent_source(self, article: int) -> int:
        original = self.copy_of[article]
        return article if original is None else original

    @cached_property
    def independent_count(self) -> int:
        return len({self.independent_source(sentence.article) for sentence in self.sentences}) or 1

    def sources_of(self, fact: Fact) -> set[int]:
        return {self.independent_source(self.sentences[member].article) for member in fact.members}

    @cached_property
    def representatives(self) -> np.ndarray:
        return np.array([fact.representative for fact in self.facts], dtype=np.int64)

    @cached_property
    def texts(self) -> list[str]:
        """Each fact's wording as a summary shows it."""
        texts = [self.sentences[fact.representative].text for fact in self.facts]
        return [compress(text) for text in texts] if self.compressed else texts

    @cached_property
    def word_counts(self) -> np.ndarray:
        return np.array([len(words(text)) for text in self.texts])


def centroid_similarity(similarity: np.ndarray, rows: np.ndarray, members: np.ndarray) -> np.ndarray:
    """Cosine of each row sentence to the centroid of the member sentences, from pairwise cosines alone."""
    norm = float(np.sqrt(max(similarity[np.ix_(members, members)].sum(), 1e-12)))
    return similarity[np.ix_(rows, members)].sum(axis=1) / norm


def fact_features(story: StoryView) -> np.ndarray:
    everything = np.arange(len(story.sentences))
    leads = np.array([index for index, sentence in enumerate(story.sentences) if sentence.position == 0])
    centrality = centroid_similarity(story.similarity, story.representatives, everything)
    lead_similarity = centroid_similarity(story.similarity, story.representatives, leads)
    articles_of = np.array([sentence.article for sentence in story.sentences])
    terms = story.terms
    term_counts = Counter(term for sentence_terms in terms for term in sentence_terms)
    total_terms = sum(term_counts.values()) or 1
    term_articles: dict[str, set[int]] = {}
    for sentence, sentence_terms in zip(story.sentences, terms, strict=True):
        for term in sentence_terms:
            term_articles.setdefault(term, set()).add(story.independent_source(sentence.article))
    positions = np.array([sentence.position for sentence in story.sentences])
    rows = []
    for index, fact in enumerate(story.facts):
        representative = story.sentences[fact.representative]
        text = representative.text
        tokens = words(text)
        fact_terms = terms[fact.representative]
        members = list(fact.members)
        sources = len(story.sources_of(fact))
        others = story.similarity[fact.representative][articles_of != representative.article]
        first = int(positions[members].min())
        rows.append((
            float(centrality[index]),
            float(lead_similarity[index]),
            sources / story.independent_count,
            math.log(sources),
            float(others.max()) if len(others) else 0.0,
            sum(len(term_articles[t]) for t in fact_terms) / len(fact_terms) / story.independent_count
            if fact_terms else 0.0,
            sum(term_counts[t] for t in fact_terms) / len(fact_terms) / total_terms * 100 if fact_terms else 0.0,
            1.0 / (1.0 + first),
            math.log(1 + first),
            story.earliest(fact),
            math.log(1 + len(tokens)),
            len(fact_terms) / max(len(tokens), 1),
            sum(any(char.isalpha() for char in token) for token in tokens) / max(len(tokens), 1),
            float(bool(QUOTE.search(text))),
            float(text.rstrip("\"'”’ ").endswith("?")),
            float(bool(PRONOUN_START.match(text))),
            float(bool(DIGIT.search(text))),
            float(bool((articles_of[members] == 0).any())),
            math.log(story.independent_count),
            math.log(len(story.sentences)),
        ))
    return np.array(rows, dtype=np.float64).reshape(len(story.facts), len(FEATURE_NAMES))
