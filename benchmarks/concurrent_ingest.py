"""Ingest throughput with 1, 2 and 4 concurrent `newsfuse ingest` processes on one store, SQLite and PostgreSQL.

The articles of the first K Multi-News validation stories, shuffled, are split into N disjoint parts
and ingested by N processes started together; the figure is articles stored per second of wall time
(process start-up and cleaning included, as a user meets it). Grouping quality (B-cubed F1 against the
true stories) is printed beside it: many writers must group as one does.

    python benchmarks/concurrent_ingest.py --stories 1500 [--postgres postgresql://user:pass@host/db]

PostgreSQL defaults to $NEWSFUSE_TEST_POSTGRES; its public schema is emptied before each run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from clusters import b_cubed
from newsfuse.evaluate.data import load_stories

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "multinews" / "validation.jsonl.gz"


def empty_store(url: str, folder: Path, run: str) -> str:
    if not url.startswith("postgresql"):
        return f"sqlite:///{folder / f'{run}.db'}"
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP SCHEMA public CASCADE")
        connection.execute("CREATE SCHEMA public")
    return url


def stored_grouping(url: str, labels: dict[str, int]) -> tuple[int, float]:
    """(articles stored, B-cubed F1 of the stories over every input id)."""
    listing = subprocess.run([sys.executable, "-m", "newsfuse", "stories", "--format", "json", "--db", url],
                             capture_output=True, text=True, check=True)
    truth, found, stored = [], [], set()
    for line in listing.stdout.splitlines():
        story = json.loads(line)
        for article in story["article_list"]:  # every input id, a repeated text's too
            truth.append(labels[article["id"]])
            found.append(story["id"])
            stored.add(article["stored_id"])
    return len(stored), b_cubed(truth, found)[2]


def run(url: str, parts: list[Path]) -> float:
    started = time.perf_counter()
    writers = [subprocess.Popen([sys.executable, "-m", "newsfuse", "ingest", str(part), "--db", url],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for part in parts]
    for writer in writers:
        _, errors = writer.communicate()
        if writer.returncode != 0:
            raise SystemExit(f"a writer failed: {errors.strip().splitlines()[-1]}")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=1500)
    parser.add_argument("--writers", default="1,2,4")
    parser.add_argument("--postgres", default=os.environ.get("NEWSFUSE_TEST_POSTGRES", ""))
    args = parser.parse_args()
    items = [{"id": f"{label}-{number}", "text": document.content, "label": label}
             for label, story in enumerate(load_stories(str(DATA), limit=args.stories))
             for number, document in enumerate(story.documents)]
    random.Random(3).shuffle(items)
    labels = {item["id"]: item["label"] for item in items}
    stores = ["sqlite"] + ([args.postgres] if args.postgres else [])
    print(f"{len(items)} articles of {args.stories} Multi-News validation stories, shuffled; "
          f"{os.cpu_count()} cores")
    print(f"{'store':<11} {'writers':>7} {'seconds':>8} {'articles/s':>10} {'vs 1':>6} {'stored':>7} {'B-cubed':>8}")
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for store in stores:
            single_rate = 0.0
            for writers in (int(count) for count in args.writers.split(",")):
                parts = []
                for part in range(writers):
                    path = folder / f"part{writers}-{part}.jsonl"
                    path.write_text("".join(json.dumps({"id": item["id"], "text": item["text"]}) + "\n"
                                            for item in items[part::writers]))
                    parts.append(path)
                url = empty_store(store, folder, f"{writers}")
                seconds = run(url, parts)
                stored, f1 = stored_grouping(url, labels)
                rate = stored / seconds
                single_rate = single_rate or rate
                name = "sqlite" if store == "sqlite" else "postgresql"
                print(f"{name:<11} {writers:>7} {seconds:>8.2f} {rate:>10.1f} {rate / single_rate:>6.2f} "
                      f"{stored:>7} {f1:>8.3f}", flush=True)


if __name__ == "__main__":
    main()
