"""Select stage: score each fact, pick the best within the word budget without repeats, order them."""

from newsfuse.select.compress import compress
from newsfuse.select.features import FEATURE_NAMES, StoryView, fact_features
from newsfuse.select.scorer import TreeScorer, load_scorer
from newsfuse.select.selection import blend, choose, default_budget, order

__all__ = ["FEATURE_NAMES", "StoryView", "TreeScorer", "blend", "choose", "compress",
           "default_budget", "fact_features", "load_scorer", "order"]
