"""Ways a sentence may word a question's terms otherwise: a verb said in a phrase ("set up
by" for "founded"), acronyms and what they stand for, compounds written apart, a market or
venue named by another name, and a comparison that only mentions a thing."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set
from functools import lru_cache
from itertools import pairwise

from bot.answers.entities import COUNTRY_FORMS, COUNTRY_NAMES, Sentence
from bot.answers.question import MONTHS, POSITIONS, WEEKDAYS, WORD, Question, word_set
from bot.answers.words import INITIALS, present
from bot.storage.terms import fold, index_key, index_tokens
from summaries.text import STOP_WORDS

# What says someone takes another's place: "who will replace Tim Sherwood as manager?"
# ("will take on the role of CEO", "came off the bench for the injured John O'Shea")
_TAKE = r"(?:take|takes|took|taking|taken)"
_LINKS_OR_POSTS = "|".join(
    sorted(
        word_set("for of as is was will would has had at in and to on with by from")
        | set(POSITIONS)
    )
)
_NOT_BEFORE_NOUN = rf"(?!\s+(?!(?:{_LINKS_OR_POSTS})\b)(?-i:[a-z]))"
# (not "replacement" before a thing it describes: "a replacement pair of shoes", though
# "a replacement manager")
SUCCEEDS = re.compile(
    rf"\b(?:succeed(?:s|ed|ing)?|successor|replac(?:e|es|ed|ing)|replacement{_NOT_BEFORE_NOUN}"
    rf"|{_TAKE} (?:over|on the "
    r"(?:role|job|post)|the helm|charge)|in place of|step(?:s|ped)? into|"
    r"c[ao]me (?:on|off the bench) for)\b",
    re.IGNORECASE,
)
# (what says that one took another's place, not that someone took charge)
SUCCESSION = re.compile(
    rf"\b(?:succeed(?:s|ed)?|successor|replac(?:e|es|ed)|{_TAKE} over from)\b",
    re.IGNORECASE,
)
# the one a verb of succession says was succeeded: the capitalised words of the few words
# after it, up to a stop ("succeed the previous High Commissioner, Ann Grant")
_SUCCEEDED = re.compile(
    r"\b(?:succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing))\s+"
    # (not "succeed as Republic of Ireland manager", "replaced by Ana Ruiz")
    r"(?!(?:by|as|in|at|on|over|for|from|with|to|after)\b)([^.;:?!()\"“”]{1,60})",
    re.IGNORECASE,
)


def _succeeded_words(text: str) -> frozenset[str]:
    return frozenset(
        fold(word.lower())
        for m in _SUCCEEDED.finditer(text)
        for word in WORD.findall(m.group(1))
        if word[:1].isupper()
    )


# (the question's side, asked of every sentence read for it)
_succeeded_asked = lru_cache(maxsize=64)(_succeeded_words)


def succeeds_another(question: str, text: str) -> bool:
    """Whether the sentence says someone succeeds another than the one the question asks
    the successor of ("He will succeed … Ann Grant" for "who will succeed Paul Boateng?")."""
    asked = _succeeded_asked(question)
    said = _succeeded_words(text)
    return bool(asked) and bool(said) and asked.isdisjoint(said)


# Verbs whose index key another word shares: the forms that mean the verb asked
# ("a black hole was found" says nothing of when Parmalat was founded).
SENSES = {
    index_key("founded"): re.compile(r"\b(?:co-?)?found(?:ed|er|ers|ing)\b", re.I),
    index_key("set"): re.compile(r"\bset up\b", re.I),
}
WIN_OVER = re.compile(r"\b(?:win|wins|won|winning) (?:over|against)\b", re.IGNORECASE)
_PHRASES = {
    # (not "a well established technology")
    # ("Roxy Music were formed in 1971 by Ferry, Mackay and Brian Eno")
    index_key("founded"): re.compile(
        r"\b(?:set up|(?<!well )(?<!well-)(?<!long-)(?<!long )(?<!an )established|"
        r"formed(?: in \d{4})? by)\b",
        re.I,
    ),
    # ("when was Tern set up?")
    index_key("set"): re.compile(r"\b(?:(?:co-?)?founded|established|formed|created)\b", re.I),
    index_key("start"): re.compile(rf"\b{_TAKE} over\b|\bunder\s*way\b", re.I),
    # (what comes out is released, launched or goes on sale)
    index_key("come"): re.compile(
        r"\b(?:released|launched|(?:went|goes|go|going) on sale|hit (?:the )?shelves)\b", re.I
    ),
    # ("He passed away at home in East Sussex")
    index_key("die"): re.compile(r"\bpass(?:ed|es)? away\b", re.IGNORECASE),
    # ("their first win over England" says they beat England; "who beat Federer …?" is
    # answered by "a third-round loss to Gustavo Kuerten")
    index_key("beat"): re.compile(
        rf"{WIN_OVER.pattern}|\b(?:loss|losses|defeat|defeats|lost|losing) (?:to|against)\b|"
        r"\b(?:beaten|defeated) by\b",
        re.IGNORECASE,
    ),
    index_key("beaten"): WIN_OVER,
    # ("Last November a court judged the film was too American …")
    index_key("rule"): re.compile(r"\b(?:judged|decided)\b", re.IGNORECASE),
    # ("beating a world-class field at the Flora Lite 5K" says she won it)
    index_key("win"): re.compile(r"\b(?:beat|beats|beating)\b", re.IGNORECASE),
    # ("Wayne Wang's comedy Because of Winn-Dixie" says who directed it)
    index_key("directed"): re.compile(
        r"\b[A-Z][\w'-]+['’]s (?:new |latest |debut )?(?:film|movie|comedy|drama|thriller|"
        r"documentary|romance|western)\b"
    ),
}


@lru_cache(maxsize=256)
def compounds(question: str) -> dict[str, tuple[str, str]]:
    """Two words of the question written as one, with the index keys of both ("webpages"
    for "web pages")."""
    words = [fold(w.lower()) for w in WORD.findall(question)]
    return {
        index_key(a + b): (index_key(a), index_key(b))
        for a, b in pairwise(words)
        if a not in STOP_WORDS and b not in STOP_WORDS and a.isalpha() and b.isalpha()
    }


_ACRONYM = re.compile(r"\b([A-Z]{2,5})s?\b")
ACRONYM_WORDS = (2, 5)  # the fewest and most words an acronym stands for


# ("TfL", "DfES": a small word's letter inside, which the acronyms of the question leave out)
_MIXED_ACRONYM = re.compile(r"\b([A-Z](?:[a-z]?[A-Z]){1,4})s?\b")


@lru_cache(maxsize=4096)
def written_acronyms(text: str) -> frozenset[str]:
    """The acronyms written in the text, in capitals only ("TfL" is "TL")."""
    return frozenset(_ACRONYM.findall(text)) | frozenset(
        re.sub(r"[a-z]", "", short) for short in _MIXED_ACRONYM.findall(text)
    )


@lru_cache(maxsize=256)
def question_acronyms(question: str) -> dict[str, frozenset[str]]:
    """The acronyms of runs of the question's words, with the index keys they stand for
    ("CSO" for "community support officers"; small words are left out: "BoE")."""
    words = [w for w in WORD.findall(question) if w.lower() not in STOP_WORDS]
    low, high = ACRONYM_WORDS
    out: dict[str, frozenset[str]] = {}
    for n in range(low, high + 1):
        for i in range(len(words) - n + 1):
            run = words[i : i + n]
            short = "".join(w[0] for w in run).upper()
            if short.isalpha():
                out[short] = frozenset(index_key(fold(w.lower())) for w in run)
    return out


@lru_cache(maxsize=256)
def spelled_out(question: str) -> dict[str, re.Pattern[str]]:
    """The question's acronyms, by index key, with what finds them spelled out in capitals
    ("ONGC" in "Oil and Natural Gas Corporation chairman Subir Raha")."""
    joint = r"\s+(?:(?:and|of|for|the|&)\s+)?"
    return {
        index_key(short.lower()): re.compile(
            r"\b" + joint.join(rf"{letter}[\w'’-]*" for letter in short) + r"\b"
        )
        for short in _ACRONYM.findall(question)
        if len(short) >= 3
    }


# prefixes that make another thing of a word: a semi-final is no final, a vice-president
# no president, a non-executive director no executive
# (apart only before a post: "deputy Tom Beale" is Tom Beale)
PREFIXED = re.compile(
    r"\b(?:(?:semi|quarter|non|vice|deputy)[-‐–]|(?:vice|deputy)\s+(?=(?:president|chairman|"
    r"chairwoman|chair|chancellor|governor|head|leader|minister|director|captain|mayor|"
    r"editor|manager|chief|commissioner|secretary|premier|speaker|coach)\b))([^\W_]+)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def prefixed_only(text: str) -> frozenset[str]:
    """The index keys of words the text writes only after such a prefix ("final" of a text
    that speaks of the semi-final alone)."""
    prefixed = Counter(index_key(fold(m.group(1).lower())) for m in PREFIXED.finditer(text))
    if not prefixed:
        return frozenset()
    written = Counter(map(index_key, index_tokens(text)))
    return frozenset(k for k, n in prefixed.items() if written[k] <= n)


# The markets a question may ask about ("when will it go on sale in the US?"), each with
# the names that say it
MARKETS = {name: COUNTRY_FORMS[name] for name in COUNTRY_NAMES} | {
    name: group
    for group in (frozenset({"us", "usa", "america"}), frozenset({"uk", "britain"}))
    for name in group
}
_IN_MARKET = re.compile(r"\bin (?:the )?([A-Z][a-zA-Z]+)\b(?!['’])")  # (not "Europe's")


def markets_in(text: str) -> frozenset[str]:
    """The countries something is said to happen in ("in Japan", "in the US")."""
    found = _IN_MARKET.findall(text)
    # ("in the US", but not "in JAPAN" in a shouted headline nor "in Us Weekly")
    return frozenset(
        w.lower() for w in found if w.lower() in MARKETS and w.isupper() == (w.lower() in INITIALS)
    )


def in_another_market(sentence: Sentence, forms: frozenset[str]) -> bool:
    """Whether the sentence says what happens in another country than the one the question
    asks about (`forms`: its names), and not in that one ("will go on sale in Japan" for
    "in the US")."""
    return bool(markets_in(sentence.text) - forms) and not any(
        present(index_key(form), sentence.keys) for form in forms
    )


# "at The Garage", "at Sydney's Olympic Stadium", "packed into Melbourne Cricket Ground":
# where something was
# (a run followed by a word that is no small one names an event: "at the European Indoor
# trials")
_AT_VENUE = re.compile(r"\b(?:at|into) (?:the )?((?:[A-Z][\w'’-]*\s*)+)(?:([a-z]+)|\W|$)")


def venue_runs(text: str) -> list[frozenset[str]]:
    runs = [
        frozenset(index_tokens(m.group(1))) - {"the"}
        for m in _AT_VENUE.finditer(text)
        if m.group(2) is None or m.group(2) in STOP_WORDS
    ]
    return [run for run in runs if run and run.isdisjoint((*WEEKDAYS, *MONTHS))]


def at_another_venue(text: str, venues: frozenset[str]) -> bool:
    """Whether the sentence says what happened at a place, and nothing of the one asked
    about (`venues`: the index keys of its words)."""
    return bool(venue_runs(text)) and venues.isdisjoint(map(index_key, index_tokens(text)))


_THAN = re.compile(r"\bthan\s+(?:the\s+|a\s+|an\s+)?((?:[A-Z][\w'’-]*\s*)+)")


def compared_only(text: str, names: Set[str]) -> bool:
    """Whether the question's names are in the sentence only as what something else is
    compared with ("… costs far less than the Gizmondo"): its figure is the other's."""
    said = names & {index_key(w) for w in index_tokens(text)}
    compared = {index_key(w) for m in _THAN.finditer(text) for w in index_tokens(m.group(1))}
    return bool(said) and said <= compared


