"""Inputs that are several stories: found by words rare in news at large, briefed as the largest one."""

from __future__ import annotations

import newsfuse
from newsfuse.group.separate import separate_stories, weighted
from newsfuse.model import Article
from tests.stories import STORIES

CAR = ("The carmaker unveiled a concept car with a hydrogen fuel cell and a range of 600 miles at the Geneva "
       "motor show on Tuesday. The two-seat coupe has carbon-fibre doors and a cabin lit by solar panels. "
       "Engineers said the hydrogen tank can be refilled in five minutes at a roadside pump.")


def test_articles_of_one_story_stay_together_and_an_unrelated_page_stands_apart() -> None:
    dam = [Article(id=str(number), text=text) for number, text in enumerate(STORIES[0]["documents"])]
    stories = separate_stories([*dam, Article(id="car", text=CAR)], threshold=0.06)
    assert stories == [[0, 1], [2]]


def test_common_news_words_weigh_little_and_unseen_names_much() -> None:
    vector = weighted("The government said on Tuesday that Xqzorblat would visit.")
    assert vector["xqzorblat"] > 2 * max(value for term, value in vector.items() if term != "xqzorblat")


def test_brief_of_unrelated_inputs_says_so_and_briefs_the_largest_story() -> None:
    briefing = newsfuse.brief([*STORIES[0]["documents"], CAR], words=60)
    assert len(briefing.sources) == 2
    assert any("2 unrelated stories" in warning and "1 of" not in warning for warning in briefing.warnings)
    assert all("hydrogen" not in sentence.text for sentence in briefing.summary)
