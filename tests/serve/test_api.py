"""The REST API over a real store (SQLite file and the PostgreSQL server), through the real ASGI app."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import replace

import httpx
import pytest
from fastapi.testclient import TestClient

from newsfuse.config import Settings
from newsfuse.errors import ExitCode, NewsfuseError
from newsfuse.serve import serve
from newsfuse.serve.app import create_app

DAM = ("A dam burst in the northern valley on Monday and flooded three villages, officials said. Rescue teams used "
       "boats to reach residents while engineers inspected the damaged dam wall. The governor declared an emergency "
       "and asked the army for help with the evacuation of the valley.")
VOTE = ("Parliament approved the transport budget on Tuesday with new buses and an airport tram line. Opposition "
        "lawmakers criticised the costs of the tram, and the transport minister defended the plan in a long debate. "
        "The tram line is due to open in four years.")


def article(text: str, number: int, **meta: str) -> dict[str, str]:
    return {"id": f"a{number}", "text": f"{text} Report {number} adds a detail about item {number * 7}.", **meta}


def test_articles_are_stored_once_and_stories_listed_searched_filtered_and_paged(client: TestClient) -> None:
    posted = client.post("/api/articles", json=[article(DAM, 1, source="Valley Post", title="Dam bursts"),
                                               article(DAM, 2, source="River Times"),
                                               article(VOTE, 3, source="Capital News", published="2024-05-02")])
    assert posted.status_code == 200
    first = posted.json()
    assert [item["status"] for item in first] == ["stored", "copy", "stored"]  # the second repeats the first
    assert first[0]["story_id"] == first[1]["story_id"] != first[2]["story_id"]
    again = client.post("/api/articles", json=article(DAM, 1)).json()
    assert again == [{**again[0], "status": "known", "stored_id": first[0]["stored_id"]}]

    listed = client.get("/api/stories").json()
    assert sorted(story["articles"] for story in listed["stories"]) == [1, 2]
    titles = {story["title"] for story in listed["stories"]}
    assert "Dam bursts" in titles
    assert [story["id"] for story in client.get("/api/stories", params={"q": "tram airport"}).json()["stories"]] \
        == [first[2]["story_id"]]
    assert [story["id"] for story in client.get("/api/stories", params={"outlet": "River Times"}).json()["stories"]] \
        == [first[0]["story_id"]]
    page = client.get("/api/stories", params={"limit": 1}).json()
    rest = client.get("/api/stories", params={"limit": 1, "cursor": page["next_cursor"]}).json()
    assert len(page["stories"]) == len(rest["stories"]) == 1 and rest["next_cursor"] is None
    assert {page["stories"][0]["id"], rest["stories"][0]["id"]} == {first[0]["story_id"], first[2]["story_id"]}

    story = client.get(f"/api/stories/{first[0]['story_id']}").json()
    assert sorted(item["id"] for item in story["article_list"]) == ["a1", "a2"]
    stored = client.get(f"/api/articles/{first[0]['stored_id']}").json()
    assert stored["source"] == "Valley Post" and stored["text"].startswith("A dam burst")


def test_briefing_in_each_format_and_cached_until_the_story_changes(client: TestClient) -> None:
    ids = client.post("/api/articles", json=[article(DAM, 1), article(DAM, 2)]).json()
    story = ids[0]["story_id"]
    data = client.get(f"/api/stories/{story}/briefing").json()
    assert data["summary"] and all(sentence["citations"] for sentence in data["summary"])
    markdown = client.get(f"/api/stories/{story}/briefing", params={"format": "markdown", "words": 30})
    assert markdown.headers["content-type"].startswith("text/markdown") and "## Sources" in markdown.text
    html = client.get(f"/api/stories/{story}/briefing", params={"format": "html"})
    assert html.text.startswith("<!doctype html>")
    client.post("/api/articles", json=article(DAM, 3))
    grown = client.get(f"/api/stories/{story}/briefing").json()
    assert len(grown["sources"]) == 3  # not the cached briefing of two articles


def test_errors_are_problem_json_with_the_cli_exit_code(client: TestClient) -> None:
    missing = client.get("/api/stories/999")
    assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"
    assert missing.json()["exit_code"] == ExitCode.NOT_FOUND and "Traceback" not in missing.text
    assert client.get("/api/stories", params={"since": "notadate"}).json()["exit_code"] == ExitCode.USAGE
    assert client.get("/api/stories", params={"cursor": "garbage!"}).status_code == 400
    rejected = client.post("/api/articles", json={"text": "El gobierno anunció el martes una nueva reforma de las "
                                                          "pensiones, que será presentada al parlamento la próxima "
                                                          "semana según el ministro de trabajo."}).json()
    assert rejected[0]["status"] == "rejected" and rejected[0]["exit_code"] == ExitCode.NOT_ENGLISH
    assert client.post("/api/articles", content=b"{not json", headers={"content-type": "application/json"}
                       ).status_code == 422
    page = client.get("/stories/999")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert client.get("/api/health").json()["status"] == "ok"


def test_pages_escape_strangers_text_and_carry_a_content_security_policy(client: TestClient) -> None:
    payload = '<script>alert(1)</script><img src=x onerror=alert(2)>'
    stored = client.post("/api/articles", json=article(DAM, 1, title=f"Dam {payload}", source=f"Evil {payload}",
                                                       url="javascript:alert(3)")).json()[0]
    for path in ("/", f"/stories/{stored['story_id']}", f"/articles/{stored['stored_id']}",
                 "/?q=" + payload):
        page = client.get(path)
        assert page.status_code == 200, path
        assert "<script>alert" not in page.text and "<img src=x" not in page.text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text or path.startswith("/?q")
        assert 'href="javascript:' not in page.text.lower()
        assert "script-src 'self'" in page.headers["content-security-policy"]


def test_writes_need_the_token_when_one_is_set(settings: Settings) -> None:
    with TestClient(create_app(replace(settings, token="s3cret")), raise_server_exceptions=False) as client:
        assert client.post("/api/articles", json=article(DAM, 1)).status_code == 401
        assert client.post("/api/articles", json=article(DAM, 1),
                           headers={"Authorization": "Bearer wrong"}).status_code == 401
        accepted = client.post("/api/articles", json=article(DAM, 1), headers={"Authorization": "Bearer s3cret"})
        assert accepted.status_code == 200 and accepted.json()[0]["status"] == "stored"
        assert client.post("/add", data={"text": VOTE}).status_code == 401
        assert client.post("/add", data={"text": VOTE, "token": "s3cret"}).status_code == 200
        assert client.get("/api/stories").status_code == 200  # reads are open


def test_large_bodies_get_413_and_fast_writers_429(settings: Settings) -> None:
    limited = replace(settings, max_request_bytes=2_000, write_rate=1.0)
    with TestClient(create_app(limited), raise_server_exceptions=False) as client:
        big = client.post("/api/articles", json=article(DAM * 20, 1))
        assert big.status_code == 413 and big.json()["status"] == 413
        codes = [client.post("/api/articles", json=article(VOTE, number)).status_code for number in range(4)]
        assert codes[:2] == [200, 200] and 429 in codes


async def post_dam_story(client: httpx.AsyncClient) -> int:
    posted = await client.post("/api/articles", json=[article(DAM, 1), article(DAM, 2)])
    return int(posted.json()[0]["story_id"])


def test_a_briefing_asked_for_many_times_at_once_is_computed_once(settings: Settings) -> None:
    app = create_app(settings)
    computed: list[object] = []

    async def scenario() -> list[int]:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
                story = await post_dam_story(client)
                briefings = app.state.briefings
                original = briefings.compute

                def counted(key: tuple[int, int, int, bool]) -> object:
                    computed.append(key)
                    return original(key)

                briefings.compute = counted
                answers = await asyncio.gather(*[client.get(f"/api/stories/{story}/briefing") for _ in range(8)],
                                               client.get("/api/health"))
                return [answer.status_code for answer in answers]

    assert asyncio.run(scenario()) == [200] * 9
    assert len(computed) == 1


def test_the_server_refuses_a_public_address_without_a_token(settings: Settings) -> None:
    with pytest.raises(NewsfuseError) as refused:
        serve(settings, "0.0.0.0", 8999)
    assert refused.value.code == ExitCode.USAGE and "token" in str(refused.value)


def test_a_port_in_use_is_a_usage_error(settings: Settings) -> None:
    import socket

    with socket.create_server(("127.0.0.1", 0)) as taken, pytest.raises(NewsfuseError) as refused:
        serve(settings, "127.0.0.1", taken.getsockname()[1])
    assert refused.value.code == ExitCode.USAGE and "choose another --port" in str(refused.value)


def test_a_briefing_just_finished_is_found_before_its_first_asker_resumes(settings: Settings) -> None:
    app = create_app(settings)

    async def scenario() -> tuple[bool, int]:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
                story = await post_dam_story(client)
            briefings = app.state.briefings
            original, gate = briefings.compute, threading.Event()

            def held(key: tuple[int, int, int, bool]) -> object:
                gate.wait(timeout=30)  # the computation runs on only once the test holds its future
                return original(key)

            briefings.compute = held
            first = asyncio.create_task(briefings.get(story))
            while not briefings.running:
                await asyncio.sleep(0.001)
            (key, running), = briefings.running.items()
            gate.set()
            await running  # resumes here before `first` does
            found = key in briefings.done
            await first
            return found, len(briefings.running)

    assert asyncio.run(scenario()) == (True, 0)
