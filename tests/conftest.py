from __future__ import annotations

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
