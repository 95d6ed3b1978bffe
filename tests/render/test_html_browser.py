"""The HTML report in a real browser (Debian's Chromium via ChromeDriver): citation links open and
highlight the cited passage in the right source."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import newsfuse

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    if not shutil.which("chromedriver"):
        if os.environ.get("CI"):
            pytest.fail("CI must install Chromium and ChromeDriver (.ci/browser)")
        pytest.skip("install chromium and chromium-driver (bash .ci/browser) for browser tests")
    from selenium import webdriver

    options = webdriver.ChromeOptions()
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1000,1200"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(shutil.which("chromedriver")))
    yield driver
    driver.quit()


def test_citation_links_open_the_source_at_the_cited_passage(browser: WebDriver, example_dir: Path,
                                                             tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    briefing = newsfuse.brief([newsfuse.RawDocument(id=p.stem, content=p.read_text(encoding="utf-8"), kind="text")
                               for p in sorted(example_dir.glob("*.txt"))])
    page = tmp_path / "briefing.html"
    page.write_text(briefing.to_html(), encoding="utf-8")
    browser.get(page.as_uri())
    links = browser.find_elements(By.CSS_SELECTOR, ".summary a.cite")
    assert len(links) == sum(len(sentence.citations) for sentence in briefing.summary)
    assert not any(details.get_attribute("open") for details in browser.find_elements(By.TAG_NAME, "details"))
    last = links[-1]
    target = last.get_attribute("href").split("#", 1)[1]
    source_number = int(last.text.strip("[]"))
    last.click()
    mark = browser.find_element(By.ID, target)
    assert browser.execute_script("return location.hash") == f"#{target}"
    assert mark.is_displayed()
    assert mark.find_element(By.XPATH, "ancestor::details").get_attribute("id") == f"source-{source_number}"
    cited = next(c for s in briefing.summary for c in s.citations if f"s{c.source}-{c.start}" == target)
    assert mark.text == cited.text


def test_map_and_analysis_render_offline(browser: WebDriver, example_dir: Path, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    briefing = newsfuse.brief([newsfuse.RawDocument(id=p.stem, content=p.read_text(encoding="utf-8"), kind="text")
                               for p in sorted(example_dir.glob("*.txt"))])
    assert briefing.analysis is not None
    page = tmp_path / "briefing.html"
    page.write_text(briefing.to_html(), encoding="utf-8")
    browser.get(page.as_uri())
    svg = browser.find_element(By.CSS_SELECTOR, "#map svg.map")
    assert svg.size["width"] > 300 and svg.size["height"] > 100  # drawn, not collapsed
    markers = svg.find_elements(By.CSS_SELECTOR, "g.place circle")
    located = [place for place in briefing.analysis.places if place.latitude is not None]
    assert len(markers) == len(located)
    positions = {(round(marker.rect["x"]), round(marker.rect["y"])) for marker in markers}
    assert len(positions) > 1  # places are spread by their coordinates, not stacked
    resources = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert resources == []  # nothing fetched: the page works with no network
    source_link = browser.find_element(By.CSS_SELECTOR, "#quotes a.cite")
    number = source_link.text.strip("[]")
    source_link.click()
    assert browser.find_element(By.ID, f"source-{number}").get_attribute("open") is not None
