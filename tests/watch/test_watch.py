"""`newsfuse watch` against a real HTTP server on loopback: feeds, pages and servers that misbehave."""

from __future__ import annotations

import gzip
import html
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from newsfuse.config import Settings
from newsfuse.store import Store
from newsfuse.watch import Feed, Fetcher, FetchPolicy, Watcher
from tests.conftest import SHARED_DATA
from tests.watch.server import FixtureServer, Reply, gzipped, serving

QUICK = FetchPolicy(timeout=1.0, retries=1, backoff=0.05, host_delay=0.0, max_bytes=200_000)


def duc_articles(count: int) -> list[dict]:
    data = SHARED_DATA / "duc2006" / "duc2006.jsonl.gz"
    if not data.exists():
        pytest.skip("../shared/data is not beside the clone")
    found: list[dict] = []
    with gzip.open(data, "rt", encoding="utf-8") as handle:
        for line in handle:
            found.extend(json.loads(line)["articles"][:3])
            if len(found) >= count:
                return found[:count]
    return found


def page(article: dict) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(part)}</p>" for part in article["text"].split("\n") if part.strip())
    return (f"<html><head><title>{html.escape(article['title'])}</title></head><body><nav><a href='/'>Home</a> "
            f"<a href='/world'>World</a></nav><article><h1>{html.escape(article['title'])}</h1>{paragraphs}"
            "</article><footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>").encode()


def rss(base: str, items: list[tuple[str, str]], title: str = "Example News") -> bytes:
    entries = "".join(f"<item><title>{html.escape(name)}</title><link>{base}{path}</link>"
                      "<pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate></item>" for path, name in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>{entries}</channel>'
            "</rss>").encode()


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with serving() as fixture:
        yield fixture


def watcher(db: str, policy: FetchPolicy = QUICK) -> tuple[Watcher, list[str]]:
    logged: list[str] = []
    settings = replace(Settings(), db=db)
    return Watcher(Store(db), settings, Fetcher(policy), log=logged.append), logged


def publish(server: FixtureServer, articles: list[dict], feed_path: str = "/feed.xml") -> list[str]:
    paths = []
    for number, article in enumerate(articles):
        path = f"/news/{feed_path.strip('/').split('.')[0]}-{number}.html"
        server.page(path, page(article))
        paths.append(path)
    server.feed(feed_path, rss(server.base, list(zip(paths, [a["title"] for a in articles], strict=True))))
    return paths


def test_new_items_are_stored_once_and_an_unchanged_feed_is_answered_304(server: FixtureServer,
                                                                            tmp_path: Path) -> None:
    articles = duc_articles(4)
    paths = publish(server, articles)
    server.routes["/atom.xml"] = lambda headers: Reply(200, (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title>'
        f'<entry><title>Atom item</title><link href="{server.base}/news/feed-0.html"/>'
        "<updated>2024-05-06T10:00:00Z</updated></entry></feed>").encode(), {"Content-Type": "application/atom+xml"})
    server.routes["/feed.json"] = lambda headers: Reply(200, json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": "JSON Daily",
        "items": [{"id": "1", "url": "/news/feed-1.html", "title": "relative link"}]}).encode(),
        {"Content-Type": "application/feed+json"})
    feeds = [Feed(f"{server.base}/feed.xml", "Example Outlet"), Feed(f"{server.base}/atom.xml"),
             Feed(f"{server.base}/feed.json")]
    watch, logged = watcher(f"sqlite:///{tmp_path / 'w.db'}")
    report = watch.poll(feeds)
    assert report.outcomes["stored"] + report.outcomes["copy"] == 4 and not logged, logged
    assert all(server.count(path) == 1 for path in paths)  # the Atom and JSON items point at the same pages
    stored = {article.id: article for row in watch.store.stories() for _, article, _ in
              watch.store.story_articles(row.id)}
    assert set(stored) == {server.base + path for path in paths}
    first = stored[server.base + paths[0]]
    assert first.source == "Example Outlet" and first.published.startswith("2024-05-06") and first.title
    assert "Copyright" not in first.text and "World" not in first.text.split("\n")[0]

    again = watch.poll(feeds)
    assert again.outcomes["unchanged"] == 1 and again.outcomes["new"] == 0
    assert all(server.count(path) == 1 for path in paths)  # nothing fetched twice
    conditional = [headers for path, headers in server.requests if path == "/feed.xml"]
    assert conditional[-1].get("if-none-match") == '"v1"'
    user_agents = {headers.get("user-agent", "") for _, headers in server.requests}
    assert all(agent.startswith("newsfuse/") for agent in user_agents)
    watch.store.close()


