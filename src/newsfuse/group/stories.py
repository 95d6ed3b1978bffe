"""Online story grouping: each arriving article joins the open story whose centroid it matches, or opens one.

A story's centroid is its articles' summed term weights, cut to the strongest terms, so comparing an
article costs the same however many stories exist: candidates come from an inverted index of those
terms, and only stories active within the quiet period are candidates.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

CENTROID_TERMS = 100  # terms kept per story centroid
ARTICLE_TERMS = 60  # an article's strongest terms, compared with story centroids
PSEUDO_DOCUMENTS = 50  # IDF smoothing: early in a stream, a term shared by two articles is not "common"
LOOKUP_TERMS = 10  # an article's strongest terms used to find candidate stories
MAX_POSTINGS = 20  # a term in more open stories than this no longer tells stories apart: not used for lookup


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
    newest: datetime | None = None  # latest publication date seen: the stream's clock
    closing: list[tuple[datetime, int]] = field(default_factory=list)  # heap of (last_seen, story id)
    synced: tuple[int, int, int] = (0, 0, 0)  # the store's (revision, folds, last article id) it reflects

    def weights(self, terms: list[str]) -> dict[str, float]:
        """Unit-length TF-IDF weights of an article's strongest content terms."""
        counts = Counter(terms)
        total = self.documents + PSEUDO_DOCUMENTS
        weights = {term: (1 + math.log(count)) * math.log((1 + total) / (1 + self.document_frequency[term]))
                   for term, count in counts.items()}
        strongest = dict(sorted(weights.items(), key=lambda item: -item[1])[:ARTICLE_TERMS])
        norm = math.sqrt(sum(value * value for value in strongest.values())) or 1.0
        return {term: value / norm for term, value in strongest.items()}

    def learn(self, terms: list[str]) -> None:
        self.documents += 1
        self.document_frequency.update(set(terms))

    def candidates(self, weights: dict[str, float]) -> set[int]:
        """Stories sharing one of the article's strongest, still discriminative terms.

        Bounded by LOOKUP_TERMS x MAX_POSTINGS, so the cost per article does not grow with the store.
        """
        found: set[int] = set()
        for term in sorted(weights, key=weights.__getitem__, reverse=True)[:LOOKUP_TERMS]:
            postings = self.by_term.get(term, set())
            if len(postings) <= MAX_POSTINGS:
                found |= postings
        return found

    def match(self, weights: dict[str, float], seen: datetime | None) -> list[int]:
        """Open stories similar to the article above the threshold, most similar first."""
        return self.ranked(self.scores(weights, seen, self.candidates(weights)))

    def scores(self, weights: dict[str, float], seen: datetime | None, story_ids: Iterable[int]) -> dict[int, float]:
        """The article's cosine with each of these stories that is open for it.

        The quiet period is checked only when both the article and the story carry a real date.
        """
        found = {}
        for story_id in story_ids:
            story = self.stories.get(story_id)
            if story is None:
                continue
            if seen and story.last_seen and abs((seen - story.last_seen).total_seconds()) > self.quiet_days * 86400:
                continue
            centroid = self.centroids[story_id]
            found[story_id] = sum(weight * centroid.get(term, 0.0) for term, weight in weights.items())
        return found

    def ranked(self, scores: dict[int, float]) -> list[int]:
        """Stories (still open) scoring above the threshold, most similar first."""
        scored = [(score, story_id) for story_id, score in scores.items()
                  if score >= self.threshold and story_id in self.stories]
        return [story_id for _, story_id in sorted(scored, reverse=True)]

    def close_quiet(self, seen: datetime | None) -> None:
        """Forget the stories quiet for longer than the quiet period before the newest date seen.

        They can no longer take articles, so keeping them would only make the index, and each lookup,
        grow with everything ever stored; `Store.load_index` leaves out the same stories.
        """
        if seen is None:
            return
        if self.newest is None or seen > self.newest:
            self.newest = seen
        cutoff = self.newest - timedelta(days=self.quiet_days)
        while self.closing and self.closing[0][0] < cutoff:
            last_seen, story_id = heapq.heappop(self.closing)
            story = self.stories.get(story_id)
            if story is not None and story.last_seen == last_seen:  # not renewed since it was queued
                self.remove(story_id)

    def add(self, story_id: int, weights: dict[str, float], seen: datetime | None,
            totals: dict[str, float] | None = None) -> StoryState:
        """Add an article's weights (or a stored story's totals) to a story and re-index its centroid."""
        story = self.stories.get(story_id)
        if story is None:
            story = self.stories[story_id] = StoryState(id=story_id, totals={}, last_seen=None)
        self.unindex(story_id)
        summed = Counter(totals or story.totals)
        for term, weight in weights.items():
            summed[term] += weight
        story.totals = dict(summed.most_common(3 * CENTROID_TERMS))
        if seen and (story.last_seen is None or seen > story.last_seen):
            story.last_seen = seen
            heapq.heappush(self.closing, (seen, story_id))
        self.index(story)
        return story

    def index(self, story: StoryState) -> None:
        """Put the story's centroid terms into the term index."""
        self.centroids[story.id] = story.centroid
        for term in self.centroids[story.id]:
            self.by_term[term].add(story.id)

    def unindex(self, story_id: int) -> None:
        """Take the story's centroid terms out of the term index (dropping terms no story uses any more)."""
        for term in self.centroids.pop(story_id, {}):
            postings = self.by_term[term]
            postings.discard(story_id)
            if not postings:
                del self.by_term[term]

    def remove(self, story_id: int) -> StoryState:
        """Take a story out of the index (closed, or merged into another)."""
        self.unindex(story_id)
        return self.stories.pop(story_id)

    def snapshot(self, story_ids: list[int]) -> dict[int, StoryState]:
        """The current state of stories an article may change, for `restore` if storing it fails."""
        return {story_id: replace(self.stories[story_id]) for story_id in story_ids if story_id in self.stories}

    def restore(self, saved: dict[int, StoryState], new_story: int | None) -> None:
        """Put the saved stories back as they were and drop a story opened since."""
        for story_id in {*saved, new_story} - {None}:
            if story_id in self.stories:
                self.remove(story_id)
        for story in saved.values():
            self.stories[story.id] = story
            self.index(story)

    def merge_candidate(self, story_id: int, bridged: list[int], threshold: float) -> int | None:
        """Among stories the same article also matched, one whose centroid now matches this story's:
        the two are one story. Looking only at those keeps the check cheap."""
        centroid = self.centroids[story_id]
        best, best_score = None, threshold
        for other_id in bridged:
            if other_id == story_id or other_id not in self.stories:
                continue
            other_centroid = self.centroids[other_id]
            score = sum(weight * other_centroid.get(term, 0.0) for term, weight in centroid.items())
            if score >= best_score:
                best, best_score = other_id, score
        return best

    def merge(self, into: int, other: int) -> StoryState:
        """Fold story `other` into story `into`."""
        absorbed = self.remove(other)
        return self.add(into, absorbed.totals, absorbed.last_seen)
