"""What stands between strangers and the store: tokens for writes, body size, write rate, security headers,
and errors as application/problem+json (never a traceback)."""

from __future__ import annotations

import hmac
import ipaddress
import threading
import time
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsfuse.errors import ExitCode

CONTENT_SECURITY_POLICY = ("default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
                           "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HTTP_STATUS = {ExitCode.USAGE: 400, ExitCode.NOT_FOUND: 404, ExitCode.UNREADABLE: 422, ExitCode.NO_TEXT: 422,
               ExitCode.NOT_ENGLISH: 422, ExitCode.STORE: 503, ExitCode.BUSY: 409, ExitCode.INTERNAL: 500}
TITLES = {400: "Bad request", 401: "Unauthorized", 404: "Not found", 405: "Method not allowed",
          413: "Request body too large", 422: "Unprocessable input", 429: "Too many writes", 500: "Internal error",
          503: "Store unavailable", 409: "Busy"}


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def problem(status: int, detail: str, code: ExitCode | None = None) -> JSONResponse:
    """An RFC 9457 problem; `exit_code` is the code the CLI uses for the same trouble."""
    body: dict[str, Any] = {"type": "about:blank", "title": TITLES.get(status, "Error"), "status": status,
                            "detail": detail}
    if code is not None:
        body["exit_code"] = int(code)
    return JSONResponse(body, status_code=status, media_type="application/problem+json")


def token_matches(expected: str, request: Request, form_token: str = "") -> bool:
    """No token configured (loopback only): writes are open. Else the bearer header or the form's field."""
    if not expected:
        return True
    header = request.headers.get("authorization", "")
    given = header[7:] if header.lower().startswith("bearer ") else form_token
    return hmac.compare_digest(given.encode(), expected.encode())


class WriteRate:
    """A token bucket per client address: `rate` writes a second, bursts up to twice that."""

    def __init__(self, rate: float) -> None:
        self.rate, self.capacity = rate, max(2 * rate, 1.0)
        self.buckets: dict[str, tuple[float, float]] = {}
        self.lock = threading.Lock()

    def allow(self, client: str) -> bool:
        now = time.monotonic()
        with self.lock:
            tokens, then = self.buckets.get(client, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - then) * self.rate)
            if tokens < 1:
                self.buckets[client] = (tokens, now)
                return False
            self.buckets[client] = (tokens - 1, now)
            if len(self.buckets) > 10_000:  # forget idle clients
                self.buckets = {key: value for key, value in self.buckets.items() if now - value[1] < 60}
            return True


class BodyLimit:
    """413 for a body over the limit, by its declared length or, when streamed, as soon as it passes it."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await problem(413, f"request bodies are limited to {self.limit:,} bytes")(scope, receive, send)
            return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                raise BodyTooLarge
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except BodyTooLarge:
            if not started:
                await problem(413, f"request bodies are limited to {self.limit:,} bytes")(scope, receive, send)


class BodyTooLarge(Exception):
    pass


async def security_headers(request: Request, call_next: Any) -> Response:
    response: Response = await call_next(request)
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response
