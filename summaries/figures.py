"""Figures a sentence states, so that a summary never states one twice.

A digest that says "4,800 hectares" in its summary and again in a bullet, or "13%"
in two sentences, tells the reader the same thing twice. :func:`figures` reads the
figures of a sentence as values, so that different spellings of one figure match:
"1,150" and "1150", "€4.2bn" and "4.2 billion euros", "3.5%" and "3.50 percent".

What counts as a figure: amounts and counts of 10 or more, any decimal, percentage,
money amount or amount with "million"/"billion", clock times ("10:42"), scores and
votes ("7-2", "27-24") and ratings ("5/10"). What does not: years standing alone
(1900–2099), days of the month ("Nov 22", "22 November") and bare counts under 10,
which recur in unrelated facts ("two villages", "5 to 10").

Two figures are the same when they have the same kind and value, or when one is
hedged ("about", "more than", "some" …), both are at least 100, and they differ by
at most 5 % ("more than 1,100 residents" and "1,150 people").
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Figure(NamedTuple):
    """One stated figure: its kind ("n" amount, "%", "t" time, "s" score, "r" rating)."""

    kind: str
    value: float
    hedged: bool


_MULTIPLIERS = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
_HEDGES = frozenset(
    [
        "about",
        "around",
        "some",
        "nearly",
        "almost",
        "roughly",
        "approximately",
        "over",
        "under",
        "more than",
        "less than",
        "fewer than",
        "at least",
        "up to",
        "close to",
        "just over",
        "just under",
    ]
)
# Scanning for digits first and matching the full pattern only there is several times
# faster than letting the full pattern scan the sentence.
_DIGITS_RE = re.compile(r"\d[\d,.:/-]*")
_CURRENCY = "$£€¥"
_FIGURE_RE = re.compile(
    r"(?P<cur>[$£€¥])?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:(?P<time>:\d{2})|(?P<score>-\d{1,3}(?![\d-]))|(?P<rating>/\d{1,3}(?!\d)))?"
    r"(?:\s?(?P<mult>thousand|million|billion|trillion|bn|mn|tn|[kmb])\b)?"
    r"(?P<pct>\s?(?:%|percent\b|per\s?cent\b))?",
    re.I,
)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_MONTH_BEFORE_RE = re.compile(_MONTHS + r"\s$", re.I)
_MONTH_AFTER_RE = re.compile(r"(?:st|nd|rd|th)?(?:\sof)?\s" + _MONTHS + r"(?![a-z])", re.I)
_HEDGED_CLOSE = 0.05


def figures(text: str) -> frozenset[Figure]:
    """The figures ``text`` states (see the module docstring); empty without digits."""
    found: set[Figure] = set()
    for token in _DIGITS_RE.finditer(text):
        start = token.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in ".,"):
            continue  # inside a token ("B52", "v2.1")
        m = _FIGURE_RE.match(text, start - 1 if start and text[start - 1] in _CURRENCY else start)
        if m is None:
            continue
        num = m.group("num")
        # Only figures of 100 or more are matched loosely when hedged (same_figure).
        hedged = len(num) >= 3 and _is_hedged(text, m.start())
        if m.group("time"):
            found.add(Figure("t", float(num) * 100 + int(m.group("time")[1:]), hedged))
            continue
        if m.group("score"):
            if len(num) > 3:
                continue  # a span of years ("2027-28"), not a score
            found.add(Figure("s", float(num) * 1000 + int(m.group("score")[1:]), hedged))
            continue
        if m.group("rating"):
            found.add(Figure("r", float(num) * 1000 + int(m.group("rating")[1:]), hedged))
            continue
        value = float(num.replace(",", ""))
        mult = m.group("mult")
        if mult:
            value *= _MULTIPLIERS[mult.lower()]
        if m.group("pct"):
            found.add(Figure("%", value, hedged))
            continue
        plain = not (m.group("cur") or mult or "." in num or "," in num)
        if plain and (value < 10 or (1900 <= value <= 2099 and len(num) == 4)):
            continue
        if plain and value <= 31 and _is_day_of_month(text, m.start("num"), m.end("num")):
            continue
        found.add(Figure("n", value, hedged))
    return frozenset(found)


def _is_hedged(text: str, start: int) -> bool:
    """True when "about", "more than", … comes just before ``start``."""
    before = text[max(0, start - 20) : start].lower().split()
    return bool(before) and (
        before[-1] in _HEDGES or (len(before) > 1 and f"{before[-2]} {before[-1]}" in _HEDGES)
    )


def _is_day_of_month(text: str, start: int, end: int) -> bool:
    return bool(
        _MONTH_BEFORE_RE.search(text[max(0, start - 11) : start])
        or _MONTH_AFTER_RE.match(text, end, min(len(text), end + 16))
    )


def same_figure(a: Figure, b: Figure) -> bool:
    """True when two figures state the same thing (module docstring)."""
    if a.kind != b.kind:
        return False
    if a.value == b.value:
        return True
    if not (a.hedged or b.hedged) or min(a.value, b.value) < 100:
        return False
    return abs(a.value - b.value) <= _HEDGED_CLOSE * max(a.value, b.value)


def shares_figure(a: frozenset[Figure], b: frozenset[Figure]) -> bool:
    """True when any figure of ``a`` is the same as one of ``b``."""
    if not a or not b:
        return False
    if a & b:
        return True
    return any(same_figure(x, y) for x in a for y in b)