def test_servers_that_misbehave_are_logged_and_the_other_feeds_go_on(server: FixtureServer, tmp_path: Path) -> None:
    articles = duc_articles(3)
    good = publish(server, articles[:1], "/good.xml")
    server.routes["/slow.xml"] = lambda headers: Reply(200, b"<rss/>", delay=3.0)
    server.routes["/gone.xml"] = lambda headers: Reply(404, b"gone")
    server.routes["/broken.xml"] = lambda headers: Reply(500, b"oops")
    server.routes["/busy.xml"] = lambda headers: Reply(429, b"slow down", {"Retry-After": "3600"})
    server.routes["/loop.xml"] = lambda headers: Reply(302, headers={"Location": "/loop2.xml"})
    server.routes["/loop2.xml"] = lambda headers: Reply(302, headers={"Location": "/loop.xml"})
    server.routes["/ftp.xml"] = lambda headers: Reply(302, headers={"Location": "ftp://example.org/feed"})
    server.routes["/malformed.xml"] = lambda headers: Reply(200, b"<rss><channel><item><title>x</ti", {
        "Content-Type": "application/rss+xml"})
    items = [("/huge.html", "Huge"), ("/image.html", "Picture"), ("/zipped.html", "Zipped"),
             ("/missing.html", "Missing"), ("/spanish.html", "Noticias"), ("/flaky.html", "Flaky")]
    server.feed("/odd.xml", rss(server.base, items))
    server.page("/huge.html", b"<html><body><p>" + b"The council met on Monday. " * 20_000 + b"</p></body></html>")
    server.page("/image.html", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
    server.routes["/zipped.html"] = gzipped(page(articles[1]))
    server.page("/spanish.html", page({"title": "Noticias", "text": "El gobierno anunció el martes una nueva reforma "
                                       "de las pensiones, que será presentada al parlamento la próxima semana según "
                                       "el ministro de trabajo y los sindicatos."}))
    server.routes["/flaky.html"] = lambda headers: Reply(503, b"try later")
    names = ["slow", "gone", "broken", "busy", "loop", "ftp", "malformed", "odd", "good"]
    feeds = [Feed(f"{server.base}/{name}.xml") for name in names]
    watch, logged = watcher(f"sqlite:///{tmp_path / 'w.db'}")
    report = watch.poll(feeds)
    assert report.outcomes["feed failed"] == 7, "\n".join(logged)
    assert report.outcomes["stored"] == 2, (report.outcomes, logged)  # the good page and the gzip-encoded one
    assert report.outcomes["rejected"] == 4 and report.outcomes["item failed"] == 1  # 503: tried again later
    text = "\n".join(logged)
    for expected in ("redirect loop", "non-http(s)", "HTTP 404", "HTTP 500", "retry after 3600", "not a feed",
                     "byte limit", "not a web page", "not English", "ReadTimeout"):
        assert expected in text, expected
    assert all(line.count("\n") == 0 for line in logged)
    assert server.count(good[0]) == 1

    before = {path: server.count(path) for path in ("/huge.html", "/image.html", "/missing.html", "/flaky.html")}
    watch.poll(feeds)
    assert server.count("/huge.html") == before["/huge.html"]  # given up: not fetched again
    assert server.count("/missing.html") == before["/missing.html"]
    assert server.count("/flaky.html") > before["/flaky.html"]  # a passing failure: tried again
    watch.store.close()


def test_robots_txt_is_honoured(server: FixtureServer, tmp_path: Path) -> None:
    articles = duc_articles(2)
    server.page("/robots.txt", b"User-agent: *\nDisallow: /private/\n", "text/plain")
    server.page("/private/a.html", page(articles[0]))
    server.page("/public/b.html", page(articles[1]))
    server.feed("/feed.xml", rss(server.base, [("/private/a.html", "A"), ("/public/b.html", "B")]))
    watch, logged = watcher(f"sqlite:///{tmp_path / 'w.db'}")
    report = watch.poll([Feed(f"{server.base}/feed.xml")])
    assert report.outcomes["stored"] == 1 and server.count("/private/a.html") == 0
    assert any("robots.txt" in line for line in logged)
    watch.store.close()


def run_watch(db: Path, feed_list: Path, *flags: str) -> subprocess.Popen[str]:
    env = {**os.environ, "NEWSFUSE_FETCH_DELAY": "0", "NEWSFUSE_PROGRESS_SECONDS": "0"}
    return subprocess.Popen([sys.executable, "-m", "newsfuse", "watch", "--feeds", str(feed_list), "--db", str(db),
                             *flags], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stored_count(db: Path) -> int:
    store = Store(str(db))
    try:
        return int(store.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    finally:
        store.close()


def test_kill_9_loses_nothing_reported_and_the_next_run_fetches_nothing_twice(server: FixtureServer,
                                                                                 tmp_path: Path) -> None:
    articles = duc_articles(40)
    paths = publish(server, articles)
    slow_pages = {path: server.routes[path] for path in paths}
    for path, route in slow_pages.items():  # slow enough to be killed in the middle
        server.routes[path] = lambda headers, route=route: replace(route(headers), delay=0.1)
    feed_list = tmp_path / "feeds.txt"
    feed_list.write_text(f"# one outlet\n{server.base}/feed.xml Example News\n")
    db = tmp_path / "w.db"
    first = run_watch(db, feed_list, "--once")
    deadline = time.time() + 60
    while time.time() < deadline and (not db.exists() or stored_count(db) < 5):
        time.sleep(0.1)
    first.send_signal(signal.SIGKILL)
    first.wait()
    stored = stored_count(db)
    assert 5 <= stored < 40
    fetched_before = {path: server.count(path) for path in paths}
    store = Store(str(db))
    stored_urls = {url for (url,) in store.execute("SELECT external_id FROM articles")}
    store.close()
    second = run_watch(db, feed_list, "--once")
    _, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    assert stored_count(db) == len({article["text"] for article in articles})
    refetched = [path for path in paths if server.base + path in stored_urls and server.count(path) > 1]
    assert refetched == []  # what was stored is never fetched again; pages in flight when killed are
    assert all(server.count(path) >= 1 for path in paths) and sum(fetched_before.values()) >= stored
    assert "watch poll 1:" in err


def test_sigterm_finishes_the_article_in_hand_and_exits_cleanly(server: FixtureServer, tmp_path: Path) -> None:
    articles = duc_articles(20)
    paths = publish(server, articles)
    for path in paths:
        route = server.routes[path]
        server.routes[path] = lambda headers, route=route: replace(route(headers), delay=0.2)
    feed_list = tmp_path / "feeds.txt"
    feed_list.write_text(f"{server.base}/feed.xml\n")
    db = tmp_path / "w.db"
    process = run_watch(db, feed_list, "--every", "1s")
    deadline = time.time() + 60
    while time.time() < deadline and (not db.exists() or stored_count(db) < 3):
        time.sleep(0.1)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "stopping after the article in hand" in err and "Traceback" not in err
    assert 3 <= stored_count(db) < 20
