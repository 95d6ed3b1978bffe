"""ROUGE as the rouge-score package computes it (Porter stemming, ROUGE-Lsum on one sentence per line),
with story-level bootstrap intervals."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from newsfuse.model import Article
from newsfuse.segment import segment

if TYPE_CHECKING:
    from rouge_score.rouge_scorer import RougeScorer

METRICS = ("rouge1", "rouge2", "rougeLsum")


@lru_cache(maxsize=1)
def scorer() -> RougeScorer:
    from rouge_score.rouge_scorer import RougeScorer

    return RougeScorer(list(METRICS), use_stemmer=True)


def truncate(sentences: Sequence[str], words: int) -> list[str]:
    """The first `words` whitespace words of the summary, sentence breaks kept."""
    kept: list[str] = []
    remaining = words
    for sentence in sentences:
        tokens = sentence.split()
        if remaining <= 0:
            break
        kept.append(" ".join(tokens[:remaining]))
        remaining -= len(tokens)
    return kept


def lines_of(reference: str) -> str:
    """One sentence per line, which ROUGE-Lsum needs."""
    return "\n".join(sentence.text for sentence in segment(Article(id="ref", text=reference.replace("\n", " "))))


def score_summary(sentences: Sequence[str], references: Sequence[str], words: int) -> dict[str, float]:
    """F1 of each metric, averaged over the references, on the summary cut to `words`."""
    candidate = "\n".join(truncate(sentences, words))
    totals = dict.fromkeys(METRICS, 0.0)
    for reference in references:
        result = scorer().score(lines_of(reference), candidate)
        for metric in METRICS:
            totals[metric] += result[metric].fmeasure
    return {metric: 100 * total / max(len(references), 1) for metric, total in totals.items()}


def bootstrap_interval(values: Sequence[float], samples: int = 1000, seed: int = 0) -> tuple[float, float]:
    """95% interval of the mean, resampling stories."""
    data = np.asarray(values, dtype=float)
    if len(data) < 2:
        return float(data.mean()) if len(data) else 0.0, float(data.mean()) if len(data) else 0.0
    rng = np.random.default_rng(seed)
    means = data[rng.integers(0, len(data), size=(samples, len(data)))].mean(axis=1)
    return float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


@lru_cache(maxsize=500_000)
def rouge_tokens(text: str) -> tuple[str, ...]:
    return tuple(scorer()._tokenizer.tokenize(text))


def ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[index:index + n]) for index in range(len(tokens) - n + 1))


def overlap_f1(candidate: Counter, reference: Counter) -> float:
    hits = sum((candidate & reference).values())
    if not hits:
        return 0.0
    precision, recall = hits / sum(candidate.values()), hits / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


def oracle(sentences: Sequence[str], references: Sequence[str], words: int) -> list[int]:
    """Greedy extractive oracle: add the sentence that most raises ROUGE-1 + ROUGE-2 F1, within `words`."""
    reference_grams = [(ngrams(tokens, 1), ngrams(tokens, 2))
                       for tokens in (rouge_tokens(reference) for reference in references)]
    tokens = [rouge_tokens(sentence) for sentence in sentences]
    lengths = [len(sentence.split()) for sentence in sentences]
    chosen: list[int] = []
    unigrams: Counter = Counter()
    bigrams: Counter = Counter()
    best = 0.0
    used = 0
    while used < words:
        best_index, best_gain = -1, best
        for index, sentence_tokens in enumerate(tokens):
            if index in chosen or not sentence_tokens:
                continue
            one = unigrams + ngrams(sentence_tokens, 1)
            two = bigrams + ngrams(sentence_tokens, 2)
            value = sum(overlap_f1(one, ref1) + overlap_f1(two, ref2) for ref1, ref2 in reference_grams)
            if value > best_gain:
                best_index, best_gain = index, value
        if best_index < 0:
            break
        chosen.append(best_index)
        unigrams += ngrams(tokens[best_index], 1)
        bigrams += ngrams(tokens[best_index], 2)
        best = best_gain
        used += lengths[best_index]
    return chosen
