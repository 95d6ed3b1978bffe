"""Analyse stage: who said what, where the sources disagree, who and where, and when.

Input: the story's articles and sentences (from segment); output: an Analysis value. spaCy finds the
names; rules do the rest (attribution, figures, dates), because news wording is formulaic and rules are
fast and inspectable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsfuse.analyse.disagreements import account_disagreements, figure_disagreements
from newsfuse.analyse.entities import EntityIndex, index_entities, live, variants
from newsfuse.analyse.names import name_tokens
from newsfuse.analyse.nlp import Mention, Passage, find_mentions, with_known_people
from newsfuse.analyse.places import STATE_ABBREVIATIONS, Location, gazetteer, named_as_place, used_as_places
from newsfuse.analyse.quotes import GROUP_BEFORE, TIME_WORDS, Speaker, SpeakerResolver, collect_said, merge_quotes
from newsfuse.analyse.roles import best, role_beside, title_before
from newsfuse.analyse.timeline import anchor_date, build_timeline
from newsfuse.model import Analysis, Article, Entity, Place, Sentence
from newsfuse.text import WORD, word_count


def budgeted(sentences: Sequence[Sentence], words: int) -> list[Sentence]:
    """Each article's leading sentences in turn, up to `words` words: analysis cost grows with text."""
    by_depth = sorted(sentences, key=lambda sentence: (sentence.position, sentence.article))
    kept, total = [], 0
    for sentence in by_depth:
        total += word_count(sentence.text)
        if total > words:
            break
        kept.append(sentence)
    return sorted(kept, key=lambda sentence: (sentence.article, sentence.position))


def common_word(mention: Mention, lowercase_words: set[str], sentence: str) -> bool:
    """A one-word "name" the story also writes in lower case ("Defense") is an ordinary word; a "person" only when
    it opens its sentence ("Malaria affects 40 percent ...")."""
    return " " not in mention.text and mention.text.lower() in lowercase_words \
        and (mention.kind != "person" or not sentence[:mention.start].strip(" “\"`'"))


# "Rome, N.Y.", "Paris, Texas": a town in that state; a state's full name only where no list goes on after it
# ("Moscow, Washington and Beijing", "Moscow, Washington, Beijing" are three capitals)
STATE_NAMES = "|".join(map(re.escape, set(STATE_ABBREVIATIONS.values())))
STATE_AFTER = re.compile(r",\s*(" + "|".join(map(re.escape, STATE_ABBREVIATIONS)) + r"|(?:" + STATE_NAMES
                         + r")(?=\s*(?:[.;:)]|,\s+[a-z]|$)))(?!\w)")


def dateline_countries(articles: Sequence[Article]) -> set[str]:
    """Countries the datelines name, context for the places in the text: "SMYRNA, Tenn." is in the US."""
    names = {article.place.split(",")[-1].strip() for article in articles if article.place}
    return {place.country for place in gazetteer().lookup(names).values()}


def titles_and_roles(passages: Sequence[Passage], index: EntityIndex) -> dict[int, tuple[str, str]]:
    """(title, role) per person cluster, from the words beside its mentions."""
    found: dict[int, tuple[list[str], list[str]]] = {}
    people = frozenset(word for cluster in index.clusters if cluster.kind == "person"
                       for spelling in cluster.spellings for word in name_tokens(spelling))  # no titles
    for (number, mention_number), cluster in index.of_mention.items():
        if index.clusters[cluster].kind != "person":
            continue
        passage = passages[number]
        mention = passage.mentions[mention_number]
        before, after = passage.text[:mention.start], passage.text[mention.end:]
        titles, role_list = found.setdefault(cluster, ([], []))
        titles.append(title_before(before, passage.text))
        role_list.append(role_beside(before, after, people, passage.text))
    return {cluster: (best([title for title in titles if title]), best([role for role in role_list if role]))
            for cluster, (titles, role_list) in found.items()}


def story_kinds(passages: list[Passage], index: EntityIndex) -> list[Passage]:
    """Each mention with the kind its entity has over the whole story: "Klebanov", once called a place by the
    recogniser, is the person Ilya Klebanov wherever he speaks."""
    return [replace(passage, mentions=tuple(
        replace(mention, kind=index.clusters[index.of_mention[number, position]].kind)
        if (number, position) in index.of_mention else mention
        for position, mention in enumerate(passage.mentions))) for number, passage in enumerate(passages)]


