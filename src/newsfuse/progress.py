"""Progress of long commands: a bar on a terminal, a log line every so often otherwise (cron, CI, pipes)."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TextIO


def duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


class Progress:
    """Counts items done (stories, articles) with their rate and, given a total, the time left.
    `unit` is plural ("stories")."""

    def __init__(self, total: int | None, unit: str, description: str, stream: TextIO | None = None,
                 log_every: float = 30.0) -> None:
        self.total, self.unit, self.description = total, unit, description
        self.stream = stream or sys.stderr
        self.log_every = log_every
        self.done = 0
        self.started = self.last_logged = time.monotonic()
        self.bar = None
        if self.stream.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit=unit, desc=description, dynamic_ncols=True, file=self.stream)

    def update(self, count: int = 1) -> None:
        self.done += count
        if self.bar is not None:
            self.bar.update(count)
            return
        now = time.monotonic()
        if now - self.last_logged >= self.log_every:
            self.last_logged = now
            self.log(now)

    def log(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        of_total = f"/{self.total:,}" if self.total is not None else ""
        left = ""
        if self.total is not None and rate > 0:
            left = f", about {duration((self.total - self.done) / rate)} left"
        print(f"newsfuse: {self.description}: {self.done:,}{of_total} {self.unit} done, {rate:.1f} {self.unit}/s"
              f"{left}", file=self.stream, flush=True)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self.bar is not None:
            self.bar.close()
        elif self.done and time.monotonic() - self.started >= self.log_every:
            self.log(time.monotonic())  # a final line, for runs long enough to have logged along the way
