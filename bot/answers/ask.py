"""Questions answered from stored articles, each sentence with its source, or nothing.

1. **Analyse** the question (`bot.answers.question`): content terms, names as phrases, the
   entity type wanted (who/where/when/how many) and a time scope.
2. **Retrieve** with FTS5 BM25. Every term is quoted, so nothing the user typed is
   FTS5 syntax. Names must all match when the question has several (an AND of
   phrases, falling back to OR), and the most common words are left out of the
   index query when they would make it slow: BM25 gives them little weight anyway,
   and the sentence picker still counts them.
3. **Re-rank** the candidates by how well their best sentence answers the question,
   with BM25, recency and the number of outlets carrying the story as lesser
   signals.
4. **Answer** with 1–3 sentences that cover most of the question's weighted terms,
   carry the wanted entity (a person's name for "who", a place, a time, a number)
   and do not repeat one another. Below the threshold the answer is empty: the bot
   says nothing stored answers the question rather than return a loosely related
   sentence.
"""

from __future__ import annotations

import asyncio
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import lru_cache
from itertools import chain, pairwise

from bot.answers.entities import (
    COUNTRIES,
    COUNTRY_FORMS,
    COUNTRY_NAMES,
    DEMONYMS,
    HONORIFICS,
    NAMED_DAYS,
    NATION_NAMES,
    NOT_PERSON_WORDS,
    NUMBER_WORDS,
    PLACE_WORDS,
    SPEECH_VERBS,
    VAGUE_NUMBERS,
    ArticleText,
    Person,
    Sentence,
    article_keys,
    time_spans,
)
from bot.answers.given_names import GIVEN_NAMES
from bot.answers.question import (
    BASE_VERBS,
    CAPITAL_NAMES,
    CROWD_NOUNS,
    DEFINING_VERBS,
    EVENT_VERBS,
    LOCAL_NOUNS,
    MONTHS,
    ORGANISATION_NOUNS,
    PARTICIPLES,
    PERSON_NOUNS,
    PLACE_NOUNS,
    POSITIONS,
    WEEKDAYS,
    WORD,
    Question,
    Term,
    TimeScope,
    Wanted,
    analyze,
    head_noun_type,
    which_nouns,
    word_set,
)
from bot.answers.topics import TopicError, TopicQuery, parse_topic
from bot.models import Article, Owner, Reply, ReplyItem
from bot.render import shown
from bot.storage.ports import Articles
from bot.storage.query import AnyOf, Phrase, TextQuery
from bot.storage.records import MatchInfo
from bot.storage.terms import fold, index_key, index_terms, index_tokens
from summaries.document import has_broken_quote
from summaries.people import introduce_people
from summaries.text import STOP_WORDS

MAX_ANSWERS = 3
INITIALS = frozenset(name.lower() for name in CAPITAL_NAMES)
ROLE_KEYS = frozenset(index_key(w) for w in PERSON_NOUNS)
UNSAID_COUNTS = frozenset(index_key(w) for w in ("people", "person", "men", "women"))
PEOPLE = frozenset(map(index_key, ("people", "individuals")))  # a count of anyone
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
# one workforce, whichever word counts it ("20,000 workers lost their jobs" for "how many
# employees …?")
STAFF = frozenset(map(index_key, ("workers", "employees", "staff")))
CANDIDATES = 200  # FTS5 matches taken from the index …
READ = 10  # … of which the best of this many stories are read …
COPIES = 2  # … this many articles of each …
TOP_ARTICLES = 8  # … and of the best this many matches, whatever their story, …
NEAR_TOP = 0.85  # … those whose rank is this share of the best one's (a big story's third copy)
POSTINGS_BUDGET = 25_000  # the index query leaves out common words beyond this many postings
NAME_WEIGHT = 1.5  # a name in the question counts this much more than another word
MIN_COVERAGE = 0.35  # share of the question's weight one sentence must carry for "who" …
MIN_COVERAGE_WEAK_TYPE = 0.58  # … for when/where/how many (times and figures are everywhere) …
MIN_COVERAGE_UNTYPED = 0.55  # … and when the question asks for no entity type ("what …?") …
ABOUT_IT = 0.8  # … but one of an article that carries this share of the question's weight …
ABOUT_IT_SLACK = 0.15  # … may carry this much less (the article says what it is about)
MIN_ARTICLE_COVERAGE = 0.5  # share its article must carry (a long question paraphrases) …
MIN_ARTICLE_COVERAGE_FEW = 0.7  # … or for a question of FEW_TERMS terms or fewer …
FEW_TERMS = 6
MIN_EVIDENCE = 1.0  # … the two shares together …
RARE_SHARE = 0.03  # … and hold a word found in at most this share of articles …
RARE_MIN_DF = 3.0  # … (or this many, in a small store) …
MIN_MASS = 2.0  # … or words whose idf adds up to this many rare words' idf
SHORT_TERMS = 3  # a question of this many terms or fewer must match them all …
SHORT_WINDOW = 10  # … within this many tokens
ENTITY_BONUS = 0.1
FOCUS_BONUS = 0.15  # a figure next to what a how-many question counts ("620 firefighters")
FOCUS_SPAN = 3  # … within this many words of it
FUTURE_BONUS = 0.15  # "when will …?" is answered by what will happen, not what did …
# (… and "when / where was …?" by what did, not by what will: the same weight is taken off)
DAY_BONUS = 0.05  # … and by a day ("29 March") before a month ("in March and August") …
VAGUE_PENALTY = 0.1  # … and a time with no day, month or year ("early next year") last
FIGURE_BONUS = 0.1  # a sentence that writes a figure of the question ("slip by 0.5%")
NAMED_BONUS = 0.3  # a "who" sentence that names someone ("it is run by Lurdes Aragão") …
ROLE_BONUS = 0.3  # … as the holder of the role asked about ("U.S. Attorney Andy Luger")
ROLE_SPAN = 3  # … (words between the role, the name it belongs to and its holder's)
ORIGIN_SPAN = 10  # words between a name and the "from" of where they are from
HOME_SPAN = 7  # words between "lives in" … and the place
WORDED_OTHERWISE = 0.75  # a sentence with this share of the question's weight may word its verb
VERB_WORDS = 4  # a "who" question with this many words besides names says enough without its verb
CONTEXT_SHARE = 0.8  # a name the article is about counts this much in a sentence without it
TOPIC_SHARE = 0.5  # … and a word of its headline
PREVIOUS_SHARE = 0.5  # … and a word of the sentence before
FOLLOWING_SHARE = 0.15  # … or of any sentence before one with the date, place or figure it lacks
DESCRIBED_REACH = 10  # how many sentences back a description ("the chair …") may point
NAMING_PROMINENCE = 0.4  # a "who" answer prefers the person the article is about …
NAMING_FULL = 0.1  # … where the full name is given …
NAMING_DISTANCE = 0.01  # … close to the sentence that answers the rest
NAMING_REACH = 9  # sentences, at most, between that sentence and a name it is given
POSITION_PENALTY = 0.05
# A sentence with three names the question asks about, and the date, place, figure or
# person asked for, may answer though it words all the rest otherwise ("Tom Beale told
# Calder Radio from Lisbon that Ashford Rovers …"); it ranks below any sentence that says
# what was asked
MANY_NAMES = 3
LONG_NAME = 2  # words of a name (an event's, someone's) a date said with it alone answers
ECHO_WORDS = 6  # words in a row a question may quote a sentence by, whatever else it says …
ECHO_SAID = 3  # … of which this many say something (no name, no stop word)
NAMES_ONLY_PENALTY = 0.2
CONTEXT_WEIGHT = 0.25
BM25_WEIGHT = 0.3
RECENCY_WEIGHT = 0.15
RECENCY_DAYS = 7.0
SOURCES_WEIGHT = 0.03
AHEAD_SLACK = 0.05  # a when-sentence that says what is ahead, of a question that asks it
FOLLOW_UP = 0.85  # further sentences must score this share of the best one
REDUNDANT = 0.6  # word-set overlap above which a sentence repeats an earlier one


