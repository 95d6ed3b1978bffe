"""Small pieces the renderers share: citation marks and one-line source descriptions."""

from __future__ import annotations

import re

from newsfuse.analyse.places import country_names
from newsfuse.model import Analysis, Disagreement, Entity, Event, Place, Quote, Source, SummarySentence

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # C0 and C1 controls but tab and newline


def printable(text: str) -> str:
    """Text with no control characters: an article's fields must not reach a terminal as escape sequences."""
    return CONTROL.sub("", text)


def citation_marks(sentence: SummarySentence) -> str:
    return marks(tuple(citation.source for citation in sentence.citations))


def describe_source(source: Source) -> str:
    article = source.article
    parts = [article.title or article.id]
    details = [value for value in (article.source, article.place.title() if article.place.isupper()
                                   else article.place, article.published) if value]
    if details:
        parts.append(", ".join(details))
    if source.copy_of:
        parts.append(f"same wire copy as [{source.copy_of}]")
    return " · ".join(parts)


def marks(sources: tuple[int, ...]) -> str:
    return "".join(f"[{number}]" for number in sources)


def quote_line(quote: Quote) -> str:
    words = f"“{quote.text}”" if quote.direct else f"(reported) {quote.text}"
    return f"{words} {marks(quote.sources)}"


def speaker_heading(quote: Quote) -> str:
    return f"{quote.speaker}, {quote.role}" if quote.role else quote.speaker


def disagreement_line(disagreement: Disagreement) -> str:
    if disagreement.kind == "single-source":
        side = disagreement.sides[0]
        return f"{disagreement.subject}: only {marks(side.sources)} gives “{side.claim}”"
    if disagreement.kind == "accounts":
        return " — versus — ".join(f"{side.holder}: {side.claim} {marks(side.sources)}" for side in disagreement.sides)
    return f"{disagreement.subject}: " + " vs ".join(f"“{side.claim}” {marks(side.sources)}"
                                                    for side in disagreement.sides)


def entity_line(entity: Entity) -> str:
    role = f" ({entity.role})" if entity.role else ""
    others = f"; also {', '.join(entity.variants[1:])}" if len(entity.variants) > 1 else ""
    count = len(entity.sources)
    return f"{entity.name}{role}{others} — {count} source{'s' if count != 1 else ''}"


def place_line(place: Place) -> str:
    """The place, the country it was read as (so a reader sees Paris, France and not Paris, Texas), its point."""
    if place.latitude is None or place.longitude is None:
        return f"{place.name} (not in the gazetteer) {marks(place.sources)}"
    country = country_names().get(place.country, place.country) if place.feature != "country" else ""
    return f"{place.name}{', ' + country if country else ''} ({place.latitude:.2f}, {place.longitude:.2f}) " \
           f"{marks(place.sources)}"


def event_line(event: Event) -> str:
    when = f"{event.date} ({event.expression})" if event.date else f"undated ({event.expression})"
    return f"{when}: {event.text} {marks(event.sources)}"


ENTITY_HEADINGS = {"person": "People", "organisation": "Organisations", "place": "Places"}


def analysis_sections(analysis: Analysis) -> list[tuple[str, list[str]]]:
    """(heading, lines) for the text and Markdown reports; quotes are grouped under their speaker."""
    quote_lines: list[str] = []
    speaker = None
    for quote in analysis.quotes:
        if speaker_heading(quote) != speaker:
            speaker = speaker_heading(quote)
            quote_lines.append(f"{speaker}:")
        quote_lines.append(f"  {quote_line(quote)}")
    sections = [("Who said what", quote_lines),
                ("Where the sources differ", [disagreement_line(item) for item in analysis.disagreements])]
    for kind, heading in ENTITY_HEADINGS.items():
        sections.append((heading, [entity_line(entity) for entity in analysis.entities if entity.kind == kind]))
    sections.append(("On the map", [place_line(place) for place in analysis.places]))
    sections.append(("Timeline", [event_line(event) for event in analysis.timeline]))
    return [(heading, lines) for heading, lines in sections if lines]
