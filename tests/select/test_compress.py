from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse.config import Settings
from newsfuse.pipeline import brief
from newsfuse.read import read_inputs
from newsfuse.select.compress import compress, kept_spans
from newsfuse.text import words

EXAMPLE = Path(__file__).resolve().parents[3] / "shared" / "examples" / "syria-2016-06"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("But the army said it would withdraw by Friday.", "The army said it would withdraw by Friday."),
    ("However, rescuers found 12 survivors.", "Rescuers found 12 survivors."),
    ("The dam (built in 1962) burst on Monday.", "The dam burst on Monday."),
    ("The bombing killed 20 people, he said in a statement on Monday.", "The bombing killed 20 people."),
    ("The bombing killed 20 people, she told The Associated Press.", "The bombing killed 20 people."),
])
def test_newsless_spans_are_cut(sentence: str, expected: str) -> None:
    assert compress(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The bombing killed 20 people, police said.",  # a named attribution says whose claim it is
    "The bombing killed 20 people, he said the army would stay.",  # the tail carries news
    '"We will not leave (the city) until they pay," he said.',  # a quotation is the speaker's own
    "So far 20 people have died.",  # "So far" is no connective
    "And so on.",  # too little would be left
])
def test_what_carries_news_or_is_quoted_is_kept(sentence: str) -> None:
    assert compress(sentence) == sentence


def test_kept_spans_rebuild_the_compressed_text() -> None:
    sentence = "Meanwhile, the old dam (built in 1962) burst near the town, she said on Monday."
    pieces = "".join(sentence[start:end] for start, end in kept_spans(sentence))
    assert pieces == "the old dam burst near the town."
    assert compress(sentence) == "The old dam burst near the town."


def test_compressed_summary_is_a_cited_subsequence_of_its_source() -> None:
    documents = read_inputs([str(EXAMPLE)], Settings()).documents
    short = brief(documents, settings=Settings(analysis_words=0, compress=True))
    assert any(sentence.text not in {citation.text.strip() for citation in sentence.citations}
               for sentence in short.summary)  # something was cut
    for sentence in short.summary:
        said = [word.lower() for word in words(sentence.text)]
        # the summary's words appear, in order, in the full sentence one of its citations points at
        assert any(is_subsequence(said, [word.lower() for word in words(citation.text)])
                   for citation in sentence.citations)
        for citation in sentence.citations:
            article = next(source.article for source in short.sources if source.number == citation.source)
            assert article.text[citation.start:citation.end] == citation.text


def is_subsequence(needle: list[str], haystack: list[str]) -> bool:
    remaining = iter(haystack)
    return all(word in remaining for word in needle)
