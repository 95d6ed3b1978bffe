from __future__ import annotations

import json
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

import newsfuse
from newsfuse.model import Briefing


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    example = Path(__file__).resolve().parents[2] / "examples" / "syria-2016-06"
    items = [newsfuse.RawDocument(id=path.stem, content=path.read_text(encoding="utf-8"), kind="text")
             for path in sorted(example.glob("*.txt"))]
    return newsfuse.brief(items)


def test_json_matches_the_published_schema(briefing: Briefing) -> None:
    schema = json.loads(resources.files("newsfuse.render").joinpath("briefing.schema.json").read_text())
    data = json.loads(briefing.to_json())
    jsonschema.validate(data, schema)
    for sentence in data["summary"]:
        for citation in sentence["citations"]:
            source = data["sources"][citation["source"] - 1]
            assert source["text"][citation["start"]:citation["end"]] == citation["text"]


def test_text_and_markdown_show_citation_marks(briefing: Briefing) -> None:
    text, markdown = briefing.to_text(), briefing.to_markdown()
    for sentence in briefing.summary:
        marks = "".join(f"[{citation.source}]" for citation in sentence.citations)
        assert marks in " ".join(text.split())
        assert f"[\\[{sentence.citations[0].source}\\]](#source-" in markdown
    assert "## Sources" in markdown


class Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        href = values.get("href") or values.get("src") or ""
        if href.startswith("#"):
            self.links.append(href[1:])
        elif href:
            self.external.append(href)


def test_html_is_self_contained_and_every_citation_link_lands(briefing: Briefing) -> None:
    parser = Anchors()
    parser.feed(briefing.to_html())
    assert parser.links and set(parser.links) <= parser.ids
    assert parser.external == []


def test_analysis_round_trips_through_json(briefing: Briefing) -> None:
    from newsfuse.render.json import briefing_from_dict

    assert briefing.analysis is not None and briefing.analysis.quotes and briefing.analysis.timeline
    assert briefing_from_dict(json.loads(briefing.to_json())).analysis == briefing.analysis


def test_every_format_shows_each_analysis_part(briefing: Briefing) -> None:
    analysis = briefing.analysis
    assert analysis is not None
    text, markdown, page = briefing.to_text(), briefing.to_markdown(), briefing.to_html()
    for heading in ("Who said what", "Where the sources differ", "Timeline"):
        assert heading in text and f"## {heading}" in markdown and f"<h2>{heading}</h2>" in page
    speaker = analysis.quotes[0].speaker
    assert speaker in text and f"**{speaker}" in markdown and speaker in page
    assert '<svg class="map"' in page
    located = [place for place in analysis.places if place.latitude is not None]
    assert page.count('<g class="place">') == len(located)


def test_without_analysis_the_report_has_no_analysis_sections() -> None:
    example = Path(__file__).resolve().parents[2] / "examples" / "syria-2016-06"
    items = [newsfuse.RawDocument(id=path.stem, content=path.read_text(encoding="utf-8"), kind="text")
             for path in sorted(example.glob("*.txt"))]
    plain = newsfuse.brief(items, settings=newsfuse.Settings(analysis_words=0))
    assert plain.analysis is None
    assert json.loads(plain.to_json())["analysis"] is None
    assert "Who said what" not in plain.to_text() and "<svg" not in plain.to_html()


HOSTILE = ('<script>alert(1)</script> <img src=x onerror=alert(2)> <svg onload=alert(3)> <iframe src="//evil">'
           ' [click me](javascript:alert(4)) ![pic](javascript:alert(5)) <javascript:alert(6)> &lt;b&gt;')


@pytest.fixture(scope="module")
def hostile_briefing() -> Briefing:
    texts = [f"The city council approved the new harbour budget on Monday after a long debate. {HOSTILE} said "
             "the mayor. The budget adds two ferries and a new pier for the harbour district.",
             "The harbour budget approved by the city council on Monday adds two ferries and a pier. Critics "
             "said the harbour plan costs too much for the small district."]
    articles = [newsfuse.Article(id=f"a{number}", text=text, title=f"# Budget {HOSTILE}",
                                 source=f"Outlet {HOSTILE}\x1b]0;pwned\x07\x1b[2J", url=url)
                for number, (text, url) in enumerate(zip(texts, ["javascript:alert(7)", "https://example.org/a?b=1"],
                                                         strict=True))]
    briefing = newsfuse.brief(articles, words=120, settings=newsfuse.Settings(analysis_words=0))
    assert any("<script>" in sentence.text for sentence in briefing.summary)  # the test means something
    return briefing


def rendered_tags(markdown: str) -> Anchors:
    from markdown_it import MarkdownIt

    parser = Anchors()
    parser.tags = []  # type: ignore[attr-defined]
    original = parser.handle_starttag

    def record(tag: str, attrs: list[tuple[str, str | None]]) -> None:
        parser.tags.append(tag)  # type: ignore[attr-defined]
        original(tag, attrs)

    parser.handle_starttag = record  # type: ignore[method-assign]
    parser.feed(MarkdownIt("commonmark").render(markdown))
    return parser


def test_markdown_from_hostile_input_renders_no_html_and_only_http_links(hostile_briefing: Briefing) -> None:
    markdown = hostile_briefing.to_markdown()
    parsed = rendered_tags(markdown)
    assert not {"script", "img", "svg", "iframe"} & set(parsed.tags)
    assert parsed.tags.count("h1") == 1
    assert [href for href in parsed.external if not href.startswith("https://")] == []
    assert "https://example.org/a?b=1" in parsed.external
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(markdown)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text, not dropped


def test_text_report_carries_no_terminal_control_sequences(hostile_briefing: Briefing) -> None:
    for report in (hostile_briefing.to_text(), hostile_briefing.to_markdown()):
        assert "\x1b" not in report and "\x07" not in report
        assert "Outlet" in report


def test_places_show_the_country_they_were_read_as() -> None:
    from newsfuse.model import Place
    from newsfuse.render.common import place_line

    assert place_line(Place("Paris", (1,), 48.85, 2.35, "FR", "capital")).startswith("Paris, France (48.85, 2.35)")
    assert place_line(Place("France", (1,), 46.6, 2.4, "FR", "country")).startswith("France (46.60")
    assert "not in the gazetteer" in place_line(Place("Al-Tanaf", (2,)))
