"""`newsbot eval`: ROUGE, speed and fact recall of the summary methods on a corpus.

The corpus is JSONL with ``text`` and ``summary`` (reference) fields and an optional
``title``. Every method summarizes every article in the same run; the table gives
rouge-score F1 (Porter stemming; ROUGE-Lsum at summary level, sentences joined by
"\\n"), the median milliseconds an article (tokenization included, with the
per-article cache cleared before every timed call), and fact recall: the share of the
reference's numbers and capitalised names that appear in the output. The row
``ours+facts`` is our summary plus its key facts, timed together. Timings are steady
state: an untimed pass over the corpus first fills our token/stem caches (as in a
running bot) and sumy's methods make one untimed call (imports). Methods are
interleaved article by article and each time is the fastest of ``--repeat`` runs, so
a busy machine does not favour one method.

CNN/DailyMail highlights are tokenized ("Friday ." "Locke 's" "-LRB-"); they are
detokenized before scoring. The CLI wires this module in with
:func:`add_eval_arguments` and :func:`eval_command`.

``--checks`` prints instead what a digest reader sees (whole-sentence bullets,
pronoun openers without their antecedent, facts said twice; see
:mod:`bot.reader_checks`); it needs no references, so ``--corpus`` may also be a
feed, a page or a folder such as ``config/samples``. ``--half even|odd`` keeps the
even- or odd-numbered records (0-based), so a weight tuned on one half can be checked
on the other.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from summaries.document import prepare
from summaries.extractive import METHODS, summarize
from summaries.multidoc import summarize_article
from summaries.people import introduce_people
from summaries.text import STOP_WORDS, split_sentences

ORACLE = "oracle"
FACTS = 5  # key-fact bullets beside "ours+facts", as many as key_facts gives by default
DEFAULT_METHODS = ("ours", "lead3", "lexrank", "textrank", "lsa", "luhn", "sumbasic")

_PTB = (
    ("-LRB-", "("),
    ("-RRB-", ")"),
    ("-LSB-", "["),
    ("-RSB-", "]"),
    ("-LCB-", "{"),
    ("-RCB-", "}"),
    ("``", '"'),
    ("''", '"'),
    ("`", "'"),
)
_CLITIC_RE = re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m)(?=\W|$)|(?<=s) (')(?= )", re.I)
_SPACE_BEFORE_RE = re.compile(r" ([.,;:?!%)\]}])")
_SPACE_AFTER_RE = re.compile(r"([(\[{$£]) ")
_FACT_TOKEN_RE = re.compile(r"\d[\d,.:]*\d%?|\d%?|[^\W\d_][\w'’&-]*")


def normalize_reference(text: str) -> str:
    """Detokenize a PTB-tokenized reference ("Friday ." → "Friday.", "Locke 's")."""
    for src, dst in _PTB:
        text = text.replace(src, dst)
    text = _CLITIC_RE.sub(lambda m: m.group(1) or m.group(2), text)
    text = _SPACE_BEFORE_RE.sub(r"\1", text)
    text = _SPACE_AFTER_RE.sub(r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def _fact_key(token: str) -> str:
    token = token.lower().replace("’", "'").rstrip(".,:")
    if token.endswith("'s"):
        token = token[:-2]
    return token.rstrip("'")


def reference_facts(reference: str, article: str = "") -> set[str]:
    """Numbers and capitalised names of a reference, lowercased.

    A capitalised word counts unless it is a stop word; at the start of a sentence it
    counts only when the reference or the article also has it capitalised in the middle
    of a sentence (so "Appalling weather …" does not make "appalling" a name).
    """
    inner_caps = {
        _fact_key(m.group(1))
        for m in re.finditer(r"(?<=[\w,;:'’\"”)-]) ([A-Z][\w'’&-]*)", f"{reference} {article}")
    }
    facts: set[str] = set()
    for sent in split_sentences(reference):
        for j, tok in enumerate(_FACT_TOKEN_RE.findall(sent)):
            if tok[0].isdigit():
                facts.add(_fact_key(tok))
            elif tok[0].isupper():
                key = _fact_key(tok)
                if not key or key in STOP_WORDS:
                    continue
                if j == 0 and key not in inner_caps:
                    continue
                facts.add(key)
    return facts


def fact_recall(facts: set[str], output: Iterable[str]) -> float | None:
    """Share of ``facts`` found among the tokens of ``output`` (None when no facts)."""
    if not facts:
        return None
    found = {_fact_key(t) for line in output for t in _FACT_TOKEN_RE.findall(line)}
    return len(facts & found) / len(facts)


@dataclass
class MethodStats:
    """Accumulated scores of one method."""

    r1: list[float] = field(default_factory=list)
    r2: list[float] = field(default_factory=list)
    rl: list[float] = field(default_factory=list)
    ms: list[float] = field(default_factory=list)
    recall: list[float] = field(default_factory=list)
    words: list[int] = field(default_factory=list)
    extra_words: list[int] = field(default_factory=list)


def _scorer() -> Any:
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)


def _oracle(sentences: Sequence[str], reference: str, count: int, scorer: Any) -> list[str]:
    """Greedy oracle: add the sentence that most raises ROUGE-1 + ROUGE-2 F1."""
    chosen: list[int] = []
    best = 0.0
    candidates = range(min(len(sentences), 60))
    while len(chosen) < count:
        pick = None
        for i in candidates:
            if i in chosen:
                continue
            trial = sorted([*chosen, i])
            s = scorer.score(reference, "\n".join(sentences[k] for k in trial))
            value = s["rouge1"].fmeasure + s["rouge2"].fmeasure
            if value > best:
                best, pick = value, i
        if pick is None:
            break
        chosen.append(pick)
    return [sentences[k] for k in sorted(chosen)]


HALVES = ("even", "odd")


def take_half(items: Sequence[Any], half: str | None) -> list[Any]:
    """The even- or odd-numbered items (0-based), or all of them when ``half`` is None."""
    if half is None:
        return list(items)
    return list(items[HALVES.index(half) :: 2])


def _read_corpus(corpus: Path, limit: int | None, half: str | None = None) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("text") and record.get("summary"):
                records.append(record)
    records = take_half(records, half)
    return records if limit is None else records[:limit]


def _word_count(lines: Iterable[str]) -> int:
    return sum(len(line.split()) for line in lines)


def _run_method(
    method: str,
    record: dict[str, Any],
    reference: str,
    sentences: int,
    scorer: Any,
    repeat: int = 1,
) -> tuple[list[str], list[str], float]:
    """Timed runs: (summary, extra fact lines, fastest of ``repeat`` in ms), cache cleared."""
    text: str = record["text"]
    title: str | None = record.get("title")
    best = math.inf
    output: list[str] = []
    extra: list[str] = []
    for _ in range(1 if method == ORACLE else max(repeat, 1)):
        prepare.cache_clear()
        start = time.perf_counter()
        if method == ORACLE:
            candidates = [s.text for s in prepare(text, title).sentences]
            output = _oracle(candidates, reference, sentences, scorer)
        elif method == "ours+facts":
            output, extra = summarize_article(text, title, sentences, facts=FACTS)
        else:
            output = summarize(text, title, sentences, method)
            if method == "ours":  # as digests show it
                output = introduce_people(output, [text], title or "")
        best = min(best, (time.perf_counter() - start) * 1000)
    return output, extra, best


def evaluate(
    records: Sequence[dict[str, Any]],
    methods: Sequence[str],
    sentences: int = 3,
    progress: bool = True,
    repeat: int = 3,
) -> dict[str, MethodStats]:
    """Run every method on every record; returns the stats per row name.

    Methods are interleaved article by article, so a busy machine slows them all alike,
    and each (method, article) time is the fastest of ``repeat`` runs, every run with
    the per-article memo cleared (the oracle runs once).
    """
    from tqdm import tqdm

    # the bar shows at once: loading the scorer and the warm-up pass take seconds
    bar = tqdm(
        total=len(records),
        desc="eval (warming up)",
        unit="article",
        file=sys.stderr,
        disable=not progress,
    )
    scorer = _scorer()
    rows = list(methods)
    if "ours" in methods:
        rows.insert(rows.index("ours") + 1, "ours+facts")
    references = ["\n".join(split_sentences(normalize_reference(r["summary"]))) for r in records]
    facts = [reference_facts(ref, r["text"]) for ref, r in zip(references, records, strict=True)]
    stats = {name: MethodStats() for name in rows}
    # Steady state: one untimed pass fills the token and stem caches, as they are in
    # a running bot that has read a few hundred articles; sumy pays its imports here.
    for record in records:
        prepare(record["text"], record.get("title"))
    for name in rows:
        if name not in ("ours", "ours+facts", "lead3", ORACLE):
            summarize(records[0]["text"], records[0].get("title"), sentences, name)
    bar.set_description("eval")
    for record, reference, ref_facts in zip(records, references, facts, strict=True):
        for name in rows:
            st = stats[name]
            summary, extra, ms = _run_method(name, record, reference, sentences, scorer, repeat)
            score = scorer.score(reference, "\n".join(summary))
            st.r1.append(score["rouge1"].fmeasure)
            st.r2.append(score["rouge2"].fmeasure)
            st.rl.append(score["rougeLsum"].fmeasure)
            st.ms.append(ms)
            st.words.append(_word_count(summary))
            st.extra_words.append(_word_count(extra))
            recall = fact_recall(ref_facts, [*summary, *extra])
            if recall is not None:
                st.recall.append(recall)
        bar.update(1)
    bar.close()
    return stats


def format_table(stats: dict[str, MethodStats], n_articles: int, sentences: int) -> str:
    """The results as a Markdown table."""
    lines = [
        f"{n_articles} articles, {sentences} sentences; ROUGE F1 ×100 (rouge-score, stemmed, "
        "summary-level Lsum); fact recall = share of the reference's numbers and names found",
        "",
        "| method | R1 | R2 | RLsum | median ms | fact recall | words | fact words |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]

    def mean(values: Sequence[float]) -> float:
        return sum(values) / len(values) if values else 0.0

    for name, st in stats.items():
        lines.append(
            f"| {name} | {100 * mean(st.r1):.2f} | {100 * mean(st.r2):.2f} | "
            f"{100 * mean(st.rl):.2f} | {statistics.median(st.ms) if st.ms else 0:.2f} | "
            f"{100 * mean(st.recall):.1f}% | {mean(st.words):.1f} | {mean(st.extra_words):.1f} |"
        )
    return "\n".join(lines)


def run_eval(
    corpus: Path,
    methods: list[str],
    sentences: int = 3,
    limit: int | None = None,
    out: TextIO = sys.stdout,
    progress: bool = True,
    repeat: int = 3,
    half: str | None = None,
) -> int:
    """Evaluate ``methods`` on ``corpus`` and print the table to ``out``; returns 0/2."""
    unknown = [m for m in methods if m not in (*METHODS, ORACLE)]
    if unknown:
        print(
            f"newsbot eval: unknown method(s) {', '.join(unknown)}; "
            f"choose from {', '.join((*METHODS, ORACLE))}",
            file=sys.stderr,
        )
        return 2
    if not corpus.is_file():
        print(f"newsbot eval: {corpus}: no such file", file=sys.stderr)
        return 2
    records = _read_corpus(corpus, limit, half)
    if not records:
        print(f"newsbot eval: {corpus}: no records with text and summary", file=sys.stderr)
        return 2
    stats = evaluate(records, methods, sentences, progress, repeat)
    print(format_table(stats, len(records), sentences), file=out)
    return 0


def add_eval_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the `eval` options to an argparse (sub)parser."""
    parser.add_argument("--corpus", type=Path, required=True, help="JSONL with text and summary")
    parser.add_argument(
        "--methods",
        default=",".join(DEFAULT_METHODS),
        help=f"comma-separated, from {','.join((*METHODS, ORACLE))} (default: %(default)s)",
    )
    parser.add_argument("--sentences", type=int, default=3, help="sentences a summary")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument(
        "--repeat", type=int, default=3, help="timed runs per article and method (fastest counts)"
    )
    parser.add_argument(
        "--half",
        choices=HALVES,
        default=None,
        help="only the even- or odd-numbered records (0-based; tune on one, report both)",
    )
    parser.add_argument(
        "--checks",
        action="store_true",
        help="reader checks instead of ROUGE: whole-sentence bullets, dangling openers, "
        "repeats; --corpus may be JSONL, a feed, a page or a folder like config/samples",
    )
    parser.add_argument("--facts", type=int, default=4, help="key facts an article (--checks)")
    parser.add_argument(
        "--no-titles",
        action="store_true",
        help="ignore the records' titles (--checks), as for JSONL records without one",
    )


