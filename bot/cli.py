"""`newsbot …`: the command line. stdout carries only what was asked for; logs go to stderr.

newsbot demo                       offline tour on the bundled sample feeds
newsbot run                        adapters + scheduler (console when no tokens)
newsbot chat                       type /news commands in the terminal
newsbot ingest SOURCE...           feeds, pages, .txt, .jsonl, folders
newsbot digest [--topic Q] [--json]
newsbot summarize FILE_OR_URL | --jsonl FILE
newsbot ask QUESTION [--json]      newsbot search QUERY [--json]
newsbot eval --corpus FILE         summary quality table
newsbot check-config               effective settings, secrets masked, every mistake
newsbot backup FILE                a consistent copy of the database, checked
newsbot prune                      delete what [storage] no longer keeps, now

Start-up is part of the interface: this module imports only argparse and the
standard library at the top, and each command imports what it uses when it runs,
so `newsbot --help` does not load aiohttp, numpy or trafilatura, and `ask` reads
the database without the ingestion and scheduling code
(tests/bot/test_startup_imports.py keeps it so).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tqdm import tqdm

    from bot.app import App
    from bot.ingestion.ingest import IngestReport
    from bot.models import CommandRequest, Destination
    from bot.settings import Settings
    from bot.storage.ports import Store

log = logging.getLogger("newsbot")

CLI_GROUP = "newsbot.cli"
DEMO_TOPICS = ("wildfire OR drought OR flood", "rocket OR launch OR orbit OR asteroid")
DEMO_QUESTION = "Who leads the fire response in Évora?"
NO_FEEDS = (
    "No feeds to poll yet: add one in chat with `/news feeds add <url>`, or list yours under "
    '[feeds] urls = ["https://…"] in a TOML file passed with --config FILE.'
)
MAX_HOURS = 24 * 365 * 100  # `digest --hours`: further back than datetime reaches is no date
QUIET_LIBRARIES = ("aiosqlite",)  # logs every statement twice at DEBUG


class Failure(Exception):
    """A command could not do its job; the message is the one line the user sees."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def to_json(value: Any) -> Any:
    """Dataclasses, tuples and datetimes as plain JSON data."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


def emit(value: Any) -> None:
    """One JSON document on stdout."""
    sys.stdout.write(json.dumps(to_json(value), ensure_ascii=False) + "\n")


def say(text: str) -> None:
    """Text the user asked for, on stdout."""
    sys.stdout.write(text.rstrip() + "\n")
    sys.stdout.flush()


def note(text: str) -> None:
    """Progress and status for a person, on stderr."""
    sys.stderr.write(text.rstrip() + "\n")
    sys.stderr.flush()


def console_destination(settings: Settings) -> Destination:
    """The terminal's channel."""
    from bot.models import Destination

    return Destination("console", "", settings.console.channel)


def console_request(settings: Settings, text: str) -> CommandRequest:
    """A command typed by the terminal's user, who owns the bot and may manage it."""
    from bot.models import CommandRequest

    return CommandRequest(
        text, console_destination(settings), settings.console.user, can_manage=True, operator=True
    )


def progress_bar(desc: str, unit: str) -> tqdm[Any]:
    """A progress bar on stderr (only when it is a terminal), shown at once."""
    from tqdm import tqdm

    return tqdm(total=0, unit=unit, file=sys.stderr, disable=not sys.stderr.isatty(), desc=desc)


# -- opening the store or the whole app ---------------------------------------------


@asynccontextmanager
async def opened_store(settings: Settings) -> AsyncIterator[Store]:
    """The database alone, for commands that only read or write it."""
    from bot.storage import open_store

    store = await open_store(settings.database)
    try:
        yield store
    finally:
        await store.close()


async def with_app(settings: Settings, body: Callable[[App], Awaitable[int]], **kwargs: Any) -> int:
    """Build the whole app, run `body` with it, and close it whatever happens."""
    from bot.app import AdapterStartError, build_app
    from bot.ingestion.fetch import FetchError
    from bot.ingestion.sources import SourceError
    from bot.storage.errors import StoreError

    try:
        app = await build_app(settings, **kwargs)
        try:
            return await body(app)
        finally:
            await app.close()
    except (StoreError, FetchError, SourceError, AdapterStartError) as exc:
        raise Failure(str(exc)) from None


# -- commands -------------------------------------------------------------------


