"""Patterns for what a "when" or "how many" answer is written as: dates, clock times, years,
figures, sums of money, shares and durations; and which figure of a sentence counts what a
"how many …?" question asks about (`focused`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence, Set
from itertools import chain

from bot.answers.entities import (
    NAMED_DAYS,
    NATION_NAMES,
    NUMBER_WORDS,
    ORDER_OF,
    VAGUE_NUMBERS,
    Sentence,
    time_spans,
)
from bot.answers.question import (
    DEFINING_VERBS,
    MONTHS,
    PARTICIPLES,
    WEEKDAYS,
    WORD,
    Question,
    word_set,
)
from bot.answers.words import present
from bot.storage.terms import index_key, index_tokens
from summaries.text import STOP_WORDS

FOCUS_SPAN = 3  # … within this many words of it


CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b|\bnoon\b|\bmidnight\b|"
    # ("at 1815 GMT")
    r"\bo'clock\b|\b[0-2]\d[0-5]\d\s?(?:GMT|BST|UTC|CET|EST|PST)\b",
    re.IGNORECASE,
)
_ONES = r"one|two|three|four|five|six|seven|eight|nine"
# ("fifty nine", "twenty-five", "seventeen")
_FIGURE_WORDS = (
    rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:{_ONES})\b)?|"
    rf"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{_ONES}|"
    r"hundred"
)
_WORD_FIGURE = rf"(?:{_FIGURE_WORDS}|a)"
FIGURE = rf"(?:\d[\d,.]*|{_WORD_FIGURE})"
AND_A_HALF = r"(?:[\s-]and[\s-]a[\s-]half)?"  # "three-and-a-half years", "15 and a half miles"
# a figure before its unit: digits may touch it ("86.9kg"), words may not ("I am" is no "a m")
_FIGURE_THEN = rf"(?:\d[\d,.]*{AND_A_HALF}[\s-]*|{_WORD_FIGURE}{AND_A_HALF}[\s-]+)"
CURRENCY_SIGNS = "$£€¥"  # (inside a character class: "[$£€¥]")
CURRENCY = (
    r"(?:dollars?|pounds?|euros?|kroner|krone|kronor|yen|yuan|roubles?|rubles?|dinars?|rupees?|"
    r"reais|pence|cents?)"
)
_MONEY = (
    # (not a height or a distance: "the 508m tall TFC 101 Tower", "the 400m hurdles")
    rf"[{CURRENCY_SIGNS}]\s?\d|\d[\d,.]*\s?(?:bn|m|k)\b"
    r"(?!\s*(?:tall(?:er)?|high|long(?:er)?|wider?|deep(?:er)?|hurdles|relay)\b)"
    r"|\b\d[\d,.]*\s*(?:million|billion|trillion)?\s*"
    rf"(?:{CURRENCY}|p)\b"
    # ("12 trillion won", not "in 2004 won the title")
    r"|\b\d[\d,.]*\s*(?:million|billion|trillion)\s+won\b"
    # ("two or three pounds per month", "hundreds of millions of dollars")
    rf"|\b(?:{_FIGURE_WORDS}|{ORDER_OF} of)\s+"
    rf"(?:(?:million|billion|trillion)\s+)?{CURRENCY}\b"
)
SHARE = (
    rf"(?:\d[\d,.]*\s?|\b(?:{_FIGURE_WORDS})\s)"
    r"(?:%|per\s?cent|percent|percentage points?|basis points?)"
)
_UNIT = (
    # (not millions of a currency: "1m euros")
    r"(?:kg|kilograms?|kilos?|tonnes?|tons?|lbs?|pounds|stone|st|grams?|metres?|meters?|"
    rf"m(?!\s+{CURRENCY})|km|"
    r"kilometres?|kilometers?|miles?|feet|ft|inches|litres?|liters?|gallons?|hectares?|acres?|"
    r"[kmgt]b|(?:kilo|mega|giga|tera)bytes?|[kmg]w|(?:kilo|mega|giga)watts?)"
)
DURATION = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|seasons?)"
# How a figure must be given for "how much / long / far / big …" (not a bare count).
MONTH = rf"(?:{'|'.join(MONTHS)}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
# the days in a date: "3 February", "13 and 15 March", "February 3rd" (a month written
# with its capital: "may 5" is no date)
MONTH_NAME = (
    rf"(?:{'|'.join(m.capitalize() for m in MONTHS)}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|"
    r"Dec)\b"
)
_TEMPERATURE = re.compile(rf"{FIGURE}\s?(?:°|degrees?\b)|\b-?\d{{1,3}}(?:\.\d)?[CF]\b", re.I)
_DATE = (
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTH}(?!\w)|\b{MONTH}\s+\d{{1,2}}"
    r"(?:st|nd|rd|th)?\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
)
# (a day before a capital is part of a name, not a date: "the Sunday Telegraph"; but for
# a word that dates it: "On Monday Mr Sullivan named …")
_NOT_IN_A_NAME = rf"(?!\s+(?-i:(?!{MONTH_NAME})[A-Z]))"
_DAY_LEADS = "on|last|next|this|by|until|till|since|from|before|after|early|late"
# (nor is a day after a capitalised word: "Bloody Sunday", "Super Saturday"; but for the
# feasts: "Easter Sunday", "Good Friday"; a look-behind has one width, so one per length)
_AFTER_A_NAME = "(?-i:" + "".join(rf"(?<![A-Z][a-z]{{{n}}} )" for n in range(1, 12)) + ")"
_FEAST_DAYS = r"(?-i:\b(?:Easter|Good|Palm|Ash|Holy|Maundy|Shrove|Whit) [A-Z][a-z]+day\b)"
# a month a question or sentence dates something to ("May" only as "in May", after a day or
# before an election)
NAMED_MONTH = re.compile(
    rf"\b(?:{'|'.join(m.capitalize() for m in MONTHS if m != 'may')}|(?<=\b[Ii]n )May"
    # ("a May general election", "the 5 May poll")
    r"|May(?= (?:general )?(?:election|poll)\b)|(?<=\d )May)\b"
)
_CENTURY = r"(?:1[5-9]|20)"  # the first two digits of a year news writes
WHEN_MEASURES = {
    "clock": CLOCK,
    "month": NAMED_MONTH,  # "in what month …?": "September 1956", not "on Sunday"
    # "25 September", "September 25th", "25/9/2004"
    "date": re.compile(_DATE, re.IGNORECASE),
    # a date, "on Friday", "Boxing Day" (not "at the weekend", "last week")
    "day": re.compile(
        rf"{_DATE}|\b(?:{_DAY_LEADS})\s+(?:{'|'.join(WEEKDAYS)})s?\b"
        rf"|{_AFTER_A_NAME}\b(?:{'|'.join(WEEKDAYS)})s?\b{_NOT_IN_A_NAME}|{_FEAST_DAYS}"
        rf"|(?-i:\b(?:{NAMED_DAYS}|[A-Z]\w+'s (?:Day|Eve))\b)",
        re.IGNORECASE,
    ),
    "year": re.compile(rf"\b{_CENTURY}\d\d\b"),
    # "the 1980s", "the '80s", "the 90s" (not one's 20s)
    "decade": re.compile(rf"\b{_CENTURY}\d0s\b|['’][1-9]0s\b|\b[5-9]0s\b"),
    "season": re.compile(r"\b(?:spring|summer|autumn|winter|Easter|Christmas)\b", re.I),
    # "in the 74th minute", "on 35 minutes", and a match report's "Goals: Bowyer 35, Dyer 69"
    "minute": re.compile(
        r"\b\d{1,3}(?:st|nd|rd|th)[- ]minute\b|\b(?:on|after) \d{1,3} minutes\b|"
        r"\b[A-Z][\w'-]+ \d{1,3}(?=[,.;]|$)"
    ),
}
MEASURES = {
    "money": re.compile(_MONEY, re.IGNORECASE),
    "much": re.compile(rf"{_MONEY}|{SHARE}|\b{_FIGURE_THEN}{_UNIT}\b", re.IGNORECASE),
    "long": re.compile(
        # (not an age: "the 18-year-old Mirza", nor a sum: "$1.3m")
        rf"(?<![{CURRENCY_SIGNS}\d.,])(?:\b{_FIGURE_THEN}(?:{DURATION}|{_UNIT})|"
        rf"\b{FIGURE}-(?:year|month|week|day))\b(?!-old)",
        re.IGNORECASE,
    ),
    "race": re.compile(rf"\b{_FIGURE_THEN}{DURATION}\b|\b\d{{1,2}}:\d\d(?:[.:]\d+)?\b", re.I),
    # (and "how far did sales fall?" a share)
    "far": re.compile(
        rf"{SHARE}|\b{_FIGURE_THEN}(?:{_UNIT}|strokes?|points?|places?|shots?)\b", re.I
    ),
    "big": re.compile(rf"{_MONEY}|{SHARE}|\b{_FIGURE_THEN}{_UNIT}\b|\b\d[\d,.]+\b", re.I),
    "tall": re.compile(rf"\b{_FIGURE_THEN}{_UNIT}\b", re.IGNORECASE),
    "deep": re.compile(rf"\b{_FIGURE_THEN}{_UNIT}\b", re.IGNORECASE),
    "fast": re.compile(
        rf"\b{_FIGURE_THEN}(?:mph|km/h|kph|kmh|knots?|(?:miles|kilometres|kilometers|km|"
        r"metres|meters) (?:an|per) (?:hour|second))(?!\w)|\bMach \d",
        re.IGNORECASE,
    ),
    "score": re.compile(r"(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])"),
    "percent": re.compile(SHARE, re.IGNORECASE),
    "share": re.compile(
        rf"{SHARE}|\b(?:half|a third|two[- ]thirds|a quarter|three[- ]quarters|a fifth|"
        r"one in (?:two|three|four|five|six|seven|eight|nine|ten|\d+))\b(?!-)",  # (not "half-time")
        re.IGNORECASE,
    ),
    "hot": _TEMPERATURE,
    "cold": _TEMPERATURE,
}


_WHO_CLAUSE = re.compile(r",\s+(?:the\s+[^,;]*\s+)?who\b[^,;]*(?:,|$)")


def dates_asked(text: str, q: Question) -> bool:
    """Whether a date of the sentence may date what was asked: not one the question gives
    ("… would hurt its 2005 performance"), nor one right after a word of an aside ("the
    game, abandoned *on Sunday*", "*on Sunday* following a bomb scare"), which dates that
    instead."""
    asides = {t.index_key for t in q.terms if t.aside}
    # (a date in a clause about someone that does not say the birth, death … asked about
    # dates what the clause says: "Sir Anthony Meyer, the Tory backbencher who challenged
    # Margaret Thatcher … in 1989, has died")
    verb = q.verb or ""
    clauses = (
        [
            m.span()
            for m in _WHO_CLAUSE.finditer(text)
            if not present(verb, frozenset(map(index_key, index_tokens(m[0]))))
        ]
        if verb in DEFINING_VERBS
        else []
    )
    given = {w.lower() for w in WORD.findall(q.text)}
    spans: list[tuple[int, int]] = []
    for start, end in sorted(time_spans(text)):
        if spans and not text[spans[-1][1] : start].strip(" ,"):
            spans[-1] = (spans[-1][0], end)  # ("October 2004" is one date)
        else:
            spans.append((start, end))
    own = [(a, b) for a, b in spans if not {w.lower() for w in WORD.findall(text[a:b])} <= given]
    if not _ASKS_SAYING.search(q.text):
        # ("The 52-year-old on Tuesday said he was reviewing his donations" dates what he
        # said, not when he gave them)
        own = [
            (a, b)
            for a, b in own
            if not (_SAID_AFTER.match(text, b) or _SAID_BEFORE.search(text[max(0, a - 30) : a]))
        ]
    if spans and not own:
        return False
    if not asides and not clauses:
        return True
    for start, end in own:
        if any(a <= start and end <= b for a, b in clauses):
            continue
        ahead = [index_key(w) for w in index_tokens(text[:start])[-2 * FOCUS_SPAN :]]
        # (the speaker after ", said" is not what the date dates: "in July, said Mr Straw")
        behind = (
            []
            if _SPEAKER_AFTER.match(text, end)
            else [index_key(w) for w in index_tokens(text[end:])[:FOCUS_SPAN]]
        )
        if asides.isdisjoint(ahead[-FOCUS_SPAN:] + behind):
            return True
        if verb and present(index_key(verb), frozenset(ahead)) and asides.isdisjoint(ahead):
            return True  # "filed for bankruptcy in 1994 and was sold to …" dates the filing
    return False


# a date of a saying: "on Tuesday said", "said on Tuesday", unless the saying is asked about
SPEECH = r"(?:said|says|told|announced|added|warned|claimed|insisted|revealed)"
# (not after a comma: "… when the UK took over in July, said Mr Straw" dates what he said)
_SAID_AFTER = re.compile(rf"\s+{SPEECH}\b")
_SAID_BEFORE = re.compile(rf"\b{SPEECH}\s+(?:on\s+)?$")
_SPEAKER_AFTER = re.compile(rf",\s+{SPEECH}\b")
_ASKS_SAYING = re.compile(
    r"\b(?:say|says|said|tell|told|announce[ds]?|warn(?:ed|s)?|claim(?:ed|s)?|reveal(?:ed|s)?|"
    r"insist(?:ed|s)?|add(?:ed|s)?)\b",
    re.IGNORECASE,
)


# what follows "N times" when it multiplies ("four times more mobiles"), not counts
_MULTIPLIED = word_set("more less fewer as higher greater larger bigger faster")
# a group counted by its members ("a 56-man squad", "a 30-strong delegation")
_N_STRONG = frozenset({"man", "strong", "member", "woman"})
_MEMBERS = frozenset(map(index_key, word_set("player member people man men woman women")))
# … and one whose members a figure before "of the" counts ("17 of the current squad")
_TEAMS = frozenset(map(index_key, word_set("squad team side crew staff workforce")))


_NUMBER_OF = word_set("number numbers")


def focused(
    sentence: Sentence,
    predicate: set[str],
    named: Set[str] = frozenset(),
    given: Set[str] = frozenset(),
) -> bool:
    """A figure next to a word of the question: "620 firefighters", "14 small satellites",
    "award tickets, 11.9 million"; or right before a name the question counts (`named`:
    "19,924 Cadillac XLR coupes" for "how many Cadillac XLR cars"). A year the question
    gives itself (`given`) counts nothing it asks ("Guide to British Quangos 2005")."""
    tokens = index_tokens(sentence.text)
    for i, token in enumerate(tokens):
        if (
            token in _NUMBER_OF
            and tokens[i + 1 : i + 2] == ["of"]
            and tokens[i - 1 : i] in (["the"], ["total"])  # ("a number of" is a few)
        ):
            # "the number of malicious programs circulating topped the 100,000 mark", "the
            # numbers of camera phones in the UK more than doubled to 7.5 million"
            counted = frozenset(map(index_key, tokens[i + 2 : i + 2 + FOCUS_SPAN]))
            if any(present(p, counted) for p in predicate) and any(
                t[:1].isdigit() for t in tokens[i + 2 :]
            ):
                return True
        only_one = token == "one" and i > 0 and tokens[i - 1] in {"only", "just"}
        if not (token[:1].isdigit() or token in NUMBER_WORDS - VAGUE_NUMBERS or only_one):
            continue
        if token in given:
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if after in NUMBER_WORDS:
            continue  # "150 million": the last word of the figure decides
        if tokens[i + 1 : i + 3] in (["year", "old"], ["years", "old"]):
            continue  # "five-year-old computers" is an age, not a count of them
        if index_key(after) in named:
            # (but "several hundred UK citizens" counts citizens, not UK troops)
            end = next(
                (j for j in range(i + 1, len(tokens)) if index_key(tokens[j]) not in named),
                len(tokens),
            )
            if (
                end == len(tokens)
                or not set(tokens[i + 1 : end]) <= NATIONS
                or not counts_another(tokens[end], predicate)
            ):
                return True
            continue
        before = tokens[i - 1] if i else ""
        owner = tokens[i - 2] if i > 1 and before == "s" else before
        # ("Amicus' 20,000 are among those balloted" counts its members; "Apple's 80GB"
        # counts no iPods)
        bare = not after or after[:1].isdigit() or after in STOP_WORDS
        if named and bare and index_key(owner) in named:
            return True
        if after in _N_STRONG and not _MEMBERS.isdisjoint(predicate):
            return True  # "the revised 56-man squad" counts its players
        if (
            tokens[i + 1 : i + 3] == ["of", "the"]
            and not _MEMBERS.isdisjoint(predicate)
            and not _TEAMS.isdisjoint(map(index_key, tokens[i + 3 : i + 5]))
        ):
            return True  # "17 of the current squad" counts its players
        if before.endswith("ed") and index_key(before) in predicate:
            return True  # "recommended 15 ways" counts the recommendations
        if (
            named
            and (after.endswith("ed") or after in PARTICIPLES)
            and any(index_key(t) in named for t in tokens[:i])
        ):
            return True  # "PlayStation 2's slimmer shape …, with 50,000 sold" counts them
        if after in _AUXILIARY_AFTER:
            # "more than 150,000 were sold" counts what the sentence spoke of before it
            near = tokens[:i]
        elif (
            counts_another(after, predicate)
            and not (
                # ("lifted the Sydney title four times" counts titles; "four times more
                # mobiles" counts none)
                after == "times" and not _MULTIPLIED.intersection(tokens[i + 2 : i + 3])
            )
            # ("missing three drugs tests": a plural before the question's noun describes it)
            and not _says_any(predicate, tokens[i + 2 : i + 3])
        ):
            continue  # "tickets for the two concerts": "two" counts concerts
        else:
            # ("the 220 or so fire-bombing incidents": the hedge is no word of the count)
            start = i + 3 if tokens[i + 1 : i + 3] == ["or", "so"] else i + 1
            if after in _OTHER_ONES:
                start += 1  # ("along with 16 other Lib Dem MPs")
            # ("eight of the scene's biggest stars": the count's noun after "of the" …)
            span = FOCUS_SPAN + 3 if tokens[start : start + 2] == ["of", "the"] else FOCUS_SPAN
            near = [
                tokens[j]
                for j in chain(range(max(0, i - FOCUS_SPAN), i), range(start, start + span))
                if j < len(tokens) and not _per_unit(tokens, j)
            ]
            # ("online music services, of which there are now 230")
            of = _of_which(tokens, i)
            if of is not None:
                near += tokens[max(0, of - FOCUS_SPAN) : of]
        if _says_any(predicate, near):
            return True
    return False


_PER_UNITS = word_set("year month week day hour")
_OTHER_ONES = word_set("other more further extra")
_NOT_COUNTING = word_set("a an per each every next last this")


def _per_unit(tokens: Sequence[str], j: int) -> bool:
    """Whether the token at `j` is a unit of time that counts nothing: a rate ("cut costs by
    $5bn a year") or a time ("$135m due next year")."""
    return tokens[j] in _PER_UNITS and j > 0 and tokens[j - 1] in _NOT_COUNTING


def _says_any(terms: Iterable[str], tokens: Sequence[str]) -> bool:
    """Whether the tokens hold one of the terms, in any of its forms."""
    keys = frozenset(map(index_key, tokens))
    return any(present(term, keys) for term in terms)


_AUXILIARY_AFTER = word_set("were was are is have has had")


def _of_which(tokens: Sequence[str], i: int) -> int | None:
    """Where "of which there are" begins right before the figure at `i` ("services, of
    which there are now 230"): what comes before it is what the figure counts."""
    for of in range(max(0, i - 5), i - 3):
        if tokens[of : of + 3] == ["of", "which", "there"] and tokens[of + 3] in _AUXILIARY_AFTER:
            return of
    return None


def counts_another(word: str, predicate: Set[str]) -> bool:
    """Whether a word right after a figure is a plural noun the figure counts, other than
    the question's."""
    return (
        len(word) > 3
        and word.isalpha()
        and word.endswith("s")
        and not word.endswith("ss")
        and not present(index_key(word), frozenset(predicate))
    )


# the places that are countries ("the US", "Holland")
NATIONS = NATION_NAMES | word_set("us usa uk")
