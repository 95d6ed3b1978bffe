"""The typed values that flow between pipeline stages (no logic beyond small conveniences)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RawDocument:
    """One input document as read, before cleaning: text or HTML plus any metadata the input carried."""

    id: str
    content: str
    kind: str  # "text" or "html"
    path: str = ""
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Article:
    """A cleaned article: body text only, with the metadata found in the input or the text."""

    id: str
    text: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: str = ""  # ISO 8601 date (or date-time) when known
    place: str = ""  # dateline place, e.g. "MOSCOW"
    path: str = ""
    removed: tuple[str, ...] = ()  # the lines cleaning dropped, for inspection

    def metadata(self) -> dict[str, str]:
        fields = {"title": self.title, "source": self.source, "url": self.url,
                  "published": self.published, "place": self.place}
        return {key: value for key, value in fields.items() if value}


@dataclass(frozen=True)
class Sentence:
    """A sentence of one article, located by character offsets into that article's cleaned text."""

    article: int  # index of the article in the briefing's source list
    position: int  # index of the sentence within its article
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Citation:
    """Where a summary sentence (or a close paraphrase of it) stands in one source."""

    source: int  # 1-based source number, as shown in [n]
    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SummarySentence:
    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class Source:
    """A numbered source of a briefing; `copy_of` names the source whose text this one repeats."""

    number: int
    article: Article
    copy_of: int | None = None


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place, its name variants merged across sources."""

    name: str  # canonical form
    kind: str  # "person", "organisation" or "place"
    variants: tuple[str, ...]  # every spelling seen, canonical first
    sources: tuple[int, ...]  # source numbers that mention it
    mentions: int
    role: str = ""  # for people: title or job found beside the name, e.g. "Defense Ministry spokesman"


@dataclass(frozen=True)
class Place:
    """A place entity with gazetteer coordinates (None when the gazetteer does not know it)."""

    name: str
    sources: tuple[int, ...]
    latitude: float | None = None
    longitude: float | None = None
    country: str = ""  # ISO 3166 alpha-2 code
    feature: str = ""  # "country", "region" or "city"


@dataclass(frozen=True)
class Quote:
    """What one speaker said, in one or more sources: direct quotation or reported speech."""

    speaker: str  # canonical name, or the phrase the sources use ("U.S. officials") when it names nobody
    role: str
    text: str  # the quotation's words, or the reported clause
    direct: bool
    sources: tuple[int, ...]
    variants: tuple[str, ...] = ()  # other sources' wordings of the same quote


@dataclass(frozen=True)
class Side:
    """One position in a disagreement and the sources that take it."""

    claim: str  # the value ("300 kilometers") or the account, as a source words it
    sources: tuple[int, ...]
    holder: str = ""  # who gives this account, for opposing accounts


@dataclass(frozen=True)
class Disagreement:
    """kind: "value" (different figures for one thing), "single-source" (a fact only one source gives) or
    "accounts" (parties give opposing versions)."""

    kind: str
    subject: str
    sides: tuple[Side, ...]


@dataclass(frozen=True)
class Event:
    """Something that happened, dated when the text allows: `date` is ISO 8601 at the precision known
    ("2016-06-16", "2016-06", "2015"), or "" when undatable; `expression` is the text that dated it."""

    date: str
    text: str
    expression: str
    sources: tuple[int, ...]


@dataclass(frozen=True)
class Analysis:
    quotes: tuple[Quote, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()
    entities: tuple[Entity, ...] = ()
    places: tuple[Place, ...] = ()
    timeline: tuple[Event, ...] = ()


@dataclass(frozen=True)
class Briefing:
    summary: tuple[SummarySentence, ...]
    sources: tuple[Source, ...]
    words: int  # the word budget the summary was selected for
    warnings: tuple[str, ...] = ()
    analysis: Analysis | None = None  # None when analysis was switched off

    @property
    def summary_text(self) -> str:
        return "\n".join(sentence.text for sentence in self.summary)

    def to_dict(self) -> dict[str, Any]:
        from newsfuse.render.json import briefing_to_dict

        return briefing_to_dict(self)

    def to_json(self, indent: int | None = 2) -> str:
        from newsfuse.render.json import render_json

        return render_json(self, indent=indent)

    def to_markdown(self) -> str:
        from newsfuse.render.markdown import render_markdown

        return render_markdown(self)

    def to_html(self) -> str:
        from newsfuse.render.html import render_html

        return render_html(self)

    def to_text(self, width: int = 100) -> str:
        from newsfuse.render.text import render_text

        return render_text(self, width=width)


@dataclass(frozen=True)
class Fact:
    """Sentences from one or more sources that say the same thing; indices into the story's sentences."""

    members: tuple[int, ...]
    representative: int  # the member shown in the summary
