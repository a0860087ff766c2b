"""Block Kit checks the tests apply to every message the adapter sends.

Slack rejects a message with more than 50 blocks, a section or context text over
3,000 characters, a header over 150, or a block without its required fields.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_BLOCKS = 50
MAX_TEXT = 3000
MAX_HEADER = 150
# Outside `<…>` link tokens, &, < and > must appear only as &amp; &lt; &gt;.
_LINK = re.compile(r"<(?:https?://[^\s<>|]+\|[^<>]+|https?://[^\s<>|]+)>")
_BARE = re.compile(r"[<>]|&(?!amp;|lt;|gt;)")


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def check_mrkdwn(text: Any, where: str) -> None:
    assert isinstance(text, str) and text.strip(), f"{where}: empty text"
    assert utf16(text) <= MAX_TEXT, f"{where}: {utf16(text)} characters"
    assert not _BARE.search(_LINK.sub("", text)), f"{where}: unescaped &, < or > in {text!r}"


def check_text_object(obj: Any, where: str, *, plain: bool = False) -> None:
    assert isinstance(obj, dict), f"{where}: a text object must be a dict"
    kinds = {"plain_text"} if plain else {"plain_text", "mrkdwn"}
    assert obj.get("type") in kinds, f"{where}: text type {obj.get('type')!r}"
    if obj["type"] == "mrkdwn":
        check_mrkdwn(obj.get("text"), where)
    else:
        assert isinstance(obj.get("text"), str) and obj["text"].strip(), f"{where}: empty text"


def check_blocks(blocks: Any) -> list[dict[str, Any]]:
    """Assert a block list is valid; returns it (parsed when it came as a JSON string)."""
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    assert isinstance(blocks, list) and blocks, "a message needs at least one block"
    assert len(blocks) <= MAX_BLOCKS, f"{len(blocks)} blocks"
    for n, block in enumerate(blocks):
        where = f"block {n} ({block.get('type')})"
        kind = block.get("type")
        if kind == "header":
            check_text_object(block.get("text"), where, plain=True)
            assert len(block["text"]["text"]) <= MAX_HEADER, f"{where}: header too long"
        elif kind == "section":
            check_text_object(block.get("text"), where)
        elif kind == "context":
            elements = block.get("elements")
            assert isinstance(elements, list) and 1 <= len(elements) <= 10, where
            for element in elements:
                check_text_object(element, where)
        elif kind == "divider":
            assert set(block) == {"type"}, where
        else:
            raise AssertionError(f"{where}: unexpected block type")
    return list(blocks)


def check_message(body: dict[str, Any]) -> list[dict[str, Any]]:
    """A chat.postMessage or response_url body: valid blocks and a fallback text."""
    assert isinstance(body.get("text"), str) and body["text"].strip(), "no fallback text"
    return check_blocks(body.get("blocks"))


def texts(blocks: list[dict[str, Any]]) -> str:
    """Every text in the blocks, joined, for content assertions."""
    out = []
    for block in blocks:
        if "text" in block:
            out.append(block["text"]["text"])
        out.extend(e["text"] for e in block.get("elements", ()))
    return "\n".join(out)
