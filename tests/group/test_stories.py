from __future__ import annotations

from newsfuse.group.stories import CENTROID_TERMS, StoryIndex
from newsfuse.text import content_terms


def weights(index: StoryIndex, text: str) -> dict[str, float]:
    return index.weights(content_terms(text))


def test_an_article_joins_the_matching_story_and_centroids_stay_bounded() -> None:
    index = StoryIndex(threshold=0.3)
    first = weights(index, "Floods hit the valley after the dam burst; rescuers used boats to reach villages.")
    index.add(1, first)
    index.learn(content_terms("Floods hit the valley"))
    similar = weights(index, "The dam burst flooded the valley villages and rescuers arrived in boats.")
    other = weights(index, "The central bank raised interest rates to fight inflation on Thursday.")
    assert index.match(similar) == [1]
    assert index.match(other) == []
    for number in range(50):
        index.add(1, weights(index, f"dam valley flood boats village term{number} extra{number}"))
    assert len(index.centroids[1]) <= CENTROID_TERMS


def test_the_best_story_is_joined_below_the_threshold_only_when_it_stands_out() -> None:
    index = StoryIndex(threshold=0.3, standout_threshold=0.1, standout_margin=0.08)
    for story_id in (1, 2, 3):
        index.add(story_id, {})
    assert index.ranked({1: 0.2, 2: 0.05}) == [1]  # loose, but nothing else comes near
    assert index.ranked({1: 0.2, 2: 0.15}) == []  # loose, and another story is as close
    assert index.ranked({1: 0.08}) == []  # too loose even alone
    assert index.ranked({1: 0.35, 2: 0.32, 3: 0.2}) == [1, 2]  # above the threshold: every match, for merging


def test_two_stories_that_turn_out_to_be_one_are_merged() -> None:
    index = StoryIndex(threshold=0.3)
    index.add(1, weights(index, "The dam burst flooded the valley villages; rescuers arrived in boats."))
    index.add(2, weights(index, "Rescuers in boats reached the flooded valley villages after the dam burst."))
    index.add(3, weights(index, "The central bank raised interest rates to fight inflation on Thursday."))
    assert index.merge_candidate(2, [1, 3], threshold=0.3) == 1
    assert index.merge_candidate(3, [1, 2], threshold=0.3) is None
    index.merge(1, 2)
    assert set(index.stories) == {1, 3} and all(2 not in ids for ids in index.by_term.values())


def test_the_least_recently_active_stories_leave_the_index_beyond_its_capacity() -> None:
    index = StoryIndex(threshold=0.3, capacity=2)
    dam = weights(index, "The dam burst flooded the valley villages and rescuers arrived in boats.")
    bank = weights(index, "The central bank raised interest rates to fight inflation on Thursday.")
    cup = weights(index, "The football club won the cup final with a late goal in the stadium.")
    index.add(1, dam)
    index.add(2, bank)
    index.add(1, dam)  # renewed: the bank story is now the least recently active
    index.add(3, cup)
    assert list(index.stories) == [1, 3]
    assert all(2 not in ids for ids in index.by_term.values())
    assert index.match(dam) == [1]


def test_an_early_piece_of_a_story_rejoins_it_once_the_story_has_grown() -> None:
    index = StoryIndex(threshold=0.3, standout_threshold=0.3, standout_margin=0.1)
    index.add(1, weights(index, "The dam above Marlow burst on Monday and water flooded the valley villages."))
    early = [weights(index, "Engineers had warned the reservoir wall was cracked and the council ignored the "
                            "inspection report."),
             weights(index, "The council ignored an inspection report on cracks in the reservoir wall, engineers "
                            "said.")]
    assert index.match(early[0]) == []  # nothing in common with the story as it stood
    for article in early:  # the early articles make a story of their own
        index.add(2, article)
    index.add(3, weights(index, "The central bank raised interest rates to fight inflation on Thursday."))
    assert index.pieces(1) == []  # smaller than the engineers' story, and unlike it
    for text in ["The Marlow dam burst after engineers warned of cracks in the reservoir wall, villagers said.",
                 "Council officials ignored the inspection report on the cracked reservoir wall before the dam burst.",
                 "Rescuers searched the flooded Marlow valley after the dam burst and the reservoir emptied."]:
        index.add(1, weights(index, text))
    assert index.stories[1].articles == 4 and index.stories[2].articles == 2
    assert index.pieces(1) == [2]  # the bank story is no piece of it
    assert index.rejoins(early, 2, 1)
    index.add(4, weights(index, "Engineers had warned of cracks in the reservoir wall and the council ignored the "
                                "inspection report, the Marlow villagers said."))
    assert not index.rejoins(early, 2, 1)  # now as close to another story: a second decision needs a clear lead
    merged = index.merge(1, 2)
    assert merged.articles == 6 and 2 not in index.stories
