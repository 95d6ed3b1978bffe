"""The web app end to end: a real `newsfuse serve` process, driven in Debian's headless Chromium."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.render.test_html_browser import browser  # noqa: F401  (the shared Chromium fixture)

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.remote.webelement import WebElement

PAYLOAD = '<script>document.title="owned"</script><img src=x onerror="document.title=\'owned\'">'


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "newsfuse", "serve", "--port", str(port), "--db",
                                str(tmp_path / "web.db")], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    address = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"{address}/api/health", timeout=2)
            break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("newsfuse serve did not start")
    yield address
    process.terminate()
    process.wait(timeout=30)


def add(browser: WebDriver, address: str, text: str, title: str, source: str) -> str:  # noqa: F811
    from selenium.webdriver.common.by import By

    browser.get(f"{address}/add")
    browser.find_element(By.NAME, "text").send_keys(text)
    browser.find_element(By.NAME, "title").send_keys(title)
    browser.find_element(By.NAME, "source").send_keys(source)
    browser.find_element(By.CSS_SELECTOR, "form.add button").click()
    from selenium.webdriver.support.ui import WebDriverWait

    results = WebDriverWait(browser, 30).until(lambda driver: driver.find_elements(By.CSS_SELECTOR, ".results td"))
    links = browser.find_elements(By.CSS_SELECTOR, "a.story-link")
    assert links, " | ".join(cell.text for cell in results)  # says why the article was not added
    return links[0].get_attribute("href") or ""


def settled(browser: WebDriver, css: str, url_part: str = "") -> list[WebElement]:  # noqa: F811
    """The elements once the page the last click or submit opened has loaded (the old page's never count)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, 30).until(
        lambda driver: url_part in driver.current_url
        and driver.execute_script("return document.readyState") == "complete"
        and driver.find_elements(By.CSS_SELECTOR, css))


def test_add_find_search_open_and_follow_a_citation(browser: WebDriver, server: str,  # noqa: F811
                                                     example_dir: Path) -> None:
    from selenium.webdriver.common.by import By

    example = sorted(example_dir.glob("*.txt"))
    links = [add(browser, server, path.read_text(encoding="utf-8"), f"Report {number}", f"Outlet {number}")
             for number, path in enumerate(example[:3])]
    assert len(set(links)) == 1  # the three reports went to one story
    add(browser, server, "The harbour council approved a new ferry budget on Monday after a long debate. "
                         f"Critics said {PAYLOAD} the plan costs too much. The mayor defended it.",
        f"Ferry {PAYLOAD}", f"Evil {PAYLOAD}")

    browser.get(server)
    titles = [element.text for element in browser.find_elements(By.CSS_SELECTOR, ".story .title")]
    assert len(titles) == 2 and any(PAYLOAD in title for title in titles)  # shown as text, not run
    assert browser.title != "owned"

    search = browser.find_element(By.NAME, "q")
    search.send_keys("Konashenkov")
    search.submit()
    found = settled(browser, ".story .title", "q=Konashenkov")
    assert len(found) == 1 and PAYLOAD not in found[0].text
    found[0].click()

    cites = settled(browser, ".summary a.cite", "/stories/")
    assert cites and browser.find_elements(By.CSS_SELECTOR, "table.coverage tbody tr")
    target = cites[0].get_attribute("href").split("#", 1)[1]
    cites[0].click()
    mark = browser.find_element(By.ID, target)
    assert mark.is_displayed() and mark.tag_name == "mark" and mark.text
    assert browser.execute_script("return location.hash") == f"#{target}"
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert not errors, errors  # nothing blocked by the Content-Security-Policy, nothing failed to load

    browser.get(server + "/?q=ferry")
    browser.find_element(By.CSS_SELECTOR, ".story .title").click()
    body = settled(browser, "body", "/stories/")[0].text
    assert "<script>" in body and browser.title != "owned"
    resources = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert all(name.startswith(server) for name in resources)  # every asset from the app itself
