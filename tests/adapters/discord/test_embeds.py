"""Replies and digests out: embeds within Discord's limits, split across messages when needed."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from adapters.discord.embeds import (
    CONTENT,
    PALETTE,
    clip,
    digest_messages,
    embed_size,
    entry_embed,
    reply_messages,
    topic_colour,
    units,
)
from bot.models import Digest, DigestEntry, Reply, ReplyItem, SourceLink
from tests.adapters.discord.support import assert_valid, payload

PAYLOADS = Path(__file__).parent / "payloads"
WHEN = datetime(2026, 11, 25, 14, 30, tzinfo=UTC)


def entry(
    n: int, *, title: str = "", summary: str = "", facts: int = 2, also: int = 1
) -> DigestEntry:
    return DigestEntry(
        story_id=n,
        title=title or f"Story {n}",
        url=f"https://news.example.org/{n}",
        source="Meridian Wire",
        published_at=WHEN,
        summary=(summary or f"Summary of story {n}.",),
        facts=tuple(f"Fact {k} of story {n}." for k in range(facts)),
        also=tuple(SourceLink(f"Outlet {k}", f"https://o{k}.example/{n}") for k in range(also)),
    )


def test_a_story_is_one_embed_with_link_summary_facts_footer_colour_and_time() -> None:
    embed = entry_embed(entry(1, also=2), topic_colour("climate")).to_dict()
    assert embed["title"] == "Story 1"
    assert embed["url"] == "https://news.example.org/1"
    assert embed["description"] == (
        "Summary of story 1.\n• Fact 0 of story 1.\n• Fact 1 of story 1."
    )
    assert embed["footer"]["text"] == "Also covered by Outlet 0 and Outlet 1"
    assert embed["author"]["name"] == "Meridian Wire"
    assert embed["color"] == topic_colour("climate")
    assert datetime.fromisoformat(embed["timestamp"]) == WHEN


def test_recorded_digest_messages_match() -> None:
    digest = Digest(
        topic="wildfire OR drought",
        title="Daily digest: wildfire OR drought · Thu 26 Nov 2026",
        entries=(entry(1, also=2), entry(2, also=0, facts=0)),
        more=3,
    )
    rendered = [payload(m) for m in digest_messages(digest)]
    expected = json.loads((PAYLOADS / "digest_messages.json").read_text(encoding="utf-8"))
    assert rendered == expected


def test_topic_colour_is_stable_and_ignores_case_and_spacing() -> None:
    assert topic_colour("Climate  OR drought") == topic_colour("climate or drought")
    assert topic_colour("climate") in PALETTE
    # crc32 does not change between processes or Python versions (unlike hash()).
    assert topic_colour("climate") == PALETTE[989132023 % len(PALETTE)]  # zlib.crc32(b"climate")
    assert len({topic_colour(t) for t in ("a", "b", "c", "d", "e", "f", "g", "h")}) > 2


def test_huge_digest_is_split_into_valid_messages_in_order() -> None:
    entries = tuple(
        entry(
            n,
            title="Very long headline " * 30,
            summary="A long summary sentence about the story. " * 150,
            facts=40,
            also=200,
        )
        for n in range(23)
    )
    digest = Digest(topic="t", title="Huge digest", entries=entries, more=2)
    messages = digest_messages(digest)
    payloads = [payload(m) for m in messages]
    assert_valid(payloads)
    assert len(messages) > 1
    assert sum(len(m.embeds) for m in messages) == 23
    urls = [e.url for m in messages for e in m.embeds]
    assert urls == [f"https://news.example.org/{n}" for n in range(23)]
    assert messages[0].content == "**Huge digest**"
    assert messages[-1].content == "…and 2 more stories."
    for m in messages:
        assert len(m.embeds) <= 10
        assert sum(embed_size(e) for e in m.embeds) <= 6000
        for e in m.embeds:
            assert units(e.title or "") <= 256
            assert units(e.description or "") <= 4096
            assert units(e.footer.text or "") <= 2048
            assert (e.description or "").startswith("A long summary")


def test_eleven_small_stories_take_two_messages() -> None:
    messages = digest_messages(Digest("t", "Eleven", tuple(entry(n) for n in range(11))))
    assert [len(m.embeds) for m in messages] == [10, 1]
    assert_valid([payload(m) for m in messages])


def test_facts_are_dropped_whole_before_the_summary_is_cut() -> None:
    long_fact = "x" * 1000
    e = entry(1, summary="Short summary.", facts=0)
    e = DigestEntry(**{**e.__dict__, "facts": (long_fact,) * 6})
    description = entry_embed(e, 0).description or ""
    assert description.startswith("Short summary.")
    assert description.count("• ") == 4  # 4 whole facts fit in 4,096, the 5th does not
    assert all(line in ("Short summary.", "• " + long_fact) for line in description.split("\n"))


def test_an_empty_digest_is_one_plain_message() -> None:
    digest = Digest("t", "Daily digest: t", (), empty_text="No new stories on “t”.")
    (message,) = digest_messages(digest)
    assert message.embeds == ()
    assert message.content == "**Daily digest: t**\nNo new stories on “t”."


def test_clip_counts_utf16_units_so_emoji_never_overflow() -> None:
    text = "🔥" * 300  # 600 UTF-16 units
    clipped = clip(text, 256)
    assert units(clipped) <= 256 and clipped.endswith("…")
    assert clip("short", 256) == "short"
    embed = entry_embed(entry(1, title="🔥" * 300), 0)
    assert units(embed.title or "") <= 256


def test_reply_items_with_links_are_embeds_and_text_is_content() -> None:
    reply = Reply(
        text="Stories matching “fire” (page 1)",
        items=tuple(
            ReplyItem(
                title=f"Hit {n}",
                url=f"https://h.example/{n}",
                text="First sentence.",
                meta="Meridian Wire · 25 Nov 2026",
            )
            for n in range(12)
        ),
        footer="More: /news search fire --page 2",
    )
    messages = reply_messages(reply)
    assert_valid([payload(m) for m in messages])
    assert messages[0].content == "Stories matching “fire” (page 1)"
    assert [len(m.embeds) for m in messages] == [10, 2]
    assert messages[-1].content is None
    assert messages[-1].embeds[-1].footer.text == "More: /news search fire --page 2"
    first = messages[0].embeds[0].to_dict()
    assert first["url"] == "https://h.example/0"
    assert first["description"] == "First sentence.\n*Meridian Wire · 25 Nov 2026*"


def test_short_linkless_items_are_fields_of_one_embed() -> None:
    items = tuple(ReplyItem(title=f"/news cmd{n}", text=f"does {n}") for n in range(30))
    messages = reply_messages(Reply(text="Help", items=items, footer="Example: x"))
    assert_valid([payload(m) for m in messages])
    embeds = [e for m in messages for e in m.embeds]
    assert [len(e.fields) for e in embeds] == [25, 5]
    assert embeds[0].fields[0].name == "/news cmd0" and embeds[0].fields[0].value == "does 0"
    assert embeds[-1].footer.text == "Example: x" and messages[0].content == "Help"


def test_a_footer_without_items_stays_in_the_content() -> None:
    (message,) = reply_messages(Reply(text="Summary", footer="Example: y"))
    assert message.content == "Summary\nExample: y"


def test_errors_are_marked_and_kept_to_content() -> None:
    (message,) = reply_messages(Reply(text="unknown command `x`", error=True))
    assert message.content == "⚠️ unknown command `x`"
    assert message.embeds == ()


def test_long_reply_text_is_clipped_to_the_content_limit() -> None:
    (message,) = reply_messages(Reply(text="word " * 1000))
    assert message.content is not None and units(message.content) <= CONTENT


def test_a_digest_reply_renders_as_a_digest() -> None:
    digest = Digest("t", "Top stories · Thu", (entry(1),))
    messages = reply_messages(Reply(text=digest.title, digest=digest, ephemeral=False))
    assert messages[0].content == "**Top stories · Thu**"
    assert len(messages[0].embeds) == 1


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://x.example/a", None])
def test_only_http_links_are_used(url: str | None) -> None:
    e = DigestEntry(1, "T", url, "S", None, ("s",), ())
    assert entry_embed(e, 0).url is None


def test_a_cut_digest_says_how_to_see_the_rest() -> None:
    cut = Digest(
        topic="t",
        title="Digest",
        entries=(entry(1),),
        more=1,
        more_hint="`/news search t --since 2026-11-25` lists it",
    )
    assert digest_messages(cut)[-1].content == (
        "**Digest**\n…and 1 more story — `/news search t --since 2026-11-25` lists it."
    )
