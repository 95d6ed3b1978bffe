"""The `newsfuse` command: parse flags, call the library, print, and map errors to exit codes.

Exit codes: 0 ok, 1 internal error, 2 usage, 3 input (or store) not found, 4 unreadable input,
5 no usable text, 6 not English, 7 store trouble, 8 busy, 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from newsfuse.config import Settings, settings_from_env
from newsfuse.errors import ExitCode, NewsfuseError
from newsfuse.progress import Progress
from newsfuse.render.common import printable

if TYPE_CHECKING:  # imported late at run time, to keep start-up fast
    from newsfuse.model import Briefing
    from newsfuse.store import Store, StoryRow

FORMATS = ("text", "markdown", "json", "html")
INPUTS_HELP = ("files, folders (searched recursively), globs, or - for stdin; .txt, .html/.htm, "
               ".json/.jsonl (fields text or documents) and Multi-News lines (articles split by |||||)")
DB_HELP = ("the store: a file path or sqlite:///path/file.db for SQLite, postgresql://user:pass@host/db for "
           "PostgreSQL (default: $NEWSFUSE_DB, else newsfuse.db in the data directory)")
EPILOG = """exit codes: 0 ok, 1 internal error, 2 usage, 3 input or store not found, 4 unreadable input
(binary, undecodable, too large, malformed), 5 no usable text, 6 not English, 7 the store cannot be
opened or used (locked, unreachable, read-only, full) or the Ray cluster cannot be reached, 8 OUT is
being written by another batch run, 130 interrupted (Ctrl-C).
Settings also come from NEWSFUSE_* environment variables (e.g. NEWSFUSE_WORDS=150)."""


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a number above 0, got {value}")
    return value


def iso_date(text: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def duration_seconds(text: str) -> float:
    units = {"s": 1, "m": 60, "h": 3600}
    number, unit = (text[:-1], text[-1]) if text and text[-1] in units else (text, "s")
    try:
        seconds = float(number) * units[unit]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a time such as 90s, 10m or 1h, got {text!r}") from None
    if seconds <= 0:
        raise argparse.ArgumentTypeError(f"expected a time above 0, got {text!r}")
    return seconds


def require_extra(modules: Sequence[str], extra: str, command: str) -> None:
    """Optional commands say which extra to install instead of failing on an import."""
    from importlib.util import find_spec

    missing = [module for module in modules if find_spec(module) is None]
    if missing:
        raise NewsfuseError(f"{command} needs {', '.join(missing)}: pip install 'newsfuse[{extra}]'", ExitCode.USAGE)


def add_command(commands: argparse._SubParsersAction, name: str, summary: str,
                description: str = "") -> argparse.ArgumentParser:
    return commands.add_parser(name, help=summary, description=description or summary, epilog=EPILOG,
                               formatter_class=argparse.RawDescriptionHelpFormatter)


def add_inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help=INPUTS_HELP)
    parser.add_argument("--max-bytes", type=positive_int, help="refuse input files larger than this "
                                                               "(default: 20000000)")


def add_briefing_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--whole-sentences", dest="compress", action="store_const", const=False,
                        help="keep summary sentences whole (by default an opening 'But' or 'However,', asides in "
                             "brackets and tails such as ', he said in a statement' are cut)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--analysis-words", type=positive_int, metavar="N",
                       help="quotes, disagreements, entities, places and timeline read the first N words of the "
                            f"story, each article's lead first (default: {Settings().analysis_words})")
    group.add_argument("--no-analysis", dest="analysis_words", action="store_const", const=0,
                       help="summary and sources only (faster)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsfuse", description="Turn many news reports of one story into one faithful, cited briefing.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    from newsfuse import __version__

    parser.add_argument("--version", action="version", version=f"newsfuse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    brief = add_command(commands, "brief", "one cited briefing from articles about one story",
                        "Summarise articles about one story. Every summary sentence is taken from the sources "
                        "and cites [n] every source that carries it. Then: who said what, where the sources "
                        "differ, people, organisations and places (with a map in HTML) and a timeline.")
    brief.add_argument("paths", nargs="*", metavar="PATH", help=INPUTS_HELP)
    brief.add_argument("--story", type=positive_int, metavar="ID", help="brief a stored story instead "
                                                                        "(see `newsfuse stories`); cached")
    brief.add_argument("--db", metavar="URL", help=DB_HELP)
    brief.add_argument("--words", type=positive_int, help="summary length in words (default: fits the input, "
                                                          "about 250 for a handful of articles)")
    brief.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    brief.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    brief.add_argument("--max-bytes", type=positive_int, help="refuse input files larger than this "
                                                              "(default: 20000000)")
    add_briefing_flags(brief)

    clean = add_command(commands, "clean", "only the article text (boilerplate removed) and its metadata",
                        "Extract each article's body text: drops copyright lines, prompts, credits, captions, "
                        "repeated headlines, bylines and datelines, and reports metadata found on the way.")
    add_inputs(clean)
    clean.add_argument("--format", choices=("text", "json"), default="text",
                       help="text: the cleaned texts; json: one JSON line per article with id, path, "
                            "metadata and text")
    clean.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")

    ingest = add_command(commands, "ingest", "store articles and group them into stories as they arrive",
                         "Store each article once (re-ingesting is a no-op, near-copies are linked), assign it "
                         "to an open story or start one, and mark that story's briefing stale.")
    add_inputs(ingest)
    ingest.add_argument("--db", metavar="URL", help=DB_HELP)

    stories = add_command(commands, "stories", "list the stories in the store, latest activity first",
                          "List the stored stories, the one with the latest article first: id (for "
                          "`brief --story ID`), articles, outlets, the dates of its first and latest article, "
                          "and a title (its most representative headline, or its most central lead).")
    stories.add_argument("--since", type=iso_date, default=None, metavar="DATE",
                         help="only stories with an article dated on or after DATE (YYYY-MM-DD)")
    stories.add_argument("--format", choices=("text", "json"), default="text",
                         help="text: a table; json: one object per story with its article list")
    stories.add_argument("--db", metavar="URL", help=DB_HELP)

    batch = add_command(commands, "batch", "one briefing per story, JSON Lines in, JSON Lines out (resumable)",
                        'Read stories ({"id", "documents": [...]} per line, .gz allowed) and append '
                        '{"id", "summary", "briefing"} lines to OUT. Ids already in OUT are skipped, so an '
                        "interrupted run continues where it stopped; bad lines are reported and skipped. "
                        "IN may be a Parquet table (.parquet: a row per story, the same fields as columns; "
                        "line N in messages is row N); a .parquet OUT gets the columns id, summary and line "
                        "(the JSON line), written when the run ends (pip install 'newsfuse[parquet]'). "
                        "--engine ray briefs on a Ray cluster (pip install 'newsfuse[ray]') and writes the same "
                        "lines. IN may also be a pyarrow filesystem URI (s3://..., gs://..., file://...).")
    batch.add_argument("input", metavar="IN")
    batch.add_argument("output", metavar="OUT")
    batch.add_argument("--words", type=positive_int, help="summary length in words (default: fits each story)")
    batch.add_argument("--max-bytes", type=positive_int, help="skip stories (lines) larger than this "
                                                              "(default: 20000000)")
    batch.add_argument("--engine", choices=("local", "ray"), default="local",
                       help="local: this process, one story at a time (default); ray: Ray Data workers")
    batch.add_argument("--address", default="", metavar="ADDR",
                       help="--engine ray: the cluster to join (auto: the one `ray start` runs here; "
                            "ray://HOST:10001: a remote head); default: start one on this machine")
    batch.add_argument("--workers", type=positive_int, metavar="N",
                       help="--engine ray: workers briefing at once (default: the CPUs of this machine)")
    add_briefing_flags(batch)

    evaluate = add_command(commands, "evaluate", "ROUGE of newsfuse and its peers on the same stories, in one table",
                           'Stories are JSON Lines ({"id", "documents", "summary" or "summaries"}, .gz allowed). '
                           "Prints ROUGE-1/2/Lsum F1 with 95% bootstrap intervals and median seconds per story. "
                           "Needs the evaluation packages: pip install 'newsfuse[evaluate]'.")
    evaluate.add_argument("data", metavar="DATA.jsonl")
    evaluate.add_argument("--words", type=positive_int, default=250, help="summary length (default: 250)")
    evaluate.add_argument("--peers", default="lead,lexrank,textrank,oracle",
                          help="comma-separated peers from lead, lexrank, textrank, oracle (default: all)")
    evaluate.add_argument("--limit", type=positive_int, help="only the first K stories")
    evaluate.add_argument("--json", metavar="FILE", help="also write the table as JSON")
    evaluate.add_argument("--selector", metavar="FILE", help="score with this selector model instead of the "
                                                             "shipped one")

    train = add_command(commands, "train-selector", "refit the sentence scorer on stories with reference summaries",
                        "Label each fact by whether the greedy ROUGE oracle picks it, fit gradient-boosted trees "
                        "(needs scikit-learn: pip install 'newsfuse[train]') and save them as .npz.")
    train.add_argument("data", metavar="DATA.jsonl")
    train.add_argument("--out", default="selector.npz", help="where to save the model (default: selector.npz; "
                                                             "src/newsfuse/select/selector.npz ships it)")
    train.add_argument("--limit", type=positive_int, help="only the first K stories")
    train.add_argument("--words", type=positive_int, default=250, help="oracle summary length (default: 250)")
    watch = add_command(commands, "watch", "follow news feeds and store each new article as it appears",
                        "Poll RSS, Atom and JSON Feed feeds; fetch each new item's page once (politely: robots.txt, "
                        "a delay per host, conditional GET for feeds), clean it and store it as `ingest` does. Runs "
                        "until Ctrl-C or SIGTERM, which finish the article in hand; --once polls once (for cron).")
    watch.add_argument("feeds", nargs="*", metavar="FEED", help="feed URLs (or local feed files)")
    watch.add_argument("--feeds", dest="feed_list", metavar="FILE",
                       help="a file with one feed a line: URL, then optionally the outlet's name")
    watch.add_argument("--db", metavar="URL", help=DB_HELP)
    watch.add_argument("--every", type=duration_seconds, default=600.0, metavar="TIME",
                       help="time between polls: 90s, 10m, 1h (default: 10m)")
    watch.add_argument("--once", action="store_true", help="poll once and exit")
    serve = add_command(commands, "serve", "a web app and REST API over the store",
                        "Serve the stories of the store as web pages (stories, search, briefings with coverage, "
                        "articles, an Add page) and a REST API documented at /docs. Reads are open; writes need "
                        "the token when one is set.")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1; any other "
                                                           "address needs a token)")
    serve.add_argument("--port", type=positive_int, default=8000, help="port (default: 8000)")
    serve.add_argument("--db", metavar="URL", help=DB_HELP)
    serve.add_argument("--token", help="bearer token that writes must carry (default: $NEWSFUSE_TOKEN)")
    return parser


def write_output(text: str, out: str | None) -> None:
    """Write to stdout, or replace FILE atomically so a failed run never leaves half a file."""
    if not out:
        sys.stdout.write(text)
        return
    target = Path(out)
    if target.is_dir():
        raise NewsfuseError(f"{out}: is a folder; give a file name", ExitCode.USAGE)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o666  # new files: the umask decides
        with os.fdopen(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode), "w", encoding="utf-8") as handle:
            handle.write(text)
        if target.exists():
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise NewsfuseError(f"{out}: cannot write ({error.strerror})", ExitCode.UNREADABLE) from error


def warn(message: str) -> None:
    print(f"newsfuse: warning: {printable(message)}", file=sys.stderr)


def open_store(settings: Settings, create: bool = True) -> Store:
    """The store; read-only commands (create=False) refuse a store that does not exist yet."""
    from newsfuse.store import Store, default_url

    return Store(settings.db or default_url(), merge_threshold=settings.merge_threshold, create=create)


def run_brief(args: argparse.Namespace, settings: Settings) -> None:
    from newsfuse.pipeline import brief, first_problem
    from newsfuse.read import read_inputs
    from newsfuse.render import RENDERERS

    if args.story:
        if args.paths:
            raise NewsfuseError("give either paths or --story, not both", ExitCode.USAGE)
        write_output(RENDERERS[args.format](story_briefing(args.story, settings)), args.out)
        return
    if not args.paths:
        raise NewsfuseError("give at least one PATH (or --story ID)", ExitCode.USAGE)
    read = read_inputs(args.paths, settings)
    if not read.documents:
        raise first_problem(read.problems)
    for problem in read.problems:
        warn(str(problem))
    briefing = brief(read.documents, settings=settings)
    for warning in briefing.warnings:
        warn(warning)
    write_output(RENDERERS[args.format](briefing), args.out)


def story_briefing(story_id: int, settings: Settings) -> Briefing:
    from newsfuse.store.briefings import stored_briefing

    store = open_store(settings, create=False)
    try:
        return stored_briefing(store, story_id, settings)
    finally:
        store.close()


def run_ingest(args: argparse.Namespace, settings: Settings) -> None:
    from datetime import UTC, datetime

    from newsfuse.clean import clean_all
    from newsfuse.pipeline import first_problem
    from newsfuse.read import read_inputs

    read = read_inputs(args.paths, settings)
    problems = list(read.problems)
    for problem in read.problems:
        warn(str(problem))
    store = open_store(settings)
    counts = {"stored": 0, "copy": 0, "known": 0}
    try:
        index = store.load_index(settings)
        with Progress(len(read.documents), "articles", "ingest", log_every=settings.progress_seconds) as bar:
            for document in read.documents:
                articles, cleaning_problems = clean_all([document], settings.english_min_ratio)
                for problem in cleaning_problems:
                    warn(str(problem))
                problems.extend(cleaning_problems)
                for article in articles:
                    counts[store.ingest(article, index, datetime.now(UTC)).status] += 1
                bar.update(1)
    finally:
        store.close()
    print(f"newsfuse: {counts['stored']} articles stored, {counts['copy']} near-copies linked, "
          f"{counts['known']} already stored", file=sys.stderr)
    if not any(counts.values()) and problems:
        raise first_problem(problems)


def run_stories(args: argparse.Namespace, settings: Settings) -> None:
    store = open_store(settings, create=False)
    try:
        rows = store.stories(args.since or "")
        if args.format == "json":
            lines = []
            for row in rows:
                articles = [{"id": article.id, "stored_id": stored_id, "title": article.title,
                             "source": article.source, "published": article.published, "copy_of": copy_of}
                            for stored_id, article, copy_of in store.story_articles(row.id)]
                by_stored_id = {article["stored_id"]: article for article in articles}
                articles.extend({**by_stored_id[stored_id], "id": alias, "same_text_as": by_stored_id[stored_id]["id"]}
                                for alias, stored_id in store.aliases(row.id))
                lines.append(json.dumps({**row.__dict__, "article_list": articles}, ensure_ascii=False))
            write_output("".join(line + "\n" for line in lines), None)
        else:
            write_output(stories_table(rows), None)
    finally:
        store.close()


def run_clean(args: argparse.Namespace, settings: Settings) -> None:
    from newsfuse.clean import clean_all
    from newsfuse.pipeline import first_problem
    from newsfuse.read import read_inputs

    read = read_inputs(args.paths, settings)
    articles, problems = clean_all(read.documents, settings.english_min_ratio)
    problems = read.problems + problems
    if not articles:
        raise first_problem(problems)
    for problem in problems:
        warn(str(problem))
    if args.format == "json":
        lines = [json.dumps({"id": article.id, "path": article.path, **article.metadata(), "text": article.text},
                            ensure_ascii=False) for article in articles]
        write_output("\n".join(lines) + "\n", args.out)
    else:
        blocks = [article.text if len(articles) == 1 else f"# {article.id}\n{article.text}" for article in articles]
        write_output("\n\n".join(blocks) + "\n", args.out)


def stories_table(rows: Sequence[StoryRow]) -> str:
    """The stories as an aligned table under a header; dates are the articles' publication dates."""
    if not rows:
        return "No stories in the store yet: add articles with `newsfuse ingest PATH`.\n"
    lines = [f"{'story':>6}  {'articles':>8}  {'outlets':>7}  {'published':<23}  title"]
    for row in rows:
        first, last = row.first_published[:10], row.last_published[:10]
        dates = "undated" if not first else first if first == last else f"{first} .. {last}"
        lines.append(f"{row.id:>6}  {row.articles:>8}  {row.outlets or '-':>7}  {dates:<23}  {row.title}")
    lines.append(f"{len(rows)} {'story' if len(rows) == 1 else 'stories'}, the one with the latest article first"
                 " (a story's undated articles count as of the day they were stored)")
    return "\n".join(lines) + "\n"


