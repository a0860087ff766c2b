from __future__ import annotations

from pathlib import Path

import pytest

from bot.ingestion.sources import (
    SourceError,
    decode_text,
    discover_feed,
    extract_page,
    html_to_text,
    jsonl_lines,
    looks_like_feed,
    parse_feed,
    parse_jsonl,
    parse_txt,
)
from bot.settings import CONFIG_DIR

SAMPLES = CONFIG_DIR / "samples"

RSS = b"""<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Test Wire</title><ttl>45</ttl>
<item><title>Full &amp; proper</title><link>https://w.example/a?utm_source=x</link>
<guid>w-a</guid><pubDate>Tue, 24 Nov 2026 10:00:00 +0000</pubDate>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>First paragraph here.</p><figure><img src="x.jpg"/>
<figcaption>Photo: a caption</figcaption></figure><p>Second&#8217;s paragraph.</p>
<script>alert(1)</script>]]></content:encoded></item>
<item><title>Teaser only</title><link>https://w.example/b</link><guid>w-b</guid>
<description>Just a teaser of the story.</description></item>
<item></item>
</channel></rss>"""


def test_rss_items_full_text_and_teasers() -> None:
    feed = parse_feed(RSS, "test.xml")
    assert (feed.title, feed.ttl_minutes, len(feed.items)) == ("Test Wire", 45.0, 2)
    full, teaser = feed.items
    assert full.title == "Full & proper" and not full.teaser
    assert full.text == "First paragraph here.\n\nSecond’s paragraph."
    assert full.guid == "w-a" and full.published_at is not None
    assert full.published_at.isoformat() == "2026-11-24T10:00:00+00:00"
    assert teaser.teaser and teaser.text == "Just a teaser of the story."


def test_atom_samples_parse() -> None:
    feed = parse_feed((SAMPLES / "meridian-wire.xml").read_bytes(), "meridian-wire.xml")
    assert len(feed.items) == 8
    assert all(item.url and item.guid and item.published_at for item in feed.items)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<rss><channel><item><title>broken", "not a valid RSS or Atom feed"),
        (b"<!doctype html><html><body><p>Hello</p></body></html>", "not an RSS or Atom feed"),
        (b'{"json": true}', "not an RSS or Atom feed"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ],
)
def test_bad_feeds_have_one_line_reasons(data: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=message) as caught:
        parse_feed(data, "x")
    assert "\n" not in str(caught.value)


