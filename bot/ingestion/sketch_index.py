"""An inverted index over MinHash sketches: which stored sketches share slots with a new one.

Story grouping asks, for each new article, which recent articles' sketches agree
with its own in at least a few of the SKETCH_SIZE slots. Comparing with every
recent sketch costs O(recent) per article, so ingest slows as the database grows.
Here every stored sketch is kept as SKETCH_SIZE keys (slot, value) in one sorted
array, so a lookup is SKETCH_SIZE binary searches and touches only the sketches
that share a slot value. The counts are exact, the same as a full comparison.

New sketches go to a small block compared directly, merged into the sorted array
every MERGE_EVERY additions (a linear merge), so adding stays cheap.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from bot.ingestion.dedupe import SKETCH_SIZE

MERGE_EVERY = 1024
_SLOTS = np.arange(SKETCH_SIZE, dtype=np.uint64) << np.uint64(32)


def _keys(sketch: bytes) -> npt.NDArray[np.uint64]:
    return np.frombuffer(sketch, dtype=np.uint32).astype(np.uint64) | _SLOTS


class SketchIndex:
    """Sketches numbered 0, 1, 2, … in the order added; `shared` counts equal slots."""

    def __init__(self) -> None:
        self._keys: npt.NDArray[np.uint64] = np.empty(0, np.uint64)
        self._rows: npt.NDArray[np.int32] = np.empty(0, np.int32)
        self._block: npt.NDArray[np.uint32] = np.empty((MERGE_EVERY, SKETCH_SIZE), np.uint32)
        self._merged = 0  # sketches in the sorted array
        self._pending = 0  # sketches in the block after them

    def __len__(self) -> int:
        return self._merged + self._pending

    def add(self, sketch: bytes) -> None:
        """Add the next sketch (its number is the count before the call)."""
        if self._pending == MERGE_EVERY:
            self._merge()
        self._block[self._pending] = np.frombuffer(sketch, dtype=np.uint32)
        self._pending += 1

    def shared(
        self, sketch: bytes, least: int
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Numbers of the sketches sharing at least `least` (≥ 1) slots with this one, and
        how many slots each shares, in ascending number order."""
        keys = _keys(sketch)
        counts: npt.NDArray[np.int64] = np.zeros(len(self), np.int64)
        if self._merged:
            starts = np.searchsorted(self._keys, keys, side="left")
            ends = np.searchsorted(self._keys, keys, side="right")
            found = [self._rows[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]
            counts[: self._merged] = np.bincount(np.concatenate(found), minlength=self._merged)
        if self._pending:
            mine = np.frombuffer(sketch, dtype=np.uint32)
            counts[self._merged :] = (self._block[: self._pending] == mine[None, :]).sum(axis=1)
        numbers = np.flatnonzero(counts >= least)
        return numbers, counts[numbers]

    def _merge(self) -> None:
        block = self._block[: self._pending]
        keys = (block.astype(np.uint64) | _SLOTS[None, :]).ravel()
        numbers = np.arange(self._merged, self._merged + self._pending, dtype=np.int32)
        rows = np.repeat(numbers, SKETCH_SIZE)
        order = np.argsort(keys)
        keys, rows = keys[order], rows[order]
        at = np.searchsorted(self._keys, keys)
        self._keys = np.insert(self._keys, at, keys)
        self._rows = np.insert(self._rows, at, rows)
        self._merged += self._pending
        self._pending = 0
