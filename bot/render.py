"""Plain-text rendering of replies and digests, for the terminal and the CLI, and the
wording every adapter shares: counts with their plural, user input echoed, quoted
topics and the line under a digest that was cut short."""

from __future__ import annotations

import re
import textwrap

from bot.models import Digest, DigestEntry, Reply, ReplyItem

WIDTH = 88
SHOWN_CHARS = 80
_IRREGULAR = {"story": "stories", "summary": "summaries", "reply": "replies"}
_PHRASE = re.compile(r'"([^"]*)"')


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """`1 feed`, `2 feeds`, `1 story`, `0 stories`."""
    if count == 1:
        return f"{count} {noun}"
    return f"{count} {plural or _IRREGULAR.get(noun, noun + 's')}"


def shown(text: str, limit: int = SHOWN_CHARS) -> str:
    """User input echoed in a reply: one line, at most `limit` characters, marked when cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def quoted(text: str, limit: int = SHOWN_CHARS) -> str:
    """A topic or query in quotation marks, never doubled: `“water rationing”`, and
    `“‘central bank’ -crypto”` for a topic with a quoted phrase inside."""
    text = shown(text, limit)
    whole = _PHRASE.fullmatch(text)
    if whole:
        text = whole.group(1)
    text = _PHRASE.sub(lambda m: f"‘{m.group(1)}’", text)
    return f"“{text}”"


def more_text(digest: Digest) -> str:
    """The line under a digest that holds more stories than it shows, with how to see them."""
    if not digest.more:
        return ""
    line = f"…and {counted(digest.more, 'more story', 'more stories')}"
    return f"{line} — {digest.more_hint}." if digest.more_hint else f"{line}."


def _wrap(text: str, indent: str, first: str | None = None) -> str:
    return textwrap.fill(
        text,
        width=WIDTH,
        initial_indent=first if first is not None else indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def entry_text(number: int, entry: DigestEntry) -> str:
    """One digest story: headline, source line, summary, facts, other outlets."""
    lines = [_wrap(entry.title, "   ", f"{number}. ")]
    meta = [entry.source] if entry.source.strip() else []
    if entry.published_at:
        meta.append(f"{entry.published_at:%d %b %Y}")
    if meta:
        lines.append(_wrap(" · ".join(meta), "   "))
    if entry.url:
        lines.append(_wrap(entry.url, "   "))
    if entry.summary:
        lines.append(_wrap(" ".join(entry.summary), "   "))
    lines.extend(_wrap(fact, "     ", "   • ") for fact in entry.facts)
    if entry.also:
        others = ", ".join(f"{o.source} ({o.url})" if o.url else o.source for o in entry.also)
        lines.append(_wrap(f"Also covered by {others}", "   "))
    return "\n".join(lines)


def digest_text(digest: Digest) -> str:
    """A whole digest as readable text."""
    rule = "═" * min(WIDTH, len(digest.title) + 8)
    parts = [rule, f"    {digest.title}", rule]
    if not digest.entries:
        parts.append(digest.empty_text)
    for number, entry in enumerate(digest.entries, 1):
        parts.append("")
        parts.append(entry_text(number, entry))
    if digest.more:
        parts.append("")
        parts.append(_wrap(more_text(digest), ""))
    return "\n".join(parts)


def item_text(item: ReplyItem) -> str:
    """One reply item: title (and link), text, meta line, bullets."""
    head = item.title + (f" <{item.url}>" if item.url else "")
    lines = [_wrap(head, "    ", "  - ")]
    if item.text:
        lines.append(_wrap(item.text, "    "))
    if item.meta:
        lines.append(_wrap(item.meta, "    "))
    lines.extend(_wrap(b, "      ", "    • ") for b in item.bullets)
    return "\n".join(lines)


def reply_text(reply: Reply) -> str:
    """A reply as text; a digest reply renders the whole digest."""
    if reply.digest is not None:
        return digest_text(reply.digest)
    parts = [("⚠ " if reply.error else "") + reply.text]
    parts.extend(item_text(item) for item in reply.items)
    if reply.footer:
        parts.append(reply.footer)
    return "\n".join(parts)