def ingest_report_text(report: IngestReport) -> str:
    lines = [
        f"added {report.count('added')}, skipped {report.count('skipped')} (already stored), "
        f"rejected {report.count('rejected')}"
    ]
    for o in report.outcomes:
        if o.status == "rejected":  # (most details already name their source)
            detail = o.detail if o.detail.startswith(o.source) else f"{o.source}: {o.detail}"
            lines.append(f"  rejected {detail}")
    return "\n".join(lines)


async def run_ingest(app: App, sources: list[str], bar: tqdm[Any]) -> IngestReport:
    def grow(n: int) -> None:
        bar.total = (bar.total or 0) + n
        bar.refresh()

    return await app.ingestor.ingest(sources, on_progress=bar.update, on_total=grow)


async def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    with progress_bar("ingest", "article") as bar:  # before the imports: they take a second

        async def body(app: App) -> int:
            from bot.storage.errors import DatabaseFull

            before = await app.store.article_count()
            try:
                report = await run_ingest(app, args.sources, bar)
            except DatabaseFull:
                bar.close()
                stored = await app.store.article_count() - before
                raise Failure(
                    f"disk full: {stored} articles stored, the rest not; free space on the "
                    f"disk holding {settings.database} and run again"
                ) from None
            bar.close()
            if args.json:
                emit(
                    {
                        "added": report.count("added"),
                        "skipped": report.count("skipped"),
                        "rejected": report.count("rejected"),
                        "outcomes": report.outcomes,
                    }
                )
            else:
                say(ingest_report_text(report))
            rejected = report.count("rejected")
            return 0 if rejected < len(report.outcomes) or not report.outcomes else 1

        return await with_app(settings, body, adapters=[])


async def cmd_digest(args: argparse.Namespace, settings: Settings) -> int:
    from bot.answers.topics import TopicError, parse_topic, timed_topic
    from bot.clock import SystemClock
    from bot.delivery.digest import DigestBuilder, asked_window
    from bot.render import digest_text

    if not 0 < args.hours <= MAX_HOURS:
        raise Failure(
            f"newsbot digest: --hours must be more than 0 and at most {MAX_HOURS:,} (a century),"
            " e.g. --hours 24",
            2,
        )
    if args.max is not None and args.max < 1:
        raise Failure("newsbot digest: --max must be 1 or more", 2)
    clock = SystemClock()
    now = clock.now()
    try:  # a time in the topic ("climate this week") rules over --hours
        topic, scope = timed_topic(parse_topic(args.topic) if args.topic else None, now)
    except TopicError as exc:
        raise Failure(f"newsbot digest: {exc}", 2) from None
    since, title = asked_window(topic, scope, now, args.hours)
    async with opened_store(settings) as store:
        digest = await DigestBuilder(store, settings.digest, clock).build(
            topic, since=since, title=title, max_stories=args.max
        )
    if args.json:
        emit(digest)
    else:
        say(digest_text(digest))
    return 0


async def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from bot.answers.ask import answer_reply, ask
    from bot.clock import SystemClock
    from bot.render import reply_text

    question = " ".join(args.question)
    async with opened_store(settings) as store:
        answer = await ask(store, question, now=SystemClock().now())
    if args.json:
        document: dict[str, Any] = {
            "question": question,
            "answers": [
                {
                    "text": s.text,
                    "article_id": s.article_id,
                    "title": s.title,
                    "url": s.url,
                    "source": s.source,
                    "published": s.published,
                }
                for s in answer.sentences
            ],
        }
        if answer.scope:
            document["scope"] = answer.scope
        if answer.problem:
            document["problem"] = answer.problem
        emit(document)
    else:
        say(reply_text(answer_reply(answer)))
    return 2 if answer.problem else 0


async def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from bot.answers.search import search, search_reply, since_date
    from bot.clock import SystemClock
    from bot.render import reply_text

    query = " ".join(args.query)
    since = None
    if args.since:
        try:
            since = since_date(args.since, datetime.now(UTC))
        except ValueError:
            raise Failure(
                f"newsbot search: --since {args.since} is not a date — write it as YYYY-MM-DD, "
                "or yesterday, today or a weekday",
                2,
            ) from None
    if args.page < 1:
        raise Failure("newsbot search: --page must be 1 or more", 2)
    async with opened_store(settings) as store:
        result = await search(store, query, since=since, page=args.page, now=SystemClock().now())
    if args.json:
        document: dict[str, Any] = {
            "query": result.query,
            "since": result.since,
            "page": result.page,
            "more": result.more,
            "results": [dataclasses.asdict(hit) for hit in result.hits],
        }
        if result.problem:
            document["problem"] = result.problem
        emit(document)
    else:
        say(reply_text(search_reply(result)))
    return 2 if result.problem else 0


