from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from newsfuse.config import Settings
from newsfuse.serve.app import create_app


@pytest.fixture
def settings(db_url: str) -> Settings:
    return replace(Settings(), db=db_url, analysis_words=0)


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings), raise_server_exceptions=False) as test_client:
        yield test_client
