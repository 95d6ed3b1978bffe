"""Analysis quality: precision, recall and F1 of quotes, entities, disagreements and dated events against
hand-written annotations (tests/fixtures/analysis/*.json; see the README there for the matching rules),
beside peers run in the same script on the same cleaned articles:

- entities: spaCy's recogniser as it is (the same small English model), one entity per distinct name;
- quotes: textacy's `direct_quotations` (spaCy's full pipeline with the parser), paragraph by paragraph with
  ``...'' turned into "..." for it (it gives up on a paragraph with unbalanced quotation marks);
- dated events: dateparser's `search_dates` on each sentence, relative to the article's publication date
  (articles without one are skipped, as newsfuse does), credited when its date begins with the gold date.

There is no peer for disagreements. Entities also report how many predicted entities each matched gold
entity is split into (1.0 is ideal: every name variant merged).

    python benchmarks/analysis_quality.py [--split dev|frozen|all] [--story NAME ...] [--json FILE] [--verbose]

Stories are dev (rules may be tuned on them) or frozen (`"split": "frozen"`: annotated before any rule was
changed for them and never looked at while tuning); the two are scored and reported apart. Places: a gold
place carries the country it is in, and newsfuse's map point for it must fall in that country.

DUC stories are read from ../shared/data/duc2006 and skipped when it is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import newsfuse
from newsfuse.analyse.nlp import MODEL
from newsfuse.config import Settings
from newsfuse.model import Analysis, Briefing, Entity, Event, Quote, RawDocument
from newsfuse.read import read_inputs
from newsfuse.read.formats import documents_from_json
from newsfuse.segment import segment
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


def match_quote_span(gold: dict[str, Any], quote: Any) -> bool:
    """Precision only: a quote is also right when its speaker is the gold speaker and its words come from the
    paragraph that holds the gold statement. The gold has one entry per statement, newsfuse one per quotation
    span: "“A,” he said. “B.”" is one gold entry and two quotes, and B is not wrong."""
    return match_quote(gold, quote) or (
        names_match(gold["speaker"], f"{quote.speaker} {quote.role}") and bool(gold.get("paragraph"))
        and covers(quote.text, [gold["paragraph"]], share=0.8))


def with_paragraphs(quotes: list[dict[str, Any]], briefing: Briefing) -> list[dict[str, Any]]:
    lines = [line for source in briefing.sources for line in source.article.text.split("\n")]
    return [{**gold, "paragraph": next((line for line in lines if covers(gold["text"], [line])), "")}
            for gold in quotes]


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


@lru_cache(maxsize=1)
def full_pipeline() -> Any:
    import spacy

    return spacy.load(MODEL)


def peer_entities(briefing: Briefing) -> list[Entity]:
    kinds = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place"}
    found: dict[str, Entity] = {}
    for source in briefing.sources:
        for entity in full_pipeline()(source.article.text).ents:
            if entity.label_ in kinds and entity.text not in found:
                found[entity.text] = Entity(entity.text, kinds[entity.label_], (entity.text,), (source.number,), 1)
    return list(found.values())


def peer_quotes(briefing: Briefing) -> list[Quote]:
    from textacy.extract.triples import direct_quotations

    quotes = []
    for source in briefing.sources:
        for paragraph in source.article.text.split("\n"):  # textacy gives up on a whole text with one odd quote
            try:
                triples = list(direct_quotations(full_pipeline()(paragraph.replace("``", '"').replace("''", '"'))))
            except ValueError:  # unbalanced quotation marks in this paragraph
                continue
            for triple in triples:
                speaker = " ".join(token.text for token in triple.speaker)
                quotes.append(Quote(speaker, "", str(triple.content).strip("“”\"' ,"), True, (source.number,)))
    return quotes


def peer_events(briefing: Briefing) -> list[Event]:
    from dateparser.search import search_dates

    events = []
    for source in briefing.sources:
        if not source.article.published:
            continue
        base = datetime.fromisoformat(source.article.published[:10])
        for sentence in segment(source.article, source.number - 1):
            found = search_dates(sentence.text, languages=["en"],
                                 settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
            if found:
                events.append(Event(found[0][1].date().isoformat(), sentence.text, found[0][0], (source.number,)))
    return events


def match_peer_event(gold: dict[str, Any], event: Any) -> bool:
    """A peer's dates are always days: credit it when the day falls in the gold date ("2015-09")."""
    return event.date.startswith(gold["date"]) and covers(gold["text"], [event.text])