# Words that say the same thing in other forms the stemmer does not join: irregular verbs
# and the doer of an action ("who founded …?" → "its founder, …").
EQUIVALENT_WORDS = (
    "win won winner victory",
    "lose lost loser defeat",  # ("a 1-0 defeat at the hands of Sevilla")
    "lead led leader",
    "run ran runner",
    "sell sold seller",
    "buy bought buyer purchase purchased reacquire reacquired",
    "pay paid",
    "respondents people",  # ("55% of the respondents said" for "what percentage of people …")
    "make made maker",
    "take took taken",
    "give gave given deliver delivered donate donated",
    "hold held holder",
    "meet met",
    "tell told",
    "say said",
    "become became",
    "leave left",
    "begin began begun",
    "fall fell fallen drop dropped sink sank slump slumped plunge plunged tumble tumbled down",
    "rise rose risen climb climbed soar soared jump jumped",
    "strike struck striker",
    "catch caught",
    "bring brought",
    "think thought",
    "choose chose chosen",
    "drive drove driven driver",
    # (the index's porter stems "flies" "fli" but keeps "fly": no vowel before the y)
    "fly flew flown flies",
    "try tries",
    # (and stems "gas" "ga" but "gases" "gase": a singular ending in one "s" loses it)
    "gas gases",
    "bus buses",
    "bonus bonuses",
    "virus viruses",
    "campus campuses",
    "census censuses",
    "status statuses",
    "lens lenses",
    "crisis crises",
    "cry cries",
    "dry dries",
    "spy spies",
    "grow grew grown",
    "keep kept keeper",
    "spend spent",
    "build built builder",
    "send sent",
    "shoot shot shooter bullet",  # ("eight bullets were fired" for "how many shots")
    "write wrote written writer author",
    "steal stole stolen",
    "join move",  # (a player who joins a club moves to it)
    " ".join(sorted(BASE_VERBS)),  # (where a firm is based, it has its headquarters)
    "break broke broken",
    "beat beaten",
    "know knew known",
    "go went gone",
    "come came",
    "see saw seen",
    "stand stood",
    "speak spoke spoken speaker speech",
    "wear wore worn",
    "wake woke woken",
    "hear heard",
    "teach taught teacher",
    "fight fought fighter",
    "swim swam swum swimmer",
    "sing sang sung singer",
    "throw threw thrown",
    "ride rode ridden rider",
    "sink sank sunk",
    "die died dead death",
    "found founded founder",
    "own owned owner",
    "show shown screen screened unveil unveiled",
    "raise raised hike hiked",
    "play played player",
    "score scored scorer goal",
    "kill killed killer",
    "edit edited editor",
    "direct directed director",
    "design designed designer",
    "invent invented inventor",
    "create created creator",
    "govern governor",
    "manage managed manager",
    "train trained trainer",
    "paint painted painter",
    "publish published publisher",
    "produce produced producer",
    "report reported reporter",
    "organise organised organiser organize organized organizer",
    "invest invested investor",
    "employ employed employer employee",
    "rescue rescued rescuer",
    "murder murdered murderer",
    "chair chaired chairman chairwoman chairperson chairmanship",
    "coach coached",
    "captain captained captains",
    "head headed",
    "host hosted",
    "star starred",
    "present presented presenter",
    "represent represented representative",
    "advise advised adviser advisor",
    "purchase purchased acquire acquired acquisition takeover",
    "comment commented",
    "born birth birthplace",
    # words news writes for one another
    "start started begin began launch open",
    "crash accident collision",
    "crash incident",
    "phone phones mobiles",  # ("674 million mobiles were sold")
    "run ran clocked",
    "rebel rebels rebelled rebellion revolt oppose",
    "month months quarter",
    "salary pay wage",
    "believe believed think thought",
    "attend attended watch watched crowd spectator spectators",
    "arrest arrested detain detained",
    "surgery operation",  # ("will undergo an operation on Monday")
    "accuse accused",
    "ban banned suspend suspended suspension",
    "beat victory defeat defeated",
    "sack sacked dismiss dismissed",
    "quit resign resigned",
    "hire hired appoint appointed",
    "match game fixture meeting derby",
    "last final",
    "first opening",
    "close closed closing closure shut shutting",
    "prize award",
    "test tested trial trialled trialed",
    "jail jailed prison imprisoned",
    "film movie",
    "previous last",  # ("the previous year": "last year")
    "meant intended supposed destined",  # ("was intended to be released in 2001")
    "find found discover discovered",
    "reveal revealed unveil unveiled disclose disclosed",
    "present presented release released unveil unveiled",  # ("details … were released")
    "vow vowed pledge pledged promise promised",
    "aim aims aimed intend intends intended",
    "front fronted present presented host hosted",
    "raise raised lift lifted boost boosted increase increased",
    "hand handed present presented receive received",
    "disappear disappeared vanish vanished",
    "postpone postponed delay delayed",
    "cancel cancelled scrap scrapped axe axed",
    "criticise criticised criticize criticized condemn condemned slam slammed",
    "reject rejected refuse refused",
    "sue sued lawsuit",
    "lawyer attorney",
    "relegation relegated demoted",
    "viewers audience",  # ("had a regular audience of eight million" for "how many viewers")
    "cut reduce reduced slash slashed",
    "injure injured hurt wounded",
    "claim claimed allege alleged",
    "schedule scheduled plan planned",
    "settle settled settlement",
    "release released open",
    "aim aimed target targeted",
    "air aired broadcast",
    "bigger greater larger",
    "biggest greatest largest",
    "uk britain",
    "netherlands holland",
    # and short names of parties
    "lib liberal",
    "dem dems democrat democrats",
    "tory tories conservative conservatives",
)
# an age: "52-year-old", "Marques, 52,", "aged 52", "(52)", "in its 128-year history"
_YEAR_OLD = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\b"
_AGE = re.compile(
    rf"\b{_YEAR_OLD}|,\s*\d{{1,3}}\s*,|\baged\s+\d{{1,3}}\b|\(\d{{1,3}}\)"
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
    speaks = rf"{where}\b{words}\s+(?:{_SPEECH})\b"
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


_SINCE_ASKED = re.compile(r"\bsince\s+(?:what|which|when)\b", re.IGNORECASE)
# (what has held "since" then, or "from" a month or year: "trialled from August last year")
_SINCE = re.compile(
    rf"\bsince\b|\bback to\b|\bfrom\s+(?:{'|'.join(m.capitalize() for m in MONTHS)}|\d{{4}})\b",
    re.IGNORECASE,
)
_SINCE_DATE = re.compile(r"\bsince\s+(?:\d|[A-Z])")  # "its best performance since 1980"


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


# "who at the British Chambers of Commerce said …?": the body whose speaker is asked for
_WHO_AT = re.compile(
    r"^(?i:who)\s+(?:at|from)\s+(?:the\s+)?((?:[A-Z][\w'’&.-]*\s+(?:(?:of|and|&)\s+)?)*[A-Z][\w'’&.-]*)"
)


@lru_cache(maxsize=64)
def _asked_body(question: str) -> frozenset[str]:
    """The index keys of the body "who at <body> said …?" asks a speaker of."""
    body = _WHO_AT.match(question)
    return frozenset(index_terms(body.group(1))) if body else frozenset()


def _speaks_for_asked(sentence: Sentence, q: Question) -> bool:
    """Whether, for "who at <body> said …?", the sentence has someone speak and names the
    whole body."""
    body = _asked_body(q.text)
    if not body or not sentence.people or not body <= sentence.keys:
        return False
    return not SPEECH_VERBS.isdisjoint(fold(w.lower()) for w in WORD.findall(sentence.text))


def _aged_as_topic(sentence: Sentence, q: Question, text: ArticleText) -> bool:
    """Whether the sentence gives an age as "the 24-year-old" ("Coach Mike Ruddock says the
    24-year-old should take the armband") in an article whose headline or first sentence
    names the person of two words or more the question asks about."""
    if not _THE_AGED.search(sentence.text):
        return False
    lead = _lead_keys(text)
    return any(len(name) >= 2 and index_key(name[-1]) in lead for name in q.names)


def _says_age(sentence: Sentence, q: Question, text: ArticleText) -> bool:
    """Whether a sentence gives the age a "how old …?" question asks, by the name or as
    "the 24-year-old" in a story about the one asked of."""
    return q.age and (_aged_by_name(sentence.text, q) or _aged_as_topic(sentence, q, text))


_PRICE_WORDS = word_set("cost costs price priced retail retails")


def _priced_by_name(text: str, q: Question) -> bool:
    """Whether the sentence puts a sum beside a name the question asks the cost of:
    "at a mere £20, Metal Slug 3 is …", "the Tern-3 will cost £400"."""
    pattern = _price_beside_name(q)
    return pattern is not None and bool(pattern.search(text))


@lru_cache(maxsize=64)  # (asked of every sentence read for the question)
def _price_beside_name(q: Question) -> re.Pattern[str] | None:
    """For a question that asks what something named costs, what finds a sum within a few
    words of one of its name's words; else None."""
    names = sorted({re.escape(t.word) for t in q.terms if t.name})
    if q.measure != "money" or not names or not _PRICE_WORDS & {t.word for t in q.terms}:
        return None
    money, name = _MEASURES["money"].pattern, rf"\b(?:{'|'.join(names)})\b"
    return re.compile(rf"(?:{money}).{{0,30}}{name}|{name}.{{0,30}}(?:{money})", re.I)


_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b|\bnoon\b|\bmidnight\b|"
    # ("at 1815 GMT")
    r"\bo'clock\b|\b[0-2]\d[0-5]\d\s?(?:GMT|BST|UTC|CET|EST|PST)\b",
    re.IGNORECASE,
)
# A sentence saying the person it follows is not named ("His name was not released.")
_NAME_WITHHELD = re.compile(
    r"^(?:His |Her |Their |The (?:\w+'s )?)names? (?:was|were|has|have|had) not (?:yet )?(?:been )?"
    r"(?:released|made public|given|disclosed)|^(?:He|She|They) (?:was|were|has|have) not "
    r"(?:yet )?(?:been )?(?:named|identified)",
)
# Sentences that say the answer is not known, by what is asked: "a replacement has yet to
# be named", "for an undisclosed sum", "no date has been set"
# "did not say where the job losses would fall": what is asked is not told
_SAY = r"(?:say|reveal|disclose)"
_NOT_SAYING = rf"\b(?:declined|refused|would not|did not|didn't|wouldn't) (?:to )?{_SAY}"
# "which online auction house does …?": the noun of what is asked, before the verb
_WHICH_NOUN = re.compile(
    r"^(?:which|what)\s+(?:[a-z-]+\s+){0,3}?([a-z-]+)\s+(?:does|did|do|is|was|were|are|has|had|"
    r"have|will)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _which_noun(question: str) -> re.Pattern[str] | None:
    """What finds the noun a "which …?" question asks for after "a" or "an" in a sentence
    ("an online auction house")."""
    match = _WHICH_NOUN.match(question)
    if match is None:
        return None
    return re.compile(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(match.group(1))}\b", re.I)


def _unnamed_which(q: Question, sentence: Sentence) -> bool:
    """Whether the sentence writes what a "which …?" question asks for as "a …" or "an …"
    and names nothing the question does not, nor gives a figure ("an HIV prevalence of
    24%"): it says there is one, not which."""
    noun = _which_noun(q.text)
    return (
        noun is not None
        and not sentence.numbers
        and bool(noun.search(sentence.text))
        and sentence.names <= _term_words(q)
    )


# which profit a figure is of: "net profits were up 42%", "pre-tax profits rose 56%"
_PROFIT_KIND = re.compile(
    r"\b(net|pre-tax|pretax|operating|gross|underlying)\s+(?:[a-z]+\s+)?"
    r"(?:profit|profits|income|earnings|loss|losses)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _profit_kinds(text: str) -> frozenset[str]:
    """The kinds of profit a text gives figures of ("net", "pre-tax" …)."""
    return frozenset(m.lower().replace("pretax", "pre-tax") for m in _PROFIT_KIND.findall(text))


def _another_profit(question: str, sentence: str) -> bool:
    """Whether the question asks one kind of profit and the sentence gives only others."""
    asked = _profit_kinds(question)
    if not asked:
        return False
    said = _profit_kinds(sentence)
    return bool(said) and asked.isdisjoint(said)


# "at which university …?": a place whose kind news also writes without its name
_WHICH_INSTITUTION = re.compile(
    r"\b(?:which|what)\s+(university|college|school|hospital|prison|clinic)\b", re.IGNORECASE
)


@lru_cache(maxsize=64)
def _unnamed_institution(question: str) -> re.Pattern[str] | None:
    """For "which university, school, hospital … ?", what finds one written without its
    name in a sentence ("studying English at university", "a hospital scan")."""
    asked = _WHICH_INSTITUTION.search(question)
    if asked is None:
        return None
    kind = re.escape(asked.group(1).lower())
    return re.compile(rf"\b(?:(?:at|to|in|from)\s+|an?\s+){kind}\b")


_NOT_SAID = {
    Wanted.PERSON: re.compile(
        r"\b(?:yet to be|not (?:yet )?been|(?:was|were|is|are) not|never) (?:named|identified|"
        r"appointed|chosen|announced)\b|\bunnamed\b|\bunidentified\b|\b(?:declined|refused|"
        rf"would not|did not|didn't|wouldn't) (?:to )?(?:name|identify|{_SAY} who)\b",
        re.IGNORECASE,
    ),
    Wanted.NUMBER: re.compile(
        r"\bundisclosed\b|\bunspecified\b|\bnot (?:been )?(?:disclosed|revealed)\b|\b(?:declined|"
        r"refused|would not|did not|didn't|wouldn't) (?:to )?(?:disclose|reveal|say how)\b",
        re.IGNORECASE,
    ),
    Wanted.TIME: re.compile(
        r"\bno date\b|\b(?:date|time) (?:has|have) (?:yet|not)\b|\byet to be (?:set|fixed|"
        rf"decided|confirmed|announced)\b|{_NOT_SAYING} when\b",
        re.IGNORECASE,
    ),
    Wanted.PLACE: re.compile(
        r"\b(?:venue|site|location) (?:has|is) (?:yet|still|not)\b|\bundisclosed location\b|"
        rf"\byet to be (?:decided|chosen|confirmed|announced)\b|{_NOT_SAYING} where\b",
        re.IGNORECASE,
    ),
}
# what says where something will be is still to be told (asked what will be)
_PLACE_TO_COME = re.compile(
    r"\b(?:announce|reveal|decide|choose) (?:the |its |their )?(?:location|venue|site)\b", re.I
)
# a sentence whose subject is the one before's: "It will do so at a presentation …" (not
# summaries' `needs_antecedent`: a sentence opening "However, …" has a subject of its own)
_POINTS_BACK = re.compile(r"(?:it|he|she|they|this|these)\b", re.IGNORECASE)
# What says someone became something: "was appointed governor in 2019", "took over as
# manager", "chairman since 1987"
_BECAME = re.compile(
    r"\b(?:became|become|becomes|becoming|appointed|named|elected|took over|taking over|"
    r"succeed(?:ed|s)?|since|joined|sworn in|installed|promoted|(?:was|were) made)\b",
    re.IGNORECASE,
)
# which round of a competition: "the fifth round", "a third-round replay"
_ROUND = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th)[\s-]+round\b"
)
# a later time than the first: "for an unprecedented fifth term"
_LATER_TIME = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))\s+"
    r"(?:[a-z]+\s+)?(?:term|time|spell|stint)\b",
    re.IGNORECASE,
)
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
_SUCCEEDS = re.compile(
    rf"\b(?:succeed(?:s|ed|ing)?|successor|replac(?:e|es|ed|ing)|replacement{_NOT_BEFORE_NOUN}"
    rf"|{_TAKE} (?:over|on the "
    r"(?:role|job|post)|the helm|charge)|in place of|step(?:s|ped)? into|"
    r"c[ao]me (?:on|off the bench) for)\b",
    re.IGNORECASE,
)
# A figure written so that it is itself a word's worth of evidence: "0.5%", "3,000",
# "17-12", "76%" (its parts, "0" and "5", are as common as any)
_WRITTEN_FIGURE = re.compile(r"(?<![\w.,-])\d+(?:(?:[.,]\d+)+%?|%|-\d+)(?![\w%-]|[.,]\d)")
# "Speaking in Harrogate, Mr Kennedy said …": where someone spoke is where they said,
# unveiled or announced what they did
_SPEAKING = re.compile(r"\b(?:speaking|addressing \w+) (?:in|at)\b", re.IGNORECASE)
# a verb of saying in a question: what follows is what was said, not what is asked
_SAYING = re.compile(r"\b(?:said|says|told|warned|claimed|announced|announces)\b", re.IGNORECASE)
# (what says that one took another's place, not that someone took charge)
_SUCCESSION = re.compile(
    rf"\b(?:succeed(?:s|ed)?|successor|replac(?:e|es|ed)|{_TAKE} over from)\b",
    re.IGNORECASE,
)
_UNTIL = re.compile(r"\b(?:until|till)\b", re.IGNORECASE)
_WILL = re.compile(r"\b(?:will|'ll|shall)\b", re.IGNORECASE)
# ("when is filming due to start …?" asks what will happen)
_IS_DUE_TO = re.compile(r"\b(?:is|are)\s+(?:\w+\s+){0,6}?(?:due|going|set|expected) to\b", re.I)
# … and what it is due to do, in any tense ("was due to meet": "meet")
_SCHEDULED_TO = re.compile(r"\b(?:due|set|expected|scheduled) to (\w+)", re.IGNORECASE)
# what says a date no longer holds: "release dates put back", "the launch was postponed"
_PUT_BACK = re.compile(r"\b(?:put back|pushed back|postponed|called off|cancelled)\b", re.I)
# … and what gives the new one: "put back to 4 May", "will now be released in June"
_NEW_DATE = re.compile(
    r"\b(?:until|till|to)\s+(?:\w+\s+)?\d|\b(?:will|is) now\b|\bnew date\b", re.I
)
_PAST = re.compile(r"\b(?:was|were|did|had)\b", re.IGNORECASE)
_TOLD_PAST = re.compile(r"\b(?:was|were|did|had|earlier|last|ago)\b", re.IGNORECASE)
_FUTURE = re.compile(
    # ("would be the key themes when the UK took over … in July": what is to come, told)
    r"\b(?:will|'ll|shall|would be|due|expected|scheduled|set (?:to|for)|plans?|planned|next"
    r"|is to|are to"
    # ("Seifert is meeting Ms Furse on Thursday", "ahead of a meeting … on Monday")
    r"|is \w+ing|are \w+ing|ahead of"
    # ("adding it believes it can achieve this in 2007": what one thinks one can do)
    r"|(?:believes?|thinks?|expects?) (?:it|they|he|she|we) (?:can|could))\b"
)
# what one means to do is to come too
_HOPED = re.compile(r"\b(?:hop(?:es|ing)|aim(?:s|ing)?|intend(?:s|ing)?) to\b")
_YEAR = re.compile(r"^(?:1[5-9]|20)\d\ds?$")
_WORD_FIGURE = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|hundred|a)"
)
_FIGURE = rf"(?:\d[\d,.]*|{_WORD_FIGURE})"
# a figure before its unit: digits may touch it ("86.9kg"), words may not ("I am" is no "a m")
_FIGURE_THEN = rf"(?:\d[\d,.]*[\s-]*|{_WORD_FIGURE}[\s-]+)"
_CURRENCY = (
    r"(?:dollars?|pounds?|euros?|kroner|krone|kronor|yen|yuan|roubles?|rubles?|dinars?|rupees?|"
    r"reais|pence|cents?)"
)
_MONEY = (
    # (not a height or a distance: "the 508m tall TFC 101 Tower", "the 400m hurdles")
    r"[$£€¥]\s?\d|\d[\d,.]*\s?(?:bn|m|k)\b"
    r"(?!\s*(?:tall(?:er)?|high|long(?:er)?|wider?|deep(?:er)?|hurdles|relay)\b)"
    r"|\b\d[\d,.]*\s*(?:million|billion|trillion)?\s*"
    rf"(?:{_CURRENCY}|p)\b"
    # ("12 trillion won", not "in 2004 won the title")
    r"|\b\d[\d,.]*\s*(?:million|billion|trillion)\s+won\b"
)
_SHARE = r"\d[\d,.]*\s?(?:%|per\s?cent|percent|percentage points?|basis points?)"
_SHARES = re.compile(rf"\b{_SHARE}", re.IGNORECASE)
_UNIT = (
    r"(?:kg|kilograms?|kilos?|tonnes?|tons?|lbs?|pounds|stone|st|grams?|metres?|meters?|m|km|"
    r"kilometres?|kilometers?|miles?|feet|ft|inches|litres?|liters?|gallons?|hectares?|acres?|"
    r"[kmgt]b|(?:kilo|mega|giga|tera)bytes?|[kmg]w|(?:kilo|mega|giga)watts?)"
)
_DURATION = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|seasons?)"
)
_NOT_COUNTS = re.compile(
    rf"\b({_FIGURE})(?:\s+and\s+a\s+half)?[\s-]+{_DURATION}",
    re.IGNORECASE,
)
_NO_FIGURES = frozenset({"half", "quarter", "twice", "double", "triple"})  # not a count
# "one 5th the speed", "the 25th award ceremony": no count, unless a rank is asked for
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_RANKED = re.compile(r"\b(?:rank\w*|position|place[ds]?|seed\w*|number)\b", re.IGNORECASE)
# Times: no count unless asked for, and a question's "last year" says when, not what
_TIME_KEYS = frozenset(
    map(index_key, word_set("seconds minutes hours days weeks months years decades seasons"))
)
# How a figure must be given for "how much / long / far / big …" (not a bare count).
_MONTH = rf"(?:{'|'.join(MONTHS)}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
# the days in a date: "3 February", "13 and 15 March", "February 3rd" (a month written
# with its capital: "may 5" is no date)
_MONTH_NAME = (
    rf"(?:{'|'.join(m.capitalize() for m in MONTHS)}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|"
    r"Dec)\b"
)
_DAYS_OF_MONTH = re.compile(
    rf"\b(\d{{1,2}}(?:st|nd|rd|th)?)(?:\s*(?:and|to|-|–)\s*(\d{{1,2}}(?:st|nd|rd|th)?))?\s+"
    rf"{_MONTH_NAME}|\b{_MONTH_NAME}\s+(\d{{1,2}}(?:st|nd|rd|th)?)\b"
)
# A line that is only a date, as under a match preview's headline
_DATELINE = re.compile(
    rf"(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?",
    re.IGNORECASE,
)
# A match report ends with its crowd on a line of its own and then the referee
# ("… Kluivert 32.\n\n43,856.\n\nG Poll (Hertfordshire)."), or says it after "Att:"
_ATTENDANCE = re.compile(
    r"\n(\d{1,3}(?:,\d{3})+)\.?[ \t]*\n\s*[A-Z]{1,2}\.? [A-Z][\w'-]+(?: \([^)\n]*\))?\.?\s*\Z"
    r"|\bAtt(?:endance)?: ?(\d{1,3}(?:,\d{3})+)\b"
)
# what a match report's crowd answers: "what was the crowd …?", "how many fans watched …?"
_ATTENDING = frozenset(map(index_key, word_set("attendance crowd turnout gate spectators")))
_WATCHING_FANS = frozenset(map(index_key, word_set("fans supporters")))
_WATCHED = re.compile(r"\b(?:watch\w*|saw|seen?|attend\w*)\b", re.IGNORECASE)
_TEMPERATURE = re.compile(rf"{_FIGURE}\s?(?:°|degrees?\b)|\b-?\d{{1,3}}(?:\.\d)?[CF]\b", re.I)
_DATE = (
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}(?!\w)|\b{_MONTH}\s+\d{{1,2}}"
    r"(?:st|nd|rd|th)?\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
)
# (a day before a capital is part of a name, not a date: "the Sunday Telegraph"; but for
# a word that dates it: "On Monday Mr Sullivan named …")
_NOT_IN_A_NAME = rf"(?!\s+(?-i:(?!{_MONTH_NAME})[A-Z]))"
_DAY_LEADS = "on|last|next|this|by|until|till|since|from|before|after|early|late"
# (nor is a day after a capitalised word: "Bloody Sunday", "Super Saturday"; but for the
# feasts: "Easter Sunday", "Good Friday"; a look-behind has one width, so one per length)
_AFTER_A_NAME = "(?-i:" + "".join(rf"(?<![A-Z][a-z]{{{n}}} )" for n in range(1, 12)) + ")"
_FEAST_DAYS = r"(?-i:\b(?:Easter|Good|Palm|Ash|Holy|Maundy|Shrove|Whit) [A-Z][a-z]+day\b)"
# a month a question or sentence dates something to ("May" only as "in May")
_NAMED_MONTH = re.compile(
    rf"\b(?:{'|'.join(m.capitalize() for m in MONTHS if m != 'may')}|(?<=\b[Ii]n )May)\b"
)
_WHEN_MEASURES = {
    "clock": _CLOCK,
    "month": _NAMED_MONTH,  # "in what month …?": "September 1956", not "on Sunday"
    # "25 September", "September 25th", "25/9/2004"
    "date": re.compile(_DATE, re.IGNORECASE),
    # a date, "on Friday", "Boxing Day" (not "at the weekend", "last week")
    "day": re.compile(
        rf"{_DATE}|\b(?:{_DAY_LEADS})\s+(?:{'|'.join(WEEKDAYS)})\b"
        rf"|{_AFTER_A_NAME}\b(?:{'|'.join(WEEKDAYS)})\b{_NOT_IN_A_NAME}|{_FEAST_DAYS}"
        rf"|(?-i:\b(?:{NAMED_DAYS}|[A-Z]\w+'s (?:Day|Eve))\b)",
        re.IGNORECASE,
    ),
    "year": re.compile(r"\b(?:1[5-9]|20)\d\d\b"),
    # "in the 74th minute", "on 35 minutes", and a match report's "Goals: Bowyer 35, Dyer 69"
    "minute": re.compile(
        r"\b\d{1,3}(?:st|nd|rd|th)[- ]minute\b|\b(?:on|after) \d{1,3} minutes\b|"
        r"\b[A-Z][\w'-]+ \d{1,3}(?=[,.;]|$)"
    ),
}
_DIGITS = re.compile(r"\d(?:[\d,.]*\d)?")
_MEASURES = {
    "money": re.compile(_MONEY, re.IGNORECASE),
    "much": re.compile(rf"{_MONEY}|{_SHARE}|\b{_FIGURE_THEN}{_UNIT}\b", re.IGNORECASE),
    "long": re.compile(
        rf"\b{_FIGURE_THEN}(?:{_DURATION}|{_UNIT})\b|\b{_FIGURE}-(?:year|month|week|day)\b",
        re.IGNORECASE,
    ),
    "race": re.compile(rf"\b{_FIGURE_THEN}{_DURATION}\b|\b\d{{1,2}}:\d\d(?:[.:]\d+)?\b", re.I),
    # (and "how far did sales fall?" a share)
    "far": re.compile(
        rf"{_SHARE}|\b{_FIGURE_THEN}(?:{_UNIT}|strokes?|points?|places?|shots?)\b", re.I
    ),
    "big": re.compile(rf"{_MONEY}|{_SHARE}|\b{_FIGURE_THEN}{_UNIT}\b|\b\d[\d,.]+\b", re.I),
    "tall": re.compile(rf"\b{_FIGURE_THEN}{_UNIT}\b", re.IGNORECASE),
    "deep": re.compile(rf"\b{_FIGURE_THEN}{_UNIT}\b", re.IGNORECASE),
    "fast": re.compile(
        rf"\b{_FIGURE_THEN}(?:mph|km/h|kph|kmh|knots?|(?:miles|kilometres|kilometers|km|"
        r"metres|meters) (?:an|per) (?:hour|second))(?!\w)|\bMach \d",
        re.IGNORECASE,
    ),
    "score": re.compile(r"(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])"),
    "hot": _TEMPERATURE,
    "cold": _TEMPERATURE,
}


