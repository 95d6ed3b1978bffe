"""All settings in one place: defaults here, overridden by NEWSFUSE_* environment variables, then CLI flags."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from newsfuse.errors import ExitCode, NewsfuseError


@dataclass(frozen=True)
class Settings:
    words: int = 0  # summary word budget; 0 means "fit the input"
    max_file_bytes: int = 20_000_000  # larger inputs are refused, not read
    min_sentence_words: int = 4  # shorter sentences are not summary candidates
    max_sentence_words: int = 80  # longer "sentences" are usually run-together text
    max_sentences: int = 6000  # a briefing considers at most this many sentences (each article's first ones)
    copy_threshold: float = 0.5  # shared 5-gram containment above which two articles are copies
    separate_threshold: float = 0.06  # articles no cosine this high links are separate stories (0: never split)
    fact_threshold: float = 0.55  # cosine above which two sentences state the same fact
    redundancy_threshold: float = 0.3  # cosine above which a candidate repeats a chosen sentence (tuned on
    # Multi-News validation: 0.5 left two sentences of one fact in 63% of summaries, 0.3 in 45%, ROUGE +0.1)
    compress: bool = True  # cut newsless spans from summary sentences (select.compress); 0 keeps them whole
    centrality_weight: float = 0.25  # share of plain centrality in the sentence ranking (see select.blend)
    english_min_ratio: float = 0.12  # share of English function words below which text is not English
    db: str = ""  # store URL (sqlite:///path/file.db); empty: the data directory's newsfuse.db
    story_threshold: float = 0.18  # centroid cosine to join a story (tuned: benchmarks/grouping.py)
    standout_threshold: float = 0.12  # ... or lower, for the best story when it stands out from the rest
    standout_margin: float = 0.08  # by this much cosine over the second best (also: an early piece rejoining)
    merge_threshold: float = 0.5  # centroid cosine at which two open stories are merged into one
    progress_seconds: float = 30.0  # off a terminal, long commands log their progress this often
    token: str = ""  # `serve`: bearer token that writes must carry (required off the loopback address)
    max_request_bytes: int = 20_000_000  # `serve`: larger request bodies get 413
    write_rate: float = 50.0  # `serve`: writes a client may make per second (bursts up to twice that); then 429
    fetch_delay: float = 1.0  # `watch`: seconds between two requests to the same host
    fetch_timeout: float = 15.0  # `watch`: seconds to connect, and between bytes of an answer
    fetch_max_bytes: int = 5_000_000  # `watch`: larger pages and feeds are refused
    analysis_words: int = 2500  # quotes, entities, ... read this many words (each article's lead first); 0: off

    def with_overrides(self, **overrides: Any) -> Settings:
        """Return a copy with the given fields replaced, ignoring those left as None."""
        return replace(self, **{key: value for key, value in overrides.items() if value is not None})


def yes(raw: str) -> bool:
    if raw.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if raw.strip().lower() in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(raw)


def settings_from_env(environ: Mapping[str, str] | None = None) -> Settings:
    """Settings with NEWSFUSE_<FIELD> environment variables applied (e.g. NEWSFUSE_WORDS=150)."""
    environ = os.environ if environ is None else environ
    overrides: dict[str, Any] = {}
    for field in fields(Settings):
        raw = environ.get(f"NEWSFUSE_{field.name.upper()}")
        if raw is None:
            continue
        kind = {"int": int, "float": float, "str": str, "bool": yes}[str(field.type)]
        try:
            overrides[field.name] = kind(raw)
        except ValueError as error:
            wanted = "yes or no" if kind is yes else "a number"
            raise NewsfuseError(f"NEWSFUSE_{field.name.upper()} must be {wanted}, got {raw!r}",
                                ExitCode.USAGE) from error
    return Settings().with_overrides(**overrides)
