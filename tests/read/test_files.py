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


def test_latin1_text_is_read_as_western_not_as_a_baltic_code_page(tmp_path: Path) -> None:
    (tmp_path / "cafe.txt").write_bytes("The café in Zürich reopened on Monday, its owner said.".encode("latin-1"))
    result = read_inputs([str(tmp_path / "cafe.txt")], Settings())
    assert "café in Zürich" in result.documents[0].content


def test_utf16_and_utf32_with_a_byte_order_mark_are_text_not_binary(tmp_path: Path) -> None:
    text = "The café in Zürich reopened on Monday, its owner said."
    for encoding in ("utf-16", "utf-16-be", "utf-32"):
        data = text.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        (tmp_path / f"{encoding}.txt").write_bytes(data)
    result = read_inputs([str(tmp_path)], Settings())
    assert not result.problems
    assert [document.content for document in result.documents] == [text] * 3


def test_cyrillic_in_a_legacy_code_page_is_not_forced_into_western(tmp_path: Path) -> None:
    (tmp_path / "ru.txt").write_bytes("Правительство объявило во вторник новую реформу пенсий.".encode("cp1251"))
    assert "Правительство" in read_inputs([str(tmp_path / "ru.txt")], Settings()).documents[0].content


def test_a_bad_json_lines_line_is_a_problem_and_the_good_lines_are_used(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "a", "text": "First article."}\n{broken\n' + "[" * 20_000 + "]" * 20_000 +
                    '\n{"id": "b", "text": "Second article."}\n')
    result = read_inputs([str(path)], Settings())
    assert [document.id for document in result.documents] == ["a", "b"]
    assert [str(problem).split(":")[1].strip().split(" (")[0] for problem in result.problems] == [
        "line 2 is not valid JSON", "line 3 is not valid JSON"]


def test_deeply_nested_json_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text("[" * 20_000 + "]" * 20_000)
    (tmp_path / "lists.json").write_text(json.dumps([[[[{"text": "Too deep to be a story."}]]]]))
    result = read_inputs([str(tmp_path)], Settings())
    assert not result.documents
    assert all(problem.code == ExitCode.UNREADABLE and "nested too deeply" in str(problem)
               for problem in result.problems) and len(result.problems) == 2
