"""The web app and REST API over the story store: pages rendered on the server, every asset served here."""

from __future__ import annotations

import base64
import binascii
import logging
from contextlib import asynccontextmanager
from dataclasses import asdict
from datetime import date
from importlib import resources
from pathlib import PurePath
from typing import Annotated, Any, Literal

from fastapi import Body, FastAPI, Form, HTTPException, Path, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsfuse import __version__
from newsfuse.config import Settings
from newsfuse.errors import ExitCode, InputProblem, NewsfuseError
from newsfuse.model import Briefing, RawDocument
from newsfuse.read.files import decode
from newsfuse.read.formats import SUPPORTED_SUFFIXES, documents_from_json, parse_document
from newsfuse.render.html import SCRIPT, STYLE, briefing_body
from newsfuse.serve.briefings import Briefings
from newsfuse.serve.guards import (
    HTTP_STATUS,
    BodyLimit,
    WriteRate,
    problem,
    security_headers,
    token_matches,
)
from newsfuse.serve.stores import StorePool, Writer
from newsfuse.store import StoryRow

PAGE_SIZE = 20
LOG = logging.getLogger("newsfuse.serve")
MEDIA_TYPES = {"json": "application/json", "markdown": "text/markdown; charset=utf-8",
               "html": "text/html; charset=utf-8"}


class ArticleIn(BaseModel):
    """An article as `ingest` reads it from JSON: `text` (or `html`) and optional metadata."""

    id: str | None = Field(default=None, max_length=500)
    text: str | None = None
    html: str | None = None
    title: str = ""
    url: str = ""
    source: str = ""
    published: str = ""


class IngestOut(BaseModel):
    id: str
    status: Literal["stored", "copy", "known", "rejected"]
    stored_id: int | None = None
    story_id: int | None = None
    problem: str | None = None
    exit_code: int | None = None


class StoryOut(BaseModel):
    id: int
    title: str
    lead: str
    articles: int
    outlets: int
    first_seen: str
    last_seen: str
    first_published: str
    last_published: str


class StoriesPage(BaseModel):
    stories: list[StoryOut]
    next_cursor: str | None


class ArticleSummary(BaseModel):
    stored_id: int
    id: str
    title: str
    source: str
    url: str
    published: str
    copy_of: int | None


class StoryDetail(StoryOut):
    article_list: list[ArticleSummary]


class ArticleOut(ArticleSummary):
    story_id: int
    place: str
    text: str


class Problem(BaseModel):
    """An error (RFC 9457); `exit_code` is the code the CLI gives for the same trouble."""

    type: str
    title: str
    status: int
    detail: str
    exit_code: int | None = None


PROBLEM = {"description": "an error", "content": {"application/problem+json": {"schema": Problem.model_json_schema()}}}
READ_ERRORS: dict[int | str, dict[str, Any]] = {status: PROBLEM for status in (400, 404, 413, 422, 503)}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {status: PROBLEM for status in (400, 401, 413, 422, 429, 503)}


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    store: str


def encode_cursor(row: StoryRow) -> str:
    return base64.urlsafe_b64encode(f"{row.last_seen}|{row.id}".encode()).decode()


def decode_cursor(cursor: str) -> tuple[str, int] | None:
    if not cursor:
        return None
    try:
        last_seen, story_id = base64.urlsafe_b64decode(cursor.encode()).decode().rsplit("|", 1)
        return last_seen, int(story_id)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise NewsfuseError("not a cursor from this API", ExitCode.USAGE) from None


def valid_since(since: str) -> str:
    if not since:
        return ""
    try:
        return date.fromisoformat(since).isoformat()
    except ValueError:
        raise NewsfuseError(f"since: expected a date as YYYY-MM-DD, got {since!r}", ExitCode.USAGE) from None


def coverage(briefing: Briefing) -> dict[str, Any]:
    """Which source carries which summary fact, and how many of them each leaves out."""
    sources = [{"number": source.number, "name": source.article.source or source.article.title or source.article.id,
                "copy_of": source.copy_of} for source in briefing.sources]
    rows = [{"text": sentence.text, "carried": {citation.source for citation in sentence.citations}}
            for sentence in briefing.summary]
    left_out = {source["number"]: sum(source["number"] not in row["carried"] for row in rows) for source in sources}
    return {"sources": sources, "rows": rows, "left_out": left_out}


