"""Who said something, for a "who said …?" question: the role a question asks of the
speaker ("which analyst …?"), and whether a sentence's speaker is the one of the body asked
about."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

from bot.answers.entities import SPEECH_VERBS, ArticleText, Sentence
from bot.answers.question import WORD, Question, Wanted
from bot.storage.terms import fold, index_key, index_terms

# "who at the British Chambers of Commerce said …?": the body whose speaker is asked for
_WHO_AT = re.compile(
    r"^(?i:who)\s+(?:at|from)\s+(?:the\s+)?((?:[A-Z][\w'’&.-]*\s+(?:(?:of|and|&)\s+)?)*[A-Z][\w'’&.-]*)"
)


@lru_cache(maxsize=64)
def _asked_body(question: str) -> frozenset[str]:
    """The index keys of the body "who at <body> said …?" asks a speaker of."""
    body = _WHO_AT.match(question)
    return frozenset(index_terms(body.group(1))) if body else frozenset()


def speaks_for_asked(sentence: Sentence, q: Question) -> bool:
    """Whether, for "who at <body> said …?", the sentence has someone speak and names the
    whole body."""
    body = _asked_body(q.text)
    if not body or not sentence.people or not body <= sentence.keys:
        return False
    return not SPEECH_VERBS.isdisjoint(fold(w.lower()) for w in WORD.findall(sentence.text))


# "Speaking in Harrogate, Mr Kennedy said …": where someone spoke is where they said,
# unveiled or announced what they did
SPEAKING = re.compile(r"\b(?:speaking|addressing \w+) (?:in|at)\b", re.IGNORECASE)
# a verb of saying in a question: what follows is what was said, not what is asked
SAYING = re.compile(r"\b(?:said|says|told|warned|claimed|announced|announces)\b", re.IGNORECASE)


# roles news writes as they are asked, beside the name ("Ladbrokes spokesman Warren Lush",
# "referee Anders Frisk"), unlike a boss, an official or a player
_ROLES = {
    word: frozenset(map(index_key, group.split()))
    for group in (
        "spokesman spokeswoman spokesperson",
        "referee",
        "rapper",
        "student",
        "witness",
        "editor",
        "analyst",
        "economist",
        "lawyer",
        "judge",
        "singer",
        "actor actress",
    )
    for word in group.split()
}
_ASKED_ROLE = re.compile(
    rf"^(?:which|what)\b(?:\s+[\w'&.-]+){{0,4}}?\s+({'|'.join(_ROLES)})\b", re.IGNORECASE
)


# phrases that say a role without its word ("Wilson was played by Steve Coogan")
_ROLE_PHRASES = {
    # ("Clive Owen is the brooding king": a name that is the part)
    _ROLES["actor"]: re.compile(
        r"(?i:\b(?:played|portrayed) by\b|\bstarr(?:ing|ed)\b|\bplays\b|\bstars\b)"
        r"|\b(?i:star)\s+[A-Z]"
        r"|[A-Z][\w'’-]+\s+(?i:is|was)\s+(?i:the)\b"
    ),
    # ("said Ladbrokes' Warren Lush": one who speaks for a firm, named after it)
    _ROLES["spokesman"]: re.compile(
        r"\b(?:said|says|added)\s+(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*['’]s?\s+[A-Z]"
    ),
}
# ("said David Wyss of Standard & Poor's": one quoted for the firm the question names)
_QUOTED_FOR = re.compile(
    r"\b(?:said|says|added)\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:of|at)\s+((?:[A-Z][\w'’&.-]*\s*)+)"
)
_QUOTED_ROLES = (_ROLES["economist"], _ROLES["analyst"])


def asked_role(question: str) -> frozenset[str]:
    """The index keys of the role "which Ladbrokes spokesman …?" asks for, in its forms."""
    match = _ASKED_ROLE.match(question)
    return _ROLES[match.group(1).lower()] if match else frozenset()


def role_said(
    role: frozenset[str], sentence: Sentence, text: ArticleText, before: frozenset[str], q: Question
) -> bool:
    """Whether the sentence, the one before or one that names a person it names says the
    role ("Mr Lush said" after "Ladbrokes spokesman Warren Lush"), or an actor's part
    ("Wilson was played by Steve Coogan")."""
    if not role.isdisjoint(sentence.keys | before):
        return True
    phrase = _ROLE_PHRASES.get(role)
    if phrase is not None and phrase.search(sentence.text):
        return True
    if role in _QUOTED_ROLES:
        names = {t.index_key for t in q.terms if t.name}
        for firm in _QUOTED_FOR.finditer(sentence.text):
            if not names.isdisjoint(index_terms(firm.group(1))):
                return True
    people = (text.person(name) for name in sentence.people)
    return any(
        not role.isdisjoint(text.sentences[position].keys)
        for person in people
        if person is not None
        for position in person.sentences
    )


def names_said(q: Question, real: Iterable[str]) -> bool:
    """Whether a sentence holds a word of the question's first name, whose birth, death
    or election it asks about ("Depp was born …" for "Johnny Depp"; not "London" for "when
    was Ken Livingstone first elected mayor of London?", nor "Godfather" for "at what age
    did the Godfather star Marlon Brando die?"), or the question has none."""
    # (the name right after the words describing it; not for who-questions, whose first
    # name is what they ask of: "who directed Sins, the Bollywood film about …?")
    described = (
        b
        for a, b in pairwise(q.terms)
        if q.wanted is not Wanted.PERSON
        and a.index_key in q.describing
        and b.name
        and f"{a.word} {b.word}" in q.text.lower()
    )
    first = next(described, None) or next((t for t in q.terms if t.name), None)
    if first is None:
        return True
    name = next((n for n in q.names if first.word in n), (first.word,))
    keys = {t.index_key for t in q.terms if t.name and t.word in name}
    return bool(keys.intersection(real))