def run_checks(
    corpus: Path,
    sentences: int = 3,
    facts: int = 4,
    limit: int | None = None,
    half: str | None = None,
    titles: bool = True,
    out: TextIO = sys.stdout,
) -> int:
    """Print the reader-checks table for ``corpus``; returns 0, or 2 when nothing is read."""
    from bot.reader_checks import format_checks, load_articles, reader_checks

    if not corpus.exists():
        print(f"newsbot eval: {corpus}: no such file or folder", file=sys.stderr)
        return 2
    articles = take_half(load_articles(corpus, titles), half)[:limit]
    if not articles:
        print(f"newsbot eval: {corpus}: no articles", file=sys.stderr)
        return 2
    label = f"{corpus.name}{f' ({half} half)' if half else ''}{'' if titles else ', no titles'}"
    print(format_checks(reader_checks(articles, sentences, facts), label), file=out)
    return 0


def eval_command(args: argparse.Namespace) -> int:
    """Entry point for `newsbot eval` given parsed arguments."""
    half = getattr(args, "half", None)
    if getattr(args, "checks", False):
        return run_checks(
            args.corpus, args.sentences, args.facts, args.limit, half, not args.no_titles
        )
    methods = [m.strip() for m in str(args.methods).split(",") if m.strip()]
    return run_eval(
        args.corpus,
        methods,
        args.sentences,
        args.limit,
        sys.stdout,
        True,
        getattr(args, "repeat", 3),
        half,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation standalone: ``python -m bot.evaluate --corpus FILE``."""
    parser = argparse.ArgumentParser(prog="newsbot eval", description=__doc__)
    add_eval_arguments(parser)
    return eval_command(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
