"""The sentence scorer: gradient-boosted trees, shipped as arrays (selector.npz) and evaluated with numpy.

Training needs scikit-learn (`pip install newsfuse[train]`); running needs only numpy, so the
scorer adds nothing to start-up beyond loading a small file. `newsfuse train-selector` remakes it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from newsfuse.select.features import FEATURE_NAMES


@dataclass(frozen=True)
class TreeScorer:
    """Trees padded to one node count: arrays are (trees, nodes); a leaf's children point to itself."""

    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    missing_left: np.ndarray
    baseline: float
    depth: int
    info: dict[str, Any]

    def score(self, features: np.ndarray) -> np.ndarray:
        """Raw additive score (log-odds that the oracle would pick the fact)."""
        if features.shape[1] != len(FEATURE_NAMES):
            raise ValueError(f"scorer expects {len(FEATURE_NAMES)} features, got {features.shape[1]}")
        trees = np.arange(self.feature.shape[0])[:, None]
        samples = np.arange(features.shape[0])[None, :]
        node = np.zeros((self.feature.shape[0], features.shape[0]), dtype=np.int32)
        for _ in range(self.depth):
            values = features[samples, self.feature[trees, node]]
            go_left = np.where(np.isnan(values), self.missing_left[trees, node], values <= self.threshold[trees, node])
            node = np.where(go_left, self.left[trees, node], self.right[trees, node])
        return self.baseline + self.value[trees, node].sum(axis=0)

    def save(self, path: str | Path) -> None:
        np.savez_compressed(path, feature=self.feature, threshold=self.threshold, left=self.left, right=self.right,
                            value=self.value, missing_left=self.missing_left, baseline=self.baseline,
                            depth=self.depth, info=json.dumps(self.info))


def read_scorer(source: Any) -> TreeScorer:
    with np.load(source, allow_pickle=False) as data:
        info = json.loads(str(data["info"]))
        if tuple(info.get("features", ())) != FEATURE_NAMES:
            raise ValueError("selector model was trained on other features; retrain it (newsfuse train-selector)")
        return TreeScorer(feature=data["feature"], threshold=data["threshold"], left=data["left"],
                          right=data["right"], value=data["value"], missing_left=data["missing_left"],
                          baseline=float(data["baseline"]), depth=int(data["depth"]), info=info)


@lru_cache(maxsize=4)
def load_scorer(path: str = "") -> TreeScorer:
    """The shipped model, or one saved at `path` by train-selector."""
    if path:
        return read_scorer(Path(path))
    with resources.files("newsfuse.select").joinpath("selector.npz").open("rb") as handle:
        return read_scorer(handle)
