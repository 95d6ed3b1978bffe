"""Many writers on one store, as real processes: overlapping inputs stored once, grouped as one writer would."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from newsfuse.evaluate.data import load_stories
from tests.conftest import ROOT, SHARED_DATA
from tests.store.test_store import count

sys.path.insert(0, str(ROOT / "benchmarks"))
from concurrent_ingest import stored_grouping  # the benchmark's measure: articles listed, B-cubed F1

WRITERS = 4
STORIES = 150  # about 430 Multi-News articles


@pytest.fixture(scope="module")
def stream(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """Shuffled articles of real stories with their true story; writer k gets all but every 4th from k."""
    data = SHARED_DATA / "multinews" / "validation.jsonl.gz"
    if not data.exists():
        pytest.skip("../shared/data is not beside the clone")
    items = [{"id": f"{label}-{number}", "text": document.content, "label": label}
             for label, story in enumerate(load_stories(str(data), limit=STORIES))
             for number, document in enumerate(story.documents)]
    random.Random(1).shuffle(items)
    folder = tmp_path_factory.mktemp("stream")

    def write(name: str, chosen: list[dict]) -> None:
        (folder / name).write_text("".join(json.dumps({"id": item["id"], "text": item["text"]}) + "\n"
                                           for item in chosen))

    write("all.jsonl", items)
    for writer in range(WRITERS):
        share = [item for position, item in enumerate(items) if position % WRITERS != writer]
        random.Random(writer).shuffle(share)
        write(f"writer{writer}.jsonl", share)
    return folder, {item["id"]: item["label"] for item in items}


def ingest(path: Path, url: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "newsfuse", "ingest", str(path), "--db", url],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())


def fresh_copy(url: str, tmp_path: Path) -> str:
    """A second, empty database of the same kind for the single-writer run."""
    if url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'single.db'}"
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP SCHEMA IF EXISTS single CASCADE")
        connection.execute("CREATE SCHEMA single")
    return url + "?options=-csearch_path%3Dsingle"


def test_writers_on_overlapping_inputs_store_each_article_once_and_group_as_one_writer(
        db_url: str, tmp_path: Path, stream: tuple[Path, dict[str, int]]) -> None:
    folder, labels = stream
    single_url = fresh_copy(db_url, tmp_path)
    single = ingest(folder / "all.jsonl", single_url)
    assert single.wait(timeout=600) == 0, single.stderr.read() if single.stderr else ""
    writers = [ingest(folder / f"writer{writer}.jsonl", db_url) for writer in range(WRITERS)]
    results = [(writer.wait(timeout=600), writer.stderr.read() if writer.stderr else "") for writer in writers]
    assert all(code == 0 for code, _ in results), results
    assert all("Traceback" not in stderr and "error" not in stderr for _, stderr in results)

    stored = count(single_url, "SELECT COUNT(*) FROM articles")
    assert count(db_url, "SELECT COUNT(*) FROM articles") == stored
    assert count(db_url, "SELECT COUNT(DISTINCT content_hash) FROM articles") == stored
    single_articles, single_f1 = stored_grouping(single_url, labels)
    many_articles, many_f1 = stored_grouping(db_url, labels)
    assert single_articles == many_articles == stored
    assert abs(many_f1 - single_f1) <= 0.02, (single_f1, many_f1)
