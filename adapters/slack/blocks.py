"""Block Kit rendering of `Reply` and `Digest` values, split to Slack's message limits.

A message holds at most 50 blocks, a section or context text at most 3,000
characters and a header at most 150. Longer output becomes several messages;
one story is never split across two of them. Every message keeps a plain-text
fallback `text`, which Slack shows in notifications.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.models import Digest, DigestEntry, Reply, ReplyItem
from bot.render import counted, more_text

MAX_BLOCKS = 50
MAX_TEXT = 3000
MAX_HEADER = 150
MAX_FALLBACK = 1000
MAX_TITLE = 250
MAX_ALSO = 1500

Block = dict[str, Any]

# A link or mention token `<…>` is atomic; so is an entity like `&amp;`.
_WORD = re.compile(r"(?:<[^<>]*>|[^\s<])+|<")
_ENTITY_TAIL = re.compile(r"&[a-z]{0,4}$")
_URL_UNSAFE = {" ": "%20", "<": "%3C", ">": "%3E", "|": "%7C", '"': "%22"}


@dataclass(frozen=True)
class Message:
    """One Slack message: the notification fallback `text` and its blocks."""

    text: str
    blocks: tuple[Block, ...]

    def payload(self) -> dict[str, Any]:
        """The `text` and `blocks` fields as chat.postMessage and response_url take them."""
        return {"text": self.text, "blocks": list(self.blocks)}


def size(text: str) -> int:
    """Length as Slack counts it (UTF-16 code units, so an emoji counts 2)."""
    return len(text.encode("utf-16-le")) // 2


def escape(text: str) -> str:
    """Escape the three characters Slack's mrkdwn reserves: &, < and >."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _clip(text: str, limit: int) -> str:
    text = _one_line(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def link(url: str | None, label: str) -> str:
    """A mrkdwn link `<url|label>`; only the label (escaped) when the URL is not http(s)."""
    label = escape(_clip(label, MAX_TITLE)) or "link"
    if not url or not re.match(r"^https?://\S+$", url, re.IGNORECASE) or len(url) > 2000:
        return label
    safe = "".join(_URL_UNSAFE.get(ch, ch) for ch in url).replace("&", "&amp;")
    return f"<{safe}|{label}>"


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Cut mrkdwn into pieces of at most `limit`, at line breaks, else between words.

    Links and entities are never cut; a single word longer than the limit is.
    """
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        words = _WORD.findall(line)
        if not words:  # a blank line: keep the paragraph break
            if current and size(current) < limit:
                current += "\n"
            continue
        for index, word in enumerate(words):
            sep = ("\n" if index == 0 else " ") if current else ""
            if size(current) + size(sep) + size(word) <= limit:
                current += sep + word
                continue
            pieces.append(current)
            while size(word) > limit:
                cut = _hard_cut(word, limit)
                pieces.append(word[:cut])
                word = word[cut:]
            current = word
    pieces.append(current)
    return [p.strip("\n") for p in pieces if p.strip()]


def _hard_cut(word: str, limit: int) -> int:
    cut = limit
    while size(word[:cut]) > limit:
        cut -= 1
    tail = _ENTITY_TAIL.search(word[:cut])
    if tail and tail.start() > 0:
        cut = tail.start()
    return cut


def header(text: str) -> Block:
    """A header block (plain text, at most 150 characters)."""
    return {
        "type": "header",
        "text": {"type": "plain_text", "text": _clip(text, MAX_HEADER) or "newsbot", "emoji": True},
    }


def sections(mrkdwn: str) -> list[Block]:
    """One section per 3,000 characters of mrkdwn (none for empty text)."""
    return [
        {"type": "section", "text": {"type": "mrkdwn", "text": piece}}
        for piece in split_text(mrkdwn)
    ]


def context(mrkdwn: str) -> list[Block]:
    """A context line (empty text gives no block)."""
    pieces = split_text(mrkdwn)
    if not pieces:
        return []
    return [{"type": "context", "elements": [{"type": "mrkdwn", "text": p} for p in pieces[:10]]}]


DIVIDER: Block = {"type": "divider"}


# -- digests -----------------------------------------------------------------


def story_blocks(entry: DigestEntry) -> list[Block]:
    """One story: linked title, summary and facts; the sources line; a divider."""
    lines = [f"*{link(entry.url, entry.title)}*"]
    if entry.summary:
        lines.append(escape(" ".join(_one_line(s) for s in entry.summary)))
    lines.extend(f"• {escape(_one_line(fact))}" for fact in entry.facts)
    return [*sections("\n".join(lines)), *context(story_meta(entry)), DIVIDER]


def story_meta(entry: DigestEntry) -> str:
    """`Source · 26 Nov 2026 · also covered by <url|Other>, …` (long lists are cut short)."""
    parts = [escape(_clip(entry.source, MAX_TITLE))] if entry.source.strip() else []
    if entry.published_at is not None:
        parts.append(f"{entry.published_at:%d %b %Y}")
    if entry.also:
        names: list[str] = []
        used = 0
        for other in entry.also:
            name = link(other.url, other.source)
            if used + size(name) > MAX_ALSO:
                break
            names.append(name)
            used += size(name) + 2
        rest = len(entry.also) - len(names)
        if rest:
            names.append(f"{rest} more")
        parts.append("also covered by " + ", ".join(names))
    return " · ".join(parts)


def digest_fallback(digest: Digest) -> str:
    """The notification text of a digest: its title and the first headlines."""
    if not digest.entries:
        return escape(_clip(f"{digest.title}: {digest.empty_text}", MAX_FALLBACK))
    count = counted(len(digest.entries) + digest.more, "story")
    titles = "; ".join(_one_line(e.title) for e in digest.entries)
    return escape(_clip(f"{digest.title} — {count}: {titles}", MAX_FALLBACK))


def render_digest(digest: Digest) -> list[Message]:
    """A digest as one or more messages: header, then one group of blocks per story."""
    groups: list[list[Block]] = []
    if not digest.entries:
        groups.append(sections(escape(digest.empty_text or "No new stories on this topic.")))
    groups.extend(story_blocks(entry) for entry in digest.entries)
    if digest.more:
        groups.append(context(escape(more_text(digest))))
    return pack([header(digest.title)], groups, digest_fallback(digest), digest.title)


# -- replies -----------------------------------------------------------------


def item_blocks(item: ReplyItem) -> list[Block]:
    """One reply item: bold (linked) title, its text and bullets; its meta as context."""
    title = link(item.url, item.title) if item.url else escape(_clip(item.title, MAX_TITLE))
    lines = [f"*{title}*"]
    if item.text.strip():
        lines.append(escape(item.text.strip()))
    lines.extend(f"• {escape(_one_line(b))}" for b in item.bullets)
    return [*sections("\n".join(lines)), *context(escape(item.meta.strip()))]


def render_reply(reply: Reply) -> list[Message]:
    """A command's reply as messages: its text, one section per item, the footer as context.

    A reply carrying a digest renders the digest.
    """
    if reply.digest is not None:
        return render_digest(reply.digest)
    lead = (":warning: " if reply.error else "") + escape(reply.text.strip())
    first = sections(lead)
    groups = [item_blocks(item) for item in reply.items]
    if reply.footer.strip():
        groups.append(context(escape(reply.footer.strip())))
    fallback = escape(_clip(reply.text, MAX_FALLBACK)) or "newsbot"
    return pack(first, groups, fallback, _clip(reply.text, 80))


# -- splitting ---------------------------------------------------------------


def pack(
    first: Sequence[Block], groups: Iterable[Sequence[Block]], fallback: str, title: str
) -> list[Message]:
    """Fill messages with whole groups of blocks, at most 50 blocks each."""
    chunks: list[list[Block]] = [list(first)]
    for group in groups:
        if not group:
            continue
        if len(chunks[-1]) + len(group) > MAX_BLOCKS:
            chunks.append([])
        for block in group:  # a group over 50 blocks on its own (never in practice)
            if len(chunks[-1]) == MAX_BLOCKS:
                chunks.append([])
            chunks[-1].append(block)
    for chunk in chunks:
        while chunk and chunk[-1]["type"] == "divider":
            chunk.pop()
    chunks = [c for c in chunks if c]
    total = len(chunks)
    messages = []
    for number, chunk in enumerate(chunks, 1):
        text = fallback
        if number > 1:
            text = escape(_clip(f"{title} (continued, {number}/{total})", MAX_FALLBACK))
        messages.append(Message(text, tuple(chunk)))
    return messages or [Message(fallback, ())]
