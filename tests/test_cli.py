"""The CLI end to end, as a user runs it: a real subprocess, real files, every format and error path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsfuse.errors import ExitCode


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsfuse", *args], input=stdin.decode() if stdin else None,
                          capture_output=True, text=True, timeout=120, cwd=cwd)


@pytest.mark.parametrize("fmt,marker", [("text", "Sources"), ("markdown", "## Sources"), ("json", '"summary"'),
                                        ("html", "<!doctype html>")])
def test_brief_every_format(example_dir: Path, fmt: str, marker: str) -> None:
    result = run("brief", str(example_dir), "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert marker in result.stdout
    assert "Traceback" not in result.stderr


def test_brief_words_and_out_file(example_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "briefing.json"
    result = run("brief", str(example_dir / "*.txt"), "--words", "80", "--format", "json", "--out", str(out))
    assert result.returncode == 0 and result.stdout == ""
    data = json.loads(out.read_text())
    assert data["words"] == 80
    assert sum(len(sentence["text"].split()) for sentence in data["summary"]) <= 80


def test_analysis_can_be_limited_or_switched_off(example_dir: Path) -> None:
    full = json.loads(run("brief", str(example_dir), "--format", "json").stdout)["analysis"]
    short = json.loads(run("brief", str(example_dir), "--format", "json", "--analysis-words", "150").stdout)["analysis"]
    assert len(short["entities"]) < len(full["entities"])
    off = run("brief", str(example_dir), "--no-analysis")
    assert off.returncode == 0 and "Who said what" not in off.stdout and "Sources" in off.stdout
    both = run("brief", str(example_dir), "--no-analysis", "--analysis-words", "100")
    assert both.returncode == 2 and "not allowed with" in both.stderr


def test_brief_reads_stdin() -> None:
    text = ("The bridge reopened on Monday after two years of repairs, officials said. Traffic was light in the "
            "morning. The repairs cost $40 million, twice the first estimate.")
    result = run("brief", "-", stdin=text.encode())
    assert result.returncode == 0 and "bridge reopened" in result.stdout


def test_clean_json_lines_have_id_path_metadata_and_text(example_dir: Path) -> None:
    result = run("clean", str(example_dir), "--format", "json")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["id"] for row in rows] == sorted(path.stem for path in example_dir.glob("*.txt"))
    assert all(row["text"] and row["path"] for row in rows)
    assert any(row.get("published") == "2016-06-19" for row in rows)


def error_of(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsfuse: error:"), result.stderr
    return lines[0]


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    assert run("brief", str(tmp_path / "missing")).returncode == ExitCode.NOT_FOUND
    result = run("brief", str(tmp_path))
    assert result.returncode == ExitCode.NOT_FOUND and "folder" in error_of(result)


def test_binary_and_undecodable_and_huge_files(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"\x00\x01\x02binary" * 100)
    result = run("brief", str(tmp_path / "image.txt"))
    assert result.returncode == ExitCode.UNREADABLE and "binary" in error_of(result)
    (tmp_path / "noise.txt").write_bytes(bytes(range(128, 256)) * 10)
    assert run("brief", str(tmp_path / "noise.txt")).returncode == ExitCode.UNREADABLE
    (tmp_path / "huge.txt").write_text("The council met on Monday. " * 200)
    result = run("brief", str(tmp_path / "huge.txt"), "--max-bytes", "1000")
    assert result.returncode == ExitCode.UNREADABLE and "limit" in error_of(result)


def test_non_english_and_no_text(tmp_path: Path) -> None:
    (tmp_path / "es.txt").write_text("El gobierno anunció el martes una nueva reforma de las pensiones, que será "
                                     "presentada al parlamento la próxima semana según el ministro de trabajo.")
    result = run("brief", str(tmp_path / "es.txt"))
    assert result.returncode == ExitCode.NOT_ENGLISH and "English" in error_of(result)
    (tmp_path / "empty.txt").write_text("   \n\n")
    assert run("brief", str(tmp_path / "empty.txt")).returncode == ExitCode.NO_TEXT


def test_bad_inputs_beside_good_ones_are_warned_about_and_skipped(example_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{not json")
    result = run("brief", str(example_dir), str(tmp_path / "bad.json"))
    assert result.returncode == 0
    assert "warning" in result.stderr and "bad.json" in result.stderr and "Traceback" not in result.stderr


def test_bad_environment_setting_is_a_usage_error(example_dir: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "newsfuse", "brief", str(example_dir)], capture_output=True,
                            text=True, timeout=120, env={**os.environ, "NEWSFUSE_WORDS": "many"})
    assert result.returncode == 2 and "NEWSFUSE_WORDS" in result.stderr and "Traceback" not in result.stderr


def test_usage_errors_exit_2() -> None:
    assert run("brief").returncode == ExitCode.USAGE
    assert run("brief", "x", "--words", "-3").returncode == ExitCode.USAGE


def test_failed_write_keeps_the_old_output(example_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "briefing.md"
    out.write_text("previous briefing")
    result = run("brief", str(tmp_path / "missing"), "--out", str(out))
    assert result.returncode == ExitCode.NOT_FOUND
    assert out.read_text() == "previous briefing"


def test_help_explains_formats_and_exit_codes() -> None:
    result = run("brief", "--help")
    assert "--words" in result.stdout and "exit codes" in result.stdout


def test_batch_evaluate_and_train_selector_commands(tmp_path: Path) -> None:
    from tests.stories import STORIES

    data = tmp_path / "stories.jsonl"
    data.write_text("".join(json.dumps(story) + "\n" for story in STORIES) + "not json\n")
    out = tmp_path / "out.jsonl"
    result = run("batch", str(data), str(out), "--words", "40")
    assert result.returncode == 0 and "line 3" in result.stderr and len(out.read_text().splitlines()) == 2
    table = tmp_path / "table.json"
    clean_data = tmp_path / "clean.jsonl"
    clean_data.write_text("".join(json.dumps(story) + "\n" for story in STORIES))
    result = run("evaluate", str(clean_data), "--words", "30", "--peers", "lead,oracle", "--json", str(table))
    assert result.returncode == 0, result.stderr
    assert [row["system"] for row in json.loads(table.read_text())["results"]] == ["newsfuse", "lead", "oracle"]
    assert run("evaluate", str(clean_data), "--peers", "gpt").returncode == ExitCode.USAGE
    model = tmp_path / "selector.npz"
    result = run("train-selector", str(clean_data), "--out", str(model))
    assert result.returncode == 0, result.stderr
    result = run("evaluate", str(clean_data), "--peers", "lead", "--selector", str(model))
    assert result.returncode == 0, result.stderr


def test_core_commands_do_not_need_the_optional_evaluation_packages() -> None:
    code = ("import sys, newsfuse.batch, newsfuse.store, newsfuse.pipeline, newsfuse.cli; "
            "print(sorted(m for m in ('rouge_score', 'nltk', 'sklearn', 'lexrank', 'sumy') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr
