"""The sketch index finds exactly the sketches a full comparison finds, before and after merges."""

from __future__ import annotations

import numpy as np
import pytest

from bot.ingestion import sketch_index
from bot.ingestion.dedupe import SKETCH_SIZE, estimates, sketch_matrix
from bot.ingestion.sketch_index import SketchIndex


def _sketches(count: int, seed: int) -> list[bytes]:
    """Sketches over a small value range, so many share slots, some share most of them."""
    rng = np.random.default_rng(seed)
    base = rng.integers(0, 40, size=(count, SKETCH_SIZE), dtype=np.uint32)
    for i in range(1, count, 7):  # near copies of the one before
        keep = rng.random(SKETCH_SIZE) < 0.7
        base[i][keep] = base[i - 1][keep]
    return [row.tobytes() for row in base]


def test_counts_equal_a_full_comparison_across_merges(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sketch_index, "MERGE_EVERY", 16)  # several merges in 100 sketches
    stored = _sketches(100, 1)
    index = SketchIndex()
    for sketch in stored:
        index.add(sketch)
    assert len(index) == 100
    matrix = sketch_matrix(stored)
    for probe in _sketches(30, 2) + stored[:5]:
        full = np.rint(estimates(probe, matrix) * SKETCH_SIZE).astype(np.int64)
        for least in (1, 5, 11):
            numbers, counts = index.shared(probe, least)
            expected = np.flatnonzero(full >= least)
            assert numbers.tolist() == expected.tolist()
            assert counts.tolist() == full[expected].tolist()


def test_an_empty_index_finds_nothing() -> None:
    numbers, counts = SketchIndex().shared(_sketches(1, 3)[0], 1)
    assert numbers.size == 0 and counts.size == 0


def test_the_largest_slot_value_is_counted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Articles without content terms have every slot at 2**32 - 1.
    monkeypatch.setattr(sketch_index, "MERGE_EVERY", 2)
    empty = np.full(SKETCH_SIZE, 2**32 - 1, dtype=np.uint32).tobytes()
    other = _sketches(1, 4)[0]
    index = SketchIndex()
    for sketch in (empty, other, empty, other, empty):
        index.add(sketch)
    numbers, counts = index.shared(empty, 1)
    assert numbers.tolist() == [0, 2, 4] and counts.tolist() == [SKETCH_SIZE] * 3
