"""The stored fingerprint of an article: the value story grouping compares.

A plain value, apart from `bot.ingestion.dedupe` (which computes it with numpy),
so the store and the read-only commands can use it without loading numpy.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Fingerprint:
    """What grouping compares: a MinHash sketch and two hashed term sets (all bytes)."""

    sketch: bytes
    terms: bytes
    entities: bytes
