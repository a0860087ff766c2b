"""Who a summary's bare surnames are: the first mention of a person gets their full name.

News writes a person's full name once ("Commander Helena Marques, who is directing the
response, …") and the surname after ("… Marques said."). An extractive summary that
picks the later sentence and not the first leaves the reader asking who Marques is.
:func:`introduce_people` writes the full name at the first bare mention, when the
articles give exactly one full name for that surname and use the surname alone for a
person (quoted as saying something, opening a sentence as its speaker, or with Mr, Mrs,
Ms or Dr).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summaries.stopwords import STOP_WORDS

# (letters of Latin-1 count too: "Aragão", "Érik", "Ødegaard")
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_NAME_WORD = rf"[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}][{_LOWER}]+)?"
# A run of capitalised words, the last one the surname: "Helena Marques", "Commander
# Helena Marques", "Chief Executive Sigrid Aasen" (the words before the first name go)
_FULL_NAME = re.compile(rf"(?<![\w’'-])((?:{_NAME_WORD} )+)({_NAME_WORD})(?![\w’'-])")
_SPEECH = r"(?:said|says|told|added|adds|explained|insisted|warned|argued|admitted|noted)"
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr)\.?"
# A surname used alone for a person: quoted ('"…," Marques said', '…," said Diack'),
# opening a sentence as its speaker ("Halvorsen warned that …", but not "Labour said it
# would …") or with an honorific ("Mr Dams")
_AS_PERSON = re.compile(
    rf"[,!?…][\"”’']\s+(?:{_SPEECH}\s+({_NAME_WORD})\b|({_NAME_WORD})\s+{_SPEECH}\b)"
    rf"|(?:^|(?<=[.!?]\s))({_NAME_WORD})\s+{_SPEECH}\b(?!\s+(?:it|its|they|their)\b)"
    rf"|\b{_HONORIFIC}\s+({_NAME_WORD})\b",
    re.MULTILINE,
)
# Capitalised words that open a sentence or a title without being a first name
_TITLE_WORDS = """
    The A An In On At But And When After Before As If Its His Her Their This That Mr Mrs Ms
    Miss Dr Sir Dame Lord Lady Prof Professor President Prime Minister Commander General
    Captain Colonel Judge Justice Senator Governor Mayor Chancellor Chief Executive Director
    Manager Coach Inspector Sergeant Officer Bishop Pope King Queen Prince Princess Rev
    Father Sister Brother Agent Secretary Chairman
"""
_NOT_FIRST_NAMES = frozenset(_TITLE_WORDS.split())
# Of those, the ones that say alone who someone is ("Commander Helena Marques"): kept
# before the full name when the articles write one right before it ("Minister" or
# "Executive" alone would be half of "Prime Minister" or "Chief Executive")
_TITLE_ALONE = """
    Mr Mrs Ms Miss Dr Sir Dame Lord Lady Prof Professor President Commander General Captain
    Colonel Judge Justice Senator Governor Mayor Chancellor Inspector Sergeant Bishop Pope
    Rev Chairman
"""
_TITLES = frozenset(_TITLE_ALONE.split())


def _people(texts: Sequence[str]) -> dict[str, tuple[str, str]]:
    """Surname → (full name, full name with the title first written before it), for
    surnames the texts use alone for one named person, whom each text names in full at its
    first mention ("Lord Janner … his son Daniel Janner" are two people)."""
    quoted = {
        name for text in texts for m in _AS_PERSON.finditer(text) for name in m.groups() if name
    }
    if not quoted:
        return {}
    full: dict[str, set[str]] = {}
    titles: dict[str, str] = {}
    unsure: set[str] = set()
    for text in texts:
        first_full: dict[str, int] = {}
        for m in _FULL_NAME.finditer(text):
            surname, words = m.group(2), m.group(1).split()
            popped = []
            while words and (words[0] in _NOT_FIRST_NAMES or words[0].lower() in STOP_WORDS):
                popped.append(words.pop(0))
            if (
                surname in quoted
                and words
                and not {*words, surname} & _NOT_FIRST_NAMES
                and not any(w.lower() in STOP_WORDS for w in [*words, surname])
            ):
                name = " ".join([*words, surname])
                full.setdefault(surname, set()).add(name)
                first_full.setdefault(surname, m.start(2))
                if popped and popped[-1] in _TITLES:
                    titles.setdefault(name, f"{popped[-1]} {name}")
        for surname in quoted:
            first = re.search(rf"(?<![\w’'-])(\w+\.?\s+)?{re.escape(surname)}(?![\w’'-])", text)
            if first is None or first_full.get(surname) == first.end() - len(surname):
                continue
            # First met without a first name: not sure when this text names someone of
            # that surname in full later ("Lord Janner … his son Daniel Janner") or gives a
            # title first; an outlet that only says "Solberg said" leaves it to the others.
            if surname in first_full or (first.group(1) or "")[:1].isupper():
                unsure.add(surname)
    # (two people of one surname: which one is meant is not known)
    return {
        surname: (name, titles.get(name, name))
        for surname, names in full.items()
        if len(names) == 1 and surname not in unsure
        for name in names
    }


_CAPITALISED_NEXT = re.compile(rf"\s+[{_UPPER}]")  # "Mittal Steel" is no Lakshmi Mittal


def _inside_quotation(head: str) -> bool:
    """Whether the text after `head` is inside a quotation it opened."""
    return head.count('"') % 2 == 1 or head.count("“") > head.count("”")


def _bare_mention(line: str, surname: str) -> re.Match[str] | None:
    """The first mention of the surname alone: not a word of a longer one, nor after
    another capitalised word ("Rio Marques", "Mr Marques") or before one, nor quoted."""
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(surname)}(?![\w-])", line):
        head = line[: m.start()]
        words = head.split() if head[-1:].isspace() else []
        word = words[-1].lstrip("'‘\"“(") if words else ""
        if word[:1].isupper() and (word[-1:].isalpha() or word.rstrip(".") in _NOT_FIRST_NAMES):
            continue  # ("Mr. Marques", but not '…November," Marques')
        if _CAPITALISED_NEXT.match(line, m.end()) or _inside_quotation(head):
            continue  # (a quotation is given as said: '"Solberg did well," he said')
        return m
    return None


def introduce_people(lines: Sequence[str], texts: Sequence[str], seen: str = "") -> list[str]:
    """`lines` (a summary and its key facts, in reading order) with the first bare
    surname of each person written as the full name the `texts` give, unless `seen`
    (the headline) or an earlier line already names them in full."""
    people = _people(texts)
    if not people:
        return list(lines)
    introduced = {surname for surname, (name, _) in people.items() if name in seen}
    out: list[str] = []
    for line in lines:
        for surname, (name, titled) in people.items():
            if surname in introduced or surname not in line:
                continue
            m = None if name in line else _bare_mention(line, surname)
            if m is not None:
                # ("Commander Helena Marques said"; at a line's start, "Commander …")
                line = line[: m.start()] + titled + line[m.end() :]
            if name in line:
                introduced.add(surname)  # later lines may say the surname alone
        out.append(line)
    return out
