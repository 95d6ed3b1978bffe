"""Rebuild src/newsfuse/group/idf.tsv.gz: how many Multi-News train articles use each content term."""

import gzip
import json
import sys
from collections.abc import Iterator

from newsfuse.group.separate import IDF_TABLE, write_document_frequencies


def articles(path: str) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            yield from (text for text in json.loads(line)["documents"] if text.strip())


if __name__ == "__main__":
    source = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/multinews/train.jsonl.gz"
    print(f"{write_document_frequencies(articles(source)):,} articles counted into {IDF_TABLE}")
