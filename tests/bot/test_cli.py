"""`newsbot` as a user runs it: subprocesses, stdout for results, stderr for the rest."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import build_parser
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


def test_demo_runs_offline_and_prints_digests_and_an_answer(tmp_path: Path) -> None:
    result = newsbot("demo", env={"TMPDIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert not list(tmp_path.iterdir()), "the demo's temporary database is removed"
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
    nope = tmp_path / "nope.txt"
    assert ingest.stdout.splitlines()[1] == f"  rejected {nope}: no such file"

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


def test_check_config_warns_of_a_feed_glob_that_matches_nothing(tmp_path: Path) -> None:
    config = tmp_path / "feeds.toml"
    config.write_text('[feeds]\nurls = ["missing/*.xml", "https://example.org/rss"]\n')
    result = newsbot("check-config", "--config", str(config))
    assert result.returncode == 0
    assert result.stderr.strip() == (
        f"newsbot: warning: [feeds] urls: {tmp_path / 'missing' / '*.xml'} matches no file"
    )


def test_version_and_a_bare_newsbot_print_without_error() -> None:
    shown = newsbot("--version")
    assert shown.returncode == 0 and shown.stdout.startswith("newsbot 0.")
    bare = newsbot()
    assert bare.returncode == 0 and bare.stderr == ""
    assert bare.stdout.startswith("usage: newsbot") and "check-config" in bare.stdout


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser(everything=True)
    [group] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(group.choices)


def test_every_argument_of_every_command_says_what_it_is() -> None:
    commands = subcommands()
    assert {"demo", "run", "ask", "eval", "backup", "discord-invite"} <= set(commands)
    for name, parser in commands.items():
        for action in parser._actions:
            assert action.help, f"newsbot {name}: {action.dest} has no help text"


@pytest.mark.parametrize(
    ("command", "takes"),
    [
        ("eval", set()),
        ("discord-invite", {"--config", "-v"}),
        ("check-config", {"--config", "--db"}),
        ("demo", {"--config", "--db", "-v"}),
        ("ask", {"--config", "--db", "-v"}),
    ],
)
def test_options_appear_only_on_the_commands_that_use_them(command: str, takes: set[str]) -> None:
    options = {o for a in subcommands()[command]._actions for o in a.option_strings}
    assert options & {"--config", "--db", "-v"} == takes


def test_check_config_reports_every_mistake_at_once(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'SLACK_BOT_TOKEN = "xoxb-in-a-file"\nlog_level = "LOUD"\n'
        "[digest]\ndefault_timezone = 'Europe/Berln'\nmax_storys = 3\nfacts = 'four'\n"
    )
    result = newsbot("check-config", "--config", str(bad))
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert all(line.startswith("newsbot: settings: ") for line in lines)
    assert len(lines) == 5, lines
    text = result.stderr
    assert "SLACK_BOT_TOKEN is a secret and must not be in a config file" in text
    assert "xoxb-in-a-file" not in text
    assert "did you mean Europe/Berlin?" in text
    assert "unknown key 'max_storys' — did you mean max_stories?" in text
    assert "[digest] facts = 'four': expected an integer" in text
    assert "log_level = 'LOUD'" in text


def test_check_config_also_checks_the_adapters_settings() -> None:
    result = newsbot("check-config", env={"SLACK_BOT_TOKEN": "xoxb-x"})
    assert result.returncode == 2
    assert "Slack socket mode needs SLACK_APP_TOKEN" in result.stderr


def test_verbose_logging_leaves_out_the_sql_chatter(tmp_path: Path) -> None:
    result = newsbot("ask", "who", "won", "-v", "--db", str(tmp_path / "v.db"))
    assert result.returncode == 0, result.stderr
    assert "DEBUG" in result.stderr, "-v logs at DEBUG"
    assert "aiosqlite" not in result.stderr


def test_a_demo_that_reads_nothing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio

    from bot import bundled, cli
    from tests.conftest import make_settings

    monkeypatch.setattr(bundled, "SAMPLES", tmp_path / "empty")
    (tmp_path / "empty").mkdir()
    with pytest.raises(cli.Failure, match="nothing could be read"):
        asyncio.run(cli.demo(make_settings(tmp_path)))


def test_a_page_without_text_is_one_line_without_the_extractors_log(tmp_path: Path) -> None:
    page = tmp_path / "scan.html"
    page.write_bytes(b"%PDF-1.4 a scan saved as a page")
    result = newsbot("summarize", str(page))
    assert result.returncode == 2
    assert (
        result.stderr == "newsbot summarize: the page has no article text that could be extracted\n"
    )


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
    for hours in ("100000000", "inf", "nan"):
        assert cli.main(["digest", "--hours", hours, "--db", db]) == 2
        assert "at most 876,000 (a century)" in capsys.readouterr().err
    assert cli.main(["digest", "--topic", "orbit since 2099-01-01", "--db", db]) == 2
    assert "“since 2099-01-01” is in the future" in capsys.readouterr().err
    assert cli.main(["digest", "--topic", "orbit this week", "--json", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)["title"].startswith("orbit this week · ")
    assert cli.main(["digest", "--max", "0", "--db", db]) == 2
    assert "--max must be 1 or more" in capsys.readouterr().err
    assert cli.main(["digest", "--max", "1", "--hours", "100000", "--json", "--db", db]) == 0
    assert len(json.loads(capsys.readouterr().out)["entries"]) == 1
    missing = tmp_path / "nonexistent.html"
    assert cli.main(["summarize", str(missing), "--db", db]) == 2
    err = capsys.readouterr().err
    assert err == f"newsbot summarize: {missing}: no such file\n", err
