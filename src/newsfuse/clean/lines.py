"""Telling boilerplate lines from body lines by their shape and wording, not by a list of known lines.

Each rule names a kind of non-article text that news pages share across sites; a line is body text
when no rule claims it. Rules look at one line at a time, plus what came before (repeats, the title).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfuse.clean.metadata import parse_date
from newsfuse.text import words

COPYRIGHT = re.compile(
    r"©|\(c\)\s*(?:19|20)\d\d|\bcopyright\b|all rights reserved|\blicen[cs]ed under\b|"
    r"may not be (?:re)?published|\breproduction\b.*\bprohibited\b", re.I)
CREDIT = re.compile(
    r"^(?:source|sources|via|credit|credits|photo|photos|photograph|image|images|picture|video|graphic|"
    r"read more|related|see also|more on this|tags?|filed under|topics?|reporting by|editing by|writing by|"
    r"additional reporting|contact|email|follow)\b[^:]{0,20}:", re.I)
STAFF_CREDIT = re.compile(r"^(?:additional )?(?:reporting|editing|writing|compiled|produced|translated)\s+by\b", re.I)
CALL_TO_ACTION = re.compile(
    r"\b(?:subscrib\w*|sign(?:ing)? (?:up|in)|log(?:ging)? in|newsletters?|donat\w+|tips?|comments?|"
    r"join the (?:conversation|discussion)|share (?:this|on)|follow us|click here|advertis\w+|"
    r"support (?:our|us)|cookies?|privacy policy|terms of (?:use|service)|download (?:our|the) app|"
    r"read (?:more|next|the full)|recommended|trending|most popular|sponsored|you might also like)\b", re.I)
READER_ADDRESS = re.compile(r"\b(?:you|your|yours|we|our|us)\b", re.I)
REPORTED = re.compile(r"\b(?:said|says|told|according)\b|[\"“”]|``", re.I)
IMPERATIVE_START = re.compile(
    r"^(?:subscribe|sign|log|click|tap|share|follow|join|leave|read|download|support|donate|want|be the first|"
    r"get|watch|listen|see|register|already)\b", re.I)
CAPTION_CREDIT = re.compile(
    r"\((?=[^()]*\b(?:AP|Reuters|AFP|Getty|EPA|photo|Photo|Images|pool|file|File|Xinhua|Bloomberg|via|"
    r"courtesy|Courtesy)\b)[^()]{1,120}\)\s*\.?$")
CAPTION_PREFIX = re.compile(r"^(?:photo|image|picture|caption|file photo)\s*[:|]", re.I)
BYLINE = re.compile(r"^(?:by|written by|words by|posted by|reported by)\s+[A-Z][\w.'’-]*(?:\s+[\w.'’&-]+){0,7}$",
                    re.I)
DATE_LABEL = re.compile(r"^(?:updated|published|posted|last updated|first published|modified|date)\b\s*:?\s*",
                        re.I)
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")


DATE_WORDS = frozenset(
    """jan january feb february mar march apr april may jun june jul july aug august sep sept september oct
    october nov november dec december mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri
    friday sat saturday sun sunday am pm a.m p.m gmt utc bst cet cest est edt cst cdt pst pdt et pt updated
    published posted last first modified date on at of the and by""".split())


def mostly_date(tokens: list[str]) -> bool:
    """A date line is a date with at most a couple of other words (a label, a byline's name), not a
    sentence or a reference ('The New York Times. Retrieved 1 May 2015.') that happens to hold a date."""
    return sum(not token.isdigit() and token.lower().rstrip(".") not in DATE_WORDS for token in tokens) <= 2


@dataclass(frozen=True)
class LineVerdict:
    kind: str  # "body" or the kind of boilerplate
    key: str  # the line's words, lower-cased: what repeats are recognised by
    published: str = ""


def normal_key(line: str) -> str:
    return " ".join(token.lower() for token in words(line))


def classify(line: str, title_key: str, seen: set[str], inside_article: bool = False) -> LineVerdict:
    """Classify one stripped, non-empty line; `seen` holds the keys of earlier kept lines.

    `inside_article`: the line comes after the body began on a page whose chrome the HTML extractor has
    already removed; a short line without final punctuation there is a subheading, a list item or a
    hard-wrapped line of the article, not a headline or a menu (a short table row still is a menu)."""
    tokens = words(line)
    key = " ".join(tokens).lower()
    kind = line_kind(line, tokens, key, title_key, seen)
    if kind == "heading" and inside_article and not line.startswith("|"):
        kind = "body"
    if kind == "date":
        return LineVerdict(kind, key, published=parse_date(line))
    return LineVerdict(kind, key)


def line_kind(line: str, tokens: list[str], key: str, title_key: str, seen: set[str]) -> str:
    if len(tokens) < 8 and not SENTENCE_END.search(line) and sum(
        len(token) > 1 and any(char.isalpha() for char in token) for token in tokens
    ) < 2:
        return "junk"
    if key == title_key or key in seen:
        return "repeated"
    if len(tokens) <= 40 and COPYRIGHT.search(line):
        return "copyright"
    if CREDIT.match(line) or (len(tokens) <= 25 and STAFF_CREDIT.match(line)):
        return "credit"
    if CAPTION_PREFIX.match(line) or (len(tokens) <= 60 and CAPTION_CREDIT.search(line)):
        return "caption"
    if len(tokens) <= 40 and CALL_TO_ACTION.search(line) and not REPORTED.search(line) and (
        READER_ADDRESS.search(line) or IMPERATIVE_START.match(line) or line.rstrip().endswith("?")
    ):
        return "prompt"
    if len(tokens) <= 12 and BYLINE.match(line):
        return "byline"
    if len(tokens) <= 14 and (DATE_LABEL.match(line) or len(tokens) <= 8) and mostly_date(tokens) \
            and parse_date(line):
        return "date"
    if not SENTENCE_END.search(line) and len(tokens) <= 20:
        return "heading"
    return "body"
