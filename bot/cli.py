"""`newsbot …`: the command line. stdout carries only what was asked for; logs go to stderr.

newsbot demo                       offline tour on the bundled sample feeds
newsbot run                        adapters + scheduler (console when no tokens)
newsbot chat                       type /news commands in the terminal
newsbot ingest SOURCE...           feeds, pages, .txt, .jsonl, folders
newsbot digest [--topic Q] [--json]
newsbot summarize FILE_OR_URL | --jsonl FILE
newsbot ask QUESTION [--json]      newsbot search QUERY [--json]
newsbot eval --corpus FILE         summary quality table
newsbot check-config               effective settings, secrets masked
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import logging
import sys
import tempfile
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from datetime import UTC, date, datetime, timedelta
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from tqdm import tqdm

from bot.answers.ask import ask
from bot.answers.search import search, search_reply, since_date
from bot.answers.topics import TopicError, parse_topic
from bot.app import (
    AdapterStartError,
    App,
    build_app,
    finished_event,
    load_adapter,
    wait_for_stop,
)
from bot.commands.handlers import answer_reply
from bot.evaluate import add_eval_arguments, eval_command
from bot.ingestion.fetch import FetchError
from bot.ingestion.ingest import IngestReport
from bot.ingestion.sources import SourceError, extract_page, parse_txt
from bot.ingestion.urls import is_url
from bot.models import CommandRequest, Destination
from bot.render import digest_text, reply_text
from bot.settings import CONFIG_DIR, Settings, SettingsError, load_settings, masked
from bot.storage.records import StoreError
from summaries.extractive import summarize
from summaries.keyfacts import key_facts

log = logging.getLogger("newsbot")

CLI_GROUP = "newsbot.cli"
DEMO_TOPICS = ("wildfire OR drought OR flood", "rocket OR launch OR orbit OR asteroid")
DEMO_QUESTION = "Who leads the fire response in Évora?"


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
    return Destination("console", "", settings.console.channel)


def console_request(settings: Settings, text: str) -> CommandRequest:
    """A command typed by the terminal's user, who owns the bot and may manage it."""
    return CommandRequest(
        text, console_destination(settings), settings.console.user, can_manage=True, operator=True
    )


# -- commands -------------------------------------------------------------------


async def with_app(settings: Settings, body: Callable[[App], Awaitable[int]], **kwargs: Any) -> int:
    app = await build_app(settings, **kwargs)
    try:
        return await body(app)
    finally:
        await app.close()


def ingest_report_text(report: IngestReport) -> str:
    lines = [
        f"added {report.count('added')}, skipped {report.count('skipped')} (already stored), "
        f"rejected {report.count('rejected')}"
    ]
    lines += [
        f"  rejected {o.source}: {o.detail}" for o in report.outcomes if o.status == "rejected"
    ]
    return "\n".join(lines)


async def run_ingest(app: App, sources: list[str]) -> IngestReport:
    with tqdm(
        total=0, unit="article", file=sys.stderr, disable=not sys.stderr.isatty(), desc="ingest"
    ) as bar:

        def grow(n: int) -> None:
            bar.total = (bar.total or 0) + n
            bar.refresh()

        return await app.ingestor.ingest(sources, on_progress=bar.update, on_total=grow)


async def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    async def body(app: App) -> int:
        report = await run_ingest(app, args.sources)
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
        return 0 if report.count("rejected") < len(report.outcomes) or not report.outcomes else 1

    return await with_app(settings, body, adapters=[])


async def cmd_digest(args: argparse.Namespace, settings: Settings) -> int:
    if not args.hours > 0:
        note("newsbot digest: --hours must be more than 0, e.g. --hours 24")
        return 2
    if args.max is not None and args.max < 1:
        note("newsbot digest: --max must be 1 or more")
        return 2
    topic = None
    if args.topic:
        try:
            topic = parse_topic(args.topic)
        except TopicError as exc:
            note(f"newsbot digest: {exc}")
            return 2

    async def body(app: App) -> int:
        now = app.clock.now()
        label = topic.text if topic else "Top stories"
        digest = await app.digests.build(
            topic,
            since=now - timedelta(hours=args.hours),
            title=f"{label} · {now:%a %d %b %Y}",
            max_stories=args.max,
        )
        if args.json:
            emit(digest)
        else:
            say(digest_text(digest))
        return 0

    return await with_app(settings, body, adapters=[])


