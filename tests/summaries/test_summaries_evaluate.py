"""bot.evaluate: reference normalisation, fact recall and the eval table."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

from bot.evaluate import (
    add_eval_arguments,
    eval_command,
    fact_recall,
    normalize_reference,
    reference_facts,
    run_eval,
)
from tests.summaries.newsfixtures import ARTICLE, SECOND, THIRD, TITLE


def test_normalize_reference_detokenizes() -> None:
    text = "Gary Locke 's team won on Friday . It was n't close -LRB- 3-0 -RRB- , he said ."
    assert normalize_reference(text) == (
        "Gary Locke's team won on Friday. It wasn't close (3-0), he said."
    )
    assert normalize_reference("the players ' coach") == "the players' coach"


def test_reference_facts_and_recall() -> None:
    reference = "Appalling weather hit Chongqing. Locke's side won 3-0 on Friday."
    facts = reference_facts(reference, "The manager, Gary Locke, said it was appalling.")
    assert facts == {"chongqing", "locke", "friday", "3", "0"}
    assert fact_recall(facts, ["Chongqing and Locke"]) == 2 / len(facts)
    assert fact_recall(set(), ["anything"]) is None


def _corpus(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.jsonl"
    records = [
        {
            "id": "a",
            "title": TITLE,
            "text": ARTICLE,
            "summary": "Riverton council votes 7-2 for new $ 48 million bridge .",
        },
        {"id": "b", "text": SECOND, "summary": "Bridge due to open in March 2027 ."},
        {"id": "c", "text": THIRD, "summary": "Old bridge collapsed on April 12 ."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_run_eval_prints_a_table(tmp_path: Path) -> None:
    out = io.StringIO()
    code = run_eval(
        _corpus(tmp_path), ["ours", "lead3", "lexrank", "oracle"], 2, None, out, progress=False
    )
    assert code == 0
    table = out.getvalue()
    for row in ("| ours |", "| ours+facts |", "| lead3 |", "| lexrank |", "| oracle |"):
        assert row in table
    assert "3 articles, 2 sentences" in table


def test_run_eval_rejects_unknown_method_and_missing_file(tmp_path: Path) -> None:
    assert run_eval(_corpus(tmp_path), ["nope"], 3, None, io.StringIO()) == 2
    assert run_eval(tmp_path / "missing.jsonl", ["ours"], 3, None, io.StringIO()) == 2


def test_cli_wiring(tmp_path: Path, capsys: object) -> None:
    parser = argparse.ArgumentParser()
    add_eval_arguments(parser)
    args = parser.parse_args(
        ["--corpus", str(_corpus(tmp_path)), "--methods", "lead3", "--limit", "2"]
    )
    assert eval_command(args) == 0
