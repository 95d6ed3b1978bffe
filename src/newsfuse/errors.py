"""User-facing errors: each carries a one-line message and a documented exit code (see README)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INTERNAL = 1
    USAGE = 2
    NOT_FOUND = 3  # a path that does not exist, an empty folder, a glob that matches nothing
    UNREADABLE = 4  # binary, undecodable, too large or malformed input
    NO_TEXT = 5  # input read, but no usable English sentence in it
    NOT_ENGLISH = 6  # every input is in another language
    STORE = 7  # the article store (or the Ray cluster) cannot be opened or used (locked, unreachable, full)
    BUSY = 8  # another `batch` run is writing the same output file


class NewsfuseError(Exception):
    """An error the user can act on; the CLI prints `newsfuse: <message>` and exits with `code`."""

    def __init__(self, message: str, code: ExitCode) -> None:
        super().__init__(message)
        self.code = code


class InputProblem(NewsfuseError):
    """A problem with one input; other inputs may still be used."""

    def __init__(self, message: str, code: ExitCode, path: str = "") -> None:
        super().__init__(message, code)
        self.path = path
