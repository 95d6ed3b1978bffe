"""B-cubed scoring of a clustering against the truth, shared by the grouping benchmarks (plain Python, so
it also runs in the separate environment of grouping_ceiling.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence


def b_cubed(truth: Sequence[int], found: Sequence[int]) -> tuple[float, float, float]:
    """Precision, recall and F1, averaged over items."""
    by_truth: dict[int, set[int]] = defaultdict(set)
    by_found: dict[int, set[int]] = defaultdict(set)
    for item, (label, cluster) in enumerate(zip(truth, found, strict=True)):
        by_truth[label].add(item)
        by_found[cluster].add(item)
    precision = recall = 0.0
    for label, cluster in zip(truth, found, strict=True):
        shared = len(by_truth[label] & by_found[cluster])
        precision += shared / len(by_found[cluster])
        recall += shared / len(by_truth[label])
    precision, recall = precision / len(truth), recall / len(truth)
    return precision, recall, 2 * precision * recall / (precision + recall)
