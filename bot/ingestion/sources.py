"""Turn raw bytes into articles: feeds (feedparser), pages (trafilatura), text, JSONL.

Pure functions of their input: no network and no database. Each raises
`SourceError` with a one-line reason when the input is not what it should be.
"""

from __future__ import annotations

import calendar
import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
import lxml.html
import trafilatura
from lxml import etree

from summaries.document import split_headline
from summaries.text import clean_text

BINARY_SNIFF = 8192
MIN_PAGE_WORDS = 15


class SourceError(ValueError):
    """An input cannot be read as news; the message is one line."""


@dataclass(frozen=True)
class RawArticle:
    """An article as found, before cleaning and dedupe. `teaser` marks partial text."""

    title: str
    text: str
    url: str | None = None
    guid: str | None = None
    published_at: datetime | None = None
    source: str = ""
    teaser: bool = False


@dataclass(frozen=True)
class ParsedFeed:
    """A feed's title, its `<ttl>` in minutes if any, and its items."""

    title: str
    ttl_minutes: float | None
    items: tuple[RawArticle, ...]


def decode_text(data: bytes, what: str) -> str:
    """Bytes to text, refusing binary data (NUL bytes or undecodable)."""
    head = data[:BINARY_SNIFF]
    if b"\x00" in head:
        raise SourceError(f"{what} is a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise SourceError(f"{what} is not UTF-8 or Windows-1252 text") from None
        if sum(ch.isprintable() or ch.isspace() for ch in text[:2000]) < 0.95 * len(text[:2000]):
            raise SourceError(f"{what} is a binary file, not text") from None
        return text


HEAD_BYTES = 256_000  # where a page's <head> links to its feed
_FEED_SNIFF = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_SNIFF = re.compile(rb"<(!doctype html|html|body|article|p)[\s>]", re.IGNORECASE)
# XML 1.0, appendix F: the first four bytes of a document in a wide encoding.
_WIDE_XML = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\x00<\x00?", "utf-16-be"),
    (b"<\x00?\x00", "utf-16-le"),
)


def wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32 when an XML document says so by its byte order mark or by how
    `<?` is written; None otherwise."""
    for start, codec in _WIDE_XML:
        if data.startswith(start):
            return codec
    return None


def _head(data: bytes) -> bytes:
    """The first 4 KiB, as ASCII-compatible bytes for sniffing (wide XML decoded)."""
    codec = wide_encoding(data)
    if codec is None:
        return data[:4096]
    head = data[: 4096 * 4]
    unit = 4 if "32" in codec else 2
    text = head[: len(head) - len(head) % unit].decode(codec, errors="replace")
    return text.encode("utf-8", errors="replace")


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    """True when the body declares itself an RSS, Atom or RDF feed."""
    if any(t in content_type for t in ("rss", "atom", "rdf")):
        return True
    return bool(_FEED_SNIFF.search(_head(data)))


_LINK_TAG = re.compile(rb"<link\b[^>]{0,600}>", re.IGNORECASE)
_ATTRIBUTE = re.compile(rb"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""")
_FEED_TYPES = (b"application/rss+xml", b"application/atom+xml", b"application/rdf+xml")


def discover_feed(page: bytes, base: str) -> str | None:
    """The feed a web page links to in its head (`<link rel="alternate"
    type="application/rss+xml" href=…>`), as an absolute URL; None when it names none."""
    for tag in _LINK_TAG.finditer(page[:HEAD_BYTES]):
        attrs = {
            m[1].lower(): (m[2] or m[3] or m[4] or b"").strip()
            for m in _ATTRIBUTE.finditer(tag.group(0))
        }
        rel = attrs.get(b"rel", b"").lower().split()
        if b"alternate" in rel and attrs.get(b"type", b"").lower() in _FEED_TYPES:
            href = attrs.get(b"href", b"").decode("utf-8", "replace")
            if href:
                return urljoin(base, html.unescape(href))
    return None


