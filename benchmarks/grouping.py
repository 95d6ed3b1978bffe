"""Story grouping on a stream: newsfuse's online grouping beside TF-IDF + agglomerative clustering.

Mixes the articles of the first K Multi-News validation stories (or of DUC 2006's 50 topics), shuffles
them (fixed seed), ingests them one by one into a fresh SQLite store, and scores the stories found
against the truth with B-cubed F1 and the adjusted Rand index. The peer (scikit-learn, average link over
TF-IDF cosine) clusters all articles at once, offline, twice: given the true number of stories, and with
its distance threshold tuned on the very truth it is scored against (the best of a grid): two things
newsfuse never sees. Also reports ingest throughput, per 500 articles.

    python benchmarks/grouping.py --stories 100 1000
    python benchmarks/grouping.py --duc all dev frozen            (DUC 2006 shuffled without dates)
    python benchmarks/grouping.py --duc all dev frozen --dated    (DUC 2006 in date order, with its dates)
    python benchmarks/grouping.py --stories 4000 --no-peer      (the ingest-rate curve over 10,751 articles)
    python benchmarks/grouping.py --stories 4000 --no-peer --window 50 [--dated]   (stories come and go)

DUC's topics are split in two halves by a hash of their id: `dev` (looked at while choosing the
grouping settings) and `frozen` (not looked at until the settings were fixed).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import zlib
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from clusters import b_cubed
from newsfuse.clean import clean_all
from newsfuse.config import Settings, settings_from_env
from newsfuse.evaluate.data import load_stories
from newsfuse.model import Article
from newsfuse.store import Store, published_time

FIRST_DAY = datetime(2020, 1, 1, tzinfo=UTC)
SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
DATA = SHARED / "multinews" / "validation.jsonl.gz"
DUC = SHARED / "duc2006" / "duc2006.jsonl.gz"
PEER_THRESHOLDS = [0.7, 0.75, 0.8, 0.84, 0.86, 0.88, 0.9, 0.91, 0.92, 0.93, 0.94, 0.95, 0.96, 0.97]


def mixed_stream(stories: int, settings: Settings, window: int = 0,
                 dated: bool = False) -> tuple[list[Article], list[int]]:
    """The stories' articles shuffled together; with `window`, only within successive groups of that many
    stories, so stories come and go as in a day's news instead of all running from start to end. `dated`
    makes each group one day's news (Multi-News articles carry no dates), so quiet stories close."""
    items: list[tuple[Article, int]] = []
    for label, story in enumerate(load_stories(str(DATA), limit=stories)):
        articles, _ = clean_all(story.documents, settings.english_min_ratio)
        if dated:
            day = (FIRST_DAY + timedelta(days=label // window)).isoformat()
            articles = [replace(article, published=day) for article in articles]
        items.extend((article, label) for article in articles)
    random.Random(7).shuffle(items)
    if window:  # a stable sort keeps each window's articles in their shuffled order
        items.sort(key=lambda item: item[1] // window)
    return [article for article, _ in items], [label for _, label in items]


def duc_stream(part: str, dated: bool, settings: Settings) -> tuple[list[Article], list[int]]:
    """DUC 2006's articles (of all topics, or one half), shuffled; `dated`: then put in date order, else
    their dates are dropped."""
    items: list[tuple[Article, int]] = []
    for label, topic in enumerate(load_stories(str(DUC))):
        half = "dev" if zlib.crc32(topic.id.encode()) % 2 == 0 else "frozen"
        if part in ("all", half):
            articles, _ = clean_all(topic.documents, settings.english_min_ratio)
            items.extend((article if dated else replace(article, published=""), label) for article in articles)
    random.Random(7).shuffle(items)
    if dated:  # a stable sort: articles of one moment stay shuffled
        items.sort(key=lambda item: published_time(item[0]) or FIRST_DAY)
    return [article for article, _ in items], [label for _, label in items]


def run_newsfuse(articles: list[Article], settings: Settings) -> tuple[list[int], list[float], float]:
    """Each article's story once the whole stream is in (stories merged later answer as the story they joined),
    the ingest rates per 500 articles, and the seconds ingest took."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{folder}/bench.db", merge_threshold=settings.merge_threshold)
        index = store.load_index(settings)
        found, chunk_rates = [], []
        began = started = time.perf_counter()
        for number, article in enumerate(articles, start=1):
            found.append(store.ingest(article, index, datetime.now(UTC)).story_id)
            if number % 500 == 0:
                chunk_rates.append(500 / (time.perf_counter() - started))
                started = time.perf_counter()
        elapsed = time.perf_counter() - began
        found = [store.resolve(story_id) for story_id in found]
        store.close()
    return found, chunk_rates, elapsed


def run_peer(articles: list[Article], truth: list[int]) -> tuple[list[int], list[int], float]:
    """The peer's clusters given the true number of stories, and with the distance threshold that scores
    best against the truth (and that threshold)."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1).fit_transform(
        [f"{article.title} {article.text}" for article in articles]).toarray()
    given_k = AgglomerativeClustering(n_clusters=len(set(truth)), metric="cosine", linkage="average")
    tuned = max(((b_cubed(truth, labels)[2], threshold, labels) for threshold in PEER_THRESHOLDS
                 for labels in [AgglomerativeClustering(n_clusters=None, distance_threshold=threshold,
                                                        metric="cosine", linkage="average")
                                .fit_predict(vectors).tolist()]), key=lambda found: found[:2])
    return given_k.fit_predict(vectors).tolist(), tuned[2], tuned[1]


def truth_check(articles: list[Article], truth: list[int]) -> None:
    """How separable the benchmark's own stories are: Multi-News "stories" are editors' round-ups whose
    sources sometimes report different events."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(
        [f"{article.title} {article.text}" for article in articles])
    similarity = (vectors @ vectors.T).toarray()
    labels = np.array(truth)
    same = labels[:, None] == labels[None, :]
    np.fill_diagonal(same, False)
    pairs = similarity[np.triu(same, 1)]
    np.fill_diagonal(similarity, -1.0)
    has_partner = same.any(axis=1)
    best_same = np.where(same, similarity, -1.0).max(axis=1)
    best_other = np.where(~same, similarity, -1.0).max(axis=1)
    print(f"  truth check: {len(pairs):,} same-story pairs, {np.mean(pairs < 0.05):.0%} with TF-IDF cosine "
          f"< 0.05 (median {np.median(pairs):.2f}); for {np.mean(best_same[has_partner] < best_other[has_partner]):.0%}"
          f" of articles the most similar article belongs to another story")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--duc", nargs="+", choices=["all", "dev", "frozen"],
                        help="DUC 2006 topics instead of Multi-News stories: all, or a half")
    parser.add_argument("--truth-check", action="store_true", help="also measure how far the true stories "
                                                                     "are separable by their words at all")
    parser.add_argument("--window", type=int, default=0, help="shuffle only within successive groups of this many "
                                                               "stories (default: all shuffled together)")
    parser.add_argument("--dated", action="store_true", help="date each window's articles one day after the last "
                                                              "window's, so stories close after the quiet period")
    parser.add_argument("--no-peer", action="store_true", help="newsfuse only (for long ingest-rate curves: the "
                                                                "peer needs all pairwise distances in memory)")
    args = parser.parse_args()
    if args.dated and not (args.window or args.duc):
        parser.error("--dated needs --window (Multi-News has no dates) or --duc")
    from sklearn.metrics import adjusted_rand_score

    settings = settings_from_env()
    runs = ([(f"DUC 2006 {part} ({'dated, in date order' if args.dated else 'shuffled, undated'})",
              lambda part=part: duc_stream(part, args.dated, settings)) for part in args.duc] if args.duc else
            [(f"K={stories}", lambda stories=stories: mixed_stream(stories, settings, args.window, args.dated))
             for stories in args.stories])
    for name, stream in runs:
        articles, truth = stream()
        found, rates, elapsed = run_newsfuse(articles, settings)
        print(f"{name}: {len(articles)} articles, {len(set(truth))} true stories, {len(Counter(found))} found")
        precision, recall, f1 = b_cubed(truth, found)
        print(f"  newsfuse online   B-cubed F1 {f1:.3f} (P {precision:.3f} R {recall:.3f})  ARI "
              f"{adjusted_rand_score(truth, found):.3f}  {len(articles) / elapsed:.0f} articles/s")
        if not args.no_peer:
            given_k, tuned, threshold = run_peer(articles, truth)
            for label, peer in ((" given K", given_k), (f" tuned on the truth ({threshold})", tuned)):
                precision, recall, f1 = b_cubed(truth, peer)
                print(f"  tfidf+agglomerative{label} B-cubed F1 {f1:.3f} (P {precision:.3f} R {recall:.3f})"
                      f"  ARI {adjusted_rand_score(truth, peer):.3f}")
        if rates:
            print("  ingest rate per 500 articles: " + ", ".join(f"{rate:.0f}" for rate in rates))
        if args.truth_check:
            truth_check(articles, truth)


if __name__ == "__main__":
    main()