PEERS: dict[str, tuple[str, Callable[[Briefing], list[Any]], Callable[[dict[str, Any], Any], bool]]] = {
    "entities": ("spaCy entities as-is", peer_entities, match_entity),
    "quotes": ("textacy direct quotations", peer_quotes, match_quote),
    "events": ("dateparser search_dates", peer_events, match_peer_event),
}


def split_ratio(gold_items: list[dict[str, Any]], entities: list[Any]) -> Counter[str]:
    """How many predicted entities each matched gold entity is spread over."""
    counts: Counter[str] = Counter()
    for gold in gold_items:
        pieces = sum(match_entity(gold, entity) for entity in entities)
        if pieces:
            counts["matched"] += 1
            counts["pieces"] += pieces
    return counts


def place_counts(gold_items: list[dict[str, Any]], analysis: Analysis) -> tuple[Counter[str], list[str]]:
    """Places: of the gold places that carry a country and that newsfuse puts on the map, how many point into
    that country; and how many of newsfuse's places are people or organisations in the gold."""
    counts: Counter[str] = Counter()
    notes = []
    place_entities = [entity for entity in analysis.entities if entity.kind == "place"]
    points = {place.name: place for place in analysis.places if place.latitude is not None}
    for gold in gold_items:
        if gold["kind"] != "place" or not gold.get("country"):
            continue
        placed = [points[entity.name] for entity in place_entities
                  if entity.name in points and match_entity(gold, entity)]
        if placed:
            counts["placed"] += 1
            right = all(place.country == gold["country"] for place in placed)
            counts["right"] += right
            if not right:
                notes.append(f"  wrong place: {gold['names'][0]} ({gold['country']}) -> "
                             f"{[(place.name, place.country) for place in placed]}")
    counts["places"] = len(place_entities)
    for entity in place_entities:
        kinds = {gold["kind"] for gold in gold_items if match_entity(gold, entity)}
        if kinds and "place" not in kinds:
            counts["not_places"] += 1
            notes.append(f"  not a place: {entity.name} (a {'/'.join(sorted(kinds))})")
    return counts, notes