def run_batch(args: argparse.Namespace, settings: Settings) -> None:
    from newsfuse.batch import count_stories
    from newsfuse.batch import run_batch as batch
    from newsfuse.batch.parquet import is_parquet

    if args.engine == "local" and (args.address or args.workers):
        raise NewsfuseError("--address and --workers go with --engine ray", ExitCode.USAGE)
    if args.engine == "ray":
        require_extra(["ray", "pyarrow"], "ray", "batch --engine ray")
    elif is_parquet(args.input) or is_parquet(args.output) or "://" in args.input:
        require_extra(["pyarrow"], "parquet", "batch with Parquet or a URI")
    remote = "://" in args.input
    with Progress(None if remote else count_stories(args.input), "stories", "batch",
                  log_every=settings.progress_seconds) as bar:
        if args.engine == "ray":
            from newsfuse.batch.cluster import run_batch_on_ray

            report = run_batch_on_ray(args.input, args.output, words=args.words, settings=settings,
                                      address=args.address, workers=args.workers or 0, on_story=bar.update)
        else:
            report = batch(args.input, args.output, words=args.words, settings=settings, on_story=bar.update)
    for problem in report.problems:
        warn(problem)
    print(f"newsfuse: {report.written} briefings written, {report.skipped_done} already done, "
          f"{len(report.problems)} skipped", file=sys.stderr)


