"""Compression: cut from a chosen sentence the words that carry no news, so a fixed budget holds more facts.

Every rule removes whole spans, so what is left is the source sentence with pieces cut out (its first letter
upper-cased when the opening word went): the source's own words in the source's order, still cited by the
offsets of the full sentence. Cut: an opening connective that points at a sentence the summary may not
hold ("But", "However,", "Meanwhile,"), parenthetical asides ("(AP)", "(pictured)", "(16 kilometres)"), and
an attribution tail whose speaker is a pronoun (", he said in a statement."), which names nobody a reader
of the summary could know. Named attributions (", police said.") and quotations are kept.
"""

from __future__ import annotations

import re

OPENER = re.compile(
    r"^(?:(?:but|and|however|meanwhile|moreover|furthermore|in addition|also|nevertheless|nonetheless|indeed|"
    r"separately|still|in fact|in other words|of course)\s*,\s*|(?:but|and)\s+(?=\w))", re.I)
PARENTHETICAL = re.compile(r"\s*\([^()\n]{1,80}\)")
FILLER = (r"on|in|at|a|an|the|to|this|last|late|early|earlier|later|also|recently|then|monday|tuesday|wednesday|"
          r"thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|"
          r"statement|interview|telephone|phone|news|conference|briefing|reporters|journalists")
PRONOUN_TAIL = re.compile(
    rf",\s+(?:he|she|they)\s+(?:said|says|added|adds|explained|noted|wrote|told\s+(?:reporters|journalists|"
    rf"(?:the\s+)?(?:[A-Z][\w.&'’-]*\s*){{1,4}}))(?:\s+(?i:{FILLER})\b)*\s*(?=[.!?]\s*$)")
MIN_WORDS = 4
QUOTE_MARK = re.compile(r"[\"“”]|``|''")


def kept_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) character spans of `text` that compression keeps, in order."""
    removed: list[tuple[int, int]] = []
    opener = OPENER.match(text)
    if opener:
        removed.append(opener.span())
    if not QUOTE_MARK.search(text):  # inside a quotation a bracket or a tail is the speaker's own
        removed.extend(match.span() for match in PARENTHETICAL.finditer(text))
        tail = PRONOUN_TAIL.search(text)
        if tail:
            removed.append(tail.span())
    kept: list[tuple[int, int]] = []
    position = 0
    for start, end in sorted(removed):
        if start > position:
            kept.append((position, start))
        position = max(position, end)
    if position < len(text):
        kept.append((position, len(text)))
    return kept


def compress(text: str) -> str:
    """`text` with its newsless spans cut; the text itself when cutting would leave under four words."""
    spans = kept_spans(text)
    shorter = "".join(text[start:end] for start, end in spans)
    if len(shorter.split()) < MIN_WORDS:
        return text
    return shorter[0].upper() + shorter[1:] if spans and spans[0][0] > 0 else shorter
