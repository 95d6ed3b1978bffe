from __future__ import annotations

import pytest

from newsfuse.errors import ExitCode, InputProblem
from newsfuse.read import parse_document


def test_json_story_with_documents_keeps_story_id_prefix() -> None:
    docs = parse_document('{"id": "s1", "documents": ["One.", "Two."]}', "file", "file.json", ".json")
    assert [doc.id for doc in docs] == ["s1-1", "s1-2"]


def test_json_article_objects_keep_their_ids_and_metadata() -> None:
    text = '[{"id": "a", "text": "Body.", "title": "T", "published": "2020-01-02"}, {"html": "<p>x</p>"}]'
    docs = parse_document(text, "file", "file.json", ".json")
    assert docs[0].id == "a" and docs[0].meta == {"title": "T", "published": "2020-01-02"}
    assert docs[1].kind == "html"


@pytest.mark.parametrize("text,suffix", [("{not json", ".json"), ('{"a": 1}\n{broken', ".jsonl"),
                                         ('{"title": "no body"}', ".json")])
def test_malformed_json_is_a_clear_problem(text: str, suffix: str) -> None:
    with pytest.raises(InputProblem) as raised:
        parse_document(text, "file", f"file{suffix}", suffix)
    assert raised.value.code == ExitCode.UNREADABLE
    assert "\n" not in str(raised.value)
