"""The article store: SQLite by default (a file under the data directory), PostgreSQL given a URL;
one schema with migrations.

Every ingested article is one transaction: the article, its story and the term statistics change
together or not at all, so a killed process never leaves half a story. WAL mode lets readers (`stories`,
`brief --story`) work while an ingest runs.

Any number of writers (processes, machines against one PostgreSQL) can ingest at once: a write
transaction holds the database's writer lock, and inside it the writer first checks whether the text
is already stored, then brings its in-memory story index up to the database's current state (reading
only the stories changed since it last looked), and only then decides the story. So every article is
stored once and grouped as a single writer would group it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter, OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from newsfuse.config import Settings
from newsfuse.errors import ExitCode, NewsfuseError
from newsfuse.group.copies import containment, fingerprint
from newsfuse.group.stories import OPEN_STORIES, StoryIndex, StoryState, article_terms
from newsfuse.group.titles import lead_title, story_title
from newsfuse.model import Article
from newsfuse.store.dialects import connect
from newsfuse.store.schema import MIGRATIONS

RECENT_TERMS = 4096  # articles whose terms the store keeps in memory (see Store.recent_terms)
TERMS_FOLDED_TOGETHER = 500  # articles whose logged terms are added to term_counts in one go
ARTICLE_COUNT = "(SELECT COUNT(*) FROM articles WHERE articles.story_id = stories.id)"  # a story's, in SQL
TEXT_FIELDS = ("id", "text", "title", "source", "url", "published", "place", "path")


def default_url() -> str:
    data_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return f"sqlite:///{data_home / 'newsfuse' / 'newsfuse.db'}"


def store_error(error: Exception) -> NewsfuseError:
    """A database driver's error as one line for the user (locked, read-only, full, connection lost)."""
    lines = str(error).strip().splitlines()
    return NewsfuseError(f"database error: {lines[0] if lines else type(error).__name__}", ExitCode.STORE)


@dataclass(frozen=True)
class StoryRow:
    id: int
    title: str
    first_seen: str  # first and latest arrival: publication date, else when it was stored
    last_seen: str
    articles: int
    outlets: int  # distinct outlets named by the articles (0: none named)
    first_published: str  # the earliest and latest publication dates its articles give ('' if none)
    last_published: str
    lead: str = ""  # the first sentence of its first article


@dataclass(frozen=True)
class IngestResult:
    article_id: int
    story_id: int
    status: str  # "stored", "copy" (near-duplicate linked to an earlier article) or "known" (same content)


STORY_ROWS = ("SELECT s.id, s.title, s.first_seen, s.last_seen, COUNT(a.id), COUNT(DISTINCT NULLIF(a.source, '')),"
              " COALESCE(MIN(NULLIF(a.published, '')), ''), COALESCE(MAX(NULLIF(a.published, '')), ''),"
              " (SELECT substr(o.text, 1, 400) FROM articles o WHERE o.story_id = s.id AND o.text <> ''"
              " ORDER BY o.id LIMIT 1) FROM stories s JOIN articles a ON a.story_id = s.id")


def story_row(row: Sequence[Any]) -> StoryRow:
    """A row of STORY_ROWS; the lead is the first sentence of the story's first article."""
    return StoryRow(*row[:8], lead=lead_title(row[8] or "", words=30))


def without_nul(value: str) -> str:
    """PostgreSQL text cannot hold NUL; SQLite can. Dropped on both, so both stores keep the same text."""
    return value.replace("\x00", "")


def content_hash(article: Article) -> str:
    return hashlib.sha256(" ".join(article.text.split()).lower().encode("utf-8")).hexdigest()


def published_time(article: Article) -> datetime | None:
    if article.published:
        try:
            parsed = datetime.fromisoformat(article.published)
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        except ValueError:
            pass
    return None


