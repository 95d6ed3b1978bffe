"""The sentence scorer: a standardised linear model whose weights ship as package data (selector.json).

`newsfuse train-selector` refits it on Multi-News train; the file records how it was made.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from newsfuse.select.features import FEATURE_NAMES


@dataclass(frozen=True)
class LinearScorer:
    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    provenance: str = ""

    def score(self, features: np.ndarray) -> np.ndarray:
        if features.shape[1] != len(self.features):
            raise ValueError(f"scorer expects {len(self.features)} features, got {features.shape[1]}")
        return ((features - self.mean) / self.scale) @ self.weights + self.bias

    def to_json(self) -> str:
        return json.dumps({"features": list(self.features), "mean": self.mean.tolist(),
                           "scale": self.scale.tolist(), "weights": self.weights.tolist(),
                           "bias": self.bias, "provenance": self.provenance}, indent=1)

    @classmethod
    def from_json(cls, text: str) -> LinearScorer:
        data = json.loads(text)
        if tuple(data["features"]) != FEATURE_NAMES:
            raise ValueError("selector model was trained on other features; retrain it (newsfuse train-selector)")
        return cls(features=tuple(data["features"]), mean=np.array(data["mean"]), scale=np.array(data["scale"]),
                   weights=np.array(data["weights"]), bias=float(data["bias"]),
                   provenance=data.get("provenance", ""))


@lru_cache(maxsize=4)
def load_scorer(path: str = "") -> LinearScorer:
    """The shipped model, or one saved at `path` by train-selector."""
    text = Path(path).read_text() if path else resources.files("newsfuse.select").joinpath(
        "selector.json").read_text()
    return LinearScorer.from_json(text)
