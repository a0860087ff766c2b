"""IANA time zone names: the closest known name to a mistyped one."""

from __future__ import annotations

import difflib
from functools import lru_cache
from zoneinfo import available_timezones


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    return {name.lower(): name for name in available_timezones()}


def closest_zone(name: str) -> str | None:
    """The zone `name` most likely means (any case, small typos), or None."""
    exact = _zones().get(name.lower())
    if exact is not None:
        return exact
    guess = difflib.get_close_matches(name, list(_zones().values()), n=1, cutoff=0.6)
    return guess[0] if guess else None
