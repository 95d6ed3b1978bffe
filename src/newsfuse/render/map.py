"""An inline SVG map of a briefing's places: works with no network. The backdrop is the gazetteer's own
cities drawn as faint dots, which outline coasts and populated land well enough to orient a reader."""

from __future__ import annotations

import math
from html import escape

from newsfuse.analyse.places import gazetteer
from newsfuse.model import Place

WIDTH = 720
BACKDROP_CITIES = 4000
MIN_SPAN = 12.0  # degrees: a map of one city still shows its region


def bounds(places: list[Place]) -> tuple[float, float, float, float]:
    latitudes = [place.latitude for place in places if place.latitude is not None]
    longitudes = [place.longitude for place in places if place.longitude is not None]
    south, north, west, east = min(latitudes), max(latitudes), min(longitudes), max(longitudes)
    pad_lat = max((north - south) * 0.15, (MIN_SPAN - (north - south)) / 2, 2.0)
    pad_lon = max((east - west) * 0.15, (MIN_SPAN - (east - west)) / 2, 2.0)
    return (max(-85.0, south - pad_lat), max(-180.0, west - pad_lon), min(85.0, north + pad_lat),
            min(180.0, east + pad_lon))


def render_map(places: tuple[Place, ...]) -> str:
    """The SVG element, or '' when no place has coordinates."""
    located = [place for place in places if place.latitude is not None and place.longitude is not None]
    if not located:
        return ""
    south, west, north, east = bounds(located)
    squash = math.cos(math.radians((south + north) / 2))  # equirectangular, true to scale at mid-latitude
    scale = WIDTH / ((east - west) * squash)
    height = max(200, round((north - south) * scale))

    def point(latitude: float, longitude: float) -> tuple[float, float]:
        return (longitude - west) * squash * scale, (north - latitude) * height / (north - south)

    cities = sorted(gazetteer().cities_within(south, west, north, east), key=lambda city: -city.population)
    dots = "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="1.2"/>'
                   for x, y in (point(city.latitude, city.longitude) for city in cities[:BACKDROP_CITIES]))
    markers, labels = [], []
    for place in sorted(located, key=lambda place: -len(place.sources)):  # best-attested places keep labels
        x, y = point(place.latitude, place.longitude)  # type: ignore[arg-type]
        radius = 3 + 1.5 * min(len(place.sources), 6)
        box = (x + radius + 2, y - 8, x + radius + 6 + 7 * len(place.name), y + 6)
        label = ""
        if not any(box[0] < other[2] and other[0] < box[2] and box[1] < other[3] and other[1] < box[3]
                   for other in labels):
            labels.append(box)
            label = f'<text x="{box[0] + 1:.1f}" y="{y + 4:.1f}">{escape(place.name)}</text>'
        sources = ", ".join(f"[{number}]" for number in place.sources)
        markers.append(f'<g class="place"><title>{escape(place.name)}: {sources}</title>'
                       f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}"/>{label}</g>')
    return (f'<svg class="map" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="Places in the story">'
            f'<rect width="{WIDTH}" height="{height}" class="sea"/><g class="land">{dots}</g>{"".join(markers)}</svg>')
