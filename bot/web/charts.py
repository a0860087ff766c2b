"""Small bar charts as inline SVG, drawn on the server: no script, no CDN, works offline.

`bar_chart` takes one count per day (zeros included, oldest first) and returns SVG
markup with a title and a text summary for screen readers, a tooltip per bar, the
largest count on the axis and the first, middle and last dates below it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from html import escape

from markupsafe import Markup

from bot.storage.records import DayCount

WIDTH, HEIGHT = 600, 170
LEFT, RIGHT, TOP, BOTTOM = 44, 8, 12, 26
GAP = 2


def every_day(counts: Sequence[DayCount], first: date, last: date) -> list[DayCount]:
    """One entry per day from `first` to `last`, zeros where `counts` has none."""
    known = {c.day: c.count for c in counts}
    days = (last - first).days + 1
    return [
        DayCount(first + timedelta(days=n), known.get(first + timedelta(days=n), 0))
        for n in range(max(0, days))
    ]


def _label(day: date) -> str:
    return f"{day.day} {day:%b}"


def bar_chart(days: Sequence[DayCount], *, title: str, unit: str, css_class: str = "") -> Markup:
    """An SVG bar chart of counts per day, every value escaped."""
    total = sum(d.count for d in days)
    peak = max((d.count for d in days), default=0)
    busiest = max(days, key=lambda d: d.count) if days and peak else None
    summary = f"{total:,} {unit} in {len(days)} days" + (
        f"; most on {_label(busiest.day)} ({busiest.count:,})" if busiest else ""
    )
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / max(1, len(days))
    scale = plot_h / peak if peak else 0.0
    parts = [
        f'<svg class="chart {escape(css_class)}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-label="{escape(title)}: {escape(summary)}" '
        f'xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
        f"<desc>{escape(summary)}</desc>",
        f'<line class="axis" x1="{LEFT}" y1="{TOP + plot_h}" x2="{WIDTH - RIGHT}" '
        f'y2="{TOP + plot_h}"/>',
        f'<line class="grid" x1="{LEFT}" y1="{TOP}" x2="{WIDTH - RIGHT}" y2="{TOP}"/>',
        f'<text class="tick" x="{LEFT - 6}" y="{TOP + 4}" text-anchor="end">{peak:,}</text>',
        f'<text class="tick" x="{LEFT - 6}" y="{TOP + plot_h + 4}" text-anchor="end">0</text>',
    ]
    for n, day in enumerate(days):
        height = day.count * scale
        x = LEFT + n * slot + GAP / 2
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{TOP + plot_h - height:.1f}" '
            f'width="{max(1.0, slot - GAP):.1f}" height="{height:.1f}">'
            f"<title>{escape(day.day.isoformat())}: {day.count:,} {escape(unit)}</title></rect>"
        )
    for n in sorted({0, len(days) // 2, len(days) - 1}) if days else []:
        anchor = "start" if n == 0 else "end" if n == len(days) - 1 else "middle"
        x = LEFT + n * slot + (0 if anchor == "start" else slot if anchor == "end" else slot / 2)
        parts.append(
            f'<text class="tick" x="{x:.1f}" y="{HEIGHT - 8}" text-anchor="{anchor}">'
            f"{escape(_label(days[n].day))}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
