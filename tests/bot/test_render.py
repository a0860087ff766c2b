"""What replies say, whatever the platform: counts, echoed input, quoted topics, digests."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.models import Digest, DigestEntry
from bot.render import counted, digest_text, entry_text, more_text, quoted, shown


def test_counts_have_the_right_plural() -> None:
    assert [counted(n, "feed") for n in (0, 1, 2)] == ["0 feeds", "1 feed", "2 feeds"]
    assert [counted(n, "story") for n in (1, 5)] == ["1 story", "5 stories"]
    assert counted(1, "subscription") == "1 subscription"


def test_echoed_input_is_cut_with_an_ellipsis() -> None:
    assert shown("x" * 200) == "x" * 79 + "…"
    assert shown("a  b\nc", 10) == "a b c"


def test_topics_are_quoted_once() -> None:
    assert quoted('"water rationing"') == "“water rationing”"
    assert quoted('"central bank" -crypto') == "“‘central bank’ -crypto”"
    assert quoted("climate OR drought") == "“climate OR drought”"


def test_the_source_line_ends_with_the_date_and_the_link_has_its_own_line() -> None:
    entry = DigestEntry(
        1,
        "Portugal battles a rare November wildfire",
        "https://meridianwire.example.com/world/europe/2026/11/22/portugal-november-wildfire",
        "Meridian Wire — World Service",
        datetime(2026, 11, 22, tzinfo=UTC),
        ("A wildfire burned.",),
        (),
    )
    lines = entry_text(1, entry).splitlines()
    assert lines[1].strip() == "Meridian Wire — World Service · 22 Nov 2026"
    assert lines[2].strip() == entry.url
    assert not any(line.rstrip().endswith("·") for line in lines)


def test_a_cut_digest_says_how_to_see_the_rest() -> None:
    digest = Digest(
        "wildfire",
        "Daily digest: wildfire",
        (),
        more=28,
        more_hint="`/news search wildfire --since 2026-11-25` lists them",
    )
    assert more_text(digest) == (
        "…and 28 more stories — `/news search wildfire --since 2026-11-25` lists them."
    )
    assert more_text(Digest("x", "t", (), more=1)) == "…and 1 more story."
    assert "…and 28 more stories — " in digest_text(digest)
