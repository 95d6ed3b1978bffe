from __future__ import annotations

import io
import json
from pathlib import Path

from newsfuse.config import Settings
from newsfuse.errors import ExitCode
from newsfuse.read import read_inputs


def test_folder_is_read_recursively_in_name_order(example_dir: Path) -> None:
    result = read_inputs([str(example_dir)], Settings())
    assert [document.id for document in result.documents] == sorted(p.stem for p in example_dir.glob("*.txt"))
    assert not result.problems


def test_missing_path_and_empty_folder_are_problems_not_crashes(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = read_inputs([str(tmp_path / "nope.txt"), str(empty), str(tmp_path / "*.zzz")], Settings())
    assert not result.documents
    assert [problem.code for problem in result.problems] == [ExitCode.NOT_FOUND] * 3


def test_binary_undecodable_and_oversized_files_are_refused_but_others_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A fine article about the harbour. It has two sentences.")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "c.txt").write_bytes(bytes(range(128, 256)) * 20)
    (tmp_path / "d.txt").write_text("word " * 1000)
    result = read_inputs([str(tmp_path)], Settings(max_file_bytes=3000))
    assert [document.id for document in result.documents] == ["a"]
    messages = " ".join(str(problem) for problem in result.problems)
    assert "binary" in messages and "encoding" in messages and "limit" in messages
    assert all(problem.code == ExitCode.UNREADABLE for problem in result.problems)


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    text = "The café in Zürich reopened on Monday, its owner said. Customers queued for an hour to get in."
    (tmp_path / "latin.txt").write_bytes(text.encode("latin-1"))
    result = read_inputs([str(tmp_path / "latin.txt")], Settings())
    assert result.documents[0].content == text


def test_duplicate_paths_are_read_once(example_dir: Path) -> None:
    path = str(next(example_dir.glob("*.txt")))
    assert len(read_inputs([path, path], Settings()).documents) == 1


def test_stdin_json_lines_and_multinews_forms(tmp_path: Path) -> None:
    lines = "\n".join(json.dumps({"id": f"x{n}", "text": f"Story {n} text.", "source": "Wire"}) for n in range(3))
    result = read_inputs(["-"], Settings(), stdin=io.BytesIO(lines.encode()))
    assert [document.id for document in result.documents] == ["x0", "x1", "x2"]
    assert result.documents[0].meta == {"source": "Wire"}
    (tmp_path / "story.txt").write_text("First article. ||||| Second article. |||||")
    assert len(read_inputs([str(tmp_path / "story.txt")], Settings()).documents) == 2
