"""Watch stage: follow feeds, fetch each new item's page once, clean it and store it as `ingest` would."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
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
from newsfuse.watch.fetch import Fetcher, FetchError, FetchPolicy

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
                 log: Callable[[str], None] = lambda message: None) -> None:
        self.store, self.settings, self.fetcher, self.log = store, settings, fetcher, log
        self.index = store.load_index(settings.story_threshold, settings.quiet_days)
        self.stopping = threading.Event()

    def poll(self, feeds: list[Feed], on_item: Callable[[], None] | None = None) -> PollReport:
        report = PollReport(feeds=len(feeds))
        for feed in feeds:
            if self.stopping.is_set():
                break
            read = self.read_feed(feed, report)
            if read is None:
                continue
            items, validators = read
            new = set(self.store.unseen([item.url for item in items]))
            report.outcomes["new"] += len(new)
            complete = True
            for item in items:
                if item.url not in new:
                    continue
                if self.stopping.is_set():
                    complete = False
                    break
                outcome = self.take(item)
                complete = complete and outcome != "item failed"
                report.outcomes[outcome] += 1
                if on_item:
                    on_item()
            if is_http(feed.url):  # the feed's ETag is kept only once all its items are in: else the next
                self.store.save_feed_state(feed.url, *(validators if complete else ("", "")))  # poll reads it whole
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

    def take(self, item: FeedItem) -> str:
        """Fetch, clean and store one item: its outcome (stored, copy, known, rejected, item failed)."""
        try:
            answer = self.fetcher.get(item.url, accept=PAGE_TYPES)
            kind = answer.content_type.split(";")[0].strip().lower()
            if kind and "html" not in kind and kind != "text/plain":
                raise InputProblem(f"{item.url}: not a web page ({kind})", ExitCode.UNREADABLE)
            text = decode(answer.body, item.url)
        except FetchError as error:
            if error.retry_later:
                self.log(f"item {error} (tried again next poll)")
                return "item failed"
            return self.reject(item, str(error))
        except InputProblem as problem:
            return self.reject(item, str(problem))
        meta = {key: value for key, value in (("title", item.title), ("url", item.url),
                                              ("published", item.published), ("source", item.outlet)) if value}
        raw = RawDocument(id=item.url, content=text, kind="html" if "html" in kind or not kind else "text",
                          path=item.url, meta=meta)
        articles, problems = clean_all([raw], self.settings.english_min_ratio)
        if not articles:
            return self.reject(item, str(problems[0]))
        return self.store.ingest(articles[0], self.index, datetime.now(UTC)).status

    def reject(self, item: FeedItem, reason: str) -> str:
        self.log(f"item skipped: {reason}")
        self.store.give_up(item.url, "rejected", reason)
        return "rejected"