def test_sniffing() -> None:
    assert looks_like_feed(b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>")
    assert looks_like_feed(b"", "application/rss+xml")
    assert not looks_like_feed(b"<html><body>")


def test_html_to_text_keeps_paragraphs_and_drops_furniture() -> None:
    text = html_to_text(
        "<div><p>One &amp; two.</p><aside>Related: other</aside><ul><li>A</li><li>B</li></ul>"
        "<style>p{}</style><p>Three</p></div>"
    )
    assert text == "One & two.\n\nA\n\nB\n\nThree"


def test_html_to_text_line_breaks_inside_a_paragraph_are_spaces() -> None:
    html = "<p>The bridge will cost $48 million, Mayor Daniel\nOrtiz said.</p><p>Next.</p>"
    assert html_to_text(html) == (
        "The bridge will cost $48 million, Mayor Daniel Ortiz said.\n\nNext."
    )


def test_page_extraction_from_the_sample_page() -> None:
    page = next((SAMPLES / "pages").glob("*.html"))
    raw = extract_page(page.read_bytes(), None)
    assert "Casa do Fado" in raw.title or "fado" in raw.title.lower()
    assert "cookie" not in raw.text.lower()
    assert len(raw.text.split()) > 150


def test_page_without_article_text() -> None:
    with pytest.raises(SourceError, match="no article text"):
        extract_page(b"<html><body><nav>Home</nav></body></html>", "https://x.example/")


def test_txt_first_line_is_the_title() -> None:
    raw = parse_txt(b"\n  Headline here \nBody line one.\nBody two.", "a.txt")
    assert (raw.title, raw.text) == ("Headline here", "Body line one.\nBody two.")
    with pytest.raises(SourceError, match="empty"):
        parse_txt(b"  \n ", "empty.txt")


def test_jsonl_good_and_bad_lines() -> None:
    lines = [
        b'{"id": 1, "title": "T", "text": "Body", "url": "https://x.example/1", '
        b'"published": "2026-11-20T10:00:00Z"}\n',
        b"not json\n",
        b'{"id": 3}\n',
        b'["a list"]\n',
        b'{"text": "x", "published": "last week"}\n',
        b"\n",
        b'{"text": "Only text is required."}\n',
    ]
    items = list(parse_jsonl(lines, "c.jsonl"))
    good = [i for i in items if not isinstance(i, SourceError)]
    bad = [str(i) for i in items if isinstance(i, SourceError)]
    assert [g.text for g in good] == ["Body", "Only text is required."]
    assert good[0].guid == "c.jsonl#1" and good[0].published_at is not None
    assert bad == [
        "c.jsonl line 2: not valid JSON (Expecting value)",
        'c.jsonl line 3: no "text"',
        "c.jsonl line 4: expected a JSON object",
        'c.jsonl line 5: "published" is not an ISO 8601 date',
    ]


def test_decode_text_refuses_binary_and_reads_cp1252(tmp_path: Path) -> None:
    assert decode_text("café".encode("cp1252"), "x") == "café"
    with pytest.raises(SourceError, match="binary"):
        decode_text(b"\x00\x01\x02", "blob.bin")


WIDE_RSS = (
    '<?xml version="1.0" encoding="{enc}"?><rss version="2.0"><channel><title>Wïde Wire</title>'
    "<item><title>Ünïcode feed</title><link>https://w.example/u</link>"
    "<description>A feed stored in a wide encoding is still a feed.</description></item>"
    "</channel></rss>"
)


@pytest.mark.parametrize(
    ("codec", "declared"),
    [
        ("utf-16", "utf-16"),  # with a byte order mark
        ("utf-16-le", "utf-16"),  # no mark: the declaration tells
        ("utf-16-be", "utf-16"),
        ("utf-32", "utf-32"),
        ("utf-32-le", "utf-32"),
        ("utf-32-be", "utf-32"),
    ],
)
def test_utf16_and_utf32_feeds_are_feeds(codec: str, declared: str) -> None:
    data = WIDE_RSS.format(enc=declared).encode(codec)
    assert looks_like_feed(data)
    feed = parse_feed(data, "wide.xml")
    assert feed.title == "Wïde Wire" and feed.items[0].title == "Ünïcode feed"


def test_a_binary_file_is_still_not_a_feed() -> None:
    with pytest.raises(SourceError, match="binary"):
        parse_feed(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "image.xml")


def test_jsonl_records_over_the_cap_are_refused_one_line_each(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    huge = '{"title": "huge", "text": "' + "word " * 50_000 + '"}\n'
    small = '{"title": "ok", "text": "a normal record of modest size"}\n'
    path.write_text(small + huge + small)
    items = list(parse_jsonl(jsonl_lines(path, 10_000), path.name, 10_000))
    assert [type(i).__name__ for i in items] == ["RawArticle", "SourceError", "RawArticle"]
    assert str(items[1]) == (
        "big.jsonl line 2: the record (250,030 bytes) is larger than the 10,000-byte limit; skipped"
    )


def test_a_page_names_its_feed_in_a_link_tag() -> None:
    page = (
        b"<html><head><link rel=stylesheet href=/s.css>"
        b"<link rel='alternate' type='application/atom+xml' href='feeds/all.atom?a=1&amp;b=2'>"
        b"</head><body>Hi</body></html>"
    )
    assert discover_feed(page, "https://news.example/world/") == (
        "https://news.example/world/feeds/all.atom?a=1&b=2"
    )
    assert discover_feed(b"<html><head></head><body>Hi</body></html>", "https://x.example/") is None
