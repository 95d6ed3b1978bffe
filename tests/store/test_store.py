from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsfuse.config import Settings
from newsfuse.model import Article
from newsfuse.store import Store

GROUPING = Settings(story_threshold=0.3, standout_threshold=0.3)  # tests' short texts share more words
TOPICS = {
    "dam": "A dam burst in the northern valley and flooded villages; rescue teams used boats to reach residents "
           "while engineers inspected the damaged dam wall and the governor declared an emergency.",
    "vote": "Parliament approved the transport budget with new buses and an airport tram line; opposition "
            "lawmakers criticised the costs and the minister defended the tram plan.",
    "match": "The football club won the cup final with a late goal; the striker scored twice and the coach "
             "praised the defence after the match in the stadium.",
}


def article(topic: str, number: int, published: str = "") -> Article:
    extra = f" Report {number} adds detail number {number * 7} about the {topic} story, with new remarks."
    return Article(id=f"{topic}-{number}", text=TOPICS[topic] + extra, title=f"{topic} report {number}",
                   source=f"Outlet {number % 3}", published=published)


@pytest.fixture
def store(db_url: str) -> Store:
    opened = Store(db_url)
    yield opened
    opened.close()


def count(url: str, query: str) -> int:
    opened = Store(url)
    try:
        return int(opened.execute(query).fetchone()[0])
    finally:
        opened.close()


def ingest_all(store: Store, articles: list[Article]) -> list[str]:
    index = store.load_index(GROUPING)
    return [store.ingest(item, index, datetime.now(UTC)).status for item in articles]


