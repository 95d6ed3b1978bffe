from __future__ import annotations

import json
from pathlib import Path

from newsfuse.evaluate import PEERS, evaluate, format_table, load_stories
from newsfuse.evaluate.peers import PeerInput
from tests.stories import STORIES


def test_every_peer_runs_from_its_package_and_fills_the_budget() -> None:
    story = PeerInput(articles=[["A dam burst on Monday in the valley.", "Rescue teams came by boat at night."],
                                ["Three villages were flooded by the dam.", "The governor declared an emergency."]],
                      references=["A dam burst and flooded three villages."])
    for name, peer in PEERS.items():
        chosen = peer(story, 10)
        assert chosen, name
        assert set(chosen) <= set(story.sentences), name


def test_evaluate_scores_all_systems_on_the_same_stories(tmp_path: Path) -> None:
    data = tmp_path / "stories.jsonl"
    data.write_text("".join(json.dumps(story) + "\n" for story in STORIES))
    results = evaluate(load_stories(str(data)), words=30, peers=["lead", "lexrank", "textrank", "oracle"])
    assert [result.name for result in results] == ["newsfuse", "lead", "lexrank", "textrank", "oracle"]
    assert all(len(result.seconds) == len(STORIES) for result in results)
    by_name = {result.name: result.summary() for result in results}
    assert by_name["oracle"]["rouge1"]["mean"] >= max(row["rouge1"]["mean"] for row in by_name.values()) - 1e-9
    assert "ROUGE-2" in format_table(results, 30)
