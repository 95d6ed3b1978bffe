"""Where the sources do not agree: different figures for the same thing, a figure only one source gives
about something the others also report, and parties giving opposing accounts."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial

from newsfuse.analyse.nlp import Passage, Token, tagged, tags
from newsfuse.group.separate import components
from newsfuse.model import Disagreement, Side
from newsfuse.text import content_terms, stem, term_overlap

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
                "dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2000}
QUALIFIER = (r"(?:(?P<qualifier>more than|at least|about|nearly|almost|some|over|up to|around|roughly|"
             r"approximately|fewer than|less than|as many as)\s+)?")
NUMBER = (r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s+(?:million|billion|thousand))?|"
          r"\d+(?:\.\d+)?(?:\s+(?:million|billion|thousand))?|" + "|".join(NUMBER_WORDS) + r")")
CASUALTY = {**dict.fromkeys(("killed", "killing", "kill", "dead", "died", "die", "deaths", "death"), "killed"),
            **dict.fromkeys(("injured", "injuring", "injuries", "wounded", "wounding", "hurt"), "injured"),
            "missing": "missing", "arrested": "arrested", "detained": "arrested"}
GROUP_SIZE = re.compile(r"(?<![\w$.,-])" + NUMBER + r"-(?:man|member|strong|person)\s+(?P<unit>[a-z]+)", re.I)
FIGURE = re.compile(r"(?<![\w$.,-])" + QUALIFIER + NUMBER + r"%?\s+(?P<unit>[a-z][a-z-]*)"
                    r"(?P<after>(?:\s+[\w’'-]+){0,4})", re.I)
CASUALTY_FIRST = re.compile(r"\b(?P<verb>killing|killed|injuring|injured|wounding|wounded)\s+" + QUALIFIER
                            + NUMBER + r"\b", re.I)
PERSON_UNITS = frozenset({"people", "persons", "others", "civilians", "soldiers", "troops", "children", "police",
                          "officers", "fighters", "militants", "passengers", "members", "workers", "men",
                          "women", "students", "residents", "protesters", "victims", "bodies", "sailors", "crew",
                          "personnel", "crewmen", "hostages", "refugees", "migrants", "patients"})
AUXILIARIES = frozenset({"were", "was", "have", "had", "are", "been", "being", "reported", "believed", "feared",
                         "confirmed", "now", "also", "already"})
SKIP_UNITS = frozenset({"of", "and", "or", "to", "in", "on", "at", "the", "a", "per", "for", "percent", "p", "a.m",
                        "pm", "am", "times", "years", "months", "weeks", "days", "hours", "minutes", "year",
                        "month", "week", "day", "hour", "minute", "time", "sides", "countries", "nations"})
CASUALTY_ADJECTIVES = frozenset({"dead", "injured", "wounded", "missing", "hurt"})
NOT_A_NOUN = SKIP_UNITS | AUXILIARIES | {"after", "as", "when", "while", "from", "by", "with", "including", "among",
                                         "since", "so", "but", "during", "overall", "nationwide"}
NOT_A_HEAD = frozenset(CASUALTY) | CASUALTY_ADJECTIVES | AUXILIARIES
NOUN_PHRASE = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "HYPH", "VBG", "VBN"})  # parts of speech before a head noun
INCREMENT = frozenset({"more", "additional", "further", "extra"})
HEAD_WINDOW = 6  # tokens after a number to look for what it counts
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*"
MONTH_BEFORE = re.compile(r"\b" + MONTH + r"\.?\s+$")
# "the Section 8 program", "a Boeing 747": the number is part of a name (a month's day is a date, kept)
NAME_BEFORE = re.compile(r"(?<=[\w,;:] )(?!" + MONTH + r"\s)[A-Z][a-z]+\s+$")
SAME_CONTEXT = 0.3  # a one-source figure about an event the others describe
EVENT_TERMS = 5  # fewer words than this cannot show which event a sentence tells ("In 1997, 14,000 were killed")
SAME_THING = 0.4  # two figures count the same thing: precision first, nothing rather than noise
UPPER_BOUND = frozenset({"up to", "as many as", "fewer than", "less than"})
LOWER_BOUND = frozenset({"more than", "at least", "over"})
RATE = re.compile(r"[^.;]{0,30}?\b(?:(?:a|per|each|every)\s+(?P<unit>day|week|month|year)\b|(?P<adverb>daily|weekly|"
                  r"monthly|annually|yearly)\b)")
RATE_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year"}
NO_BEFORE = re.compile(r"\bno\s+$", re.I)  # "no one had been hurt"
ROUGHLY = frozenset({"about", "nearly", "almost", "some", "around", "roughly", "approximately", "as many as"})
NEWS_CYCLE_DAYS = 7  # figures reported further apart are updates (a toll months later), not disagreements
ROUGH_MARGIN = 0.15  # "about 100" and "110" do not disagree
CONTEXT_WORDS = 10
# "the July 25 crash that killed 113 people", "shootings that left 15 people dead": a toll told as background
BACKGROUND = re.compile(r"\b(?:that|which)\s+(?:[\w-]+\s+){0,2}$")
DENIAL = re.compile(r"(?P<a>[^,;“”\"]{2,80}?)\s+(?:\w+\s+){0,2}(?:rejected|denied|dismissed|disputed|refuted)\s+"
                    r"(?:the\s+)?(?P<b>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})(?:'s|’s)\s+"
                    r"(?:accusations?|claims?|allegations?|charges?|assertions?|reports?)(?:\s+that\s+(?P<claim>[^.;]+))?")
DENIAL_WORDS = re.compile(r"\b(?:rejected|denied|dismissed|disputed|refuted)\b")
PARTY_TAGS = frozenset({"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "HYPH", "CC", "IN", ",",
                        "CD", "NFP"})
NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
CONTRAST_WORDS = re.compile(r"\b(?:while|whereas|but)\b")
REBUTTAL = re.compile(r",\s*(arguing|saying|insisting|claiming|adding)\s+")  # "..., arguing the U.S. had failed"
PRONOUN = re.compile(r"(?i:he|she|it|they|we|I)")
CONTRAST = re.compile(r"^(?P<a>[^,;“”\"]{2,60}?)\s+(?:has\s+|have\s+)?(?P<va>claimed|claims|said|says|insisted|"
                      r"insists|maintained|maintains|believes|believed|argued|argues|accused|accuses)\s+"
                      r"(?P<ca>[^;]+?),?\s+(?:while|whereas|but)\s+(?P<b>[^,;“”\"]{2,60}?)\s+(?:has\s+|have\s+)?"
                      r"(?:claimed|claims|said|says|insisted|insists|maintained|maintains|believes|believed|"
                      r"argued|argues|accused|accuses|denied|denies|rejected|rejects)\s+(?P<cb>[^;]+?)\.?$")


@dataclass(frozen=True)
class Figure:
    value: float
    wording: str
    key: str
    source: int
    passage: int
    at: int  # where the number starts in the passage
    qualifier: str = ""  # "at least", "about", ... as written, lower case
    rate: str = ""  # "year" for "a million a year": a yearly figure is not a daily one


def number_value(text: str) -> float:
    words = text.lower().replace(",", "").split()
    value = NUMBER_WORDS.get(words[0]) or float(words[0])
    scale = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
    return value * scale.get(words[-1], 1) if len(words) > 1 else value


def figure_key(unit: str, after: str) -> str:
    """What a figure counts: "kilometer"; "people" for sailors, crew, passengers; "killed" for "two people
    were killed" or "12 dead"; "dead crow" for "four dead crows"."""
    unit = unit.lower()
    following = after.split()[0].lower().strip(",.;:") if after.split() else ""
    if unit in CASUALTY_ADJECTIVES and following.isalpha() and following not in NOT_A_NOUN \
            and following not in PERSON_UNITS:
        return f"{unit} {stem(following)}"  # "four dead crows" count crows, not people killed
    if unit in CASUALTY:
        return CASUALTY[unit]
    if unit in PERSON_UNITS or unit in AUXILIARIES:
        for word in after.lower().split():  # "were killed", "have been wounded"
            if word in CASUALTY:
                return CASUALTY[word]
            if word not in AUXILIARIES:
                break
        return "people" if unit in PERSON_UNITS else ""
    return stem(unit)