def test_term_statistics_survive_reopening_before_and_after_they_are_folded(
        db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsfuse.store

    monkeypatch.setattr(newsfuse.store, "TERMS_FOLDED_TOGETHER", 4)  # 7 articles: one fold, 3 left in the log
    writer = Store(db_url)
    index = writer.load_index(GROUPING)
    for number in range(7):
        writer.ingest(article(list(TOPICS)[number % 3], number), index, datetime.now(UTC))
    writer.close()
    reader = Store(db_url)
    try:
        reopened = reader.load_index(GROUPING)
        assert reader.pending_terms == 3
        assert reopened.document_frequency == index.document_frequency
        assert reopened.documents == index.documents == 7
    finally:
        reader.close()


def test_a_failed_ingest_leaves_the_in_memory_index_as_the_database(
        db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(db_url)
    index = store.load_index(GROUPING)
    for number in range(3):
        store.ingest(article("dam", number), index, datetime.now(UTC))
    before = {story_id: dict(story.totals) for story_id, story in index.stories.items()}

    def fail() -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "fold_terms", fail)
    monkeypatch.setattr(store, "pending_terms", 10**6)  # the next article's last step fails
    for arrival in (article("dam", 3), article("vote", 1)):  # one joins a story, one would open a story
        with pytest.raises(RuntimeError):
            store.ingest(arrival, index, datetime.now(UTC))
    assert {story_id: story.totals for story_id, story in index.stories.items()} == before
    assert set(index.centroids) == set(before)
    assert {story_id for ids in index.by_term.values() for story_id in ids} == set(before)
    assert store.pending_terms == 10**6
    store.close()
    assert count(db_url, "SELECT COUNT(*) FROM articles") == 3


def test_interleaved_articles_are_grouped_into_their_stories(store: Store) -> None:
    arrivals = [article(topic, number) for number in range(4) for topic in TOPICS]
    assert ingest_all(store, arrivals) == ["stored"] * len(arrivals)
    stories = store.stories()
    assert sorted(row.articles for row in stories) == [4, 4, 4]
    for row in stories:
        ids = {stored.id.split("-")[0] for _, stored, _ in store.story_articles(row.id)}
        assert len(ids) == 1
        assert row.outlets == 3


def test_reingest_is_a_no_op_and_near_copies_are_linked(store: Store) -> None:
    original = article("dam", 1)
    copy = Article(id="dam-copy", text=original.text + " Updated.", title="Dam copy")
    assert ingest_all(store, [original, original, copy]) == ["stored", "known", "copy"]
    rows = store.story_articles(store.stories()[0].id)
    assert [stored.id for _, stored, _ in rows] == ["dam-1", "dam-copy"]
    assert rows[0][2] is None and rows[1][2] == rows[0][0]
    assert rows[1][1].text == original.text  # a linked copy reads its original's text


def test_copies_of_articles_stored_before_fingerprints_were_kept_are_found(store: Store) -> None:
    original = article("vote", 1)
    index = store.load_index(GROUPING)
    store.ingest(original, index, datetime.now(UTC))
    store.execute("DELETE FROM fingerprints")  # as in a store written by a version without them
    copy = Article(id="vote-copy", text="Breaking: " + original.text, title="Vote copy")
    assert store.ingest(copy, index, datetime.now(UTC)).status == "copy"


def test_a_follow_up_months_later_rejoins_its_story_and_the_dates_show_the_gap(store: Store) -> None:
    ingest_all(store, [article("dam", 1, "2020-01-01"), article("vote", 1, "2020-01-02"),
                       article("dam", 2, "2020-03-01")])
    dam = next(row for row in store.stories() if row.articles == 2)
    assert (dam.first_published, dam.last_published) == ("2020-01-01", "2020-03-01")
    assert dam.first_seen.startswith("2020-01-01") and dam.last_seen.startswith("2020-03-01")


def test_reopening_keeps_the_most_recently_active_stories_findable(db_url: str) -> None:
    writer = Store(db_url)
    ingest_all(writer, [article("dam", 1, "2020-01-01"), article("vote", 1, "2020-02-01"),
                        article("match", 1, "2020-03-01")])
    index = writer.load_index(GROUPING, capacity=2)
    stored = {row.title.split()[0]: row.id for row in writer.stories()}
    assert list(index.stories) == [stored["vote"], stored["match"]]  # least recently active first
    index.add(stored["vote"], {})  # touched: now the dam story's successor is the oldest
    index.capacity = 1
    index.evict()
    assert list(index.stories) == [stored["vote"]]
    writer.close()


def test_the_index_survives_reopening(db_url: str) -> None:
    url = db_url
    first = Store(url)
    ingest_all(first, [article("vote", 1)])
    first.close()
    second = Store(url)
    ingest_all(second, [article("vote", 2)])
    assert [row.articles for row in second.stories()] == [2]
    second.close()


def test_cached_briefing_is_dropped_when_the_story_changes(store: Store) -> None:
    ingest_all(store, [article("dam", 1)])
    story = store.stories()[0].id
    store.save_briefing(story, '{"cached": true}', latest_article=1)
    assert store.cached_briefing(story) == '{"cached": true}'
    ingest_all(store, [article("dam", 2)])
    assert store.cached_briefing(story) is None
    store.save_briefing(story, '{"late": true}', latest_article=1)  # computed before article 2 arrived
    assert store.cached_briefing(story) is None


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsfuse", *args], capture_output=True, text=True, timeout=120)


def test_cli_ingest_stories_and_cached_brief(db_url: str, example_dir: Path) -> None:
    db = db_url
    assert run_cli("ingest", str(example_dir), "--db", db).returncode == 0
    again = run_cli("ingest", str(example_dir), "--db", db)
    assert "already stored" in again.stderr
    listed = [json.loads(line) for line in run_cli("stories", "--format", "json", "--db", db).stdout.splitlines()]
    assert len(listed) == 1 and listed[0]["articles"] == 5
    assert sorted(item["id"] for item in listed[0]["article_list"]) == sorted(p.stem for p in example_dir.glob("*"))
    first = run_cli("brief", "--story", str(listed[0]["id"]), "--format", "json", "--db", db)
    second = run_cli("brief", "--story", str(listed[0]["id"]), "--format", "json", "--db", db)
    assert first.returncode == 0 and first.stdout == second.stdout and json.loads(first.stdout)["summary"]
    shorter = run_cli("brief", "--story", str(listed[0]["id"]), "--format", "json", "--words", "40", "--db", db)
    data = json.loads(shorter.stdout)
    assert data["words"] == 40 and sum(len(s["text"].split()) for s in data["summary"]) <= 40
    assert json.loads(first.stdout)["analysis"]["quotes"]
    plain = run_cli("brief", "--story", str(listed[0]["id"]), "--format", "json", "--no-analysis", "--db", db)
    assert json.loads(plain.stdout)["analysis"] is None
    analysed = run_cli("brief", "--story", str(listed[0]["id"]), "--format", "json", "--db", db)
    assert json.loads(analysed.stdout)["analysis"]["quotes"]  # not the cached briefing without analysis
    assert run_cli("brief", "--story", "999", "--db", db).returncode == 3


def test_kill_9_during_ingest_loses_nothing_reported_and_leaves_no_half_story(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "stream"
    folder.mkdir()
    total = 2000
    for number in range(total):
        topic = list(TOPICS)[number % 3]
        item = article(topic, number)
        (folder / f"{number:04}.json").write_text(json.dumps({"id": item.id, "text": item.text,
                                                              "title": item.title}))
    env = {**os.environ, "NEWSFUSE_DB": db_url}
    Store(db_url).close()  # schema in place before the reader starts
    process = subprocess.Popen([sys.executable, "-m", "newsfuse", "ingest", str(folder)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and count(db_url, "SELECT COUNT(*) FROM articles") < 20:
        time.sleep(0.05)
    listing = subprocess.run([sys.executable, "-m", "newsfuse", "stories", "--format", "json"], env=env,
                             capture_output=True, text=True, timeout=60)  # a reader while ingest writes
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert listing.returncode == 0 and listing.stdout.strip()
    if db_url.startswith("sqlite"):
        with sqlite3.connect(db_url.removeprefix("sqlite:///")) as check:
            assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    before = count(db_url, "SELECT COUNT(*) FROM articles")
    assert 0 < before < total
    assert count(db_url, "SELECT COUNT(*) FROM stories s WHERE NOT EXISTS "
                         "(SELECT 1 FROM articles a WHERE a.story_id = s.id)") == 0
    finished = subprocess.run([sys.executable, "-m", "newsfuse", "ingest", str(folder)], env=env,
                              capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0 and f"{before} already stored" in finished.stderr
    assert count(db_url, "SELECT COUNT(*) FROM articles") == total


def test_stories_that_turn_out_to_be_one_are_merged_and_old_ids_follow(db_url: str) -> None:
    store = Store(db_url, merge_threshold=0.5)
    try:
        index = store.load_index(Settings(story_threshold=0.999, standout_threshold=0.999))  # each article: a story
        first = store.ingest(article("dam", 1), index, datetime.now(UTC))
        second = store.ingest(article("dam", 2), index, datetime.now(UTC))
        assert second.story_id != first.story_id
        index.threshold = 0.3  # a third report matches both: it joins one, and the two become one story
        third = store.ingest(article("dam", 3), index, datetime.now(UTC))
        assert third.story_id == first.story_id and store.resolve(second.story_id) == first.story_id
        assert [row.articles for row in store.stories()] == [3]
        other = store.ingest(article("match", 3), index, datetime.now(UTC))
        assert store.resolve(other.story_id) != first.story_id
    finally:
        store.close()


def test_an_early_article_rejoins_its_story_once_the_story_has_grown(store: Store) -> None:
    texts = ["The dam above Marlow burst on Monday and water flooded the valley villages.",
             "Engineers had warned of cracks in the reservoir wall, an inspection report shows.",
             "The Marlow dam burst on Monday, flooding valley villages; engineers had warned of cracks.",
             "Engineers had warned of cracks in the reservoir wall of the Marlow dam, an inspection report shows, "
             "before it burst and flooded valley villages."]
    dates = ["2020-03-02", "2020-02-20", "2020-03-03", "2020-03-04"]
    store.merge_threshold = 1.1  # no merge of two stories one article matches: only the stray rule can join them
    index = store.load_index(GROUPING)
    found = [store.ingest(Article(id=f"dam-{number}", text=text, published=published), index,
                          datetime.now(UTC)).story_id
             for number, (text, published) in enumerate(zip(texts, dates, strict=True))]
    assert found[1] != found[0]  # at first the engineers' warning shares nothing with the story
    assert {store.resolve(story_id) for story_id in found} == {found[0]}
    (story,) = store.stories()
    assert story.articles == 4 and story.first_seen.startswith("2020-02-20")  # the early article's date counts
    assert store.load_index(GROUPING).stories[story.id].articles == 4  # a reopened store knows the story's size


def test_stories_since_lists_only_recent_ones(store: Store) -> None:
    ingest_all(store, [article("dam", 1, "2020-01-01"), article("vote", 2, "2021-06-01")])
    assert [row.title for row in store.stories(since="2021-01-01")] == ["vote report 2"]
    assert len(store.stories()) == 2


def test_bad_input_to_ingest_is_reported_and_loses_nothing_stored(db_url: str, example_dir: Path,
                                                                  tmp_path: Path) -> None:
    assert run_cli("ingest", str(example_dir), "--db", db_url).returncode == 0
    before = count(db_url, "SELECT COUNT(*) FROM articles")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "image.txt").write_bytes(b"\x00\x01binary" * 50)
    (bad / "broken.json").write_text("{not json")
    (bad / "french.txt").write_text("Le gouvernement a annoncé mardi une nouvelle réforme des retraites, qui sera "
                                    "présentée au parlement la semaine prochaine selon le ministre du travail.")
    only_bad = run_cli("ingest", str(bad), "--db", db_url)
    assert only_bad.returncode == 5 and "Traceback" not in only_bad.stderr  # mixed problems: no usable text
    assert only_bad.stderr.count("warning") == 3
    (bad / "good.txt").write_text("The harbour bridge reopened on Monday after two years of repairs, officials "
                                  "said. Traffic was light in the morning, and the repairs cost $40 million.")
    mixed = run_cli("ingest", str(bad), "--db", db_url)
    assert mixed.returncode == 0 and "1 articles stored" in mixed.stderr
    assert count(db_url, "SELECT COUNT(*) FROM articles") == before + 1


def test_a_store_that_refuses_writes_is_one_line_and_exit_code_7_and_loses_nothing(db_url: str) -> None:
    from newsfuse.errors import ExitCode, NewsfuseError

    store = Store(db_url)
    index = store.load_index(GROUPING)
    store.ingest(article("dam", 1), index, datetime.now(UTC))
    store.execute("PRAGMA query_only = ON" if db_url.startswith("sqlite") else
                  "SET default_transaction_read_only = on")  # as a read-only file or a standby server would
    with pytest.raises(NewsfuseError) as refused:
        store.ingest(article("dam", 2), index, datetime.now(UTC))
    store.close()
    assert refused.value.code == ExitCode.STORE and "read" in str(refused.value).lower()
    assert "\n" not in str(refused.value)
    assert count(db_url, "SELECT COUNT(*) FROM articles") == 1


def test_a_file_that_is_not_a_database_is_reported_with_exit_code_7(tmp_path: Path, example_dir: Path) -> None:
    damaged = tmp_path / "news.db"
    damaged.write_bytes(b"this is not an SQLite file" * 100)
    for command in (("ingest", str(example_dir)), ("stories",)):
        result = run_cli(*command, "--db", f"sqlite:///{damaged}")
        assert result.returncode == 7 and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "not a database" in result.stderr


def test_nul_bytes_in_fields_are_stored_alike_on_both_stores_and_stop_nothing(store: Store) -> None:
    poisoned = Article(id="dam-\x00-1", text=TOPICS["dam"] + " More\x00 detail.", title="Dam\x00 report",
                       source="Outlet\x00 One", url="https://example.org/\x00a")
    assert ingest_all(store, [poisoned, article("vote", 2)]) == ["stored", "stored"]
    stored = {item.id: item for _, item, _ in store.story_articles(store.stories()[-1].id)}
    assert "dam--1" in stored and stored["dam--1"].source == "Outlet One" and "\x00" not in stored["dam--1"].text
    assert [row.id for row in store.stories(outlet="Outlet\x00 One", query="dam\x00")] == [store.resolve(
        store.stories(outlet="Outlet One")[0].id)]  # a filter with NUL means what it means without


def test_a_plain_path_is_a_sqlite_store_and_readers_refuse_a_missing_one(tmp_path: Path, example_dir: Path) -> None:
    db = tmp_path / "store.db"
    for command in (("stories",), ("brief", "--story", "1")):
        result = run_cli(*command, "--db", str(db))
        assert result.returncode == 3 and "no store at" in result.stderr and "Traceback" not in result.stderr
    assert not db.exists()
    assert run_cli("ingest", str(example_dir), "--db", str(db)).returncode == 0
    assert db.exists() and run_cli("stories", "--db", str(db)).returncode == 0


def test_stories_listing_has_a_header_titles_article_dates_and_its_order(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'news.db'}"
    store = Store(url)
    untitled = [Article(id=f"quake-{number}", text=f"A strong earthquake shook the coastal city of Portoviejo on "
                        f"Sunday, toppling buildings. Rescue teams searched the rubble for survivors {number}.",
                        published="2021-03-0" + str(number)) for number in (1, 2)]
    ingest_all(store, [article("dam", 1, "2020-01-01"), article("dam", 2, "2020-01-02"), *untitled])
    store.close()
    result = run_cli("stories", "--db", url)
    lines = result.stdout.splitlines()
    assert result.returncode == 0 and lines[0].split() == ["story", "articles", "outlets", "published", "title"]
    quake, dam = lines[1], lines[2]  # the story with the latest article first
    assert "2021-03-01 .. 2021-03-02" in quake and "A strong earthquake shook the coastal city" in quake
    assert "2020-01-01 .. 2020-01-02" in dam and "dam report" in dam and " 2 " in dam
    assert "latest article first" in lines[-1]
    assert run_cli("stories", "--since", "notadate", "--db", url).returncode == 2
    assert len(run_cli("stories", "--since", "2021-01-01", "--db", url).stdout.splitlines()) == 3


def test_an_id_that_arrives_with_a_text_already_stored_is_listed_under_its_story(db_url: str,
                                                                                  tmp_path: Path) -> None:
    text = TOPICS["dam"] + " Report one adds a detail about the northern valley."
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "first", "text": text}) + "\n" +
                                         json.dumps({"id": "second", "text": text}) + "\n")
    assert run_cli("ingest", str(tmp_path / "feed.jsonl"), "--db", db_url).returncode == 0
    listed = [json.loads(line) for line in run_cli("stories", "--format", "json", "--db", db_url).stdout.splitlines()]
    ids = {item["id"]: item for story in listed for item in story["article_list"]}
    assert set(ids) == {"first", "second"} and ids["second"]["same_text_as"] == "first"
    assert listed[0]["articles"] == 1  # stored once
