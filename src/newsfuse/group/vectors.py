"""TF-IDF cosine similarity of content-word stems, the shared representation for grouping and selection."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse

DENSE_LIMIT = 4_000_000  # matrix cells below which plain numpy beats scipy.sparse's per-call overhead


def cosine_matrix(term_lists: Sequence[Sequence[str]]) -> np.ndarray:
    """All pairwise cosines of L2-normalised TF-IDF rows, dense float32.

    IDF is taken over these rows, so no outside corpus is needed. Computed once per story and shared
    by every later stage.
    """
    vocabulary: dict[str, int] = {}
    document_frequency: Counter[str] = Counter()
    for terms in term_lists:
        document_frequency.update(set(terms))
    rows: list[int] = []
    columns: list[int] = []
    values: list[float] = []
    count = len(term_lists)
    for row, terms in enumerate(term_lists):
        for term, frequency in Counter(terms).items():
            rows.append(row)
            columns.append(vocabulary.setdefault(term, len(vocabulary)))
            idf = math.log((1.0 + count) / (1.0 + document_frequency[term])) + 1.0
            values.append((1.0 + math.log(frequency)) * idf)
    shape = (count, max(len(vocabulary), 1))
    if shape[0] * shape[1] <= DENSE_LIMIT:
        dense = np.zeros(shape, dtype=np.float32)
        dense[rows, columns] = values
        norms = np.linalg.norm(dense, axis=1, keepdims=True)
        dense /= np.where(norms == 0, 1.0, norms)
        return dense @ dense.T
    matrix = sparse.csr_matrix((values, (rows, columns)), shape=shape, dtype=np.float32)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    matrix = sparse.diags(1.0 / np.where(norms == 0, 1.0, norms)) @ matrix
    return (matrix @ matrix.T).toarray().astype(np.float32)
