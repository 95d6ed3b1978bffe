"""Load on `newsfuse serve` over loopback with locust (headless), bounded in rate and time.

1. readers: one cached briefing asked for at a constant 200 requests/s for 60 s (20 users x 10/s);
2. mixed: 20 articles/s posted (2 users x 10/s) while readers ask for the briefing (10 users x 10/s);
   afterwards every posted article must be in the store exactly once (counted in the database).

    pip install -e '.[bench]' && python benchmarks/serve_load.py [--seconds 60]
"""

from __future__ import annotations

import argparse
import csv
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCUSTFILE = Path(__file__).resolve().parent / "load" / "locustfile.py"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen([sys.executable, "-m", "newsfuse", "serve", "--port", str(port), "--db", str(db)],
                               env={**os.environ, "NEWSFUSE_WRITE_RATE": "1000"})
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2)
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start")


def locust(port: int, users: dict[str, int], seconds: int, prefix: Path, env: dict[str, str]) -> dict[str, dict]:
    classes = [name for name, count in users.items() if count]
    total = sum(users.values())
    command = ["locust", "-f", str(LOCUSTFILE), "--headless", "-u", str(total), "-r", str(total), "-t", f"{seconds}s",
               "--host", f"http://127.0.0.1:{port}", "--csv", str(prefix), "--only-summary", "--stop-timeout", "10",
               *classes]
    subprocess.run(command, env={**os.environ, **env}, check=False, capture_output=True)
    with open(f"{prefix}_stats.csv", newline="") as handle:
        return {row["Name"]: row for row in csv.DictReader(handle)}


def report(title: str, rows: dict[str, dict], seconds: int) -> None:
    print(f"\n{title}")
    print(f"{'request':<11} {'count':>7} {'failures':>8} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} "
          f"{'max ms':>7}")
    for name, row in rows.items():
        print(f"{name:<11} {row['Request Count']:>7} {row['Failure Count']:>8} {float(row['Requests/s']):>7.1f} "
              f"{row['50%']:>7} {row['95%']:>7} {row['99%']:>7} {float(row['Max Response Time']):>7.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "load.db"
        subprocess.run([sys.executable, "-m", "newsfuse", "ingest", str(ROOT / "examples" / "syria-2016-06"),
                        "--db", str(db)], check=True, capture_output=True)
        port = free_port()
        server = start_server(db, port)
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stories/1/briefing", timeout=60).read()  # warm
            readers = locust(port, {"BriefingReader": 20}, args.seconds, Path(folder) / "readers",
                             {"NEWSFUSE_READS_PER_USER": "10"})
            report(f"1. cached briefing, 20 users x 10 requests/s, {args.seconds} s", readers, args.seconds)
            posted_log = Path(folder) / "posted.txt"
            posted_log.touch()
            mixed = locust(port, {"BriefingReader": 10, "ArticleWriter": 2}, args.seconds, Path(folder) / "mixed",
                           {"NEWSFUSE_READS_PER_USER": "10", "NEWSFUSE_WRITES_PER_USER": "10", "NEWSFUSE_WRITERS": "2",
                            "NEWSFUSE_POSTED_LOG": str(posted_log)})
            report(f"2. 2 writers x 10 articles/s while 10 readers x 10 requests/s, {args.seconds} s", mixed,
                   args.seconds)
        finally:
            server.terminate()
            server.wait(timeout=30)
        answered = set(posted_log.read_text().split())
        with sqlite3.connect(db) as check:
            rows = [external for (external,) in check.execute(
                "SELECT external_id FROM articles WHERE external_id LIKE 'load-%'")]
        missing = answered - set(rows)
        print(f"\nanswered as stored: {len(answered)}; rows in the store: {len(rows)} for {len(set(rows))} distinct "
              f"ids; answered but missing: {len(missing)}; stored twice: {len(rows) - len(set(rows))}")
        print("every posted article stored exactly once" if not missing and len(rows) == len(set(rows))
              else "MISMATCH")

if __name__ == "__main__":
    main()
