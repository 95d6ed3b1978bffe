"""Online story grouping: each arriving article joins the open story whose centroid it matches, or opens one.

A story's centroid is its articles' summed term weights, cut to the strongest terms, so comparing an
article costs the same however many stories exist: candidates come from an inverted index of those
terms, and only stories active within the quiet period are candidates.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from newsfuse.text import content_terms

CENTROID_TERMS = 60  # terms kept per story centroid
ARTICLE_TERMS = 40  # terms of an article used to look up candidate stories
PSEUDO_DOCUMENTS = 50  # IDF smoothing: early in a stream, a term shared by two articles is not "common"


@dataclass
class StoryState:
    id: int
    totals: dict[str, float]  # summed article weights of the story's strongest terms
    last_seen: datetime | None  # newest publication date among its articles; None when none is dated

    @property
    def centroid(self) -> dict[str, float]:
        strongest = dict(sorted(self.totals.items(), key=lambda item: -item[1])[:CENTROID_TERMS])
        norm = math.sqrt(sum(value * value for value in strongest.values())) or 1.0
        return {term: value / norm for term, value in strongest.items()}


@dataclass
class StoryIndex:
    """Open stories and the term index over their centroids; document frequencies learned as articles arrive."""

    threshold: float = 0.3
    quiet_days: float = 3.0
    stories: dict[int, StoryState] = field(default_factory=dict)
    centroids: dict[int, dict[str, float]] = field(default_factory=dict)
    by_term: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    document_frequency: Counter[str] = field(default_factory=Counter)
    documents: int = 0

    def weights(self, text: str) -> dict[str, float]:
        """Unit-length TF-IDF weights of an article's strongest content terms (title counted twice by callers)."""
        counts = Counter(content_terms(text))
        total = self.documents + PSEUDO_DOCUMENTS
        weights = {term: (1 + math.log(count)) * math.log((1 + total) / (1 + self.document_frequency[term]))
                   for term, count in counts.items()}
        strongest = dict(sorted(weights.items(), key=lambda item: -item[1])[:ARTICLE_TERMS])
        norm = math.sqrt(sum(value * value for value in strongest.values())) or 1.0
        return {term: value / norm for term, value in strongest.items()}

    def learn(self, text: str) -> None:
        self.documents += 1
        self.document_frequency.update(set(content_terms(text)))

    def match(self, weights: dict[str, float], seen: datetime | None) -> tuple[int | None, float]:
        """The open story most similar to the article, if above the threshold.

        The quiet period is checked only when both the article and the story carry a real date.
        """
        candidates: set[int] = set()
        for term in weights:
            candidates |= self.by_term.get(term, set())
        best, best_score = None, self.threshold
        for story_id in candidates:
            story = self.stories[story_id]
            if seen and story.last_seen and abs((seen - story.last_seen).total_seconds()) > self.quiet_days * 86400:
                continue
            centroid = self.centroids[story_id]
            score = sum(weight * centroid.get(term, 0.0) for term, weight in weights.items())
            if score >= best_score:
                best, best_score = story_id, score
        return best, best_score

    def add(self, story_id: int, weights: dict[str, float], seen: datetime | None,
            totals: dict[str, float] | None = None) -> StoryState:
        """Add an article's weights (or a stored story's totals) to a story and re-index its centroid."""
        story = self.stories.get(story_id)
        if story is None:
            story = self.stories[story_id] = StoryState(id=story_id, totals={}, last_seen=seen)
        for term in self.centroids.get(story_id, {}):
            self.by_term[term].discard(story_id)
        summed = Counter(totals or story.totals)
        for term, weight in weights.items():
            summed[term] += weight
        story.totals = dict(summed.most_common(3 * CENTROID_TERMS))
        if seen and (story.last_seen is None or seen > story.last_seen):
            story.last_seen = seen
        self.centroids[story_id] = story.centroid
        for term in self.centroids[story_id]:
            self.by_term[term].add(story_id)
        return story

    def merge_candidate(self, story_id: int, threshold: float) -> int | None:
        """Another open story whose centroid now matches this one's above `threshold`: the two are one."""
        story = self.stories[story_id]
        candidates: set[int] = set()
        for term in self.centroids[story_id]:
            candidates |= self.by_term.get(term, set())
        candidates.discard(story_id)
        best, best_score = None, threshold
        centroid = self.centroids[story_id]
        for other_id in candidates:
            other = self.stories[other_id]
            if story.last_seen and other.last_seen and \
                    abs((story.last_seen - other.last_seen).total_seconds()) > self.quiet_days * 86400:
                continue
            other_centroid = self.centroids[other_id]
            score = sum(weight * other_centroid.get(term, 0.0) for term, weight in centroid.items())
            if score >= best_score:
                best, best_score = other_id, score
        return best

    def merge(self, into: int, other: int) -> StoryState:
        """Fold story `other` into story `into`."""
        absorbed = self.stories.pop(other)
        for term in self.centroids.pop(other):
            self.by_term[term].discard(other)
        return self.add(into, absorbed.totals, absorbed.last_seen)
