"""`newsbot run` ends at once, non-zero and in one line, on every start-up error.

Each case runs in its own process with a timeout: a start-up error that leaves the
database thread open used to hang the process forever.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.running import Running, environment

CLOSED = "127.0.0.1:9"  # the discard port: nothing listens there


def write(path: Path, text: str) -> str:
    path.write_text(text)
    return str(path)


def cases(tmp: Path) -> dict[str, tuple[dict[str, str], list[str], str]]:
    """name → (environment, extra arguments, what the one line says)."""
    db = str(tmp / "n.db")
    unreachable = write(
        tmp / "closed.toml",
        f'[slack]\napi_url = "http://{CLOSED}/api/"\n'
        f'[discord]\napi_base = "http://{CLOSED}/api/v10"\ngateway_url = "ws://{CLOSED}/gw"\n',
    )
    return {
        "slack bot token alone": (
            {"SLACK_BOT_TOKEN": "xoxb-x"},
            ["--db", db],
            "SLACK_APP_TOKEN",
        ),
        "a bad setting": (
            {},
            ["--db", db, "--config", write(tmp / "bad.toml", "[digest]\nmax_stories = 0\n")],
            "[digest] max_stories = 0",
        ),
        "a missing config file": ({}, ["--db", db, "--config", str(tmp / "nope.toml")], "nope"),
        "the database is a folder": ({}, ["--db", str(tmp)], "is a folder"),
        "Slack cannot be reached": (
            {"SLACK_BOT_TOKEN": "xoxb-x", "SLACK_APP_TOKEN": "xapp-y"},
            ["--db", db, "--config", unreachable],
            "the slack adapter could not start",
        ),
        "Discord cannot be reached": (
            {"DISCORD_TOKEN": "not-a-token"},
            ["--db", db, "--config", unreachable],
            "the discord adapter could not start",
        ),
    }


NAMES = (
    "slack bot token alone",
    "a bad setting",
    "a missing config file",
    "the database is a folder",
    "Slack cannot be reached",
    "Discord cannot be reached",
)


@pytest.mark.parametrize("name", NAMES)
def test_a_start_up_error_ends_the_process_at_once(name: str, tmp_path: Path) -> None:
    every = cases(tmp_path)
    assert set(every) == set(NAMES)
    env, args, says = every[name]
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        env=environment(env),
    )
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_run_warns_of_a_glob_matching_nothing_says_how_to_add_feeds_and_honours_log_level(
    tmp_path: Path,
) -> None:
    config = write(
        tmp_path / "info.toml", 'log_level = "INFO"\n[feeds]\nurls = ["missing/*.xml"]\n'
    )
    running = Running("--db", str(tmp_path / "n.db"), "--config", config)
    try:
        running.wait_for(f"[feeds] urls: {tmp_path / 'missing' / '*.xml'} matches no file")
        line = running.wait_for("No feeds to poll yet")
        assert "/news feeds add" in line and "[feeds] urls" in line
        assert any(" INFO " in seen for seen in running.seen), "log_level = INFO is honoured"
        running.stop()
    finally:
        running.kill()
