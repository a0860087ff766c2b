"""Chat adapters found through the `newsbot.adapters` entry points (see pyproject.toml).

The core never imports a platform: it asks each installed adapter's factory for an
adapter built from the settings. This module loads no platform library itself; a
factory imports its own only when its settings say it is wanted.
"""

from __future__ import annotations

import logging
from importlib.metadata import entry_points

from bot.ports import AdapterFactory, ChatAdapter
from bot.settings import Settings, SettingsError

log = logging.getLogger(__name__)

ADAPTER_GROUP = "newsbot.adapters"


def discover_adapters(settings: Settings, interactive: bool) -> list[ChatAdapter]:
    """Every installed adapter whose settings are present (the console always is).

    Raises SettingsError naming every adapter whose settings are incomplete.
    """
    found: list[ChatAdapter] = []
    problems: list[str] = []
    for point in sorted(entry_points(group=ADAPTER_GROUP), key=lambda p: p.name):
        try:
            factory: AdapterFactory = point.load()
        except (ImportError, AttributeError) as exc:
            log.warning("adapter %s is not installed properly: %s", point.name, exc)
            continue
        try:
            adapter = factory(settings, interactive=interactive)
        except SettingsError as exc:
            problems.extend(exc.problems)
            continue
        if adapter is not None:
            found.append(adapter)
    if problems:
        raise SettingsError(*problems)
    return found


def check_adapters(settings: Settings) -> list[str]:
    """What is wrong with the adapters' settings (tokens half set, say); [] when nothing."""
    try:
        discover_adapters(settings, interactive=False)
    except SettingsError as exc:
        return list(exc.problems)
    return []


def load_adapter(name: str, settings: Settings, *, interactive: bool) -> ChatAdapter:
    """One installed adapter by entry point name, whatever its settings say."""
    for point in entry_points(group=ADAPTER_GROUP, name=name):
        factory: AdapterFactory = point.load()
        adapter = factory(settings, interactive=interactive)
        if adapter is not None:
            return adapter
    raise RuntimeError(f"the {name} adapter is not installed or not configured")
