"""Segment stage: Article -> Sentences with character offsets.

Rule-based, because it must be fast and right on news abbreviations ("Maj. Gen.", "U.S.", "Feb. 27"),
on quotations, and on lower-cased text, where a capital letter is not a reliable sentence start.
"""

from __future__ import annotations

import re

from newsfuse.model import Article, Sentence
from newsfuse.text import STOPWORDS

# abbreviations that stand before a name: a quotation after one is a nickname ("Gen. “Mad Dog” Mattis"); after any
# other ("Barnes & Noble Inc. “We ...", "in Orange, Conn. “It's ...") a quotation opens a sentence
NAME_TITLES = frozenset("mr mrs ms dr prof gen maj col lt sgt cpl capt cmdr adm gov sen rep reps sens rev hon pres st "
                        "supt insp det atty msgr".split())
NAME_ENDINGS = frozenset({"inc", "corp", "co", "ltd", "llc", "bros", "jr", "sr"})  # end a company or a name
ABBREVIATIONS = NAME_TITLES | NAME_ENDINGS | frozenset(
    """dept univ assn vs etc approx est fig ft mt jan feb mar apr jun jul aug sep sept oct nov dec ave blvd rd
    mass calif fla ill penn ariz colo conn wash wis tenn okla mich minn nev ore va del md ky la miss mo neb ala ark
    kan ga ind""".split()
)
NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "vol", "pp", "art"})  # "No. 5", but "said no. A"
# "U.S. The" ends a sentence; "U.S. Army" does not: after an initialism only these words start one.
SENTENCE_STARTERS = frozenset(
    {word.capitalize() for word in STOPWORDS}
    | {"A", "An", "The", "But", "And", "Yet", "So", "In", "On", "At", "It", "He", "She", "They", "We", "I"}
)

# A candidate boundary: terminal punctuation, closing quotes/brackets, then space.
BOUNDARY = re.compile(r"(?P<end>[.!?…]+(?:[\"'”’)\]]|'')*)\s+")
NEXT_START = re.compile(r"[\"'“‘(\[`]*\s*(?P<first>\S)")
PREVIOUS_TOKEN = re.compile(r"(?P<token>[\w.'’-]+)$")
NEXT_WORD = re.compile(r"[\"'“‘(]*([\w’']+)")
NAMED_SPEAKER = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|asked|asks|added|told|wrote|replied)\b")
INITIALISM = re.compile(r"^(?:[A-Za-z]\.){2,}$")
MAX_SPAN_WORDS = 80  # as Settings.max_sentence_words: longer spans are cut so they can be chosen at all,
PIECE_WORDS = 40  # into pieces short enough for a small word budget
WORD_SPAN = re.compile(r"\S+")
CLAUSE_BREAKS = frozenset(",;:—–")


def is_boundary(text: str, match: re.Match[str]) -> bool:
    """Positions, not slices, so that a paragraph of any length is split in linear time."""
    end = match.group("end")
    after = match.end()
    following = NEXT_START.match(text, after)
    if not following:
        return True
    first = following.group("first")
    if first.islower() and not text.startswith(("“", '"', "``"), after):
        return False
    if not end.startswith("."):  # “Who will pay?” Tom Berg asked.: the quotation's question ends no sentence
        return not (end[-1] in "\"”'" and NAMED_SPEAKER.match(text, after))
    before = PREVIOUS_TOKEN.search(text, max(0, match.start() - 80), match.start() + 1)  # bounded look-back
    token = before.group("token").rstrip(".") if before else ""
    if INITIALISM.match(token + "."):
        next_word = NEXT_WORD.match(text, after)
        return bool(next_word) and next_word.group(1) in SENTENCE_STARTERS
    if token.lower() in NAME_ENDINGS:  # "... of Repligen Corp. The company is testing ...": like an initialism
        next_word = NEXT_WORD.match(text, after)
        if next_word and next_word.group(1) in SENTENCE_STARTERS:
            return True
    if token.lower() in ABBREVIATIONS and not end.endswith(("”", '"', "'", ")")):
        return token.lower() not in NAME_TITLES and text.startswith(("“", "``"), after)
    if len(token) == 1 and token.isalpha() and token.isupper():
        return False  # a middle initial: "George W. Bush"
    return not (first.isdigit() and token.lower() in NUMBER_ABBREVIATIONS)


def bounded(text: str, start: int, end: int, limit: int = PIECE_WORDS) -> list[tuple[int, int]]:
    """A run-on span (no sentence punctuation for hundreds of words) cut into pieces of at most `limit`
    words, at the last clause break (comma, semicolon, colon, dash) in the second half of each piece when
    there is one, so that a word budget can still be kept."""
    if text.count(" ", start, end) < MAX_SPAN_WORDS:
        return [(start, end)]
    words = [(match.start(), match.end()) for match in WORD_SPAN.finditer(text, start, end)]
    pieces: list[tuple[int, int]] = []
    first = 0
    while len(words) - first > limit:
        window = range(first + limit - 1, first + limit // 2, -1)
        cut = next((last for last in window if text[words[last][1] - 1] in CLAUSE_BREAKS), first + limit - 1)
        pieces.append((words[first][0], words[cut][1]))
        first = cut + 1
    pieces.append((words[first][0], end))
    return pieces


def split_paragraph(text: str, offset: int, cut_run_ons: bool = False) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in BOUNDARY.finditer(text):
        if is_boundary(text, match):
            end = match.start() + len(match.group("end"))
            spans.append((start, end))
            start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    if cut_run_ons:
        spans = [piece for start, end in spans for piece in bounded(text, start, end)]
    return [(offset + start, offset + end) for start, end in spans]


def segment(article: Article, article_index: int = 0, cut_run_ons: bool = False) -> list[Sentence]:
    """Split the article's cleaned text; each line is a paragraph, and no sentence crosses one.
    `cut_run_ons` also cuts spans of over MAX_SPAN_WORDS words (text without sentence punctuation)."""
    sentences: list[Sentence] = []
    offset = 0
    for line in article.text.split("\n"):
        for start, end in split_paragraph(line, offset, cut_run_ons):
            sentences.append(Sentence(article=article_index, position=len(sentences), start=start, end=end,
                                      text=article.text[start:end]))
        offset += len(line) + 1
    return sentences
