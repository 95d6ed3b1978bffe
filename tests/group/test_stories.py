from __future__ import annotations

from datetime import UTC, datetime, timedelta

from newsfuse.group.stories import CENTROID_TERMS, StoryIndex
from newsfuse.text import content_terms

DAY = datetime(2024, 1, 1, tzinfo=UTC)


def weights(index: StoryIndex, text: str) -> dict[str, float]:
    return index.weights(content_terms(text))


def test_an_article_joins_the_matching_story_and_centroids_stay_bounded() -> None:
    index = StoryIndex(threshold=0.3, quiet_days=3)
    first = weights(index, "Floods hit the valley after the dam burst; rescuers used boats to reach villages.")
    index.add(1, first, DAY)
    index.learn(content_terms("Floods hit the valley"))
    similar = weights(index, "The dam burst flooded the valley villages and rescuers arrived in boats.")
    other = weights(index, "The central bank raised interest rates to fight inflation on Thursday.")
    assert index.match(similar, DAY) == [1]
    assert index.match(other, DAY) == []
    for number in range(50):
        index.add(1, weights(index, f"dam valley flood boats village term{number} extra{number}"), DAY)
    assert len(index.centroids[1]) <= CENTROID_TERMS


def test_quiet_period_applies_only_to_dated_articles() -> None:
    index = StoryIndex(threshold=0.3, quiet_days=3)
    dam = weights(index, "The dam burst flooded the valley villages and rescuers arrived in boats.")
    index.add(1, dam, DAY)
    assert index.match(dam, DAY + timedelta(days=10)) == []
    assert index.match(dam, None) == [1]


def test_two_stories_that_turn_out_to_be_one_are_merged() -> None:
    index = StoryIndex(threshold=0.3, quiet_days=3)
    index.add(1, weights(index, "The dam burst flooded the valley villages; rescuers arrived in boats."), DAY)
    index.add(2, weights(index, "Rescuers in boats reached the flooded valley villages after the dam burst."), DAY)
    index.add(3, weights(index, "The central bank raised interest rates to fight inflation on Thursday."), DAY)
    assert index.merge_candidate(2, [1, 3], threshold=0.3) == 1
    assert index.merge_candidate(3, [1, 2], threshold=0.3) is None
    index.merge(1, 2)
    assert set(index.stories) == {1, 3} and all(2 not in ids for ids in index.by_term.values())


def test_stories_quiet_for_longer_than_the_quiet_period_leave_the_index() -> None:
    index = StoryIndex(threshold=0.3, quiet_days=3)
    dam = weights(index, "The dam burst flooded the valley villages and rescuers arrived in boats.")
    bank = weights(index, "The central bank raised interest rates to fight inflation on Thursday.")
    index.add(1, dam, DAY)
    index.add(2, bank, DAY)
    index.add(2, bank, DAY + timedelta(days=2))  # renewed: its first date no longer counts
    index.close_quiet(DAY + timedelta(days=4))
    assert set(index.stories) == {2}
    assert all(1 not in ids for ids in index.by_term.values())
    index.close_quiet(DAY + timedelta(days=1))  # an older article does not turn the clock back
    assert index.newest == DAY + timedelta(days=4)
    index.close_quiet(None)
    index.close_quiet(DAY + timedelta(days=6))
    assert index.stories == {} and index.by_term == {}
