"""Benchmark `/news ask`: precision, answer accuracy, honesty and speed, against a baseline.

    /work/venv/bin/python bench/ask.py [--corpus DIR] [--scale 100000] [--repeat 3] [--show-misses]

- Ingests DIR/cnndm_dev.jsonl (the articles) and DIR/bbc_news_summary.jsonl (distractors)
  through the normal ingestion path; DIR defaults to ../shared/corpus beside the repo.
- Builds "Who …?" questions from the reference highlights whose subject is a person's
  name: "Gary Locke will be confirmed as Kilmarnock boss on Friday" becomes "Who will be
  confirmed as Kilmarnock boss on Friday?" (answer: Gary Locke, source: that article).
- Asks 50 general-knowledge questions that no stored article answers.
- Reports, for `bot.answers.ask` and for a baseline measured in the same run (plain FTS5 BM25
  over the question's content words, then the best-overlapping sentence of the top
  article): precision at 1 (the first answer cites the source article), answer accuracy
  (the answer sentences contain the person's full name; "surname" counts the last name
  alone), unanswerable questions answered, and the median / p99 ms per question — at
  the corpus size and at `--scale` articles (the corpus replicated with new ids).

Databases are cached in bench/results/ (gitignored); the report is written to
bench/results/ask-report.json.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import re
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ask_questions import GENERAL  # noqa: E402
from bot.answers.ask import ask  # noqa: E402
from bot.answers.question import word_set  # noqa: E402
from bot.clock import ManualClock  # noqa: E402
from bot.ingestion.dedupe import fingerprint  # noqa: E402
from bot.ingestion.fetch import Fetcher  # noqa: E402
from bot.ingestion.ingest import Ingestor  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from bot.storage.ports import Store  # noqa: E402
from bot.storage.query import AnyOf, ArticleSearch, Phrase, TextQuery  # noqa: E402
from bot.storage.records import NewArticle  # noqa: E402
from bot.storage.sqlite.store import SQLiteStore  # noqa: E402
from bot.storage.terms import fold  # noqa: E402
from summaries.text import STOP_WORDS, content_terms, split_sentences, stem, words  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
ARTICLES = "cnndm_dev.jsonl"
DISTRACTORS = "bbc_news_summary.jsonl"
RESULTS = Path(__file__).resolve().parent / "results"
BENCH_NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)  # every article is fetched "now"
REPLICA_BATCH = 2000

# General knowledge that no stored news article answers (checked against the corpus).
UNANSWERABLE = GENERAL[:50]

# Capitalised words that start a highlight's subject but do not make it a person.
NOT_A_PERSON = word_set(
    """The A An This That These Those His Her Their Its It He She They We I You Our My If But
    And Or So Two Three CLICK HERE Director Manager Boss Coach Spaniel Dog Cat Airlines
    Juniors Villa City United FC Police Council Court Club Party Labour Tory Government Army
    Navy University School Hospital Airport Street Road Premier League Cup Championship House
    Senate Congress Department Ministry Office Bank Company Group News Times BBC CNN NASA ISIS
    Islamic State States Kingdom Republic North South East West New Royal Real Manchester
    Arsenal Chelsea Liverpool Barcelona Madrid England Britain British American America Chinese
    China Russia Russian Scotland Scottish Wales Welsh Ireland Irish France French Germany
    German Australia Australian Canada Canadian US UK EU UN Former Ex Mr Mrs Ms Dr Sir Lord Lady
    Prince Princess King Queen President Prime Minister Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday January February March April May June July August September
    October November December Boca Southwest Service Research Congressional Sister Father"""
)


@dataclass(frozen=True)
class Case:
    """One benchmark question."""

    question: str
    name: str | None  # the person who answers it; None for the unanswerable ones
    article_id: int | None  # the source article


def detokenize(text: str) -> str:
    """CNN/DM highlights are tokenised ("Locke 's", "-LRB-"); make them plain text."""
    text = text.replace("-LRB-", "(").replace("-RRB-", ")")
    text = text.replace("``", '"').replace("''", '"').replace("`", "'")
    text = re.sub(r"\s+([.,;:!?%)])", r"\1", text)
    text = re.sub(r"([($£])\s+", r"\1", text)
    text = re.sub(r"\s+('s|'re|'ve|'ll|'d|'m|n't)\b", r"\1", text)
    text = re.sub(r"\s+'(\s|$)", r"'\1", text)
    return " ".join(text.split())


def who_question(highlight: str, article_text: str) -> tuple[str, str] | None:
    """("Who …?", name) when a highlight sentence's subject is a person's name in the article."""
    tokens = highlight.split()
    i = 0
    while i < len(tokens) and tokens[i][:1].isupper() and tokens[i][:1].isalpha():
        i += 1
    name = tokens[:i]
    if not 2 <= len(name) <= 4 or set(name) & NOT_A_PERSON:
        return None
    if any(t.isupper() and len(t) > 2 for t in name):
        return None
    rest = tokens[i:]
    # ", 39 ," or ", from Edinburgh ," after the name: an apposition, dropped.
    for _ in range(2):
        if rest[:1] == [","] and "," in rest[1:7]:
            rest = rest[rest.index(",", 1) + 1 :]
    if not rest or not rest[0].isalpha() or not rest[0].islower():
        return None
    if rest[0] in {"and", "or", "of", "to", "the", "a"}:
        return None
    full = " ".join(name)
    if full not in article_text:
        return None
    body = detokenize(" ".join(rest)).rstrip(" .")
    return f"Who {body}?", full


def build_cases(corpus: Path, db_path: Path) -> list[Case]:
    """Who-questions from the articles' highlights, then the unanswerable ones."""
    with sqlite3.connect(db_path) as db:
        ids = dict(db.execute("SELECT guid, id FROM articles WHERE guid IS NOT NULL"))
    cases: list[Case] = []
    with (corpus / ARTICLES).open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            article_id = ids.get(f"{ARTICLES}#{record['id']}")
            if article_id is None:
                continue
            for highlight in re.split(r"\s\.(?:\s|$)", record["summary"]):
                made = who_question(highlight, record["text"])
                if made:
                    cases.append(Case(made[0], made[1], article_id))
    cases += [Case(q, None, None) for q in UNANSWERABLE]
    return cases


