"""Body-text extraction quality: newsfuse `clean` beside trafilatura alone, on real HTML pages.

Scores are token 4-gram precision and recall against each page's reference body, summed over pages
(micro-averaged), plus how many reference 4-grams each tool drops. Two page sets:

    python benchmarks/clean_quality.py [PAGES_DIR]      hand-marked pages (default: tests/fixtures/html)
    python benchmarks/clean_quality.py --readability dev|held-out|all
        the English pages of Mozilla Readability's test suite (../shared/data/readability-pages), split
        by a hash of the page id: `dev` is the half looked at while changing the line rules, `held-out`
        the half that was not.
"""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import trafilatura

from newsfuse.clean import clean
from newsfuse.model import RawDocument
from newsfuse.text import words

PAGES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "html"
READABILITY = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "readability-pages" / "pages.jsonl.gz"


def grams(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = [token.lower().replace("’", "'") for token in words(text)]
    return Counter(tuple(tokens[index:index + n]) for index in range(len(tokens) - n + 1))


def marked_pages(folder: Path) -> Iterator[tuple[str, str, str]]:
    for page in sorted(folder.glob("*.html")):
        yield page.stem, page.read_text(encoding="utf-8", errors="replace"), \
            page.with_suffix(".gold.txt").read_text(encoding="utf-8")


def readability_pages(part: str) -> Iterator[tuple[str, str, str]]:
    with gzip.open(READABILITY, "rt", encoding="utf-8") as handle:
        for line in handle:
            page = json.loads(line)
            half = "dev" if zlib.crc32(page["id"].encode()) % 2 == 0 else "held-out"
            if page["lang"] == "en" and part in (half, "all"):
                yield page["id"], page["html"], page["expected_text"]


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--readability":
        pages = readability_pages(sys.argv[2])
    else:
        pages = marked_pages(Path(sys.argv[1]) if len(sys.argv) > 1 else PAGES)
    totals = {name: Counter() for name in ("trafilatura", "newsfuse")}
    print(f"{'page':<24} {'trafilatura P/R':>18} {'newsfuse P/R':>18}")
    for name, html, reference in pages:
        gold = grams(reference)
        outputs = {"trafilatura": trafilatura.extract(html) or "",
                   "newsfuse": clean(RawDocument(id=name, content=html, kind="html")).text}
        cells = []
        for tool, text in outputs.items():
            found = grams(text)
            hits = sum((found & gold).values())
            totals[tool].update(hits=hits, found=sum(found.values()), gold=sum(gold.values()))
            cells.append(f"{hits / max(sum(found.values()), 1):.2f}/{hits / max(sum(gold.values()), 1):.2f}")
        print(f"{name:<24} {cells[0]:>18} {cells[1]:>18}")
    for tool, total in totals.items():
        precision = total["hits"] / max(total["found"], 1)
        recall = total["hits"] / max(total["gold"], 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print(f"{tool:<12} precision {precision:.3f} recall {recall:.3f} F1 {f1:.4f} "
              f"gold 4-grams dropped {total['gold'] - total['hits']}")


if __name__ == "__main__":
    main()
