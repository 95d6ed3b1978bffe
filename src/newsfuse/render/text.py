"""Plain text for the terminal: wrapped summary with [n] marks, then the numbered sources."""

from __future__ import annotations

import textwrap

from newsfuse.model import Briefing
from newsfuse.render.common import analysis_sections, citation_marks, describe_source, printable


def render_text(briefing: Briefing, width: int = 100) -> str:
    lines = []
    for sentence in briefing.summary:
        lines.append(textwrap.fill(f"{sentence.text} {citation_marks(sentence)}", width=width))
    if briefing.analysis:
        for heading, section in analysis_sections(briefing.analysis):
            lines.extend(["", heading])
            lines.extend(textwrap.fill(line, width=width, subsequent_indent="    ") for line in section)
    lines.append("")
    lines.append("Sources")
    for source in briefing.sources:
        lines.append(textwrap.fill(f"[{source.number}] {describe_source(source)}", width=width,
                                   subsequent_indent="    "))
    return printable("\n".join(lines) + "\n")