def run_evaluate(args: argparse.Namespace, settings: Settings) -> None:
    from newsfuse.evaluate import PEER_MODULES, PEERS, evaluate, format_table, load_stories

    peers = [name.strip() for name in args.peers.split(",") if name.strip()]
    unknown = [name for name in peers if name not in PEERS]
    if unknown:
        raise NewsfuseError(f"unknown peer {unknown[0]!r}; choose from {', '.join(PEERS)}", ExitCode.USAGE)
    require_extra(["rouge_score", *(PEER_MODULES[name] for name in peers if name in PEER_MODULES)], "evaluate",
                  "evaluate")
    with Progress(args.limit, "stories", "evaluate", log_every=settings.progress_seconds) as bar:
        results = evaluate(load_stories(args.data, limit=args.limit or 0), args.words, peers, settings=settings,
                           scorer_path=args.selector or "", on_story=lambda: bar.update(1))
    table = format_table(results, args.words)
    print(table)
    if args.json:
        rows = [result.summary() for result in results]
        write_output(json.dumps({"data": args.data, "words": args.words, "results": rows}, indent=2) + "\n",
                     args.json)


def run_train_selector(args: argparse.Namespace, settings: Settings) -> None:
    from newsfuse.evaluate import load_stories
    from newsfuse.select.train import fit_trees, labelled_facts

    require_extra(["sklearn", "rouge_score"], "train", "train-selector")
    with Progress(args.limit, "stories", "label", log_every=settings.progress_seconds) as bar:
        features, labels = labelled_facts(load_stories(args.data, limit=args.limit or 0), args.words, settings,
                                          on_story=lambda: bar.update(1))
    scorer = fit_trees(features, labels, info={"data": Path(args.data).name, "stories": args.limit or "all",
                                               "words": args.words})
    scorer.save(args.out)
    print(f"newsfuse: selector trained on {len(labels)} facts, saved to {args.out}", file=sys.stderr)


