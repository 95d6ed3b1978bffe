"""Clean stage: RawDocument -> Article. Drops what is not the article, keeps every body sentence,
and pulls metadata (title, outlet, dateline place, publication date) from the input and the text."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from newsfuse.clean.html import extract_html
from newsfuse.clean.language import is_english
from newsfuse.clean.lines import COPYRIGHT, classify, normal_key
from newsfuse.clean.metadata import dateline_date, outlet_from_url, parse_date, split_dateline
from newsfuse.errors import ExitCode, InputProblem
from newsfuse.model import Article, RawDocument

__all__ = ["clean", "clean_all", "is_english"]

SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# news-service typesetting codes left in wire copy ("Tom &UR; Keating", "... pounds. &QL;"); HTML's upper-case
# entities (&AMP;, &LT;, ...) are not among them
WIRE_CODE = re.compile(r"&(?!(?:AMP|LT|GT|QUOT|COPY|REG|TRADE|ETH|THORN);)[A-Z]{2,5};")
CONTROL = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufffd]")
SOURCE_CREDIT = re.compile(r"^(?:source|sources|via)\s*:\s*(?P<name>.+)$", re.I)
COPYRIGHT_OWNER = re.compile(r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*)?(?P<name>[A-Z][\w&.,' -]{1,60}?)"
                             r"(?:\.\s|\.?$|\s+all rights)", re.I)


def repair_text(text: str) -> str:
    """Fix mojibake and odd characters, and fold runs of spaces, keeping line breaks."""
    import ftfy

    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
    text = unicodedata.normalize("NFC", WIRE_CODE.sub(" ", CONTROL.sub("", text)))
    return "\n".join(SPACES.sub(" ", line).strip() for line in text.splitlines())


def one_line(value: str) -> str:
    """A metadata field (id, outlet, URL, date) as one line without control characters: strangers' input
    must not carry terminal escape sequences or line breaks into reports."""
    return " ".join(CONTROL.sub("", value).split())


def outlet_from_line(line: str) -> str:
    credit = SOURCE_CREDIT.match(line)
    if credit:
        name = credit.group("name").strip()
        return outlet_from_url(name) if "." in name and " " not in name else name
    owner = COPYRIGHT_OWNER.search(line) if COPYRIGHT.search(line) else None
    return owner.group("name").strip(" .,") if owner else ""


def clean(raw: RawDocument) -> Article:
    meta = dict(raw.meta)
    content = raw.content
    if raw.kind == "html":
        content, html_meta = extract_html(content)
        meta = {**html_meta, **meta}
    lines = [line for line in repair_text(content).split("\n") if line]
    title = repair_text(meta.get("title", "")).strip()
    title_key = normal_key(title)
    seen: set[str] = set()
    body: list[str] = []
    removed: list[str] = []
    published = parse_date(meta.get("published", "")) or meta.get("published", "")
    source = meta.get("source", "")
    place = ""
    agency = ""
    for line in lines:
        verdict = classify(line, title_key, seen, inside_article=bool(body) and raw.kind == "html")
        if verdict.kind == "heading" and not title and not body:
            title, title_key = line, verdict.key  # the first heading above the body is the headline
        if verdict.kind != "body":
            removed.append(f"{verdict.kind}: {line}")
            published = published or verdict.published
            source = source or outlet_from_line(line)
            continue
        seen.add(verdict.key)
        if len(body) < 3 and not place:  # a deck or standfirst may come before the dateline
            published = dateline_date(line, published) or published
            place, agency, line = split_dateline(line)
        body.append(line)
    return Article(
        id=one_line(raw.id), text="\n".join(body), title=title,
        source=one_line(source or agency or outlet_from_url(meta.get("url", ""))), url=one_line(meta.get("url", "")),
        published=one_line(published), place=one_line(place), path=raw.path, removed=tuple(removed),
    )


def clean_all(raws: list[RawDocument], english_min_ratio: float) -> tuple[list[Article], list[InputProblem]]:
    """Clean every document; empty, unusable or non-English ones become problems, not articles."""
    articles: list[Article] = []
    problems: list[InputProblem] = []
    for raw in raws:
        label = {"": "input", "-": "stdin"}.get(raw.path, raw.path)
        if Path(label).stem != raw.id:  # one of several documents in a file
            label = f"{label} ({raw.id})"
        article = clean(raw)
        if not article.text.strip():
            left = " left after removing boilerplate" if article.removed else ""
            problems.append(InputProblem(f"{label}: no article text{left}", ExitCode.NO_TEXT, raw.path))
        elif not is_english(article.text, english_min_ratio):
            problems.append(InputProblem(f"{label}: not English (newsfuse reads English news only)",
                                         ExitCode.NOT_ENGLISH, raw.path))
        else:
            articles.append(article)
    return articles, problems
