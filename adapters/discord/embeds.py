"""Discord rendering: `Digest` and `Reply` values → messages of embeds within Discord's limits.

One embed per story: the title linked to the article, the summary and "• fact"
lines in the description, the outlet as the author, "Also covered by …" in the
footer, the publication time as the timestamp and a colour per topic. Messages
keep to Discord's limits (10 embeds, 6,000 embed characters, 2,000 content
characters); longer digests are split across several messages. Lengths are
counted in UTF-16 code units, which is never less than Discord's own count.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import discord

from bot.models import Digest, DigestEntry, Reply, ReplyItem
from bot.render import more_text

TITLE = 256
DESCRIPTION = 4096
FOOTER = 2048
AUTHOR = 256
FIELD_NAME = 256
FIELD_VALUE = 1024
FIELDS = 25
EMBEDS_PER_MESSAGE = 10
EMBED_CHARS_PER_MESSAGE = 6000
CONTENT = 2000

# Readable on both light and dark themes; a topic always gets the same one.
PALETTE = (
    0x1F77B4, 0xD62728, 0x2CA02C, 0x9467BD, 0xFF7F0E, 0x17BECF,
    0xE377C2, 0x8C564B, 0xBCBD22, 0x3B6EA5, 0xC0392B, 0x16A085,
)  # fmt: skip
NEUTRAL = 0x5865F2


@dataclass(frozen=True)
class Message:
    """One Discord message to send: optional content and up to 10 embeds."""

    content: str | None
    embeds: tuple[discord.Embed, ...] = ()


def units(text: str) -> int:
    """Length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` units, ending in "…" when cut."""
    if units(text) <= limit:
        return text
    cut = text[: max(0, limit - 1)]
    while cut and units(cut) > limit - 1:
        cut = cut[:-1]
    return cut.rstrip() + "…"


def embed_size(embed: discord.Embed) -> int:
    """What counts toward the 6,000 characters of a message (Discord's rule), in units."""
    total = units(embed.title or "") + units(embed.description or "")
    total += sum(units(f.name or "") + units(f.value or "") for f in embed.fields)
    total += units(embed.footer.text or "") + units(embed.author.name or "")
    return total


def topic_colour(topic: str) -> int:
    """A stable colour for a topic (the same in every process, unlike hash())."""
    key = " ".join(topic.lower().split())
    return PALETTE[zlib.crc32(key.encode("utf-8")) % len(PALETTE)]


def _http(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _join_fitting(head: str, lines: Sequence[str], limit: int) -> str:
    """`head` and as many whole `lines` as fit in `limit`; `head` is clipped if it alone is over."""
    text = clip(head, limit)
    for line in lines:
        candidate = f"{text}\n{line}" if text else line
        if units(candidate) > limit:
            break
        text = candidate
    return text


def also_text(entry: DigestEntry) -> str:
    """The footer "Also covered by A, B and C" (empty when one outlet carried the story)."""
    names = list(dict.fromkeys(o.source for o in entry.also if o.source))
    if not names:
        return ""
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return clip(f"Also covered by {listed}", FOOTER)


def entry_embed(entry: DigestEntry, colour: int) -> discord.Embed:
    """One story as an embed within every per-embed limit (and within 6,000 on its own)."""
    title = clip(entry.title.strip() or "(untitled)", TITLE)
    footer = also_text(entry)
    author = clip(entry.source, AUTHOR) if entry.source else ""
    room = min(DESCRIPTION, EMBED_CHARS_PER_MESSAGE - units(title) - units(footer) - units(author))
    description = _join_fitting(" ".join(entry.summary), [f"• {f}" for f in entry.facts], room)
    embed = discord.Embed(
        title=title,
        url=_http(entry.url),
        description=description or None,
        colour=colour,
        timestamp=_aware(entry.published_at),
    )
    if author:
        embed.set_author(name=author)
    if footer:
        embed.set_footer(text=footer)
    return embed


def pack(embeds: Iterable[discord.Embed]) -> list[list[discord.Embed]]:
    """Embeds grouped into messages of at most 10 embeds and 6,000 characters, in order."""
    groups: list[list[discord.Embed]] = []
    current: list[discord.Embed] = []
    size = 0
    for embed in embeds:
        n = embed_size(embed)
        if current and (len(current) == EMBEDS_PER_MESSAGE or size + n > EMBED_CHARS_PER_MESSAGE):
            groups.append(current)
            current, size = [], 0
        current.append(embed)
        size += n
    if current:
        groups.append(current)
    return groups


def _messages(first: str, embeds: list[discord.Embed], last: str = "") -> list[Message]:
    """Content `first` on the first message, `last` on the last, embeds packed between."""
    groups = pack(embeds)
    if not groups:
        text = "\n".join(t for t in (first, last) if t)
        return [Message(clip(text, CONTENT) or "\u200b")]
    out = [Message(None, tuple(g)) for g in groups]
    out[0] = Message(clip(first, CONTENT) or None, out[0].embeds)
    if last:
        head = out[-1].content
        out[-1] = Message(clip(f"{head}\n{last}" if head else last, CONTENT), out[-1].embeds)
    return out


def digest_messages(digest: Digest) -> list[Message]:
    """A digest as one or more messages: the title, then one embed per story."""
    heading = f"**{digest.title}**"
    if not digest.entries:
        return _messages(heading, [], digest.empty_text)
    colour = topic_colour(digest.topic)
    embeds = [entry_embed(entry, colour) for entry in digest.entries]
    return _messages(heading, embeds, more_text(digest))


def _item_description(item: ReplyItem) -> str:
    head = "\n".join(t for t in (item.text, f"*{item.meta}*" if item.meta else "") if t)
    return _join_fitting(head, [f"• {b}" for b in item.bullets], DESCRIPTION)


def item_embed(item: ReplyItem, colour: int = NEUTRAL) -> discord.Embed:
    """A reply item (search hit, answer sentence, summary, feed) as an embed."""
    return discord.Embed(
        title=clip(item.title.strip() or "(untitled)", TITLE),
        url=_http(item.url),
        description=_item_description(item) or None,
        colour=colour,
    )


def list_embeds(items: Sequence[ReplyItem], colour: int = NEUTRAL) -> list[discord.Embed]:
    """Short link-less items (help, subscriptions) as fields: 25 to an embed, within 6,000."""
    embeds: list[discord.Embed] = []
    embed, size = discord.Embed(colour=colour), 0
    for item in items:
        value = "\n".join(t for t in (item.text, f"*{item.meta}*" if item.meta else "") if t)
        name = clip(item.title.strip() or "\u200b", FIELD_NAME)
        value = clip(value or "\u200b", FIELD_VALUE)
        n = units(name) + units(value)
        if embed.fields and (len(embed.fields) == FIELDS or size + n > EMBED_CHARS_PER_MESSAGE):
            embeds.append(embed)
            embed, size = discord.Embed(colour=colour), 0
        embed.add_field(name=name, value=value, inline=False)
        size += n
    if embed.fields:
        embeds.append(embed)
    return embeds


def reply_messages(reply: Reply) -> list[Message]:
    """A reply as messages: its text as content, items as embeds, the footer last."""
    if reply.digest is not None and reply.digest.entries:
        return digest_messages(reply.digest)
    text = ("⚠️ " if reply.error else "") + reply.text
    compact = all(not i.url and not i.bullets and units(i.text) <= 300 for i in reply.items)
    embeds = list_embeds(reply.items) if compact else [item_embed(i) for i in reply.items]
    footer = reply.footer
    if embeds and footer and units(footer) <= FOOTER:
        last = embeds[-1]
        if embed_size(last) + units(footer) <= EMBED_CHARS_PER_MESSAGE:
            # Below the list, where "More: …" and examples read naturally.
            last.set_footer(text=footer)
            footer = ""
    return _messages(text, embeds, footer)