async def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    question = " ".join(args.question)

    async def body(app: App) -> int:
        answer = await ask(app.store, question, now=app.clock.now())
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

    return await with_app(settings, body, adapters=[])


async def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    query = " ".join(args.query)
    since = None
    if args.since:
        try:
            since = since_date(args.since, datetime.now(UTC))
        except ValueError:
            note(
                f"newsbot search: --since {args.since} is not a date — write it as YYYY-MM-DD, "
                "or yesterday, today or a weekday"
            )
            return 2
    if args.page < 1:
        note("newsbot search: --page must be 1 or more")
        return 2

    async def body(app: App) -> int:
        result = await search(app.store, query, since=since, page=args.page, now=app.clock.now())
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

    return await with_app(settings, body, adapters=[])


async def command_line(settings: Settings, text: str, as_json: bool) -> int:
    """Run one /news command as the console user and print the reply."""

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
    sentences = summarize(text, title, settings.digest.summary_sentences)
    facts = key_facts(text, title, settings.digest.facts, exclude=sentences)
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
    if args.jsonl:
        path = Path(args.jsonl)
        if not await asyncio.to_thread(path.is_file):
            note(f"newsbot summarize: {path}: no such file")
            return 2
        status = 0
        for number, record in tqdm(
            list(_jsonl_records(path)),
            unit="article",
            file=sys.stderr,
            disable=not sys.stderr.isatty(),
            desc="summarize",
        ):
            if not isinstance(record, dict) or not isinstance(record.get("text", ""), str):
                note(f'{path} line {number}: expected a JSON object with a "text" string')
                status = 1
                continue
            title = record.get("title") if isinstance(record.get("title"), str) else None
            emit(_summary_record(record.get("id"), record.get("text") or "", title, settings))
        return status
    source = args.source
    if source is None:
        note("newsbot summarize: give a FILE or URL, or --jsonl FILE")
        return 2
    if is_url(source):
        if args.json:
            note("newsbot summarize: --json works with files and --jsonl; URLs print for a person")
        return await command_line(settings, f"summarize {source}", False)
    path = Path(source)
    try:
        data = path.read_bytes()
        raw = (
            extract_page(data, None)
            if path.suffix.lower() in {".html", ".htm"}
            else parse_txt(data, path.name)
        )
    except FileNotFoundError:
        note(f"newsbot summarize: {path}: no such file")
        return 2
    except OSError as exc:
        note(f"newsbot summarize: {path}: {(exc.strerror or 'unreadable').lower()}")
        return 2
    except SourceError as exc:
        note(f"newsbot summarize: {exc}")
        return 2
    record = _summary_record(str(path), raw.text, raw.title or None, settings)
    if args.json:
        emit(record)
    else:
        say(
            "\n".join([raw.title, "", *record["summary"], "", *(f"• {f}" for f in record["facts"])])
        )
    return 0


async def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    interactive = sys.stdin.isatty()
    app = await build_app(settings, interactive=interactive)
    try:
        await app.start()
        names = ", ".join(app.adapters) or "no adapters"
        note(f"newsbot is running ({names}); database {settings.database}. Ctrl-C stops it.")
        await wait_for_stop(*finished_event(app.adapters.get("console")))
    finally:
        await app.close()
    return 0


async def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    console = load_adapter("console", settings, interactive=True)
    app = await build_app(settings, adapters=[console])
    try:
        await app.start(schedule=False)
        if sys.stdin.isatty():
            note("Type /news help for the commands, quit to leave.")
        await wait_for_stop(*finished_event(console))
    finally:
        await app.close()
    return 0


async def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    console = load_adapter("console", settings, interactive=False)
    samples = CONFIG_DIR / "samples"

    async def body(app: App) -> int:
        note(f"newsbot demo — database {settings.database}")
        report = await run_ingest(app, [str(samples)])
        note(f"Ingested the bundled samples: {ingest_report_text(report)}")
        for topic in DEMO_TOPICS:
            reply = await app.commands.handle(console_request(settings, f"subscribe {topic}"))
            say(f"> /news subscribe {topic}\n{reply_text(reply)}\n")
        for sub in await app.store.list_subscriptions(console_destination(settings)):
            await app.deliverer.deliver(sub.id, app.clock.now())
        say(f"> /news ask {DEMO_QUESTION}")
        say(
            reply_text(await app.commands.handle(console_request(settings, f"ask {DEMO_QUESTION}")))
        )
        note("\nTry it yourself: newsbot chat --db " + str(settings.database))
        return 0

    return await with_app(settings, body, adapters=[console])


