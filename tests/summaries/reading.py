"""What a digest reader would object to, as small assertions shared by the summary tests."""

from __future__ import annotations

import re
from collections.abc import Sequence

_FIGURE_RE = re.compile(r"\d[\d,.:]*\d|\d")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
REFERENCE_OPENERS = ("He ", "She ", "They ", "It ", "Its ", "His ", "Her ", "However", "But ")


def stated_figures(line: str) -> set[str]:
    """Figures of two or more digits in ``line`` ("1,150" → "1150"), years left out."""
    out = set()
    for token in _FIGURE_RE.findall(line):
        digits = token.replace(",", "").rstrip(".")
        if len(digits) >= 2 and not _YEAR_RE.fullmatch(digits):
            out.add(digits)
    return out


def repeated_figures(lines: Sequence[str]) -> set[str]:
    """Figures stated by more than one of ``lines``."""
    seen: set[str] = set()
    repeated: set[str] = set()
    for line in lines:
        figures = stated_figures(line)
        repeated |= figures & seen
        seen |= figures
    return repeated


def assert_whole_or_marked(bullet: str, source_sentences: Sequence[str]) -> None:
    """A bullet is a whole source sentence, or a marked ("…") cut of one outside quotes."""
    assert bullet[:1].isupper() or bullet[:1].isdigit(), bullet
    assert bullet.count('"') % 2 == 0 and bullet.count("(") == bullet.count(")"), bullet
    if bullet.endswith("…"):
        head = bullet[:-1]
        assert head == head.rstrip(" ,;:–—-"), bullet
        assert any(s.startswith(head) and s != head for s in source_sentences), bullet
    else:
        assert bullet in source_sentences, bullet
        assert re.search(r"[.][\"”’)]*$", bullet), bullet