def counted_noun(tokens: Sequence[Token], start: int) -> Token | None:
    """The head of the noun phrase a number counts: "120,000 new housing vouchers" count vouchers, "118 crew aboard
    the submarine" crew; None when no noun follows ("1,000 with autism", "71,000 that")."""
    head = None
    following = [token for token in tokens if token.start >= start][:HEAD_WINDOW]
    if following and following[0].text.lower() in INCREMENT:
        return None  # "four more people": an increment, not a total
    for token in following:
        if token.tag not in NOUN_PHRASE:
            break
        if token.tag in ("NN", "NNS"):
            if not token.text.replace("-", "").isalpha():  # "a.m.", "p. m."
                return None
            head = token
            if token.tag == "NNS":  # a plural ends the phrase: "452 flocks of sentinel chickens"
                break
    return head


def figures(passages: Sequence[Passage]) -> list[Figure]:
    found = []
    matches = [[match for match in FIGURE.finditer(passage.text)
                if passage.text[max(0, match.start() - 1):match.start()] != "("
                and match.group("unit")[0].islower()  # "100 North Koreans": a name, not what is counted
                and not re.fullmatch(r"(?:19|20)\d\d", match.group("number"))
                and not NAME_BEFORE.search(passage.text, 0, match.start())
                and not NO_BEFORE.search(passage.text, 0, match.start())] for passage in passages]
    tokens = tagged([passage.text for passage, found_here in zip(passages, matches, strict=True) if found_here])
    for number, passage in enumerate(passages):
        text = passage.text
        for match in matches[number]:
            unit, after, end = match.group("unit"), match.group("after"), match.end("unit")
            if unit.lower() not in NOT_A_HEAD:  # "12 dead", "two were killed" count no noun
                head = counted_noun(tokens[text], match.end("number"))
                if head is None:
                    continue
                unit, end = head.text, head.start + len(head.text)
                after = " ".join(text[end:].split()[:4])
            if unit.lower() in SKIP_UNITS:
                continue
            raw = match.group("number")
            is_word = raw.lower() in NUMBER_WORDS
            key = figure_key(unit, after)
            if not key or (is_word and key not in CASUALTY.values()):
                continue
            month = MONTH_BEFORE.search(text[:match.start()])  # "May 19 release": the figure is a date
            wording = text[month.start() if month else match.start():end]
            found.append(Figure(number_value(raw), wording, key, passage.source, number, match.start("number"),
                                (match.group("qualifier") or "").lower(), rate_after(text, end)))
        for match in GROUP_SIZE.finditer(text):  # "a 107-man crew"
            found.append(Figure(number_value(match.group("number")), match.group(0), "people", passage.source, number,
                                match.start("number")))
        for match in CASUALTY_FIRST.finditer(text):
            key = CASUALTY[match.group("verb").lower()]
            found = [figure for figure in found if (figure.passage, figure.at) != (number, match.start("number"))]
            found.append(Figure(number_value(match.group("number")), match.group(0), key, passage.source, number,
                                match.start("number"), (match.group("qualifier") or "").lower(),
                                rate_after(text, match.end())))
            # "killed 10 people" is one figure
    return found


