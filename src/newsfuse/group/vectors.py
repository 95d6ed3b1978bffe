"""TF-IDF vectors of content-word stems, the shared representation for grouping and selection."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from newsfuse.text import content_terms


def term_vectors(texts: Sequence[str]) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows; IDF is taken over these texts, so it needs no external corpus."""
    term_lists = [content_terms(text) for text in texts]
    vocabulary: dict[str, int] = {}
    document_frequency: Counter[str] = Counter()
    for terms in term_lists:
        document_frequency.update(set(terms))
    rows: list[int] = []
    columns: list[int] = []
    values: list[float] = []
    count = len(texts)
    for row, terms in enumerate(term_lists):
        for term, frequency in Counter(terms).items():
            column = vocabulary.setdefault(term, len(vocabulary))
            rows.append(row)
            columns.append(column)
            idf = math.log((1.0 + count) / (1.0 + document_frequency[term])) + 1.0
            values.append((1.0 + math.log(frequency)) * idf)
    matrix = sparse.csr_matrix((values, (rows, columns)), shape=(count, max(len(vocabulary), 1)), dtype=np.float64)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)