# -- bench databases (built once, cached in bench/results/) ---------------------------


def corpus_key(files: list[Path]) -> str:
    """A short key of the corpus files' names and sizes."""
    digest = hashlib.sha256()
    for f in files:
        digest.update(f"{f.name}:{f.stat().st_size};".encode())
    return digest.hexdigest()[:10]


async def ingested_db(name: str, sources: list[str]) -> Path:
    """A database (cached in bench/results/ under `name`) of the sources ingested through
    the normal ingestion path (cleaning, dedupe, stories)."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / name
    if path.exists():
        return path
    tmp = path.with_suffix(".tmp.db")
    for leftover in RESULTS.glob(tmp.name + "*"):
        leftover.unlink()
    settings = load_settings(database=tmp, overrides={"feeds": {"urls": []}}, environ={})
    store = await SQLiteStore.open(tmp)
    fetcher = Fetcher(settings.fetch)
    try:
        ingestor = Ingestor(store, fetcher, settings, ManualClock(BENCH_NOW))
        report = await ingestor.ingest(sources)
        sys.stderr.write(
            f"ingested {report.count('added')} articles "
            f"({report.count('skipped')} skipped, {report.count('rejected')} rejected)\n"
        )
    finally:
        await fetcher.close()
        await store.close()
    _checkpoint(tmp)
    tmp.rename(path)
    return path


async def build_corpus_db(files: list[Path]) -> Path:
    """The corpus ingested through the normal ingestion path (cleaning, dedupe, stories)."""
    return await ingested_db(f"ask-{corpus_key(files)}-corpus.db", [str(f) for f in files])


async def build_scaled_db(corpus_db: Path, size: int) -> Path:
    """The corpus database plus replicas (new ids, in their original's story) up to `size`."""
    path = corpus_db.with_name(corpus_db.name.replace("-corpus.db", f"-{size}.db"))
    if path.exists():
        return path
    tmp = path.with_suffix(".tmp.db")
    for leftover in RESULTS.glob(tmp.name + "*"):
        leftover.unlink()
    shutil.copyfile(corpus_db, tmp)
    with sqlite3.connect(corpus_db) as db:
        rows = db.execute(
            "SELECT title, text, source, url, published_at, content_hash, story_id FROM articles "
            "ORDER BY id"
        ).fetchall()
    originals: list[NewArticle] = []
    stories: list[int] = []
    for title, text, source, url, published, chash, story in rows:
        stories.append(story)
        print_ = fingerprint(f"{title}\n{text}", content_terms(f"{title}\n{text}"))
        originals.append(
            NewArticle(
                title=title,
                text=text,
                source=source,
                url=url,
                guid=None,
                published_at=datetime.fromisoformat(published) if published else None,
                content_hash=chash,
                fingerprint=print_,
            )
        )
    store = await SQLiteStore.open(tmp)
    try:
        have = await store.article_count()
        copy = 0
        while have < size:
            batch: list[tuple[NewArticle, int]] = []
            for _ in range(min(REPLICA_BATCH, size - have)):
                original = originals[copy % len(originals)]
                round_ = copy // len(originals) + 1
                batch.append(
                    (
                        replace(
                            original,
                            url=f"{original.url}#replica-{round_}" if original.url else None,
                            content_hash=f"{original.content_hash}:{round_}",
                        ),
                        # Ingestion would group a copy with its original (same fingerprint).
                        stories[copy % len(originals)],
                    )
                )
                copy += 1
            await store.add_articles(batch, BENCH_NOW)
            have += len(batch)
            sys.stderr.write(f"\rreplicas: {have}/{size}")
        sys.stderr.write("\n")
    finally:
        await store.close()
    _checkpoint(tmp)
    tmp.rename(path)
    return path


def _checkpoint(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("PRAGMA journal_mode = DELETE")


# -- the baseline ---------------------------------------------------------------


async def baseline(store: Store, question: str) -> list[tuple[int, str]]:
    """Plain BM25 over the question's content words; the top article's best-overlapping sentence."""
    terms = []
    for w in words(question):
        if w not in STOP_WORDS and len(w) > 1 and w not in terms:
            terms.append(w)
    parts = [p for t in terms for p in re.findall(r"[^\W_]+", t) if len(p) > 1]
    if not parts:
        return []
    query = TextQuery((AnyOf(tuple(Phrase((p,)) for p in dict.fromkeys(parts))),))
    matches = await store.match_articles(ArticleSearch(query, limit=1))
    art = await store.get_article(matches[0].match.article_id) if matches else None
    if art is None:
        return []
    wanted = {stem(t) for t in terms}
    best = max(
        split_sentences(art.text) or [art.text],
        key=lambda s: len(wanted & {stem(w) for w in words(s)}),
    )
    return [(art.id, best)]


async def ours(store: Store, question: str) -> list[tuple[int, str]]:
    answer = await ask(store, question, now=BENCH_NOW)
    return [(s.article_id, s.text) for s in answer.sentences]


# -- measuring --------------------------------------------------------------------

Method = Callable[[Store, str], Awaitable[list[tuple[int, str]]]]


def _has(name: str, text: str) -> bool:
    return fold(name.replace("’", "'")) in fold(text.replace("’", "'"))


async def evaluate(
    store: Store, cases: list[Case], method: Method, same: dict[int, set[int]] | None = None
) -> dict[str, Any]:
    """Run every case through a method; the figures and the per-question outcomes."""
    times: list[float] = []
    outcomes: list[dict[str, Any]] = []
    for case in cases:
        start = time.perf_counter()
        answers = await method(store, case.question)
        times.append((time.perf_counter() - start) * 1000)
        text = " ".join(t for _, t in answers)
        first = answers[0][0] if answers else None
        source = {case.article_id} if case.article_id is not None else set()
        if same and case.article_id is not None:
            source = same.get(case.article_id, source)
        outcomes.append(
            {
                "question": case.question,
                "name": case.name,
                "answered": bool(answers),
                "p1": first in source if case.name else None,
                "accurate": _has(case.name, text) if case.name else None,
                "surname": _has(case.name.split()[-1], text) if case.name else None,
                "answers": [{"article_id": a, "text": t} for a, t in answers],
            }
        )
    who = [o for o in outcomes if o["name"]]
    none = [o for o in outcomes if not o["name"]]
    ordered = sorted(times)
    return {
        "questions": len(who),
        "precision_at_1": round(sum(o["p1"] for o in who) / max(1, len(who)), 3),
        "answer_accuracy": round(sum(o["accurate"] for o in who) / max(1, len(who)), 3),
        "surname_accuracy": round(sum(o["surname"] for o in who) / max(1, len(who)), 3),
        "answered": round(sum(o["answered"] for o in who) / max(1, len(who)), 3),
        "unanswerable_answered": sum(o["answered"] for o in none),
        "unanswerable": len(none),
        "median_ms": round(statistics.median(times), 2),
        "p99_ms": round(ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))], 2),
        "outcomes": outcomes,
    }


def replicas_of(db_path: Path) -> dict[int, set[int]]:
    """Each article id → the ids of every stored copy of its text (for the scaled database)."""
    with sqlite3.connect(db_path) as db:
        rows = db.execute(
            "SELECT id, substr(content_hash, 1, 64) FROM articles ORDER BY id"
        ).fetchall()
    by_hash: dict[str, set[int]] = {}
    for article_id, key in rows:
        by_hash.setdefault(key, set()).add(article_id)
    return {i: by_hash[k] for i, k in rows}


def summary_line(label: str, size: int, figures: dict[str, Any]) -> str:
    return (
        f"{label:<9} {size:>7,} articles  P@1 {figures['precision_at_1']:.3f}  "
        f"accuracy {figures['answer_accuracy']:.3f} (surname {figures['surname_accuracy']:.3f})  "
        f"unanswerable answered {figures['unanswerable_answered']}/{figures['unanswerable']}  "
        f"median {figures['median_ms']:.1f} ms  p99 {figures['p99_ms']:.1f} ms" + spread(figures)
    )


def spread(figures: dict[str, Any]) -> str:
    """The spread of the per-pass medians and p99s, when the questions ran more than once."""
    medians, p99s = figures["pass_medians_ms"], figures["pass_p99s_ms"]
    if len(medians) < 2:
        return ""
    return (
        f" (median of {len(medians)} passes; pass medians {min(medians):.1f}–{max(medians):.1f}"
        f" ms, p99s {min(p99s):.1f}–{max(p99s):.1f} ms)"
    )


