"""Body-text extraction quality: newsfuse `clean` beside trafilatura alone, on hand-marked HTML pages.

Scores are token 4-gram precision and recall against each page's hand-marked body (`*.gold.txt`),
summed over pages (micro-averaged), plus how many gold 4-grams each tool drops.

    python benchmarks/clean_quality.py [PAGES_DIR]      (default: tests/fixtures/html)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import trafilatura

from newsfuse.clean import clean
from newsfuse.model import RawDocument
from newsfuse.text import words

PAGES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "html"


def grams(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = [token.lower().replace("’", "'") for token in words(text)]
    return Counter(tuple(tokens[index:index + n]) for index in range(len(tokens) - n + 1))


def main() -> None:
    pages = Path(sys.argv[1]) if len(sys.argv) > 1 else PAGES
    totals = {name: Counter() for name in ("trafilatura", "newsfuse")}
    print(f"{'page':<24} {'trafilatura P/R':>18} {'newsfuse P/R':>18}")
    for page in sorted(pages.glob("*.html")):
        html = page.read_text(encoding="utf-8", errors="replace")
        gold = grams(page.with_suffix(".gold.txt").read_text(encoding="utf-8"))
        outputs = {"trafilatura": trafilatura.extract(html) or "",
                   "newsfuse": clean(RawDocument(id=page.stem, content=html, kind="html")).text}
        cells = []
        for name, text in outputs.items():
            found = grams(text)
            hits = sum((found & gold).values())
            totals[name].update(hits=hits, found=sum(found.values()), gold=sum(gold.values()))
            cells.append(f"{hits / max(sum(found.values()), 1):.2f}/{hits / max(sum(gold.values()), 1):.2f}")
        print(f"{page.stem:<24} {cells[0]:>18} {cells[1]:>18}")
    for name, total in totals.items():
        precision = total["hits"] / max(total["found"], 1)
        recall = total["hits"] / max(total["gold"], 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print(f"{name:<12} precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f} "
              f"gold 4-grams dropped {total['gold'] - total['hits']}")


if __name__ == "__main__":
    main()