def rate_after(text: str, end: int) -> str:
    """"a day", "per year", "annually" just after a figure: what it counts per unit of time."""
    rate = RATE.match(text, end)
    return "" if rate is None else rate.group("unit") or RATE_ADVERBS[rate.group("adverb").lower()]


def around(text: str, position: int, words: int = CONTEXT_WORDS) -> str:
    """The words either side of a figure: a long sentence can hold figures about different things."""
    before, after = text[:position].split(), text[position:].split()
    return " ".join(before[-words:] + after[:words + 1])


def context_terms(text: str) -> set[str]:
    """The words beside a figure, the figures themselves left out."""
    return {term for term in content_terms(text) if not term[:1].isdigit()}


def counted_terms(figure: Figure) -> set[str]:
    """What a figure counts is the same for every figure of its key: no evidence that two count one thing."""
    return {figure.key, *content_terms(figure.wording.split()[-1])}


def context_overlap(first: str, second: str) -> float:
    return term_overlap(context_terms(first), context_terms(second))


def figure_disagreements(passages: Sequence[Passage], independent: set[int],
                         published: dict[int, date | None] | None = None) -> list[Disagreement]:
    """Figures for one thing that sources give differently; `published`: each source's date, when known."""
    found = [figure for figure in figures(passages) if figure.source in independent]
    by_key: dict[str, list[Figure]] = defaultdict(list)
    for figure in found:
        by_key[figure.key].append(figure)
    disagreements = []
    for key, group in by_key.items():
        stated: dict[int, set[float]] = defaultdict(set)
        for figure in group:
            stated[figure.source].add(figure.value)
        contexts = [context_terms(around(passages[figure.passage].text, figure.at)) - counted_terms(figure)
                    for figure in group]
        overlap = {(a, b): term_overlap(contexts[a], contexts[b]) for a in range(len(group)) for b in range(len(group))}
        conflict = partial(conflicting, group, overlap, stated, published or {})
        for component in components(list(range(len(group))), conflict):
            if len(component) < 2:
                continue
            values: dict[float, list[Figure]] = defaultdict(list)
            for member in component:
                values[group[member].value].append(group[member])
            sides = tuple(Side(claim=items[0].wording, sources=tuple(sorted({item.source for item in items})))
                          for _, items in sorted(values.items()))
            disagreements.append(Disagreement("value", key, sides))
    disagreements.extend(single_source(passages, found, independent))
    return disagreements