async def run(args: argparse.Namespace) -> dict[str, Any]:
    corpus = Path(args.corpus)
    files = [corpus / ARTICLES, corpus / DISTRACTORS]
    for f in files:
        if not f.is_file():
            raise SystemExit(f"bench/ask.py: {f} is missing")
    corpus_db = await build_corpus_db(files)
    cases = build_cases(corpus, corpus_db)
    who = sum(1 for c in cases if c.name)
    sys.stderr.write(f"{who} who-questions, {len(cases) - who} unanswerable\n")
    report: dict[str, Any] = {"questions": [c.question for c in cases], "runs": []}
    targets = [(corpus_db, None)]
    if args.scale:
        targets.append((await build_scaled_db(corpus_db, args.scale), args.scale))
    for db_path, scale in targets:
        store = await SQLiteStore.open(db_path)
        try:
            size = await store.article_count()
            same = replicas_of(db_path) if scale else None
            for label, method in (("baseline", baseline), ("ask", ours)):
                if scale and label == "baseline" and not args.scaled_baseline:
                    continue
                passes = [await evaluate(store, cases, method, same) for _ in range(args.repeat)]
                figures = {
                    **passes[0],  # the answers are the same each pass; only the times vary
                    "median_ms": round(statistics.median(p["median_ms"] for p in passes), 2),
                    "p99_ms": round(statistics.median(p["p99_ms"] for p in passes), 2),
                    "pass_medians_ms": [p["median_ms"] for p in passes],
                    "pass_p99s_ms": [p["p99_ms"] for p in passes],
                }
                print(summary_line(label, size, figures), flush=True)
                report["runs"].append({"method": label, "articles": size, **figures})
        finally:
            await store.close()
    return report


def show_misses(report: dict[str, Any]) -> None:
    for entry in report["runs"]:
        if entry["method"] != "ask" or entry["articles"] > 50_000:
            continue
        for o in entry["outcomes"]:
            bad = (o["name"] and not (o["p1"] and o["accurate"])) or (
                not o["name"] and o["answered"]
            )
            if bad:
                print(f"\n{o['question']}  [{o['name']}] p1={o['p1']} acc={o['accurate']}")
                for a in o["answers"]:
                    print(f"   {a['article_id']}: {a['text'][:160]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="folder of the JSONL files")
    parser.add_argument("--scale", type=int, default=100_000, help="0 to skip the scaled run")
    parser.add_argument(
        "--scaled-baseline", action="store_true", help="also time the baseline at --scale"
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="ask every question this many times (timings)"
    )
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    report = asyncio.run(run(args))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "ask-report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    if args.show_misses:
        show_misses(report)


if __name__ == "__main__":
    main()
