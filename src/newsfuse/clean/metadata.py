"""Metadata found in article text: publication dates, datelines, outlet names."""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import urlparse

MONTHS = {name: number for number, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
     ("nov", "november"), ("dec", "december")], start=1) for name in names}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_TIME = r"(?:[ ,T]+(?:at\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?)?"
DATE_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{1,2})-(?P<day>\d{1,2})" + _TIME, re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b" + _TIME, re.I),
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b" + _TIME, re.I),
    re.compile(r"\b(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>(?:19|20)\d{2})\b" + _TIME),  # US style
]

_MONTH_NAME = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'’]{2,}(?:[ -][A-Z][A-Z.'’]+)*(?:,\s*(?!" + _MONTH_NAME + r"\s+\d)[A-Z][\w.'’]*"
    r"(?:\s+[A-Z][\w.'’]*){0,3})?)"
    r"(?:,?\s*(?P<day>" + _MONTH_NAME + r"\s+\d{1,2}))?"  # Xinhua: "WASHINGTON, October 31 (Xinhua) --"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&-]{0,30})\))?\s*(?:—|–|--|-|_|:)\s*(?=\S)"
)


def parse_date(text: str) -> str:
    """The first calendar date in `text` as ISO 8601 (with the time when given), or ''."""
    for pattern in DATE_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        parts = match.groupdict()
        month_text = parts["month"].lower().rstrip(".")
        month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text, 0)
        day = calendar_day(int(parts["year"]), month, int(parts["day"]), swappable=month_text.isdigit())
        if day is None:
            continue
        if parts.get("hour") is None:
            return day.isoformat()
        hour = int(parts["hour"]) % 12 + (12 if (parts.get("ampm") or "").lower().startswith("p") else 0) \
            if parts.get("ampm") else int(parts["hour"])
        try:
            return datetime(day.year, day.month, day.day, hour, int(parts["minute"])).isoformat(timespec="minutes")
        except ValueError:
            return day.isoformat()
    return ""


def calendar_day(year: int, month: int, day: int, swappable: bool) -> date | None:
    """The date, or with a numeric month and day the other way round when only that order exists ("1998-17-06",
    "17/06/1998": day first)."""
    for first, second in ((month, day), (day, month)) if swappable else ((month, day),):
        try:
            return date(year, first, second)
        except ValueError:
            continue
    return None


def split_dateline(line: str) -> tuple[str, str, str]:
    """(place, agency, rest) when `line` opens with a dateline such as 'MOSCOW (AP) — ', else ('', '', line)."""
    match = DATELINE.match(line)
    if not match:
        return "", "", line
    place = match.group("place").strip(" ,")
    if sum(char.isupper() for char in place.split(",")[0]) < 3:
        return "", "", line
    return place, (match.group("agency") or "").strip(), line[match.end():]


def outlet_from_url(url: str) -> str:
    try:
        host = urlparse(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:  # "http://[" and other malformed addresses name no outlet
        return ""
    return host.removeprefix("www.")


def dateline_date(line: str, published: str) -> str:
    """The day a dated dateline names ("BEIJING, May 15 (Xinhua) --"), when the publication stamp is that day or
    up to three days later: the story's "today" and "Friday" count from the day it was written, not sent."""
    match = DATELINE.match(line)
    stamp = parse_date(published)[:10]
    if not match or not match.group("day") or not stamp:
        return ""
    for year in (int(stamp[:4]), int(stamp[:4]) - 1):  # "December 31" on a stamp of January 1
        written = parse_date(f"{match.group('day')}, {year}")
        if written and 0 <= (date.fromisoformat(stamp) - date.fromisoformat(written)).days <= 3:
            return written
    return ""
