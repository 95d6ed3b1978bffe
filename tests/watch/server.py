"""A real HTTP server on loopback for the watch tests: routes are functions of the request; every request
is recorded (path and headers) so tests can count fetches."""

from __future__ import annotations

import gzip
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


Route = Callable[[dict[str, str]], Reply]


@dataclass
class FixtureServer:
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    base: str = ""

    def count(self, path: str) -> int:
        return sum(1 for requested, _ in self.requests if requested == path)

    def page(self, path: str, body: bytes, content_type: str = "text/html; charset=utf-8") -> None:
        self.routes[path] = lambda headers: Reply(200, body, {"Content-Type": content_type})

    def feed(self, path: str, body: bytes, etag: str = '"v1"') -> None:
        """A feed that answers 304 to a request carrying its ETag."""
        def route(headers: dict[str, str]) -> Reply:
            if headers.get("if-none-match") == etag:
                return Reply(304, headers={"ETag": etag})
            return Reply(200, body, {"Content-Type": "application/rss+xml", "ETag": etag})
        self.routes[path] = route


def gzipped(body: bytes, content_type: str = "text/html; charset=utf-8") -> Route:
    return lambda headers: Reply(200, gzip.compress(body), {"Content-Type": content_type, "Content-Encoding": "gzip"})


@contextmanager
def serving() -> Iterator[FixtureServer]:
    fixture = FixtureServer()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            headers = {key.lower(): value for key, value in self.headers.items()}
            fixture.requests.append((self.path, headers))
            route = fixture.routes.get(self.path)
            reply = route(headers) if route else Reply(404, b"not found", {"Content-Type": "text/plain"})
            if reply.delay:
                threading.Event().wait(reply.delay)
            try:
                self.send_response(reply.status)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    fixture.base = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fixture
    finally:
        server.shutdown()
        server.server_close()