@lru_cache(maxsize=1)
def _equivalents() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for line in EQUIVALENT_WORDS + COUNTRIES:
        group = {index_key(word) for word in line.split()}
        for key in group:
            out.setdefault(key, set()).update(group)
    return {k: frozenset(v) for k, v in out.items()}


def variants(key: str) -> frozenset[str]:
    """The index keys that say what `key` says ("win" → "won", "winner")."""
    return _equivalents().get(key, frozenset((key,)))


def present(key: str, keys: frozenset[str]) -> bool:
    """Whether a question term (in any of its forms) is among a sentence's keys ("US" is
    also written "U.S.")."""
    return (
        key in keys
        or any(v in keys for v in variants(key))
        or (key in INITIALS and keys.issuperset(key))
    )


@dataclass(frozen=True)
class AnswerSentence:
    """One sentence of an answer and where it came from."""

    text: str
    article_id: int
    title: str
    url: str | None
    source: str
    published: datetime | None
    score: float = 0.0


@dataclass(frozen=True)
class Answer:
    """The answer to a question: empty when nothing stored answers it.

    `problem` is a one-line usage message when the question itself cannot be used;
    `scope` names the time scope that narrowed the search ("this week").
    """

    question: str
    sentences: tuple[AnswerSentence, ...] = ()
    problem: str | None = None
    scope: str | None = None


async def ask(
    store: Articles,
    question: str,
    scope: str | None = None,
    *,
    now: datetime | None = None,
    max_answers: int = MAX_ANSWERS,
    reader: Owner | None = None,
) -> Answer:
    """Answer a question from the stored articles `reader` may read (None: all);
    an empty Answer when nothing does.

    `scope` is a topic query (the `/news subscribe` grammar) that narrows the
    search; time scopes come from the question ("this week", "since 2026-11-01").
    """
    now = now or datetime.now(UTC)
    q = analyze(question, now)
    label = q.scope.label if q.scope else None
    if q.problem:
        return Answer(question, problem=q.problem, scope=label)
    topic: TopicQuery | None = None
    if scope:
        try:
            topic = parse_topic(scope)
        except TopicError as exc:
            return Answer(question, problem=f"{exc}.", scope=label)
    total = await store.article_count()
    if total == 0:
        return Answer(question, scope=label)
    counts = await store.document_counts(sorted({t.index_key for t in q.terms}))
    weights = term_weights(q.terms, counts, total)
    min_id = None
    if q.scope and q.scope.since:
        min_id = await store.first_id_fetched_since(q.scope.since)
        if min_id is None:
            return Answer(question, scope=label)
    # The best matches of each story in scope, best first: a story's other outlets may
    # word the answer where its best match does not, so COPIES of each are read, and
    # more of a big story (one event followed for weeks) when they match nearly as well.
    best: dict[int, list[tuple[int, float]]] = {}
    seen: set[int] = set()
    for query in index_queries(q, counts, topic):
        found = await store.rank_article_ids(query, min_id=min_id, limit=CANDIDATES, reader=reader)
        info = await store.match_info([i for i, _ in found])
        for article_id, rank in found:
            match = info.get(article_id)
            if match is None or article_id in seen or not in_scope(match, q.scope, topic):
                continue
            seen.add(article_id)
            if len(seen) == 1:
                top_rank = rank  # ranks are negated BM25 scores: the best is lowest
            copies = best.setdefault(match.story_id, [])
            near_top = len(seen) <= TOP_ARTICLES and rank <= NEAR_TOP * top_rank
            if len(copies) < COPIES or near_top:
                copies.append((article_id, rank))
        if len(best) >= READ:
            break
    read = [pair for copies in list(best.values())[:READ] for pair in copies]
    articles = await store.articles_by_ids([i for i, _ in read])
    kept = [(articles[i], rank) for i, rank in read if i in articles]
    if not kept:
        return Answer(question, scope=label)
    sources = await store.story_source_counts(sorted({a.story_id for a, _ in kept}), reader)
    chosen = await asyncio.to_thread(
        pick,
        q,
        weights,
        anchor_terms(q, counts, total),
        mass_floor(total),
        kept,
        sources,
        now,
        max_answers,
    )
    return Answer(question, tuple(chosen), scope=label)


def term_weights(terms: Sequence[Term], counts: dict[str, int], total: int) -> dict[str, float]:
    """BM25's idf of each term, names weighing more.

    A word no article contains weighs as much as the average known word: in a long
    question it is usually a paraphrase or a typo, and a short question must match
    every word anyway (see `needed_matches`), so there it rules every sentence out.
    """
    out: dict[str, float] = {}
    unknown: list[str] = []
    for term in terms:
        df = counts.get(term.index_key, 0)
        if df == 0:
            unknown.append(term.index_key)
            continue
        idf = math.log(1 + (total - df + 0.5) / (df + 0.5))
        out[term.index_key] = idf * (NAME_WEIGHT if term.name else 1.0)
    filler = sum(out.values()) / len(out) if out else math.log(1 + (total + 0.5) / 0.5)
    for key in unknown:
        out[key] = filler
    return out


def mass_floor(total: int) -> float:
    """The idf a match must add up to without a rare word: MIN_MASS rare words' worth."""
    rare = max(RARE_MIN_DF, RARE_SHARE * total)
    return MIN_MASS * math.log(1 + (total - rare + 0.5) / (rare + 0.5))


def anchor_terms(q: Question, counts: dict[str, int], total: int) -> frozenset[str]:
    """The terms that make a match specific: words few articles contain.

    A question made only of names ("What happened in Palmyra?") anchors on its names
    however common they are; otherwise a common name ("United States") is no anchor.
    """
    rare = max(RARE_MIN_DF, RARE_SHARE * total)
    if all(t.name for t in q.terms):
        return frozenset(t.index_key for t in q.terms)
    return frozenset(t.index_key for t in q.terms if 0 < counts.get(t.index_key, 0) <= rare)


def index_queries(q: Question, counts: dict[str, int], topic: TopicQuery | None) -> list[TextQuery]:
    """Index queries to try in order: names ANDed (when several), ranked by the other
    terms too, then an OR of terms.

    Terms are taken rarest first until their postings reach POSTINGS_BUDGET, so a
    question of common words does not make BM25 score most of the corpus.
    """
    in_names = {w for name in q.names for w in name}
    units: list[tuple[int, str, Phrase]] = []
    for name in q.names:
        df = min(counts.get(_key_of(q, w), 0) for w in name)
        if df:
            units.append((df, " ".join(name), Phrase(tuple(name))))
            # "Stephen John Docherty" for "Stephen Docherty": the rarest word alone too
            rarest = min(name, key=lambda w: counts.get(_key_of(q, w), 0) or math.inf)
            units.append((df, rarest, Phrase((rarest,))))
    for term in q.terms:
        df = counts.get(term.index_key, 0)
        if df and term.word not in in_names:
            units.append((df, term.word, Phrase((term.word,))))
    if not units:
        return []
    units.sort(key=lambda unit: unit[:2])
    chosen: list[Phrase] = []
    spent = 0
    for df, _text, unit in units:
        if chosen and spent + df > POSTINGS_BUDGET:
            break
        chosen.append(unit)
        spent += df
    queries: list[TextQuery] = []
    if len(q.names) >= 2:
        # (the names themselves are among the ranking alternatives: they never narrow it)
        named = [Phrase(tuple(name)) for name in q.names]
        ranking = AnyOf(tuple(dict.fromkeys([*named, *chosen])))
        queries.append(TextQuery((*(AnyOf((phrase,)) for phrase in named), ranking)))
    queries.append(TextQuery((AnyOf(tuple(chosen)),)))
    if topic is not None:
        queries = [topic.query.and_(query) for query in queries]
    return queries


def _key_of(q: Question, word: str) -> str:
    for term in q.terms:
        if term.word == word:
            return term.index_key
    return word


def in_scope(match: MatchInfo, scope: TimeScope | None, topic: TopicQuery | None) -> bool:
    """Whether a matched article falls in the question's time scope and the topic's outlets."""
    if scope is not None:
        if scope.since and match.when < scope.since:
            return False
        if scope.until and match.when >= scope.until:
            return False
    return topic is None or match.from_outlets(topic.sources)


def _other_person(name: tuple[str, ...], q: Question, asked: set[str]) -> bool:
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
            if _other_person(person.name if person is not None else name, q, asked):
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
        asked -= LOCAL_NOUNS  # "which park …?" is answered by "Bute Park"
        # (an article about the firm asked of may call it "the Trondheim-based company")
        about = (
            q.measure == "base"
            and text is not None
            and bool(q.subject)
            and all(present(k, _lead_keys(text)) for k in q.subject)
        )
        quarter = _quarter_of(q.text)
        if quarter is not None and quarter.search(sentence.text):
            return True  # "which part of Beirut …?" is answered by "in central Beirut"
        owned = _owned_by_place(q.text)
        if owned is not None and any(
            {fold(w.lower()) for w in m.group(1).split()} - _NOT_OWNERS - asked
            for m in owned.finditer(sentence.text)
        ):
            return True  # "which city's court …?" is answered by "told a Northfield court"
        if _says_where_from(sentence.text, q):
            return True  # "Morocco's Hicham El Guerrouj", "Ref: S Bennett (Kent)."
        if _owns_asked_place(sentence, _term_words(q)):
            return True  # "London's Science Museum" for "which city is the Science Museum in?"
        if _local_named(sentence.text, q, asked):
            return True  # "Liverpool student David Dunne" says where Dunne studies
        if q.measure == "origin" and _of_place_named(sentence.text, q):
            return True  # "Bob Wellington, of Torfaen, said" says where he is from
        folded = fold(sentence.text)
        for name in sentence.places:
            if q.measure == "origin" and not _from_place(sentence.text, name, q):
                continue
            # ("Ellie Marsden from Northfield" says where she is from, not where she won)
            if q.measure != "origin" and _from_place(sentence.text, name, q, sentence.people):
                continue
            if q.measure == "base" and not _based_at(sentence.text, name, q, about):
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
                and not (q.measure == "local" and rest <= _COUNTRIES_AND_UK)
            ):
                return True
        return False
    if wanted is Wanted.TIME and _SINCE_ASKED.search(q.text) and not _SINCE.search(sentence.text):
        return False  # "since what year …?" is answered by what has held since then
    if wanted is Wanted.TIME:
        if q.measure in _WHEN_MEASURES:
            return bool(_WHEN_MEASURES[q.measure].search(sentence.text))
        return sentence.has_time and _dated(sentence.text, q)
    if q.age:
        return bool(_AGE.search(sentence.text))
    if q.measure in _MEASURES:
        # a figure the question gives is no answer ("of the planned £35bn, how much …?")
        given = set(_DIGITS.findall(q.text))
        figures = list(_DIGITS.finditer(sentence.text))
        for match in _MEASURES[q.measure].finditer(sentence.text):
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
    if q.focus not in _TIME_KEYS:
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
    return any(not _YEAR.match(n) for n in numbers)


def _counts_things(after: Sequence[str]) -> bool:
    """Whether the words after a figure say it counts things, not people: a plural noun
    within two words that names no people ("eight deprived communities")."""
    for word in after:
        if word in NUMBER_WORDS or word[:1].isdigit():
            return False  # ("150 million people": the figure goes on)
        if _counts_another(word, _PEOPLE_KEYS):
            return True
        if index_key(word) in _PEOPLE_KEYS:
            return False
    return False


_PEOPLE_KEYS = (
    CROWDS | UNSAID_COUNTS | frozenset(map(index_key, word_set("jobs staff crew individuals")))
)


# a sum of money or a share: "86.7bn Swiss francs", "£39.1bn", "1.4%"
_SUM_OR_SHARE = re.compile(
    rf"[$£€¥]\s?\d[\d,.]*(?:bn|m|k)?|\d[\d,.]*\s?(?:bn|m)?\s+(?:(?:million|billion|trillion)\s+)?"
    rf"(?:[A-Z]\w+\s+)?(?:{_CURRENCY}|francs?|baht|won)\b|{_SHARE}",
    re.IGNORECASE,
)
_FIGURE_IN = re.compile(r"[^\W_]*\d[^\W_]*")  # the figure tokens a sentence's numbers hold


_VENUES = LOCAL_NOUNS & PLACE_WORDS
_OCCASIONS = word_set(
    "fair show festival awards conference summit expo exhibition championship championships "
    "games convention congress forum week open cup ceremony gala rally olympics tournament prize"
)
# The name of an occasion: "the Detroit Motor Show", "the MTV Europe Music Awards"
_EVENT_NAME = re.compile(
    rf"\b(?:[A-Z][\w'’&.-]*\s+){{1,5}}(?:{'|'.join(sorted(map(str.capitalize, _OCCASIONS)))})\b"
)
# the words that make an occasion of a place's name ("the Boston Indoor Games")
_OCCASION_WORDS = _OCCASIONS | word_set("indoor outdoor international marathon grand prix")

# "which city's court …?" asks for the name written before "court" (not a people's
# adjective, "told the German court", nor "Mr")
_WHOSE = re.compile(
    r"\b(?:which|what) (?:city|town|country|county|village|region|state|nation|island)['’]s\s+"
    r"([\w-]+)",
    re.IGNORECASE,
)
_NOT_OWNERS = STOP_WORDS | HONORIFICS | DEMONYMS
_PART_OF = re.compile(r"\b(?:which|what) part of (?:the )?([A-Z][\w'’-]*)")
_QUARTERS = (
    r"(?:central|(?:north|south)(?:[- ]?(?:east|west))?|east|west|(?:north|south|east|west)ern)"
)


@lru_cache(maxsize=64)
def _quarter_of(question: str) -> re.Pattern[str] | None:
    """For "which part of Beirut …?", what finds a quarter of that place ("central
    Beirut")."""
    part = _PART_OF.search(question)
    if part is None:
        return None
    return re.compile(rf"\b{_QUARTERS}\s+{re.escape(part.group(1))}\b", re.IGNORECASE)


_PLACED_NAME = re.compile(r"\b(?:is|are)\s+(?:the\s+)?([A-Z][\w'’-]+)\b")


@lru_cache(maxsize=64)
def _placing_name(q: Question) -> re.Pattern[str] | None:
    """For a where-question with no verb but "is" ("in which US state is Bryce Canyon, the
    subject of …?"), what finds one of its names placed ("Bryce Canyon National Park, in
    Utah"): the sentence says what is asked, though it says only the question's names."""
    if q.wanted is not Wanted.PLACE or q.verb is not None:
        return None
    names = [r"\s+".join(map(re.escape, n)) for n in q.names if len(n) >= 2]
    # (or a name of one word that the question places: "in which county is the Wantage
    # seat …?" by "MP for Wantage in Oxfordshire")
    names += [re.escape(m.group(1)) for m in _PLACED_NAME.finditer(q.text)]
    if not names:
        return None
    return re.compile(
        rf"\b(?i:{'|'.join(names)})(?:\s+[A-Z]\w+){{0,2}},?\s+(?:in|near)\s+(?:the\s+)?[A-Z]"
    )


# a country's name as written ("Japan")
_COUNTRY_NAME = rf"(?:{'|'.join(sorted(name.capitalize() for name in COUNTRY_NAMES))})"


@lru_cache(maxsize=64)  # (asked of every sentence read for the question)
def _name_words(q: Question) -> frozenset[str]:
    """The folded words of the names the question gives."""
    return frozenset(fold(t.word) for t in q.terms if t.name)


@lru_cache(maxsize=64)
def _term_words(q: Question) -> frozenset[str]:
    """The folded words of all the question's terms."""
    return frozenset(fold(t.word) for t in q.terms)


# a country's possessive before a name ("Morocco's Hicham El Guerrouj")
_COUNTRY_OWNS = re.compile(rf"\b{_COUNTRY_NAME}['’]s\s+((?:[A-Z][\w'’-]*\s+){{0,3}}[A-Z][\w'’-]*)")


def _country_owns_named(sentence: str, q: Question) -> bool:
    """Whether a country's possessive comes right before a name the question gives."""
    names = _name_words(q)
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


def _local_named(sentence: str, q: Question, asked: set[str]) -> bool:
    """Whether a name that is none of the question's words stands before a local person
    noun and a name the question gives ("Liverpool student David Dunne"; for where one is
    from, a band's, a film-maker's or an athlete's noun too: "Leeds group Kaiser Chiefs",
    "Ballymena sprinter Paul Brizzel")."""
    names = _name_words(q)
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


# a name, then ", of" and a name set off by a comma: "Bob Wellington, of Torfaen, said"
_OF_PLACE = re.compile(
    r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+),\s+of\s+((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+),"
)


def _of_place_named(sentence: str, q: Question) -> bool:
    """Whether a name the question gives is followed by ", of <name>,", no body's name."""
    names = _name_words(q)
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


