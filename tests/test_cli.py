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


def test_whole_sentences_keeps_each_summary_sentence_as_its_source_has_it(example_dir: Path) -> None:
    def summary(*flags: str) -> list[dict]:
        return json.loads(run("brief", str(example_dir), "--format", "json", "--no-analysis", *flags).stdout)["summary"]

    def is_whole(sentence: dict) -> bool:
        return any(sentence["text"] == citation["text"].strip() for citation in sentence["citations"])

    assert all(is_whole(sentence) for sentence in summary("--whole-sentences"))
    assert not all(is_whole(sentence) for sentence in summary())


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


def test_evaluate_without_the_evaluation_extra_names_the_extra(tmp_path: Path) -> None:
    from tests.stories import STORIES

    data = tmp_path / "stories.jsonl"
    data.write_text("".join(json.dumps(story) + "\n" for story in STORIES))
    code = ("import sys; sys.modules['rouge_score'] = None  # as after a plain `pip install .`\n"
            "from newsfuse.cli import main; sys.exit(main(sys.argv[1:]))")
    result = subprocess.run([sys.executable, "-c", code, "evaluate", str(data)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == ExitCode.USAGE
    assert "pip install 'newsfuse[evaluate]'" in error_of(result)


def test_help_texts_are_complete() -> None:
    evaluate = run("evaluate", "--help").stdout
    assert "95% bootstrap" in evaluate and "%%" not in evaluate
    footer = " ".join(run("--help").stdout.split())
    assert "7 the store cannot be opened" in footer and "130 interrupted" in footer
    stories = " ".join(run("stories", "--help").stdout.split())
    assert "--format {text,json} text: a table" in stories


def test_batch_logs_stories_done_with_rate_and_time_left_when_not_on_a_terminal(tmp_path: Path) -> None:
    from tests.stories import STORIES

    data = tmp_path / "stories.jsonl"
    data.write_text("".join(json.dumps(story) + "\n" for story in STORIES))
    result = subprocess.run([sys.executable, "-m", "newsfuse", "batch", str(data), str(tmp_path / "out.jsonl"),
                             "--no-analysis"], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "NEWSFUSE_PROGRESS_SECONDS": "0"})
    assert result.returncode == 0, result.stderr
    logged = [line for line in result.stderr.splitlines() if line.startswith("newsfuse: batch:")]
    assert logged[0].startswith("newsfuse: batch: 1/2 stories done,") and "stories/s" in logged[0]
    assert "left" in logged[0] and "2/2 stories done" in logged[-1]
    assert "B/s" not in result.stderr


def test_the_progress_bar_on_a_terminal_counts_stories() -> None:
    import io

    from newsfuse.progress import Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    with Progress(3, "stories", "batch", stream=screen) as progress:
        for _ in range(3):
            progress.update()
    assert "3/3" in screen.getvalue() and "stories/s" in screen.getvalue()


def test_hostile_source_field_does_not_reach_the_terminal(tmp_path: Path) -> None:
    article = {"id": "a\x1b[2J", "source": "Evil\x1b]0;pwned\x07\x1b[2J News", "title": "Harbour\x1b[31m budget",
               "text": "The city council approved the harbour budget on Monday after a long debate. The budget "
                       "adds two ferries and a new pier, the mayor said."}
    (tmp_path / "a.json").write_text(json.dumps(article))
    for fmt in ("text", "markdown"):
        result = run("brief", str(tmp_path / "a.json"), "--format", fmt, "--no-analysis")
        assert result.returncode == 0 and "Evil" in result.stdout
        assert "\x1b" not in result.stdout + result.stderr and "\x07" not in result.stdout


def test_out_leaves_the_mode_to_the_umask_and_keeps_an_existing_mode(example_dir: Path, tmp_path: Path) -> None:
    import stat

    out = tmp_path / "briefing.txt"
    code = "import os, sys; os.umask(0o022); from newsfuse.cli import main; sys.exit(main(sys.argv[1:]))"
    command = [sys.executable, "-c", code, "brief", str(example_dir), "--no-analysis", "--out", str(out)]
    assert subprocess.run(command, timeout=120).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    out.chmod(0o640)
    assert subprocess.run(command, timeout=120).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    folder = run("brief", str(example_dir), "--no-analysis", "--out", str(tmp_path))
    assert folder.returncode == ExitCode.USAGE and "folder" in error_of(folder)


def test_deeply_nested_json_beside_a_good_file_is_skipped_in_every_command(example_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text("[" * 20_000 + "]" * 20_000)
    good = example_dir / "001_92b6dfc882d1e722.txt"
    for command in (("brief", "--no-analysis"), ("clean",), ("ingest", "--db", str(tmp_path / "s.db"))):
        result = run(*command, str(tmp_path / "deep.json"), str(good))
        assert result.returncode == 0, result.stderr
        assert "nested too deeply" in result.stderr and "Traceback" not in result.stderr
