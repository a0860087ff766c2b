"""RSS documents for feeds that a test serves from a LocalServer or writes to a file."""

from __future__ import annotations

from html import escape


def feed_xml(items: str, title: str = "Local Wire") -> str:
    """An RSS 2.0 document with these `<item>`s."""
    return (
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{escape(title)}</title>{items}</channel></rss>"
    )


def feed_item(
    title: str, body: str, link: str, *, guid: str | None = None, teaser: bool = False
) -> str:
    """One item: the full text in content:encoded, or only a teaser description."""
    content = "" if teaser else f"<content:encoded><![CDATA[<p>{body}</p>]]></content:encoded>"
    return (
        f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
        f"<guid>{escape(guid or link)}</guid><description>{escape(body[:60])}</description>"
        f"{content}</item>"
    )