def run_watch(args: argparse.Namespace, settings: Settings) -> None:
    import signal

    from newsfuse.watch import Feed, Fetcher, FetchPolicy, Watcher, read_feed_list

    feeds = [Feed(url) for url in args.feeds] + (read_feed_list(args.feed_list) if args.feed_list else [])
    if not feeds:
        raise NewsfuseError("give at least one FEED or --feeds FILE", ExitCode.USAGE)
    store = open_store(settings)
    fetcher = Fetcher(FetchPolicy(timeout=settings.fetch_timeout, host_delay=settings.fetch_delay,
                                  max_bytes=settings.fetch_max_bytes))
    watcher = Watcher(store, settings, fetcher, log=lambda message: print(f"newsfuse: {printable(message)}",
                                                                          file=sys.stderr, flush=True))

    def stop(signum: int, frame: object) -> None:
        print("newsfuse: stopping after the article in hand", file=sys.stderr, flush=True)
        watcher.stopping.set()

    previous = {signum: signal.signal(signum, stop) for signum in (signal.SIGTERM, signal.SIGINT)}
    try:
        polls = 0
        while not watcher.stopping.is_set():
            polls += 1
            with Progress(None, "items", f"watch poll {polls}", log_every=settings.progress_seconds) as bar:
                report = watcher.poll(feeds, on_item=bar.update)
            print(f"newsfuse: watch poll {polls}: {report.line()}", file=sys.stderr, flush=True)
            if args.once:
                break
            watcher.stopping.wait(args.every)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        fetcher.close()
        store.close()


