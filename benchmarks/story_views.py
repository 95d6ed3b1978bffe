"""Evaluation stories read, cleaned and built into the select stage's view, shared by the selector benchmarks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsfuse.clean import clean_all
from newsfuse.config import Settings
from newsfuse.evaluate.data import load_stories
from newsfuse.model import Article
from newsfuse.pipeline import build_story
from newsfuse.select import StoryView


def story_views(path: Path, limit: int, settings: Settings) -> Iterator[tuple[list[Article], StoryView, list[str]]]:
    """Each story with references and at least one fact: its cleaned articles, its view, its references."""
    for story in load_stories(str(path), limit=limit):
        articles, _ = clean_all(story.documents, settings.english_min_ratio)
        if articles and story.references:
            view = build_story(articles, settings)
            if view.facts:
                yield articles, view, story.references
