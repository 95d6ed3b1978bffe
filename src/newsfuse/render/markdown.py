"""Markdown: the summary as a paragraph per sentence with [n] links to the numbered sources."""

from __future__ import annotations

from newsfuse.model import Briefing
from newsfuse.render.common import analysis_sections, describe_source


def render_markdown(briefing: Briefing) -> str:
    title = next((source.article.title for source in briefing.sources if source.article.title), "Briefing")
    lines = [f"# {title}", ""]
    for sentence in briefing.summary:
        marks = "".join(f"[[{citation.source}]](#source-{citation.source})" for citation in sentence.citations)
        lines.append(f"{sentence.text} {marks}")
        lines.append("")
    if briefing.analysis:
        for heading, section in analysis_sections(briefing.analysis):
            lines.extend([f"## {heading}", ""])
            lines.extend(f"- {line.strip()}" if not line.endswith(":") else f"- **{line[:-1]}**" for line in section)
            lines.append("")
    lines.append("## Sources")
    lines.append("")
    for source in briefing.sources:
        link = f" <{source.article.url}>" if source.article.url else ""
        lines.append(f'{source.number}. <a id="source-{source.number}"></a>{describe_source(source)}{link}')
    return "\n".join(lines) + "\n"
