"""Finding input files and turning their bytes into text, with a clear problem for each one that fails."""

from __future__ import annotations

import codecs
import glob
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from newsfuse.config import Settings
from newsfuse.errors import ExitCode, InputProblem
from newsfuse.model import RawDocument
from newsfuse.read.formats import SUPPORTED_SUFFIXES, parse_document

GLOB_CHARS = set("*?[")


@dataclass
class ReadResult:
    documents: list[RawDocument] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputProblem]:
    """Yield input files (or '-') in a stable order; folders are searched recursively for known suffixes."""
    for given in paths:
        if given == "-":
            yield given
            continue
        if GLOB_CHARS & set(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield InputProblem(f"{given}: no file matches this pattern", ExitCode.NOT_FOUND, given)
            yield from (match for match in matches if os.path.isfile(match))
            continue
        path = Path(given)
        if path.is_dir():
            found = sorted(str(child) for child in path.rglob("*")
                           if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES
                           and not any(part.startswith(".") for part in child.relative_to(path).parts))
            if not found:
                yield InputProblem(f"{given}: folder has no .txt, .html, .json or .jsonl file",
                                   ExitCode.NOT_FOUND, given)
            yield from found
        elif path.is_file():
            yield given
        else:
            yield InputProblem(f"{given}: no such file or folder", ExitCode.NOT_FOUND, given)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB mean this is not a text document."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(byte < 32 and byte not in (9, 10, 12, 13, 27) for byte in head)
    return bool(head) and controls / len(head) > 0.05


BYTE_ORDER_MARKS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
WESTERN = frozenset({"cp1252", "latin_1", "iso8859_15", "ascii"})
MOSTLY_ASCII_LETTERS = 0.7  # Western European text (and English with names) is mostly unaccented letters


def western_text(data: bytes) -> str | None:
    """Windows-1252 text, if the bytes read as mostly unaccented Latin letters in it."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [char for char in text if char.isalpha()]
    ascii_letters = sum(char.isascii() for char in letters)
    return text if letters and ascii_letters / len(letters) >= MOSTLY_ASCII_LETTERS else None


def decode(data: bytes, name: str) -> str:
    """UTF-16/32 by their byte-order mark; UTF-8 (with or without BOM); then the encoding charset-normalizer
    finds, except that Windows-1252 wins when the text reads as Western in it, as the detector often
    mistakes short Latin-1 text for a Baltic or Central European code page."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputProblem(f"{name}: damaged {encoding.upper()} text", ExitCode.UNREADABLE, name) from None
    if looks_binary(data):
        raise InputProblem(f"{name}: binary file, not text", ExitCode.UNREADABLE, name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding in WESTERN and best.chaos <= 0.3:
        return str(best)
    western = western_text(data)
    if western is not None:
        return western
    if best is None or best.chaos > 0.3:
        raise InputProblem(f"{name}: cannot tell the text encoding; save it as UTF-8", ExitCode.UNREADABLE, name)
    return str(best)


def read_bytes(stream: BinaryIO, name: str, limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputProblem(f"{name}: larger than the {limit:,}-byte limit (set --max-bytes to raise it)",
                           ExitCode.UNREADABLE, name)
    return data


def read_one(path: str, settings: Settings, problems: list[InputProblem],
             stdin: BinaryIO | None = None) -> list[RawDocument]:
    if path == "-":
        data = read_bytes(stdin or sys.stdin.buffer, "stdin", settings.max_file_bytes)
        text = decode(data, "stdin")
        return parse_document(text, name="stdin", path="-", suffix=sniff_suffix(text), problems=problems)
    try:
        with open(path, "rb") as handle:
            data = read_bytes(handle, path, settings.max_file_bytes)
    except OSError as error:
        raise InputProblem(f"{path}: cannot read ({error.strerror})", ExitCode.UNREADABLE, path) from error
    return parse_document(decode(data, path), name=Path(path).stem, path=path, suffix=Path(path).suffix.lower(),
                          problems=problems)


def sniff_suffix(text: str) -> str:
    """Guess a format for stdin, which has no file name."""
    head = text.lstrip()[:1000].lower()
    if head.startswith(("{", "[")):
        return ".jsonl" if "\n{" in text.strip() else ".json"
    if head.startswith(("<!doctype html", "<html")) or "<body" in head or "<p>" in head:
        return ".html"
    return ".txt"


def read_inputs(paths: Iterable[str], settings: Settings, stdin: BinaryIO | None = None) -> ReadResult:
    """Read every input; a problem with one input is recorded and the others are still read."""
    result = ReadResult()
    seen: set[str] = set()
    for item in expand_paths(paths):
        if isinstance(item, InputProblem):
            result.problems.append(item)
            continue
        key = item if item == "-" else os.path.realpath(item)
        if key in seen:
            continue
        seen.add(key)
        try:
            result.documents.extend(read_one(item, settings, result.problems, stdin))
        except InputProblem as problem:
            result.problems.append(problem)
    return result
