from __future__ import annotations

from newsfuse.analyse.places import gazetteer


def test_countries_capitals_and_aliases_resolve_offline() -> None:
    found = gazetteer().lookup(["U.S.", "United States", "Britain", "Washington", "Lattakia", "Nowhereville Xq"])
    assert found["U.S."] == found["United States"]
    assert found["U.S."].feature == "country" and found["U.S."].country == "US"
    assert found["Britain"].country == "GB"
    assert found["Washington"].feature == "capital"  # the capital, not the state, in news about governments
    assert found["Lattakia"].name == "Latakia"  # an alternate spelling from GeoNames
    assert "Nowhereville Xq" not in found


def test_cities_prefer_the_countries_the_story_names() -> None:
    alone = gazetteer().lookup(["Tripoli"])["Tripoli"]
    with_lebanon = gazetteer().lookup(["Tripoli", "Lebanon"])["Tripoli"]
    assert with_lebanon.country == "LB"
    assert alone.country in ("LY", "LB")


def test_backdrop_cities_lie_inside_the_box() -> None:
    cities = list(gazetteer().cities_within(30, 30, 40, 40))
    assert cities and all(30 <= city.latitude <= 40 and 30 <= city.longitude <= 40 for city in cities)
