"""A plain install works: the wheel carries its defaults and samples and runs from anywhere.

The wheel is built once from a copy of the sources and installed (without its
dependencies) into a new virtual environment, which sees this environment's
dependencies through a .pth file, so nothing is downloaded again.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(
    *command: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=cwd,
        env=env,
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for package in ("bot", "adapters", "summaries"):
        shutil.copytree(
            ROOT / package, source / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    out = tmp_path_factory.mktemp("dist")
    built = run(
        sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
        "-w", out, source,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    return next(out.glob("newsbot-*.whl"))


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin folder of a new virtual environment with the wheel installed."""
    folder = tmp_path_factory.mktemp("venv")
    made = run(sys.executable, "-m", "venv", "--without-pip", folder)
    assert made.returncode == 0, made.stderr
    [site] = (folder / "lib").glob("python3*/site-packages")
    ours = [p for p in sys.path if p.rstrip("/").endswith("site-packages")]
    (site / "test-dependencies.pth").write_text("\n".join(ours) + "\n")
    installed = run(
        sys.executable, "-m", "pip", "--python", folder / "bin" / "python",
        "install", "-q", "--no-deps", "--no-index", wheel,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    return folder / "bin"


def clean_env(home: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SLACK_", "DISCORD_", "NEWSBOT_", "PYTHON"))
    }
    env.update(HOME=str(home), TMPDIR=str(home / "tmp"), XDG_DATA_HOME=str(home / "data"))
    (home / "tmp").mkdir()
    return env


def test_the_wheel_carries_the_defaults_and_samples_under_bot(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "bot/data/default.toml" in names
    assert sum(n.startswith("bot/data/samples/") and n.endswith(".xml") for n in names) == 5
    assert "bot/data/samples/pages/harbor-gazette-alfama-fado-house-centenary.html" in names
    for backend in ("sqlite", "postgres"):
        assert f"bot/storage/{backend}/migrations/001_initial.sql" in names
    tops = {n.split("/", 1)[0] for n in names if not n.startswith("newsbot-")}
    assert tops == {"bot", "adapters", "summaries"}, "no top-level config, tests or bench"


def test_the_installed_demo_runs_from_any_folder(venv: Path, tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    result = run(venv / "newsbot", "demo", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert "Ingested the bundled samples: added 41" in result.stderr
    assert result.stdout.count("Daily digest:") == 2
    assert "Nothing stored answers that" not in result.stdout


def test_the_installed_settings_poll_no_sample_feeds(venv: Path, tmp_path: Path) -> None:
    result = run(venv / "newsbot", "check-config", cwd=tmp_path, env=clean_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["feeds"]["urls"] == []
    assert "warning" not in result.stderr
