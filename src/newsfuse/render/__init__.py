"""Render stage: Briefing -> text, Markdown, JSON or a self-contained HTML page."""

from __future__ import annotations

from collections.abc import Callable

from newsfuse.model import Briefing
from newsfuse.render.html import render_html
from newsfuse.render.json import render_json
from newsfuse.render.markdown import render_markdown
from newsfuse.render.text import render_text

RENDERERS: dict[str, Callable[[Briefing], str]] = {
    "text": render_text, "markdown": render_markdown, "json": render_json, "html": render_html,
}

__all__ = ["RENDERERS", "render_html", "render_json", "render_markdown", "render_text"]