def compatible(a: Figure, b: Figure) -> bool:
    """Figures a rounding apart ("about 100" and 110), or a bound and a figure within it. ("At least 224" dead
    against 247 still disagree: tolls that moved are what a reader wants to see.)"""
    for first, second in ((a, b), (b, a)):
        if first.qualifier in ROUGHLY and abs(second.value - first.value) <= ROUGH_MARGIN * first.value:
            return True
        if first.qualifier in UPPER_BOUND and second.value < first.value:
            return True  # "up to 500 meters" and "100 meters" can both be true
        if first.qualifier in LOWER_BOUND and second.value > first.value and first.key not in CASUALTY.values():
            return True  # "more than 100 sailors" and "118 sailors"
    return False


def conflicting(group: Sequence[Figure], overlap: dict[tuple[int, int], float], stated: dict[int, set[float]],
                published: dict[int, date | None], first: int, second: int) -> bool:
    """Two sources of one news cycle give different figures for one thing, and neither also gives the other's
    figure (then the figures count different things: 10 dead in one town, 224 in another), nor could both be
    true. Of a source's several figures for one key, only the one told in the closest words is compared: "10 in
    Tanzania and 224 in Kenya" against another source's "247 in Kenya" is one disagreement, 224 against 247."""
    a, b = group[first], group[second]
    dates = published.get(a.source), published.get(b.source)
    if dates[0] and dates[1] and abs((dates[0] - dates[1]).days) > NEWS_CYCLE_DAYS:
        return False
    if a.source == b.source or a.value == b.value or b.value in stated[a.source] or a.value in stated[b.source] \
            or a.rate != b.rate or compatible(a, b) or overlap[first, second] < SAME_THING:
        return False
    return all(overlap[other, second] < overlap[first, second] for other, figure in enumerate(group)
               if figure.source == a.source and figure.value != a.value) and \
        all(overlap[first, other] < overlap[first, second] for other, figure in enumerate(group)
            if figure.source == b.source and figure.value != b.value)