async def command_line(settings: Settings, text: str, as_json: bool) -> int:
    """Run one /news command as the console user and print the reply."""
    from bot.render import reply_text

    async def body(app: App) -> int:
        reply = await app.commands.handle(console_request(settings, text))
        if as_json:
            emit(reply)
        else:
            say(reply_text(reply))
        return 2 if reply.error else 0

    return await with_app(settings, body, adapters=[])


def _summary_record(
    record_id: Any, text: str, title: str | None, settings: Settings
) -> dict[str, Any]:
    from summaries.multidoc import summarize_article

    sentences, facts = summarize_article(
        text, title, settings.digest.summary_sentences, settings.digest.facts
    )
    return {"id": record_id, "summary": sentences, "facts": facts}


def _jsonl_records(path: Path) -> Iterator[tuple[int, Any]]:
    with path.open(encoding="utf-8", errors="replace") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield number, json.loads(line)
                except json.JSONDecodeError as exc:
                    yield number, exc


async def cmd_summarize(args: argparse.Namespace, settings: Settings) -> int:
    import asyncio

    if args.jsonl:
        path = Path(args.jsonl)
        if not await asyncio.to_thread(path.is_file):
            raise Failure(f"newsbot summarize: {path}: no such file", 2)
        status = 0
        records = list(_jsonl_records(path))
        with progress_bar("summarize", "article") as bar:
            bar.total = len(records)
            for number, record in records:
                bar.update(1)
                if not isinstance(record, dict) or not isinstance(record.get("text", ""), str):
                    note(f'{path} line {number}: expected a JSON object with a "text" string')
                    status = 1
                    continue
                title = record.get("title") if isinstance(record.get("title"), str) else None
                text = record.get("text") or ""
                emit(_summary_record(record.get("id"), text, title, settings))
        return status
    source = args.source
    if source is None:
        raise Failure("newsbot summarize: give a FILE or URL, or --jsonl FILE", 2)
    if source.startswith(("http://", "https://")):
        if args.json:
            note("newsbot summarize: --json works with files and --jsonl; URLs print for a person")
        return await command_line(settings, f"summarize {source}", False)
    from bot.ingestion.sources import SourceError, extract_page, parse_txt

    path = Path(source)
    try:
        data = path.read_bytes()
        raw = (
            extract_page(data, None)
            if path.suffix.lower() in {".html", ".htm"}
            else parse_txt(data, path.name)
        )
    except FileNotFoundError:
        raise Failure(f"newsbot summarize: {path}: no such file", 2) from None
    except OSError as exc:
        raise Failure(
            f"newsbot summarize: {path}: {(exc.strerror or 'unreadable').lower()}", 2
        ) from None
    except SourceError as exc:
        raise Failure(f"newsbot summarize: {exc}", 2) from None
    record = _summary_record(str(path), raw.text, raw.title or None, settings)
    if args.json:
        emit(record)
    else:
        say(
            "\n".join([raw.title, "", *record["summary"], "", *(f"• {f}" for f in record["facts"])])
        )
    return 0


async def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.app import finished_event, wait_for_stop

    interactive = sys.stdin.isatty()

    async def body(app: App) -> int:
        await app.start()

        async def ready() -> None:
            names = ", ".join(app.adapters) or "no adapters"
            note(f"newsbot is running ({names}); database {settings.database}. Ctrl-C stops it.")
            if not await app.store.list_feeds():
                note(NO_FEEDS)

        await wait_for_stop(*finished_event(app.adapters.get("console")), ready=ready)
        return 0

    return await with_app(settings, body, interactive=interactive)


async def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    from bot.app import finished_event, wait_for_stop
    from bot.plugins import load_adapter

    console = load_adapter("console", settings, interactive=True)

    async def body(app: App) -> int:
        if sys.stdin.isatty():  # before the prompt is drawn, so nothing prints across it
            note("Type /news help for the commands, quit to leave.")
            if not await app.store.article_count():
                note(
                    "The store is empty: `newsbot demo --db FILE` fills one with the sample "
                    "feeds (then `newsbot chat --db FILE`), and `newsbot ingest URL` reads a feed."
                )
        await app.start(schedule=False)
        await wait_for_stop(*finished_event(console))
        return 0

    return await with_app(settings, body, adapters=[console])


