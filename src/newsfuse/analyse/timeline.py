"""When things happened: date expressions resolved against each article's publication date.

"on Thursday" is the last Thursday on or before publication, "last September" the last September before
it, "June 16" takes the year that puts it nearest before publication when a past verb stands by it ("was
arrested June 16"), else the nearer of the dates before and after ("the pacts expire Sept. 14"). Without a
publication date only complete dates ("June 16, 2016") resolve; the rest are kept as undatable rather than
guessed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from newsfuse.analyse.nlp import Passage
from newsfuse.clean.metadata import MONTHS
from newsfuse.model import Event
from newsfuse.text import content_terms, term_overlap

HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25), "new year's day": (1, 1),
            "new year's eve": (12, 31), "halloween": (10, 31), "valentine's day": (2, 14)}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
EXPRESSIONS = [
    ("full", re.compile(r"\b" + MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:1[89]|20)\d{2})\b",
                        re.I)),  # "April 22, 1993", "April 22 1993"
    ("full", re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + MONTH + r",?\s+(?P<year>(?:1[89]|20)\d{2})\b",
                        re.I)),
    ("full", re.compile(r"\b" + MONTH + r"\s+(?P<day>\d{1,2})\s*[-–]\s*\d{1,2},\s*(?P<year>(?:1[89]|20)\d{2})\b",
                        re.I)),  # "Oct. 12-13, 1992": the first day
    ("month_year", re.compile(r"\b(?:in\s+)?" + MONTH + r",?(?:\s+of)?\s+(?P<year>(?:1[89]|20)\d{2})\b",
                              re.I)),  # "in March of 1996"
    ("month_of_year", re.compile(r"\b(?:in\s+)?" + MONTH + r"\s+(?P<which>next|last|this)\s+year\b", re.I)),
    ("day_month", re.compile(r"\b" + MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d|\s*[-–]\d)",
                             re.I)),
    ("day_month", re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + MONTH + r"\b(?!,?\s*\d)", re.I)),
    ("weekday", re.compile(r"\bon\s+(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"
                           r"(?:\s+(?:morning|afternoon|evening|night))?", re.I)),  # "On Tuesday Dobson ordered"
    ("weekday", re.compile(r"\b(?:(?:last|on|this|next|early|late|(?P<week_ago>a week ago))\s+)?(?<!['’]s )(?<!the )"
                           r"(?P<weekday>" + "|".join(WEEKDAYS) + r")(?:'s)?\b(?!\s+(?-i:[A-Z]))"
                           r"(?:\s+(?:morning|afternoon|evening|night))?", re.I)),  # not "the Sunday Times"
    ("relative_day", re.compile(r"\b(?P<word>yesterday|today|tonight|this morning|this afternoon|this evening|"
                                r"last night)\b", re.I)),
    ("last_month_name", re.compile(r"\b(?P<which>last|this|in|since|early|late|mid-?)\s+" + MONTH + r"\b(?!\s*\d)",
                                   re.I)),
    ("period", re.compile(r"\b(?P<qualifier>(?:early|late|mid-?)\s+)?(?P<which>last|this|earlier this|next)\s+"
                          r"(?P<unit>week|month|year)\b", re.I)),
    ("year", re.compile(r"\b(?:in|since|of|during|from|early|late|mid-?)\s+(?P<year>(?:19|20)\d{2})\b"
                        r"(?!\s*[-–]\d)", re.I)),  # "by 2012", "until 2005": deadlines, not events
    ("holiday", re.compile(r"\b(?:on\s+)?(?P<holiday>Christmas Day|Christmas Eve|New Year['’]s Day|"
                           r"New Year['’]s Eve|Halloween|Valentine['’]s Day)\b|\bon\s+(?P<bare>Christmas)\b")),
    # (not "Christmas shopping")
    ("short_year", re.compile(r"\b(?:in|since|of|during|from)\s+['’](?P<short>\d{2})\b(?!['’\w])", re.I)),  # in '94
]
NOT_MONTH = re.compile(r"(?<!\d )\bmay\b(?!\s+\d)", re.I)  # "may" the verb, not "on 1 May"
FUTURE = re.compile(r"\b(?:will|shall|is to|are to|(?:is|are)\s+(?:scheduled|set|expected|due|planned|poised)\s+to|"
                    r"plans? to|(?<!had )planned to|expects?|upcoming|starting|going to|(?<!was )(?<!were )"
                    r"(?:scheduled|slated)|"
                    r"threaten(?:s|ed)? to|timed to|must(?!\s+have))\b", re.I)
# "said Friday"; not "expected Saturday", which lies ahead
PAST_BEFORE = re.compile(r"\b(?:said|says|told|announced|reported|"
                         r"(?!(?:expected|scheduled|planned|slated|timed|poised)\b)\w+ed)\s+(?:on\s+)?$", re.I)
# a date in a side clause ("since the Altima in 1992", "which ended Wednesday") dates the sentence only when
# no date stands in its main clause; comparisons ("more lethal in 1998 than in 1968", "up from 29,000 in 1993")
# date nothing
SIDE_CLAUSE = re.compile(r"\b(?:since|who|which|whose|following|as of|compared with)\b[^,;:(]*$", re.I)
POSSESSIVE = re.compile(r"^['’]s\b")
LATER_CLAUSE = re.compile(r"\b(?:when|after|before|until)\b[^,;:(]*$", re.I)  # may date the main event, or not
# "there are 250,000 Navajos today": now, not a day
NOWADAYS = re.compile(r"\b(?:is|are|am|isn['’]t|aren['’]t|remains?|exists?)\b(?:[^,;:]|,(?=\d))*$", re.I)
COMPARISON_BEFORE = re.compile(r"(?:\bthan\s+(?:(?:it|they|he|she|we)\s+(?:did|was|were|had)\s+)?(?:in\s+)?|"
                               r"\bfrom\s+[\d,.]+(?:\s+\w+)?\s+)$", re.I)  # "fewer than it did in 1990"
COMPARISON_AFTER = re.compile(r"^\s+than\b", re.I)
CHANGE_BEFORE = re.compile(r"(?:percent|per cent|%|points?)\s+$", re.I)  # "down 16 percent from 1993": a comparison
# "Until Friday the virus had only been found in crows": a bound, not the day something happened ("gives them
# until Jan. 1 to retire" is a deadline, an event); and "From 1991 to 1996, cases fell": a span
BOUND_BEFORE = re.compile(r"^\s*(?:Until|Till)\s+$|\b(?:through|by)\s+$")  # "cost $1 billion through June 30"
SPAN_AFTER = re.compile(r"^\s*(?:to|through|until|[-–])\s*(?:['’]?\d|" + MONTH + ")", re.I)
FOR_DAY = re.compile(r"\bfor\s+$")
# "said the strikes would take place Tuesday", "decided to open their doors at 12:01 a.m. Monday": after the saying
REPORTED_FUTURE = re.compile(r"\b(?:(?:said|says|announced|told\s+\w+|figured\s+out)\s+(?:that\s+)?[^,;]{0,60}?"
                             r"(?:\bwould\s+|['’]d\s+)(?!have\b)|decided\s+to\s+)[a-z]+\s+(?:[\w$.:,]+\s+){0,6}$")
THE_BEFORE = re.compile(r"\bthe\s+$", re.I)  # "the last year murders fell below 700 was 1988": not last year
NOWADAYS_AFTER = re.compile(r"^\s+(?:is|are|remains?)\b", re.I)  # "Ford today is the most profitable"
# a past verb just before a date ("was arrested on Sept. 7") puts a day and month without year before publication
PAST_NEAR = re.compile(r"\b(?:was|were|had|did|began|came|met|went|took|made|held|won|lost|left|fell|rose|saw|gave|"
                       r"found|became|brought|bought|built|caught|chose|drove|flew|fought|grew|kept|knew|led|paid|ran|"
                       r"sent|shot|sold|spent|spoke|stood|struck|thought|threw|wrote|broke|sank|stole|sought|heard|"
                       r"(?!(?:said|told|added|reported|stated|noted)\b)\w{3,}ed)\b", re.I)
PAST_VERB_BEFORE = re.compile(PAST_NEAR.pattern + r"\s+$", re.I)  # "began in June (and will ...)": past
# "Nov. 22 -- Elian ... leave Cuba": an entry of a chronology, which runs forward in time
CHRONOLOGY_ENTRY = re.compile(r"^\s*" + MONTH + r"\s+\d{1,2}\s*(?:--|—|–|:)", re.I)
CHRONOLOGY_ENTRIES = 3  # entries that make a list a chronology
PAST_WINDOW = 40
FUTURE_WINDOW = 80


def anchor_date(published: str) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def last_weekday(anchor: date, weekday: int) -> date:
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def nearest_year(anchor: date, month: int, day: int, future: bool = False, either: bool = False) -> date | None:
    """The year that puts month/day at most about two months after the anchor (ten, for what will
    happen), else before it; `either` (no past verb by the date: "the pacts expire Sept. 14"): the nearer one."""
    candidates = []
    for year in (anchor.year + 1, anchor.year, anchor.year - 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if either and not future:
        return min(candidates, key=lambda candidate: abs((candidate - anchor).days), default=None)
    ahead = timedelta(days=300 if future else 60)
    return next((candidate for candidate in candidates if candidate <= anchor + ahead), None)


def resolve(kind: str, match: re.Match[str], anchor: date | None, future: bool = False, past: bool = True,
            ) -> str | None:
    """ISO date at the precision known; None when the expression needs an anchor it does not have. `future`:
    the sentence tells what will happen ("will reopen Monday"), so a weekday or month lies ahead; `past`: a past
    verb stands by the date, so a day and month without year lie before publication (else the nearer of the
    two)."""
    parts = match.groupdict()
    month = MONTHS.get((parts.get("month") or "").lower().rstrip("."), 0)
    if kind == "full":
        try:
            return date(int(parts["year"]), month, int(parts["day"])).isoformat()
        except ValueError:
            return None
    if kind == "month_year":
        return f"{int(parts['year']):04d}-{month:02d}"
    if kind == "month_of_year" and anchor is not None:  # "in December next year"
        return f"{anchor.year + {'next': 1, 'last': -1}.get(parts['which'].lower(), 0):04d}-{month:02d}"
    if kind == "year":
        return parts["year"]
    if anchor is None:
        return None
    if kind == "short_year":  # the latest such year up to publication
        return str(anchor.year - (anchor.year - int(parts["short"])) % 100)
    if kind == "day_month":
        found = nearest_year(anchor, month, int(parts["day"]), future, either=not past)
        return found.isoformat() if found else None
    if kind == "holiday":
        name = (parts["holiday"] or parts["bare"]).lower().replace("’", "'")
        found = nearest_year(anchor, *HOLIDAYS[name], future, either=not past)
        return found.isoformat() if found else None
    if kind == "weekday":
        weekday = WEEKDAYS.index(parts["weekday"].lower())
        if (future or match.group(0).lower().startswith("next")) and not match.group(0).lower().startswith("last"):
            return (anchor + timedelta(days=(weekday - anchor.weekday()) % 7)).isoformat()
        day = last_weekday(anchor, weekday)
        if match.group(0).lower().startswith("last") and day == anchor:
            day -= timedelta(days=7)
        if parts.get("week_ago"):  # "a week ago Friday": the Friday before last
            day -= timedelta(days=7)
        return day.isoformat()
    if kind == "relative_day":
        word = parts["word"].lower()
        return (anchor - timedelta(days=1) if word in ("yesterday", "last night") else anchor).isoformat()
    if kind == "last_month_name":
        which = parts["which"].lower()
        year = anchor.year if month < anchor.month or (month == anchor.month and which != "last") \
            else anchor.year - 1
        ahead = (month - anchor.month) % 12  # months from publication to the next such month
        if which != "last" and month > anchor.month and (future or ahead <= 2 or (not past and ahead <= 6)):
            year = anchor.year  # "goes on sale in early June" in April; "the summit in Japan in December" in September
        elif which not in ("last", "this", "since") and month < anchor.month \
                and not PAST_VERB_BEFORE.search(match.string, 0, match.start()) \
                and (future or (not past and ahead <= 4)):
            year = anchor.year + 1  # "will hold hearings in January" in August
        return f"{year:04d}-{month:02d}"
    return period(parts, anchor)


def period(parts: dict[str, str], anchor: date) -> str:
    which, unit = parts["which"].lower(), parts["unit"].lower()
    step = {"last": -1, "next": 1}.get(which, 0)
    if unit == "year":
        return str(anchor.year + step)
    if unit == "month":
        month_index = anchor.year * 12 + anchor.month - 1 + step
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def expressions(text: str) -> list[tuple[str, re.Match[str]]]:
    """Non-overlapping date expressions in reading order, the most specific reading of each span."""
    taken: list[tuple[int, int]] = []
    found = []
    for kind, pattern in EXPRESSIONS:
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            if match.groupdict().get("month", "") and match.group("month").lower() == "may" \
                    and NOT_MONTH.match(text, match.start("month")) and kind != "full" \
                    and not (kind == "last_month_name" and match.group("month")[0] == "M"):
                continue  # "may" the verb; "last May," the month
            taken.append((match.start(), match.end()))
            found.append((kind, match))
    return sorted(found, key=lambda item: item[1].start())


def event_text(text: str, at: int, limit: int = 40) -> str:
    """The sentence, or `limit` of its words around its date (at character `at`) so that the dated clause shows."""
    words = text.split()
    if len(words) <= limit:
        return text
    index = len(text[:at].split())
    start = min(max(0, index - limit * 2 // 3), len(words) - limit)
    return ("… " if start else "") + " ".join(words[start:start + limit]) + (" …" if start + limit < len(words) else "")


def same_event(first: str, second: str) -> bool:
    return term_overlap(set(content_terms(first)), set(content_terms(second))) >= 0.5


def same_words(first: str, second: str) -> bool:
    """"on Saturday" and "Saturday's" name the same day when the sentences tell the same event."""
    def simple(text: str) -> str:
        return re.sub(r"^(?:on|in|last|this)\s+|['’]s$", "", text.lower().replace(".", ""))
    return simple(first) == simple(second)


def vague(period_match: re.Match[str]) -> bool:
    """"last week", "next week", "this year", "next year": some day in a week, or in the story's own or coming year, is
    no date a timeline can place (the annotation convention too); "last month" and "last year" name one."""
    unit, which = period_match.group("unit").lower(), period_match.group("which").lower()
    return unit == "week" or (unit == "year" and which != "last")


def main_expression(text: str) -> tuple[str, re.Match[str]] | None:
    """The date expression of the sentence's own event: not one in a side clause when another is not, never
    one in a comparison; the first of equals."""
    ranked = []
    for kind, match in expressions(text):
        before, after = text[:match.start()], text[match.end():]
        if COMPARISON_BEFORE.search(before) or COMPARISON_AFTER.match(after) \
                or (match.group(0).lower().startswith("from") and CHANGE_BEFORE.search(before)):
            continue
        if match.group(0).lower() == "today" and (NOWADAYS.search(before) or NOWADAYS_AFTER.match(after)
                                                  or not (PAST_NEAR.search(text) or FUTURE.search(text))):
            continue  # "there are 250,000 Navajos today", "Today, they charge $7": now, not a day
        if match.group(0).lower().startswith("since") or before.lower().endswith("since "):
            continue  # "have been stricken since late August", "its lowest level since 1985": a span, no event's day
        if kind == "period" and THE_BEFORE.search(before):
            continue
        if BOUND_BEFORE.search(before) or (match.group(0).lower().startswith("from") and SPAN_AFTER.match(after)):
            continue
        if POSSESSIVE.match(after) or match.group(0).lower().endswith(("'s", "’s")):
            continue  # "Sunday's vote": the date belongs to a noun, not to what the sentence tells
        if kind == "period" and vague(match):
            continue
        side = 2 if SIDE_CLAUSE.search(before) else 1 if LATER_CLAUSE.search(before) else 0
        ranked.append((side, match.start(), kind, match))
    if not ranked:
        return None
    *_, kind, match = min(ranked, key=lambda item: item[:2])
    return kind, match


def tells_future(text: str, match: re.Match[str]) -> bool:
    if PAST_BEFORE.search(text[max(0, match.start() - 20):match.start()]):
        return False  # "said Friday that it will ...": the saying is past
    if FOR_DAY.search(text[:match.start()]):
        return True  # "has set a vote for Tuesday", "a hearing for March 3"
    if REPORTED_FUTURE.search(text, 0, match.start()):
        return True  # "said the strikes would take place Tuesday": ahead of the saying
    return bool(FUTURE.search(text[max(0, match.start() - FUTURE_WINDOW):match.end() + FUTURE_WINDOW]))


def told_past(text: str, match: re.Match[str]) -> bool:
    return bool(PAST_NEAR.search(text[max(0, match.start() - PAST_WINDOW):match.start()]))


def in_order(events: list[Event], chronology: list[int]) -> None:
    """A chronology's entries run forward in time ("Nov. 22 -- ...", ..., "June 28 -- ..."): the last keeps its date,
    each earlier entry takes the latest year that puts it on or before the entry after it."""
    if len(chronology) < CHRONOLOGY_ENTRIES:
        return
    following = events[chronology[-1]].date
    for index in reversed(chronology[:-1]):
        if len(following) != 10 or len(events[index].date) != 10:
            return
        later = date.fromisoformat(following)
        month, day = int(events[index].date[5:7]), int(events[index].date[8:10])
        try:
            candidate = date(later.year, month, day)
            if candidate > later:
                candidate = date(later.year - 1, month, day)
        except ValueError:  # February 29 in a year without it
            return
        events[index] = replace(events[index], date=candidate.isoformat())
        following = events[index].date


def build_timeline(passages: Sequence[Passage], published: dict[int, str]) -> tuple[Event, ...]:
    """One event per sentence that carries a date, dated by its main clause, merged across sources when the
    same thing has the same date; dated events in order, undatable last."""
    events: list[Event] = []
    entries: dict[int, list[int]] = defaultdict(list)  # per source: its chronology's events ("Nov. 22 -- ...")
    for passage in passages:
        anchor = anchor_date(published.get(passage.source, ""))
        found = main_expression(passage.text)
        if found:
            kind, match = found
            if kind == "day_month" and CHRONOLOGY_ENTRY.match(passage.text):
                entries[passage.source].append(len(events))
            events.append(Event(date=resolve(kind, match, anchor, tells_future(passage.text, match),
                                             told_past(passage.text, match)) or "",
                                text=event_text(passage.text, match.start()), expression=match.group(0),
                                sources=(passage.source,)))
    for chronology in entries.values():
        in_order(events, chronology)
    merged: list[Event] = []
    for event in sorted(events, key=lambda event: not event.date):  # dated first: undated copies join them
        same = next((index for index, known in enumerate(merged) if same_event(known.text, event.text)
                     and (known.date == event.date or (not event.date and same_words(known.expression,
                                                                                      event.expression)))), None)
        if same is None:
            merged.append(event)
        else:
            known = merged[same]
            merged[same] = Event(known.date, known.text, known.expression,
                                 tuple(sorted(set(known.sources) | set(event.sources))))
    return tuple(sorted(merged, key=lambda event: (not event.date, event.date[:10])))
