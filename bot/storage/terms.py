"""Index terms: how the full-text index sees words, the same on every backend.

SQLite's FTS5 index uses the `porter unicode61 remove_diacritics 2` tokenizer;
PostgreSQL's index is built from the terms these functions make, so a word
finds the same articles on both and `/news ask` can weigh words by how many
articles contain them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from summaries.text import stem

_INDEX_TOKEN = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower-case text without diacritics ("Évora" → "evora")."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def index_tokens(text: str) -> list[str]:
    """Tokens as the FTS5 unicode61 tokenizer sees them: lower-case, no diacritics."""
    return _INDEX_TOKEN.findall(fold(text))


@lru_cache(maxsize=100_000)
def index_key(token: str) -> str:
    """The form FTS5's porter tokenizer stores for one unicode61 token."""
    if not token.isascii():
        return token
    if not token.isalpha():
        # SQLite's porter strips a plural "s" from "1990s" and "g4s"; summaries' leaves them.
        return token[:-1] if token.endswith("s") and not token.endswith("ss") else token
    return stem(token)


def index_terms(text: str) -> list[str]:
    """The terms the index stores for a text, in order (so phrases can be matched)."""
    return [index_key(t) for t in index_tokens(text)]