def report(split: str, totals: dict[str, Counter[str]], peer_totals: dict[str, Counter[str]], kinds: Counter[str],
           splits: dict[str, Counter[str]], places: Counter[str], spans: Counter[str], stories: int) -> dict[str, Any]:
    print(f"\n{split} ({stories} stories)")
    print(f"{'':<40}{'precision':>10}{'recall':>10}{'F1':>10}{'gold':>8}")
    figures: dict[str, Any] = {"stories": stories}
    for part in PARTS:
        rows = [("newsfuse", totals[part])]
        if part in PEERS:
            rows.append((PEERS[part][0], peer_totals[part]))
        for name, counts in rows:
            precision, recall, score_f1 = f1(counts)
            figures.setdefault(part, {})[name] = {"precision": precision, "recall": recall, "f1": score_f1, **counts}
            print(f"{part + ': ' + name:<40}{precision:>10.3f}{recall:>10.3f}{score_f1:>10.3f}{counts['gold']:>8}")
    span_precision = f1(spans)[0]
    figures["quotes_span_precision"] = span_precision
    print(f"quotes precision crediting each quotation span of a gold statement: {span_precision:.3f}")
    accuracy = kinds["right"] / kinds["matched"] if kinds["matched"] else 0.0
    figures["entity_kind_accuracy"] = accuracy
    print(f"entity kind right for {accuracy:.1%} of matched entities")
    for name, counts in splits.items():
        ratio = counts["pieces"] / counts["matched"] if counts["matched"] else 0.0
        figures.setdefault("entity_pieces_per_gold_entity", {})[name] = ratio
        print(f"{name}: each matched gold entity is spread over {ratio:.2f} predicted entities")
    right = places["right"] / places["placed"] if places["placed"] else 0.0
    figures["places"] = {"right": right, **places}
    print(f"places: {places['right']}/{places['placed']} gold places on the map point into the right country "
          f"({right:.1%}); {places['not_places']} of {places['places']} listed places are people or organisations")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--verbose", action="store_true", help="list newsfuse's missed and extra items")
    parser.add_argument("--split", choices=("dev", "frozen", "all"), default="all",
                        help="dev: stories rules may be tuned on; frozen: never tuned on, scored apart")
    parser.add_argument("--story", nargs="+", default=[], help="only stories whose name holds one of these")
    args = parser.parse_args()
    duc = {}
    if DUC.exists():
        with gzip.open(DUC, "rt", encoding="utf-8") as handle:
            duc = {record["id"]: record for record in map(json.loads, handle)}
    splits_wanted = ("dev", "frozen") if args.split == "all" else (args.split,)
    tallies = {split: {"totals": {part: Counter() for part in PARTS}, "peers": {part: Counter() for part in PEERS},
                       "kinds": Counter(), "splits": {"newsfuse": Counter(), "peer": Counter()},
                       "places": Counter(), "spans": Counter(), "stories": 0} for split in splits_wanted}
    print(f"{'story':<18}{'split':>7}" + "".join(f"{part + ' P/R':>20}" for part in PARTS))
    for path in sorted(GOLD.glob("*.json")):
        story = json.loads(path.read_text(encoding="utf-8"))
        split = story.get("split", "dev")
        if split not in tallies or (args.story and not any(part in story["story"] for part in args.story)):
            continue
        docs = documents(story, duc)
        if docs is None:
            print(f"{story['story']:<18} skipped: {DUC} not found")
            continue
        tally = tallies[split]
        tally["stories"] += 1
        # the annotated articles are analysed as given, even when two of a broad topic are unrelated stories
        briefing = newsfuse.brief(docs, settings=Settings(separate_threshold=0))
        analysis = briefing.analysis
        assert analysis is not None
        cells, notes = [], []
        for part in PARTS:
            counts, lines = score(story[part], predictions(analysis, part), MATCHERS[part])
            tally["totals"][part].update(counts)
            precision, recall, _ = f1(counts)
            cells.append(f"{precision:.2f}/{recall:.2f} ({counts['gold']:>2})")
            notes.extend(f"{part}{line}" for line in lines)
        spans, _ = score(with_paragraphs(story["quotes"], briefing), list(analysis.quotes), match_quote_span)
        tally["spans"].update(spans)
        for part, (_, run, matcher) in PEERS.items():
            peer_predicted = run(briefing)
            tally["peers"][part].update(score(story[part], peer_predicted, matcher)[0])
            if part == "entities":
                tally["splits"]["peer"].update(split_ratio(story[part], peer_predicted))
        tally["splits"]["newsfuse"].update(split_ratio(story["entities"], list(analysis.entities)))
        tally["kinds"].update(kind_accuracy(story["entities"], analysis))
        counts, lines = place_counts(story["entities"], analysis)
        tally["places"].update(counts)
        notes.extend(f"places{line}" for line in lines)
        print(f"{story['story']:<18}{split:>7}" + "".join(f"{cell:>20}" for cell in cells))
        if args.verbose:
            print("\n".join(notes))
    figures = {split: report(split, tally["totals"], tally["peers"], tally["kinds"], tally["splits"],
                             tally["places"], tally["spans"], tally["stories"]) for split, tally in tallies.items()}
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
