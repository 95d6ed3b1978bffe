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
        assert f"[[{sentence.citations[0].source}]](#source-" in markdown
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
