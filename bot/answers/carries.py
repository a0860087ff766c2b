"""Whether a sentence carries what a question asks for: a person's name for "who", a place
for "where", a time for "when", a figure for "how many" (`carries`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.answers.cities import CITY
from bot.answers.entities import (
    COUNTRY_FORMS,
    COUNTRY_NAMES,
    DEMONYMS,
    NUMBER_WORDS,
    PLACE_WORDS,
    US_STATES,
    ArticleText,
    Sentence,
)
from bot.answers.measures import (
    AND_A_HALF,
    CURRENCY,
    CURRENCY_SIGNS,
    DURATION,
    FIGURE,
    MEASURES,
    MONTH_NAME,
    NATIONS,
    SHARE,
    SPEECH,
    WHEN_MEASURES,
    counts_another,
    dates_asked,
)
from bot.answers.origins import (
    NOT_OWNERS,
    WHICH_COUNTRY,
    based_at,
    from_place,
    local_named,
    of_place_named,
    owned_by_place,
    owns_asked_place,
    says_where_from,
)
from bot.answers.question import CROWD_NOUNS, LOCAL_NOUNS, MONTHS, WORD, Question, Wanted, word_set
from bot.answers.timing import dated_only_when_told
from bot.answers.words import present, term_words
from bot.storage.terms import fold, index_key, index_tokens
from summaries.text import STOP_WORDS

UNSAID_COUNTS = frozenset(index_key(w) for w in ("people", "person", "men", "women"))
# people counted by what they do or where they are from: a figure of "people" (or
# "individuals") counts them too ("about 51 million people in the US" for "how many
# Americans …?")
CROWDS = frozenset(
    map(
        index_key,
        word_set(
            "spectators fans supporters viewers visitors voters workers employees staff "
            "passengers residents pupils students children adults members protesters officials"
        )
        | CROWD_NOUNS
        | DEMONYMS,
    )
)
# an age: "52-year-old", "Marques, 52,", "aged 52", "(52)", "in its 128-year history"
YEAR_OLD = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\b"
_AGE = re.compile(
    rf"\b{YEAR_OLD}|,\s*\d{{1,3}}\s*,|\baged\s+\d{{1,3}}\b|\(\d{{1,3}}\)"
    r"|\b\d{1,4}-year history\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)  # (asked of each place of each sentence a where-question reads)
def _no_place_here(name: tuple[str, ...]) -> re.Pattern[str]:
    """Where a place's name stands for no place: who says something ("…, Downing Street
    said", but not "the MP for Ealing North claimed", "a centre in Cardiff said"), or, for
    a country, a side played ("beaten Australia and South Africa", "against Fiji")."""
    words = r"\W+".join(map(re.escape, name))
    where = "".join(rf"(?<!\b{p} )" for p in ("in", "at", "of", "for", "from", "near"))
    speaks = rf"{where}\b{words}\s+(?:{SPEECH})\b"
    if name[-1] not in _COUNTRIES_AND_UK:
        return re.compile(speaks, re.IGNORECASE)
    side = r"(?:beat|beats|beaten|beating|against|v|vs|over)\.?"
    other = r"(?:[A-Z][\w'’-]*\s+){1,3}(?:and|or)\s+"
    played = rf"\b{side}\s+(?:the\s+)?(?:{other})?{words}\b"
    return re.compile(f"{speaks}|{played}", re.IGNORECASE)


# "against which country …?", "which country did Slovakia beat …?": the side played
_AGAINST_WHICH = re.compile(r"\bagainst\s+(?:which|what)\b", re.IGNORECASE)
_WHICH_SIDE = re.compile(
    r"^(?:which|what)\s+(?:country|nation|side|team)\b.*"
    r"\b(?:beat|beaten|play|played|face|faced|meet|met)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _side_asked(question: str) -> bool:
    """Whether a where-question asks which country was played ("against which country is
    Wright-Phillips set to start?"), which a side's name answers ("against the Netherlands")."""
    return bool(_AGAINST_WHICH.search(question) or _WHICH_SIDE.search(question))


SINCE_ASKED = re.compile(r"\bsince\s+(?:what|which|when)\b", re.IGNORECASE)
# (what has held "since" then, or "from" a month or year: "trialled from August last year")
_SINCE = re.compile(
    rf"\bsince\b|\bback to\b|\bfrom\s+(?:{'|'.join(m.capitalize() for m in MONTHS)}|\d{{4}})\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"^(?:1[5-9]|20)\d\ds?$")
_NOT_COUNTS = re.compile(
    rf"\b({FIGURE}){AND_A_HALF}[\s-]+{DURATION}",
    re.IGNORECASE,
)
_GROUPING = re.compile(r"\b(\d+)-(?:member|nation|country)\b")
_NO_FIGURES = frozenset({"half", "quarter", "twice", "double", "triple"})  # not a count
# "one 5th the speed", "the 25th award ceremony": no count, unless a rank is asked for
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_RANKED = re.compile(
    r"\b(?:rank\w*|position|place[ds]?|seed\w*|number|milestones?)\b", re.IGNORECASE
)
# Times: no count unless asked for, and a question's "last year" says when, not what
TIME_KEYS = frozenset(
    map(index_key, word_set("seconds minutes hours days weeks months years decades seasons"))
)
_DAYS_OF_MONTH = re.compile(
    rf"\b(\d{{1,2}}(?:st|nd|rd|th)?)(?:\s*(?:and|to|-|–)\s*(\d{{1,2}}(?:st|nd|rd|th)?))?\s+"
    rf"{MONTH_NAME}|\b{MONTH_NAME}\s+(\d{{1,2}}(?:st|nd|rd|th)?)\b"
)
_DIGITS = re.compile(r"\d(?:[\d,.]*\d)?")
# a figure and, in brackets, the same sum in another currency: "$6.75bn (£3.6bn)"
_CONVERTED = re.compile(
    rf"({_DIGITS.pattern})[a-z]*(?: {CURRENCY})?\s*\(([$£€]\d[\d,.]*(?:bn|m|k)?)\)"
)


def other_person(name: tuple[str, ...], q: Question, asked: set[str]) -> bool:
    """Whether the person of this name is not one the question names: none of its words
    is asked ("C-Murder" is the question's "C-Murder", whose parts are its terms), or only
    a first name it shares with one of the question's people ("Alan Johnson" is not the
    question's "Alan Milburn")."""
    shared = {part for word in name for part in WORD.findall(word)} & asked
    return not shared or (
        len(name) >= 2
        and shared == {name[0]}
        and any(len(other) >= 2 and other[0] == name[0] for other in q.names)
    )


# (but a city's games or marathon is held there: "the 1936 Berlin Games")
_NAME_GOES_ON = re.compile(r"\s+(?!(?:Games|Olympics|Marathon)\b)[A-Z]")
_WORD_BEFORE = re.compile(r"([\w'’.-]+)\s+$")


def _named_before(head: str) -> bool:
    """Whether a name's word (no stop word) comes right before: "Real Madrid"."""
    before = _WORD_BEFORE.search(head)
    return bool(before and before[1][:1].isupper() and before[1].lower() not in STOP_WORDS)


def carries(
    sentence: Sentence, wanted: Wanted | None, q: Question, text: ArticleText | None = None
) -> bool:
    """Whether the sentence holds the entity type asked for, beyond the question's own words."""
    if wanted is None:
        return True
    asked = {t.word for t in q.terms}
    if wanted is Wanted.PERSON:
        for name in sentence.people:
            person = text.person(name) if text is not None else None
            if other_person(person.name if person is not None else name, q, asked):
                return True
        return False
    if wanted is Wanted.PLACE and q.measure == "event":
        # (a festival is also called by its town: "won the Golden Lion at Venice")
        return any(
            not set(map(str.lower, m.group(0).split())) <= asked
            for m in _EVENT_NAME.finditer(sentence.text)
        ) or any(
            not set(name) <= asked
            and re.search(rf"\bat\s+{re.escape(' '.join(name))}\b", fold(sentence.text), re.I)
            for name in sentence.places
        )
    if wanted is Wanted.PLACE:
        # "which Danish city …?" is not answered by "Denmark", but by "Aarhus, Denmark"
        countries = {form for word in asked for form in COUNTRY_FORMS.get(word, ())}
        # "which school …?" is not answered by a sentence that speaks of no school (but a
        # neighbourhood's name need not say it is one)
        venues = {t.index_key for t in q.terms if t.word in _VENUES}
        if q.measure == "local" and venues and not any(present(v, sentence.keys) for v in venues):
            return False
        if q.measure == "local" and _venue_named(sentence.text, venues, asked):
            return True  # "Strathclyde University's Fraser of Allander Institute"
        asked -= LOCAL_NOUNS  # "which park …?" is answered by "Bute Park"
        # (an article about the firm asked of may call it "the Trondheim-based company")
        about = (
            q.measure == "base"
            and text is not None
            and bool(q.subject)
            and all(present(k, lead_keys(text)) for k in q.subject)
        )
        quarter = quarter_of(q.text)
        if quarter is not None and quarter.search(sentence.text):
            return True  # "which part of Beirut …?" is answered by "in central Beirut"
        owned = owned_by_place(q.text)
        if owned is not None and any(
            {fold(w.lower()) for w in m.group(1).split()} - NOT_OWNERS - asked
            for m in owned.finditer(sentence.text)
        ):
            return True  # "which city's court …?" is answered by "told a Northfield court"
        if says_where_from(sentence.text, q):
            return True  # "Morocco's Hicham El Guerrouj", "Ref: S Bennett (Kent)."
        if owns_asked_place(sentence, term_words(q)):
            return True  # "London's Science Museum" for "which city is the Science Museum in?"
        if local_named(sentence.text, q, asked):
            return True  # "Liverpool student David Dunne" says where Dunne studies
        if q.measure == "origin" and of_place_named(sentence.text, q):
            return True  # "Bob Wellington, of Torfaen, said" says where he is from
        folded = fold(sentence.text)
        for name in sentence.places:
            if q.measure == "origin" and not from_place(sentence.text, name, q):
                continue
            # ("Ellie Marsden from Northfield" says where she is from, not where she won)
            if q.measure != "origin" and from_place(sentence.text, name, q, sentence.people):
                continue
            if q.measure == "base" and not based_at(sentence.text, name, q, about):
                continue
            if _no_place_here(name).search(folded) and not _side_asked(q.text):
                continue  # "…, Downing Street said", "having beaten Australia": no places
            # ("the Republic of Ireland" is no place but Ireland; "the RBS Six Nations" is
            # the question's "Six Nations")
            rest = set(name) - countries - (STOP_WORDS - {"us"})
            if rest - _OCCASION_WORDS <= asked and rest & _OCCASION_WORDS:
                continue  # "the Boston Indoor Games" is the question's Boston
            if any(len(n) > 1 and set(map(fold, n)) <= set(name) for n in q.names):
                continue
            if (
                rest
                and not rest <= asked
                and not (
                    q.measure == "local"
                    and (rest <= _COUNTRIES_AND_UK or (rest in US_STATES and "state" not in asked))
                )
            ):
                return True
        # a city news names without saying it is a place: "the Tokyo stock market" (not one
        # in another name: "Manchester United", "Real Madrid"; nor for "which country …?")
        return (
            q.measure not in {"origin", "base"}
            and not WHICH_COUNTRY.search(q.text)
            and any(
                not set(fold(m.group(0)).lower().split()) <= asked
                and not _NAME_GOES_ON.match(sentence.text, m.end())
                and not _named_before(sentence.text[: m.start()])
                for m in CITY.finditer(sentence.text)
            )
        )
    if wanted is Wanted.TIME and SINCE_ASKED.search(q.text) and not _SINCE.search(sentence.text):
        return False  # "since what year …?" is answered by what has held since then
    if wanted is Wanted.TIME and q.future and dated_only_when_told(sentence.text):
        return False  # "…, it was confirmed on Wednesday" is not when it will be
    if wanted is Wanted.TIME:
        if q.measure in WHEN_MEASURES:
            return bool(WHEN_MEASURES[q.measure].search(sentence.text))
        return sentence.has_time and dates_asked(sentence.text, q)
    if q.age:
        return bool(_AGE.search(sentence.text))
    if q.measure in MEASURES:
        # a figure the question gives is no answer ("of the planned £35bn, how much …?")
        given = set(_DIGITS.findall(q.text))
        # (nor its conversion: "a $6.75bn (£3.6bn) buyout" for "… Verizon's $6.75bn buyout")
        if given:
            given |= {
                figure
                for m in _CONVERTED.finditer(sentence.text)
                if m.group(1) in given
                for figure in _DIGITS.findall(m.group(2))
            }
        figures = list(_DIGITS.finditer(sentence.text))
        for match in MEASURES[q.measure].finditer(sentence.text):
            digits = {
                f.group() for f in figures if match.start() < f.end() and f.start() < match.end()
            }
            if not digits or not digits <= given:
                return True
        return False
    # a count, not a year nor a time ("for the last 18 months") unless a time is what is
    # counted ("how many years …?")
    numbers = sentence.numbers - asked - _NO_FIGURES
    if not _RANKED.search(q.text):
        numbers = frozenset(n for n in numbers if not _ORDINAL.match(n))
    if q.focus not in TIME_KEYS:
        numbers -= {fold(m.group(1)).lower() for m in _NOT_COUNTS.finditer(sentence.text)}
        # ("winners will be announced between 13 and 15 March": days of a month)
        numbers -= {
            day.lower() for m in _DAYS_OF_MONTH.finditer(sentence.text) for day in m.groups() if day
        }
    if q.measure == "many" and (q.focus in UNSAID_COUNTS or q.focus in CROWDS):
        # ("how many people does Perrier employ?" is not answered by a sum or a share)
        numbers -= {
            fold(figure).lower()
            for m in _SUM_OR_SHARE.finditer(sentence.text)
            for figure in _FIGURE_IN.findall(m.group(0))
        }
        # … nor by a count of things ("eight deprived communities", "seven recording rooms")
        tokens = index_tokens(sentence.text)
        numbers -= {
            token
            for i, token in enumerate(tokens)
            if token in numbers and _counts_things(tokens[i + 1 : i + 3])
        }
        # … nor by the size of a grouping ("the 12-member eurozone")
        numbers -= set(_GROUPING.findall(sentence.text))
    return any(not YEAR.match(n) for n in numbers)


def _counts_things(after: Sequence[str]) -> bool:
    """Whether the words after a figure say it counts things, not people: a plural noun
    within two words that names no people ("eight deprived communities")."""
    for word in after:
        if word in NUMBER_WORDS or word[:1].isdigit():
            return False  # ("150 million people": the figure goes on)
        if counts_another(word, _PEOPLE_KEYS):
            return True
        if index_key(word) in _PEOPLE_KEYS:
            return False
    return False


_PEOPLE_KEYS = (
    CROWDS | UNSAID_COUNTS | frozenset(map(index_key, word_set("jobs staff crew individuals")))
)


# a sum of money or a share: "86.7bn Swiss francs", "£39.1bn", "1.4%"
_SUM_OR_SHARE = re.compile(
    rf"[{CURRENCY_SIGNS}]\s?\d[\d,.]*(?:bn|m|k)?|\d[\d,.]*\s?(?:bn|m)?\s+(?:(?:million|billion|trillion)\s+)?"
    rf"(?:[A-Z]\w+\s+)?(?:{CURRENCY}|francs?|baht|won)\b|{SHARE}",
    re.IGNORECASE,
)
_FIGURE_IN = re.compile(r"[^\W_]*\d[^\W_]*")  # the figure tokens a sentence's numbers hold


_VENUES = LOCAL_NOUNS & PLACE_WORDS


@lru_cache(maxsize=64)  # (built once per kind, not once per sentence read)
def _named_venue(venue: str) -> re.Pattern[str]:
    """What finds a venue of one kind by its name: "Strathclyde University", "the
    University of Surrey" (the name in the first or second group)."""
    kind = rf"(?i:{re.escape(venue)}\w*)"
    return re.compile(
        rf"((?:[A-Z][\w'’-]*\s+){{1,3}}){kind}\b|\b{kind}\s+of\s+((?:[A-Z][\w'’-]*\s*){{1,3}})"
    )


def _venue_named(text: str, venues: set[str], asked: set[str]) -> bool:
    """Whether the sentence names a venue of the kind asked, by a name the question does
    not give ("Strathclyde University", "the University of Surrey" for "which university
    …?")."""
    for venue in venues:
        for m in _named_venue(venue).finditer(text):
            name = {fold(w.lower()).removesuffix("'s") for w in (m.group(1) or m.group(2)).split()}
            if name - asked - STOP_WORDS - DEMONYMS:  # (not "a German court")
                return True
    return False


_OCCASIONS = word_set(
    "fair show festival awards conference summit expo exhibition championship championships "
    "games convention congress forum week open cup ceremony gala rally olympics tournament prize"
)
# The name of an occasion: "the Detroit Motor Show", "the MTV Europe Music Awards"
_EVENT_NAME = re.compile(
    rf"\b(?:[A-Z][\w'’&.-]*\s+){{1,5}}"
    # ("the Sundance film festival")
    rf"(?:{'|'.join(sorted(map(str.capitalize, _OCCASIONS)))}|(?:film\s+|music\s+)?festival)\b"
)
# the words that make an occasion of a place's name ("the Boston Indoor Games")
_OCCASION_WORDS = _OCCASIONS | word_set("indoor outdoor international marathon grand prix")
_PART_OF = re.compile(r"\b(?:which|what) parts? of (?:the )?(country|[A-Z][\w'’-]*)")
_QUARTERS = (
    r"(?:central|(?:north|south)(?:[- ]?(?:east|west))?|east|west|(?:north|south|east|west)ern)"
)


@lru_cache(maxsize=64)
def quarter_of(question: str) -> re.Pattern[str] | None:
    """For "which part of Beirut …?", what finds a quarter of that place ("central
    Beirut")."""
    part = _PART_OF.search(question)
    if part is None:
        return None
    # (or, of a country, its region: "a speech … in the south east")
    return re.compile(
        rf"\b{_QUARTERS}\s+{re.escape(part.group(1))}\b|\bthe\s+{_QUARTERS}\b(?!\s+of\b)",
        re.IGNORECASE,
    )


def lead_keys(text: ArticleText, sentences: int = 1) -> frozenset[str]:
    """The index keys of the headline and the first sentence (or first few): what the
    article is about."""
    return text.title_keys.union(*(s.keys for s in text.sentences[:sentences]))


_COUNTRIES_AND_UK = COUNTRY_NAMES | NATIONS
