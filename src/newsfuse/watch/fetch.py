"""A polite, robust HTTP fetcher: a User-Agent that names newsfuse, timeouts, retries with backoff,
conditional GET, robots.txt, a delay between requests to one host, a size cap, few redirects, only http(s)."""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from newsfuse import __version__

USER_AGENT = f"newsfuse/{__version__} (news briefing; feed reader)"
RETRIED_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class FetchPolicy:
    timeout: float = 15.0  # seconds to connect, and between bytes
    retries: int = 2  # after the first try, on connection errors, 429 and 5xx
    backoff: float = 1.0  # seconds before the first retry; doubles each time (or the server's Retry-After)
    max_wait: float = 60.0  # a longer Retry-After is not waited for: the next poll tries again
    host_delay: float = 1.0  # seconds between two requests to the same host
    max_bytes: int = 5_000_000  # larger pages are cut off and refused
    max_redirects: int = 5


@dataclass
class Answer:
    url: str  # after redirects
    status: int  # 200, 304 (not modified) ...
    body: bytes = b""
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""
    location: str = ""  # where a redirect points
    retry_after: str = ""  # what a 429 or 503 asks


class FetchError(Exception):
    """A page or feed that could not be had this time (down, refused, too large, not allowed)."""

    def __init__(self, message: str, retry_later: bool = True) -> None:
        super().__init__(message)
        self.retry_later = retry_later  # False: asking again will not help (404, too large, robots.txt)


@dataclass
class Host:
    lock: threading.Lock = field(default_factory=threading.Lock)  # one request to a host at a time
    next_request: float = 0.0
    robots: urllib.robotparser.RobotFileParser | None = None


class Fetcher:
    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self.client = httpx.Client(timeout=self.policy.timeout, follow_redirects=False,
                                   headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"})
        self.hosts: dict[str, Host] = {}
        self.hosts_lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def host(self, url: str) -> Host:
        key = urlsplit(url).netloc.lower()
        with self.hosts_lock:
            return self.hosts.setdefault(key, Host())

    def get(self, url: str, etag: str = "", last_modified: str = "", accept: str = "*/*") -> Answer:
        """The page at `url` (following up to max_redirects redirects, only to http(s) URLs)."""
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen = [url]
        for _ in range(self.policy.max_redirects + 1):
            if urlsplit(url).scheme not in ("http", "https"):
                raise FetchError(f"{seen[0]}: redirected to a non-http(s) address", retry_later=False)
            if not self.allowed(url):
                raise FetchError(f"{url}: robots.txt disallows it", retry_later=False)
            answer = self.request(url, headers)
            if answer.status in (301, 302, 303, 307, 308) and answer.location:
                url = urljoin(url, answer.location)
                if url in seen:
                    raise FetchError(f"{seen[0]}: redirect loop", retry_later=False)
                seen.append(url)
                continue
            return answer
        raise FetchError(f"{seen[0]}: more than {self.policy.max_redirects} redirects", retry_later=False)

    def request(self, url: str, headers: dict[str, str]) -> Answer:
        """One URL, retried with backoff (or after the server's Retry-After, if not too long)."""
        wait = self.policy.backoff
        for attempt in range(self.policy.retries + 1):
            try:
                answer = self.once(url, headers)
            except httpx.TransportError as error:
                if attempt == self.policy.retries:
                    raise FetchError(f"{url}: {type(error).__name__}: {error or 'no answer'}") from None
            else:
                if answer.status not in RETRIED_STATUS:
                    return answer
                if attempt == self.policy.retries:
                    raise FetchError(f"{url}: HTTP {answer.status}")
                retry_after = answer.retry_after
                if retry_after.isdigit():
                    if int(retry_after) > self.policy.max_wait:
                        raise FetchError(f"{url}: HTTP {answer.status}, retry after {retry_after} s")
                    wait = max(wait, float(retry_after))
            time.sleep(wait)
            wait *= 2
        raise AssertionError("unreachable")

    def once(self, url: str, headers: dict[str, str]) -> Answer:
        host = self.host(url)
        with host.lock:
            pause = host.next_request - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            try:
                with self.client.stream("GET", url, headers=headers) as response:
                    return self.read(url, response)
            finally:
                host.next_request = time.monotonic() + self.policy.host_delay

    def read(self, url: str, response: httpx.Response) -> Answer:
        status = response.status_code
        if status in (301, 302, 303, 307, 308):
            return Answer(url, status, location=response.headers.get("location", ""))
        if status in RETRIED_STATUS:
            return Answer(url, status, retry_after=response.headers.get("retry-after", ""))
        if status == 304:
            return Answer(url, 304, etag=response.headers.get("etag", ""),
                          last_modified=response.headers.get("last-modified", ""))
        if status != 200:
            raise FetchError(f"{url}: HTTP {status}", retry_later=status in (408, 425))
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.policy.max_bytes:
            raise FetchError(f"{url}: {int(declared):,} bytes, over the {self.policy.max_bytes:,}-byte limit",
                             retry_later=False)
        body = bytearray()
        for chunk in response.iter_bytes():  # decompressed; the limit applies to what it expands to
            body.extend(chunk)
            if len(body) > self.policy.max_bytes:
                raise FetchError(f"{url}: over the {self.policy.max_bytes:,}-byte limit", retry_later=False)
        return Answer(url, 200, bytes(body), response.headers.get("content-type", ""),
                      response.headers.get("etag", ""), response.headers.get("last-modified", ""))

    def allowed(self, url: str) -> bool:
        """robots.txt of the URL's host, read once per run: missing (4xx) allows all; unreachable (5xx)
        allows nothing for now (RFC 9309)."""
        host = self.host(url)
        if host.robots is None:
            parts = urlsplit(url)
            robots = urllib.robotparser.RobotFileParser()
            try:
                answer = self.request(f"{parts.scheme}://{parts.netloc}/robots.txt", {"Accept": "text/plain"})
                robots.parse(answer.body.decode("utf-8", "replace").splitlines() if answer.status == 200 else [])
            except FetchError as error:
                if "HTTP 4" in str(error):
                    robots.parse([])
                else:
                    robots.parse(["User-agent: *", "Disallow: /"])
                    return False  # not kept: asked again on the next poll
            host.robots = robots
        return host.robots.can_fetch(USER_AGENT, url)
