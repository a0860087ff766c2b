"""DESIGN.md's dependency rule, checked on the import statements of every module."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLATFORM_LIBRARIES = {"discord", "slack_bolt", "slack_sdk"}


def imported_modules(package: str) -> dict[str, set[str]]:
    """Top-level module names imported by each file of a package."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        names: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = names
    return found


def test_summaries_import_nothing_of_bot_or_adapters() -> None:
    for path, names in imported_modules("summaries").items():
        assert not names & {"bot", "adapters"}, path
        assert not names & PLATFORM_LIBRARIES, path


def test_summaries_do_no_io_or_asyncio() -> None:
    for path, names in imported_modules("summaries").items():
        assert not names & {"asyncio", "aiosqlite", "sqlite3", "aiohttp", "socket"}, path


def test_bot_imports_no_adapter_or_platform_library() -> None:
    for path, names in imported_modules("bot").items():
        assert "adapters" not in names, path
        assert not names & PLATFORM_LIBRARIES, path


def test_adapters_use_only_the_models_of_the_core() -> None:
    """An adapter may import bot.models, bot.ports, bot.settings and bot.render, nothing else."""
    allowed = {"bot.models", "bot.ports", "bot.settings", "bot.render"}
    for path in sorted((ROOT / "adapters").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("bot"):
                assert node.module in allowed, f"{path}: imports {node.module}"
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("bot"):
                        assert alias.name in allowed, f"{path}: imports {alias.name}"


def test_the_rule_sees_imports() -> None:
    """Guard against a scanner that finds nothing: bot does import summaries."""
    assert any("summaries" in names for names in imported_modules("bot").values())


def test_the_status_page_reads_the_store_only_through_its_protocols() -> None:
    """No SQL in bot/web: no database library, no backend, nothing of storage but its ports."""
    allowed = {"bot.storage.ports", "bot.storage.records"}
    for path in sorted((ROOT / "bot" / "web").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            for name in names:
                assert name.split(".")[0] not in {"aiosqlite", "sqlite3", "psycopg"}, path
                if name.startswith("bot.storage"):
                    assert name in allowed, f"{path}: imports {name}"