async def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    if args.db is not None:
        return await demo(settings, kept=True)
    with tempfile.TemporaryDirectory(prefix="newsbot-demo-") as folder:
        return await demo(dataclasses.replace(settings, database=str(Path(folder) / "demo.db")))


async def demo(settings: Settings, *, kept: bool = False) -> int:
    """Ingest the bundled samples, subscribe the terminal to two topics, digest, ask."""
    from bot.bundled import SAMPLES
    from bot.plugins import load_adapter
    from bot.render import reply_text

    with progress_bar("samples", "article") as bar:
        console = load_adapter("console", settings, interactive=False)

        async def body(app: App) -> int:
            note(f"newsbot demo — database {settings.database}")
            report = await run_ingest(app, [str(SAMPLES)], bar)
            bar.close()
            note(f"Ingested the bundled samples: {ingest_report_text(report)}")
            if not report.count("added") + report.count("skipped"):
                raise Failure(f"newsbot demo: nothing could be read from {SAMPLES}; reinstall it")
            for topic in DEMO_TOPICS:
                reply = await app.commands.handle(console_request(settings, f"subscribe {topic}"))
                say(f"> /news subscribe {topic}\n{reply_text(reply)}\n")
            for sub in await app.store.list_subscriptions(console_destination(settings)):
                await app.deliverer.deliver(sub.id, app.clock.now())
            say(f"> /news ask {DEMO_QUESTION}")
            question = console_request(settings, f"ask {DEMO_QUESTION}")
            say(reply_text(await app.commands.handle(question)))
            if kept:
                note(f"\nTry it yourself: newsbot chat --db {settings.database}")
            else:
                note(
                    "\nTo keep the database and try it yourself: newsbot demo --db demo.db, "
                    "then newsbot chat --db demo.db"
                )
            return 0

        return await with_app(settings, body, adapters=[console])


def cmd_eval(args: argparse.Namespace) -> int:
    note(f"newsbot eval: reading {args.corpus} and loading the scorers…")
    from bot.evaluate import eval_command

    return eval_command(args)


async def cmd_health(args: argparse.Namespace, settings: Settings) -> int:
    """Exit 0 when a `newsbot run` on this host wrote its heartbeat lately and its
    adapters are connected; else 1, with one line saying what is wrong."""
    import socket
    from datetime import timedelta

    from bot.clock import SystemClock

    within = timedelta(seconds=args.within or 3 * settings.workers.heartbeat_seconds)
    host = None if args.any_host else socket.gethostname()
    async with opened_store(settings) as store:
        beats = [b for b in await store.workers() if host is None or b.host == host]
    now = SystemClock().now()
    if not beats:
        where = "" if host is None else f" on {host}"
        raise Failure(f"newsbot health: no newsbot run{where} has written a heartbeat", 1)
    beat = beats[0]
    age = (now - beat.heartbeat_at).total_seconds()
    if age > within.total_seconds():
        raise Failure(
            f"newsbot health: {beat.name}'s last heartbeat is {age:.0f} s old "
            f"(more than {within.total_seconds():.0f} s)",
            1,
        )
    down = [part.split(":")[0] for part in beat.detail.split() if part.endswith(":down")]
    if down:
        raise Failure(f"newsbot health: {beat.name} is not connected to {', '.join(down)}", 1)
    say(f"ok: {beat.name} alive {age:.0f} s ago, holding {beat.holding}; {beat.detail}")
    return 0


async def cmd_check_config(args: argparse.Namespace, settings: Settings) -> int:
    from bot.plugins import check_adapters
    from bot.settings import feed_warnings, masked

    problems = check_adapters(settings)
    for problem in problems:
        note(f"newsbot: settings: {problem}")
    if problems:
        return 2
    say(json.dumps(masked(settings), indent=2, ensure_ascii=False))
    for warning in feed_warnings(settings):
        note(f"newsbot: warning: {warning}")
    return 0


async def cmd_prune(args: argparse.Namespace, settings: Settings) -> int:
    """One retention round now (`newsbot run` does it every [storage] prune_minutes)."""
    from bot.clock import SystemClock
    from bot.render import counted
    from bot.storage.retention import Pruner

    keep = settings.storage
    if not keep.keep_days and not keep.keep_digest_days:
        say("Nothing to prune: [storage] keep_days and keep_digest_days are 0 (keep for ever).")
        return 0
    async with opened_store(settings) as store:
        report = await Pruner(store, keep, SystemClock()).prune()
    parts = []
    if report.articles_before is not None:
        parts.append(
            f"{counted(report.articles, 'article')} ({counted(report.stories, 'story')}) "
            f"fetched before {report.articles_before:%Y-%m-%d %H:%M} UTC"
        )
    if report.digests_before is not None:
        parts.append(
            f"{counted(report.digests, 'digest record')} due before "
            f"{report.digests_before:%Y-%m-%d %H:%M} UTC"
        )
    say("Deleted " + " and ".join(parts) + ".")
    return 0


