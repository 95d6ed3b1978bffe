"""Watch stage: follow feeds, fetch each new item's page once, clean it and store it as `ingest` would."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from newsfuse.clean import clean_all
from newsfuse.config import Settings
from newsfuse.errors import ExitCode, InputProblem
from newsfuse.model import RawDocument
from newsfuse.read.files import decode
from newsfuse.store import Store
from newsfuse.watch.feeds import Feed, FeedError, FeedItem, is_http, parse_feed, read_feed_list
from newsfuse.watch.fetch import Answer, Fetcher, FetchError, FetchPolicy

__all__ = ["Feed", "FetchPolicy", "Fetcher", "PollReport", "Watcher", "read_feed_list"]

FEED_TYPES = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5"
PAGE_TYPES = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"


@dataclass
class PollReport:
    feeds: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)  # unchanged/failed feeds, stored/copy/... items

    def line(self) -> str:
        counts = self.outcomes
        return (f"{self.feeds} feeds ({counts['unchanged']} unchanged, {counts['feed failed']} failed), "
                f"{counts['new']} new items: {counts['stored']} stored, {counts['copy']} near-copies, "
                f"{counts['known']} already stored, {counts['rejected']} rejected, {counts['item failed']} to retry")


class Watcher:
    """Polls feeds into a store. `stopping` ends a poll after the article in hand (each is one transaction)."""

    def __init__(self, store: Store, settings: Settings, fetcher: Fetcher,
                 log: Callable[[str], None] = lambda message: None, workers: int = 16) -> None:
        self.store, self.settings, self.fetcher, self.log = store, settings, fetcher, log
        self.index = store.load_index(settings)
        self.stopping = threading.Event()
        self.workers = workers  # pages fetched at once (from different hosts: one host gets one at a time)

    def poll(self, feeds: list[Feed], on_item: Callable[[], None] | None = None) -> PollReport:
        """Read every feed, then fetch the new items' pages in parallel (one request at a time per host,
        hosts side by side) while this thread cleans and stores them in feed order."""
        report = PollReport(feeds=len(feeds))
        pending: list[tuple[Feed, list[FeedItem], tuple[str, str]]] = []
        claimed: set[str] = set()
        for feed in feeds:
            if self.stopping.is_set():
                return report
            read = self.read_feed(feed, report)
            if read is not None:
                items, validators = read
                new = set(self.store.unseen([item.url for item in items])) - claimed  # two feeds, one page
                claimed |= new
                kept: list[FeedItem] = []
                for item in items:  # a feed that lists a page twice: its first entry
                    if item.url in new:
                        kept.append(item)
                        new.discard(item.url)
                pending.append((feed, kept, validators))
                report.outcomes["new"] += len(kept)
        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="fetch") as pool:
            pages: list[list[Future[Answer | FetchError | InputProblem]]] = [[] for _ in pending]
            for depth in range(max((len(items) for _, items, _ in pending), default=0)):
                for number, (_, items, _) in enumerate(pending):  # feeds in turn: hosts side by side
                    if depth < len(items):
                        pages[number].append(pool.submit(self.fetch_page, items[depth]))
            for (feed, items, validators), fetched in zip(pending, pages, strict=True):
                complete = True
                for item, page in zip(items, fetched, strict=True):
                    if self.stopping.is_set():
                        complete = False
                        pool.shutdown(wait=False, cancel_futures=True)
                        break
                    outcome = self.store_page(item, page.result())
                    complete = complete and outcome != "item failed"
                    report.outcomes[outcome] += 1
                    if on_item:
                        on_item()
                if is_http(feed.url):  # its ETag is kept only once all its items are in (else read it whole)
                    self.store.save_feed_state(feed.url, *(validators if complete else ("", "")))
                if self.stopping.is_set():
                    break
        return report

    def read_feed(self, feed: Feed, report: PollReport) -> tuple[list[FeedItem], tuple[str, str]] | None:
        """The feed's items and its (ETag, Last-Modified); None when it failed or did not change."""
        try:
            if not is_http(feed.url):
                return parse_feed(Path(feed.url).read_bytes(), feed), ("", "")
            etag, last_modified = self.store.feed_state(feed.url)
            answer = self.fetcher.get(feed.url, etag, last_modified, accept=FEED_TYPES)
            if answer.status == 304:
                report.outcomes["unchanged"] += 1
                self.store.save_feed_state(feed.url, etag, last_modified)
                return None
            return parse_feed(answer.body, feed, answer.url), (answer.etag, answer.last_modified)
        except (FetchError, FeedError, OSError) as error:
            report.outcomes["feed failed"] += 1
            where = "" if isinstance(error, FetchError) else f"{feed.url}: "
            self.log(f"feed {where}{error} (tried again next poll)")
            if is_http(feed.url):
                self.store.save_feed_state(feed.url, "", "", error=str(error) or type(error).__name__)
            return None

    def fetch_page(self, item: FeedItem) -> Answer | FetchError | InputProblem:
        """An item's page, or why not (runs in a worker thread: no store here)."""
        try:
            answer = self.fetcher.get(item.url, accept=PAGE_TYPES)
        except FetchError as error:
            return error
        kind = answer.content_type.split(";")[0].strip().lower()
        if kind and "html" not in kind and kind != "text/plain":
            return InputProblem(f"{item.url}: not a web page ({kind})", ExitCode.UNREADABLE)
        return answer

    def store_page(self, item: FeedItem, page: Answer | FetchError | InputProblem) -> str:
        """Clean and store one fetched item: its outcome (stored, copy, known, rejected, item failed)."""
        if isinstance(page, FetchError):
            if page.retry_later:
                self.log(f"item {page} (tried again next poll)")
                return "item failed"
            return self.reject(item, str(page))
        if isinstance(page, InputProblem):
            return self.reject(item, str(page))
        try:
            text = decode(page.body, item.url)
        except InputProblem as problem:
            return self.reject(item, str(problem))
        kind = page.content_type.split(";")[0].strip().lower()
        meta = {key: value for key, value in (("title", item.title), ("url", item.url),
                                              ("published", item.published), ("source", item.outlet)) if value}
        raw = RawDocument(id=item.url, content=text, kind="text" if kind == "text/plain" else "html",
                          path=item.url, meta=meta)
        articles, problems = clean_all([raw], self.settings.english_min_ratio)
        if not articles:
            return self.reject(item, str(problems[0]))
        return self.store.ingest(articles[0], self.index, datetime.now(UTC)).status

    def reject(self, item: FeedItem, reason: str) -> str:
        self.log(f"item skipped: {reason}")
        self.store.give_up(item.url, "rejected", reason)
        return "rejected"
