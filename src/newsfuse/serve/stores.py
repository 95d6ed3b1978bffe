"""The web app's connections to the store: a pool of readers, one per worker thread at a time, and one
writer that ingests as `newsfuse ingest` does (other writers, CLI or watcher, may write at the same time)."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from newsfuse.clean import clean_all
from newsfuse.config import Settings
from newsfuse.errors import NewsfuseError
from newsfuse.group.stories import StoryIndex
from newsfuse.model import Article, RawDocument
from newsfuse.store import IngestResult, Store

T = TypeVar("T")


class StorePool:
    def __init__(self, settings: Settings, size: int = 8) -> None:
        self.settings = settings
        self.idle: queue.LifoQueue[Store] = queue.LifoQueue()
        self.slots = threading.BoundedSemaphore(size)
        self.url = settings.db
        Store(self.url, merge_threshold=settings.merge_threshold).close()  # creates and migrates it once

    def call(self, work: Callable[[Store], T]) -> T:
        """Run `work` with a store connection of its own (blocking: call it from a worker thread)."""
        with self.slots:
            try:
                store = self.idle.get_nowait()
            except queue.Empty:
                store = Store(self.url, merge_threshold=self.settings.merge_threshold)
            try:
                result = work(store)
            except BaseException:
                store.close()  # a connection that failed may be in any state: not reused
                raise
            self.idle.put(store)
            return result

    def close(self) -> None:
        while not self.idle.empty():
            self.idle.get_nowait().close()


class Writer:
    """Articles into the store, one at a time, with the story index kept between requests."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lock = threading.Lock()
        self.store: Store | None = None
        self.index: StoryIndex | None = None

    def ingest(self, documents: list[RawDocument]) -> list[dict[str, object]]:
        """One result per document, in order: its stored id, story and status, or the problem that kept
        it out (with the CLI's exit code for it)."""
        results: list[dict[str, object]] = []
        for document in documents:
            articles, problems = clean_all([document], self.settings.english_min_ratio)
            if not articles:
                problem = problems[0]
                results.append({"id": document.id, "status": "rejected", "problem": str(problem),
                                "exit_code": int(problem.code)})
                continue
            try:
                stored = self.store_one(articles[0])
            except NewsfuseError as error:
                results.append({"id": document.id, "status": "rejected", "problem": str(error),
                                "exit_code": int(error.code)})
                continue
            results.append({"id": document.id, "status": stored.status, "stored_id": stored.article_id,
                            "story_id": stored.story_id})
        return results

    def store_one(self, article: Article) -> IngestResult:
        with self.lock:
            if self.store is None:
                self.store = Store(self.settings.db, merge_threshold=self.settings.merge_threshold)
                self.index = self.store.load_index(self.settings)
            try:
                return self.store.ingest(article, self.index, datetime.now(UTC))
            except NewsfuseError:
                self.store.close()  # reconnect next time, with an index as the database has it
                self.store = None
                raise

    def close(self) -> None:
        with self.lock:
            if self.store is not None:
                self.store.close()
            self.store = self.index = None
