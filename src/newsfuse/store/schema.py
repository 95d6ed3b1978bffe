"""The store's schema as numbered migrations; a database records the last one applied.

`{id}` stands for the dialect's auto-numbered primary key.
"""

MIGRATIONS: list[list[str]] = [
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
]
