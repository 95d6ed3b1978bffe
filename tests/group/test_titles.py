from __future__ import annotations

from newsfuse.group.titles import lead_title, story_title

CENTROID = {"dam": 0.6, "flood": 0.5, "valley": 0.4, "rescu": 0.3, "budget": 0.05}


def test_the_headline_closest_to_the_story_wins() -> None:
    headlines = ["Council approves budget", "Dam bursts and floods the valley", "Rescue teams reach the valley"]
    assert story_title(headlines, [], CENTROID) == "Dam bursts and floods the valley"


def test_without_headlines_a_short_lead_is_the_title() -> None:
    leads = ["Officials met on Monday. Nothing else happened.",
             "A dam burst in the northern valley on Monday and flooded three villages while rescue teams used boats "
             "to reach residents. More text follows."]
    title = story_title(["", "  "], leads, CENTROID)
    assert title.startswith("A dam burst in the northern valley") and title.endswith("…")
    assert len(title.split()) <= 15


def test_a_headline_sharing_nothing_with_the_story_gives_way_to_a_lead() -> None:
    assert story_title(["&HT;"], ["The dam burst and the valley flooded on Monday."], CENTROID) \
        == "The dam burst and the valley flooded on Monday."


def test_lead_title_keeps_a_short_first_sentence_whole() -> None:
    assert lead_title("The dam burst. Then rain fell.") == "The dam burst."
