"""Online story grouping: each arriving article joins the story whose centroid it matches, or opens one.

A story's centroid is its articles' summed term weights, cut to the strongest terms, so comparing an
article costs the same however many stories exist: candidates come from an inverted index of those
terms, over the most recently active stories (at most `capacity`, so memory and lookups stay flat).
Time does not close a story: a trial, a war, an epidemic run for months, and their follow-ups must find
them (a quiet period tried here split real newswire topics far more than it kept events apart).
"""

from __future__ import annotations

import math
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import numpy as np

from newsfuse.group.separate import document_frequencies
from newsfuse.text import content_terms

CENTROID_TERMS = 150  # terms kept per story centroid
ARTICLE_TERMS = 100  # an article's strongest terms, compared with story centroids
PSEUDO_DOCUMENTS = 50  # IDF smoothing: early in a stream, a term shared by two articles is not "common"
LOOKUP_TERMS = 10  # an article's strongest terms used to find candidate stories
MAX_POSTINGS = 20  # a term in more open stories than this no longer tells stories apart: not used for lookup
OPEN_STORIES = 20_000  # stories kept findable in memory, the most recently active ones
PIECE_ARTICLES = 6  # a story this small, and smaller than a story it matches, may be an early piece of that one


def article_terms(title: str, text: str) -> Counter[str]:
    """An article's content terms with their counts, its title counted twice."""
    return Counter(content_terms(f"{title}\n{title}\n{text}"))


@dataclass
class StoryState:
    id: int
    totals: dict[str, float]  # summed article weights of the story's strongest terms
    articles: int = 0  # copies included, as the store counts them

    @property
    def centroid(self) -> dict[str, float]:
        strongest = dict(sorted(self.totals.items(), key=lambda item: -item[1])[:CENTROID_TERMS])
        norm = math.sqrt(sum(value * value for value in strongest.values())) or 1.0
        return {term: value / norm for term, value in strongest.items()}


def cosine(first: dict[str, float], second: dict[str, float]) -> float:
    """Of two unit-length term vectors; the shared terms are found by a set intersection, which is fast."""
    return sum(first[term] * second[term] for term in first.keys() & second.keys())


