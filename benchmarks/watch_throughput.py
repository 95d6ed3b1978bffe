"""`newsfuse watch` against a loopback server: items/s, and memory over a long watch.

1. throughput: 1,000 items over 20 feeds (real DUC 2006 newswire texts as pages), one `watch --once` run,
   wall time including start-up: all feeds on one host with no delay between requests; then each feed on
   its own loopback address (127.0.0.1-20) with the default 1 s between requests to a host;
2. memory: a `watch --every 1s` process for N polls while every feed gains 5 new items a poll (dated a
   day apart, the feed showing its latest 50, as real feeds do); its resident memory (VmRSS) read after
   each poll: it must stay flat.

    python benchmarks/watch_throughput.py [--polls 60]
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DUC = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "duc2006" / "duc2006.jsonl.gz"
FEEDS = 20


def articles(count: int) -> list[dict]:
    found: list[dict] = []
    with gzip.open(DUC, "rt", encoding="utf-8") as handle:
        for line in handle:
            found.extend(json.loads(line)["articles"])
    return found[:count]


class Site:
    """Feeds whose items are articles; `published` items per feed grow when `grow` is called."""

    def __init__(self, texts: list[dict], per_feed: int) -> None:
        self.texts, self.per_feed = texts, per_feed
        self.lock = threading.Lock()

    def grow(self, items: int) -> None:
        with self.lock:
            self.per_feed += items

    def feed(self, number: int, base: str) -> bytes:
        with self.lock:
            count = self.per_feed
        entries = "".join(f"<item><title>Item {number}-{item}</title><link>{base}/page/{number}/{item}</link>"
                          f"<pubDate>{self.date(item)}</pubDate></item>" for item in range(max(0, count - 50), count))
        channel = f"<channel><title>Feed {number}</title>{entries}</channel>"
        return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()

    def date(self, item: int) -> str:
        """Items come five a day (one poll's worth), so stories close as in a real stream."""
        day = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(days=item // 5)
        return format_datetime(day)

    def page(self, number: int, item: int) -> bytes:
        article = self.texts[(number * 7919 + item) % len(self.texts)]
        body = "".join(f"<p>{html.escape(part)}</p>" for part in article["text"].split("\n") if part.strip())
        marker = f"<p>Item {number}-{item} of this feed was filed by desk {item % 13}.</p>"
        title = html.escape(article.get("title") or "")
        return f"<html><body><article><h1>{title}</h1>{body}{marker}</article></body></html>".encode()


def start(site: Site, address: str = "127.0.0.1") -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = self.path.strip("/").split("/")
            if parts[0] == "feed":
                body, kind = site.feed(int(parts[1]), base), "application/rss+xml"
            elif parts[0] == "page":
                body, kind = site.page(int(parts[1]), int(parts[2])), "text/html; charset=utf-8"
            else:
                self.send_response(404)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer((address, 0), Handler)
    base = f"http://{address}:{server.server_port}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, base


def feed_list(folder: Path, bases: list[str]) -> Path:
    path = folder / "feeds.txt"
    path.write_text("".join(f"{bases[number % len(bases)]}/feed/{number} Outlet {number}\n" for number in range(FEEDS)))
    return path


def once(feeds: Path, db: Path, env: dict[str, str], label: str) -> None:
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "newsfuse", "watch", "--feeds", str(feeds), "--db", str(db), "--once"],
                         env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    summary = [line for line in run.stderr.splitlines() if "watch poll 1:" in line]
    print(f"1. {label}: {seconds:.1f} s, {FEEDS * 50 / seconds:.1f} items/s\n   "
          f"{summary[-1] if summary else run.stderr[-500:]}")


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--polls", type=int, default=60)
    args = parser.parse_args()
    env = {**os.environ, "NEWSFUSE_FETCH_DELAY": "0", "NEWSFUSE_PROGRESS_SECONDS": "3600"}
    texts = articles(1000)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        site = Site(texts, per_feed=50)
        server, base = start(site)
        once(feed_list(folder, [base]), folder / "one.db", env,
             f"{FEEDS * 50} items over {FEEDS} feeds on one host, no delay between requests")
        hosts = [start(site, f"127.0.0.{number + 1}") for number in range(FEEDS)]
        once(feed_list(folder, [host_base for _, host_base in hosts]), folder / "hosts.db",
             {**env, "NEWSFUSE_FETCH_DELAY": "1"},
             f"{FEEDS * 50} items over {FEEDS} feeds on {FEEDS} hosts, the default 1 s between requests to a host")
        for host, _ in hosts:
            host.shutdown()
        feeds = feed_list(folder, [base])
        site.per_feed = 5
        process = subprocess.Popen([sys.executable, "-m", "newsfuse", "watch", "--feeds", str(feeds), "--db",
                                    str(folder / "long.db"), "--every", "1s"], env=env, stderr=subprocess.PIPE,
                                   text=True)
        samples = []
        assert process.stderr is not None
        for line in process.stderr:
            if ": watch poll " in line:
                samples.append(rss_kib(process.pid))
                if len(samples) >= args.polls:
                    break
                site.grow(5)
        process.terminate()
        process.wait(timeout=60)
        server.shutdown()
        tenth = max(len(samples) // 10, 1)
        print(f"2. {len(samples)} polls, {FEEDS} feeds gaining 5 items each a poll ({len(samples) * FEEDS * 5} items): "
              f"RSS after poll 1 {samples[0] / 1024:.1f} MiB, mean of polls 2-{1 + tenth} "
              f"{sum(samples[1:1 + tenth]) / tenth / 1024:.1f} MiB, mean of the last {tenth} "
              f"{sum(samples[-tenth:]) / tenth / 1024:.1f} MiB, max {max(samples) / 1024:.1f} MiB")
        print("   RSS every 5th poll (MiB): " + " ".join(f"{sample / 1024:.0f}" for sample in samples[::5]))


if __name__ == "__main__":
    main()
