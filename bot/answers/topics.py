"""Topic queries: what a subscription or `/news digest <topic>` looks for.

A topic is words, "quoted phrases", OR between alternatives, -excluded words and
optionally `source:<name>` to narrow to one outlet. It becomes a typed
`bot.storage.query.TextQuery`, which each store compiles for its own index, so no
input can inject query syntax:

    syria OR palmyra -football   →   require (syria | palmyra), exclude (football)

OR binds tighter than the implicit AND between words, as in web search engines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.storage.query import AnyOf, Phrase, TextQuery

MAX_TOPIC_CHARS = 200
MAX_TERMS = 24

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


class TopicError(ValueError):
    """The topic cannot be used; the message says how to write it."""


@dataclass(frozen=True)
class TopicQuery:
    """A parsed topic: what to match, the outlet filters and a normal form (`key`)."""

    text: str
    query: TextQuery
    sources: tuple[str, ...] = ()
    key: str = ""


def _phrase(text: str) -> Phrase | None:
    words = _WORD.findall(text)
    return Phrase(tuple(words)) if words else None


def parse_topic(text: str) -> TopicQuery:
    """Parse a topic; raises TopicError with a one-line explanation when unusable."""
    text = " ".join(text.split())
    if not text:
        raise TopicError("the topic is empty — give words to look for, e.g. `climate OR drought`")
    if len(text) > MAX_TOPIC_CHARS:
        raise TopicError(f"the topic is longer than {MAX_TOPIC_CHARS} characters — shorten it")
    groups: list[list[Phrase]] = []
    excluded: list[Phrase] = []
    sources: list[str] = []
    key_parts: list[str] = []
    join_next = False
    for match in _TOKEN.finditer(text):
        negative, quoted, bare = match.group(1), match.group(2), match.group(3)
        if bare is not None and bare.upper() == "OR":
            if not groups or join_next:
                raise TopicError("OR needs a word on each side, e.g. `syria OR palmyra`")
            join_next = True
            key_parts.append("or")
            continue
        if bare is not None and bare.lower().startswith("source:"):
            name = bare.split(":", 1)[1].strip().lower()
            if not name:
                raise TopicError("source: needs an outlet name, e.g. `source:reuters`")
            sources.append(name)
            key_parts.append(f"source:{name}")
            continue
        if bare is not None and bare.startswith("-") and len(bare) > 1:
            negative, bare = "-", bare[1:]
        phrase = _phrase(quoted if quoted is not None else bare or "")
        if phrase is None:
            continue
        key_parts.append(("-" if negative else "") + '"' + " ".join(phrase.words).lower() + '"')
        if negative:
            excluded.append(phrase)
            continue
        if join_next:
            groups[-1].append(phrase)
            join_next = False
        else:
            groups.append([phrase])
    if join_next:
        raise TopicError("OR needs a word on each side, e.g. `syria OR palmyra`")
    if not groups:
        raise TopicError(
            "the topic needs at least one word to look for (not only -excluded words or "
            "source:), e.g. `election -football`"
        )
    if sum(len(g) for g in groups) + len(excluded) > MAX_TERMS:
        raise TopicError(f"the topic has more than {MAX_TERMS} words — use fewer")
    query = TextQuery(tuple(AnyOf(tuple(g)) for g in groups), tuple(excluded))
    return TopicQuery(text=text, query=query, sources=tuple(sources), key=" ".join(key_parts))
