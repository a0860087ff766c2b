"""Ages as news writes them ("the 22-year-old", "Marques, 52,") and whether a sentence gives
the age of the one a "how old …?" question asks about."""

from __future__ import annotations

import re

from bot.answers.carries import YEAR_OLD, lead_keys
from bot.answers.entities import ArticleText, Sentence
from bot.answers.question import Question
from bot.storage.terms import fold, index_key


def _aged_by_name(text: str, q: Question) -> bool:
    """Whether the sentence gives the age of a person the question names, written with the
    name: "Mrs Hassan, 59, who led …", "At 23, Henson has …", "Henson (23)"."""
    folded = fold(text)
    for word in {t.word for t in q.terms if t.name}:
        name = re.escape(word)
        after = rf"\b{name}(?:,\s*|\s+\()\d{{1,3}}\s*[,)]"
        before = rf"\bat \d{{1,3}},\s+(?:\w+\s+)?{name}\b"
        if re.search(f"{after}|{before}", folded, re.IGNORECASE):
            return True
    return False


def _aged_as_topic(sentence: Sentence, q: Question, text: ArticleText) -> bool:
    """Whether the sentence gives an age as "the 24-year-old" ("Coach Mike Ruddock says the
    24-year-old should take the armband") in an article whose headline or first sentence
    names the person of two words or more the question asks about."""
    if not _THE_AGED.search(sentence.text):
        return False
    lead = lead_keys(text)
    return any(len(name) >= 2 and index_key(name[-1]) in lead for name in q.names)


def says_age(sentence: Sentence, q: Question, text: ArticleText) -> bool:
    """Whether a sentence gives the age a "how old …?" question asks, by the name or as
    "the 24-year-old" in a story about the one asked of."""
    return q.age and (_aged_by_name(sentence.text, q) or _aged_as_topic(sentence, q, text))


_THE_AGED = re.compile(rf"\b[Tt]he {YEAR_OLD}")


def aged_mentions(text: ArticleText, q: Question) -> frozenset[int]:
    """The sentences that call the person asked about by their age ("The 34-year-old made
    reference to …" after a sentence naming Brian Welch): they name no one but after the
    age ("The 14-year-old said she hoped to meet DiCaprio"), and the last person named
    before them is the one asked about."""
    asked = {t.word for t in q.terms if t.name}
    out: set[int] = set()
    last: tuple[tuple[str, ...], ...] = ()
    for sentence in text.sentences:
        aged = _THE_AGED.match(sentence.text) or (
            not sentence.people and _THE_AGED.search(sentence.text)
        )
        if aged and any(asked & set(name) for name in last):
            out.add(sentence.position)
        if sentence.people:
            last = sentence.people
    return frozenset(out)
