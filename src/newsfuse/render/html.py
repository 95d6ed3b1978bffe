"""A self-contained HTML page (no network): summary with citation links into the highlighted sources."""

from __future__ import annotations

from html import escape

from newsfuse.model import Analysis, Briefing, Disagreement, Entity, Event, Quote, Source, SummarySentence
from newsfuse.render.common import describe_source, speaker_heading
from newsfuse.render.map import render_map

STYLE = """
body{font:16px/1.55 system-ui,-apple-system,Segoe UI,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;
color:#1d1d1f}
h1{font-size:1.6rem;margin-bottom:.2rem}.meta{color:#666;font-size:.9rem}
.summary p{margin:.4rem 0}.cite{font-size:.75rem;vertical-align:super;text-decoration:none;margin-left:.1rem}
details{border-top:1px solid #ddd;padding:.5rem 0}summary{cursor:pointer;font-weight:600}
.source{white-space:pre-wrap;font-size:.92rem;color:#333}mark{background:#fff3b0}
mark:target{background:#ffd34d;outline:2px solid #e0a800}
.analysis h3{font-size:1rem;margin:.8rem 0 .2rem}blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;
border-left:3px solid #ccd}blockquote.reported{border-left-style:dashed;color:#333}
table{border-collapse:collapse;font-size:.9rem}td,th{padding:.15rem .5rem;border-bottom:1px solid #eee;text-align:left}
.variants{color:#666}.undated{color:#666}.timeline li{margin:.2rem 0}.timeline time{font-weight:600;margin-right:.4rem}
svg.map{width:100%;height:auto;border:1px solid #ddd}.sea{fill:#eef4fa}.land circle{fill:#a9b2be}
.place circle{fill:#d9480f;fill-opacity:.75;stroke:#fff}.place text{font-size:12px;fill:#222;paint-order:stroke;
stroke:#fff;stroke-width:3px}
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


def source_links(sources: tuple[int, ...]) -> str:
    return "".join(f'<a class="cite" href="#source-{number}">[{number}]</a>' for number in sources)


def render_quotes(quotes: tuple[Quote, ...]) -> str:
    parts, speaker = [], None
    for quote in quotes:
        if speaker_heading(quote) != speaker:
            speaker = speaker_heading(quote)
            parts.append(f"<h3>{escape(speaker)}</h3>")
        kind = "direct" if quote.direct else "reported"
        text = f"“{escape(quote.text)}”" if quote.direct else escape(quote.text)
        variants = "".join(f'<div class="variants">also: {escape(variant)}</div>' for variant in quote.variants)
        parts.append(f'<blockquote class="{kind}">{text}{source_links(quote.sources)}{variants}</blockquote>')
    return "".join(parts)


def render_disagreement(item: Disagreement) -> str:
    if item.kind == "accounts":
        sides = " <em>versus</em> ".join(f"<strong>{escape(side.holder)}</strong>: {escape(side.claim)}"
                                         f"{source_links(side.sources)}" for side in item.sides)
        return f"<li>{sides}</li>"
    if item.kind == "single-source":
        side = item.sides[0]
        return (f"<li>{escape(item.subject)}: only {source_links(side.sources)} gives “{escape(side.claim)}”</li>")
    sides = " vs ".join(f"“{escape(side.claim)}”{source_links(side.sources)}" for side in item.sides)
    return f"<li>{escape(item.subject)}: {sides}</li>"


def render_entities(entities: tuple[Entity, ...]) -> str:
    rows = "".join(f"<tr><td>{escape(entity.name)}</td><td>{escape(entity.kind)}</td>"
                   f"<td>{escape(entity.role)}</td><td class=\"variants\">{escape(', '.join(entity.variants[1:]))}</td>"
                   f"<td>{len(entity.sources)}</td></tr>" for entity in entities)
    return ("<table><thead><tr><th>Name</th><th>Kind</th><th>Role</th><th>Also written</th><th>Sources</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>")


def render_timeline(events: tuple[Event, ...]) -> str:
    items = "".join(f'<li><time title="{escape(event.expression)}">{escape(event.date)}</time>'
                    f'<em>{escape(event.expression)}</em>: {escape(event.text)}{source_links(event.sources)}</li>'
                    if event.date else
                    f'<li class="undated"><time>undated</time>({escape(event.expression)}) {escape(event.text)}'
                    f'{source_links(event.sources)}</li>' for event in events)
    return f'<ol class="timeline">{items}</ol>'


def render_analysis(analysis: Analysis) -> str:
    sections = [("quotes", "Who said what", render_quotes(analysis.quotes) if analysis.quotes else ""),
                ("disagreements", "Where the sources differ",
                 f"<ul>{''.join(map(render_disagreement, analysis.disagreements))}</ul>" if analysis.disagreements
                 else ""),
                ("map", "Map", render_map(analysis.places)),
                ("entities", "People, organisations and places",
                 render_entities(analysis.entities) if analysis.entities else ""),
                ("timeline", "Timeline", render_timeline(analysis.timeline) if analysis.timeline else "")]
    return "\n".join(f'<section class="analysis" id="{anchor}"><h2>{heading}</h2>{body}</section>'
                     for anchor, heading, body in sections if body)


SCRIPT = ("document.querySelectorAll('a.cite').forEach(a=>a.addEventListener('click',()=>{"
          "const m=document.getElementById(a.getAttribute('href').slice(1));"
          "if(m){m.closest('details').open=true;}}));")


def briefing_title(briefing: Briefing) -> str:
    return next((source.article.title for source in briefing.sources if source.article.title), "Briefing")


def briefing_body(briefing: Briefing) -> str:
    """The report's content (summary, analysis, sources) as escaped HTML, for this page and the web app."""
    marks: dict[int, list[tuple[int, int]]] = {source.number: [] for source in briefing.sources}
    for sentence in briefing.summary:
        for citation in sentence.citations:
            marks[citation.source].append((citation.start, citation.end))
    sources = "\n".join(render_source(source, marks[source.number]) for source in briefing.sources)
    summary = "\n".join(render_sentence(sentence) for sentence in briefing.summary)
    return f"""<section class="summary">{summary}</section>
{render_analysis(briefing.analysis) if briefing.analysis else ""}
<h2>Sources</h2>
{sources}"""


def render_html(briefing: Briefing) -> str:
    title = briefing_title(briefing)
    count = len(briefing.sources)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(title)}</title><style>{STYLE}</style></head>
<body><h1>{escape(title)}</h1>
<p class="meta">Briefing from {count} source{"s" if count != 1 else ""} by newsfuse. Every sentence is taken
from the sources; the numbers link to each source's own wording.</p>
{briefing_body(briefing)}
<script>{SCRIPT}</script>
</body></html>
"""