async def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    return await asyncio.to_thread(eval_command, args)


async def cmd_check_config(args: argparse.Namespace, settings: Settings) -> int:
    say(json.dumps(masked(settings), indent=2, ensure_ascii=False))
    return 0


# -- parser ----------------------------------------------------------------------

Handler = Callable[[argparse.Namespace, Settings], Coroutine[Any, Any, int]]


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        help="database file (default: env NEWSBOT_DB, the config, or the user data directory)",
    )
    common.add_argument(
        "--config",
        type=Path,
        help="a TOML file over config/default.toml (default: env NEWSBOT_CONFIG)",
    )
    common.add_argument("-v", "--verbose", action="store_true", help="debug logging on stderr")

    parser = argparse.ArgumentParser(
        prog="newsbot", description="News digests for Slack, Discord and the terminal."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    add("demo", cmd_demo, "offline tour: ingest the bundled samples, subscribe, digest, ask")
    add("run", cmd_run, "run the adapters and the scheduler until stopped")
    add("chat", cmd_chat, "type /news commands in the terminal")
    p = add("ingest", cmd_ingest, "read feeds, pages, .txt and .jsonl files into the store")
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    p.add_argument("--json", action="store_true", help="print one JSON report")
    p = add("digest", cmd_digest, "print a digest of recent stories")
    p.add_argument("--topic", help="a topic query, e.g. 'climate OR drought -football'")
    p.add_argument("--hours", type=float, default=24.0, help="how far back (default 24)")
    p.add_argument("--max", type=int, default=None, help="at most this many stories")
    p.add_argument("--json", action="store_true")
    p = add("summarize", cmd_summarize, "summary and key facts of a file, URL or JSONL records")
    p.add_argument("source", nargs="?", metavar="FILE_OR_URL")
    p.add_argument("--jsonl", metavar="FILE", help='records {"id","text"[,"title"]}, one per line')
    p.add_argument("--json", action="store_true")
    p = add("ask", cmd_ask, "answer a question from stored articles")
    p.add_argument("question", nargs="+")
    p.add_argument("--json", action="store_true")
    p = add("search", cmd_search, "stored stories matching a query")
    p.add_argument("query", nargs="+")
    p.add_argument("--since", help="YYYY-MM-DD")
    p.add_argument("--page", type=int, default=1)
    p.add_argument("--json", action="store_true")
    p = add("eval", cmd_eval, "summary quality (ROUGE, fact recall) and speed on a corpus")
    add_eval_arguments(p)
    add("check-config", cmd_check_config, "print the effective settings, secrets masked")
    for point in entry_points(group=CLI_GROUP):
        try:
            register = point.load()
        except (ImportError, AttributeError) as exc:
            log.warning("command group %s is not installed properly: %s", point.name, exc)
            continue
        register(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `newsbot` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        database = args.db
        if args.command == "demo" and database is None:
            database = Path(tempfile.mkdtemp(prefix="newsbot-demo-")) / "demo.db"
        settings = load_settings(args.config, database=database)
    except SettingsError as exc:
        note(f"newsbot: settings: {exc}")
        return 2
    if not args.verbose:
        level = getattr(logging, settings.log_level.upper())
        # a service reports what it does; a one-shot command stays quiet unless asked
        logging.getLogger().setLevel(min(level, logging.INFO) if args.command == "run" else level)
        logging.getLogger("apscheduler").setLevel(max(level, logging.WARNING))
    try:
        handler: Handler = args.handler
        return asyncio.run(handler(args, settings))
    except SettingsError as exc:  # an adapter's settings, checked when it is built
        note(f"newsbot: settings: {exc}")
        return 2
    except (StoreError, FetchError, SourceError, AdapterStartError) as exc:
        note(f"newsbot: {exc}")
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