async def cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    import asyncio

    from bot.storage.backup import backup_database, backup_target, pg_dump_command, postgres_url

    url = postgres_url(str(settings.database))
    if url is not None:
        note("newsbot backup copies SQLite files; back up PostgreSQL with pg_dump:")
        say(pg_dump_command(url, args.file))
        return 2
    done = await asyncio.to_thread(
        backup_database, Path(settings.database), backup_target(args.file)
    )
    say(str(done.path))
    note(
        f"backed up {settings.database}: {done.articles} articles, "
        f"{done.size / 1_000_000:.1f} MB, integrity check ok"
    )
    return 0


# -- the parser ------------------------------------------------------------------

Handler = Callable[[argparse.Namespace, "Settings"], Coroutine[Any, Any, int]]
Arguments = Callable[[argparse.ArgumentParser], None]


def _config(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="your settings, over the bundled defaults (default: env NEWSBOT_CONFIG)",
    )


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="the database: a SQLite file, or postgresql://user:password@host:port/dbname "
        "(default: env NEWSBOT_DB, the config, or a file in the user data folder)",
    )


def _verbose(p: argparse.ArgumentParser) -> None:
    p.add_argument("-v", "--verbose", action="store_true", help="debug logging on stderr")


def _json(p: argparse.ArgumentParser, what: str = "print one JSON document") -> None:
    p.add_argument("--json", action="store_true", help=what)


def _demo_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="keep the demo database in this file or PostgreSQL database "
        "(default: a temporary file, removed after)",
    )


def _ingest_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="feed URL or file, page URL or .html, .txt, .jsonl, or a folder of them",
    )
    _json(p, "print one JSON report")


def _digest_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--topic", help="a topic query, e.g. 'climate OR drought -football'")
    p.add_argument("--hours", type=float, default=24.0, help="how far back (default 24)")
    p.add_argument("--max", type=int, default=None, help="at most this many stories")
    _json(p)


def _summarize_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "source", nargs="?", metavar="FILE_OR_URL", help="an article page (URL, .html) or .txt"
    )
    p.add_argument("--jsonl", metavar="FILE", help='records {"id","text"[,"title"]}, one per line')
    _json(p, "print the summary as JSON (files only; --jsonl always prints JSON lines)")


def _ask_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("question", nargs="+", help="the question, in plain words")
    _json(p)


def _search_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", nargs="+", help='words, "phrases", OR, -excluded, source:outlet')
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only stories published since then")
    p.add_argument("--page", type=int, default=1, help="which page of five (default 1)")
    _json(p)


def _backup_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help="the new backup file, or a folder to put a dated one in",
    )


def _health_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--within",
        type=float,
        metavar="SECONDS",
        help="how recent the heartbeat must be (default: 3 × [workers] heartbeat_seconds)",
    )
    p.add_argument(
        "--any-host",
        action="store_true",
        help="accept a worker on any host (default: only this host's, as a container needs)",
    )


def _eval_arguments(p: argparse.ArgumentParser) -> None:
    from bot.evaluate import add_eval_arguments

    add_eval_arguments(p)


@dataclasses.dataclass(frozen=True)
class Command:
    """One subcommand: its help line, its own arguments and which common options it takes."""

    name: str
    help: str
    handler: Handler | None
    arguments: Arguments | None = None
    options: tuple[Arguments, ...] = (_db, _config, _verbose)