def single_source(passages: Sequence[Passage], found: list[Figure], independent: set[int]) -> list[Disagreement]:
    """Casualty figures one source gives about an event most other sources describe without them (in a round-up,
    a toll one source gives of some other event is background, not news the others lack)."""
    result = []
    for figure in found:
        if figure.key not in CASUALTY.values():
            continue
        others = [other for other in found if other.key == figure.key and other.source != figure.source]
        text = passages[figure.passage].text
        if others or BACKGROUND.search(text, 0, figure.at) or len(context_terms(text)) < EVENT_TERMS:
            continue
        covering = {passage.source for passage in passages if passage.source != figure.source
                    and passage.source in independent and context_overlap(text, passage.text) >= SAME_CONTEXT}
        if covering and 2 * len(covering) >= len(independent - {figure.source}):
            result.append(Disagreement("single-source", figure.key,
                                       (Side(claim=figure.wording, sources=(figure.source,)),)))
    return result


def contrasts_two_parties(tokens: Sequence[Token], contrast: re.Match[str]) -> bool:
    """Both sides are named by noun phrases ("A Russian general claimed ..., but a navy spokesman denied ..."), not
    the same subject going on ("British Airways said ..., but gave no clear indication whether it believed"), and
    what is claimed is a statement, not a share ("Chain stores claimed 25 percent of sales")."""
    def inside(group: str) -> list[Token]:
        return [token for token in tokens if contrast.start(group) <= token.start < contrast.end(group)]
    return all(parts and all(token.tag in PARTY_TAGS for token in parts) and parts[-1].tag in NOUNS
               for parts in (inside("a"), inside("b"))) and all(
        parts and parts[0].tag != "CD" for parts in (inside("ca"), inside("cb")))


def account_disagreements(passages: Sequence[Passage], holder: Callable[[int, str, int], str]) -> list[Disagreement]:
    """"A rejected B's accusations that ..." and "A claimed ..., while B believes ..."; `holder` names the
    party a clause starting at an offset of a passage speaks for."""
    found: dict[tuple[str, str], Disagreement] = {}
    for number, passage in enumerate(passages):
        text = passage.text.strip()
        denial = DENIAL.search(text) if DENIAL_WORDS.search(text) else None  # cheap test before the slow pattern
        contrast = CONTRAST.search(text) if CONTRAST_WORDS.search(text) else None
        if denial:
            first, second = holder(number, denial.group("b"), denial.start("b")), holder(number, denial.group("a"),
                                                                                           denial.start("a"))
            parts = REBUTTAL.split(denial.group("claim") or denial.group(0), maxsplit=1)
            rebuttal = f", {parts[1]} {parts[2]}" if len(parts) == 3 else ""
            claims = (parts[0], f"rejects this{rebuttal}")
        elif contrast and not PRONOUN.fullmatch(contrast.group("b").strip()) \
                and contrasts_two_parties(tags(text), contrast):  # "..., but he said": the same party
            first, second = holder(number, contrast.group("a"), 0), holder(number, contrast.group("b"),
                                                                           contrast.start("b"))
            claims = (contrast.group("ca"), contrast.group("cb"))
        else:
            continue
        if not first or not second or first == second:
            continue
        pair = (first, second) if first < second else (second, first)
        sides = (Side(claim=claims[0].strip(), sources=(passage.source,), holder=first),
                 Side(claim=claims[1].strip(), sources=(passage.source,), holder=second))
        if pair in found:
            known = found[pair]
            sides = tuple(Side(side.claim, tuple(sorted(set(side.sources) | {passage.source})), side.holder)
                          for side in known.sides)
            found[pair] = Disagreement("accounts", known.subject, sides)
        else:
            found[pair] = Disagreement("accounts", f"{first} vs {second}", sides)
    return list(found.values())
