from __future__ import annotations

import pytest

from newsfuse.config import Settings, settings_from_env
from newsfuse.errors import NewsfuseError


def test_environment_overrides_defaults_and_flags_override_both() -> None:
    settings = settings_from_env({"NEWSFUSE_WORDS": "150", "NEWSFUSE_DB": "sqlite:///x.db",
                                  "NEWSFUSE_FACT_THRESHOLD": "0.7"})
    assert (settings.words, settings.db, settings.fact_threshold) == (150, "sqlite:///x.db", 0.7)
    assert settings.with_overrides(words=90, db=None).words == 90
    assert settings.with_overrides(words=90, db=None).db == "sqlite:///x.db"
    assert Settings().words == 0


def test_a_bad_environment_value_names_the_variable() -> None:
    with pytest.raises(NewsfuseError, match="NEWSFUSE_WORDS"):
        settings_from_env({"NEWSFUSE_WORDS": "many"})
