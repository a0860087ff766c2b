"""Where someone or something is from, based or placed, as news writes it: "Leeds-based",
"Marques, of Lisbon,", "the Portuguese firm", "born in", "home to", and the capital a
country stands for."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence, Set
from functools import lru_cache

from bot.answers.entities import COUNTRY_NAMES, DEMONYMS, HONORIFICS, NOT_PERSON_WORDS, Sentence
from bot.answers.given_names import GIVEN_NAMES
from bot.answers.question import (
    BASE_VERBS,
    MONTHS,
    ORGANISATION_NOUNS,
    WEEKDAYS,
    WORD,
    Question,
    Wanted,
    word_set,
)
from bot.answers.words import named_words, term_words
from bot.storage.terms import fold, index_key, index_tokens
from summaries.text import STOP_WORDS

ORIGIN_SPAN = 10  # words between a name and the "from" of where they are from
HOME_SPAN = 7  # words between "lives in" … and the place

# "which city's court …?" asks for the name written before "court" (not a people's
# adjective, "told the German court", nor "Mr")
_WHOSE = re.compile(
    r"\b(?:which|what) (?:city|town|country|county|village|region|state|nation|island)['’]s\s+"
    r"([\w-]+)",
    re.IGNORECASE,
)
NOT_OWNERS = STOP_WORDS | HONORIFICS | DEMONYMS


# a country's name as written ("Japan")
_COUNTRY_NAME = rf"(?:{'|'.join(sorted(name.capitalize() for name in COUNTRY_NAMES))})"


# a country's possessive before a name ("Morocco's Hicham El Guerrouj")
_COUNTRY_OWNS = re.compile(rf"\b{_COUNTRY_NAME}['’]s\s+((?:[A-Z][\w'’-]*\s+){{0,3}}[A-Z][\w'’-]*)")


def _country_owns_named(sentence: str, q: Question) -> bool:
    """Whether a country's possessive comes right before a name the question gives."""
    names = named_words(q)
    return any(
        names.intersection(fold(w.lower()) for w in m.group(1).split())
        for m in _COUNTRY_OWNS.finditer(sentence)
    )


