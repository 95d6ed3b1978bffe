from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import newsfuse
from newsfuse.errors import ExitCode, NewsfuseError
from newsfuse.group.vectors import cosine_matrix
from newsfuse.segment import segment
from newsfuse.text import content_terms, word_count, words


@pytest.fixture(scope="module")
def example_briefing() -> newsfuse.Briefing:
    example = Path(__file__).resolve().parent.parent / "examples" / "syria-2016-06"
    return newsfuse.brief([newsfuse.RawDocument(id=p.stem, content=p.read_text(encoding="utf-8"), kind="text")
                           for p in sorted(example.glob("*.txt"))])


def test_example_briefing_is_cited_within_budget_and_free_of_repeats(example_briefing: newsfuse.Briefing) -> None:
    summary = example_briefing.summary
    assert summary and sum(word_count(s.text) for s in summary) <= example_briefing.words
    assert all(sentence.citations for sentence in summary)
    similarity = cosine_matrix([content_terms(s.text) for s in summary])
    assert (similarity[~np.eye(len(summary), dtype=bool)] < 0.5).all()


def near_copy_in(sentence: str, article: newsfuse.Article) -> bool:
    """True when `article` has a sentence with at least 80% of the same words (quotes and case folded)."""
    wanted = {word.lower().replace("’", "'") for word in words(sentence)}
    for candidate in segment(article):
        found = {word.lower().replace("’", "'") for word in words(candidate.text)}
        if len(wanted & found) / len(wanted | found) >= 0.8:
            return True
    return False


def test_wire_copy_is_recognised_and_shared_facts_cite_both(example_briefing: newsfuse.Briefing) -> None:
    copies = {source.number: source.copy_of for source in example_briefing.sources if source.copy_of}
    assert len(copies) == 1
    pair = set(next(iter(copies.items())))
    checked = 0
    for sentence in example_briefing.summary:
        if all(near_copy_in(sentence.text, example_briefing.sources[number - 1].article) for number in pair):
            checked += 1
            assert pair <= {citation.source for citation in sentence.citations}
    assert checked


def test_no_boilerplate_in_the_summary(example_briefing: newsfuse.Briefing) -> None:
    text = example_briefing.summary_text
    for phrase in ("rights reserved", "tip", "subscriber", "Source:", "Updated", "(AP)"):
        assert phrase not in text


def test_single_article_still_gets_a_summary() -> None:
    text = ("The bridge reopened on Monday after two years of repairs, officials said. Traffic was light in the "
            "morning. The repairs cost $40 million, twice the first estimate. Drivers welcomed the shorter trip.")
    briefing = newsfuse.brief([text], words=30)
    assert 0 < sum(word_count(s.text) for s in briefing.summary) <= 30
    assert {c.source for s in briefing.summary for c in s.citations} == {1}


def test_nothing_usable_raises_a_clear_error() -> None:
    with pytest.raises(NewsfuseError) as raised:
        newsfuse.brief(["", "   "])
    assert raised.value.code == ExitCode.NO_TEXT


def test_huge_input_is_capped_to_leading_sentences_with_a_warning() -> None:
    articles = [" ".join(f"Report {a} notes that the harbour crane number {n} was repaired on day {n}."
                         for n in range(300)) for a in range(4)]
    briefing = newsfuse.brief(articles, words=60, settings=newsfuse.Settings(max_sentences=100))
    assert briefing.summary and any("large input" in warning for warning in briefing.warnings)
    for sentence in briefing.summary:
        for citation in sentence.citations:
            assert int(citation.text.split("number ")[1].split()[0]) < 25 + 1  # only each article's leads


def test_a_large_file_under_the_size_limit_still_gets_a_briefing(tmp_path: Path) -> None:
    import subprocess
    import sys

    text = " ".join(f"The council met on day {n} and voted on item {n * 7} of the budget plan." for n in range(60_000))
    (tmp_path / "huge.txt").write_text(text)
    result = subprocess.run([sys.executable, "-m", "newsfuse", "brief", str(tmp_path / "huge.txt")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "large input" in result.stderr and "Traceback" not in result.stderr


def test_a_missing_language_model_leaves_the_analysis_out_with_a_warning(example_dir: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from newsfuse.analyse import nlp

    monkeypatch.setattr(nlp, "MODEL", "no_such_spacy_model")
    nlp.pipeline.cache_clear()
    try:
        briefing = newsfuse.brief([path.read_text(encoding="utf-8") for path in sorted(example_dir.glob("*.txt"))])
    finally:
        nlp.pipeline.cache_clear()
    assert briefing.summary and briefing.analysis is None
    assert any("analysis left out" in warning and "pip install" in warning for warning in briefing.warnings)


def test_the_word_budget_holds_for_text_without_sentence_punctuation() -> None:
    text = " ".join(f"the harbour council met today about item {number} and the ferry plan" for number in range(1000))
    briefing = newsfuse.brief([text], words=50, settings=newsfuse.Settings(analysis_words=0))
    assert briefing.summary and sum(len(sentence.text.split()) for sentence in briefing.summary) <= 50
