"""Topic queries: what a subscription or `/news digest <topic>` looks for.

A topic is words, "quoted phrases", OR between alternatives, -excluded words and
optionally `source:<name>` (or `source:"Two Words"`) to narrow to one outlet. It becomes a typed
`bot.storage.query.TextQuery`, which each store compiles for its own index, so no
input can inject query syntax:

    syria OR palmyra -football   →   require (syria | palmyra), exclude (football)

OR binds tighter than the implicit AND between words, as in web search engines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from bot.answers.question import ScopeError, TimeScope, extract_scope
from bot.render import shown
from bot.storage.query import AnyOf, Phrase, TextQuery
from summaries.text import STOP_WORDS

MAX_TOPIC_CHARS = 200
MAX_TERMS = 24

_TOKEN = re.compile(r'source:"([^"]*)"|(-?)"([^"]*)"|(\S+)', re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)
_CURLY = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"'})


# Acronyms that are also common words, and the names they stand for.
_SPELLED = {
    "US": "United States",
    "WHO": "World Health Organization",
    "IT": "information technology",
}


class TopicError(ValueError):
    """The topic cannot be used; the message says how to write it."""


@dataclass(frozen=True)
class TopicQuery:
    """A parsed topic: what to match, the outlet filters and a normal form (`key`)."""

    text: str
    query: TextQuery
    sources: tuple[str, ...] = ()
    key: str = ""


def straight_quotes(text: str) -> str:
    """Typographic double quotes (“…”, „…“, «…», as phones type them) as straight ones."""
    return text.translate(_CURLY)


def check_quotes(text: str) -> None:
    """Raise TopicError when a quoted phrase is left open."""
    if text.count('"') % 2:
        raise TopicError(
            'unbalanced quote — close the phrase with a second ", e.g. `"central bank" rates`'
        )


def _phrase(text: str) -> Phrase | None:
    words = _WORD.findall(text)
    return Phrase(tuple(words)) if words else None


def parse_topic(text: str) -> TopicQuery:
    """Parse a topic; raises TopicError with a one-line explanation when unusable."""
    text = " ".join(straight_quotes(text).split())
    if not text:
        raise TopicError("the topic is empty — give words to look for, e.g. `climate OR drought`")
    if len(text) > MAX_TOPIC_CHARS:
        raise TopicError(f"the topic is longer than {MAX_TOPIC_CHARS} characters — shorten it")
    check_quotes(text)
    groups: list[list[Phrase]] = []
    excluded: list[Phrase] = []
    sources: list[str] = []
    key_parts: list[str] = []
    join_next = False
    for match in _TOKEN.finditer(text):
        outlet, negative, quoted, bare = match.groups()
        if outlet is not None:
            bare = "source:" + " ".join(outlet.split())
        if bare is not None and bare.startswith("--") and len(bare) > 2:
            raise TopicError(f"unknown option `{shown(bare, 30)}` — a topic is words, not options")
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
        if bare == "AND":  # what words are anyway, as in web search engines
            continue
        if bare is not None and bare.startswith("-"):
            if not _WORD.search(bare):
                raise TopicError(
                    "`-` needs the word it leaves out right after it, e.g. `-football`"
                )
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
    # (an outlet alone is a topic: everything `source:reuters` publishes)
    if not groups and not sources:
        raise TopicError(
            "the topic needs at least one word to look for, or a `source:` (not only "
            "-excluded words), e.g. `election -football` or `source:reuters`"
        )
    if groups and all(
        len(p.words) == 1 and p.words[0].lower() in STOP_WORDS for g in groups for p in g
    ):
        capitals = [p.words[0] for g in groups for p in g if p.words[0].isupper()]
        if capitals and len(capitals[0]) > 1:  # "US", "WHO", "IT"
            short = shown(capitals[0], 20)
            name = _SPELLED.get(capitals[0])
            raise TopicError(
                f"`{short}` is also the word “{short.lower()}”, which nearly every article "
                f"has — add what it is about, e.g. `{short} election`"
                + (f', or write the name out: `"{name}"`' if name else "")
            )
        raise TopicError(
            "the topic has only words like “a” or “the”, which every article has — "
            'give a word that says what about, e.g. `election`, or quote a name: `"The Who"`'
        )
    if sum(len(g) for g in groups) + len(excluded) > MAX_TERMS:
        raise TopicError(f"the topic has more than {MAX_TERMS} words — use fewer")
    query = TextQuery(tuple(AnyOf(tuple(g)) for g in groups), tuple(excluded))
    return TopicQuery(text=text, query=query, sources=tuple(sources), key=" ".join(key_parts))


def timed_topic(
    topic: TopicQuery | None, now: datetime
) -> tuple[TopicQuery | None, TimeScope | None]:
    """A digest's or a search's topic without the time said in it, and that time:
    "climate this week" is "climate" since Monday, "since monday" everything since then.
    Raises TopicError."""
    if topic is None:
        return None, None
    try:
        scope, words = extract_scope(topic.text, now)
    except ScopeError as exc:
        raise TopicError(str(exc)) from None
    if scope is None:
        return topic, None
    return (parse_topic(words) if words else None), scope
