"""Block Kit out: digests and replies rendered within Slack's limits, compared to recorded JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from adapters.slack.blocks import render_digest, render_reply, split_text
from bot.models import Digest, DigestEntry, Reply, ReplyItem, SourceLink
from tests.adapters.slack.blockkit import check_message, texts, utf16

PAYLOADS = Path(__file__).parent / "payloads"
WHEN = datetime(2026, 11, 26, 7, 30, tzinfo=UTC)


def entry(n: int, *, summary: tuple[str, ...] | None = None, also: int = 2) -> DigestEntry:
    return DigestEntry(
        story_id=n,
        title=f"Story {n}: Palmyra & the <desert> road",
        url=f"https://news.example.org/{n}?a=1&b=2",
        source="Meridian Wire",
        published_at=WHEN,
        summary=summary or (f"First sentence of story {n}.", "Second sentence."),
        facts=("Fact one: 3 < 4.", "Fact two."),
        also=tuple(SourceLink(f"Outlet {k}", f"https://o{k}.example.org/{n}") for k in range(also)),
    )


def digest(count: int, **options: object) -> Digest:
    return Digest(
        topic="palmyra",
        title="Daily digest: palmyra · Thu 26 Nov 2026",
        entries=tuple(entry(n, **options) for n in range(1, count + 1)),  # type: ignore[arg-type]
    )


def test_a_digest_renders_as_the_recorded_block_kit_message() -> None:
    two = Digest(
        topic="palmyra",
        title="Daily digest: palmyra · Thu 26 Nov 2026",
        entries=(entry(1), entry(2, also=0)),
        more=3,
    )
    [message] = render_digest(two)

    recorded = json.loads((PAYLOADS / "digest_message.json").read_text())
    assert message.payload() == recorded
    check_message(message.payload())


def test_a_story_has_link_summary_facts_sources_and_a_divider() -> None:
    [message] = render_digest(digest(2))
    blocks = check_message(message.payload())

    assert [b["type"] for b in blocks] == [
        "header",
        "section",
        "context",
        "divider",
        "section",
        "context",
    ]
    assert blocks[0]["text"]["text"] == "Daily digest: palmyra · Thu 26 Nov 2026"
    story = blocks[1]["text"]["text"]
    assert story.startswith(
        "*<https://news.example.org/1?a=1&amp;b=2|Story 1: Palmyra &amp; the &lt;desert&gt; road>*"
    )
    assert "First sentence of story 1. Second sentence." in story
    assert "\n• Fact one: 3 &lt; 4.\n• Fact two." in story
    meta = blocks[2]["elements"][0]["text"]
    assert meta == (
        "Meridian Wire · 26 Nov 2026 · also covered by "
        "<https://o0.example.org/1|Outlet 0>, <https://o1.example.org/1|Outlet 1>"
    )
    assert "Palmyra" in message.text and "2 stories" in message.text


def test_a_long_digest_is_split_at_50_blocks_without_splitting_a_story() -> None:
    messages = render_digest(digest(30))

    assert len(messages) == 2
    for message in messages:
        blocks = check_message(message.payload())
        assert blocks[-1]["type"] != "divider"
    first, second = (m.payload()["blocks"] for m in messages)
    assert first[0]["type"] == "header"
    assert second[0]["type"] == "section"  # a story starts the continuation
    stories = [b for m in messages for b in m.blocks if b["type"] == "section"]
    assert len(stories) == 30
    assert "(continued, 2/2)" in messages[1].text


def test_text_over_3000_characters_is_split_into_several_sections() -> None:
    long_summary = tuple(f"Sentence {i} with some words about the road & more." for i in range(150))
    [message] = render_digest(digest(1, summary=long_summary))
    blocks = check_message(message.payload())

    sections = [b for b in blocks if b["type"] == "section"]
    assert len(sections) >= 3
    joined = " ".join(b["text"]["text"] for b in sections)
    assert "Sentence 0 with" in joined and "Sentence 149 with" in joined


def test_splitting_never_cuts_a_link_or_an_entity() -> None:
    text = " ".join(["<https://example.org/x|a long &amp; linked title>"] * 300)
    pieces = split_text(text, 500)

    assert all(utf16(p) <= 500 for p in pieces)
    for piece in pieces:
        assert piece.count("<") == piece.count(">")
        assert piece.count("&amp;") == piece.count("&")


def test_emoji_count_twice_toward_the_limit() -> None:
    pieces = split_text("📰 " * 2000)
    assert all(utf16(p) <= 3000 for p in pieces)
    assert len(pieces) == 2


def test_a_very_long_title_is_shortened_for_the_header() -> None:
    [message] = render_digest(Digest("t", "T" * 400, (entry(1),)))
    blocks = check_message(message.payload())
    assert blocks[0]["text"]["text"].endswith("…")


def test_an_empty_digest_says_so() -> None:
    [message] = render_digest(
        Digest("t", "Daily digest: t", (), empty_text="No new stories on “t” since yesterday.")
    )
    blocks = check_message(message.payload())
    assert "No new stories" in texts(blocks)


def test_a_reply_renders_text_items_and_footer() -> None:
    reply = Reply(
        text="Stories matching “a & b” (page 1)",
        items=(
            ReplyItem(
                "Harbour reopens", "https://example.org/h", "Ships are back.", "Harbor Gazette"
            ),
            ReplyItem("No link", None, "", "", bullets=("one", "two")),
        ),
        footer="More: /news search a & b --page 2",
    )
    [message] = render_reply(reply)
    blocks = check_message(message.payload())

    assert [b["type"] for b in blocks] == ["section", "section", "context", "section", "context"]
    assert blocks[0]["text"]["text"] == "Stories matching “a &amp; b” (page 1)"
    assert blocks[1]["text"]["text"] == "*<https://example.org/h|Harbour reopens>*\nShips are back."
    assert blocks[3]["text"]["text"] == "*No link*\n• one\n• two"
    assert blocks[4]["elements"][0]["text"] == "More: /news search a &amp; b --page 2"
    assert message.text == "Stories matching “a &amp; b” (page 1)"


def test_an_error_reply_is_marked() -> None:
    [message] = render_reply(Reply(text="Usage: /news subscribe <topic>", error=True))
    assert message.blocks[0]["text"]["text"] == ":warning: Usage: /news subscribe &lt;topic&gt;"


def test_a_reply_with_many_items_is_split() -> None:
    items = tuple(
        ReplyItem(f"#{n} topic", None, "daily at 08:00 UTC", "next Fri") for n in range(40)
    )
    messages = render_reply(Reply(text="This channel has 40 subscription(s).", items=items))
    assert len(messages) == 2
    for message in messages:
        check_message(message.payload())


def test_a_digest_reply_renders_the_digest() -> None:
    reply = Reply(text="Top stories", digest=digest(1), ephemeral=False)
    [message] = render_reply(reply)
    assert message.blocks[0]["type"] == "header"


def test_a_cut_digest_says_how_to_see_the_rest() -> None:
    cut = Digest(
        topic="palmyra",
        title="Daily digest: palmyra",
        entries=(entry(1),),
        more=28,
        more_hint="`/news search palmyra --since 2026-11-25` lists them",
    )
    [message] = render_digest(cut)
    last = message.payload()["blocks"][-1]["elements"][0]["text"]
    assert last == "…and 28 more stories — `/news search palmyra --since 2026-11-25` lists them."