def _owns_asked_place(sentence: Sentence, asked: Set[str]) -> bool:
    """Whether a capitalised possessive other than the question's, and no day's, comes
    right before a place the question names ("London's Science Museum")."""
    for name in sentence.places:
        if not set(name) <= asked:
            continue
        words = r"\s+".join(map(re.escape, name))
        for m in re.finditer(rf"\b([A-Z][\w-]+)['’]s\s+(?i:{words})\b", sentence.text):
            owner = fold(m.group(1).lower())
            # (not a day's: "Wednesday's Brit awards")
            if not any(owner in kind for kind in (asked, _NOT_OWNERS, WEEKDAYS, MONTHS)):
                return True
    return False


def _placed_after_name(sentence: str, q: Question) -> bool:
    """Whether a name the question gives, of no body, is followed by " of <country>", by a
    place in brackets or by "from <place>" (a place the question does not name)."""
    names = _name_words(q)
    asked = _term_words(q)
    return any(
        names.intersection(words) and NOT_PERSON_WORDS.isdisjoint(words)
        for pattern in _NAMED_FROM
        for m in pattern.finditer(sentence)
        if (words := {fold(w.lower()) for w in m.group(1).split()})
        # (not "Feroz Abbasi, from London" for "which part of London …?")
        and not (m.lastindex == 2 and fold(m.group(2).lower()) in asked)
    )


def _says_where_from(sentence: str, q: Question) -> bool:
    """Whether the sentence says where a name the question gives is from, for a question
    that asks it or asks which country: a country's possessive before the name ("Ireland's
    Ryanair"), or a country, a place in brackets or "from <place>" after it. (For where
    one is from, or which place one represents, any place's possessive: "Lisburn's Kelly
    McNeice Reid", "Birmingham's Sion Simon".)"""
    home, country = _where_from_asked(q)
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
def _where_from_asked(q: Question) -> tuple[bool, bool]:
    """Which of `_says_where_from`'s checks the question asks for: any place's possessive
    (where one is from, or which place one represents), and a country's possessive or a
    place after the name (where one is from, or which country)."""
    # (where one lives is where news says one is from: "owner Lynne Edwards from Huntington")
    origin = q.measure == "origin" or (q.wanted is Wanted.PLACE and q.verb == "live")
    return (
        origin or bool(_REPRESENTS.search(q.text)),
        origin or bool(_WHICH_COUNTRY.search(q.text)),
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
def _owned_by_place(question: str) -> re.Pattern[str] | None:
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


# verbs that say who made a work or founded something: an article that never says them
# does not say who did
_MAKING = frozenset(
    map(
        index_key,
        word_set("directed produced wrote written composed designed invented painted founded"),
    )
)
# what says who made something: "a biography of Mary Queen of Scots, by John Guy"
# (or a prize given to someone for the work: "awarded to Kevin Boyle's for Arc of Justice")
_BY_SOMEONE = re.compile(
    r"\bby\s+[A-Z]|\b(?:awarded|went|given|goes)\s+to\s+(?:[A-Z][\w'’-]*\s+){1,3}for\s+[A-Z]"
)
# what says who wrote something ("the study's author, Dr Urho Kujala")
_WRITING = frozenset(map(index_key, word_set("wrote written writes write writer author")))
# Verbs whose index key another word shares: the forms that mean the verb asked
# ("a black hole was found" says nothing of when Parmalat was founded).
_SENSES = {
    index_key("founded"): re.compile(r"\b(?:co-?)?found(?:ed|er|ers|ing)\b", re.I),
    index_key("set"): re.compile(r"\bset up\b", re.I),
}
_WIN_OVER = re.compile(r"\b(?:win|wins|won|winning) (?:over|against)\b", re.IGNORECASE)
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
        rf"{_WIN_OVER.pattern}|\b(?:loss|losses|defeat|defeats|lost|losing) (?:to|against)\b|"
        r"\b(?:beaten|defeated) by\b",
        re.IGNORECASE,
    ),
    index_key("beaten"): _WIN_OVER,
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


# Phrases that say a word of the question without it, wherever the question has the word
# (`_PHRASES` above says only the verb asked about, and only in its sense): a member of a
# parliament for a place represents it ("an MEP for the East Midlands"), one's home town set
# off by a comma or before "-born" is where one comes from ("Mr Abbasi, 23, from Croydon",
# "the Birmingham-born singer"), a sum one moved or signed for was paid ("he joined the
# Gunners from Seville for £17m"), and one who committed suicide took his own life
_SAID_OTHERWISE = {
    index_key("represent"): re.compile(
        r"\b(?:M[SE]?Ps?|AMs?|MLAs?) for\b|\bmember for (?:the )?[A-Z]"
    ),
    index_key("come"): re.compile(r"\b(?:[A-Z][\w'’-]*|\d+),\s+from\s+[A-Z]|\b[A-Z]\w*[-–]born\b"),
    # ("the wildcard entry was dispatched by fellow American Robby Ginepri")
    index_key("lose"): re.compile(
        r"\b(?:beaten|defeated|dispatched|thrashed|outplayed|knocked out|swept aside) by\b"
    ),
    # ("she was reunited with Carpenter in 1996 for Escape From LA")
    index_key("team"): re.compile(r"\breunit(?:ed|es|ing)\b|\bjoined forces\b", re.I),
    # ("the show reaped its biggest audience in 1997 when Titanic took home 11 Oscars")
    index_key("win"): re.compile(r"\b(?:take|takes|taking|took) home\b|\bscoop(?:ed|s)?\b"),
    # ("ended with the honours finishing even at Highbury")
    index_key("draw"): re.compile(
        r"\b(?:honours|ended|ending|finished|finishing) (?:all )?(?:even|level|square)\b|"
        r"\b(?:drew|drawn)\b"
    ),
    # ("as he contemplates Sunday's set-to with France at Twickenham")
    index_key("face"): re.compile(
        r"\b(?:set-to|clash|showdown|meeting|game|match|tie|fixture) (?:with|against)\b|"
        r"\b(?:take|takes|taking|took) on\b"
    ),
    # ("Ann Kite told the court in the Californian town of Santa Maria …")
    index_key("testified"): re.compile(
        r"\b(?:told|tells|telling) (?:the|a) (?:court|jury|trial|hearing|inquiry)\b|"
        r"\bg(?:ave|iving|ives) evidence\b"
    ),
    index_key("life"): re.compile(r"\bsuicide\b|\bkill(?:s|ed|ing) (?:him|her|them)sel(?:f|ves)\b"),
    index_key("pay"): re.compile(
        r"\b(?:joined|joining|moved|moving|signed|signing|bought|buying|arrived|switched|"
        r"purchased|acquired)\b"
        r"[^.;]{0,60}?\bfor\s+(?:(?:about|around|nearly|almost|some|a reported)\s+)?[£$€]\d"
    ),
}