class Store:
    def __init__(self, url: str, merge_threshold: float = 0.5, create: bool = True) -> None:
        self.connection, self.dialect, self.writers = connect(url, create=create)
        self.merge_threshold = merge_threshold  # centroid cosine at which two open stories become one
        self.migrate()
        self.pending_terms = self.execute("SELECT COUNT(*) FROM pending_terms").fetchone()[0]
        # terms of the articles stored last, by id: the early-piece check reads small stories' articles again and again
        self.recent_terms: OrderedDict[int, Counter[str]] = OrderedDict()

    def close(self) -> None:
        self.connection.close()
        self.writers.close()

    def execute(self, statement: str, parameters: Sequence[Any] = ()) -> Any:
        """Run a statement; text parameters lose NUL characters, so a filter or a value with one means on
        PostgreSQL what it means on SQLite (and what was stored, which never holds one)."""
        parameters = [without_nul(value) if isinstance(value, str) else value for value in parameters]
        try:
            return self.connection.execute(self.dialect.sql(statement), parameters)
        except self.dialect.error as error:
            raise store_error(error) from error

    def insert(self, statement: str, parameters: Sequence[Any]) -> int:
        return int(self.execute(statement + " RETURNING id", parameters).fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.writers:
            yield from self.database_transaction()

    def database_transaction(self) -> Iterator[None]:
        try:
            for statement in self.dialect.begin.split("; "):
                self.connection.execute(statement)
            try:
                yield
            except BaseException:
                self.connection.execute("ROLLBACK")
                raise
            self.connection.execute("COMMIT")
        except self.dialect.error as error:
            raise store_error(error) from error

    def schema_version(self) -> int:
        try:
            return int(self.connection.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0)
        except self.dialect.error:  # a new database
            return 0

    def migrate(self) -> None:
        """Bring the schema up to date; a current store is only read (readers never wait for writers)."""
        if self.schema_version() == len(MIGRATIONS):
            return
        with self.transaction():
            self.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = self.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
            for version, statements in enumerate(MIGRATIONS[current:], start=current + 1):
                for statement in statements:
                    sql = statement[self.dialect.name] if isinstance(statement, dict) else statement
                    self.execute(sql.format(id=self.dialect.id_column, blob=self.dialect.blob_column))
                self.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))

    def load_index(self, settings: Settings, capacity: int = OPEN_STORIES) -> StoryIndex:
        """Term statistics and the most recently active stories (at most `capacity`)."""
        index = StoryIndex(threshold=settings.story_threshold, standout_threshold=settings.standout_threshold,
                           standout_margin=settings.standout_margin, capacity=capacity)
        revision, folds = self.execute("SELECT revision, folds FROM store_state").fetchone()
        last_article = self.execute("SELECT COALESCE(MAX(id), 0) FROM articles").fetchone()[0]
        self.load_terms(index)
        index.synced = (revision, folds, last_article)
        rows = self.execute(f"SELECT id, totals, {ARTICLE_COUNT} FROM stories WHERE merged_into IS NULL"
                            " ORDER BY last_seen DESC, id DESC LIMIT ?", (capacity,)).fetchall()
        for story_id, totals, articles in reversed(rows):  # the most recent last, as ingest leaves them
            index.add(story_id, {}, totals=json.loads(totals), articles=articles)
        return index

    def load_terms(self, index: StoryIndex) -> None:
        """All term statistics, folded and logged."""
        index.document_frequency.clear()
        for term, documents in self.execute("SELECT term, documents FROM term_counts"):
            index.document_frequency[term] = documents
        index.document_frequency.update(self.logged_terms())
        index.documents = self.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        self.pending_terms = self.execute("SELECT COUNT(*) FROM pending_terms").fetchone()[0]

    def sync(self, index: StoryIndex) -> set[int]:
        """Bring the index up to the database's state: what other writers stored since it last looked.
        Returns the stories they changed.

        Called inside the write transaction, so nothing can change between this and the decision.
        Costs one query when nobody else wrote.
        """
        revision, folds = self.execute("SELECT revision, folds FROM store_state").fetchone()
        known_revision, known_folds, last_article = index.synced
        changed: set[int] = set()
        if revision == known_revision:
            return changed
        if folds != known_folds:  # terms logged by others were folded before this writer read them
            self.load_terms(index)
        else:
            for (terms,) in self.execute("SELECT terms FROM pending_terms WHERE article_id > ?", (last_article,)):
                index.learn(terms.split())
            self.pending_terms = self.execute("SELECT COUNT(*) FROM pending_terms").fetchone()[0]
        for story_id, totals, merged_into, articles in self.execute(
                f"SELECT id, totals, merged_into, {ARTICLE_COUNT} FROM stories WHERE revision > ?", (known_revision,)):
            changed.add(story_id)
            if merged_into is not None:
                if story_id in index.stories:
                    index.remove(story_id)
                continue
            index.add(story_id, {}, totals=json.loads(totals), articles=articles)
        last_article = self.execute("SELECT COALESCE(MAX(id), 0) FROM articles").fetchone()[0]
        index.synced = (revision, folds, last_article)
        return changed

    def ingest(self, article: Article, index: StoryIndex, now: datetime) -> IngestResult:
        """Store one article and assign it to a story, in one transaction; re-ingesting is a no-op.

        The check for a stored copy of the text and the story decision are made inside the transaction,
        against the database as it is then, so concurrent writers neither store a text twice nor group
        against stale stories. The costly scoring against candidate stories is done before the writer
        lock is taken; inside, only the stories other writers changed meanwhile are scored again.
        """
        article = replace(article, **{name: without_nul(getattr(article, name)) for name in TEXT_FIELDS})
        digest = content_hash(article)
        published = published_time(article)
        seen = published or now
        terms = article_terms(article.title, article.text)
        grams = fingerprint(article.text)
        weights = index.weights(terms)
        scores = index.scores(weights, index.candidates(weights))
        saved: dict[int, StoryState] = {}
        pending, synced = self.pending_terms, index.synced
        opened: int | None = None
        try:
            with self.transaction():
                known = self.execute("SELECT id, story_id, external_id FROM articles WHERE content_hash = ?",
                                     (digest,)).fetchone()
                if known:
                    if known[2] != article.id:  # the same text under another id: that id is listed too
                        self.execute("INSERT INTO article_aliases (external_id, article_id) VALUES (?, ?)"
                                     " ON CONFLICT DO NOTHING", (article.id, known[0]))
                    return IngestResult(known[0], known[1], "known")
                changed = self.sync(index)
                scores = {story_id: score for story_id, score in scores.items() if story_id not in changed}
                scores.update(index.scores(weights, changed))
                pending = self.pending_terms
                matches = index.ranked(scores)
                story_id = matches[0] if matches else None
                saved = index.snapshot(matches)  # what this article can change
                revision = self.next_revision()
                if story_id is None:
                    story_id = opened = self.insert(
                        "INSERT INTO stories (title, first_seen, last_seen, totals) VALUES (?, ?, ?, '{}')",
                        (article.title, seen.isoformat(), seen.isoformat()))
                copy_of = self.find_copy(story_id, grams)
                article_id = self.insert(
                    "INSERT INTO articles (external_id, content_hash, story_id, copy_of, title, source, url, published,"
                    " place, path, text, seen, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (article.id, digest, story_id, copy_of, article.title, article.source, article.url,
                     article.published, article.place, article.path, "" if copy_of else article.text,
                     seen.isoformat(), now.isoformat()))
                if copy_of is None:
                    self.execute("INSERT INTO fingerprints (article_id, grams) VALUES (?, ?)",
                                 (article_id, grams.tobytes()))
                if self.dialect.name == "sqlite":  # PostgreSQL's search column is computed by the database
                    self.execute("INSERT INTO article_search (rowid, title, source, text) VALUES (?, ?, ?, ?)",
                                 (article_id, article.title, article.source, article.text))
                story = index.add(story_id, weights)
                other = index.merge_candidate(story_id, matches[1:], self.merge_threshold)
                if other is not None:  # the newer story folds into the older, whose id users already know
                    story_id, merged = min(story_id, other), max(story_id, other)
                    story = index.merge(story_id, merged)
                    self.merge_stories(story_id, merged, revision)
                pieces = self.early_pieces(story_id, index)
                saved.update(index.snapshot(pieces))
                for piece in pieces:  # early articles of this story that opened stories of their own
                    story = index.merge(story_id, piece)
                    self.merge_stories(story_id, piece, revision)
                self.execute("UPDATE stories SET last_seen = CASE WHEN last_seen < ? THEN ? ELSE last_seen END,"
                             " first_seen = CASE WHEN first_seen > ? THEN ? ELSE first_seen END,"
                             " totals = ?, briefing = NULL, title = ?, revision = ? WHERE id = ?",
                             (*[seen.isoformat()] * 4, json.dumps(story.totals), self.title_of(story_id, index),
                              revision, story_id))
                self.execute("INSERT INTO pending_terms (article_id, terms) VALUES (?, ?)",
                             (article_id, " ".join(sorted(set(terms)))))
                self.pending_terms += 1
                folded = self.pending_terms >= TERMS_FOLDED_TOGETHER
                if folded:
                    self.fold_terms()
                index.learn(terms)
                index.synced = (revision, index.synced[1] + folded, article_id)
        except BaseException:  # the database rolled the article back: the in-memory index follows
            index.restore(saved, opened)
            self.pending_terms, index.synced = pending, synced
            raise
        self.remember_terms(article_id, terms)  # only once committed: a rolled-back id may be given out again
        return IngestResult(article_id, story_id, "copy" if copy_of else "stored")

    def remember_terms(self, article_id: int, terms: Counter[str]) -> None:
        self.recent_terms[article_id] = terms
        if len(self.recent_terms) > RECENT_TERMS:
            self.recent_terms.popitem(last=False)

    def early_pieces(self, story_id: int, index: StoryIndex) -> list[int]:
        """Small stories that are early pieces of this one (`StoryIndex.rejoins`), judged by their articles'
        own weights (read back from their text: only the few stories whose centroid already matches)."""
        found = []
        for piece in index.pieces(story_id):
            members = [index.weights(self.terms_of(article_id)) for (article_id,) in self.execute(
                "SELECT id FROM articles WHERE story_id = ? AND copy_of IS NULL", (piece,))]
            if index.rejoins(members, piece, story_id):
                found.append(piece)
        return found

    def terms_of(self, article_id: int) -> Counter[str]:
        """An article's terms: from memory when it was stored lately, else read back from its text."""
        terms = self.recent_terms.get(article_id)
        if terms is None:
            title, text = self.execute("SELECT title, text FROM articles WHERE id = ?", (article_id,)).fetchone()
            terms = article_terms(title, text)
        return terms

    def next_revision(self) -> int:
        return int(self.execute("UPDATE store_state SET revision = revision + 1 RETURNING revision").fetchone()[0])

    def title_of(self, story_id: int, index: StoryIndex) -> str:
        """The story's title as it stands with its latest articles (see group.titles)."""
        rows = self.execute("SELECT title, substr(text, 1, 400) FROM articles WHERE story_id = ?"
                            " ORDER BY id DESC LIMIT 20", (story_id,)).fetchall()
        centroid = index.centroids.get(story_id, {})
        return story_title([title for title, _ in reversed(rows)], [lead for _, lead in reversed(rows)], centroid)

    def merge_stories(self, into: int, merged: int, revision: int) -> None:
        """Move a story's articles into another; its id (and ids merged into it) now answer as that one."""
        self.execute("UPDATE articles SET story_id = ? WHERE story_id = ?", (into, merged))
        self.execute("UPDATE stories SET merged_into = ?, briefing = NULL, revision = ?"
                     " WHERE id = ? OR merged_into = ?", (into, revision, merged, merged))
        self.execute("UPDATE stories SET first_seen = (SELECT MIN(seen) FROM articles WHERE story_id = ?),"
                     " last_seen = (SELECT MAX(seen) FROM articles WHERE story_id = ?) WHERE id = ?",
                     (into, into, into))

    def fold_terms(self) -> None:
        """Add the logged terms of recent articles to term_counts and clear the log (inside a transaction).

        Done for many articles at once, each term's row is written once however many of them use it.
        """
        counts = self.logged_terms()
        self.connection.cursor().executemany(
            self.dialect.sql("INSERT INTO term_counts (term, documents) VALUES (?, ?) "
                             "ON CONFLICT (term) DO UPDATE SET documents = term_counts.documents + ?"),
            [(term, count, count) for term, count in sorted(counts.items())])
        self.execute("DELETE FROM pending_terms")
        self.execute("UPDATE store_state SET folds = folds + 1")
        self.pending_terms = 0

    def logged_terms(self) -> Counter[str]:
        """In how many logged (not yet folded) articles each term occurs."""
        return Counter(term for (terms,) in self.execute("SELECT terms FROM pending_terms") for term in terms.split())

    def find_copy(self, story_id: int, grams: np.ndarray, threshold: float = 0.8) -> int | None:
        """A recent article of the story that this one nearly repeats (wire copy): linked, text not kept.

        Only the story's latest articles are compared, by their stored fingerprints, as copies of a wire
        story arrive close together; this keeps ingest cost flat however large a story grows.
        """
        if not len(grams):
            return None
        for other_id, stored, text in self.execute(  # articles stored before fingerprints were kept: their text
                "SELECT a.id, f.grams, CASE WHEN f.grams IS NULL THEN a.text END FROM articles a"
                " LEFT JOIN fingerprints f ON f.article_id = a.id WHERE a.story_id = ? AND a.copy_of IS NULL"
                " ORDER BY a.id DESC LIMIT 20", (story_id,)):
            other = np.frombuffer(stored, dtype=np.uint32) if stored is not None else fingerprint(text)
            if containment(grams, other) >= threshold:
                return other_id
        return None

    def stories(self, since: str = "", query: str = "", outlet: str = "", limit: int | None = None,
                after: tuple[str, int] | None = None) -> list[StoryRow]:
        """Live stories, the one with the latest article first: those with an article dated on or after
        `since`, with an article matching the full-text `query` or from `outlet`; `after` is the
        (last_seen, id) of the previous page's last story."""
        conditions, parameters = ["s.merged_into IS NULL", "s.last_seen >= ?"], [since]
        if query.strip():
            conditions.append(f"s.id IN (SELECT story_id FROM articles WHERE id IN ({self.dialect.search}))")
            parameters.append(self.dialect.search_terms(query))
        if outlet:
            conditions.append("s.id IN (SELECT story_id FROM articles WHERE source = ?)")
            parameters.append(outlet)
        if after:
            conditions.append("(s.last_seen < ? OR (s.last_seen = ? AND s.id < ?))")
            parameters.extend([after[0], after[0], after[1]])
        rows = self.execute(
            f"{STORY_ROWS} WHERE {' AND '.join(conditions)} GROUP BY s.id ORDER BY s.last_seen DESC, s.id DESC"
            + (f" LIMIT {int(limit)}" if limit else ""), parameters)
        return [story_row(row) for row in rows]

    def story(self, story_id: int) -> StoryRow:
        """One live story (a merged id answers as the story it was merged into)."""
        return story_row(self.execute(f"{STORY_ROWS} WHERE s.id = ? GROUP BY s.id",
                                      (self.resolve(story_id),)).fetchone())

    def story_version(self, story_id: int) -> tuple[int, int]:
        """(live story id, its revision): a briefing computed for it stays right while both stay the same."""
        live = self.resolve(story_id)
        return live, int(self.execute("SELECT revision FROM stories WHERE id = ?", (live,)).fetchone()[0])

    def article(self, stored_id: int) -> tuple[Article, int, int | None]:
        """A stored article (a linked copy with its original's text), its story and what it copies."""
        row = self.execute(
            "SELECT a.external_id, COALESCE(NULLIF(a.text, ''), o.text), a.title, a.source, a.url, a.published,"
            " a.place, a.path, a.story_id, a.copy_of FROM articles a LEFT JOIN articles o ON o.id = a.copy_of"
            " WHERE a.id = ?", (stored_id,)).fetchone()
        if row is None:
            raise NewsfuseError(f"no article {stored_id} in the store", ExitCode.NOT_FOUND)
        article = Article(id=row[0], text=row[1], title=row[2], source=row[3], url=row[4], published=row[5],
                          place=row[6], path=row[7])
        return article, self.resolve(row[8]), row[9]

    def feed_state(self, url: str) -> tuple[str, str]:
        """(ETag, Last-Modified) of a feed's last answer, for a conditional GET."""
        row = self.execute("SELECT etag, last_modified FROM feeds WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row else ("", "")

    def save_feed_state(self, url: str, etag: str, last_modified: str, error: str = "") -> None:
        with self.transaction():
            self.execute(
                "INSERT INTO feeds (url, etag, last_modified, polled_at, failures, last_error)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET polled_at = excluded.polled_at,"
                " last_error = excluded.last_error,"
                " etag = CASE WHEN excluded.last_error = '' THEN excluded.etag ELSE feeds.etag END,"
                " last_modified = CASE WHEN excluded.last_error = '' THEN excluded.last_modified"
                " ELSE feeds.last_modified END,"
                " failures = CASE WHEN excluded.last_error = '' THEN 0 ELSE feeds.failures + 1 END",
                (url, etag, last_modified, datetime.now(UTC).isoformat(), 0 if not error else 1, error))

    def unseen(self, urls: Sequence[str]) -> list[str]:
        """The URLs (feed items) neither stored as an article id nor given up on, in the order given."""
        known: set[str] = set()
        for start in range(0, len(urls), 500):
            chunk = list(urls[start:start + 500])
            marks = ", ".join("?" * len(chunk))
            known.update(url for (url,) in self.execute(
                f"SELECT external_id FROM articles WHERE external_id IN ({marks})"
                f" UNION SELECT url FROM feed_items WHERE url IN ({marks})", chunk + chunk))
        return [url for url in dict.fromkeys(urls) if url not in known]

    def give_up(self, url: str, status: str, detail: str) -> None:
        """A feed item not to fetch again: its page is gone, too large, not HTML, not English, empty."""
        with self.transaction():
            self.execute("INSERT INTO feed_items (url, status, detail, at) VALUES (?, ?, ?, ?)"
                         " ON CONFLICT (url) DO NOTHING",
                         (url, status, detail[:500], datetime.now(UTC).isoformat()))

    def outlets(self, limit: int = 500) -> list[str]:
        return [name for (name,) in self.execute(
            "SELECT DISTINCT source FROM articles WHERE source <> '' ORDER BY source LIMIT ?", (limit,))]

    def story_articles(self, story_id: int) -> list[tuple[int, Article, int | None]]:
        """(stored id, article, copy_of) for a story; a linked copy carries the text of its original."""
        rows = self.execute(
            "SELECT a.id, a.external_id, COALESCE(NULLIF(a.text, ''), o.text), a.title, a.source, a.url,"
            " a.published, a.place, a.path, a.copy_of FROM articles a LEFT JOIN articles o ON o.id = a.copy_of"
            " WHERE a.story_id = ? ORDER BY a.seen, a.id", (story_id,)).fetchall()
        return [(row[0], Article(id=row[1], text=row[2], title=row[3], source=row[4], url=row[5], published=row[6],
                                 place=row[7], path=row[8]), row[9]) for row in rows]

    def aliases(self, story_id: int) -> list[tuple[str, int]]:
        """(id, stored id) of ids that arrived with a text already stored under another id."""
        return [(alias, article_id) for alias, article_id in self.execute(
            "SELECT l.external_id, l.article_id FROM article_aliases l JOIN articles a ON a.id = l.article_id"
            " WHERE a.story_id = ? ORDER BY l.article_id, l.external_id", (story_id,))]

    def resolve(self, story_id: int) -> int:
        """The live story an id stands for: a story merged into another answers as that one."""
        row = self.execute("SELECT merged_into FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            raise NewsfuseError(f"no story {story_id} in the store", ExitCode.NOT_FOUND)
        return row[0] or story_id

    def cached_briefing(self, story_id: int) -> str | None:
        return self.execute("SELECT briefing FROM stories WHERE id = ?", (self.resolve(story_id),)).fetchone()[0]

    def save_briefing(self, story_id: int, briefing_json: str, latest_article: int) -> None:
        """Cache a briefing unless an article arrived since it was computed (then it stays stale)."""
        with self.transaction():
            self.execute("UPDATE stories SET briefing = ? WHERE id = ? AND"
                       " (SELECT MAX(id) FROM articles WHERE story_id = ?) = ?",
                       (briefing_json, story_id, story_id, latest_article))