@dataclass
class StoryIndex:
    """Open stories and the term index over their centroids; document frequencies learned as articles arrive,
    added to those of news at large (Multi-News train articles, `group/idf.tsv.gz`)."""

    threshold: float = 0.3
    standout_threshold: float = 0.3  # a lower bar for the best story when it stands out from the others ...
    standout_margin: float = 1.0  # ... by at least this much cosine over the second best
    capacity: int = OPEN_STORIES
    stories: OrderedDict[int, StoryState] = field(default_factory=OrderedDict)  # least recently active first
    centroids: dict[int, dict[str, float]] = field(default_factory=dict)
    by_term: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    document_frequency: Counter[str] = field(default_factory=Counter)
    documents: int = 0
    synced: tuple[int, int, int] = (0, 0, 0)  # the store's (revision, folds, last article id) it reflects

    def weights(self, terms: Iterable[str]) -> dict[str, float]:
        """Unit-length TF-IDF weights of an article's strongest content terms (numpy: a long article has hundreds)."""
        counts = Counter(terms)
        news_total, news = document_frequencies()  # news at large, so a stream's first articles weigh right
        total = self.documents + PSEUDO_DOCUMENTS + news_total
        known = self.document_frequency
        names = list(counts)
        frequency = np.fromiter((known[term] + news.get(term, 0) for term in names), np.float64, len(names))
        in_article = np.fromiter(counts.values(), np.float64, len(names))
        values = (1 + np.log(in_article)) * np.log((1 + total) / (1 + frequency))
        strongest = np.argsort(-values, kind="stable")[:ARTICLE_TERMS]  # ties in order of first use
        norm = math.sqrt(float(values[strongest] @ values[strongest])) or 1.0
        return {names[index]: float(values[index]) / norm for index in strongest}

    def learn(self, terms: Iterable[str]) -> None:
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

    def match(self, weights: dict[str, float]) -> list[int]:
        """Stories the article joins, most similar first."""
        return self.ranked(self.scores(weights, self.candidates(weights)))

    def scores(self, weights: dict[str, float], story_ids: Iterable[int]) -> dict[int, float]:
        """The article's cosine with each of these stories still in the index."""
        found = {}
        for story_id in story_ids:
            centroid = self.centroids.get(story_id)
            if centroid is not None:
                found[story_id] = cosine(weights, centroid)
        return found

    def ranked(self, scores: dict[int, float]) -> list[int]:
        """Stories (still in the index) the article matches well enough to join, most similar first.

        The best story may also be joined below the threshold when it stands out from every other
        candidate: a loose match to one story among many alike is as often another story, a loose match
        that nothing else comes near is usually the same broad story.
        """
        scored = sorted(((score, story_id) for story_id, score in scores.items() if story_id in self.stories),
                        reverse=True)
        found = [story_id for score, story_id in scored if score >= self.threshold]
        if scored and not found:
            best, story_id = scored[0]
            second = scored[1][0] if len(scored) > 1 else 0.0
            if best >= self.standout_threshold and best - second >= self.standout_margin:
                found = [story_id]
        return found

    def evict(self) -> None:
        """Forget the least recently active stories beyond the capacity, so memory and lookups stay flat;
        `Store.load_index` keeps the most recently active too (by their latest date)."""
        while len(self.stories) > self.capacity:
            self.remove(next(iter(self.stories)))

    def add(self, story_id: int, weights: dict[str, float], totals: dict[str, float] | None = None,
            articles: int = 1) -> StoryState:
        """Add an article's weights (or an absorbed story's totals and article count) to a story and re-index
        its centroid; with `totals`, the story is a stored one, holding `articles` articles."""
        story = self.stories.get(story_id)
        if story is None:
            story = self.stories[story_id] = StoryState(id=story_id, totals={})
        self.stories.move_to_end(story_id)
        self.unindex(story_id)
        summed = Counter(totals or story.totals)
        for term, weight in weights.items():
            summed[term] += weight
        story.totals = dict(summed.most_common(3 * CENTROID_TERMS))
        story.articles = articles if totals is not None else story.articles + articles
        self.index(story)
        self.evict()
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

    def pieces(self, story_id: int) -> list[int]:
        """Smaller stories (of at most PIECE_ARTICLES) whose centroid matches this story's at the join
        threshold: the ones worth asking whether they are an early piece of it (`rejoins`). Found through the
        story's centroid terms, so the cost stays bounded; a piece whose every article matches the story at
        the threshold has a centroid that does too, so none is missed."""
        centroid, size = self.centroids[story_id], self.stories[story_id].articles
        smaller = [other_id for other_id in self.candidates(centroid) if other_id in self.stories
                   and self.stories[other_id].articles <= min(PIECE_ARTICLES, size - 1)]
        return sorted(other_id for other_id, score in self.scores(centroid, smaller).items()
                      if score >= self.threshold)

    def rejoins(self, members: list[dict[str, float]], piece_id: int, story_id: int) -> bool:
        """Whether a piece (these are its articles' weights) belongs in the story: every one of its articles,
        if it arrived now, would join this story at the full threshold, ahead of every other by the margin.

        An early article of a story, met before the story's vocabulary was known, opens a story of its own,
        and the next articles like it may join that one; once the story has grown the question is asked
        again, more strictly than on arrival (a second decision, taken among more stories).
        """
        for weights in members:
            scores = self.scores(weights, self.candidates(weights) | {story_id})
            scores.pop(piece_id, None)
            score = scores.pop(story_id, 0.0)
            if score < self.threshold or score - max(scores.values(), default=0.0) < self.standout_margin:
                return False
        return bool(members)

    def merge_candidate(self, story_id: int, bridged: list[int], threshold: float) -> int | None:
        """Among stories the same article also matched, one whose centroid now matches this story's:
        the two are one story. Looking only at those keeps the check cheap."""
        centroid = self.centroids[story_id]
        best, best_score = None, threshold
        for other_id in bridged:
            if other_id == story_id or other_id not in self.stories:
                continue
            other_centroid = self.centroids[other_id]
            score = cosine(centroid, other_centroid)
            if score >= best_score:
                best, best_score = other_id, score
        return best

    def merge(self, into: int, other: int) -> StoryState:
        """Fold story `other` into story `into`."""
        absorbed = self.remove(other)
        return self.add(into, absorbed.totals, articles=absorbed.articles)
