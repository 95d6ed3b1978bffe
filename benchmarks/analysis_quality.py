"""Analysis quality: precision, recall and F1 of quotes, entities, disagreements and dated events against
hand-written annotations (tests/fixtures/analysis/*.json; see the README there for the matching rules).

    python benchmarks/analysis_quality.py [--json FILE] [--verbose]

DUC stories are read from ../shared/data/duc2006 and skipped when it is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import newsfuse
from newsfuse.config import Settings
from newsfuse.model import Analysis, RawDocument
from newsfuse.read import read_inputs
from newsfuse.read.formats import documents_from_json
from newsfuse.text import STOPWORDS, stem, words

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "analysis"
DUC = ROOT.parent / "shared" / "data" / "duc2006" / "duc2006.jsonl.gz"
FUNCTION_WORDS = STOPWORDS - {"one", "two"}
PARTS = ("quotes", "entities", "disagreements", "events")


def name_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower().replace("’", "'").removeprefix("the ").removesuffix("'s"))


def terms(text: str) -> set[str]:
    """Stemmed words without function words; numbers ("two", "18") kept, as figures are what some claims are."""
    return {stem(word) for word in words(text.lower()) if word not in FUNCTION_WORDS}


def covers(excerpt: str, texts: Iterable[str], share: float = 0.5) -> bool:
    wanted = terms(excerpt)
    return any(len(wanted & terms(text)) >= share * len(wanted) for text in texts)


def names_match(aliases: Sequence[str], text: str) -> bool:
    found = name_key(text)
    return bool(found) and any(name_key(alias) and (name_key(alias) in found or found in name_key(alias))
                               for alias in aliases)


def documents(story: dict[str, Any], duc: dict[str, dict[str, Any]]) -> list[RawDocument] | None:
    source = story["input"]
    if "folder" in source:
        return read_inputs([str(ROOT / source["folder"])], Settings()).documents
    record = duc.get(source["duc"])
    if record is None:
        return None
    by_id = {article["id"]: article for article in record["articles"]}
    return documents_from_json([by_id[article_id] for article_id in source["articles"]], source["duc"], "")


def match_quote(gold: dict[str, Any], quote: Any) -> bool:
    return names_match(gold["speaker"], f"{quote.speaker} {quote.role}") and \
        covers(gold["text"], [quote.text, *quote.variants])


def match_entity(gold: dict[str, Any], entity: Any) -> bool:
    return any(name_key(name) == name_key(variant) for name in gold["names"] for variant in entity.variants)


def match_disagreement(gold: dict[str, Any], item: Any) -> bool:
    if gold["kind"] != item.kind:
        return False
    claims = [side.claim for side in item.sides]
    if gold["kind"] == "value":
        return all(any(value.lower() in claim.lower() for claim in claims) for value in gold["values"])
    if gold["kind"] == "single-source":
        return covers(gold["claim"], claims)
    holders = [side.holder for side in item.sides]
    first, second = gold["holders"]
    return any(names_match(first, a) and names_match(second, b) for a, b in (holders, holders[::-1]))


def match_event(gold: dict[str, Any], event: Any) -> bool:
    return event.date == gold["date"] and covers(gold["text"], [event.text])


MATCHERS: dict[str, Callable[[dict[str, Any], Any], bool]] = {
    "quotes": match_quote, "entities": match_entity, "disagreements": match_disagreement, "events": match_event}


def predictions(analysis: Analysis, part: str) -> list[Any]:
    if part == "events":
        return [event for event in analysis.timeline if event.date]
    return list(getattr(analysis, part))


def score(gold_items: list[dict[str, Any]], predicted: list[Any], matcher: Callable[[dict[str, Any], Any], bool],
          ) -> tuple[Counter[str], list[str]]:
    counts: Counter[str] = Counter()
    counts["gold"] = len(gold_items)
    counts["predicted"] = len(predicted)
    counts["found"] = sum(any(matcher(gold, item) for item in predicted) for gold in gold_items)
    counts["correct"] = sum(any(matcher(gold, item) for gold in gold_items) for item in predicted)
    missed = [json.dumps(gold, ensure_ascii=False) for gold in gold_items
              if not any(matcher(gold, item) for item in predicted)]
    wrong = [repr(item)[:200] for item in predicted if not any(matcher(gold, item) for gold in gold_items)]
    return counts, [f"  missed: {line}" for line in missed] + [f"  extra:  {line}" for line in wrong]


def f1(counts: Counter[str]) -> tuple[float, float, float]:
    precision = counts["correct"] / counts["predicted"] if counts["predicted"] else 0.0
    recall = counts["found"] / counts["gold"] if counts["gold"] else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def kind_accuracy(gold_items: list[dict[str, Any]], analysis: Analysis) -> Counter[str]:
    counts: Counter[str] = Counter()
    for gold in gold_items:
        matched = next((entity for entity in analysis.entities if match_entity(gold, entity)), None)
        if matched:
            counts["matched"] += 1
            counts["right"] += matched.kind == gold["kind"]
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--verbose", action="store_true", help="list missed and extra items")
    args = parser.parse_args()
    duc = {}
    if DUC.exists():
        with gzip.open(DUC, "rt", encoding="utf-8") as handle:
            duc = {record["id"]: record for record in map(json.loads, handle)}
    totals = {part: Counter() for part in PARTS}
    kinds: Counter[str] = Counter()
    print(f"{'story':<18}" + "".join(f"{part + ' P/R':>20}" for part in PARTS))
    for path in sorted(GOLD.glob("*.json")):
        story = json.loads(path.read_text(encoding="utf-8"))
        docs = documents(story, duc)
        if docs is None:
            print(f"{story['story']:<18} skipped: {DUC} not found")
            continue
        analysis = newsfuse.brief(docs).analysis
        assert analysis is not None
        cells, notes = [], []
        for part in PARTS:
            counts, lines = score(story[part], predictions(analysis, part), MATCHERS[part])
            totals[part].update(counts)
            precision, recall, _ = f1(counts)
            cells.append(f"{precision:.2f}/{recall:.2f} ({counts['gold']:>2})")
            notes.extend(f"{part}{line}" for line in lines)
        kinds.update(kind_accuracy(story["entities"], analysis))
        print(f"{story['story']:<18}" + "".join(f"{cell:>20}" for cell in cells))
        if args.verbose:
            print("\n".join(notes))
    print()
    print(f"{'all stories':<18}{'precision':>10}{'recall':>10}{'F1':>10}{'gold':>8}")
    figures = {}
    for part in PARTS:
        precision, recall, score_f1 = f1(totals[part])
        figures[part] = {"precision": precision, "recall": recall, "f1": score_f1, **totals[part]}
        print(f"{part:<18}{precision:>10.3f}{recall:>10.3f}{score_f1:>10.3f}{totals[part]['gold']:>8}")
    accuracy = kinds["right"] / kinds["matched"] if kinds["matched"] else 0.0
    figures["entity_kind_accuracy"] = accuracy
    print(f"entity kind right for {accuracy:.1%} of matched entities")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