def analyse(articles: Sequence[Article], sentences: Sequence[Sentence], copy_of: Sequence[int | None],
            words: int) -> Analysis:
    """Analysis of a story from its articles' first `words` words."""
    kept = budgeted(sentences, words)
    lowercase_words = {word for sentence in kept for word in WORD.findall(sentence.text) if word.islower()}
    texts = [sentence.text for sentence in kept]
    mentions = with_known_people(texts, [tuple(mention for mention in found
                                                if not common_word(mention, lowercase_words, text))
                                          for text, found in zip(texts, find_mentions(texts), strict=True)])
    passages = [Passage(source=sentence.article + 1, position=sentence.position, text=sentence.text,
                        mentions=found) for sentence, found in zip(kept, mentions, strict=True)]
    in_state = {mention.text: state.group(1) for text, found in zip(texts, mentions, strict=True)
                for mention in found if (state := STATE_AFTER.match(text, mention.end))}
    located = gazetteer().lookup({mention.text for found in mentions for mention in found
                                  if mention.kind in ("place", "organisation")}, dateline_countries(articles), in_state)
    index = index_entities(mentions, [passage.source for passage in passages], located)
    passages = story_kinds(passages, index)
    person_roles = titles_and_roles(passages, index)
    entities, places = describe_entities(index, person_roles, located,
                                         used_as_places(texts, mentions, located) | set(in_state))

    def label(speaker: Speaker) -> tuple[str, str]:
        if speaker.cluster is None:
            return speaker.phrase, ""
        title, role = person_roles.get(speaker.cluster, ("", ""))
        name = index.clusters[speaker.cluster].name
        return (f"{title} {name}" if title and not name.startswith(title) else name), role

    resolve = SpeakerResolver(passages, index.of_mention, [cluster.kind for cluster in index.clusters],
                              index.surnames(), {cluster: ", ".join(part for part in (title, role) if part)
                                                 for cluster, (title, role) in person_roles.items()},
                              [cluster.name if cluster.spellings else "" for cluster in index.clusters])
    quotes = merge_quotes(collect_said(passages, resolve), label)

    def holder(number: int, clause: str, offset: int) -> str:
        for mention_number, mention in enumerate(passages[number].mentions):
            if offset <= mention.start < offset + len(clause) and (number, mention_number) in index.of_mention:
                return index.clusters[index.of_mention[number, mention_number]].name
        group = GROUP_BEFORE.search(clause + " ")
        phrase = group.group(1) if group else clause
        return TIME_WORDS.sub("", " ".join(phrase.split()[:5])).removeprefix("The ").removeprefix("the ").strip()

    independent = {index + 1 for index, copy in enumerate(copy_of) if copy is None}
    published = {number + 1: article.published for number, article in enumerate(articles)}
    disagreements = figure_disagreements(passages, independent,
                                         {source: anchor_date(day) for source, day in published.items()}) \
        + account_disagreements(passages, holder)
    return Analysis(quotes=quotes, disagreements=tuple(disagreements), entities=entities, places=places,
                    timeline=build_timeline(passages, published))


def describe_entities(index: EntityIndex, person_roles: dict[int, tuple[str, str]], located: dict[str, Location],
                      used_as_place: set[str]) -> tuple[tuple[Entity, ...], tuple[Place, ...]]:
    """Entities, most mentioned first, and the places among them; a "place" neither the gazetteer nor the text
    shows to be one is left out."""
    entities, places = [], []
    for number in live(index.clusters):
        cluster = index.clusters[number]
        title, role = person_roles.get(number, ("", ""))
        spellings = variants(cluster)
        where = next((located[spelling] for spelling in spellings if spelling in located), None) \
            if cluster.kind == "place" else None
        if cluster.kind == "place" and where is None and not any(
                spelling in used_as_place or named_as_place(spelling) for spelling in spellings):
            continue
        name = where.name if where else cluster.name  # "United States" for "U.S."
        entities.append(Entity(name=name, kind=cluster.kind, variants=tuple(dict.fromkeys((name, *spellings))),
                               sources=tuple(sorted(cluster.sources)), mentions=sum(cluster.spellings.values()),
                               role=", ".join(part for part in (title, role) if part)))
        if cluster.kind == "place":
            places.append(Place(name=name, sources=tuple(sorted(cluster.sources)),
                                latitude=where.latitude if where else None,
                                longitude=where.longitude if where else None,
                                country=where.country if where else "", feature=where.feature if where else ""))
    return tuple(entities), tuple(places)
