"""A self-contained HTML page (no network): summary with citation links into the highlighted sources."""

from __future__ import annotations

from html import escape

from newsfuse.model import Briefing, Source, SummarySentence
from newsfuse.render.common import describe_source

STYLE = """
body{font:16px/1.55 system-ui,-apple-system,Segoe UI,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;
color:#1d1d1f}
h1{font-size:1.6rem;margin-bottom:.2rem}.meta{color:#666;font-size:.9rem}
.summary p{margin:.4rem 0}.cite{font-size:.75rem;vertical-align:super;text-decoration:none;margin-left:.1rem}
details{border-top:1px solid #ddd;padding:.5rem 0}summary{cursor:pointer;font-weight:600}
.source{white-space:pre-wrap;font-size:.92rem;color:#333}mark{background:#fff3b0}
mark:target{background:#ffd34d;outline:2px solid #e0a800}
"""


def passage_id(source: int, start: int) -> str:
    return f"s{source}-{start}"


def render_source(source: Source, marks: list[tuple[int, int]]) -> str:
    text = source.article.text
    pieces = []
    cursor = 0
    for start, end in sorted(set(marks)):
        if start < cursor:
            continue
        pieces.append(escape(text[cursor:start]))
        pieces.append(f'<mark id="{passage_id(source.number, start)}">{escape(text[start:end])}</mark>')
        cursor = end
    pieces.append(escape(text[cursor:]))
    return (f'<details id="source-{source.number}"><summary>[{source.number}] {escape(describe_source(source))}'
            f'</summary><div class="source">{"".join(pieces)}</div></details>')


def render_sentence(sentence: SummarySentence) -> str:
    links = "".join(f'<a class="cite" href="#{passage_id(citation.source, citation.start)}" '
                    f'title="{escape(citation.text)}">[{citation.source}]</a>' for citation in sentence.citations)
    return f"<p>{escape(sentence.text)}{links}</p>"


def render_html(briefing: Briefing) -> str:
    title = next((source.article.title for source in briefing.sources if source.article.title), "Briefing")
    marks: dict[int, list[tuple[int, int]]] = {source.number: [] for source in briefing.sources}
    for sentence in briefing.summary:
        for citation in sentence.citations:
            marks[citation.source].append((citation.start, citation.end))
    sources = "\n".join(render_source(source, marks[source.number]) for source in briefing.sources)
    summary = "\n".join(render_sentence(sentence) for sentence in briefing.summary)
    count = len(briefing.sources)
    script = ("document.querySelectorAll('a.cite').forEach(a=>a.addEventListener('click',()=>{"
              "const m=document.getElementById(a.getAttribute('href').slice(1));"
              "if(m){m.closest('details').open=true;}}));")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(title)}</title><style>{STYLE}</style></head>
<body><h1>{escape(title)}</h1>
<p class="meta">Briefing from {count} source{"s" if count != 1 else ""} by newsfuse. Every sentence is taken
from the sources; the numbers link to each source's own wording.</p>
<section class="summary">{summary}</section>
<h2>Sources</h2>
{sources}
<script>{script}</script>
</body></html>
"""
