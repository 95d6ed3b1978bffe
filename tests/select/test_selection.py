from __future__ import annotations

import numpy as np

from newsfuse.config import Settings
from newsfuse.model import Article
from newsfuse.pipeline import build_story
from newsfuse.select import FEATURE_NAMES, choose, default_budget, fact_features, load_scorer, order
from newsfuse.text import word_count

ARTICLES = [
    Article(id="a", text="The dam burst on Monday, flooding three villages. Rescue teams reached the area by boat. "
                         "The regional governor declared an emergency on Tuesday."),
    Article(id="b", text="A dam burst on Monday and flooded three villages in the valley. Officials blamed heavy "
                         "rain. The governor declared an emergency on Tuesday, officials said."),
    Article(id="c", text="Three villages were flooded when the dam burst on Monday. Farmers lost their crops."),
]


def test_features_reflect_how_many_sources_carry_a_fact() -> None:
    story = build_story(ARTICLES, Settings())
    features = fact_features(story)
    assert features.shape == (len(story.facts), len(FEATURE_NAMES))
    support = features[:, FEATURE_NAMES.index("support")]
    dam = next(i for i, fact in enumerate(story.facts) if "dam burst" in story.sentences[fact.representative].text)
    assert support[dam] == support.max() == 1.0


def test_choose_respects_budget_and_skips_repeats() -> None:
    story = build_story(ARTICLES, Settings())
    scores = load_scorer().score(fact_features(story))
    chosen = choose(story, scores, budget=25, redundancy=0.5, min_words=4, max_words=80)
    total = sum(word_count(story.sentences[story.facts[i].representative].text) for i in chosen)
    assert 0 < total <= 25
    texts = [story.sentences[story.facts[i].representative].text for i in chosen]
    assert sum("dam burst" in text for text in texts) == 1


def test_a_fact_told_inside_a_longer_chosen_sentence_is_not_chosen_though_their_cosine_is_low() -> None:
    articles = [
        Article(id="a", text="The old Dora dam burst on Monday. Rescue teams reached the flooded area by boat."),
        Article(id="b", text="On Monday, after a week of heavy rain that flooded fields, cut roads and closed schools "
                             "across three northern provinces, the old Dora dam burst, officials in the valley town "
                             "of Lenno told reporters at a crowded evening briefing. Farmers lost crops."),
    ]
    story = build_story(articles, Settings())
    short, long = (next(i for i, fact in enumerate(story.facts)
                        if story.sentences[fact.representative].text.startswith(start))
                   for start in ("The old Dora", "On Monday"))
    assert story.similarity[story.facts[short].representative, story.facts[long].representative] < 0.5
    scores = np.zeros(len(story.facts))
    scores[long], scores[short] = 2.0, 1.0
    chosen = choose(story, scores, budget=200, redundancy=0.5, min_words=3, max_words=80)
    assert long in chosen and short not in chosen and len(chosen) == len(story.facts) - 1


def test_order_puts_leads_first_the_best_scoring_lead_before_the_others() -> None:
    story = build_story(ARTICLES, Settings())
    everything = list(range(len(story.facts)))
    leads = [index for index in everything if story.sentences[story.facts[index].representative].position == 0]
    scores = np.zeros(len(story.facts))
    scores[leads[-1]] = 1.0  # the last article's lead scores best: it opens the summary
    ordered = order(story, everything, scores)
    assert ordered[0] == leads[-1]
    assert all(story.sentences[story.facts[index].representative].position == 0 for index in ordered[:len(leads)])


def test_a_sentence_opening_with_a_pronoun_comes_only_after_the_sentence_it_leans_on() -> None:
    articles = [Article(id="a", text="Senator Ruth Ames resigned on Friday after a long inquiry. "
                                     "She said the charges against her had been invented by rivals. "
                                     "The inquiry had lasted two years and cost four million dollars.")]
    story = build_story(articles, Settings())
    pronoun = next(index for index, fact in enumerate(story.facts)
                   if story.sentences[fact.representative].text.startswith("She"))
    scores = np.ones(len(story.facts))
    scores[pronoun] = 5.0  # ranked first, but "She" would dangle alone
    alone = choose(story, scores, budget=14, redundancy=0.5, min_words=4, max_words=80)
    assert pronoun not in alone
    scores[pronoun - 1] = 9.0  # with the sentence naming her chosen first, it may follow
    both = choose(story, scores, budget=40, redundancy=0.5, min_words=4, max_words=80)
    assert {pronoun - 1, pronoun} <= set(both)


def test_default_budget_fits_the_input() -> None:
    assert default_budget(5, 3000) == 250
    assert default_budget(1, 300) == 100
    assert default_budget(40, 100_000) == 400


def test_shipped_scorer_matches_the_features() -> None:
    scorer = load_scorer()
    assert tuple(scorer.info["features"]) == FEATURE_NAMES
    assert np.isfinite(scorer.score(np.zeros((2, len(FEATURE_NAMES))))).all()


def test_blend_mixes_within_story_percentiles() -> None:
    from newsfuse.select import blend

    learned = np.array([5.0, 1.0, 3.0])
    centrality = np.array([0.1, 0.9, 0.5])
    assert np.allclose(blend(learned, centrality, 0.0), [1.0, 0.0, 0.5])
    assert np.allclose(blend(learned, centrality, 1.0), [0.0, 1.0, 0.5])
    assert np.allclose(blend(learned * 1000, centrality / 7, 0.25), blend(learned, centrality, 0.25))
