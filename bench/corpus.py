"""The development corpora, read by path (never copied into the repository)."""

from __future__ import annotations

import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FILES = ("cnndm_dev.jsonl", "bbc_news_summary.jsonl")


def corpus_articles(corpus: Path = CORPUS) -> list[tuple[str, str]]:
    """(title, text) of every article in the corpora; the first line stands in for a title."""
    out = []
    for name in FILES:
        with (corpus / name).open(encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                text = record["text"]
                out.append((record.get("title") or text.split("\n", 1)[0][:90], text))
    return out
