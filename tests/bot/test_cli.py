"""`newsbot` as a user runs it: subprocesses, stdout for results, stderr for the rest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import CONFIG_DIR

SAMPLES = CONFIG_DIR / "samples"


def newsbot(
    *args: str,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_"))}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=full_env,
    )


def test_demo_runs_offline_and_prints_digests_and_an_answer() -> None:
    result = newsbot("demo")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.count("Daily digest:") == 2
    assert "Also covered by" in out
    assert "> /news ask" in out and "Nothing stored answers that" not in out
    assert "Ingested the bundled samples: added 41" in result.stderr
    assert "Ingested" not in out, "progress and status go to stderr"


def test_ingest_then_digest_ask_and_search_as_json(tmp_path: Path) -> None:
    db = str(tmp_path / "n.db")
    ingest = newsbot(
        "ingest", str(SAMPLES / "meridian-wire.xml"), str(tmp_path / "nope.txt"), "--db", db
    )
    assert ingest.returncode == 0
    assert ingest.stdout.splitlines()[0] == "added 8, skipped 0 (already stored), rejected 1"
    assert "nope.txt: no such file" in ingest.stdout

    digest = json.loads(
        newsbot(
            "digest", "--topic", "copper OR chip", "--json", "--db", db, "--hours", "100000"
        ).stdout
    )
    assert digest["entries"] and digest["entries"][0]["summary"]

    ask = json.loads(newsbot("ask", "What", "did", "copper", "hit?", "--json", "--db", db).stdout)
    assert ask["question"] == "What did copper hit?"
    first = ask["answers"][0]
    assert set(first) >= {"text", "article_id", "title", "url", "published"}
    empty = json.loads(newsbot("ask", "who won the 1966 world cup", "--json", "--db", db).stdout)
    assert empty["answers"] == []

    search = newsbot("search", "copper", "--json", "--db", db)
    assert search.returncode == 0 and json.loads(search.stdout)


def test_summarize_jsonl_writes_one_line_per_record(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    body = (
        "The council approved a budget of 12 million euros on Monday. Mayor Ana Ruiz said "
        "it funds two schools. The vote passed seven to two. Critics said rents still rise. "
        "Work starts in March 2027."
    )
    source.write_text(
        json.dumps({"id": "a", "text": body, "title": "Budget passes"})
        + "\n"
        + json.dumps({"id": "b", "text": ""})
        + "\nnot json\n"
    )
    result = newsbot("summarize", "--jsonl", str(source))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b"]
    assert lines[0]["summary"] and set(lines[0]) == {"id", "summary", "facts"}
    assert lines[1]["summary"] == []
    assert "line 3" in result.stderr and result.returncode == 1


def test_chat_reads_piped_commands(tmp_path: Path) -> None:
    result = newsbot(
        "chat",
        "--db",
        str(tmp_path / "c.db"),
        stdin="/news subscribe climate at 07:00 UTC\n/news subscriptions\n",
    )
    assert result.returncode == 0, result.stderr
    assert "Subscribed #1: “climate” daily at 07:00 UTC" in result.stdout
    assert "#1 climate" in result.stdout


def test_check_config_masks_secrets_and_bad_config_is_one_line(tmp_path: Path) -> None:
    shown = newsbot("check-config", env={"DISCORD_TOKEN": "very-secret-token"})
    assert shown.returncode == 0
    assert json.loads(shown.stdout)["discord"]["token"] == "***"
    assert "very-secret-token" not in shown.stdout + shown.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text("[digest]\ndefault_timezone = 'Mars/Base'\n")
    failed = newsbot("check-config", "--config", str(bad))
    assert failed.returncode == 2
    assert failed.stderr.strip().startswith("newsbot: settings: [digest] default_timezone")
    assert len(failed.stderr.strip().splitlines()) == 1


def test_digest_and_summarize_refuse_what_makes_no_sense(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot import cli

    db = str(tmp_path / "n.db")
    assert cli.main(["ingest", str(SAMPLES / "meridian-wire.xml"), "--db", db]) == 0
    capsys.readouterr()
    assert cli.main(["digest", "--hours", "-5", "--db", db]) == 2
    err = capsys.readouterr().err
    assert "--hours must be more than 0" in err and err.count("\n") == 1
    assert cli.main(["digest", "--max", "0", "--db", db]) == 2
    assert "--max must be 1 or more" in capsys.readouterr().err
    assert cli.main(["digest", "--max", "1", "--hours", "100000", "--json", "--db", db]) == 0
    assert len(json.loads(capsys.readouterr().out)["entries"]) == 1
    missing = tmp_path / "nonexistent.html"
    assert cli.main(["summarize", str(missing), "--db", db]) == 2
    err = capsys.readouterr().err
    assert err == f"newsbot summarize: {missing}: no such file\n", err
