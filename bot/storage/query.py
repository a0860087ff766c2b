"""What the core asks the store to find: a small typed tree, compiled per backend.

Topics (`/news subscribe`, `/news digest`, `/news search`) and questions
(`/news ask`) reach the store as a `TextQuery`: every group in `require` must
match (a group is one or more alternatives), and nothing in `exclude` may. An
alternative is a `Phrase`: one word, or words that must stand in this order.
SQLite compiles it to an FTS5 `MATCH` expression (`fts5`), PostgreSQL to a
`tsquery` over the store's own index terms (`tsquery`). No text a user typed is
ever query syntax: words are quoted (FTS5) or reduced to index terms (tsquery).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.models import Owner
from bot.storage.terms import index_terms


@dataclass(frozen=True)
class Phrase:
    """One word, or several that must appear together in this order."""

    words: tuple[str, ...]


@dataclass(frozen=True)
class AnyOf:
    """At least one of the alternatives."""

    options: tuple[Phrase, ...]


@dataclass(frozen=True)
class TextQuery:
    """Every group of `require`, and none of `exclude`."""

    require: tuple[AnyOf, ...]
    exclude: tuple[Phrase, ...] = ()

    def and_(self, other: TextQuery) -> TextQuery:
        """Both queries at once."""
        return TextQuery(self.require + other.require, self.exclude + other.exclude)

    def phrases(self) -> list[Phrase]:
        """Every phrase to look for (not the excluded ones)."""
        return [p for group in self.require for p in group.options]


@dataclass(frozen=True)
class ArticleSearch:
    """Articles fetched in (since, until] matching `text` (all when None), from outlets
    whose name or URL contains one of `sources`, readable by `reader` (None: all)."""

    text: TextQuery | None = None
    since: datetime | None = None
    until: datetime | None = None
    sources: tuple[str, ...] = ()
    reader: Owner | None = None
    limit: int = 200


# -- compilers ---------------------------------------------------------------------


def _fts5_phrase(phrase: Phrase) -> str:
    # Words hold letters and digits; dropping quotes is belt and braces.
    return '"' + " ".join(w.replace('"', "") for w in phrase.words) + '"'


def fts5(query: TextQuery) -> str:
    """The FTS5 MATCH expression: `("syria" OR "palmyra") NOT ("football")`."""
    groups = []
    for group in query.require:
        options = [_fts5_phrase(p) for p in group.options if p.words]
        if options:
            groups.append(options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")")
    text = " AND ".join(groups)
    excluded = [_fts5_phrase(p) for p in query.exclude if p.words]
    if excluded and text:
        text = f"({text}) NOT ({' OR '.join(excluded)})"
    return text


def _ts_phrase(phrase: Phrase) -> str | None:
    terms = [t for word in phrase.words for t in index_terms(word)]
    if not terms:
        return None
    return " <-> ".join(f"'{t}'" for t in terms)


def tsquery(query: TextQuery) -> str:
    """A `to_tsquery('simple', …)` expression over index terms: `('syria' | 'palmyra')`."""
    groups = []
    for group in query.require:
        options = [o for o in (_ts_phrase(p) for p in group.options) if o]
        if options:
            groups.append("(" + " | ".join(f"({o})" for o in options) + ")")
    text = " & ".join(groups)
    excluded = [o for o in (_ts_phrase(p) for p in query.exclude) if o]
    if excluded and text:
        text += " & !(" + " | ".join(f"({o})" for o in excluded) + ")"
    return text
