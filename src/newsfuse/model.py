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
class Briefing:
    summary: tuple[SummarySentence, ...]
    sources: tuple[Source, ...]
    words: int  # the word budget the summary was selected for
    warnings: tuple[str, ...] = ()

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
