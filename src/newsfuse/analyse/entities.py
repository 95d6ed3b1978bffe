"""People, organisations and places: mentions merged across sources into entities with variants.

People merge on the surname (spelling slips allowed: "Shoigu"/"Shiogu") when first names agree, and a
bare surname joins the full name it belongs to. Other names merge on a spelling key and then on their
consonant outline, so transliterations ("At-Tanf", "Al-Tanaf", "al-Tanf") become one entity.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsfuse.analyse.names import key, name_tokens, similar, skeleton, surname_key
from newsfuse.analyse.nlp import Mention
from newsfuse.analyse.places import Location

ORGANISATION_WORD = re.compile(r"\b(?:(?:College|School|Association|Institute|Foundation|Council|Committee|Commission|"
                               r"Department|Bank|Hospital|Club|League|Board|Court|Church|Museum|Network|Fund|Forum|"
                               r"Campaign|Project|Service|Alliance|Coalition|Federation|Consortium|Organi[sz]ation|Institution)s?|"
                               r"Medical Center|Centers|"
                               r"(?:Universit|Societ|Academ|Agenc|Laborator|Charit|Ministr|Compan|Part)(?:y|ies)|"
                               r"Corp|Inc|Press|AG|Co|Ltd|LLC|PLC|GmbH|Airlines|Airways|Motors|Post|Journal|Herald|"
                               r"Standard|Telegraph|Chronicle|Observer|Courier|Tribune|Gazette|United Nations|"
                               r"International$)\b")


@dataclass
class Cluster:
    kind: str
    spellings: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    sources: set[int] = field(default_factory=set)
    named_person: bool = False  # a full or titled name the recogniser called a person: "Mr. Farrakhan" is no place

    def add(self, mention: Mention, source: int) -> None:
        self.spellings[mention.text] += 1
        self.kinds[mention.kind] += 1
        self.sources.add(source)
        self.named_person |= mention.kind == "person" and (len(name_tokens(mention.text)) > 1 or mention.titled)

    def absorb(self, other: Cluster) -> None:
        """Take over another cluster's mentions; the emptied one is skipped from then on."""
        self.spellings.update(other.spellings)
        self.kinds.update(other.kinds)
        self.sources |= other.sources
        self.named_person |= other.named_person
        other.spellings.clear()

    @property
    def name(self) -> str:
        """The most used spelling; for people the most used full name; for organisations the fullest name
        ("Russian Defense Ministry" over the more frequent "Defense Ministry")."""
        spellings = self.spellings
        if self.kind == "person":
            full = Counter({text: count for text, count in spellings.items() if len(name_tokens(text)) > 1})
            spellings = full or spellings
        if self.kind == "organisation":
            return max(spellings, key=lambda text: (len(text.split()), spellings[text], len(text)))
        return max(spellings, key=lambda text: (spellings[text], len(text)))


@dataclass(frozen=True)
class EntityIndex:
    clusters: list[Cluster]
    of_mention: dict[tuple[int, int], int]  # (passage, mention number) -> cluster number

    def surnames(self) -> dict[str, int]:
        """Surname key -> person cluster, to resolve a bare surname the recogniser missed."""
        return {surname_key(name_tokens(cluster.name)[-1]): number for number, cluster in enumerate(self.clusters)
                if cluster.kind == "person" and cluster.spellings}


def person_clusters(found: list[tuple[int, int, Mention, int]],
                    located: dict[str, Location]) -> tuple[list[Cluster], dict[tuple[int, int], int]]:
    clusters: list[Cluster] = []
    surnames: list[tuple[str, str]] = []  # per cluster: (surname key, first-name key or "")
    of_mention: dict[tuple[int, int], int] = {}
    # full names first, and a name the recogniser ever calls a person founds its cluster before the same name
    # taken for a place or organisation elsewhere joins it ("Farrakhan" is no place)
    ordered = sorted(found, key=lambda item: (-len(name_tokens(item[2].text)), item[2].kind != "person"))
    named_at: dict[int, list[tuple[int, int]]] = {}  # cluster -> (source, passage) where its surname stands
    for passage, number, mention, source in ordered:
        tokens = name_tokens(mention.text)
        surname, first = surname_key(tokens[-1]), (tokens[0] if len(tokens) > 1 else "")
        matches = [index for index, (known, known_first) in enumerate(surnames)
                   if similar(surname, known) and (not first or not known_first or first[0] == known_first[0])]
        match = namesake(matches, [surnames[index][0] == surname for index in matches], named_at, source, passage,
                         mention.titled) if matches else None
        by_surname = match is not None
        if match is None and len(tokens) == 1:
            match = first_name_of(tokens[0], surnames, located.get(mention.text))
        if match is None:
            if mention.kind != "person":
                continue
            clusters.append(Cluster("person"))
            surnames.append((surname, first))
            match = len(clusters) - 1
        clusters[match].add(mention, source)
        of_mention[passage, number] = match
        if by_surname or len(tokens) > 1:  # "take Trevor to the agency. Maple said": the mother, not Trevor
            named_at.setdefault(match, []).append((source, passage))
    return clusters, of_mention


