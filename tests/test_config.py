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


@pytest.mark.parametrize(("raw", "expected"), [("0", False), ("no", False), ("Off", False), ("1", True),
                                               ("yes", True)])
def test_a_yes_or_no_setting_reads_the_usual_spellings(raw: str, expected: bool) -> None:
    assert settings_from_env({"NEWSFUSE_COMPRESS": raw}).compress is expected


def test_a_bad_yes_or_no_value_says_what_is_wanted() -> None:
    with pytest.raises(NewsfuseError, match="NEWSFUSE_COMPRESS must be yes or no"):
        settings_from_env({"NEWSFUSE_COMPRESS": "maybe"})