def run_serve(args: argparse.Namespace, settings: Settings) -> None:
    from dataclasses import replace

    from newsfuse.serve import serve
    from newsfuse.store import default_url

    serve(replace(settings, db=settings.db or default_url()), args.host, args.port)


COMMANDS = {"brief": run_brief, "clean": run_clean, "ingest": run_ingest, "stories": run_stories,
            "batch": run_batch, "evaluate": run_evaluate, "train-selector": run_train_selector,
            "serve": run_serve, "watch": run_watch}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = settings_from_env().with_overrides(words=getattr(args, "words", None),
                                                      max_file_bytes=getattr(args, "max_bytes", None),
                                                      db=getattr(args, "db", None),
                                                      token=getattr(args, "token", None),
                                                      analysis_words=getattr(args, "analysis_words", None),
                                                      compress=getattr(args, "compress", None))
        COMMANDS[args.command](args, settings)
    except NewsfuseError as error:
        print(f"newsfuse: error: {printable(str(error))}", file=sys.stderr)
        return int(error.code)
    except KeyboardInterrupt:
        print("newsfuse: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    except Exception as error:
        if os.environ.get("NEWSFUSE_DEBUG"):
            raise
        print(f"newsfuse: internal error: {type(error).__name__}: {error} (set NEWSFUSE_DEBUG=1 for details)",
              file=sys.stderr)
        return int(ExitCode.INTERNAL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
