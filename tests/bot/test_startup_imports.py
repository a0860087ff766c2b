"""Each command imports only what it uses (bench/startup.py has the timings, not this test).

A command runs in a new interpreter, which then lists the modules it loaded.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.settings import CONFIG_DIR

# what made `newsbot --help` take 1.5 s: network, numerics, extraction, scheduling, platforms
HEAVY = {
    "aiohttp",
    "numpy",
    "trafilatura",
    "feedparser",
    "lxml",
    "apscheduler",
    "discord",
    "slack_bolt",
    "slack_sdk",
    "tqdm",
    "sumy",
    "nltk",
    "rouge_score",
}
SHOWN = "\n--- modules ---\n"
PROBE = f"""
import sys
from bot.cli import main
try:
    status = main(sys.argv[1:])
except SystemExit as exc:
    status = exc.code
sys.stdout.write({SHOWN!r} + str(status) + " " + " ".join(sorted(sys.modules)))
"""


def loaded_by(*argv: str) -> tuple[int, set[str]]:
    """The exit status of `newsbot ARGV...` and the top-level packages it imported."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, timeout=120
    )
    status, *modules = done.stdout.rsplit(SHOWN, 1)[-1].split()
    return int(status), {m.split(".")[0] for m in modules} | set(modules)


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("startup") / "small.db")
    feed = str(CONFIG_DIR / "samples" / "meridian-wire.xml")
    subprocess.run(
        [sys.executable, "-m", "bot.cli", "ingest", feed, "--db", db], check=True, timeout=120
    )
    return db


@pytest.mark.parametrize("argv", [["--help"], ["--version"], [], ["ask", "--help"]])
def test_help_and_version_load_no_library_of_the_bot(argv: list[str]) -> None:
    status, modules = loaded_by(*argv)
    assert status == 0
    assert not modules & (HEAVY | {"asyncio", "sqlite3", "aiosqlite", "summaries"})
    assert "bot.settings" not in modules


@pytest.mark.parametrize(
    "argv",
    [
        ["ask", "Who leads the fire response in Évora?"],
        ["search", "wildfire OR drought"],
        ["digest", "--hours", "100000"],
    ],
)
def test_reading_commands_load_the_store_but_not_ingestion_or_scheduling(
    argv: list[str], small_db: str
) -> None:
    status, modules = loaded_by(*argv, "--db", small_db)
    assert status == 0
    assert "aiosqlite" in modules, "the probe sees what a command imports"
    assert not modules & HEAVY
    assert not modules & {"bot.app", "bot.ingestion.ingest", "bot.delivery.scheduler"}
