from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newsfuse.select import FEATURE_NAMES
from newsfuse.select.scorer import load_scorer
from newsfuse.select.train import fit_trees


def test_exported_trees_reproduce_scikit_learn_and_round_trip(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    features = rng.normal(size=(3000, len(FEATURE_NAMES)))
    features[rng.random(features.shape) < 0.01] = np.nan  # missing values take the learned side
    labels = ((np.nan_to_num(features[:, 0]) + 0.5 * np.nan_to_num(features[:, 3])) > 0).astype(float)
    scorer = fit_trees(features, labels, trees=40, depth=4)  # raises if the arrays disagree with sklearn
    path = tmp_path / "selector.npz"
    scorer.save(path)
    loaded = load_scorer(str(path))
    scores = loaded.score(features)
    assert np.allclose(scores, scorer.score(features))
    assert scores[labels == 1].mean() > scores[labels == 0].mean() + 1.0


def test_a_model_for_other_features_is_refused(tmp_path: Path) -> None:
    rng = np.random.default_rng(2)
    scorer = fit_trees(rng.normal(size=(500, len(FEATURE_NAMES))), rng.integers(0, 2, 500).astype(float), trees=5)
    path = tmp_path / "old.npz"
    stale = type(scorer)(**{**scorer.__dict__, "info": {**scorer.info, "features": ["centrality"]}})
    stale.save(path)
    with pytest.raises(ValueError, match="retrain"):
        load_scorer(str(path))