def looks_like_html(data: bytes, content_type: str = "") -> bool:
    """True when the body is an HTML document."""
    return "html" in content_type or bool(_HTML_SNIFF.search(_head(data)))


def parse_feed(data: bytes, where: str) -> ParsedFeed:
    """Parse RSS/Atom bytes (any encoding XML allows). Items without a title or any text
    are dropped."""
    if b"\x00" in data[:BINARY_SNIFF] and wide_encoding(data) is None:
        raise SourceError(f"{where} is a binary file, not a feed")
    parsed: Any = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    broken = bool(parsed.get("bozo")) and "SAX" in type(parsed.get("bozo_exception")).__name__
    usable = any(e.get("content") or e.get("summary") for e in parsed.entries)
    if not parsed.get("version") or (broken and not usable):
        if not looks_like_feed(data):
            raise SourceError(f"{where} is not an RSS or Atom feed")
        reason = (str(parsed.get("bozo_exception", "")).splitlines() or ["unreadable"])[0][:120]
        raise SourceError(f"{where} is not a valid RSS or Atom feed ({reason})")
    feed_title = _plain(parsed.feed.get("title", "")) or where
    ttl: float | None = None
    try:
        ttl = float(parsed.feed.get("ttl")) if parsed.feed.get("ttl") else None
    except (TypeError, ValueError):
        ttl = None
    items = []
    for entry in parsed.entries:
        item = _feed_item(entry, feed_title)
        if item is not None:
            items.append(item)
    return ParsedFeed(feed_title, ttl, tuple(items))


def _feed_item(entry: Any, source: str) -> RawArticle | None:
    full = ""
    for content in entry.get("content", []) or []:
        value = html_to_text(content.get("value", ""))
        if len(value) > len(full):
            full = value
    teaser = html_to_text(entry.get("summary", "") or entry.get("description", ""))
    text = full or teaser
    title = _plain(entry.get("title", ""))
    if not title and not text:
        return None
    return RawArticle(
        title=title,
        text=text,
        url=entry.get("link") or None,
        guid=entry.get("id") or None,
        published_at=_entry_time(entry),
        source=source,
        teaser=not full,
    )


def _entry_time(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC)
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _plain(value: str) -> str:
    return " ".join(clean_text(html_to_text(value) if "<" in value else value).split())


_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "article",
    "tr",
    "pre",
    "header",
    "footer",
    "ul",
    "ol",
    "table",
}
_HTML_NEWLINE_RE = re.compile(r"[\r\n]+")
_DROP = ("script", "style", "noscript", "figure", "figcaption", "iframe", "form", "nav", "aside")


def html_to_text(fragment: str) -> str:
    """Readable text of an HTML fragment: paragraphs kept, scripts and captions dropped."""
    if not fragment.strip():
        return ""
    if "<" not in fragment:
        return clean_text(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return clean_text(re.sub(r"<[^>]+>", " ", fragment))
    for bad in [el for el in root.iter(*_DROP) if el.getparent() is not None]:
        bad.drop_tree()
    parts: list[str] = []

    def inline(text: str, pre: bool) -> str:
        # A line break in HTML text is a space; only <pre> keeps its lines.
        return text if pre else _HTML_NEWLINE_RE.sub(" ", text)

    def walk(node: Any, pre: bool) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        inner = pre or tag == "pre"
        if tag in _BLOCKS:
            parts.append("\n\n")
        if node.text and tag not in _DROP:
            parts.append(inline(node.text, inner))
        for child in node:
            walk(child, inner)
        if tag in _BLOCKS:
            parts.append("\n\n")
        if node.tail:
            parts.append(inline(node.tail, pre))

    walk(root, False)
    return clean_text("".join(parts))


def extract_page(data: bytes, url: str | None) -> RawArticle:
    """The main text of an article page (trafilatura), with its title and date."""
    html = decode_text(data, url or "the page")
    doc: Any = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
    )
    text = clean_text(getattr(doc, "text", None) or "") if doc is not None else ""
    if len(text.split()) < MIN_PAGE_WORDS:
        raise SourceError(f"{url or 'the page'} has no article text that could be extracted")
    published = None
    date = getattr(doc, "date", None)
    if date:
        try:
            published = datetime.fromisoformat(date).replace(tzinfo=UTC)
        except ValueError:
            published = None
    title = " ".join((getattr(doc, "title", None) or "").split())
    source = getattr(doc, "sitename", None) or ""
    return RawArticle(title=title, text=text, url=url, published_at=published, source=source)


