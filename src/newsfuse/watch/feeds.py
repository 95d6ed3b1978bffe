"""Feeds: RSS and Atom (by feedparser) and JSON Feed, as the items they list; the feed list file."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from newsfuse.errors import ExitCode, NewsfuseError


@dataclass(frozen=True)
class Feed:
    url: str  # http(s) URL or a local file path
    outlet: str = ""  # the name its articles are credited to; else the feed's own title


@dataclass(frozen=True)
class FeedItem:
    url: str  # the article's page: its id in the store
    title: str = ""
    published: str = ""  # ISO 8601 when the feed gives a date
    outlet: str = ""


class FeedError(Exception):
    """A feed that cannot be read as a feed (malformed, not a feed at all)."""


def is_http(url: str) -> bool:
    return urlsplit(url).scheme in ("http", "https")


def read_feed_list(path: str) -> list[Feed]:
    """One feed a line, `URL [outlet name]`; blank lines and `#` comments are skipped."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise NewsfuseError(f"{path}: cannot read the feed list ({error})", ExitCode.NOT_FOUND) from error
    feeds = []
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            url, _, outlet = line.partition(" ")
            feeds.append(Feed(url, outlet.strip()))
    return feeds


def parse_feed(data: bytes, feed: Feed, base_url: str = "") -> list[FeedItem]:
    """The items of an RSS, Atom or JSON Feed document, with links made absolute; only http(s) links."""
    stripped = data.lstrip()
    if stripped.startswith(b"{"):
        return json_feed_items(stripped, feed, base_url)
    import feedparser

    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    outlet = feed.outlet or parsed.feed.get("title", "")
    items = []
    for entry in parsed.entries:
        link = urljoin(base_url, entry.get("link", "")) if entry.get("link") else ""
        if is_http(link):
            items.append(FeedItem(link, entry.get("title", ""), entry_date(entry), outlet))
    if not items and (parsed.bozo or not parsed.feed):  # what a lenient parser saved of a broken one is kept
        reason = getattr(parsed, "bozo_exception", None)
        raise FeedError(f"not a feed ({str(reason).splitlines()[0] if reason else 'no items'})")
    return items


def entry_date(entry: dict) -> str:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}+00:00".format(*value[:6])
    return ""


def json_feed_items(data: bytes, feed: Feed, base_url: str) -> list[FeedItem]:
    try:
        document = json.loads(data)
    except (ValueError, RecursionError) as error:
        raise FeedError(f"not a JSON Feed ({type(error).__name__})") from None
    if not isinstance(document, dict) or not isinstance(document.get("items"), list):
        raise FeedError("not a JSON Feed (no `items` list)")
    outlet = feed.outlet or str(document.get("title", ""))
    items = []
    for item in document["items"]:
        if not isinstance(item, dict):
            continue
        given = str(item.get("url") or item.get("external_url") or "")
        link = urljoin(base_url, given) if given else ""
        if is_http(link):
            items.append(FeedItem(link, str(item.get("title", "")), str(item.get("date_published", "")), outlet))
    return items
