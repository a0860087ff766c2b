"""Start-up time of `newsbot` commands, as whole processes, against a bare Python.

    python bench/startup.py [--runs 15]

Each command runs `--runs` times as a new process, interleaved with the baseline
`python -c "import asyncio, sqlite3"` (what any asyncio + SQLite tool pays before it
does anything), so a busy machine slows them alike. The figure that matters is the
ratio of medians measured in the same run; the milliseconds move with the machine's
load. `ask` and `search` read a small database of the bundled sample feeds, ingested
(untimed) first. The bar (issue 14): `--help` and `--version` within 2x the baseline,
`ask` and `search` within 4x.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bot.settings import CONFIG_DIR

BASELINE = ("baseline", [sys.executable, "-c", "import asyncio, sqlite3"])


def newsbot_command() -> list[str]:
    """The installed console script next to this Python, else `python -m bot.cli`."""
    script = Path(sys.executable).parent / "newsbot"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "bot.cli"]


def timed(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall-clock milliseconds of one process, and its exit status."""
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, env=env, check=False)
    return (time.perf_counter() - started) * 1000, done.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="processes per command")
    args = parser.parse_args(argv)
    bot = newsbot_command()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_"))}
    with tempfile.TemporaryDirectory(prefix="newsbot-bench-") as folder:
        db = str(Path(folder) / "small.db")
        env["NEWSBOT_DB"] = db
        subprocess.run(
            [*bot, "ingest", str(CONFIG_DIR / "samples")], capture_output=True, env=env, check=True
        )
        commands = [
            BASELINE,
            ("newsbot --help", [*bot, "--help"]),
            ("newsbot --version", [*bot, "--version"]),
            ("newsbot ask …", [*bot, "ask", "Who leads the fire response in Évora?"]),
            ("newsbot search …", [*bot, "search", "wildfire OR drought"]),
            ("newsbot check-config", [*bot, "check-config"]),
            ("newsbot digest", [*bot, "digest", "--hours", "100000"]),
        ]
        times: dict[str, list[float]] = {name: [] for name, _ in commands}
        status: dict[str, int] = {}
        for _ in range(args.runs):
            for name, command in commands:
                ms, code = timed(command, env)
                times[name].append(ms)
                status[name] = code
    base = statistics.median(times["baseline"])
    print(f"{args.runs} runs each, interleaved; median and ratio to the baseline's median")
    print()
    print("| command | median ms | min ms | × baseline | exit |")
    print("|---|---:|---:|---:|---:|")
    for name, _ in commands:
        median = statistics.median(times[name])
        print(
            f"| `{name}` | {median:.0f} | {min(times[name]):.0f} | {median / base:.2f} "
            f"| {status[name]} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
