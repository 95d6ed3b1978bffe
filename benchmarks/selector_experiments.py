"""Selector variants tried in session 3 for issue 3, on the first Multi-News validation stories.

Each variant ranks the same facts (same cleaning, segmentation and features as `newsfuse brief`) and
fills the same 250-word budget; ROUGE as in `newsfuse evaluate`. Variants:
- shipped: the shipped trees blended with centrality (what newsfuse does);
- coverage: greedy selection that also rewards word bigrams carried by several sources and not yet
  covered (concept coverage in the style of Gillick & Favre), mixed with the shipped score;
- retrained: trees fitted here on the first `--train` Multi-News train stories, with binary oracle labels
  (as shipped) or soft labels (each sentence's unigram / bigram precision against the reference).

    python benchmarks/selector_experiments.py --stories 400 --train 4000
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import numpy as np

from newsfuse.config import Settings
from newsfuse.evaluate.rouge import ngrams, oracle, rouge_tokens, score_summary
from newsfuse.select import FEATURE_NAMES, StoryView, blend, choose, fact_features, load_scorer, order
from story_views import story_views

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "multinews"
SETTINGS = Settings().with_overrides(analysis_words=0)
WORDS = 250
Ranker = Callable[[StoryView, np.ndarray], list[int]]
FUNCTION_WORDS = set("the a an of to in and or for on at by with from as is are was were be been it its this that "
                     "he she they his her their said says say will would has have had not but who which".split())


def prepared(path: Path, limit: int) -> list[tuple[StoryView, np.ndarray, list[str]]]:
    return [(view, fact_features(view), references) for _, view, references in story_views(path, limit, SETTINGS)]


def rouge(stories: list[tuple[StoryView, np.ndarray, list[str]]], rank: Ranker) -> tuple[float, float]:
    totals = np.zeros(2)
    for view, features, references in stories:
        texts = [view.sentences[view.facts[index].representative].text for index in order(view, rank(view, features))]
        scores = score_summary(texts, references, WORDS)
        totals += (scores["rouge1"], scores["rouge2"])
    return tuple(totals / len(stories))


def by_scores(score: Callable[[np.ndarray], np.ndarray], centrality_weight: float) -> Ranker:
    def rank(view: StoryView, features: np.ndarray) -> list[int]:
        blended = blend(score(features), features[:, FEATURE_NAMES.index("centrality")], centrality_weight)
        return choose(view, blended, WORDS, SETTINGS.redundancy_threshold, SETTINGS.min_sentence_words,
                      SETTINGS.max_sentence_words)
    return rank


def coverage(mix: float) -> Ranker:
    def rank(view: StoryView, features: np.ndarray) -> list[int]:
        shipped = blend(load_scorer().score(features), features[:, FEATURE_NAMES.index("centrality")],
                        SETTINGS.centrality_weight)
        bigrams = []
        for sentence in view.sentences:
            tokens = rouge_tokens(sentence.text)
            bigrams.append({pair for pair in pairwise(tokens)
                            if not set(pair) <= FUNCTION_WORDS})
        sources: dict[tuple[str, str], set[int]] = defaultdict(set)
        for sentence, pairs in zip(view.sentences, bigrams, strict=True):
            for pair in pairs:
                sources[pair].add(view.independent_source(sentence.article))
        covered: set[tuple[str, str]] = set()
        chosen: list[int] = []
        remaining = WORDS
        while remaining >= SETTINGS.min_sentence_words:
            best, best_value = None, -np.inf
            for index, fact in enumerate(view.facts):
                length = int(view.word_counts[index])
                if index in chosen or not SETTINGS.min_sentence_words <= length <= min(remaining,
                                                                                      SETTINGS.max_sentence_words):
                    continue
                if chosen and view.similarity[fact.representative,
                                              view.representatives[chosen]].max() >= SETTINGS.redundancy_threshold:
                    continue
                gain = sum(len(sources[pair]) for pair in bigrams[fact.representative] - covered
                           if len(sources[pair]) >= 2)
                value = mix * shipped[index] + (1 - mix) * gain / length
                if value > best_value:
                    best, best_value = index, value
            if best is None:
                break
            chosen.append(best)
            covered |= bigrams[view.facts[best].representative]
            remaining -= int(view.word_counts[best])
        return chosen
    return rank


def training_rows(limit: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows, binary, soft = [], [], []
    for view, features, references in prepared(DATA / "train.jsonl.gz", limit):
        texts = [view.sentences[fact.representative].text for fact in view.facts]
        picked = np.zeros(len(texts))
        picked[oracle(texts, references, WORDS)] = 1.0
        reference = rouge_tokens(references[0])
        unigrams, bigrams = ngrams(reference, 1), ngrams(reference, 2)
        for text in texts:
            tokens = rouge_tokens(text)
            own1, own2 = ngrams(tokens, 1), ngrams(tokens, 2)
            soft.append((sum((own1 & unigrams).values()) / max(sum(own1.values()), 1),
                         sum((own2 & bigrams).values()) / max(sum(own2.values()), 1)))
        rows.append(features)
        binary.append(picked)
    return np.vstack(rows), np.concatenate(binary), np.array(soft)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=400, help="validation stories scored")
    parser.add_argument("--train", type=int, default=4000, help="train stories for the retrained variants")
    args = parser.parse_args()
    from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor

    stories = prepared(DATA / "validation.jsonl.gz", args.stories)
    print(f"{len(stories)} validation stories, {WORDS} words: ROUGE-1 / ROUGE-2")
    print("  shipped                      {:.2f} / {:.2f}".format(*rouge(stories, by_scores(
        load_scorer().score, SETTINGS.centrality_weight))))
    for mix in (0.9, 0.7, 0.5):
        print(f"  coverage, shipped share {mix}   " + "{:.2f} / {:.2f}".format(*rouge(stories, coverage(mix))))
    rows, binary, soft = training_rows(args.train)
    settings = {"max_iter": 300, "max_depth": 6, "learning_rate": 0.05, "random_state": 0}
    models = {"binary labels": HistGradientBoostingClassifier(**settings).fit(rows, binary).decision_function}
    for name, target in (("soft unigram labels", soft[:, 0]), ("soft bigram labels", soft[:, 1]),
                         ("soft mean labels", soft.mean(axis=1))):
        models[name] = HistGradientBoostingRegressor(**settings).fit(rows, target).predict
    for name, score in models.items():
        for weight in (0.0, 0.25):
            print(f"  retrained, {name}, centrality {weight}  " + "{:.2f} / {:.2f}".format(
                *rouge(stories, by_scores(score, weight))))


if __name__ == "__main__":
    main()