PLAIN = "text/plain"


def read_page(data: bytes, url: str, content_type: str) -> RawArticle:
    """The article a fetched URL holds: an HTML page's main text, or a plain-text file
    (a first line set off by a blank line is its title); SourceError for anything else
    (a PDF, an image, JSON)."""
    if looks_like_html(data, content_type):
        return extract_page(data, url)
    if content_type == PLAIN:
        text = decode_text(data, url).strip()
        if not text:
            raise SourceError(f"{url} is empty")
        headline, body = split_headline(text)  # a first line set off as a title, or none
        return RawArticle(title=headline or "", text=body.strip(), url=url, source=_host(url))
    kind = content_type or "unknown content"
    raise SourceError(f"{url} is neither an HTML page nor plain text ({kind})")


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def parse_txt(data: bytes, name: str) -> RawArticle:
    """A .txt article: the first non-empty line is the title, the rest the text."""
    text = decode_text(data, name).strip()
    if not text:
        raise SourceError(f"{name} is empty")
    first, _, rest = text.partition("\n")
    if not rest.strip():
        return RawArticle(title=first.strip()[:200], text=first.strip(), source=name)
    return RawArticle(title=first.strip(), text=rest.strip(), source=name)


def jsonl_lines(path: Path, cap: int) -> Iterator[bytes | int]:
    """The lines of a file, read lazily; a line longer than `cap` bytes is never held in
    memory: its length comes instead of its bytes."""
    with path.open("rb") as fh:
        while line := fh.readline(cap + 1):
            if len(line) <= cap or line.endswith(b"\n"):
                yield line
                continue
            size = len(line)
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                size += len(rest)
            yield size + len(rest)


def parse_jsonl(
    lines: Iterable[bytes | int], name: str, cap: int = 0
) -> Iterator[RawArticle | SourceError]:
    """Records `{"id","title","text","url","published"}` (only text required), one per line.

    Lines are read lazily, so a large file streams. A bad line yields a
    SourceError naming its line number; the other lines still come. A line given
    as a number is one that was too long to read (see `jsonl_lines`).
    """
    for number, raw_line in enumerate(lines, 1):
        where = f"{name} line {number}"
        if isinstance(raw_line, int):
            limit = f"the {cap:,}-byte limit" if cap else "the limit"
            yield SourceError(
                f"{where}: the record ({raw_line:,} bytes) is larger than {limit}; skipped"
            )
            continue
        if not raw_line.strip():
            continue
        try:
            line = decode_text(raw_line, where)
            record = json.loads(line)
        except SourceError as exc:
            yield exc
            continue
        except json.JSONDecodeError as exc:
            yield SourceError(f"{where}: not valid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield SourceError(f"{where}: expected a JSON object")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield SourceError(f'{where}: no "text"')
            continue
        published = None
        if record.get("published"):
            try:
                published = datetime.fromisoformat(str(record["published"]).replace("Z", "+00:00"))
                if published.tzinfo is None:
                    published = published.replace(tzinfo=UTC)
            except ValueError:
                yield SourceError(f'{where}: "published" is not an ISO 8601 date')
                continue
        title = str(record.get("title") or "").strip()
        record_id = record.get("id")
        yield RawArticle(
            title=title,
            text=body,
            url=str(record["url"]) if record.get("url") else None,
            guid=f"{name}#{record_id}" if record_id is not None else None,
            published_at=published,
            source=str(record.get("source") or name),
        )
