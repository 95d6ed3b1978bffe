"""Is this English? Counting frequent English function words needs no model and no download."""

from __future__ import annotations

from newsfuse.text import english_ratio, words


def is_english(text: str, min_ratio: float) -> bool:
    """True for English text; very short texts (under 20 words) are given the benefit of the doubt."""
    if len(words(text)) < 20:
        return True
    return english_ratio(text) >= min_ratio
