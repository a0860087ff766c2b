"""Whether a "when" sentence speaks of what was asked at the time asked: what will happen or
what did, dates that were moved, the event a date is of, and the verb a "when do …?"
question asks about."""

from __future__ import annotations

import re
from collections.abc import Set
from functools import lru_cache

from bot.answers.entities import Sentence, time_spans
from bot.answers.measures import NAMED_MONTH, WHEN_MEASURES
from bot.answers.question import EVENT_VERBS, WEEKDAYS, WORD, Question, Wanted

# what says where something will be is still to be told (asked what will be)
PLACE_TO_COME = re.compile(
    r"\b(?:announce|reveal|decide|choose) (?:the |its |their )?(?:location|venue|site)\b", re.I
)
# a later time than the first: "for an unprecedented fifth term"
LATER_TIME = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))\s+"
    r"(?:[a-z]+\s+)?(?:term|time|spell|stint)\b",
    re.IGNORECASE,
)
UNTIL = re.compile(r"\b(?:until|till)\b", re.IGNORECASE)
WILL = re.compile(r"\b(?:will|'ll|shall)\b", re.IGNORECASE)
# ("when is filming due to start …?" asks what will happen)
IS_DUE_TO = re.compile(r"\b(?:is|are)\s+(?:\w+\s+){0,6}?(?:due|going|set|expected) to\b", re.I)
# … and what it is due to do, in any tense ("was due to meet": "meet")
_SCHEDULED_TO = re.compile(r"\b(?:due|set|expected|scheduled) to (\w+)", re.IGNORECASE)
# what says a date no longer holds: "release dates put back", "the launch was postponed"
PUT_BACK = re.compile(r"\b(?:put back|pushed back|postponed|called off|cancelled)\b", re.I)
# … and what gives the new one: "put back to 4 May", "will now be released in June"
NEW_DATE = re.compile(r"\b(?:until|till|to)\s+(?:\w+\s+)?\d|\b(?:will|is) now\b|\bnew date\b", re.I)
PAST = re.compile(r"\b(?:was|were|did|had)\b", re.IGNORECASE)
TOLD_PAST = re.compile(r"\b(?:was|were|did|had|earlier|last|ago)\b", re.IGNORECASE)
# the day something was told on ("it was confirmed on Wednesday")
_TOLD_ON = re.compile(
    r"\b(?:confirmed|announced|said|revealed|reported|disclosed)\s+(?:on|last)\s+"
    rf"(?:{'|'.join(WEEKDAYS)})\b",
    re.IGNORECASE,
)
FUTURE = re.compile(
    # ("would be the key themes when the UK took over … in July": what is to come, told)
    r"\b(?:will|'ll|shall|would be|due|expected|scheduled|set (?:to|for)|plans?|planned|next"
    r"|is to|are to"
    # ("Seifert is meeting Ms Furse on Thursday", "ahead of a meeting … on Monday")
    r"|is \w+ing|are \w+ing|ahead of"
    # ("adding it believes it can achieve this in 2007": what one thinks one can do)
    r"|(?:believes?|thinks?|expects?) (?:it|they|he|she|we) (?:can|could))\b"
)
# what one means to do is to come too
HOPED = re.compile(
    r"\b(?:hop(?:es|ing)|aim(?:s|ing)?|intend(?:s|ing)?) to\b"
    # ("the government was hoping this would rise to 85% by 2008")
    r"|\bhop(?:es|ed|ing) (?:\w+ ){1,3}would\b"
)


def dated_only_when_told(text: str) -> bool:
    """Whether the sentence's only date is the day it says something was told on ("…, it
    was confirmed on Wednesday"), which says nothing of when what was told will be."""
    return bool(_TOLD_ON.search(text)) and not time_spans(_TOLD_ON.sub(" ", text))


# what a figure is compared with: "up to 5.5% *from 5.4% in* September"
_COMPARED_IN = re.compile(r"\b(?:from|than)\s+(?:\S+\s+){0,2}?in\s+$", re.IGNORECASE)


def dated_otherwise(text: str, asked: Set[str], dates: re.Pattern[str] = NAMED_MONTH) -> bool:
    """Whether the sentence dates what it says to other months (or `dates`: years) than
    the question's only ("337,000 jobs in October" are not December's). A date only of
    what a figure is compared with ("up to 5.5% from 5.4% in September") dates nothing."""
    found = list(dates.finditer(text))
    if not found or not {m.group() for m in found}.isdisjoint(asked):
        return False
    return any(not _COMPARED_IN.search(text, 0, m.start()) for m in found)


# where a question's first clause ends: "Where is the Australian Open held*,* the event …",
# "Where were the European Indoor Championships being held *that* Kluft …"
_CLAUSE_END = re.compile(r",|\s(?:that|which|who|whose|where|when|at which|in which)\s")


@lru_cache(maxsize=64)  # (asked of every article read for the question)
def event_asked(q: Question) -> frozenset[str]:
    """The index keys of the name that is all a when- or where-question's first clause
    asks is held ("where is the Australian Open held, the event …?"), or none."""
    first = next((t for t in q.terms if t.name), None)
    if first is None:
        return frozenset()
    start = q.text.find(first.word)
    end = _CLAUSE_END.search(q.text, start)
    clause = {w.lower() for w in WORD.findall(q.text[: end.start() if end else None])}
    asked = [t for t in q.terms if t.word.lower() in clause]
    if EVENT_VERBS.isdisjoint(clause) or not asked or not all(t.name for t in asked):
        return frozenset()
    return frozenset(t.index_key for t in asked)


def years_before(sentence: Sentence, latest: int | None) -> bool:
    """Whether the sentence dates what it says only by years before the latest its article
    names (it tells of the past)."""
    years = [int(y) for y in WHEN_MEASURES["year"].findall(sentence.text)]
    return latest is not None and bool(years) and max(years) < latest


@lru_cache(maxsize=64)  # (asked of every article read for the question)
def timetable_verb(q: Question) -> re.Pattern[str] | None:
    """The present of the verb a "when do/does …?" question asks about ("the Lions leave
    for New Zealand on 24 May" says when they will), or None."""
    if not (q.future and q.wanted is Wanted.TIME):
        return None
    due = _SCHEDULED_TO.search(q.text)  # "due to meet": "meets on 12 January"
    verb = due.group(1) if due else next((t.word for t in q.terms if t.index_key == q.verb), None)
    if verb is None:
        return None
    verb, day = re.escape(verb), WHEN_MEASURES["day"].pattern
    return re.compile(
        rf"(?<!\bthe )(?<!\ba )\b{verb}(?:s|es)?\b(?:\s+[\w'-]+){{0,5}}?\s+on\s+(?:{day})",
        re.IGNORECASE,
    )
