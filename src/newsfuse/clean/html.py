"""Main text and metadata of an HTML page, by trafilatura (tuned for recall; our line rules then clean)."""

from __future__ import annotations

from typing import Any


def extract_html(html: str) -> tuple[str, dict[str, str]]:
    """(text with one paragraph per line, metadata) of the page's main content; ('', {}) if none found."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True,
        deduplicate=False,
    )
    if document is None:
        return "", {}
    values: dict[str, Any] = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    meta = {
        "title": values.get("title") or "",
        "source": values.get("sitename") or "",
        "url": values.get("url") or "",
        "published": values.get("date") or "",
        "author": values.get("author") or "",
    }
    return values.get("text") or "", {key: value for key, value in meta.items() if value}
