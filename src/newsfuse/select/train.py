"""Fitting the sentence scorer on Multi-News train: each fact is labelled by whether the greedy ROUGE
oracle picks it, and gradient-boosted trees learn to predict that from the fact's features."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from newsfuse.clean import clean_all
from newsfuse.config import Settings
from newsfuse.evaluate.data import EvalStory
from newsfuse.evaluate.rouge import oracle
from newsfuse.pipeline import build_story
from newsfuse.select.features import FEATURE_NAMES, fact_features
from newsfuse.select.scorer import TreeScorer


def labelled_facts(stories: Iterable[EvalStory], words: int, settings: Settings,
                   on_story: Callable[[], None] | None = None) -> tuple[np.ndarray, np.ndarray]:
    rows: list[np.ndarray] = []
    labels: list[np.ndarray] = []
    for story in stories:
        articles, _ = clean_all(story.documents, settings.english_min_ratio)
        if articles and story.references:
            view = build_story(articles, settings)
            if view.facts:
                texts = [view.sentences[fact.representative].text for fact in view.facts]
                picked = np.zeros(len(texts))
                picked[oracle(texts, story.references, words)] = 1.0
                rows.append(fact_features(view))
                labels.append(picked)
        if on_story:
            on_story()
    if not rows:
        raise ValueError("no usable training story")
    return np.vstack(rows), np.concatenate(labels)


def fit_trees(features: np.ndarray, labels: np.ndarray, trees: int = 300, depth: int = 6,
              learning_rate: float = 0.05, info: dict | None = None) -> TreeScorer:
    """Fit scikit-learn's histogram gradient boosting and copy its trees into plain arrays."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    model = HistGradientBoostingClassifier(max_iter=trees, max_depth=depth, learning_rate=learning_rate,
                                           random_state=0).fit(features, labels)
    predictors = [iteration[0] for iteration in model._predictors]
    width = max(len(predictor.nodes) for predictor in predictors)
    shape = (len(predictors), width)
    feature = np.zeros(shape, dtype=np.int16)
    threshold = np.zeros(shape, dtype=np.float64)
    left = np.tile(np.arange(width, dtype=np.int16), (len(predictors), 1))
    right = left.copy()
    value = np.zeros(shape, dtype=np.float32)
    missing_left = np.zeros(shape, dtype=bool)
    for index, predictor in enumerate(predictors):
        nodes = predictor.nodes
        count = len(nodes)
        inner = ~nodes["is_leaf"].astype(bool)
        feature[index, :count] = np.where(inner, nodes["feature_idx"], 0)
        threshold[index, :count] = nodes["num_threshold"]
        left[index, :count] = np.where(inner, nodes["left"], np.arange(count))
        right[index, :count] = np.where(inner, nodes["right"], np.arange(count))
        value[index, :count] = np.where(inner, 0.0, nodes["value"])
        missing_left[index, :count] = nodes["missing_go_to_left"].astype(bool)
    baseline = float(np.ravel(model._baseline_prediction)[0])
    deepest = int(max(predictor.nodes["depth"].max() for predictor in predictors))
    scorer = TreeScorer(feature=feature, threshold=threshold, left=left, right=right, value=value,
                        missing_left=missing_left, baseline=baseline, depth=deepest,
                        info={"features": list(FEATURE_NAMES), "trees": trees, "depth": depth,
                              "learning_rate": learning_rate, "rows": len(labels), **(info or {})})
    expected = model.decision_function(features[:2000])
    if not np.allclose(scorer.score(features[:2000]), expected, atol=1e-4):
        raise RuntimeError("exported trees disagree with scikit-learn's predictions")
    return scorer