def in_sense(q: Question) -> bool:
    """Whether the question's verb is in the sense `SENSES` names, if it names one
    ("founded", not "found")."""
    sense = SENSES.get(q.verb or "")
    return sense is None or bool(sense.search(q.text))


_LAST_DONE = re.compile(r"\bwhen\b.*\blast\b", re.IGNORECASE)
_FIRST_SINCE = re.compile(r"\bfirst\b[^.;]{0,40}?\bsince\s+(?:\w+\s+)?\d{4}\b", re.IGNORECASE)


def verb_phrased(q: Question, text: str) -> bool:
    """Whether the text says the verb asked about in a phrase news uses for it."""
    if q.verb is not None and q.verb in succession_words(q.text) and SUCCESSION.search(text):
        return True  # "who took over from X?" is answered by "X was replaced by Y"
    if _LAST_DONE.search(q.text) and _FIRST_SINCE.search(text):
        return True  # "when did Wales last win a Grand Slam?": "a first Grand Slam since 1978"
    phrase = _PHRASES.get(q.verb or "")
    return phrase is not None and in_sense(q) and bool(phrase.search(text))


@lru_cache(maxsize=64)
def succession_words(question: str) -> frozenset[str]:
    """The index keys of the words of the question that say one took another's place
    ("took", "succeed", "replaced"): any other such phrase says the same."""
    return frozenset(
        index_key(fold(w.lower()))
        for m in SUCCEEDS.finditer(question)
        for w in WORD.findall(m.group(0))
    )
