from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "syria-2016-06"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture
def example_dir() -> Path:
    return EXAMPLE


@pytest.fixture
def html_dir() -> Path:
    return FIXTURES / "html"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database of each kind; PostgreSQL is a real server (see .ci/postgres)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'news.db'}"
    url = os.environ.get("NEWSFUSE_TEST_POSTGRES")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CI must provide a PostgreSQL server in NEWSFUSE_TEST_POSTGRES (.ci/postgres)")
        pytest.skip("set NEWSFUSE_TEST_POSTGRES (bash .ci/postgres prints it) to test PostgreSQL")
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP SCHEMA public CASCADE")
        connection.execute("CREATE SCHEMA public")
    return url