# a name, then one who lives, studies or works somewhere, then a person: "Liverpool student
# David Dunne", "Norfolk farmer Tony Martin" (not "Arsenal striker …": a club's)
_LOCAL_NOUNS = (
    "student|students|farmer|resident|residents|pensioner|teenager|schoolboy|schoolgirl|"
    "housewife|grandmother|grandfather|mother|father|man|woman|boy|girl|shopkeeper|landlord"
)
_LOCAL_OF = re.compile(
    rf"\b((?:[A-Z][\w'’-]+\s+){{1,2}})(?:{_LOCAL_NOUNS})\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"((?:[A-Z][\w'’-]+\s*){1,3})"
)
# a band's, singer's or film-maker's home town, mid-sentence (not "Rock singer Pete
# Doherty"): "… while Leeds group Kaiser Chiefs came fifth", "and Hong Kong director Wong
# Kar-Wai for 2046"
_BAND_OF = re.compile(
    r"(?<=[a-z,] )((?:[A-Z][\w'’-]+\s+){1,2})"
    r"(?:band|group|duo|trio|rapper|singer|director|film-maker|filmmaker)\s+"
    r"((?:[A-Z][\w'’-]+\s*){1,3})"
)


# one who competes alone, after where they are from: "Ballymena sprinter Paul Brizzel"
_ATHLETE_OF = re.compile(
    r"\b((?:[A-Z][\w'’-]+\s+){1,2})(?:sprinter|runner|athlete|hurdler|jumper|boxer|golfer|"
    r"swimmer|cyclist|skier|rower|jockey)\s+((?:[A-Z][\w'’-]+\s*){1,3})"
)


# (not a people's word, a small word or a country before the noun: "British student …")
_NO_LOCAL_PLACE = DEMONYMS | STOP_WORDS | COUNTRY_NAMES


def local_named(sentence: str, q: Question, asked: set[str]) -> bool:
    """Whether a name that is none of the question's words stands before a local person
    noun and a name the question gives ("Liverpool student David Dunne"; for where one is
    from, a band's, a film-maker's or an athlete's noun too: "Leeds group Kaiser Chiefs",
    "Ballymena sprinter Paul Brizzel")."""
    names = named_words(q)
    origin = q.measure == "origin"
    bands = _BAND_OF.finditer(sentence) if origin else ()
    athletes = _ATHLETE_OF.finditer(sentence) if origin else ()
    for m in itertools.chain(_LOCAL_OF.finditer(sentence), bands, athletes):
        place = {fold(w.lower()) for w in m.group(1).split()}
        if not (place.isdisjoint(asked) and place.isdisjoint(_NO_LOCAL_PLACE)):
            continue
        if names.intersection(fold(w.lower()) for w in m.group(2).split()):
            return True
    return False


# a name (and an age), then ", of" and a name set off by a comma: "Bob Wellington, of
# Torfaen, said", "Leslie Gray, 43, of Tuxford, Nottingham"
_OF_PLACE = re.compile(
    r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)(?:,\s+\d{1,3})?,\s+of\s+"
    r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+),"
)


def of_place_named(sentence: str, q: Question) -> bool:
    """Whether a name the question gives is followed by ", of <name>,", no body's name."""
    names = named_words(q)
    return any(
        names.intersection(fold(w.lower()) for w in m.group(1).split())
        and NOT_PERSON_WORDS.isdisjoint(fold(w.lower()) for w in m.group(2).split())
        for m in _OF_PLACE.finditer(sentence)
    )


# a name, then " of" and a country ("Justin Gatlin and Francis Obikwelu of Portugal"), or
# a name and a place in brackets, as a match report writes its referee ("Ref: S Bennett
# (Kent).", "Paul Honiss (New Zealand)")
_NAMED_FROM = (
    re.compile(
        rf"((?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+)\s+of\s+(?:the\s+)?{_COUNTRY_NAME}"
        r"(?!['’\w])"
    ),
    re.compile(r"((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]+)\s+\([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\)"),
    # ("Jayanti Amarishi Buhecha from Cambridge was found guilty …", "Nicole Daedone hails
    # from California")
    re.compile(
        r"((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]+),?\s+"
        r"(?:(?:originally|hails|comes|came|is|was)\s+){0,2}from\s+([A-Z][a-z]+)"
    ),
)


def owns_asked_place(sentence: Sentence, asked: Set[str]) -> bool:
    """Whether a capitalised possessive other than the question's, and no day's, comes
    right before a place the question names ("London's Science Museum")."""
    for name in sentence.places:
        if not set(name) <= asked:
            continue
        words = r"\s+".join(map(re.escape, name))
        for m in re.finditer(rf"\b([A-Z][\w-]+)['’]s\s+(?i:{words})\b", sentence.text):
            owner = fold(m.group(1).lower())
            # (not a day's: "Wednesday's Brit awards")
            if not any(owner in kind for kind in (asked, NOT_OWNERS, WEEKDAYS, MONTHS)):
                return True
    return False


def _placed_after_name(sentence: str, q: Question) -> bool:
    """Whether a name the question gives, of no body, is followed by " of <country>", by a
    place in brackets or by "from <place>" (a place the question does not name)."""
    names = named_words(q)
    asked = term_words(q)
    return any(
        names.intersection(words) and NOT_PERSON_WORDS.isdisjoint(words)
        for pattern in _NAMED_FROM
        for m in pattern.finditer(sentence)
        if (words := {fold(w.lower()) for w in m.group(1).split()})
        # (not "Feroz Abbasi, from London" for "which part of London …?")
        and not (m.lastindex == 2 and fold(m.group(2).lower()) in asked)
    )


def says_where_from(sentence: str, q: Question) -> bool:
    """Whether the sentence says where a name the question gives is from, for a question
    that asks it or asks which country: a country's possessive before the name ("Ireland's
    Ryanair"), or a country, a place in brackets or "from <place>" after it. (For where
    one is from, or which place one represents, any place's possessive: "Lisburn's Kelly
    McNeice Reid", "Birmingham's Sion Simon".)"""
    home, country = where_from_asked(q)
    return (
        (country and _country_owns_named(sentence, q))
        or (home and _place_owns_named(sentence, q))
        or (country and _placed_after_name(sentence, q))
        or ((home or country) and _native_of_named(sentence, q))
    )


# "her native Austria", "a native of Ghana"
_NATIVE = re.compile(r"\b(?:(?:his|her|their)\s+native|native\s+of)\s+[A-Z]")


def _native_of_named(sentence: str, q: Question) -> bool:
    """Whether the sentence gives a person's native land, and a name the question gives."""
    if not _NATIVE.search(sentence):
        return False
    said = {fold(w.lower()) for w in WORD.findall(sentence)}
    return any(not said.isdisjoint(name) for name in map(set, q.names))


@lru_cache(maxsize=64)  # (asked of every sentence read for the question)
def where_from_asked(q: Question) -> tuple[bool, bool]:
    """Which of `says_where_from`'s checks the question asks for: any place's possessive
    (where one is from, or which place one represents), and a country's possessive or a
    place after the name (where one is from, or which country)."""
    # (where one lives is where news says one is from: "owner Lynne Edwards from Huntington")
    origin = q.measure == "origin" or (q.wanted is Wanted.PLACE and q.verb == "live")
    return (
        origin or bool(_REPRESENTS.search(q.text)),
        origin or bool(WHICH_COUNTRY.search(q.text)),
    )


_REPRESENTS = re.compile(r"\brepresents?\?", re.IGNORECASE)
# a capitalised word's possessive right before a person's name ("Lisburn's Kelly …")
_OWNER_OF_NAME = re.compile(r"\b([A-Z][a-z]+)['’]s\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})")


def _place_owns_named(sentence: str, q: Question) -> bool:
    """Whether a place's possessive comes right before the whole of a person's name the
    question gives (not a person's nor a body's: "Ana's Tom Beale", "Labour's Tom Beale")."""
    return any(
        name_words <= {fold(w.lower()) for w in m.group(2).split()}
        and fold(m.group(1).lower()) not in NOT_PERSON_WORDS | GIVEN_NAMES
        for m in _OWNER_OF_NAME.finditer(sentence)
        for name_words in map(set, q.names)
        if len(name_words) >= 2
    )


@lru_cache(maxsize=64)
def owned_by_place(question: str) -> re.Pattern[str] | None:
    """For "which city's court …?", what finds the name right before that word, written as
    the question writes it, in a sentence ("told a Northfield court"; not a possessive, "Mr
    Beale's court", but a country's, "Japan's Suzuki"; nor a name's word: "the Calder
    Court")."""
    whose = _WHOSE.search(question)
    if whose is None:
        return None
    return re.compile(
        rf"\b((?:[A-Z][\w-]*\s+){{1,3}}|{_COUNTRY_NAME}['’]s\s+){re.escape(whose.group(1))}\b"
    )


# the words that say where someone lives or was born ("who lives in", "born in")
_HOME_WORDS = frozenset({"lives", "lived", "born", "native", "raised"})


# the words between "from" and the place someone is from ("from near Cullompton", "from
# south-east London")
_NEAR_OR_PART = word_set(
    "near north south east west northern southern eastern western central outside rural"
)


# the age a question calls someone by ("the 19-year-old arrested over …")
_AGED = re.compile(r"\b(\d{1,3})-year-old\b")


def from_place(
    text: str,
    place: tuple[str, ...],
    q: Question,
    people: Sequence[tuple[str, ...]] | None = None,
) -> bool:
    """Whether the place is where someone the question names is from: "Moazzam Begg, from
    Birmingham", "Jörg Düsterwald, a 49-year-old artist from Hameln" (someone of `people`,
    when given: not "Delta's fares from Cincinnati")."""
    names = named_words(q)
    if people is not None:
        names &= {word for person in people for word in person}
    else:
        # (the question may name someone by age: "… the 19-year-old arrested over …")
        names |= set(_AGED.findall(q.text))
    tokens = [fold(w.lower()) for w in WORD.findall(text)]
    words = list(place)
    # "Mirza, who lives in the southern Indian city of Hyderabad" says where she is from
    # too (when that is asked: not to rule out where else she is)
    homes = _HOME_WORDS if people is None else frozenset()

    def names_place(i: int) -> bool:
        if tokens[i] == "from":  # (and "Stone, from near Cullompton", "from north London")
            start = i + 1
            while start < min(i + 3, len(tokens)) and tokens[start] in _NEAR_OR_PART:
                start += 1
            return tokens[start : start + len(words)] == words
        return tokens[i] in homes and any(
            tokens[j : j + len(words)] == words for j in range(i + 1, i + 1 + HOME_SPAN)
        )

    # ("The Birmingham-born singer, full name Jamelia Davis, …")
    born = re.search(rf"\b{re.escape(' '.join(words))}[-–]born\b", fold(text), re.IGNORECASE)

    def owns_it() -> bool:
        # ("Japan's oldest film studio" for "which country is Shochiku, the film studio …?")
        if people is not None or words[-1] not in COUNTRY_NAMES:
            return False
        described = {t.word for t in q.terms if not t.name}
        n = len(words)
        return any(
            tokens[i : i + n - 1] == words[:-1]
            and tokens[i + n - 1] in {f"{words[-1]}'s", f"{words[-1]}’s"}
            and not described.isdisjoint(tokens[i + n : i + n + 3])
            for i in range(len(tokens))
        )

    return (
        (born is not None and bool(names.intersection(tokens)))
        or any(
            names_place(i) and names.intersection(tokens[max(0, i - ORIGIN_SPAN) : i])
            for i in range(1, len(tokens) - 1)
        )
        or owns_it()
    )


BASE_SPAN = 4  # words between a name and "in <place>": "Cepes, which is based in Lima"
BASED_SPAN = 6  # … and after "-based": "a New York-based trade group called The Travel Partnership"
_BASED = index_key("based")
_HOME_TO = [index_key("home"), "to"]
_BASE_KEYS = frozenset(map(index_key, BASE_VERBS))
# What is done to another firm: "agreed to buy the Leeds-based company"
_DEALS = frozenset(
    map(index_key, word_set("buy bought acquire acquired sell sold merge bid takeover"))
)


# what a body based somewhere is called ("the Trondheim-based company")
_BODY_NOUNS = ORGANISATION_NOUNS | word_set("tank group bank agency body organisation institute")


def based_at(text: str, place: tuple[str, ...], q: Question, about: bool = False) -> bool:
    """Whether the place is where the name asked about is based: "Florida-based Falic",
    "Group Menatep, the Gibraltar-based holding company", "the Atlantic Deep Ocean
    Institute in Ponta Delgada", "Paul Sheard, economist at Lehman Brothers in Tokyo" (a
    name the question gives him), or "the firm based in Beaverton" naming no one else; in
    an article `about` it, also "the Trondheim-based company" naming no other firm."""
    words = WORD.findall(text)
    tokens = [index_key(fold(w.lower())) for w in words]
    where = tuple(index_key(w) for w in place)
    subject = set(q.subject)
    # (and its firm: "Kurt Karl, economist at Swiss Re in New York")
    named = {index_key(w) for name in q.names for w in name} | {
        t.index_key for t in q.terms if t.name
    }
    known = subject | named
    # (the words of a question that asks where one it describes is based: "the ex-travel
    # agent who founded Jet Airways")
    described = _based_one(q.text)
    n = len(where)
    for i in range(len(tokens) - n + 1):
        if tuple(tokens[i : i + n]) != where:
            continue
        near = tokens[max(0, i - BASE_SPAN) : i] + tokens[i + n + 1 : i + n + 1 + BASED_SPAN]
        based = tokens[i + n : i + n + 1] == [_BASED]
        if based and subject.intersection(near):
            return True
        if based and not subject and described and described <= set(tokens[i + n + 1 : i + n + 4]):
            return True  # "London-based ex-travel agent Naresh Goya" for "the ex-travel agent"
        home = next((j for j in range(i + n, i + n + 4) if tokens[j : j + 2] == _HOME_TO), None)
        if home is not None and known.intersection(tokens[home : home + BASED_SPAN]):
            return True  # "Rotterdam, in Holland, home to crane maker Huisman Itrec"
        # (its noun may follow what it does: "the Paris-based economics think tank")
        after = words[i + n + 1 : i + n + 5]
        noun = next((j for j, w in enumerate(after[:3]) if w in _BODY_NOUNS), None)
        if (
            about
            and based
            and noun is not None
            and all(w.islower() for w in after[:noun])
            and not (len(after) > noun + 1 and after[noun + 1][:1].isupper())
            and _DEALS.isdisjoint(tokens[max(0, i - BASE_SPAN) : i])
        ):
            return True  # "the Trondheim-based company said", not "buy the Leeds-based firm"
        i = _capital_of(words, tokens, i)
        if i == 0 or tokens[i - 1] not in {"in", "at"}:
            continue
        if known.intersection(tokens[max(0, i - 1 - BASE_SPAN) : i - 1]):
            return True
        if i >= 2 and tokens[i - 2] in _BASE_KEYS:
            # (the name asked about, or a people's word, is no other: "the Tampa Bay
            # Buccaneers American football team based in Florida")
            window = slice(max(1, i - 2 - BASE_SPAN), i - 2)
            others = [
                w
                for w, t in zip(words[window], tokens[window], strict=True)
                if w[:1].isupper() and t not in known and w.lower() not in DEMONYMS
            ]
            if not others:
                return True
    return False


_BASED_ONE = re.compile(r"\b(?:was|is|were|are)\s+the\s+((?:[a-z][\w-]*\s+){1,3}?)(?:who|that)\b")


@lru_cache(maxsize=64)
def _based_one(question: str) -> frozenset[str]:
    """The index keys of the one a where-based question describes without a name ("the
    ex-travel agent who founded Jet Airways"), or none."""
    match = _BASED_ONE.search(question)
    return frozenset(map(index_key, index_tokens(match.group(1)))) if match else frozenset()


def _capital_of(words: list[str], tokens: list[str], i: int) -> int:
    """Where the words that call the place at `i` a capital start ("based in *the Cameroon
    capital* Yaounde"), or `i`."""
    if i == 0 or tokens[i - 1] != _CAPITAL:
        return i
    start = i - 1
    while start > 0 and i - start <= 2 and words[start - 1][:1].isupper():
        start -= 1  # ("the *Cameroon* capital")
    return start - 1 if start > 0 and tokens[start - 1] == "the" else start


_CAPITAL = index_key("capital")


# "which country …?", "in what European nation …?"
WHICH_COUNTRY = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+)?(?:country|countries|nation|nations)\b", re.IGNORECASE
)