def create_app(settings: Settings) -> FastAPI:
    pool = StorePool(settings)
    writer = Writer(settings)
    briefings = Briefings(pool, settings)
    write_rate = WriteRate(settings.write_rate)
    templates = Jinja2Templates(directory=str(resources.files("newsfuse.serve") / "templates"))
    templates.env.globals["version"] = __version__

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> Any:
        yield
        briefings.close()
        writer.close()
        pool.close()

    app = FastAPI(title="newsfuse", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Stories grouped from news articles, and one cited briefing per story. Reads are "
                              "open; writes need `Authorization: Bearer TOKEN` when the server has a token. "
                              "Errors are application/problem+json with `exit_code`, the code the CLI uses.")
    app.state.briefings = briefings
    app.middleware("http")(security_headers)
    app.add_middleware(BodyLimit, limit=settings.max_request_bytes)

    def wants_html(request: Request) -> bool:
        return not request.url.path.startswith(("/api/", "/openapi.json"))

    def error_page(request: Request, status: int, detail: str, code: ExitCode | None = None) -> Response:
        if wants_html(request):
            return templates.TemplateResponse(request, "error.html", {"status": status, "detail": detail},
                                              status_code=status)
        return problem(status, detail, code)

    @app.exception_handler(NewsfuseError)
    async def newsfuse_error(request: Request, error: NewsfuseError) -> Response:
        return error_page(request, HTTP_STATUS.get(error.code, 400), str(error), error.code)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        return error_page(request, error.status_code, str(error.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError) -> Response:
        first = error.errors()[0] if error.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
        return error_page(request, 422, f"{where}: {first.get('msg', 'invalid')}" if where else "invalid request",
                          ExitCode.USAGE)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, error: Exception) -> Response:
        LOG.error("internal error on %s %s", request.method, request.url.path, exc_info=error)
        return error_page(request, 500, "internal error (the server log has the details)", ExitCode.INTERNAL)

    def check_write(request: Request, form_token: str = "") -> None:
        if not token_matches(settings.token, request, form_token):
            raise HTTPException(401, "writes need Authorization: Bearer TOKEN")
        if not write_rate.allow(request.client.host if request.client else ""):
            raise HTTPException(429, f"more than {settings.write_rate:g} writes a second")

    async def list_stories(q: str, since: str, outlet: str, limit: int, cursor: str) -> tuple[list[StoryRow], str]:
        after, since = decode_cursor(cursor), valid_since(since)
        rows = await run_in_threadpool(pool.call, lambda store: store.stories(since, q, outlet, limit + 1, after))
        return rows[:limit], encode_cursor(rows[limit - 1]) if len(rows) > limit else ""

    # ---- API ----

    @app.get("/api/health", response_model=Health, tags=["api"], responses={503: PROBLEM})
    async def health() -> Health:
        await run_in_threadpool(pool.call, lambda store: store.schema_version())
        return Health(status="ok", version=__version__, store=pool.url.split("://")[0] if "://" in pool.url
                      else "sqlite")

    @app.post("/api/articles", response_model=list[IngestOut], tags=["api"], responses=WRITE_ERRORS)
    async def post_articles(request: Request,
                            articles: Annotated[ArticleIn | list[ArticleIn], Body()]) -> list[dict[str, object]]:
        """Store one article or a list; each answer says where it went: `stored` (new), `copy` (a near-copy
        linked to an earlier article), `known` (the same text is stored already) or `rejected`."""
        check_write(request)
        given = articles if isinstance(articles, list) else [articles]
        documents: list[RawDocument] = []
        for number, article in enumerate(given, start=1):
            fields = {key: value for key, value in article.model_dump().items() if value}
            fields.setdefault("text", "")
            documents.extend(documents_from_json(fields, f"api-{number}", ""))
        return await run_in_threadpool(writer.ingest, documents)

    @app.get("/api/stories", response_model=StoriesPage, tags=["api"], responses=READ_ERRORS)
    async def api_stories(q: Annotated[str, Query(max_length=500)] = "", since: str = "", outlet: str = "",
                          limit: Annotated[int, Query(ge=1, le=200)] = PAGE_SIZE, cursor: str = "") -> StoriesPage:
        """Stories, the one with the latest article first; `q` searches the articles' full text."""
        rows, next_cursor = await list_stories(q, since, outlet, limit, cursor)
        return StoriesPage(stories=[StoryOut(**asdict(row)) for row in rows], next_cursor=next_cursor or None)

    def story_detail(story_id: int) -> StoryDetail:
        def read(store: Any) -> StoryDetail:
            row = store.story(story_id)
            articles = [ArticleSummary(stored_id=stored, id=article.id, title=article.title, source=article.source,
                                       url=article.url, published=article.published, copy_of=copy_of)
                        for stored, article, copy_of in store.story_articles(row.id)]
            return StoryDetail(**asdict(row), article_list=articles)
        return pool.call(read)

    @app.get("/api/stories/{story_id}", response_model=StoryDetail, tags=["api"], responses=READ_ERRORS)
    async def api_story(story_id: Annotated[int, Path(ge=1, le=2**62)]) -> StoryDetail:
        return await run_in_threadpool(story_detail, story_id)

    @app.get("/api/stories/{story_id}/briefing", tags=["api"], responses={**READ_ERRORS, 200: {"content": {
        "application/json": {}, "text/markdown": {}, "text/html": {}}}})
    async def api_briefing(story_id: Annotated[int, Path(ge=1, le=2**62)],
                           format: Literal["json", "markdown", "html"] = "json",
                           words: Annotated[int, Query(ge=0, le=5000)] = 0, analysis: bool = True) -> Response:
        """The story's cited briefing (the JSON shape is briefing.schema.json); computed once per version."""
        text = await briefings.render(story_id, format, words, analysis)
        return Response(text, media_type=MEDIA_TYPES[format])

    @app.get("/api/articles/{stored_id}", response_model=ArticleOut, tags=["api"], responses=READ_ERRORS)
    async def api_article(stored_id: Annotated[int, Path(ge=1, le=2**62)]) -> ArticleOut:
        article, story_id, copy_of = await run_in_threadpool(pool.call, lambda store: store.article(stored_id))
        return ArticleOut(stored_id=stored_id, id=article.id, title=article.title, source=article.source,
                          url=article.url, published=article.published, copy_of=copy_of, story_id=story_id,
                          place=article.place, text=article.text)

    # ---- pages ----

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def stories_page(request: Request, q: str = "", since: str = "", outlet: str = "",
                           cursor: str = "") -> Response:
        rows, next_cursor = await list_stories(q[:500], since, outlet, PAGE_SIZE, cursor)
        outlets = await run_in_threadpool(pool.call, lambda store: store.outlets())
        return templates.TemplateResponse(request, "stories.html", {
            "stories": rows, "q": q, "since": since, "outlet": outlet, "outlets": outlets,
            "next_cursor": next_cursor, "first_page": not cursor})

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    async def story_page(request: Request, story_id: Annotated[int, Path(ge=1, le=2**62)]) -> Response:
        detail = await run_in_threadpool(story_detail, story_id)
        _, briefing = await briefings.get(detail.id)
        return templates.TemplateResponse(request, "story.html", {
            "story": detail, "body": briefing_body(briefing), "coverage": coverage(briefing)})

    @app.get("/articles/{stored_id}", response_class=HTMLResponse, include_in_schema=False)
    async def article_page(request: Request, stored_id: Annotated[int, Path(ge=1, le=2**62)]) -> Response:
        article = await api_article(stored_id)
        safe_url = article.url if article.url.lower().startswith(("http://", "https://")) else ""
        return templates.TemplateResponse(request, "article.html", {"article": article, "safe_url": safe_url})

    @app.get("/add", response_class=HTMLResponse, include_in_schema=False)
    async def add_page(request: Request) -> Response:
        return templates.TemplateResponse(request, "add.html", {"results": None, "needs_token": bool(settings.token)})

    @app.post("/add", response_class=HTMLResponse, include_in_schema=False)
    async def add_submit(request: Request, text: Annotated[str, Form()] = "", title: Annotated[str, Form()] = "",
                         source: Annotated[str, Form()] = "", url: Annotated[str, Form()] = "",
                         token: Annotated[str, Form()] = "", files: list[UploadFile] | None = None) -> Response:
        check_write(request, token)
        documents: list[RawDocument] = []
        problems: list[str] = []
        if text.strip():
            meta = {key: value for key, value in (("title", title), ("source", source), ("url", url)) if value}
            documents.append(RawDocument(id=title or "pasted text", content=text, kind="text", meta=meta))
        for upload in files or []:
            if not upload.filename:
                continue
            name = PurePath(upload.filename).name  # a label only: nothing is read from or written to disk
            suffix = PurePath(name).suffix.lower()
            data = await upload.read()
            try:
                if suffix not in SUPPORTED_SUFFIXES:
                    raise InputProblem(f"{name}: not a .txt, .html, .json or .jsonl file", ExitCode.UNREADABLE)
                found: list[InputProblem] = []
                documents.extend(parse_document(decode(data, name), PurePath(name).stem, name, suffix, found))
                problems.extend(str(item) for item in found)
            except InputProblem as error:
                problems.append(str(error))
        results = await run_in_threadpool(writer.ingest, documents)
        return templates.TemplateResponse(request, "add.html", {
            "results": results, "problems": problems, "needs_token": bool(settings.token)})

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    async def api_docs(request: Request) -> Response:
        return templates.TemplateResponse(request, "docs.html", {"schema": app.openapi()})

    @app.get("/static/app.css", include_in_schema=False)
    async def app_css() -> Response:
        css = (resources.files("newsfuse.serve") / "static" / "app.css").read_text(encoding="utf-8")
        return PlainTextResponse(STYLE + css, media_type="text/css", headers={"Cache-Control": "max-age=3600"})

    @app.get("/static/briefing.js", include_in_schema=False)
    async def briefing_js() -> Response:
        return PlainTextResponse(SCRIPT, media_type="text/javascript", headers={"Cache-Control": "max-age=3600"})

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> Response:
        return Response(status_code=204)

    return app