def namesake(matches: list[int], exact: list[bool], named_at: dict[int, list[tuple[int, int]]], source: int,
             passage: int, titled: bool) -> int:
    """Of several people a surname may be: one spelled the same before a near spelling ("Friedman said" with Hume
    Feldman in the story), one its own article names before one it does not (Frank Dobson, not the suspect Gary
    Dobson of another article); after a courtesy title, the one its article named last before it ("Ms. Beck" after
    Victoria Beck, not Gary Beck), as a title tells the people apart; else the first found ("Carter" after "said
    Rosalynn Carter, his wife" is still Jimmy Carter)."""
    def rank(item: tuple[int, bool]) -> tuple[bool, bool, int, int]:
        cluster, same_spelling = item
        places = [at for at_source, at in named_at.get(cluster, []) if at_source == source]
        before = [passage - at for at in places if at <= passage]
        nearest = (0, min(before)) if before else (1, min((at - passage for at in places), default=1 << 30))
        return not same_spelling, not places, *(nearest if titled else (0, 0))
    return min(zip(matches, exact, strict=True), key=rank)[0]


def first_name_of(token: str, surnames: list[tuple[str, str]], place: Location | None) -> int | None:
    """The one person whose first name a lone name is ("Stephen's murderers" with Stephen Lawrence in the
    story); never a country or a capital ("Jordan" stays the country beside Michael Jordan)."""
    if place is not None and place.feature in ("country", "capital"):
        return None
    matches = [number for number, (_, first) in enumerate(surnames) if first.lower() == token.lower()]
    return matches[0] if len(matches) == 1 else None


def index_entities(mentions: Sequence[tuple[Mention, ...]], sources: Sequence[int],
                   located: dict[str, Location]) -> EntityIndex:
    """Cluster every mention of the story's passages; `sources[i]` is passage i's source number and
    `located` the gazetteer's reading of place names ("U.S." and "United States" are one country)."""
    diseases = {mention.text for passage_mentions in mentions for mention in passage_mentions
                if mention.kind == "disease"}  # "West Nile virus": "West Nile" alone is the virus too
    found = [(passage, number, mention, sources[passage])
             for passage, passage_mentions in enumerate(mentions)
             for number, mention in enumerate(passage_mentions)
             if mention.kind not in ("group", "disease") and mention.text not in diseases]
    people, of_mention = person_clusters(found, located)
    clusters: list[Cluster] = list(people)
    by_key: dict[str, int] = {}
    for passage, number, mention, source in found:
        if (passage, number) in of_mention:
            continue
        place = located.get(mention.text)
        name_key = f"{place.name}/{place.country}" if place else key(mention.text)
        if not name_key:
            continue
        if name_key not in by_key:
            by_key[name_key] = len(clusters)
            clusters.append(Cluster(mention.kind))
        clusters[by_key[name_key]].add(mention, source)
        of_mention[passage, number] = by_key[name_key]
    merged = merge_parts(clusters, by_key, merge_outlines(clusters, by_key))
    of_mention = {where: merged[cluster] for where, cluster in of_mention.items()}
    for cluster in clusters:
        if cluster.spellings:
            cluster.kind = "person" if cluster.named_person else max(
                cluster.kinds, key=lambda kind: (cluster.kinds[kind], kind == "person"))
            if cluster.kind == "place" and ORGANISATION_WORD.search(cluster.name):
                cluster.kind = "organisation"  # "Boston College", "University of Massachusetts"
    return EntityIndex(clusters=clusters, of_mention=of_mention)


def merge_outlines(clusters: list[Cluster], by_key: dict[str, int]) -> list[int]:
    """Merge non-person clusters whose keys share a consonant outline; returns old -> surviving cluster."""
    target = list(range(len(clusters)))
    by_outline: dict[str, int] = {}
    for name_key, index in sorted(by_key.items(), key=lambda item: -sum(clusters[item[1]].spellings.values())):
        outline = skeleton(name_key)
        if len(outline) < 3:
            continue
        if outline in by_outline and by_outline[outline] != index:
            clusters[by_outline[outline]].absorb(clusters[index])
            target[index] = by_outline[outline]
        else:
            by_outline.setdefault(outline, index)
    return target


def merge_parts(clusters: list[Cluster], by_key: dict[str, int], target: list[int]) -> list[int]:
    """"Defense Ministry" joins "Russian Defense Ministry", "Nusra" joins "Nusra Front": an organisation
    name that begins or ends the name of exactly one other organisation is a short form of it."""
    words = {index: [key(word) for word in clusters[index].name.split()] for index in set(by_key.values())
             if clusters[index].spellings and clusters[index].kind == "organisation"}
    for index, short in sorted(words.items(), key=lambda item: len(item[1])):
        longer = [other for other, tokens in words.items() if len(tokens) > len(short)
                  and (tokens[:len(short)] == short or tokens[-len(short):] == short) and clusters[other].spellings]
        if len(longer) == 1 and len("".join(short)) >= 4:
            clusters[longer[0]].absorb(clusters[index])
            target = [longer[0] if merged == index else merged for merged in target]
    return target


def live(clusters: list[Cluster]) -> list[int]:
    """Clusters that still have mentions after merging, most mentioned first."""
    alive = [index for index, cluster in enumerate(clusters) if cluster.spellings]
    return sorted(alive, key=lambda index: (-len(clusters[index].sources), -sum(clusters[index].spellings.values())))


def variants(cluster: Cluster) -> tuple[str, ...]:
    """The name, then its other spellings, most used first (ties in order of appearance, so every run and
    every process lists them alike)."""
    name = cluster.name
    others = sorted((text for text in cluster.spellings if text != name), key=lambda text: -cluster.spellings[text])
    return (name, *others)
