"""Markdown: the summary as a paragraph per sentence with [n] links to the numbered sources.

Everything taken from the input is escaped, so an article's text can add no HTML, link, image or
heading when the Markdown is rendered; only http(s) URLs become links.
"""

from __future__ import annotations

import re

from newsfuse.model import Briefing
from newsfuse.render.common import analysis_sections, describe_source, printable

MARKDOWN_SYNTAX = re.compile(r"([\\`*_\[\]<>&|~#])")  # emphasis, code, links, HTML, entities, tables
LINE_START = re.compile(r"^(\d*)([+\-=>.)])")  # lists, quotes, setext headings at the start of a line
SAFE_URL = re.compile(r"https?://[^\s<>\"'`\\]+", re.I)


def escape(text: str) -> str:
    """Input text as Markdown that renders as the same text: each mark that Markdown or HTML could read
    as syntax is backslash-escaped (CommonMark renders `\\x` as `x`)."""
    escaped = MARKDOWN_SYNTAX.sub(r"\\\1", " ".join(text.split()))
    return LINE_START.sub(r"\1\\\2", escaped)


def link(url: str) -> str:
    return f"<{url}>" if SAFE_URL.fullmatch(url) else escape(url)


def render_markdown(briefing: Briefing) -> str:
    title = next((source.article.title for source in briefing.sources if source.article.title), "Briefing")
    lines = [f"# {escape(title)}", ""]
    for sentence in briefing.summary:
        marks = "".join(f"[\\[{citation.source}\\]](#source-{citation.source})" for citation in sentence.citations)
        lines.append(f"{escape(sentence.text)} {marks}")
        lines.append("")
    if briefing.analysis:
        for heading, section in analysis_sections(briefing.analysis):
            lines.extend([f"## {heading}", ""])
            lines.extend(f"- {escape(line)}" if not line.endswith(":") else f"- **{escape(line[:-1])}**"
                         for line in section)
            lines.append("")
    lines.append("## Sources")
    lines.append("")
    for source in briefing.sources:
        url = f" {link(source.article.url)}" if source.article.url else ""
        lines.append(f'{source.number}. <a id="source-{source.number}"></a>{escape(describe_source(source))}{url}')
    return printable("\n".join(lines) + "\n")
