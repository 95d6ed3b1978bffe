"""A stored story's briefing, cached in the store until the story changes (shared by the CLI and the web app)."""

from __future__ import annotations

import json

from newsfuse.config import Settings
from newsfuse.model import Briefing
from newsfuse.store import Store


def stored_briefing(store: Store, story_id: int, settings: Settings) -> Briefing:
    """From the cache, or computed and cached if the story (or the requested word budget, or whether
    analysis is wanted) changed since."""
    from newsfuse.pipeline import brief
    from newsfuse.render.json import briefing_from_dict

    story_id = store.resolve(story_id)
    cached = store.cached_briefing(story_id)
    if cached:
        data = json.loads(cached)
        same_budget = not settings.words or data["words"] == settings.words
        same_parts = (data.get("analysis") is None) == (settings.analysis_words == 0)
        if same_budget and same_parts:  # else cached for another budget or with(out) analysis: redo
            return briefing_from_dict(data)
    rows = store.story_articles(story_id)
    briefing = brief([article for _, article, _ in rows], settings=settings)
    store.save_briefing(story_id, briefing.to_json(indent=None), latest_article=max(row[0] for row in rows))
    return briefing
