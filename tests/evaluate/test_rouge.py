from __future__ import annotations

from newsfuse.evaluate.rouge import bootstrap_interval, oracle, score_summary, truncate


def test_truncate_keeps_sentence_breaks() -> None:
    assert truncate(["one two three", "four five", "six"], 4) == ["one two three", "four"]


def test_score_is_100_for_the_reference_itself_and_averaged_over_references() -> None:
    reference = "The dam burst on Monday. Three villages were flooded."
    assert score_summary(["The dam burst on Monday.", "Three villages were flooded."], [reference], 250) == {
        "rouge1": 100.0, "rouge2": 100.0, "rougeLsum": 100.0}
    half = score_summary(["The dam burst on Monday."], [reference, "Something else entirely happened."], 250)
    assert 0 < half["rouge1"] < 50


def test_oracle_picks_the_sentences_that_match_the_reference() -> None:
    sentences = ["Stocks fell on Friday.", "The dam burst on Monday.", "Weather was mild.",
                 "Three villages were flooded."]
    assert sorted(oracle(sentences, ["The dam burst on Monday. Three villages were flooded."], 250)) == [1, 3]


def test_bootstrap_interval_brackets_the_mean() -> None:
    values = [40.0, 42.0, 44.0, 46.0, 48.0] * 10
    low, high = bootstrap_interval(values)
    assert low < 44.0 < high