COMMANDS = (
    Command(
        "demo",
        "offline tour: ingest the bundled samples, subscribe, digest, ask",
        cmd_demo,
        _demo_arguments,
        (_config, _verbose),
    ),
    Command("run", "run the adapters and the scheduler until stopped", cmd_run),
    Command("chat", "type /news commands in the terminal", cmd_chat),
    Command(
        "ingest",
        "read feeds, pages, .txt and .jsonl files into the store",
        cmd_ingest,
        _ingest_arguments,
    ),
    Command("digest", "print a digest of recent stories", cmd_digest, _digest_arguments),
    Command(
        "summarize",
        "summary and key facts of a file, URL or JSONL records",
        cmd_summarize,
        _summarize_arguments,
    ),
    Command("ask", "answer a question from stored articles", cmd_ask, _ask_arguments),
    Command("search", "stored stories matching a query", cmd_search, _search_arguments),
    Command(
        "eval",
        "summary quality (ROUGE, fact recall) and speed on a corpus",
        None,
        _eval_arguments,
        (),
    ),
    Command(
        "backup",
        "a consistent copy of the database, taken while newsbot runs",
        cmd_backup,
        _backup_arguments,
    ),
    Command("prune", "delete what [storage] keep_days no longer keeps, now", cmd_prune),
    Command(
        "health",
        "exit 0 when newsbot run here is alive and connected (for healthchecks)",
        cmd_health,
        _health_arguments,
        (_db, _config),
    ),
    Command(
        "check-config",
        "print the effective settings (secrets masked) and every mistake in them",
        cmd_check_config,
        None,
        (_db, _config),
    ),
)


def selected_command(argv: Sequence[str]) -> str | None:
    """The subcommand named on the line (the first word that is not an option)."""
    return next((word for word in argv if not word.startswith("-")), None)


def package_version() -> str:
    """The installed distribution's version."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsbot")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "unknown (not installed)"


class VersionAction(argparse.Action):
    """`--version`: looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        sys.stdout.write(f"newsbot {package_version()}\n")
        parser.exit()


def build_parser(
    selected: str | None = None, *, everything: bool = False
) -> argparse.ArgumentParser:
    """The parser. Only the `selected` command's own arguments are built, unless `everything`:
    building eval's imports the summarizers, which `newsbot --help` should not pay for."""
    parser = argparse.ArgumentParser(
        prog="newsbot",
        description="News digests for Slack, Discord and the terminal.",
        epilog="`newsbot COMMAND --help` shows a command's arguments.",
    )
    parser.add_argument("--version", action=VersionAction, help="print newsbot's version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        p = sub.add_parser(command.name, help=command.help, description=command.help)
        if command.arguments is not None and (everything or selected == command.name):
            command.arguments(p)
        for option in command.options:
            option(p)
        if command.handler is None:
            p.set_defaults(handler=None, standalone=cmd_eval)
        else:
            p.set_defaults(handler=command.handler)
    if not everything and selected in {c.name for c in COMMANDS}:
        return parser  # a built-in command: the plugins' commands are not needed
    common = argparse.ArgumentParser(add_help=False)
    _config(common)
    _verbose(common)
    from importlib.metadata import entry_points

    for point in entry_points(group=CLI_GROUP):
        try:
            register = point.load()
        except (ImportError, AttributeError) as exc:
            log.warning("command group %s is not installed properly: %s", point.name, exc)
            continue
        register(sub, common)
    return parser


def configure_logging(level: str, verbose: bool) -> None:
    """Logs on stderr at the settings' level (DEBUG with -v), without the SQL chatter."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else getattr(logging, level.upper()))
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)
    # trafilatura logs ERROR for every page it cannot read; the caller says so in one line
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.DEBUG if verbose else logging.CRITICAL)
    # APScheduler says "Running job …" every tick at INFO
    logging.getLogger("apscheduler").setLevel(logging.INFO if verbose else logging.WARNING)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `newsbot` console script."""
    words = list(sys.argv[1:] if argv is None else argv)
    if not words:
        build_parser().print_help()
        return 0
    args = build_parser(selected_command(words)).parse_args(words)
    logging.basicConfig(
        level=logging.WARNING,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    verbose = bool(getattr(args, "verbose", False))
    configure_logging("DEBUG" if verbose else "WARNING", verbose)
    standalone: Callable[[argparse.Namespace], int] | None = getattr(args, "standalone", None)
    if standalone is not None:
        return standalone(args)

    import asyncio

    from bot.settings import SettingsError, load_settings
    from bot.storage.errors import StoreError

    try:
        settings = load_settings(getattr(args, "config", None), database=getattr(args, "db", None))
        configure_logging(settings.log_level, verbose)
        handler: Handler = args.handler
        return asyncio.run(handler(args, settings))
    except SettingsError as exc:
        for problem in exc.problems:
            note(f"newsbot: settings: {problem}")
        return 2
    except (Failure, StoreError) as exc:
        message = str(exc)
        note(message if message.startswith("newsbot") else f"newsbot: {message}")
        return exc.status if isinstance(exc, Failure) else 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
