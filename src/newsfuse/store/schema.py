"""The store's schema as numbered migrations; a database records the last one applied.

`{id}` stands for the dialect's auto-numbered primary key, `{blob}` for its type of raw bytes; a
statement given as a dict differs by dialect ("sqlite", "postgresql").
"""

MIGRATIONS: list[list[str | dict[str, str]]] = [
    [
        """CREATE TABLE stories (
            id {id},
            title TEXT NOT NULL DEFAULT '',
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            last_dated TEXT,
            totals TEXT NOT NULL,
            briefing TEXT
        )""",
        """CREATE TABLE articles (
            id {id},
            external_id TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            story_id INTEGER NOT NULL REFERENCES stories(id),
            copy_of INTEGER REFERENCES articles(id),
            title TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            path TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            seen TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        )""",
        "CREATE INDEX articles_by_story ON articles(story_id)",
        "CREATE INDEX stories_by_last_seen ON stories(last_seen)",
        "CREATE TABLE term_counts (term TEXT PRIMARY KEY, documents INTEGER NOT NULL)",
    ],
    [
        "ALTER TABLE stories ADD COLUMN merged_into INTEGER REFERENCES stories(id)",
    ],
    [  # word 5-gram hashes (group.copies.fingerprint), so finding a copy need not re-read and re-split texts;
       # a table of their own, as SQLite reads a column stored after a long text by walking the text's pages
        "CREATE TABLE fingerprints (article_id INTEGER PRIMARY KEY REFERENCES articles(id), grams {blob} NOT NULL)",
    ],
    [  # each article's terms, appended; folded into term_counts in bulk (Store.fold_terms), because updating
       # hundreds of scattered term_counts rows per article made each commit cost more as the vocabulary grew
        "CREATE TABLE pending_terms (article_id INTEGER PRIMARY KEY REFERENCES articles(id), terms TEXT NOT NULL)",
    ],
    [  # many writers: each write transaction bumps the revision and stamps the stories it changed, so a
       # writer brings its in-memory index up to date by reading only what changed since it last looked;
       # `folds` tells it that logged terms it has not read were folded into term_counts
        "CREATE TABLE store_state (id INTEGER PRIMARY KEY, revision INTEGER NOT NULL, folds INTEGER NOT NULL)",
        "INSERT INTO store_state (id, revision, folds) VALUES (1, 0, 0)",
        "ALTER TABLE stories ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
        "CREATE INDEX stories_by_revision ON stories(revision)",
    ],
    [  # full-text search over articles, in the database itself: SQLite FTS5 (contentless: only rowids are
       # looked up; filled as articles are stored) and a PostgreSQL tsvector kept by the database
        {"sqlite": "CREATE VIRTUAL TABLE article_search USING fts5(title, source, text, content='')",
         "postgresql": "ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english',"
                       " title || ' ' || source || ' ' || left(text, 200000))) STORED"},
        {"sqlite": "INSERT INTO article_search (rowid, title, source, text)"
                   " SELECT id, title, source, text FROM articles",
         "postgresql": "CREATE INDEX articles_search ON articles USING GIN (search)"},
        "CREATE INDEX articles_by_source ON articles(source)",
    ],
    [  # feeds being watched (for conditional GET) and feed items that will not be fetched again
        "CREATE TABLE feeds (url TEXT PRIMARY KEY, etag TEXT NOT NULL DEFAULT '', last_modified TEXT NOT NULL"
        " DEFAULT '', polled_at TEXT NOT NULL DEFAULT '', failures INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL"
        " DEFAULT '')",
        "CREATE TABLE feed_items (url TEXT PRIMARY KEY, status TEXT NOT NULL, detail TEXT NOT NULL, at TEXT NOT NULL)",
        "CREATE INDEX articles_by_external_id ON articles(external_id)",
    ],
    [  # ids that arrived with a text already stored under another id, so every id given is listed
        "CREATE TABLE article_aliases (external_id TEXT NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id),"
        " PRIMARY KEY (external_id, article_id))",
    ],
]
