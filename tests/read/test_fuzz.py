"""Fuzzing the readers through the real commands: whatever the bytes, no internal error (exit 1).

Hypothesis builds inputs of each format from structured pieces (JSON values of any shape, HTML tag
soup, text with odd characters, raw bytes) and feeds them to `brief`, `clean` and `ingest` as files.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfuse.cli import main
from newsfuse.errors import ExitCode

SENTENCE = st.sampled_from([
    "The council approved the harbour budget on Monday after a long debate.",
    "Officials said the ferry service would resume next week.", "“We will rebuild,” the mayor said.",
    "Le gouvernement a annoncé une réforme.", "", " ", "\x00", "\x1b[2J", "\ufeff", "<script>", "|||||",
])
TEXT = st.lists(st.one_of(SENTENCE, st.text(max_size=40)), max_size=8).map(" ".join)
JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), TEXT),
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.sampled_from(["id", "text", "title", "documents", "articles", "html", "source",
                                         "published", "url", "content", "body", "x"]), children, max_size=5)),
    max_leaves=20)
TAGS = st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<html><body>", "<article>", "<h1>", "</h1>", "<!--",
                        "-->", "<script>x=1</script>", "<br>", "<table><tr><td>", "&amp;", "&#0;", "<meta charset=x>",
                        "<![CDATA[", "<title>T</title>", "<", ">"])
HTML = st.lists(st.one_of(TAGS, SENTENCE, st.text(max_size=20)), max_size=30).map("".join)


def encoded(text: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    return st.tuples(text, st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1251"])).map(
        lambda pair: pair[0].encode(pair[1], errors="replace"))


INPUTS = {
    ".json": st.one_of(JSON_VALUES.map(lambda value: json.dumps(value).encode()), st.binary(max_size=200)),
    ".jsonl": st.one_of(st.lists(JSON_VALUES.map(json.dumps), max_size=5).map(lambda lines: "\n".join(lines).encode()),
                        st.lists(st.one_of(TEXT, st.just("[" * 5000)), max_size=4).map(lambda lines: "\n".join(lines)
                                                                                        .encode())),
    ".html": st.one_of(encoded(HTML), st.binary(max_size=200)),
    ".txt": st.one_of(encoded(TEXT), st.binary(max_size=200)),
}


def run_quietly(*args: str) -> int:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return main(list(args))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(INPUTS)).flatmap(lambda suffix: st.tuples(st.just(suffix), INPUTS[suffix])))
def test_no_input_ends_in_an_internal_error(case: tuple[str, bytes]) -> None:
    suffix, data = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        for command in (("brief", "--no-analysis"), ("clean",), ("ingest", "--db", f"{folder}/store.db")):
            code = run_quietly(*command, str(path))
            assert code != ExitCode.INTERNAL, (command, data[:300])
            assert code in set(ExitCode) - {ExitCode.INTERNAL}
