"""Plain-text rendering of replies and digests, for the terminal and the CLI."""

from __future__ import annotations

import textwrap

from bot.models import Digest, DigestEntry, Reply, ReplyItem

WIDTH = 88


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
    meta = [entry.source]
    if entry.published_at:
        meta.append(f"{entry.published_at:%d %b %Y}")
    if entry.url:
        meta.append(entry.url)
    lines.append(_wrap(" · ".join(meta), "   "))
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
        parts.append(f"…and {digest.more} more stor{'y' if digest.more == 1 else 'ies'}.")
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
