"""Name normalisation shared by entity merging and geocoding: spelling variants reduce to one key."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

TITLES = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady gen general maj major lt lieutenant col colonel brig brigadier
    adm admiral capt captain cmdr commander sgt sergeant cpl corporal pvt sen senator rep representative gov
    governor pres president vice prime minister secretary chancellor premier king queen prince princess pope
    rev reverend sheikh judge justice mayor ambassador chief""".split()
)
ARABIC_ARTICLE = re.compile(r"^(?:al|el|at|ad|an|ar|as|ash|az|ath|ad-d)[-\s'’]+(?=\w)", re.I)
NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case ASCII letters without accents; curly apostrophes straightened."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(char for char in text if not unicodedata.combining(char)).lower()


def name_tokens(text: str) -> list[str]:
    """The words of a name without leading titles or a possessive: "Maj. Gen. Igor Konashenkov's" ->
    ["igor", "konashenkov"]."""
    tokens = [token.strip(".,") for token in fold(text).removesuffix("'s").split()]
    tokens = [token for token in tokens if token]
    while len(tokens) > 1 and tokens[0].rstrip(".") in TITLES:
        tokens.pop(0)
    return tokens


def key(text: str) -> str:
    """One key for spelling variants of a name: "At-Tanf", "al-Tanf" -> "tanf"; "U.S." -> "us"."""
    text = fold(text).removeprefix("the ").removesuffix("'s")
    return NON_WORD.sub("", ARABIC_ARTICLE.sub("", text))


def surname_key(token: str) -> str:
    return NON_WORD.sub("", ARABIC_ARTICLE.sub("", token))


def skeleton(name_key: str) -> str:
    """Consonant outline: transliterations differ mostly in vowels ("tanf"/"tanaf", "latakia"/"lattakia")."""
    outline = name_key[:1] + re.sub(r"[aeiouy]", "", name_key[1:])
    return re.sub(r"(.)\1+", r"\1", outline)


@lru_cache(maxsize=100_000)
def similar(first: str, second: str, threshold: float = 0.8) -> bool:
    """Spelling variants or typos of one word ("Shoigu"/"Shiogu"); slips rarely touch the first letter."""
    if first == second:
        return True
    if min(len(first), len(second)) < 4 or first[0] != second[0] or abs(len(first) - len(second)) > 2:
        return False
    return SequenceMatcher(None, first, second).ratio() >= threshold
