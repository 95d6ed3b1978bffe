"""Main text and metadata of an HTML page, by trafilatura (tuned for recall; our line rules then clean)."""

from __future__ import annotations

from typing import Any

from newsfuse.text import words

REPEATED_SHARE = 0.5  # a table row whose 4-grams are mostly the article's own paragraphs is page layout


def with_data_tables(paragraphs: str, with_tables: str) -> str:
    """The paragraphs, then the table rows that add text of their own (data, reference lists). An old
    page laid out in a table gives its whole article as table rows, which the paragraphs already carry."""
    known = four_grams(paragraphs)
    rows = []
    for line in with_tables.split("\n"):
        if line.lstrip().startswith("|"):
            grams = four_grams(line)
            if grams and len(grams & known) / len(grams) <= REPEATED_SHARE:
                rows.append(line)
    return "\n".join([paragraphs, *rows]) if paragraphs else "\n".join(rows)


def four_grams(text: str) -> set[tuple[str, ...]]:
    tokens = words(text.lower())
    return {tuple(tokens[index:index + 4]) for index in range(len(tokens) - 3)}


def extracted(html: str, tables: bool) -> dict[str, Any]:
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=tables,
                                           favor_recall=True, deduplicate=False)
    if document is None:
        return {}
    return document.as_dict() if hasattr(document, "as_dict") else dict(document)


def extract_html(html: str) -> tuple[str, dict[str, str]]:
    """(text with one paragraph per line, metadata) of the page's main content; ('', {}) if none found."""
    values = extracted(html, tables=False)
    values["text"] = with_data_tables(values.get("text") or "", extracted(html, tables=True).get("text") or "")
    meta = {
        "title": values.get("title") or "",
        "source": values.get("sitename") or "",
        "url": values.get("url") or "",
        "published": values.get("date") or "",
        "author": values.get("author") or "",
    }
    return values.get("text") or "", {key: value for key, value in meta.items() if value}