# "did Davenport beat …" asks what she did (not "when Boro beat Lazio", "watched X beat Y")
_DID_BEAT = re.compile(r"\bdid\b[^,?]*\bbeat\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def _beaten(question: str) -> dict[str, re.Pattern[str]]:
    """A win over someone as what says 'beat', when beating is what the question asks
    about: "a convincing 6-2 6-4 win over Nicole Vaidisova" says whom Davenport beat."""
    return {index_key("beat"): _WIN_OVER} if _DID_BEAT.search(question) else {}


# the words that say where someone lives or was born ("who lives in", "born in")
_HOME_WORDS = frozenset({"lives", "lived", "born", "native", "raised"})


# the words between "from" and the place someone is from ("from near Cullompton", "from
# south-east London")
_NEAR_OR_PART = word_set(
    "near north south east west northern southern eastern western central outside rural"
)


# the age a question calls someone by ("the 19-year-old arrested over …")
_AGED = re.compile(r"\b(\d{1,3})-year-old\b")


def _from_place(
    text: str,
    place: tuple[str, ...],
    q: Question,
    people: Sequence[tuple[str, ...]] | None = None,
) -> bool:
    """Whether the place is where someone the question names is from: "Moazzam Begg, from
    Birmingham", "Jörg Düsterwald, a 49-year-old artist from Hameln" (someone of `people`,
    when given: not "Delta's fares from Cincinnati")."""
    names = _name_words(q)
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


def _lead_keys(text: ArticleText, sentences: int = 1) -> frozenset[str]:
    """The index keys of the headline and the first sentence (or first few): what the
    article is about."""
    return text.title_keys.union(*(s.keys for s in text.sentences[:sentences]))


# what a body based somewhere is called ("the Trondheim-based company")
_BODY_NOUNS = ORGANISATION_NOUNS | word_set("tank group bank agency body organisation institute")


def _based_at(text: str, place: tuple[str, ...], q: Question, about: bool = False) -> bool:
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


@lru_cache(maxsize=256)
def _compounds(question: str) -> dict[str, tuple[str, str]]:
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
def _written_acronyms(text: str) -> frozenset[str]:
    """The acronyms written in the text, in capitals only ("TfL" is "TL")."""
    return frozenset(_ACRONYM.findall(text)) | frozenset(
        re.sub(r"[a-z]", "", short) for short in _MIXED_ACRONYM.findall(text)
    )


@lru_cache(maxsize=256)
def _acronyms(question: str) -> dict[str, frozenset[str]]:
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
def _spelled_out(question: str) -> dict[str, re.Pattern[str]]:
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
_PREFIXED = re.compile(
    r"\b(?:(?:semi|quarter|non|vice|deputy)[-‐–]|(?:vice|deputy)\s+(?=(?:president|chairman|"
    r"chairwoman|chair|chancellor|governor|head|leader|minister|director|captain|mayor|"
    r"editor|manager|chief|commissioner|secretary|premier|speaker|coach)\b))([^\W_]+)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _prefixed_only(text: str) -> frozenset[str]:
    """The index keys of words the text writes only after such a prefix ("final" of a text
    that speaks of the semi-final alone)."""
    prefixed = Counter(index_key(fold(m.group(1).lower())) for m in _PREFIXED.finditer(text))
    if not prefixed:
        return frozenset()
    written = Counter(map(index_key, index_tokens(text)))
    return frozenset(k for k, n in prefixed.items() if written[k] <= n)


# The markets a question may ask about ("when will it go on sale in the US?"), each with
# the names that say it
_MARKETS = {name: COUNTRY_FORMS[name] for name in COUNTRY_NAMES} | {
    name: group
    for group in (frozenset({"us", "usa", "america"}), frozenset({"uk", "britain"}))
    for name in group
}
_IN_MARKET = re.compile(r"\bin (?:the )?([A-Z][a-zA-Z]+)\b(?!['’])")  # (not "Europe's")


def _markets_in(text: str) -> frozenset[str]:
    """The countries something is said to happen in ("in Japan", "in the US")."""
    found = _IN_MARKET.findall(text)
    # ("in the US", but not "in JAPAN" in a shouted headline nor "in Us Weekly")
    return frozenset(
        w.lower() for w in found if w.lower() in _MARKETS and w.isupper() == (w.lower() in INITIALS)
    )


def _market_forms(text: str) -> frozenset[str]:
    """The names of the countries the text says something happens in, in all their forms."""
    return frozenset(form for market in _markets_in(text) for form in _MARKETS[market])


def _in_another_market(sentence: Sentence, forms: frozenset[str]) -> bool:
    """Whether the sentence says what happens in another country than the one the question
    asks about (`forms`: its names), and not in that one ("will go on sale in Japan" for
    "in the US")."""
    return bool(_markets_in(sentence.text) - forms) and not any(
        present(index_key(form), sentence.keys) for form in forms
    )


# "at The Garage", "at Sydney's Olympic Stadium", "packed into Melbourne Cricket Ground":
# where something was
# (a run followed by a word that is no small one names an event: "at the European Indoor
# trials")
_AT_VENUE = re.compile(r"\b(?:at|into) (?:the )?((?:[A-Z][\w'’-]*\s*)+)(?:([a-z]+)|\W|$)")


def _venue_runs(text: str) -> list[frozenset[str]]:
    runs = [
        frozenset(index_tokens(m.group(1))) - {"the"}
        for m in _AT_VENUE.finditer(text)
        if m.group(2) is None or m.group(2) in STOP_WORDS
    ]
    return [run for run in runs if run and run.isdisjoint((*WEEKDAYS, *MONTHS))]


@lru_cache(maxsize=64)
def _venues(question: str) -> frozenset[str]:
    """The index keys of the words of the places a question says something was at."""
    return frozenset(index_key(w) for run in _venue_runs(question) for w in run)


def _at_another_venue(text: str, venues: frozenset[str]) -> bool:
    """Whether the sentence says what happened at a place, and nothing of the one asked
    about (`venues`: the index keys of its words)."""
    return bool(_venue_runs(text)) and venues.isdisjoint(map(index_key, index_tokens(text)))


_THAN = re.compile(r"\bthan\s+(?:the\s+|a\s+|an\s+)?((?:[A-Z][\w'’-]*\s*)+)")


def _compared_only(text: str, names: Set[str]) -> bool:
    """Whether the question's names are in the sentence only as what something else is
    compared with ("… costs far less than the Gizmondo"): its figure is the other's."""
    said = names & {index_key(w) for w in index_tokens(text)}
    compared = {index_key(w) for m in _THAN.finditer(text) for w in index_tokens(m.group(1))}
    return bool(said) and said <= compared


def _names_another(sentence: Sentence, q: Question) -> bool:
    """Whether the sentence names someone or something besides places and the question's
    own names."""
    places = {w for place in sentence.places for w in place}
    return bool(sentence.names - places - {t.word for t in q.terms})


def _in_sense(q: Question) -> bool:
    """Whether the question's verb is in the sense `_SENSES` names, if it names one
    ("founded", not "found")."""
    sense = _SENSES.get(q.verb or "")
    return sense is None or bool(sense.search(q.text))


_LAST_DONE = re.compile(r"\bwhen\b.*\blast\b", re.IGNORECASE)
_FIRST_SINCE = re.compile(r"\bfirst\b[^.;]{0,40}?\bsince\s+(?:\w+\s+)?\d{4}\b", re.IGNORECASE)


def _phrased(q: Question, text: str) -> bool:
    """Whether the text says the verb asked about in a phrase news uses for it."""
    if q.verb is not None and q.verb in _succession_words(q.text) and _SUCCESSION.search(text):
        return True  # "who took over from X?" is answered by "X was replaced by Y"
    if _LAST_DONE.search(q.text) and _FIRST_SINCE.search(text):
        return True  # "when did Wales last win a Grand Slam?": "a first Grand Slam since 1978"
    phrase = _PHRASES.get(q.verb or "")
    return phrase is not None and _in_sense(q) and bool(phrase.search(text))


def _by_surname(q: Question, said: Set[str]) -> frozenset[str]:
    """The other words of the question's names of two words whose last word is said: a
    sentence that says "Mr Howard" names Michael Howard."""
    return frozenset(
        index_key(word)
        for name in q.names
        if len(name) == 2 and index_key(name[-1]) in said
        for word in name[:-1]
    )


@lru_cache(maxsize=64)
def _named_things(q: Question) -> int:
    """How many things the question names: each name of several words, and each name
    word outside them ("Ana Ruiz", "Calder Radio", "Ashford": three)."""
    in_phrases = {w for name in q.names for w in name}
    return len(q.names) + sum(t.name and t.word.lower() not in in_phrases for t in q.terms)


@lru_cache(maxsize=64)
def _succession_words(question: str) -> frozenset[str]:
    """The index keys of the words of the question that say one took another's place
    ("took", "succeed", "replaced"): any other such phrase says the same."""
    return frozenset(
        index_key(fold(w.lower()))
        for m in _SUCCEEDS.finditer(question)
        for w in WORD.findall(m.group(0))
    )


# a game between two sides the question names ("when do Calder play Kelso?") …
_GAME_WORDS = (
    r"play(?:s|ed|ing)?|fac(?:e|es|ed|ing)|meets?|met|hosts?|hosted|hosting"
    r"|visits?|visited|visiting|game|match|fixture|test"
)
_FIXTURE = re.compile(rf"\b(?:{_GAME_WORDS})\b", re.IGNORECASE)
# … and a sentence that tells of one in other words ("Calder beat Kelso at …")
_FIXTURE_SAID = re.compile(
    rf"\b(?:{_GAME_WORDS}|beat(?:s|en)?|against|v|vs|lost|won|take on|trip|travel(?:s|led)?)\b",
    re.IGNORECASE,
)


# words for a post that news writes in many ways ("who is the boss of MCI?" is answered
# by its chief executive); a question naming the post itself ("chief executive") is not
# answered by another one ("French president Jacques Chirac")
_ANY_POST = frozenset(map(index_key, word_set("boss head leader")))


@lru_cache(maxsize=64)
def _post_words(q: Question) -> tuple[str | None, frozenset[str]]:
    """The question's word for the post it asks the holder of, when it is a verb or a
    word news writes in many ways ("runs", "boss"), and the index keys of the words news
    writes for that post."""
    keys = frozenset(index_key(w) for w in q.position)
    wide = _ANY_POST | {q.verb}
    term = next((t.index_key for t in q.terms if t.index_key in keys & wide and not t.name), None)
    return term, keys


def _posted(q: Question, keys: frozenset[str]) -> bool:
    """Whether keys say the post the question asks about in any of news's words for it:
    "chief executive Michael Capellas" says who runs MCI, "AK chief" who heads it."""
    post, words = _post_words(q)
    return post is not None and not words.isdisjoint(keys)


def _says(q: Question, keys: frozenset[str], text: str) -> bool:
    """Whether a text with these index keys says the verb asked about, in its sense, or
    in a phrase news uses for it ("set up by" for "founded", "chief executive" for
    "runs")."""
    assert q.verb is not None
    if _phrased(q, text) or (q.verb == _post_words(q)[0] and _posted(q, keys)):
        return True
    if not present(q.verb, keys):
        return False
    sense = _SENSES.get(q.verb)
    return sense is None or not _in_sense(q) or bool(sense.search(text))


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


def _asked_role(question: str) -> frozenset[str]:
    """The index keys of the role "which Ladbrokes spokesman …?" asks for, in its forms."""
    match = _ASKED_ROLE.match(question)
    return _ROLES[match.group(1).lower()] if match else frozenset()


def _role_said(
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


def _names_said(q: Question, real: Iterable[str]) -> bool:
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


def _dated_otherwise(text: str, asked: Set[str], dates: re.Pattern[str] = _NAMED_MONTH) -> bool:
    """Whether the sentence dates what it says to other months (or `dates`: years) than
    the question's only ("337,000 jobs in October" are not December's)."""
    said = set(dates.findall(text))
    return bool(said) and said.isdisjoint(asked)


# (a sentence of other years that speaks of "last year" may speak of the one asked about)
_THE_YEAR = re.compile(r"\b(?:last|this|the) year\b|\bannual\b", re.IGNORECASE)


# a figure for a whole year, and one for part of it
_WHOLE_YEAR = re.compile(
    r"\b(?:full|whole)[- ]year\b|\bannual\b|\bfor the year\b|\bfor \d{4} as a whole\b", re.I
)
_PART_YEAR = re.compile(
    r"\bquarter(?:ly)?\b|\b(?:three|six|nine) months\b|\b(?:first|second) half\b", re.I
)


_THE_THING = re.compile(r"(?:The|This|That) ([a-z]+)\b")


# where a question's first clause ends: "Where is the Australian Open held*,* the event …",
# "Where were the European Indoor Championships being held *that* Kluft …"
_CLAUSE_END = re.compile(r",|\s(?:that|which|who|whose|where|when|at which|in which)\s")


@lru_cache(maxsize=64)  # (asked of every article read for the question)
def _event_asked(q: Question) -> frozenset[str]:
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


def _described(text: ArticleText, sentence: Sentence, q: Question) -> int | None:
    """The position of the sentence before that a sentence opening on a description of
    what the question asks about ("The chair …") points back to: the nearest that names
    the same thing."""
    match = _THE_THING.match(sentence.text)
    key = index_key(match.group(1)) if match else None
    if key is None or all(t.index_key != key for t in q.terms):
        return None
    start = max(0, sentence.position - DESCRIBED_REACH)
    for position in range(sentence.position - 1, start - 1, -1):
        earlier = text.sentences[position]
        # (past other descriptions of it, to the sentence that names it)
        if key in earlier.keys and not _THE_THING.match(earlier.text):
            return position
    return None


def _years_before(sentence: Sentence, latest: int | None) -> bool:
    """Whether the sentence dates what it says only by years before the latest its article
    names (it tells of the past)."""
    years = [int(y) for y in _WHEN_MEASURES["year"].findall(sentence.text)]
    return latest is not None and bool(years) and max(years) < latest


_WHO_CLAUSE = re.compile(r",\s+(?:the\s+[^,;]*\s+)?who\b[^,;]*(?:,|$)")


def _dated(text: str, q: Question) -> bool:
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
_SPEECH = r"(?:said|says|told|announced|added|warned|claimed|insisted|revealed)"
# (not after a comma: "… when the UK took over in July, said Mr Straw" dates what he said)
_SAID_AFTER = re.compile(rf"\s+{_SPEECH}\b")
_SAID_BEFORE = re.compile(rf"\b{_SPEECH}\s+(?:on\s+)?$")
_SPEAKER_AFTER = re.compile(rf",\s+{_SPEECH}\b")
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
        if tokens[i - 1 : i + 2] == ["the", "number", "of"]:  # ("a number of" is a few)
            # "the number of malicious programs circulating topped the 100,000 mark"
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
                or not _counts_another(tokens[end], predicate)
            ):
                return True
            continue
        if after in _N_STRONG and not _MEMBERS.isdisjoint(predicate):
            return True  # "the revised 56-man squad" counts its players
        before = tokens[i - 1] if i else ""
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
            _counts_another(after, predicate)
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
_NOT_COUNTING = word_set("a an per each every next last this")


def _per_unit(tokens: Sequence[str], j: int) -> bool:
    """Whether the token at `j` is a unit of time that counts nothing: a rate ("cut costs by
    $5bn a year") or a time ("$135m due next year")."""
    return tokens[j] in _PER_UNITS and j > 0 and tokens[j - 1] in _NOT_COUNTING


def _says_any(terms: Iterable[str], tokens: Sequence[str]) -> bool:
    """Whether the tokens hold one of the terms, in any of its forms."""
    keys = frozenset(map(index_key, tokens))
    return any(present(term, keys) for term in terms)


def _names_before(q: Question, key: str | None) -> frozenset[str]:
    """The index keys of the name right before a term of the question ("Cadillac XLR, SRX
    and Pontiac Grand Prix" before "cars")."""
    keys = [t.index_key for t in q.terms]
    if key is None or key not in keys:
        return frozenset()
    out: list[str] = []
    for term in reversed(q.terms[: keys.index(key)]):
        if term.word.isdigit() and not out:
            continue  # ("PlayStation 2 consoles")
        if not term.name:
            break
        out.append(term.index_key)
    return frozenset(out)


_AUXILIARY_AFTER = word_set("were was are is have has had")


def _of_which(tokens: Sequence[str], i: int) -> int | None:
    """Where "of which there are" begins right before the figure at `i` ("services, of
    which there are now 230"): what comes before it is what the figure counts."""
    for of in range(max(0, i - 5), i - 3):
        if tokens[of : of + 3] == ["of", "which", "there"] and tokens[of + 3] in _AUXILIARY_AFTER:
            return of
    return None


def _counts_another(word: str, predicate: Set[str]) -> bool:
    """Whether a word right after a figure is a plural noun the figure counts, other than
    the question's."""
    return (
        len(word) > 3
        and word.isalpha()
        and word.endswith("s")
        and not word.endswith("ss")
        and not present(index_key(word), frozenset(predicate))
    )


@lru_cache(maxsize=256)
def _place_heads(question: str) -> frozenset[str]:
    """The place nouns a where-question asks "which …" of ("which *theatre*")."""
    return which_nouns([w.lower() for w in WORD.findall(question)], PLACE_NOUNS)


def _headed(sentence: Sentence, heads: frozenset[str]) -> bool:
    """Whether a place of the sentence is named with the noun asked ("Toronto's Princess
    of Wales Theatre" for "which theatre", "the Shenzhen stock exchange")."""
    if not heads:
        return False
    tokens = [fold(t.lower()) for t in WORD.findall(sentence.text)]
    for place in sentence.places:  # (folded, in small letters, as the tokens are)
        n = len(place)
        for i in range(len(tokens) - n + 1):
            if tuple(tokens[i : i + n]) == place and (
                place[-1] in heads or not heads.isdisjoint(tokens[i + n : i + n + 2])
            ):
                return True
    return False


def _named_by_surname(name: tuple[str, ...], text: str) -> bool:
    """Whether the text names the person of a first name and surname by title and surname
    alone ("George Bush" as "Mr Bush"), or by the surname alone, after no other name
    ("Marat Safin" as "… to push Safin")."""
    if len(name) == 2 and re.search(
        rf"\b(?:Mr|Mrs|Ms|Dr|President)\.? {re.escape(name[1])}\b", text, re.I
    ):
        return True
    surname = re.escape(name[-1].capitalize())
    return len(name) >= 2 and any(
        m.group(1) is None for m in re.finditer(rf"(\b[A-Z][\w'’.-]*\s+)?\b{surname}\b", text)
    )


def placed(sentence: Sentence, predicate: set[str]) -> bool:
    """A place right after a word of the question: "a speech at the London School of
    Economics", "concerts at Croke Park"."""
    tokens = index_tokens(sentence.text)
    for place in sentence.places:
        for i, token in enumerate(tokens):
            if token != place[0]:
                continue
            near = frozenset(map(index_key, tokens[max(0, i - FOCUS_SPAN - 1) : i]))
            if any(present(p, near) for p in predicate):
                return True
    return False


def needed_matches(terms: int) -> int:
    """How many of the question's terms one sentence must contain."""
    return terms if terms <= SHORT_TERMS else max(2, math.ceil(terms / 3))


def window(tokens: Sequence[str], keys: set[str], same: dict[str, str] | None = None) -> int:
    """The fewest consecutive tokens that hold every key of `keys` found in the sentence
    (`same` maps other forms of a key to it)."""
    same = same or {}
    positions = [(i, index_key(t)) for i, t in enumerate(tokens)]
    positions = [(i, same.get(k, k)) for i, k in positions if k in keys]
    wanted = {k for _, k in positions}
    best = len(tokens)
    have: dict[str, int] = {}
    left = 0
    for pos, key in positions:
        have[key] = have.get(key, 0) + 1
        while len(have) == len(wanted):
            best = min(best, pos - positions[left][0] + 1)
            lkey = positions[left][1]
            have[lkey] -= 1
            if not have[lkey]:
                del have[lkey]
            left += 1
    return best


@dataclass(frozen=True)
class _Candidate:
    article: Article
    support: Sentence
    naming: tuple[Sentence, ...]
    score: float


# ("took over Marsh Rovers" is no opponent)
_OPPOSED = re.compile(
    r"\b(?:(?:win|victory|lead) over|against|beat|beats|beating|v|vs)\.? ([^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)


def _opposed(q: Question, text: ArticleText) -> bool:
    """Whether the first sentence names the question's subject as the side another played
    ("a 2-1 win over Harrowby Rovers"), so that the article is about that other."""
    lead = text.sentences[0].text if text.sentences else ""
    first = q.subject[0] if q.subject else None
    return first is not None and any(
        index_key(fold(w.lower())) == first for w in _OPPOSED.findall(lead)
    )


def _cover(sentence: Sentence, weights: dict[str, float], total: float) -> float:
    return sum(w for k, w in weights.items() if k in sentence.keys) / total


def _naming(
    q: Question, text: ArticleText, support: Sentence, weights: dict[str, float], total: float
) -> list[Sentence] | None:
    """Sentences that name the person a "who" question asks for, beside `support`.

    [] when `support` itself gives the full name; None when the article names no one
    the question does not already name.
    """
    # "A man was killed … His name was not released.": the answer is that no one is named
    after = text.sentences[support.position + 1 : support.position + 2]
    if after and _NAME_WITHHELD.search(after[0].text):
        return [after[0]]
    asked = {t.word for t in q.terms}
    # "who is Kwame Osei?" is answered by a sentence about him, not by naming another
    if all(t.name for t in q.terms) and any(
        p.words <= asked and support.position in p.sentences for p in text.people
    ):
        return []
    # (one the support sentence names may share a first name: "Alan Johnson said …")
    people = [
        p
        for p in text.people
        if not p.words & asked
        or (support.position in p.sentences and _other_person(p.name, q, asked))
    ]
    if not people:
        return None

    holders: dict[int, set[tuple[str, ...]]] = {}
    subject = frozenset(q.subject)
    others = frozenset(
        t.index_key
        for t in q.terms
        if t.name and t.index_key not in subject and not _initials_of(t.index_key, subject)
    )
    # (a post written without whose it is, "said chief executive Alan Lovell", is one of
    # the firm the article is about)
    lead = _lead_keys(text)
    # (not when it is another's opponent: "… a 2-1 win over Harrowby Rovers")
    topic = all(present(k, lead) for k in q.subject) and not _opposed(q, text)
    # ("the NAO" is the National Audit Office)
    shorts = {short for short, keys in _acronyms(q.text).items() if keys == set(q.subject)}

    spelled = _spelled_out(q.text)

    # ("lawyer for Mr Begg" says whose lawyer of "who is Moazzam Begg's lawyer?")
    surname = (
        q.subject[-1]
        if len(q.subject) > 1
        and any(tuple(map(index_key, p.name)) == q.subject for p in text.people)
        else None
    )

    def says_subject(sentence: Sentence) -> bool:
        return (
            all(
                present(k, sentence.keys) or (k in spelled and spelled[k].search(sentence.text))
                for k in q.subject
            )
            or not shorts.isdisjoint(_written_acronyms(sentence.text))
            or surname in sentence.keys
        )

    def owned(sentence: Sentence) -> bool:
        # whose post it is: the article's firm, or one named in or just before the sentence
        near = text.sentences[max(0, sentence.position - 2) : sentence.position + 1]
        return topic or any(says_subject(s) for s in near)

    def holds(p: Person, sentence: Sentence) -> bool:
        # "who is the head of Cepes?" is answered by a name written with its post
        if not q.position:
            return True
        if sentence.position not in holders:
            holders[sentence.position] = (
                post_holders(
                    sentence, q.position, others, parts=_asked_words(q.text), subject=subject
                )
                if owned(sentence)
                else set()
            )
        return any(set(name) <= p.words for name in holders[sentence.position])

    here = [
        p for p in people if support.position in p.sentences and p.named_in and holds(p, support)
    ]
    if here:
        person = max(here, key=lambda p: p.mentions)
        chosen = support
    else:
        top = max(p.mentions for p in people)
        # ("Vincent Cable says … The Lib Dems' Treasury spokesman is unveiling …": the role
        # the support sentence opens on is held by the one named just before it)
        described = _opens_on_role(support.text, q)
        best: tuple[float, Sentence, Person] | None = None
        for p in people:
            for position in p.sentences:
                sentence = text.sentences[position]
                if abs(position - support.position) > NAMING_REACH or not holds(p, sentence):
                    continue
                held = _holds_role(sentence, q) or (described and position == support.position - 1)
                score = (
                    _cover(sentence, weights, total)
                    + ROLE_BONUS * held
                    + NAMING_PROMINENCE * p.mentions / top
                    + NAMING_FULL * (position in p.named_in)
                    - NAMING_DISTANCE * min(abs(position - support.position), 20)
                )
                if best is None or score > best[0]:
                    best = (score, sentence, p)
        if best is None:
            return None
        _, chosen, person = best
    out = [] if chosen is support else [chosen]
    if chosen.position not in person.named_in and person.named_in:
        out.append(text.sentences[person.named_in[0]])
    return out


def _opens_on_role(text: str, q: Question) -> bool:
    """Whether a sentence opens on the role a who-question asks about ("The Lib Dems'
    Treasury spokesman is unveiling …")."""
    return any(
        re.match(rf"the\s+(?:[\w'’-]+\s+){{0,4}}?{re.escape(role)}\b", text, re.IGNORECASE)
        for role in (t.word for t in _person_roles(q) if not t.name)
    )


def _person_roles(q: Question) -> list[Term]:
    """The question's terms that name a person by role ("instructor", "spokesman")."""
    return [t for t in q.terms if head_noun_type(t.word) is Wanted.PERSON]


def _close_enough(q: Question, sentence: Sentence, matched: list[str]) -> bool:
    """A short question's words must sit together; a one-word question must be a name."""
    if len(matched) == 1:
        return any(t.index_key == matched[0] and t.word in sentence.names for t in q.terms)
    wanted = {v for k in matched for v in variants(k)}
    same = {v: k for k in matched for v in variants(k)}
    tokens = index_tokens(sentence.text)
    # (", which will make chips for electric cars," does not part "the plant" from what
    # it "is expected to create", unless what was asked is in it)
    aside_out = _ASIDE_CLAUSE.sub(" ", sentence.text)
    if aside_out != sentence.text:
        plain = index_tokens(aside_out)
        if _keys_in(plain, wanted, same) == _keys_in(tokens, wanted, same):
            tokens = plain
    return window(tokens, wanted, same) <= SHORT_WINDOW


def _keys_in(tokens: Sequence[str], keys: set[str], same: dict[str, str]) -> set[str]:
    return {same.get(k, k) for k in map(index_key, tokens) if k in keys}


_ASIDE_CLAUSE = re.compile(r",\s(?:which|who|whose)\s[^,;.]{1,100},")


def context_terms(q: Question, text: ArticleText, weights: dict[str, float]) -> dict[str, float]:
    """What the article is about, of the question's terms, and how much each counts in a
    sentence that does not repeat it ("he", "the company", "the trial"): names in its
    headline or first two sentences or mentioned twice, other words in its headline."""
    names = {t.index_key for t in q.terms if t.name and t.index_key in weights}
    lead = _lead_keys(text, 2)
    mentions = Counter(k for s in text.sentences for k in s.keys if k in names)
    out = {k: CONTEXT_SHARE for k in names if k in lead or mentions[k] >= 2}
    for key in weights:
        if key not in names and present(key, text.title_keys):
            out[key] = TOPIC_SHARE
    return out


def _crowd_line(text: ArticleText, crowd: re.Match[str]) -> int | None:
    """The position of the sentence that holds a match report's crowd (`_ATTENDANCE`)."""
    return next(
        (
            s.position
            for s in reversed(text.sentences)
            if s.text.rstrip(". ") == crowd[1] or crowd[0] in s.text
        ),
        None,
    )


def _asks_attendance(q: Question) -> bool:
    """Whether a how-many question asks a match's crowd ("how many fans watched …?")."""
    return q.focus in _ATTENDING or (q.focus in _WATCHING_FANS and bool(_WATCHED.search(q.text)))


@lru_cache(maxsize=64)
def _runs_of(question: str) -> frozenset[tuple[str, ...]]:
    """The question's runs of ECHO_WORDS words that say something besides names: three
    words or more neither a name nor a stop word ("the operator of the Three Gorges Dam"
    says nothing)."""
    found = WORD.findall(question)
    words = tuple(fold(w).lower() for w in found)
    said = [
        w not in STOP_WORDS and not raw[0].isupper() for w, raw in zip(words, found, strict=True)
    ]
    return frozenset(
        words[i : i + ECHO_WORDS]
        for i in range(len(words) - ECHO_WORDS + 1)
        if sum(said[i : i + ECHO_WORDS]) >= ECHO_SAID
    )


def _echoes(question: str, text: str) -> bool:
    """Whether the sentence says what the question quotes of it, ECHO_WORDS words in a row
    ("… saying it's easy to criticise when you haven't gone through the system here?")."""
    runs = _runs_of(question)
    if not runs:
        return False
    words = tuple(fold(w).lower() for w in WORD.findall(text))
    return any(words[i : i + ECHO_WORDS] in runs for i in range(len(words) - ECHO_WORDS + 1))


def _idf_mass(q: Question, weights: dict[str, float], matched: list[str]) -> float:
    names = {t.index_key for t in q.terms if t.name}
    return sum(weights[k] / (NAME_WEIGHT if k in names else 1.0) for k in matched)


def _judge(
    q: Question,
    weights: dict[str, float],
    anchors: frozenset[str],
    min_mass: float,
    article: Article,
    bonus: float,
) -> _Candidate | None:
    """The article's best support sentence (and naming sentence), or None below the bar."""
    keys = article_keys(article.title, article.text)
    # ("set up by" says "founded")
    if q.verb is not None and _phrased(q, article.text):
        keys |= {q.verb}
    succeeded = _succession_words(q.text).intersection(weights)
    said_by_score = q.measure == "score" and "score" in weights
    event = _event_asked(q) if q.wanted in {Wanted.TIME, Wanted.PLACE} else frozenset()
    if succeeded and _SUCCESSION.search(article.text):
        keys |= succeeded
    # ("2,000 new CSOs" says "community support officers", "webpages" "web pages")
    acronyms = _acronyms(q.text)
    written = {
        short: acronyms[short]
        for short in (_written_acronyms(article.text) if acronyms else ())
        if short in acronyms
    }
    joined = {key: parts for key, parts in _compounds(q.text).items() if key in keys}
    keys = keys.union(*written.values(), *joined.values())
    # (a phrase may say a word of the question: "he joined Arsenal for £17m" says "paid",
    # "Oil and Natural Gas Corporation" says "ONGC")
    phrased = {
        k: phrase
        for k, phrase in (_SAID_OTHERWISE | _spelled_out(q.text) | _beaten(q.text)).items()
        if k in weights and phrase.search(article.text)
    }
    keys |= phrased.keys()
    post, post_keys = _post_words(q)
    if post is not None and _posted(q, keys):
        keys |= {post}
    asked_prefixed = _prefixed_only(q.text)
    keys -= _prefixed_only(article.text) - asked_prefixed
    # (a match report's crowd line says "attendance")
    crowd = _ATTENDANCE.search(article.text) if _asks_attendance(q) else None
    if crowd and q.focus is not None:
        keys |= {q.focus}
    # Words that say which thing is meant count in any sentence of an article that has them,
    # and not against a sentence of one that words them otherwise (but an article that holds
    # them is likelier the one meant: `held` ranks it)
    asides = {t.index_key for t in q.terms if t.aside and t.index_key in weights}
    held = sum(w for k, w in weights.items() if present(k, keys)) / sum(weights.values())
    weights = {k: w for k, w in weights.items() if k not in asides or present(k, keys)}
    total = sum(weights.values())
    article_cover = sum(w for k, w in weights.items() if present(k, keys)) / total
    floor = MIN_ARTICLE_COVERAGE if len(weights) > FEW_TERMS else MIN_ARTICLE_COVERAGE_FEW
    if article_cover < floor:
        return None
    # A name of several words ("World War II") says what the question is about.
    # ("US" may be written "U.S.": initials are no evidence either way)
    # ("North American" says "North America")
    if any(
        not all(present(index_key(w), keys) for w in name if w not in INITIALS)
        and not _named_by_surname(name, article.text)
        for name in q.names
    ):
        return None
    # "Who is the manager of Yeading?" is not answered by an article that never names Yeading
    if not all(present(k, keys) for k in q.subject):
        return None
    # What a how-many question counts must be in the article: "how many motorbikes …"
    # is not answered by an article that only speaks of "two wheels" (people may go
    # unsaid: "it employs 60,000 in Kazakhstan", and spectators may be called people).
    if (
        q.focus in weights
        and q.focus not in UNSAID_COUNTS
        and not present(q.focus, keys)
        and not (q.focus in CROWDS and not PEOPLE.isdisjoint(keys))
        and not (q.focus in STAFF and not STAFF.isdisjoint(keys))
    ):
        return None
    # A figure or year in a short question ("2010", "Tern-3") must be in the article.
    short = len(weights) <= FEW_TERMS
    if short and any(t.word.isdigit() and t.index_key not in keys for t in q.terms):
        return None
    predicate = {
        t.index_key
        for t in q.terms
        if not t.name and not t.word.isdigit() and t.index_key in weights
    }
    # A short question's own words must be in the article ("the men's race" is not
    # answered by an article about the women's), but for a paraphrased half (and the
    # words describing a name, which the article may describe otherwise).
    own = predicate - asides
    place_heads = _place_heads(q.text) if q.wanted is Wanted.PLACE else frozenset()
    missing = sum(not present(k, keys) for k in own)
    if short and missing > len(own) // 2:
        return None
    # "Who won …?" needs a sentence that says who won, unless the article words the action
    # otherwise and the sentence holds two more of the question's words. (A long "who"
    # question says enough besides its verb.)
    long_who = q.wanted is Wanted.PERSON and len(predicate) >= VERB_WORDS
    # "Who directed the film?" is not answered by an article that never says who directed
    # or produced anything, however much else of the question it holds
    if (
        q.wanted is Wanted.PERSON
        and q.verb in _MAKING
        and q.verb in predicate
        and not _says(q, keys, article.text)
    ):
        return None
    verb = q.verb if q.verb in predicate and not long_who else None
    # ("who directed …?", however long, is answered by a sentence that says who directed)
    making = q.verb if q.wanted is Wanted.PERSON and q.verb in _MAKING & predicate else None
    loose_verb = verb is not None and not _says(q, keys, article.text)
    # "When was X born?" is not answered by an article that never says so, nor by a
    # sentence that does not ("… comedian Ernie Wise on 1 January 1985")
    # ("when was Tern set up?" asks when it was founded, as "when was Tern founded?" does)
    founding = verb == index_key("set") and q.text.rstrip(" ?").endswith("set up")
    strict = (verb in DEFINING_VERBS or founding) and _in_sense(q)
    if strict and loose_verb:
        return None
    text = ArticleText.of(article.title, article.text)
    # (an untyped "what …?" question has nothing to check an answer by: its words must
    # all be in the sentence)
    context = context_terms(q, text, weights) if predicate and q.wanted else {}
    # ("Which Indonesian minister …?" of an article about Indonesia need not say "Indonesian")
    peoples = {t.index_key for t in q.terms if t.word.lower() in DEMONYMS} & context.keys()
    context |= {k: CONTEXT_SHARE for k in asides if k in weights}
    names = {t.index_key for t in q.terms if t.name and t.index_key in weights}
    aged = _aged_mentions(text, q) if q.age else frozenset()
    # what a figure must stand next to (a figure of people counts spectators too)
    counted_words = {q.focus} if q.focus else predicate
    if q.focus in CROWDS:
        counted_words |= PEOPLE
    if q.focus in STAFF:
        counted_words |= STAFF
    if q.focus:  # ("5 billion webpages" counts web pages)
        counted_words |= {key for key, parts in joined.items() if q.focus in parts}
    counted_names = _names_before(q, q.focus)
    given_years = {t.word for t in q.terms if _YEAR.match(t.word)}
    terms = len(weights)
    need = needed_matches(terms)
    about_it = ABOUT_IT_SLACK if article_cover > ABOUT_IT else 0.0
    min_cover = (
        MIN_COVERAGE
        if q.wanted is Wanted.PERSON
        else MIN_COVERAGE_UNTYPED
        if q.wanted is None
        else MIN_COVERAGE_WEAK_TYPE
    )
    # ("when will …?": not "what is his date of birth?", which is also about now)
    will = q.wanted is Wanted.TIME and bool(_WILL.search(q.text) or _IS_DUE_TO.search(q.text))
    timetabled = _timetabled(q)
    past = q.wanted in {Wanted.TIME, Wanted.PLACE} and not q.future and bool(_PAST.search(q.text))
    until = q.wanted is Wanted.TIME and bool(_UNTIL.match(q.text))
    since = q.wanted is Wanted.TIME and bool(_SINCE_ASKED.search(q.text))
    years = _WHEN_MEASURES["year"].findall(article.text) if will else ()
    latest = max(map(int, years), default=None)
    figures = frozenset(_WRITTEN_FIGURE.findall(q.text))
    # ("who said Kelly had no idea what to put in place of the report?" asks who said it)
    succession = q.wanted is Wanted.PERSON and bool(_SUCCEEDS.search(_SAYING.split(q.text)[0]))
    # ("who was sacked as minister and replaced by X?" asks whom a sentence says was sacked)
    other_verb = q.verb if succession and q.verb not in _succession_words(q.text) else None
    markets = _market_forms(q.text)
    role = _asked_role(q.text)
    venues = _venues(q.text)
    rounds = set(_ROUND.findall(q.text.lower()))
    first_time = bool(re.search(r"\bfirst\b", q.text, re.IGNORECASE))
    # (a when-question's own month is what it asks about, not which time it means)
    dated = q.wanted is not None and q.wanted is not Wanted.TIME
    months = set(_NAMED_MONTH.findall(q.text)) if dated else set()
    asked_years = (
        set(_WHEN_MEASURES["year"].findall(q.text)) if q.wanted is Wanted.NUMBER else set()
    )
    whole_year = q.wanted is Wanted.NUMBER and bool(_WHOLE_YEAR.search(q.text))
    many_names = _named_things(q) >= MANY_NAMES
    fixture = q.wanted is not Wanted.PERSON and len(names) >= 2 and bool(_FIXTURE.search(q.text))
    entities: dict[int, bool] = {}  # whether the sentence at a position carries the answer
    nation_asked = q.wanted is Wanted.PLACE and bool(_WHICH_COUNTRY.search(q.text))
    asked_words = _term_words(q)
    attendance = _crowd_line(text, crowd) if crowd else None
    quarter = _quarter_of(q.text) if q.wanted is Wanted.PLACE else None
    placing = _placing_name(q)

    def carried(position: int) -> bool:
        if position not in entities:
            entities[position] = carries(text.sentences[position], q.wanted, q, text)
        return entities[position]

    best: tuple[tuple[bool, bool, bool, float], Sentence] | None = None
    for sentence in text.sentences:
        # (the verb asked about is not said by a name: "filmed" by "Berlin Film Festival")
        real = [
            k for k in weights if present(k, sentence.plain_keys if k == verb else sentence.keys)
        ]
        if _PREFIXED.search(sentence.text):
            real = [k for k in real if k not in _prefixed_only(sentence.text) - asked_prefixed]
        if sentence.position in aged:
            real += [k for k in names if k not in real]  # "the 42-year-old" is the person
        for acronym in _written_acronyms(sentence.text) if written else ():
            real += [k for k in written.get(acronym, ()) if k in weights and k not in real]
        for key, parts in joined.items():
            if key in sentence.keys:
                real += [k for k in parts if k in weights and k not in real]
        real += [
            k for k, phrase in phrased.items() if k not in real and phrase.search(sentence.text)
        ]
        if q.verb in weights and q.verb not in real and _phrased(q, sentence.text):
            real.append(q.verb)
        if post in weights and post not in real and _posted(q, sentence.keys):
            real.append(post)
        if succeeded - set(real) and _SUCCESSION.search(sentence.text):
            real += [k for k in succeeded if k not in real]
        if said_by_score and _MEASURES["score"].search(sentence.text):
            real.append("score")  # ("their side's 3-0 Scottish Cup win" says the score)
        # "Friday, 25 February" under a headline dates what the headline says (and the
        # lines between: "Blackburn v Burnley / Ewood Park / Tuesday, 1 March")
        line = sentence.text.strip()
        dateline = (sentence.position <= 1 and bool(_DATELINE.fullmatch(line))) or (
            # ("Scotland v Italy / Murrayfield, Edinburgh / Saturday, 26 February / 1400 GMT")
            sentence.position <= 2 and q.measure == "clock" and bool(_CLOCK.fullmatch(line))
        )
        if dateline:
            header = _lead_keys(text, sentence.position)
            real = [k for k in weights if present(k, header)]
        elif sentence.position == attendance:
            # (the crowd line counts the crowd of the match the report is about)
            header = _lead_keys(text, 2)
            real = [k for k in weights if k == q.focus or present(k, header)]
        if not real:
            continue
        if q.wanted is Wanted.NUMBER and _another_profit(q.text, sentence.text):
            continue  # "pre-tax profits rose 56%" is not how much net profits rose
        if markets and _in_another_market(sentence, markets):
            continue
        if venues and q.wanted is not Wanted.PLACE and _at_another_venue(sentence.text, venues):
            continue  # "5,000 fans at London's Brixton Academy" were none at The Garage
        if months and _dated_otherwise(sentence.text, months):
            continue
        if (
            asked_years
            and _dated_otherwise(sentence.text, asked_years, _WHEN_MEASURES["year"])
            and not _THE_YEAR.search(sentence.text)
        ):
            continue  # "profits to rise 50% in 2005" are not 2004's
        if (
            whole_year
            and _PART_YEAR.search(sentence.text)
            and not _WHOLE_YEAR.search(sentence.text)
        ):
            continue  # "$5.37bn for the final three months of 2004" is no full year's profit
        # The sentence before may say what this one answers: for a who question, when this
        # one names someone ("… threw out the case. Judge Ada Quill wrote it"); else when
        # this one's subject is the one before's ("It will do so at … on 26 January"), and
        # a little when that one lacks the date, place or figure ("… sold 2.1% more cars in
        # 2004. Sales totalled 3.9 million units, the company said at the Detroit Motor Show")
        # (for who, whether it names someone is needed here already)
        named = q.wanted is Wanted.PERSON and carried(sentence.position)
        share = 0.0
        antecedent = sentence.position - 1
        if sentence.position and q.wanted is not None:
            if named or (q.wanted is not Wanted.PERSON and _POINTS_BACK.match(sentence.text)):
                share = PREVIOUS_SHARE
            elif (
                q.wanted is not Wanted.PERSON
                and (described := _described(text, sentence, q)) is not None
            ):
                # "The chair … should go on sale in April" says what "its Solo Chassis
                # gaming chair" a few sentences before will do
                share, antecedent = PREVIOUS_SHARE, described
            elif q.wanted is not Wanted.PERSON and not carried(sentence.position - 1):
                share = FOLLOWING_SHARE
        before = text.sentences[antecedent].keys if share else frozenset()
        pointed = share == PREVIOUS_SHARE
        # (the names of the sentence before count for one that points back to it: "She was
        # made an OBE in 2011" after "… presenter Ana Ruiz was given an award")
        named_here = set(real).union(k for k in names if pointed and present(k, before))
        around = dict(context)
        for k in weights:
            if k not in real and present(k, before):
                around[k] = max(around.get(k, 0.0), share)
        implied = [k for k in around if k not in real]
        matched = real + implied
        focus = q.wanted is Wanted.NUMBER and (
            sentence.position == attendance
            or focused(sentence, counted_words, counted_names, given_years)
        )
        # "forced 1,150 people from their homes" counts the people a question asks
        # about, however it words the rest ("sold 19.6 million shares")
        counted = bool(focus and q.focus)
        if counted and q.measure == "many" and _SHARES.search(sentence.text):
            # "52% of people surveyed" is no count of them: the sentence with one ranks first
            counted = focused(
                replace(sentence, text=_SHARES.sub(" ", sentence.text)),
                counted_words,
                counted_names,
                given_years,
            )
        # "a speech at the London School of Economics" places what was asked about
        at = q.wanted is Wanted.PLACE and (
            placed(sentence, own | asides) or _headed(sentence, place_heads)
        )
        if len(matched) < need - counted:
            continue
        mass = sum(weights[k] for k in real) + sum(weights[k] * around[k] for k in implied)
        cover = mass / total
        ahead = q.future and bool(
            _FUTURE.search(sentence.text)
            or (timetabled and timetabled.search(sentence.text))
            # ("hopes to be back on the stock exchange in July" says when, not where:
            # "travel to Edinburgh hoping to claim …")
            or (q.wanted is Wanted.TIME and _HOPED.search(sentence.text))
        )
        slack = AHEAD_SLACK if ahead and q.wanted is Wanted.TIME else 0.0
        echoed = _echoes(q.text, sentence.text)
        if (
            cover < (MIN_COVERAGE if counted else min_cover - slack - about_it)
            or cover + article_cover < MIN_EVIDENCE
        ) and not echoed:
            continue
        if not anchors.intersection(matched) and _idf_mass(q, weights, matched) < min_mass:
            continue
        said = [k for k in real if k in predicate and (k not in _TIME_KEYS or k == q.focus)]
        # (words the article is about may sit anywhere in the sentence)
        if terms <= SHORT_TERMS and not (
            (len(said) <= 1 and (implied or any(k in context for k in real)))
            or _close_enough(q, sentence, said if len(said) >= 2 else real)
        ):
            continue
        entity = carried(sentence.position)
        # A sentence that holds nearly all the question's weight and the entity asked for
        # may word the rest otherwise ("X's header gave Y a win" for "who scored …").
        worded = (
            q.wanted is not None
            and entity
            and sum(weights[k] for k in real) / total >= WORDED_OTHERWISE
        )
        names_only = bool(
            own
            and not dateline
            and not echoed
            and not counted  # ("the four Ugandan NGOs organising the play")
            and all(k in q.describing for k in said)
            and not (worded and q.wanted is Wanted.PERSON)
            # "where is the Australian Open held, the event X may miss?" is what "… the
            # Australian Open, which begins on 17 January in Melbourne" says
            and not (event and event <= set(real))
            # "which part of London is Brent Council …?" is what "… at Brent Council in
            # north-west London" says
            and not (quarter and quarter.search(sentence.text))
            and not (
                names <= set(real)
                and names
                and len(predicate - context.keys()) < min(2, len(predicate))
            )
        )
        if event and not all(k in real or present(k, before) for k in event):
            continue  # "Mark Philippoussis withdrew from the Sydney International" is not
            # where the Australian Open is held
        told_game = fixture and bool(_FIXTURE_SAID.search(sentence.text))
        if names_only:
            # only the names (and words describing them: "rugby captain Andy Farrell")
            # match: the sentence says nothing the question asks (unless it holds every
            # name, and the headline all the question's other words but one; or it holds
            # three names or more and the answer, which ranks it last: MANY_NAMES)
            # (some say it as plainly as a sentence with more of the question's words, and
            # so rank with those: "Ismail Kadare (Albania)", "Mrs Hassan, 59,")
            plainly = entity and (
                # "which country does Snecma come from?" by "… and France's Snecma", "which
                # country does Francis Obikwelu represent?" by "… Francis Obikwelu of Portugal"
                _says_where_from(sentence.text, q)
                # "who at the British Chambers of Commerce said …?" by "… said David Frost,
                # Director General of the British Chambers of Commerce"
                or _speaks_for_asked(sentence, q)
                # "how old is Margaret Hassan?" by "Mrs Hassan, 59, who led …", or by "the
                # 24-year-old should take the armband" in a story about him
                or _says_age(sentence, q, text)
            )
            answers_anyway = entity and (
                plainly
                or (many_names and names <= named_here | _by_surname(q, named_here))
                # "until when …?" is answered by "the festival runs until 24 June"
                or (until and bool(_UNTIL.search(sentence.text)))
                # "… its best since which year?" by "its best performance since 1980"
                or (since and bool(_SINCE_DATE.search(sentence.text)))
                # "how much does Metal Slug 3 cost?" by "at a mere £20, Metal Slug 3 is …"
                or _priced_by_name(sentence.text, q)
                # "on what date is the National Holocaust Memorial Day …?" by "… for
                # National Holocaust Memorial Day on 27 January" ("on which day …?" and "in
                # which year …?" too: "Industry Week's 2003 Technology Leader of the Year")
                or (
                    q.wanted is Wanted.TIME
                    and q.measure in {"date", "day", "year"}
                    and any(
                        len(n) >= LONG_NAME and {index_key(w) for w in n} <= named_here
                        for n in q.names
                    )
                )
                # "in which US state is Bryce Canyon …?" by "… Bryce Canyon National Park,
                # in Utah"
                or bool(placing and placing.search(sentence.text))
                # "where did he unveil …?" by "Speaking in Harrogate, Mr Kennedy said …"
                or (q.wanted is Wanted.PLACE and bool(_SPEAKING.search(sentence.text)))
                # "where does Paul Cavanagh come from?" by "Paul Cavanagh, a former
                # professor from Ontario in Canada, …"
                or (
                    q.measure == "origin"
                    and any(_from_place(sentence.text, place, q) for place in sentence.places)
                )
                # "when does Dent play Johansson?" by "Dent will meet Johansson on Sunday"
                or (
                    told_game
                    and len(names & named_here) >= 2
                    and names <= named_here | context.keys()
                )
            )
            if not answers_anyway:
                continue
            names_only = not plainly
        if q.wanted is Wanted.PERSON and (
            (not names <= set(real) | peoples and _role_of_another(sentence.text, predicate, q))
            or _role_of_other_owner(sentence.text, predicate, q)
        ):
            continue  # "France captain X" does not say who captains New Zealand
        if (
            verb is not None
            and not (counted and not strict)
            and not (told_game and _FIXTURE.fullmatch(verb))
            and not _says(q, sentence.plain_keys, sentence.text)
            # ("where does X come from?" by "Lisburn's X", "where does X live?" by "X from
            # Huntington")
            and not (_where_from_asked(q)[0] and _says_where_from(sentence.text, q))
        ):
            others = sum(present(k, sentence.keys) for k in predicate if k != verb)
            if strict or (not (loose_verb and others >= 2) and not worded):
                continue
        if (
            strict
            and q.wanted is not Wanted.PERSON
            and not _names_said(q, named_here)  # (or "He" after the sentence naming them)
            and _names_another(sentence, q)
        ):
            # "Galloway, who founded Respect" says nothing of when MAB was founded, though
            # "he died on 26 February in California" may say when Jef Raskin did
            continue
        if (
            making
            and not any(k.startswith(making) for k in sentence.keys)
            and not (making in _WRITING and _WRITING & sentence.keys)
            and not _BY_SOMEONE.search(sentence.text)
            and not _phrased(q, sentence.text)
        ):
            continue  # "Pop stars … provide voices in the film" says nothing of who directed it
        if making and not _names_said(q, list(real) + [k for k in weights if present(k, before)]):
            # "Moore's film" names neither the Downfall nor follows a sentence that does
            # ("The film is to be directed by …" points back to one that may)
            described = _described(text, sentence, q)
            if described is None or not _names_said(
                q, [k for k in weights if present(k, text.sentences[described].keys)]
            ):
                continue
        if role and not _role_said(role, sentence, text, before, q):
            continue  # "Comic Joe Pasquale remains odds on favourite" names no Ladbrokes spokesman
        if q.wanted is Wanted.PERSON and post_keys and post_keys.isdisjoint(sentence.keys | before):
            continue  # "Bueno has scored 17 goals for Rayo Vallecano" names no coach
        if succession and not _SUCCEEDS.search(sentence.text) and other_verb not in real:
            continue  # "chief executive Willie Walsh" says nothing of who succeeds him
        if rounds and rounds.isdisjoint(_ROUND.findall(sentence.text.lower()) or rounds):
            continue  # "a third round replay" is not the fifth round's
        if q.becoming and not _BECAME.search(sentence.text):
            continue  # "Governor Ingrid Halvorsen said …" says nothing of when she became it
        if q.becoming and first_time and _LATER_TIME.search(sentence.text):
            continue  # "became chairman … for a fifth term in June 2004" is not the first
        if q.wanted is None and _unnamed_which(q, sentence):
            continue  # "working for an online auction house" does not say which one
        if (
            q.wanted is Wanted.PLACE
            and (unnamed := _unnamed_institution(q.text)) is not None
            and unnamed.search(sentence.text)
        ):
            continue  # "studying English at university" does not say at which one
        if q.wanted and _NOT_SAID[q.wanted].search(sentence.text):
            continue  # "a replacement guitarist has yet to be named"
        if q.wanted is Wanted.PLACE and q.future and _PLACE_TO_COME.search(sentence.text):
            continue  # "will announce the location of its head office at a later date"
        if will and not ahead and _years_before(sentence, latest):
            continue  # "first exhibited in 1776" does not say when an exhibition will close
        if will and not ahead and _TOLD_PAST.search(sentence.text):
            continue  # "launched the competition earlier this week" is not when its final is
        if will and _PUT_BACK.search(sentence.text) and not _NEW_DATE.search(sentence.text):
            continue  # "scheduled for release in March … have now had their dates put back"
        if q.wanted not in {None, Wanted.PERSON} and not entity:
            continue  # a when / where / how-many answer is the sentence with the date, …
        if q.focus and q.focus not in UNSAID_COUNTS and not focus:
            continue  # … and the figure of what a how-many question counts ("motorbikes")
        if (
            q.wanted in {Wanted.NUMBER, Wanted.TIME}
            and names
            and _compared_only(sentence.text, names)
        ):
            continue  # "the DS … priced at £99 costs far less than the Gizmondo"
        # (a day of the month says no more than the month "in which month …?" asks)
        day = (
            q.wanted is Wanted.TIME
            and q.measure != "month"
            and bool(_WHEN_MEASURES["date"].search(sentence.text))
        )
        # ("early next year" says less than "early in 2005")
        vague = (
            q.wanted is Wanted.TIME
            and not _WHEN_MEASURES["day"].search(sentence.text)
            and not _WHEN_MEASURES["year"].search(sentence.text)
            and not _NAMED_MONTH.search(sentence.text)
        )
        figure = bool(figures) and not figures.isdisjoint(_WRITTEN_FIGURE.findall(sentence.text))
        score = (
            cover
            + ENTITY_BONUS * entity
            + FIGURE_BONUS * figure
            + FOCUS_BONUS * focus
            + FUTURE_BONUS * ahead
            + DAY_BONUS * day
            - VAGUE_PENALTY * vague
            - FUTURE_BONUS * (past and bool(_WILL.search(sentence.text)))
            + NAMED_BONUS * (entity and q.wanted is Wanted.PERSON)
            + ROLE_BONUS * (q.wanted is Wanted.PERSON and _holds_post(sentence, q))
            - POSITION_PENALTY * min(sentence.position, 30) / 30
        )
        # "how many people …": a figure of people beats any other figure of the article,
        # a place next to what was asked any other place, and what will happen what did
        # ("which country …?": a sentence with a country not asked of beats one with a town)
        national = nation_asked and any(
            place[-1] in NATIONS and not set(place) <= asked_words for place in sentence.places
        )
        rank = (
            not names_only,
            national,
            counted or at or (ahead and q.wanted is Wanted.TIME),
            score - NAMES_ONLY_PENALTY * names_only,
        )
        if best is None or rank > best[0]:
            best = (rank, sentence)
    if best is None:
        return None
    (_, _, _, score), support = best
    naming: list[Sentence] = []
    if q.wanted is Wanted.PERSON:
        found = _naming(q, text, support, weights, total)
        if found is None or (
            found and not carries(support, q.wanted, q, text) and _unnamed_holder(q, support)
        ):
            return None
        naming = found
    return _Candidate(article, support, tuple(naming), score + bonus + CONTEXT_WEIGHT * held)


# "which country …?", "in what European nation …?"
_WHICH_COUNTRY = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+)?(?:country|countries|nation|nations)\b", re.IGNORECASE
)
# the places that are countries ("the US", "Holland")
NATIONS = NATION_NAMES | word_set("us usa uk")
_COUNTRIES_AND_UK = COUNTRY_NAMES | NATIONS


@lru_cache(maxsize=64)  # (asked of every article read for the question)
def _timetabled(q: Question) -> re.Pattern[str] | None:
    """The present of the verb a "when do/does …?" question asks about ("the Lions leave
    for New Zealand on 24 May" says when they will), or None."""
    if not (q.future and q.wanted is Wanted.TIME):
        return None
    due = _SCHEDULED_TO.search(q.text)  # "due to meet": "meets on 12 January"
    verb = due.group(1) if due else next((t.word for t in q.terms if t.index_key == q.verb), None)
    if verb is None:
        return None
    verb, day = re.escape(verb), _WHEN_MEASURES["day"].pattern
    return re.compile(
        rf"(?<!\bthe )(?<!\ba )\b{verb}(?:s|es)?\b(?:\s+[\w'-]+){{0,5}}?\s+on\s+(?:{day})",
        re.IGNORECASE,
    )


def _unnamed_holder(q: Question, support: Sentence) -> bool:
    """Whether the sentence speaks of the one asked about without naming them ("joined two
    girls and an instructor" for "who was the instructor …?", "his business partner landed
    in prison"), so a name from another sentence is someone else's."""
    role = next((t.word for t in _person_roles(q)), None)
    return role is not None and bool(
        re.search(
            rf"\b(?:an?|one|his|her|their|its)\s+(?:[\w-]+\s+){{0,3}}{re.escape(role)}\b",
            support.text,
            re.I,
        )
    )


def pick(
    q: Question,
    weights: dict[str, float],
    anchors: frozenset[str],
    min_mass: float,
    candidates: Sequence[tuple[Article, float]],
    sources: dict[int, int],
    now: datetime,
    max_answers: int = MAX_ANSWERS,
) -> list[AnswerSentence]:
    """The answer sentences, best first; empty below the threshold.

    A support sentence must be specific: contain one of the `anchors` (rare words),
    or words whose idf adds up to `min_mass`.
    """
    if sum(weights.values()) <= 0:
        return []
    best_rank = min(rank for _, rank in candidates)
    judged: list[_Candidate] = []
    for article, rank in candidates:
        when = article.published_at or article.fetched_at
        age = max(0.0, (now - when).total_seconds() / 86400)
        bonus = (
            BM25_WEIGHT * (rank / best_rank if best_rank < 0 else 0.0)
            + RECENCY_WEIGHT * math.exp(-age / RECENCY_DAYS)
            + SOURCES_WEIGHT * math.log2(max(1, sources.get(article.story_id, 1)))
        )
        found = _judge(q, weights, anchors, min_mass, article, bonus)
        if found is not None:
            judged.append(found)
    if not judged:
        return []
    judged.sort(key=lambda c: -c.score)
    top = judged[0]
    chosen: list[tuple[Sentence, Article, float]] = [(top.support, top.article, top.score)]
    chosen += [(s, top.article, top.score) for s in top.naming]
    for other in judged[1:]:
        if len(chosen) >= max_answers or other.score < FOLLOW_UP * top.score:
            break
        if other.naming or not carries(other.support, q.wanted, q):
            continue
        if any(_redundant(other.support, c[0]) for c in chosen):
            continue
        chosen.append((other.support, other.article, other.score))
    chosen = chosen[:max_answers]
    return [
        AnswerSentence(
            # ('"…," Marques said' as "Helena Marques said", unless a sentence shown
            # before it from its article names her)
            introduce_people(
                [sentence.text],
                [article.text],
                "\n".join([article.title, *(s.text for s, a, _ in chosen[:i] if a is article)]),
            )[0],
            article.id,
            article.title,
            article.url,
            article.source,
            article.published_at or article.fetched_at,
            round(score, 4),
        )
        for i, (sentence, article, score) in enumerate(chosen)
    ]


_THE_AGED = re.compile(rf"\b[Tt]he {_YEAR_OLD}")


def _aged_mentions(text: ArticleText, q: Question) -> frozenset[int]:
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


def _is_role(word: str, roles: Set[str]) -> bool:
    """Whether a word is one of the roles asked about, in any of its forms."""
    key = index_key(word.lower())
    return any(key in variants(role) for role in roles)


def _role_of_another(text: str, predicate: set[str], q: Question) -> bool:
    """Whether a role the question asks about ("captain", "chief executive") is written
    right after a name the question does not give ("France captain", "Kallio Compute
    chief executive"): the sentence names someone else's captain."""
    roles = frozenset(k for k in predicate if k in ROLE_KEYS)
    if not roles:
        return False
    asked = frozenset(t.index_key for t in q.terms)
    names = {t.index_key for t in q.terms if t.name}
    words = list(WORD.finditer(text))
    for i in range(1, len(words)):
        if not _is_role(words[i].group(0), roles):
            continue
        before = words[i - 1]
        if text[before.end() : words[i].start()] != " " or not before.group(0)[:1].isupper():
            continue  # "Dr Sunniva Rød, head of …"
        word = fold(before.group(0).lower()).removesuffix("'s")
        said = present(index_key(word), asked)
        if said and i >= 2:
            # "Chinese Foreign Minister" is no "Japanese foreign minister"
            people = COUNTRY_FORMS.get(fold(words[i - 2].group(0).lower()), frozenset())
            own = _role_country(q.text, roles)
            if people and own and people.isdisjoint(own):
                return True
        if word in STOP_WORDS or said:
            continue  # "Her coach", "Energy Minister …"
        if i == 1 and word not in COUNTRY_FORMS:
            continue  # "Charity boss Gordon Lishman said …": a capital that opens a sentence
        if _initials_of_names(text[: words[i].start()], q):
            continue  # "S&N's chief executive" for "Scottish and Newcastle"
        after = [index_key(fold(w.group(0).lower())) for w in words[i + 1 : i + 6]]
        if after[:1] in (["for"], ["of"], ["at"]) and any(
            present(n, frozenset(after)) for n in names
        ):
            continue  # "UK economist at Royal Bank of Scotland": the firm's, on the UK
        near = {index_key(fold(w.group(0).lower())) for w in words[max(0, i - 6) : i]}
        if not any(present(n, frozenset(near)) for n in names):
            return True  # (not "Hong Kong Rugby Football Union (HKRFU) chairman")
    return False


def _role_of_other_owner(text: str, predicate: set[str], q: Question) -> bool:
    """Whether the role the question asks about is written only after another name the
    question gives, not the one it writes before the role ("Tottenham manager Martin Jol"
    for "which Nottingham Forest manager … defeat by Tottenham?")."""
    roles = frozenset(k for k in predicate if k in ROLE_KEYS)
    role, owner = _role_owner(q.text, roles) if roles else ("", frozenset[str]())
    if not owner:
        return False
    asked = frozenset(t.index_key for t in q.terms if t.name) - owner
    tokens = _Words.of(text).tokens
    keys = [index_key(token) for token in tokens]
    other = False
    for i in range(1, len(keys)):
        if not _is_role(tokens[i], {role}):
            continue
        before, after = keys[i - 1], keys[i + 1 : i + 5]
        if before in owner or _initials_of(before, owner):
            return False  # "Forest manager", "GE's chief executive" for General Electric's
        if after[:1] in (["for"], ["of"], ["at"]) and owner & set(after):
            return False  # "UK economist for Capital Economics", "… at Deutsche Bank"
        other = other or (before in asked and before not in ROLE_KEYS)
    return other


@lru_cache(maxsize=64)
def _role_owner(question: str, roles: frozenset[str]) -> tuple[str, frozenset[str]]:
    """The first role the question asks about, and the index keys of the name written
    right before it ("manag"; "nottingham", "forest" of "which Nottingham Forest manager
    …?")."""
    words = WORD.findall(question)
    first = next((i for i, word in enumerate(words) if _is_role(word, roles)), 0)
    owner: set[str] = set()
    k = first - 1
    while k > 0 and words[k][:1].isupper() and words[k].lower() not in STOP_WORDS:
        owner.add(index_key(fold(words[k].lower()).removesuffix("'s")))
        k -= 1
    return index_key(words[first].lower()), frozenset(owner)


@lru_cache(maxsize=64)
def _role_country(question: str, roles: frozenset[str]) -> frozenset[str]:
    """The country whose role the question asks about, in all its forms ("japan",
    "japanese" of "which Japanese foreign minister …?"); empty when it names none."""
    words = [fold(w.lower()) for w in WORD.findall(question)]
    return frozenset(
        form
        for i, word in enumerate(words)
        if _is_role(word, roles)
        for k in (i - 2, i - 1)
        if k >= 0
        for form in COUNTRY_FORMS.get(words[k], ())
    )


_ACRONYM_BEFORE = re.compile(r"\b([A-Z][A-Z&.]*[A-Z])(?:['’]s)?\s*$")


def _initials_of_names(head: str, q: Question) -> bool:
    """Whether the text ends in the initials of names the question gives, one after
    another ("S&N" for "Scottish and Newcastle")."""
    found = _ACRONYM_BEFORE.search(head)
    if found is None:
        return False
    letters = re.sub(r"[^A-Z]", "", found.group(1)).lower()
    initials = "".join(t.word[0] for t in q.terms if t.name)
    return len(letters) >= 2 and letters in initials


@lru_cache(maxsize=64)
def _role_words(q: Question) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The roles a question asks about, its other names, and the words it writes right
    before a role ("project" of "project manager"): worked out once per question, not
    per sentence read."""
    roles = frozenset(t.index_key for t in q.terms if t.index_key in ROLE_KEYS)
    names = frozenset(t.index_key for t in q.terms if t.name and t.index_key not in roles)
    asked = [index_key(w.lower()) for w in WORD.findall(q.text)]
    qualifiers = frozenset(a for a, b in pairwise(asked) if b in roles) - STOP_WORDS
    return roles, names, qualifiers


_FORMER = re.compile(r"\b(?:former|ex-)", re.IGNORECASE)


def _holds_role(sentence: Sentence, q: Question) -> bool:
    """Whether the sentence names someone right after the role the question asks about,
    itself right after a name or word the question gives ("Minnesota U.S. Attorney Andy
    Luger", "ISM survey chairman Norbert Ore" for "who chairs the ISM survey?", "project
    manager Laura Greenwood")."""
    roles, names, qualifiers = _role_words(q)
    if not roles or not sentence.people:
        return False
    firsts = {name[0] for name in sentence.people}
    lasts = {name[-1] for name in sentence.people}
    # (a role that heads the question may be written after its holder's name; not in
    # "whose biopic did X's news editor pick?")
    heads = _WHICH.match(q.text) is not None
    matches = list(WORD.finditer(sentence.text))
    words = [m.group(0) for m in matches]
    for i, word in enumerate(words[:-1]):
        if not _is_role(word, roles):
            continue
        before = {index_key(fold(w.lower())) for w in words[max(0, i - ROLE_SPAN) : i]}
        if "former" in before and not _FORMER.search(q.text):
            continue  # "former England captain Moore" is not who captains England now
        qualified = i > 0 and index_key(words[i - 1].lower()) in qualifiers
        following = {fold(w.lower()) for w in words[i + 1 : i + 1 + ROLE_SPAN] if w[:1].isupper()}
        # (or the name set off before it: "Stephen Toulouse, a Microsoft security manager")
        holder = _APPOSED.search(sentence.text[: matches[i].start()]) if heads else None
        apposed = holder is not None and fold(holder.group(1).lower()) in lasts
        if (names & before or qualified) and (firsts & following or apposed):
            return True
    return False


_WHICH = re.compile(r"(?:which|what)\b", re.IGNORECASE)
# a name set off by a comma before the words describing it ("Donald Nicolaisen, the SEC's ")
_APPOSED = re.compile(r"([A-Z][\w'’-]+),\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}$")


def _holds_post(sentence: Sentence, q: Question) -> bool:
    """Whether the sentence names someone in the role the question asks about, or in the
    post it words in a way news does not ("chief executive Mara Lind" for "who runs …?")."""
    if _holds_role(sentence, q):
        return True
    return _post_words(q)[0] is not None and bool(
        post_holders(sentence, q.position, parts=_asked_words(q.text))
    )


@lru_cache(maxsize=64)
def _asked_words(question: str) -> frozenset[str]:
    """A question's words, as `_Words` folds them: the rest of the post it asks about
    ("chief *co-ordinator*") is no other post."""
    return frozenset(_Words.of(question).tokens)


# Words that may stand between a name and its post: "head of Cepes, Ana Ruiz", "Ana Ruiz,
# the club's new manager", "Ana Ruiz, who took over as manager"
_POST_GAP = word_set("of at for by the and a an its their his her new former current acting")
# … and the words that link a name to its post: "Ana Ruiz took over as manager", "Ana Ruiz
# has been appointed chief executive" (not "Ana Ruiz praised the manager")
_POST_LINK = word_set(
    "as who is was has had have been be will became becomes become named appointed took "
    "takes over remains remained serves served now also currently already later then to"
)
_OWNER_LINKS = word_set("of at for")
POST_AFTER_WORDS = 3  # lower-case words allowed after a name's comma before its post …
POST_BEFORE_WORDS = 2  # … and after a post before the comma of the name
POST_OWNER_WORDS = 4  # … and capitalised words of whose post it is, counted as one


def post_holders(
    sentence: Sentence,
    position: frozenset[str],
    others: frozenset[str] = frozenset(),
    parts: frozenset[str] = frozenset(),
    subject: frozenset[str] = frozenset(),
) -> set[tuple[str, ...]]:
    """The names the sentence writes with a word of the post asked about beside them:
    before ("Cepes head Ana Ruiz", "chief executive of Plus.net, Lee Strafford") or after,
    past a comma, "as" or "who" ("Lee Strafford, chief executive of …"); not a post of
    `others`, names the question gives besides whose post it asks about ("Virgin Blue
    chief executive Brett Godfrey" for "who is the boss of Jetstar, … Virgin Blue?"); nor
    one written as another's than the `subject` asked about ("John Person, president of
    National Futures Advisory Services" for "who heads the EIA?", "Motorola's chief
    executive Ed Zander" for "who is the boss of Sony Ericsson?")."""
    words = _Words.of(sentence.text)
    tokens = words.tokens
    out: set[tuple[str, ...]] = set()
    for name in sentence.people:
        # ("Hans-Werner Sinn" is three of the sentence's words)
        split = tuple(part for word in name for part in WORD.findall(word))
        for i in range(len(tokens) - len(split) + 1):
            if tuple(tokens[i : i + len(split)]) != split:
                continue
            if _post_before(words, i, position, others, subject) or (
                _post_after(words, i + len(split), position, others, parts, subject)
                and not (
                    _PART_WORDS.isdisjoint(parts)
                    and _OF_A_PART.match(" ".join(tokens[i + len(split) : i + len(split) + 12]))
                )
            ):
                out.add(name)
    return out


# a post of part of a firm, not of the firm: "managing director of the insurer's life and
# pensions division"
_PART_WORDS = word_set("division unit arm subsidiary branch wing")
_OF_A_PART = re.compile(
    rf"^(?:\S+\s+){{1,3}}of\s+the\s+(?:\S+\s+){{0,5}}(?:{'|'.join(sorted(_PART_WORDS))})\b"
)


@dataclass(frozen=True)
class _Words:
    """A sentence's words: folded (without "'s"), whether capitalised, whether
    possessive, and what stands between each and the next."""

    tokens: tuple[str, ...]
    capital: tuple[bool, ...]
    possessive: tuple[bool, ...]
    gaps: tuple[str, ...]  # gaps[k]: the text between word k and word k + 1, stripped

    @staticmethod
    def of(text: str) -> _Words:
        found = list(WORD.finditer(text))
        return _Words(
            tuple(fold(m.group(0).lower()).removesuffix("'s").removesuffix("’s") for m in found),
            tuple(m.group(0)[:1].isupper() for m in found),
            tuple(m.group(0).endswith(("'s", "’s")) for m in found),
            tuple(text[a.end() : b.start()].strip() for a, b in itertools.pairwise(found)),
        )


def _post_before(
    words: _Words,
    i: int,
    position: frozenset[str],
    others: frozenset[str] = frozenset(),
    subject: frozenset[str] = frozenset(),
) -> bool:
    # back over capitalised words and small ones to the post, and past a comma over a few
    # other words ("the chairman of the working party, Ambassador Stefan Johannesson")
    tokens, capital = words.tokens, words.capital
    j = i - 1
    lower = named = 0
    set_off = joined = False
    # (a long name of whose post it is counts as one word: "the new chair of the Internet
    # Engineering Task Force (IETF), Brian Carpenter")
    while j >= 0 and i - j <= ROLE_SPAN + 2 + lower + named:
        if tokens[j] in position:
            between = tokens[j + 1 : i]
            if (
                not set_off
                and not _OWNER_LINKS.isdisjoint(between)
                # (but "Minister for Work Jane Kennedy" holds the post of Work asked about)
                and not (subject and subject <= set(map(index_key, between)))
            ):
                return False  # "head of the HSA" names whose post it is, not who holds it
            if joined and tokens[j + 1] != "and":
                return False  # "head coach Ana Ruiz" holds another post than head
            while j > 0 and tokens[j - 1] in position:
                j -= 1
            # ("Motorola's chief executive" is no post of Sony Ericsson's)
            owner = j > 0 and words.capital[j - 1] and words.possessive[j - 1]
            theirs = index_key(tokens[j - 1]) in subject or _initials_of(tokens[j - 1], subject)
            if owner and subject and not theirs:
                return False
            return not _owned_by_another(words, j, 0, others)
        set_off = set_off or words.gaps[j].endswith(",")
        if tokens[j] in POSITIONS and not capital[j]:
            joined = True  # "chairman and *chief executive* Richard Parsons" holds both
        elif not (capital[j] or tokens[j] in _POST_GAP):
            # ("state-owned" is one word)
            lower += words.gaps[j] != "-"
            if not set_off or lower > POST_BEFORE_WORDS:
                return False
        elif capital[j] and set_off and named < POST_OWNER_WORDS:
            named += 1
        j -= 1
    return False


def _initials_of(word: str, names: frozenset[str]) -> bool:
    """Whether a word is the initials of a name of two words or more ("ge" of "general",
    "electric"; the words come as a set, so in any order)."""
    return len(word) == len(names) > 1 and sorted(word) == sorted(k[0] for k in names)


def _owned_by_another(words: _Words, post: int, start: int, others: frozenset[str]) -> bool:
    """Whether the capitalised words right before a post (back to `start`) name another
    organisation the question gives ("Virgin Blue chief executive")."""
    owner = itertools.takewhile(lambda k: words.capital[k], range(post - 1, start - 1, -1))
    return any(index_key(words.tokens[k]) in others for k in owner)


def _post_after(
    words: _Words,
    end: int,
    position: frozenset[str],
    others: frozenset[str] = frozenset(),
    parts: frozenset[str] = frozenset(),
    subject: frozenset[str] = frozenset(),
) -> bool:
    tokens, capital = words.tokens, words.capital
    if end >= len(tokens):
        return False
    set_off = words.gaps[end - 1] in {",", "(", "-", "–"}
    # ("Chris McIntyre runs Podcast Alley"; but in "Ifo president Hans-Werner Sinn" Ifo is
    # whose post it is)
    if not set_off and tokens[end] not in _POST_LINK and not _post_verb(tokens[end], position):
        return False
    lower = 0
    for k in range(end, min(len(tokens), end + ROLE_SPAN + 5)):
        if tokens[k] in position:
            if tokens[k - 1] in {"a", "an"}:
                return False  # "Marc Gonsalves, an executive at Xstrata" is one of several
            # ("Peter Tom, who will remain as Aggregate chief executive" holds Aggregate's;
            # "Joe Quinlan, chief market strategist at …" holds another post)
            last = k
            while last + 1 < len(tokens) and tokens[last + 1] in position:
                last += 1
            return (
                not _owned_by_another(words, k, end, others)
                and not _post_goes_on(words, last, parts)
                and not _of_another(words, last, subject)
            )
        if not (capital[k] or tokens[k] in _POST_GAP or tokens[k] in _POST_LINK):
            lower += 1
            if not set_off or lower > POST_AFTER_WORDS:
                return False
    return False


def _of_another(words: _Words, last: int, subject: frozenset[str]) -> bool:
    """Whether "of" or "at" and a name of two words or more follow a post's last word,
    none of them the `subject`'s: the post is another organisation's."""
    k = last + 1
    if not subject or words.tokens[k : k + 1] not in (("of",), ("at",)):
        return False
    the = words.tokens[k + 1 : k + 2] == ("the",)
    k += 1 + the
    owner = list(itertools.takewhile(lambda j: words.capital[j], range(k, len(words.tokens))))
    # ("director of the Category B prison": capitals before a noun describe whose post it
    # is, as "the prison" would, without naming another)
    after = owner[-1] + 1 if owner else k
    if the and after < len(words.tokens) and _describes_owner(words, after):
        return False
    # (one word may be the subject's acronym: "president of the RAD")
    return len(owner) >= 2 and not any(index_key(words.tokens[j]) in subject for j in owner)


def _describes_owner(words: _Words, k: int) -> bool:
    """Whether word k is a lower-case noun after the capitals that describe it (not a
    verb: "of the Football Association said")."""
    word = words.tokens[k]
    return (
        not words.capital[k]
        and not words.gaps[k - 1]
        and word.isalpha()
        and word not in STOP_WORDS
        and word not in SPEECH_VERBS
        and not word.endswith(("ed", "ly"))
    )


def _post_verb(word: str, position: frozenset[str]) -> bool:
    """Whether the word is a verb form of the post asked about ("runs", "managed")."""
    inflected = word.endswith(("s", "ed")) and not word.endswith("ss")  # (not "boss")
    return word in position and (inflected or word in {"ran", "run"})


def _post_goes_on(words: _Words, last: int, parts: frozenset[str] = frozenset()) -> bool:
    """Whether lower-case words that are no part of the post asked about follow its last
    word, making another post ("chief *market strategist*", "chief *operating officer*")."""
    k = last + 1
    if k >= len(words.tokens) or words.gaps[last] or words.capital[k]:
        return False
    word = words.tokens[k]
    return word.isalpha() and word not in _POST_PARTS and word not in parts


# words that may follow a post without making another ("chief executive *officer* of …",
# "director *general*")
_POST_PARTS = _POST_GAP | _POST_LINK | STOP_WORDS | word_set("officer general")


def _redundant(a: Sentence, b: Sentence) -> bool:
    if a.text == b.text:
        return True
    union = len(a.keys | b.keys)
    return union > 0 and len(a.keys & b.keys) / union >= REDUNDANT


_CLOSING_QUOTE = re.compile(r'(?<=[\w.,!?…])"(?=[\s,.;:!?)]|$)')


def quoted_whole(text: str) -> str:
    """A sentence cut out of a longer quotation, with the quotation mark it lacks:
    `Today we showed we were listening," she said.` opens with `"`, and `She said: "We
    will win.` (whose quotation goes on in the next sentence) closes with one."""
    if not has_broken_quote(text):
        return text
    if text.count("”") > text.count("“"):
        return f"“{text}"
    if text.count("“") > text.count("”"):
        return f"{text}”"
    first = text.index('"')  # (an odd number of them)
    return f'"{text}' if _CLOSING_QUOTE.match(text, first) else f'{text}"'


_SCOPE_PREPOSITIONS = frozenset(["since", "after", "from", "in", "over", "during"])


def answer_reply(answer: Answer) -> Reply:
    """An answer as a reply: sentences with sources, or the plain "nothing stored" line."""
    if answer.problem:
        return Reply(text=answer.problem, error=True)
    if not answer.sentences:
        within = ""
        if answer.scope:  # "since yesterday", "in the last 3 days"; "from this week"
            preposition = answer.scope.split()[0].lower() in _SCOPE_PREPOSITIONS
            within = f" {answer.scope}" if preposition else f" from {answer.scope}"
        return Reply(
            text=f"Nothing stored{within} answers that. Try other words, or "
            "`/news search <words>` to see what is stored."
        )
    # Sentences of one article go under its headline and link once.
    groups: list[list[AnswerSentence]] = []
    for sentence in answer.sentences:
        if groups and groups[-1][0].article_id == sentence.article_id:
            groups[-1].append(sentence)
        else:
            groups.append([sentence])
    items = tuple(
        ReplyItem(
            title=group[0].title,
            url=group[0].url,
            text=" … ".join(quoted_whole(s.text) for s in group),
            meta=(
                f"{group[0].source} · {group[0].published:%d %b %Y}"
                if group[0].published
                else group[0].source
            ),
        )
        for group in groups
    )
    return Reply(
        text=f"From stored articles: {shown(answer.question, 160)}", items=items, ephemeral=False
    )
