"""Question analysis: what to look for, what kind of answer is wanted, and for when.

Pure functions of the question text and the current time; no I/O. `analyze` turns

    "Who leads the fire response in Évora this week?"

into content terms (stop and question words dropped; each with its stem and the
token the full-text index stores), names kept as phrases ("Helena Marques"), the
entity type the answer must carry (who → a person, where → a place, when → a
time, how many / how much → a number) and a time scope ("this week", "today",
"yesterday", "since 2026-11-01", "in the last 3 days"), which is removed from the
terms. A question that cannot be used carries a one-line `problem` instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from itertools import islice, pairwise, takewhile

from bot.storage.terms import index_key, index_tokens
from summaries.text import STOP_WORDS, stem

MAX_QUESTION_CHARS = 1000
MAX_TERMS = 24


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (long lists stay readable)."""
    return frozenset(words.split())


class Wanted(Enum):
    """The entity type an answer sentence must carry."""

    PERSON = "person"
    PLACE = "place"
    TIME = "time"
    NUMBER = "number"


@dataclass(frozen=True)
class Term:
    """One content word of a question.

    `word` is the lower-case token (letters and digits only, so it is safe inside
    a quoted FTS5 string); `stem` is its Porter stem as sentences are matched;
    `index_key` is the form the FTS5 index stores (porter over unicode61 with
    diacritics removed), used to look up how many articles contain it.
    """

    word: str
    stem: str
    index_key: str
    name: bool = False
    # says which thing is meant rather than what is asked: it describes a name ("sportswear
    # maker Nike") or sits in a clause of its own ("where was X speaking when he said …?")
    aside: bool = False


@dataclass(frozen=True)
class TimeScope:
    """Articles published (or, when the date is unknown, fetched) in [since, until)."""

    since: datetime | None
    until: datetime | None
    label: str


@dataclass(frozen=True)
class Question:
    """An analysed question."""

    text: str
    terms: tuple[Term, ...] = ()
    names: tuple[tuple[str, ...], ...] = ()
    wanted: Wanted | None = None
    scope: TimeScope | None = None
    problem: str | None = None
    # "much", "long", "old" … of "how much …?"; "money": how much was paid; "clock": what
    # time of day; "date", "year": on what date, in what year; "race": what time a race
    # took; "local": which city; "origin": where someone is from; "base": where X is based
    measure: str | None = None
    verb: str | None = None  # the index key of the verb of "who won …?", "who was killed …?"
    focus: str | None = None  # what "how many …" counts ("people" of "how many people …?")
    future: bool = False  # asks about what will happen ("when will …?")
    # asks when someone became what they are ("when did X become governor?")
    becoming: bool = False
    # the post "who is the head of Cepes?" or "who manages Yeading?" asks the holder of:
    # the words an answer must write beside the name it gives
    position: frozenset[str] = frozenset()
    # the index keys of the name whose post or base is asked ("Yeading" of "who is the
    # manager of Yeading?", "Sandvine" of "where is Sandvine based?")
    subject: tuple[str, ...] = ()
    # the index keys of asides that describe a name ("rugby captain Andy Farrell", "Paion,
    # the German drug firm"): a sentence must say more of the question than these
    describing: frozenset[str] = frozenset()

    @property
    def age(self) -> bool:
        """ "How old …?": the figure must be an age ("Marques, 52,")."""
        return self.measure == "old"


QUESTION_WORDS = frozenset(
    {"who", "whom", "whose", "what", "when", "where", "which", "why", "how", "whats"}
)
# Stop words when written in small letters, names in capitals.
CAPITAL_NAMES = frozenset({"US", "UK", "EU", "UN", "USA"})
# "how cheap …?" asks for a price
_PRICED = word_set("cheap expensive costly")
# "how old / long / far …": the word after "how" asks for a figure; it is not a content word.
HOW_MEASURES = (
    frozenset(
        {
            "many",
            "much",
            "old",
            "long",
            "far",
            "big",
            "tall",
            "often",
            "large",
            "high",
            "deep",
            "fast",
            "hot",
            "cold",
        }
    )
    | _PRICED
)
# Words that say "tell me" rather than what about; they never have to match.
FILLER_WORDS = frozenset(
    {
        "happen",
        "happened",
        "happening",
        "happens",
        "news",
        "latest",
        "tell",
        "know",
        "please",
        "anything",
        "stored",
        # prepositions the stop words leave out
        "near",
        "nearby",
        "outside",
        "inside",
        "behind",
        "beside",
        "beyond",
        "towards",
        "toward",
        "around",
        "along",
        "among",
        "within",
        "via",
        "despite",
        # hedges on a figure asked for
        "roughly",
        "approximately",
        "nearly",
        "almost",
        "exactly",
        "precisely",
        # … and on what is asked ("where was it actually filmed?")
        "actually",
        "really",
    }
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
HEAD_NOUN_SPAN = 7  # words after "what" / "which" in which to look for the head noun
PERSON_NOUNS = word_set(
    "person man woman boy girl player manager coach minister president leader chief "
    "officer official actor actress singer star striker driver author writer director "
    "chairman chairwoman captain judge senator politician candidate spokesman spokeswoman "
    "founder owner winner victim suspect teacher doctor footballer boss mayor governor "
    "king queen prince princess people men women reporter journalist professor editor "
    "executive ceo scientist researcher lawyer attorney prosecutor commissioner chancellor "
    "secretary mp councillor economist analyst spokesperson presenter referee goalkeeper "
    "defender midfielder forward jockey rider artist designer architect engineer detective "
    "student pupil son daughter wife husband mother father brother sister musician rapper "
    "comedian member chef pilot soldier investor banker head deputy co-founder cofounder dj "
    "backbencher frontbencher entrepreneur olympian pundit msp qc mep undersecretary "
    "seed"  # (a tennis player by his seeding: "which fourth seed …?")
)
# A capitalised run after one of these is an organisation ("start-up Nordlys Orbital").
ORGANISATION_NOUNS = word_set(
    "start-up startup firm company maker operator carrier lender retailer insurer "
    "manufacturer developer chain brand label giant conglomerate broadcaster publisher "
    "supplier producer exporter importer utility charity airline outfit"
)
# places smaller than a country, that a country does not answer ("which city …?")
LOCAL_NOUNS = word_set(
    "city town village factory plant theatre theater building hospital school prison "
    "airport station park university college gallery museum hotel church cathedral "
    "neighbourhood neighborhood suburb borough seat ward court arena street road avenue venue"
)
PLACE_NOUNS = word_set(
    "city country town village place state region county province area island "
    "stadium capital nation continent street district constituency ground arena port "
    "lake ocean mountain sea bay beach resort valley exchange restaurant pub bar cafe café "
    "nightclub hall cinema library bridge landmark road square tower palace castle mosque temple "
    "studio site township " + " ".join(sorted(LOCAL_NOUNS))
)
# Head nouns that ask for a person though no other rule reads them as one ("which Hawaiian
# surfer …?"): occupations and roles news writes of, and the endings of most others
HEAD_PERSON_NOUNS = PERSON_NOUNS | word_set(
    "producer surfer skier cyclist athlete sprinter runner swimmer boxer golfer bowler "
    "wildcard qualifier youngster keeper racer runner-up nanny maid butler chauffeur "
    "bodyguard housekeeper cleaner gardener holder "
    "batsman batter trainer fighter wrestler gymnast umpire linesman official physio "
    "surgeon nurse vet veteran expert adviser advisor consultant aide campaigner "
    "protester fan supporter voter resident citizen worker employee colleague partner "
    "girlfriend boyfriend child baby teenager pensioner survivor witness defendant "
    "accused prisoner inmate hostage refugee migrant tourist passenger motorist "
    "pedestrian climber explorer astronaut inventor entrepreneur tycoon billionaire "
    "millionaire trader broker dealer auditor regulator inspector investigator "
    "constable sergeant general admiral colonel commander lieutenant ambassador envoy "
    "diplomat negotiator premier monarch emperor pope bishop archbishop priest vicar imam "
    "rabbi cardinal poet playwright screenwriter composer conductor drummer vocalist "
    "dancer photographer filmmaker film-maker host anchor newsreader commentator pundit "
    "critic reviewer scholar academic lecturer headteacher headmaster principal dean "
    "physician paramedic firefighter lifeguard cook waiter farmer miner builder plumber "
    "mechanic technician programmer hacker sailor skipper gunman attacker killer "
    "murderer robber thief burglar fraudster bomber militant rebel heir widow widower "
    "grandmother grandfather grandson granddaughter niece nephew uncle aunt cousin twin "
    "mum dad spouse treasurer clerk speaker peer lord lady baroness baron duke duchess "
    "magistrate justice barrister solicitor counsel coroner tenant landlord homeowner "
    "shareholder seller rival opponent challenger contender champion finalist nominee "
    "laureate recipient newcomer rookie substitute successor predecessor incumbent "
    "assistant intern volunteer organiser organizer promoter agent representative "
    "delegate spy whistleblower chiropractor osteopath skater skateboarder snowboarder "
    "longboarder prop hooker flanker winger fly-half scrum-half full-back left-back "
    "right-back wing-back centre-back centre-half centre-forward stand-off wing-forward "
    "quarterback "
    "pitcher catcher wicketkeeper fielder hurdler vaulter marathoner scorer debutant "
    "sheriff warden bailiff mogul magnate correspondent handler screener guard shopper "
    "customer neighbour neighbor friend stranger bystander cashier receptionist bouncer "
    "steward caddie caddy carer babysitter legend great team-mate teammate wild-card "
    "character comic"  # (a story's people: "which character will Tom Hanks play?")
)
_NOT_PEOPLE = word_set("twist wrist playlist checklist shortlist median amen")
_PERSON_ENDING = re.compile(r"(?:.{3,}(?:ist|ian)|.+(?:man|woman|men|women|person|people))$")
RACE_VERBS = word_set("run ran finish finished clock clocked swim swam race raced")
TIME_NOUNS = word_set(
    "time date day year month week hour season decade century weekend night morning "
    "afternoon evening deadline minute"
)
TYPE_NOUNS = TIME_NOUNS | word_set("city town village country place event")
# the time nouns after "what" / "which" that name the measure asked ("on what date …?")
_TIME_MEASURES = frozenset({"date", "day", "month", "year", "minute", "decade"})
# the words before a score asked for ("by what score …?", "what was the half-time score?")
_SCORE_BEFORE = word_set("what which the final time")
# Head nouns that ask for an occasion: "at what event …?" is answered by "the Detroit
# Motor Show", "at which festival …?" by "the Berlin Film Festival"
EVENT_NOUNS = word_set(
    "event festival conference ceremony summit fair exhibition expo convention "
    "tournament championship championships meeting"
)
FIGURE_NOUNS = word_set("percentage percent proportion number amount figure")
NUMBER_NOUNS = word_set(
    "number percentage percent amount price cost age total figure score sum fee salary "
    "rent wage income revenue profit population attendance distance height weight length "
    "speed temperature proportion share ratio rate fraction majority margin budget value "
    "fine debt deficit loss sales turnover capacity size depth toll compensation damages "
    "bonus pension stake dividend ransom ranking level limit estimate valuation crowd turnout "
    "audience maximum minimum allowance bid seeding milestone"
)

# "which city are Franz Ferdinand from, whose gig …?" asks where they are from
_FROM_BEFORE_CLAUSE = re.compile(r"\bfrom,\s+(?:whose|who|which|where|after|when)\b", re.I)
# "when does the festival get under way?" asks when it starts
_UNDER_WAY = re.compile(r"\b(?:get|gets|got|go|goes|went|be|is|was|are|were)\s+under\s*way\b")
# Words with inner apostrophes (so "don't" is seen as a stop word), case kept.
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


# -- time scope ---------------------------------------------------------------

_ISO_DATE = r"(\d{4}-\d{1,2}-\d{1,2})"
_MONTH_RE = "|".join(MONTHS)
_SCOPE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("since_iso", re.compile(rf"\b(?:since|after|from)\s+{_ISO_DATE}(?!\S*\w)", re.I)),
    (
        "since_day_month",
        re.compile(
            rf"\bsince\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\b", re.I
        ),
    ),
    (
        "since_month_day",
        re.compile(rf"\bsince\s+({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.I),
    ),
    ("since_weekday", re.compile(rf"\bsince\s+(?:last\s+)?({'|'.join(WEEKDAYS)})\b", re.I)),
    ("since_yesterday", re.compile(r"\bsince\s+yesterday\b", re.I)),
    (
        "last_n",
        re.compile(
            r"\b(?:in\s+|over\s+|during\s+)?(?:the\s+)?(?:last|past)\s+(\d{1,3}|a|an|one|two|"
            r"three|four|five|six|seven|ten|twenty-four|24|48|72)\s+(hours?|days?|weeks?|months?)\b",
            re.I,
        ),
    ),
    (
        "past_unit",
        re.compile(r"\b(?:in\s+|over\s+|during\s+)?the\s+past\s+(day|week|month)\b", re.I),
    ),
    ("this_week", re.compile(r"\bthis\s+week(?:end)?\b", re.I)),
    ("last_week", re.compile(r"\blast\s+week\b", re.I)),
    ("this_month", re.compile(r"\bthis\s+month\b", re.I)),
    ("last_month", re.compile(r"\blast\s+month\b", re.I)),
    ("today", re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
)
_SMALL_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "ten": 10,
    "twenty-four": 24,
}


class ScopeError(ValueError):
    """A time scope that names an impossible date."""


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _past_date(month: int, day: int, today: date) -> date:
    """The most recent (month, day) on or before today."""
    when = date(today.year, month, day)
    return when if when <= today else date(today.year - 1, month, day)


def _scope_for(kind: str, match: re.Match[str], now: datetime) -> TimeScope:
    today = now.astimezone(UTC).date()
    label = " ".join(match.group(0).split())
    try:
        if kind == "since_iso":
            since = date.fromisoformat(_pad_iso(match.group(1)))
            if since <= today:
                return TimeScope(_midnight(since), None, label)
        if kind == "since_day_month":
            day, month = int(match.group(1)), MONTHS.index(match.group(2).lower()) + 1
            return TimeScope(_midnight(_past_date(month, day, today)), None, label)
        if kind == "since_month_day":
            month, day = MONTHS.index(match.group(1).lower()) + 1, int(match.group(2))
            return TimeScope(_midnight(_past_date(month, day, today)), None, label)
    except ValueError:
        raise ScopeError(f"“{label}” is not a real date — write it as YYYY-MM-DD") from None
    if kind == "since_iso":
        raise ScopeError(f"“{label}” is in the future — ask about days up to today")
    if kind == "since_weekday":
        back = (today.weekday() - WEEKDAYS.index(match.group(1).lower())) % 7 or 7
        return TimeScope(_midnight(today - timedelta(days=back)), None, label)
    if kind in {"since_yesterday", "yesterday"}:
        # News about yesterday is often published today, so "yesterday" reaches to now.
        return TimeScope(_midnight(today - timedelta(days=1)), None, label)
    if kind == "today":
        return TimeScope(_midnight(today), None, label)
    if kind == "last_n":
        raw = match.group(1).lower()
        count = int(raw) if raw.isdigit() else _SMALL_NUMBERS[raw]
        unit = match.group(2).lower().rstrip("s")
        span = {
            "hour": timedelta(hours=count),
            "day": timedelta(days=count),
            "week": timedelta(weeks=count),
            "month": timedelta(days=30 * count),
        }[unit]
        return TimeScope(now - span, None, label)
    if kind == "past_unit":
        unit = match.group(1).lower()
        spans = {"day": timedelta(days=1), "week": timedelta(weeks=1), "month": timedelta(days=30)}
        return TimeScope(now - spans[unit], None, label)
    if kind == "this_week":
        return TimeScope(_midnight(today - timedelta(days=today.weekday())), None, label)
    if kind == "last_week":
        return TimeScope(_midnight(today - timedelta(days=today.weekday() + 7)), None, label)
    if kind == "this_month":
        return TimeScope(_midnight(today.replace(day=1)), None, label)
    if kind == "last_month":
        first = today.replace(day=1) - timedelta(days=1)
        return TimeScope(_midnight(first.replace(day=1)), None, label)
    raise AssertionError(kind)  # pragma: no cover


def _pad_iso(text: str) -> str:
    year, month, day = text.split("-")
    return f"{year}-{int(month):02d}-{int(day):02d}"


_QUOTED = re.compile(r'"[^"]*"')


def extract_scope(question: str, now: datetime) -> tuple[TimeScope | None, str]:
    """The first time scope in a question or a topic ("climate this week") and the text
    without it; words inside a "quoted phrase" are never one.

    Raises ScopeError for an impossible date ("since 2026-02-30").
    """
    masked = _QUOTED.sub(lambda quote: "\0" * len(quote.group(0)), question)
    for kind, pattern in _SCOPE_PATTERNS:
        match = pattern.search(masked)
        if match:
            scope = _scope_for(kind, match, now)
            rest = question[: match.start()] + " " + question[match.end() :]
            return scope, " ".join(rest.split())
    return None, question


# -- wanted entity type ---------------------------------------------------------

_VERB_LINKS = frozenset({"is", "was", "are", "were"})
_LINKS = _VERB_LINKS | {"the", "a", "an", "'s", "s"}


def _contracted(word: str) -> str:
    """A question word without its "'s" ("who's", "what's": "is" is a stop word)."""
    return word[:-2] if word.endswith("'s") and word[:-2] in QUESTION_WORDS else word


_ASKING = frozenset({"when", "where", "which", "what", "how"})


def wanted_type(lowered: list[str], named: Sequence[bool] = ()) -> Wanted | None:
    """The entity type a question asks for, from its (lower-case) words; a word of a name
    (`named`) is no head noun ("which Tejo Capital economist …")."""
    for i, word in enumerate(lowered):
        nxt = lowered[i + 1] if i + 1 < len(lowered) else ""
        if word in {"who", "whom", "whose"}:
            if i > 0 and _ASKING.intersection(lowered[i + 1 :]):
                continue  # "… everyone who has bought one since when?": "who" is relative
            return Wanted.PERSON
        if word == "where":
            # ("where were Scotland in the Fifa world rankings?" asks their place in them,
            # not "where were the trials at which he went top of the rankings?")
            main = list(takewhile(lambda w: w not in _CLAUSE_LEADS, lowered[i + 1 :]))
            return Wanted.NUMBER if _RANKINGS.intersection(main) else Wanted.PLACE
        if word == "when":
            return Wanted.TIME
        if word == "how":
            return Wanted.NUMBER if nxt in HOW_MEASURES else None
        if word in {"what", "which", "whats"} and (named_as := _named_after(lowered, i, named)):
            return named_as  # "… - what was his name?"
        if word in {"what", "which", "whats"} and lowered[i + 1 : i + 3] in (
            ["part", "of"],
            ["parts", "of"],
        ):
            return Wanted.PLACE  # "which part of London …?", "which parts of the UK …?"
        if word in WHAT and nxt in _VERB_LINKS and "worth" in lowered[i + 2 : i + 8]:
            return Wanted.NUMBER  # "what was India-Pakistan trade worth in April-July?"
        if (
            word in WHAT
            and nxt in _VERB_LINKS
            and lowered[i + 2 : i + 4] in (["the", "most"], ["the", "least"])
            and not _CLAUSE_AFTER_MOST.isdisjoint(lowered[i + 4 : i + 5])
        ):
            return Wanted.NUMBER  # "what is the most an air passenger can claim?"
        if word in {"what", "which", "whats"}:
            return _head_phrase_type(lowered, i, named)
        if word == "why":
            return None
    return None


def _head_phrase_type(lowered: list[str], i: int, named: Sequence[bool]) -> Wanted | None:
    """What "which …?" or "what …?" (the question word at `i`) asks for, from the head
    phrase after it."""
    # the head noun: "which Brive player", "which EU foreign policy chief", and a
    # word of a name only when no other word is one ("which DJ", "which Labour MP")
    following: list[str] = []
    titles: list[str] = []
    for j in range(i + 1, min(len(lowered), i + 1 + HEAD_NOUN_SPAN)):
        w = lowered[j].removesuffix("'s")
        if w in _VERB_LINKS and following:
            break  # "which east London seat was councillor Lyn Brown …"
        if w in _LINKS:
            continue
        if (
            w == "and"
            and (following or (j + 1 < len(named) and named[j - 1] and named[j + 1]))
            and lowered[j + 1 : j + 2]
            and not (lowered[j + 1] in STOP_WORDS or lowered[j + 1] in _AUXILIARIES)
        ):
            # "which work and pensions minister …", "which Trade and Industry …"
            continue
        if w in _NAME_PARTICLES and j + 1 < len(named) and named[j - 1] and named[j + 1]:
            continue  # "which National Council for Adoption president …"
        if j < len(named) and named[j]:
            # ("which DJ", and a people's name right before a verb: "which Russian
            # did …", "which Australian won …", not "which Christian Aid report")
            nxt = lowered[j + 1] if j + 1 < len(lowered) else ""
            people = (
                not any(named[i + 1 : j])  # ("which unseeded German knocked …")
                and (w == "briton" or bool(_PERSON_ENDING.match(w)))
                and (nxt in _AUXILIARIES or nxt in _PAST_VERBS or nxt.endswith("ed"))
            )
            # ("which fellow Swede …?": one of a people)
            fellow = following[-1:] == ["fellow"]
            titles += [w] if w in PERSON_NOUNS or people or fellow else []
            continue
        if w in _HEAD_COUNTRIES:
            continue  # "which US entrepreneur …" ("US" is no "us")
        after = lowered[j + 1] if j + 1 < len(lowered) else ""
        if w == "member" and head_noun_type(after) is Wanted.PLACE:
            continue  # "which EU member state …?" asks for a country
        if following and f"{following[-1]}-{w}" in _HYPHENED_PEOPLE:
            return Wanted.PERSON  # "which recalled Italy scrum-half …?", "… stand-off"
        if w in STOP_WORDS or w in _AUXILIARIES:
            break
        if w in {"figure", "figures"} and _STANDING.intersection(following):
            return Wanted.PERSON  # "which senior BT figure …?"
        owner = not following and lowered[j].endswith("'s")
        if owner and (kind := head_noun_type(w)) in {Wanted.PLACE, Wanted.TIME}:
            return kind  # "which US state's attorney general …?" asks for the state
        if w == "number" and following[-1:] == ["world"]:
            return Wanted.PERSON  # "which former world number two …?"
        following.append(w)
    if following[1:3] == ["year", "old"] and following[0].isdigit():
        return Wanted.PERSON  # "which 15-year-old did Davenport beat …?"
    types = [head_noun_type(w) for w in following]
    if types[:2] == [Wanted.PERSON, Wanted.PLACE]:
        types[0] = None  # ("which pedestrian bridge …?": the bridge is asked for)
    kinds = [kind for kind in types if kind is not None]
    # ("which rival company …?" asks for a firm, which is no person; not "which DJ
    # recorded the charity single?")
    firm = next((k for k, w in enumerate(following[:3]) if w in _FIRMS), None)
    if firm is not None and not titles and Wanted.PERSON not in types[firm:]:
        return None
    if Wanted.PERSON in kinds:
        return Wanted.PERSON  # "which appeals court judge", "which city official"
    if kinds:
        return kinds[0]
    # ("which actors play …?": people in the plural, when nothing else says what is
    # asked; not "which town's Labour Party members' newsletter …?")
    plural = following[0][:-1] if following and following[0].endswith("s") else ""
    return Wanted.PERSON if titles or plural in PERSON_NOUNS else None


_NAME_PARTICLES = word_set("for of")
# (and a body: "which official body …?" asks for one, not for an official)
_FIRMS = (ORGANISATION_NOUNS | {"body"}) - HEAD_PERSON_NOUNS
_RANKINGS = word_set("rankings ranking standings table")
# people written with a hyphen ("scrum-half", "film-maker"), which the question's words
# split ("scrum", "half")
_HYPHENED_PEOPLE = frozenset(noun for noun in HEAD_PERSON_NOUNS if "-" in noun)
_HEAD_COUNTRIES = frozenset(name.lower() for name in CAPITAL_NAMES)  # ("US" read as "us")
# what makes a "figure" someone of standing rather than a number
_STANDING = word_set("senior leading key prominent public political top")
WHAT = frozenset({"what", "whats"})
_PAST_VERBS = word_set("won beat led said made took gave became came ran told left lost broke hit")


def _name_word(lowered: list[str], i: int) -> int | None:
    """The index of "name" in "what is/was his name", "what is the name of …" after the
    question word at `i`."""
    return next(
        (k for k in range(i + 1, min(len(lowered), i + 5)) if lowered[k] in {"name", "names"}),
        None,
    )


def _named_after(lowered: list[str], i: int, named: Sequence[bool]) -> Wanted | None:
    """What "what was *his* name?" or "what is the name of the *candidate* …?" asks for
    (past the words of a name: "the name of the World Summit *spokesman*")."""
    k = _name_word(lowered, i)
    if k is None:
        return None
    if lowered[k - 1] in {"his", "her", "their"}:
        return Wanted.PERSON
    if lowered[k + 1 : k + 2] == ["of"]:
        unnamed = (
            w for j, w in enumerate(lowered[k + 2 :], k + 2) if not (j < len(named) and named[j])
        )
        for word in islice(unnamed, 4):
            if (kind := head_noun_type(word)) in {Wanted.PERSON, Wanted.PLACE}:
                return kind
    return None


def head_noun_type(noun: str) -> Wanted | None:
    """What a question's head noun asks for ("which *surfer*", "what *proportion*")."""
    if noun.endswith("s") and noun not in _HEAD_NOUNS:
        # ("which stations", "which cities")
        single = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
        if single in _HEAD_NOUNS:
            noun = single
    if noun in HEAD_PERSON_NOUNS or (noun not in _NOT_PEOPLE and _PERSON_ENDING.match(noun)):
        return Wanted.PERSON
    if noun in PLACE_NOUNS or noun in EVENT_NOUNS:
        return Wanted.PLACE
    if noun in TIME_NOUNS:
        return Wanted.TIME
    if noun in NUMBER_NOUNS:
        return Wanted.NUMBER
    return None


# head nouns also read in the plural (a people's are not: "the party members' newsletter")
_HEAD_NOUNS = PLACE_NOUNS | EVENT_NOUNS | TIME_NOUNS | NUMBER_NOUNS


# -- terms and names --------------------------------------------------------------


def which_nouns(lowered: list[str], nouns: frozenset[str]) -> frozenset[str]:
    """The nouns of `nouns` that follow "which" or "what" ("which *city* …?", "to which
    stock *exchange* …?")."""
    return frozenset(
        low for i, low in enumerate(lowered) if low in nouns and _after_which(lowered, i)
    )


def _asks_which(lowered: list[str], nouns: frozenset[str]) -> bool:
    """Whether one of the nouns follows "which" or "what" ("which *city* …?")."""
    return bool(which_nouns(lowered, nouns))


def _after_which(lowered: list[str], index: int) -> bool:
    """Whether the word at `index` follows "what" or "which" closely ("what year")."""
    return any(w in {"what", "which"} for w in lowered[max(0, index - 3) : index])


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def _case_is_informative(tokens: list[str]) -> bool:
    """False for questions typed in capitals or title case, whose capitals say nothing."""
    rest = tokens[1:]
    # ("Who directed Carry On Again Doctor?": a word written small says the case is kept)
    if any(t[:1].islower() for t in rest if t.lower() not in STOP_WORDS):
        return True
    small = [t for t in rest if t.lower() in STOP_WORDS]
    if small:
        return sum(map(_capitalised, small)) * 2 <= len(small)
    return not (len(rest) > 1 and all(t.isupper() for t in rest))


def analyze(question: str, now: datetime | None = None) -> Question:
    """Analyse a question; `problem` says what is wrong when it cannot be used."""
    now = now or datetime.now(UTC)
    text = " ".join(question.split())
    if not text:
        return Question(text, problem="Ask a question in words, e.g. `/news ask who won?`")
    if len(text) > MAX_QUESTION_CHARS:
        return Question(
            text[:80] + "…",
            problem=f"That question is longer than {MAX_QUESTION_CHARS} characters — "
            "ask it in a sentence or two.",
        )
    try:
        scope, body = extract_scope(text, now)
    except ScopeError as exc:
        return Question(text, problem=str(exc) + ".")
    body = _UNDER_WAY.sub("start", body)
    matches = list(WORD.finditer(body))
    tokens = [m.group(0) for m in matches]
    lowered = [_contracted(t.lower().replace("’", "'").rstrip(".")) for t in tokens]
    use_case = _case_is_informative(tokens)
    capitals = [use_case and _capitalised(t) for t in tokens]
    wanted = wanted_type(lowered, capitals)
    # "name" of "what was his name?", "what is the name of …": no term
    name_at = next((_name_word(lowered, i) for i, w in enumerate(lowered) if w in WHAT), None)

    terms: list[Term] = []
    seen: set[str] = set()
    names: list[tuple[str, ...]] = []
    run: list[str] = []

    def close_run() -> None:
        if len(run) >= 2:
            phrase = tuple(run)
            if phrase not in names:
                names.append(phrase)
        run.clear()

    story, story_words = story_span(body, matches, lowered)
    sources: set[str] = set()
    if not story:
        story, sources = source_span(body, matches, lowered)
        story_words = sources
    previous_end = -1
    named: list[bool] = []
    skipped: list[bool] = []
    for index, (match, token, low) in enumerate(zip(matches, tokens, lowered, strict=True)):
        skip = low in STOP_WORDS or low in QUESTION_WORDS or low in FILLER_WORDS
        skip = skip or (low in HOW_MEASURES and index > 0 and lowered[index - 1] == "how")
        skip = skip or (low == "going" and lowered[index + 1 : index + 2] == ["to"])
        # ("apart from London, which city …?" says what is not asked, as "besides" does)
        skip = skip or (low == "apart" and lowered[index + 1 : index + 2] == ["from"])
        skip = skip or index == name_at or index in story
        # "where was the festival held?", "since what year …", "which city …": words a
        # place or date answers without
        skip = skip or (
            wanted in {Wanted.TIME, Wanted.PLACE}
            and (
                low in EVENT_VERBS
                or (wanted is Wanted.PLACE and low in VENUE_VERBS)
                or (low.removesuffix("'s") in TYPE_NOUNS and _after_which(lowered, index))
            )
        )
        # "by what percentage …": a figure answers without the word
        skip = skip or (
            wanted is Wanted.NUMBER and low in FIGURE_NOUNS and _after_which(lowered, index)
        )
        if token in CAPITAL_NAMES:  # "the US", not "us"
            skip = False
        is_name = (
            use_case
            and _capitalised(token)
            and not skip
            and low not in WEEKDAYS
            and low not in MONTHS
            and (index > 0 or (len(tokens) > 1 and _capitalised(tokens[1])))
            # ("which Derby North MP …?": the post is no part of the place's name)
            and not (token.isupper() and low in _POST_ACRONYMS)
        )
        named.append(is_name)
        skipped.append(skip)
        adjacent = previous_end >= 0 and body[previous_end : match.start()].strip() == ""
        if not is_name or not adjacent:
            close_run()
        previous_end = match.end()
        if skip:
            continue
        parts = index_tokens(low)
        if is_name:
            run.extend(p for p in parts if p != "s")
            if parts[-1:] == ["s"] and len(parts) > 1:
                close_run()  # "Brian O'Driscoll's Ireland" is two names
        for position, part in enumerate(parts):
            if part == "s" and position > 0:
                continue  # the possessive 's of "Locke's"
            if len(part) < 2 and not part.isdigit():
                continue
            if (part in STOP_WORDS and token not in CAPITAL_NAMES) or part in seen:
                continue
            seen.add(part)
            terms.append(Term(part, stem(part), index_key(part), name=is_name))
    close_run()
    # the question proper starts at its question word ("The antibody was not tested on
    # under-fives - when does that trial start?")
    start = next((i for i, low in enumerate(lowered) if low in QUESTION_WORDS), 0)
    asked = lowered[start:]
    # ("Raw T, the rap act …": a capital letter after a name ends it, though no term)
    lettered = [
        is_name or (len(token) == 1 and token.isupper() and index > 0 and named[index - 1])
        for index, (is_name, token) in enumerate(zip(named, tokens, strict=True))
    ]
    appositive = appositive_span(body, matches, lettered)
    # (the verb is looked for without a description set off by commas: "when did Inbev,
    # the Belgian maker of Stella Artois, buy …")
    core = [i for i in range(start, len(lowered)) if i not in appositive]
    verb = asked_verb([lowered[i] for i in core], wanted, [capitals[i] for i in core])
    describing = descriptor_words(lowered, named, skipped) | {
        part for i in appositive for part in index_tokens(lowered[i])
    }
    asides = (
        story_words
        | describing
        # (what comes before "… - what was his name?" says who is meant: it is no aside)
        | (set() if name_at == len(lowered) - 1 else preamble_words(body, matches, lowered))
    )
    if wanted in {Wanted.TIME, Wanted.PLACE, Wanted.NUMBER}:
        asides |= (
            clause_words(asked, capitals[start:])
            | participle_words(asked, verb)
            | relative_words(
                asked,
                named[start:],
                verb,
                _after_commas(body, matches, start),
                capitals[start:],
            )
        )
    # (the question's last word, before any words saying which story it means)
    end = min(story) if min(story, default=0) > 0 else len(lowered)
    last = lowered[end - 1] if end else ""
    if wanted is Wanted.PLACE and last in BASE_VERBS:
        asides.add(last)  # "based" need not be said: "the Institute in Ponta Delgada"
    terms = [
        replace(t, aside=True) if t.word in asides and (not t.name or t.word in sources) else t
        for t in terms
    ]
    if not terms:
        return Question(
            text,
            scope=scope,
            problem="That question has no words to look for (only words like “who” or “the”) "
            "— ask about something specific, e.g. `/news ask who won the election?`",
        )
    post = asked_position(asked, named[start:]) if wanted is Wanted.PERSON else (frozenset(), ())
    measure = next(
        (
            low
            for i, low in enumerate(lowered)
            if i and lowered[i - 1] == "how" and low in HOW_MEASURES
        ),
        None,
    )
    if wanted is Wanted.TIME and _TIME_OF_YEAR.search(" ".join(lowered)):
        measure = "season"  # "at what time of year …?": "the spring launch"
    elif wanted is Wanted.TIME and any(
        low == "time" and i and lowered[i - 1] == "what" for i, low in enumerate(lowered)
    ):
        measure = "clock"  # "what time does the concert start?": a time of day
        if RACE_VERBS.intersection(lowered):
            wanted, measure = Wanted.NUMBER, "race"  # "what time did Holmes run?": how long
    if wanted is Wanted.PLACE and _INDEX_CLOSED.match(text):
        wanted = Wanted.NUMBER  # "where did the Dow Jones close …?": "at 10,385.48"
    if _WHAT_PLACE.search(text) and not _STANDINGS.isdisjoint(lowered):
        wanted = Wanted.NUMBER  # "to what place in the league did …?": "11th"
    if lowered[:2] == ["within", "what"] and not _SPANS.isdisjoint(lowered[2:3]):
        # "within what period …?" asks how long: "in the next 18 months"
        wanted, measure = Wanted.NUMBER, "long"
        terms = [t for t in terms if t.word.lower() != lowered[2]]
    if measure == "much" and "much longer" in " ".join(lowered):
        measure = "long"  # "how much longer is Farrell expected to be out?": a duration
    if measure == "fast" and GROWTH_WORDS.intersection(lowered):
        measure = "much"  # "how fast will the economy grow?": by a share, not a speed
    if measure == "long":  # ("a four-year journey" says how long the journey took)
        terms = [replace(t, aside=True) if t.word in SAID_BY_DURATION else t for t in terms]
    if measure == "much" and (
        (MONEY_WORDS.intersection(lowered) and not _by_how(lowered))
        # ("how much profit did EMI expect …?": a sum, not "sunk by more than 16%")
        or any(a == "much" and b in _SUMS_OF for a, b in pairwise(lowered))
    ):
        measure = "money"  # "how much did Microsoft pay for Giant?": a sum, not "90%"
    if measure in _PRICED or (measure == "high" and _HIGH_SUMS.intersection(lowered)):
        measure = "money"  # "how cheap has an inkjet printer become?": a price
    # ("to what price did shares rise …?", "at what price …?")
    which = 1 if lowered[0] in {"to", "at", "for"} else 0
    if (
        wanted is Wanted.NUMBER
        and lowered[which] in WHAT | {"which"}
        and _SUMS & set(lowered[which + 1 : which + 2])
    ):
        measure = "money"  # "what price per share did he pay …?": a sum, not "4.76%"
    share_word = next(
        (
            low
            for i, low in enumerate(lowered[:-1])
            if i
            and low in _PARTS_ASKED
            and lowered[i - 1] in WHAT | {"which"}
            and lowered[i + 1] not in _SUMS
        ),
        None,
    )
    if wanted is Wanted.NUMBER and measure is None and share_word is not None:
        # "what percentage of voters …?": "55%"; "what share …?": "55%", "a third"
        measure = "percent" if share_word in _PERCENT else "share"
    if (
        wanted is Wanted.NUMBER
        and ((measure is None and lowered[which] in WHAT | {"which"}) or measure == "high")
        and not _RATES.isdisjoint(lowered)
        and _CURRENCIES.isdisjoint(lowered)
    ):
        # "what was France's jobless rate …?": "9.9%", not "2.4 million"; "how high was
        # Turkish inflation …?": "70%"
        measure = "percent"
    scored = [lowered[i - 1] for i, low in enumerate(lowered) if i and low == "score"]
    if (wanted is Wanted.NUMBER and _SCORE_BEFORE.intersection(scored)) or (
        wanted is Wanted.TIME and "time" in scored
    ):
        # "what was the (half-time) score …?": "3-2", not "the last 16"
        wanted, measure = Wanted.NUMBER, "score"
    if wanted is Wanted.TIME and any(
        low in _TIME_MEASURES and i and lowered[i - 1] in {"what", "which"}
        for i, low in enumerate(lowered)
    ):
        # "on what date …?" asks for a day of a month, "in what year …?" for a year, "in
        # which minute …?" for a minute of a match
        measure = next(low for low in lowered if low in _TIME_MEASURES)
    elif wanted is Wanted.TIME and any(
        low == "night" and i and lowered[i - 1] in {"what", "which"}
        for i, low in enumerate(lowered)
    ):
        measure = "day"  # "on which night of the week …?": "Wednesdays", "on Friday night"
    if wanted is Wanted.PLACE and _asks_which(lowered, LOCAL_NOUNS):
        measure = "local"  # "which city …?": not a country
    # "at what event …?": "the Detroit Motor Show" (but "which conference venue …?" asks
    # for a place)
    if (
        wanted is Wanted.PLACE
        and _asks_which(lowered, EVENT_NOUNS)
        and not _asks_which(lowered, frozenset({"venue"}))
    ):
        measure = "event"
    if wanted is Wanted.PLACE and (lowered[-1:] == ["from"] or _FROM_BEFORE_CLAUSE.search(body)):
        measure = "origin"  # "where is Moazzam Begg from?": "Moazzam Begg, from Birmingham"
    subject = post[1]
    if subject in _HOUSES and _HOUSE_COMMITTEE.search(body):
        # "who chairs the Commons environment committee …?" asks of the committee, which
        # an article may name without its house ("Committee chairman Michael Jack")
        subject = (index_key("committee"),)
    if wanted is Wanted.PLACE and last in BASE_VERBS:
        measure = "base"  # "where is Sandvine based?": "Ontario-based Sandvine"
        subject = _name_at(asked, named[start:], 2, reach=5)
    return Question(
        text,
        tuple(terms[:MAX_TERMS]),
        tuple(names[:4]),
        wanted,
        scope,
        measure=measure,
        verb=verb,
        future=_future(asked, wanted),
        becoming=wanted is Wanted.TIME and _becoming(asked),
        focus=counted_noun(lowered) if measure == "many" else _crowd_asked(lowered, wanted),
        position=post[0],
        subject=subject,
        describing=frozenset(t.index_key for t in terms if t.aside and t.word in describing),
    )


DESCRIPTOR_SPAN = 3  # words of a description before a name ("Bank of England deputy governor")
_DOER = re.compile(r"(?:er|or|ist|ian|man|woman|ee)$")


def _describes(word: str) -> bool:
    """Whether a word before a name may describe it: a role or a kind of organisation."""
    role = word.split("-")[-1]
    return role in PERSON_NOUNS or role in ORGANISATION_NOUNS or bool(_DOER.search(role))


def descriptor_words(
    lowered: list[str], named: Sequence[bool], skipped: Sequence[bool]
) -> set[str]:
    """The words that describe a name right after them: "sportswear maker Nike", "body
    painter Jörg Düsterwald", "deputy governor Rachel Lomax". The name says who is meant,
    and an article may describe them otherwise ("the sports giant"). The word before the
    name must be a noun of a role or an organisation."""
    out: set[str] = set()
    for start in range(1, len(lowered)):
        if not named[start] or named[start - 1]:
            continue
        if skipped[start - 1] or not _describes(lowered[start - 1]):
            continue
        i = start - 1
        while i >= 0 and start - i <= DESCRIPTOR_SPAN and not named[i] and not skipped[i]:
            if i < start - 1 and lowered[i].endswith(("ed", "ing")):
                break  # a verb: "who replaced manager Brendan Rodgers?"
            out.update(index_tokens(lowered[i]))
            i -= 1
    return out


def appositive_span(body: str, matches: Sequence[re.Match[str]], named: Sequence[bool]) -> set[int]:
    """The positions of the words of a description set off by a comma after a name:
    "Viktor Makarov, *the ex-Russian spy on hunger strike*?", "Jef Raskin, *who led the
    Macintosh team*, die?"."""
    out: set[int] = set()
    end = 0  # (the comma that closes a description opens none: "…, buy the brewer Ambev")
    for i in range(len(matches) - 1):
        if (
            i < end
            or not named[i]
            or named[i + 1]
            or "," not in body[matches[i].end() : matches[i + 1].start()]
        ):
            continue
        end = len(matches)
        for j in range(i + 1, len(matches)):
            if j > i + 1 and "," in body[matches[j - 1].end() : matches[j].start()]:
                end = j
                break
            out.add(j)
    return out


_STORY_NOUNS = word_set("story article report piece")
_STORY_LEADS = (
    ("according", "to"),
    ("mentioned", "in"),
    ("reported", "in"),
    ("going", "by"),
    ("judging", "by"),
    ("in",),
    ("from",),
)


def source_span(
    body: str, matches: Sequence[re.Match[str]], lowered: list[str]
) -> tuple[set[int], set[str]]:
    """Where a question says whose figures it means: "…, *according to the Office of the
    Deputy Prime Minister*?" Returns the positions of "according to" and the words after it,
    up to a comma, that the rest of the question does not use (asides: the article says
    them, not the sentence that answers)."""
    for i in range(1, len(lowered) - 1):
        if lowered[i - 1 : i + 1] != ["according", "to"]:
            continue
        end = next(
            (
                j
                for j in range(i + 1, len(matches))
                if "," in body[matches[j - 1].end() : matches[j].start()]
            ),
            len(matches),
        )
        words = {w for low in lowered[i + 1 : end] for w in index_tokens(low)}
        rest = {w for low in lowered[: i - 1] + lowered[end:] for w in index_tokens(low)}
        return {i - 1, i}, words - rest
    return set(), set()


def story_span(
    body: str, matches: Sequence[re.Match[str]], lowered: list[str]
) -> tuple[set[int], set[str]]:
    """Where a question says which story it means: "… getting married, *in the story about
    the Telegraph poll on their engagement*?", "*as mentioned in the story on* P2P …".
    Returns the positions of the words that only say "the story" (no term), and the words
    that describe it, up to a comma (asides: the article says them, not the sentence)."""
    for i in range(2, len(lowered)):
        if lowered[i] not in _STORY_NOUNS or lowered[i - 1] not in ("the", "this", "that"):
            continue
        lead = next(
            (lead for lead in _STORY_LEADS if tuple(lowered[i - 1 - len(lead) : i - 1]) == lead),
            None,
        )
        if lead is None:
            continue
        start = i - 1 - len(lead)
        skip = set(range(start, i + 1))
        if start and lowered[start - 1] == "as":
            skip.add(start - 1)
        words: set[str] = set()
        for j in range(i + 1, len(matches)):
            # (a list of names goes on past its commas: "about DiCaprio, Foxx and Swank")
            if "," in body[matches[j - 1].end() : matches[j].start()] and not (
                matches[j].group(0)[:1].isupper()
            ):
                break
            words.update(index_tokens(lowered[j]))
        return skip, words
    return set(), set()


def preamble_words(body: str, matches: Sequence[re.Match[str]], lowered: list[str]) -> set[str]:
    """The words before the question proper, set off by a dash, colon or comma: "The
    malaria antibody hasn't been tested on under-fives yet - *when* does that trial
    start?"."""
    for i in range(1, len(matches)):
        if lowered[i - 1] in QUESTION_WORDS:
            return set()  # the question has begun: ", which passed …" is a relative clause
        gap = body[matches[i - 1].end() : matches[i].start()]
        if lowered[i] in QUESTION_WORDS and any(mark in gap for mark in "-–—:;,."):
            return {part for m in matches[:i] for part in index_tokens(m.group(0).lower())}
    return set()


CLAUSE_WORDS = word_set("when while after before because")
# the words that open a clause after a question's main one ("… at which he went top")
_CLAUSE_LEADS = CLAUSE_WORDS | word_set("which that who whom to")


def clause_words(lowered: list[str], capitals: Sequence[bool]) -> set[str]:
    """The words of a clause that says which occasion a when, where or how-many question means:
    "where was Jack Straw speaking *when he attacked Michael Howard's temper*?". A clause
    word written in a capital is part of a title ("the EP They Liked You Better *When* You
    Were Dead"), no clause."""
    for i in range(2, len(lowered)):
        if capitals[i]:
            continue
        # ("on *the day* the doughnut firm revealed …" says when as "when" does)
        timed = (
            lowered[i] in _CLAUSE_TIMES
            and lowered[i - 1] == "the"
            and i + 1 < len(lowered)
            and lowered[i + 1] in _CLAUSE_OPENERS
        )
        if lowered[i] in CLAUSE_WORDS or timed:
            return {part for word in lowered[i + 1 :] for part in index_tokens(word)}
    return set()


_CLAUSE_TIMES = word_set("day night week weekend month year time season")
_CLAUSE_OPENERS = word_set("the a an he she they it his her their its that")


def participle_words(lowered: list[str], verb: str | None) -> set[str]:
    """The words of a participle that describes a noun before it: "the game *abandoned
    over a bomb scare* be played", "the men *freed from Guantanamo Bay* land"; up to the
    verb asked about, an auxiliary or a clause. (With none of those after it, the participle
    is what is asked: "which city is Nordlys Orbital *based* in?")"""
    for i in range(3, len(lowered) - 1):
        word, before = lowered[i], lowered[i - 1]
        if not (word.endswith("ed") and word not in _BARE_ED and _word_key(word) != verb):
            continue
        if before in STOP_WORDS or before in _AUXILIARIES or lowered[i + 1] not in STOP_WORDS:
            continue
        if _passive_main(lowered, i):
            continue  # "when is the general election *expected* to be held?"
        out: set[str] = set()
        for following in lowered[i:]:
            if (
                following in _AUXILIARIES
                or following in CLAUSE_WORDS
                or (following != word and _word_key(following) == verb)
            ):
                return out
            out.update(index_tokens(following))
        return set()
    return set()


def _passive_main(lowered: list[str], i: int) -> bool:
    """Whether the participle at `i` is the first after a question's "is/was" (its
    verb: "in which month was the election *expected* when …?")."""
    aux = next((j for j in range(i) if lowered[j] in _AUXILIARIES), None)
    return (
        aux is not None
        and lowered[aux] in _VERB_LINKS
        and not any(w.endswith("ed") for w in lowered[aux + 1 : i])
    )


_RELATIVES = word_set("that which who where when")
_DETERMINERS = word_set("the a an this")
_DO = word_set("do does did")
_RELATIVE_PREPOSITIONS = word_set("at in on during after before from")
DETERMINER_SPAN = 7  # words between "the" and the relative pronoun of its noun phrase


def _after_commas(body: str, matches: Sequence[re.Match[str]], start: int) -> frozenset[int]:
    """The positions, counted from `start`, of the words right after a comma."""
    return frozenset(
        j - start
        for j in range(max(1, start), len(matches))
        if "," in body[matches[j - 1].end() : matches[j].start()]
    )


def relative_words(
    lowered: list[str],
    named: Sequence[bool],
    verb: str | None,
    commas: Set[int],
    capitals: Sequence[bool],
) -> set[str]:
    """The words of a relative clause that says which event is meant: "when is the Bupa
    Great Ireland Run *that Sonia O'Sullivan is entering*?", "the gig *where Pete Doherty
    fought …*"; up to the verb asked about, a clause, or a comma before a word that is no
    name (`commas`: "Lord Sainsbury, the minister who gave Labour £2m, *made* a life
    peer"). The clause follows a name or a noun after "the" ("the festival that …"), not a
    verb ("when did Apple announce that …")."""
    for i in range(3, len(lowered) - 1):
        if lowered[i] not in _RELATIVES or capitals[i]:
            continue  # (a capital "When" is part of a title, as in clause_words)
        # ("the spring conference *at* which Gordon Brown boasted …")
        noun = i - 1 if lowered[i] == "which" and lowered[i - 1] in _RELATIVE_PREPOSITIONS else i
        if _word_key(lowered[noun - 1]) == verb or not (
            named[noun - 1] or _after_determiner(lowered, noun, named)
        ):
            return set()  # "when did the firm say that …"
        clause = lowered[i + 1 :]
        # "when do the championships that El Guerrouj is considering *start*?": a question
        # asked with "do" ends on its own verb, unless one came before the clause's noun
        # ("do England meet Italy in the game that …")
        do = next((j for j in range(i) if lowered[j] in _DO), None)
        if do is not None and not any(
            not named[j] and lowered[j] not in STOP_WORDS and lowered[j] not in _SMALL_NUMBERS
            for j in range(do + 1, i - 1)
        ):
            clause = clause[:-1]
        out: set[str] = set()
        for j, following in enumerate(clause, start=i + 1):
            if following in CLAUSE_WORDS or (verb is not None and _word_key(following) == verb):
                break
            if j in commas and not named[j]:
                break
            out.update(index_tokens(following))
        return out
    return set()


def _after_determiner(lowered: list[str], i: int, named: Sequence[bool] = ()) -> bool:
    """Whether the words before `i` are a noun phrase opened by "the" ("the Kyrgyz
    parliamentary elections", "the two Bank of China officials"), not a verb ("did Apple
    announce")."""
    flags = [*named, *[False] * (len(lowered) - len(named))]
    for j in range(i - 1, max(-1, i - 1 - DETERMINER_SPAN), -1):
        word = lowered[j]
        if word in _DETERMINERS:
            return True
        if flags[j] or word.isdigit() or word in _SMALL_NUMBERS:
            continue  # (a name and a figure are part of the phrase)
        if 0 < j < len(flags) - 1 and flags[j - 1] and flags[j + 1]:
            continue  # ("of" in "Bank of China")
        if word in STOP_WORDS or word in _AUXILIARIES or word in QUESTION_WORDS:
            return False
    return False


# Verbs of two words, which the parser would read as a light verb or none ("when was Tern
# set up?", "when did the film come out?")
_PHRASAL = (("set", "up"), ("come", "out"))


def _phrasal(lowered: list[str]) -> str | None:
    """The index key of the question's phrasal verb ("set up" → "set")."""
    for i in range(len(lowered)):
        for words in _PHRASAL:
            if tuple(lowered[i : i + len(words)]) == words:
                return index_key(words[0])
    return None


def _word_key(word: str) -> str | None:
    """The index key of a word's last part ("co-founded" → "found")."""
    parts = index_tokens(word)
    return index_key(parts[-1]) if parts else None


def _counted_verb(lowered: list[str], named: Sequence[bool]) -> str | None:
    """The verb after what a how-many question counts: "how many people *live* in …",
    "how many tickets were *sold*"."""
    noun = counted_noun(lowered)
    if noun is None:
        return None
    at = next((i for i, w in enumerate(lowered) if _word_key(w) == noun), None)
    if at is None:
        return None
    for j in range(at + 1, min(len(lowered), at + 4)):
        word = lowered[j]
        if word in _AUXILIARIES or word in {"been", "being"}:
            continue
        if word in STOP_WORDS or (j < len(named) and named[j]) or word in LIGHT_VERBS:
            return None
        return _word_key(word)
    return None


# "what was the attendance …?" counts people as "how many people …?" does
CROWD_NOUNS = word_set("attendance crowd turnout audience population")


def _crowd_asked(lowered: list[str], wanted: Wanted | None) -> str | None:
    """The index key of a crowd that "what was the attendance …?" asks the size of."""
    if wanted is not Wanted.NUMBER:
        return None
    return next(
        (
            index_key(w)
            for i, w in enumerate(lowered)
            if w in CROWD_NOUNS and _after_which(lowered, i)
        ),
        None,
    )


def counted_noun(lowered: list[str]) -> str | None:
    """The index key of what "how many …" counts: the last word before the verb
    ("how many award tickets did …" → "ticket")."""
    for i, word in enumerate(lowered[:-2]):
        if word == "how" and lowered[i + 1] == "many":
            start = i + 2
            if lowered[start] == "of":  # "how many *of his 50* Davis Cup matches …"
                start += 1
                while start < len(lowered) and (
                    lowered[start] in STOP_WORDS or lowered[start].isdigit()
                ):
                    start += 1
            noun = None
            # ("how many of the new slimline PlayStation 2 consoles were sold …")
            span = 4 if start == i + 2 else 6
            for following in lowered[start : start + span]:
                if following in _AUXILIARIES or (noun and following in STOP_WORDS):
                    break
                if noun and (
                    following.endswith("ed") or (_plural(noun) and not _plural(following))
                ):
                    # "how many people watched …", "how many members sit …" (but "how many
                    # games developers …" counts developers)
                    break
                if following.endswith("ly") and not noun:
                    continue  # ("how many previously unreleased tracks …")
                if following not in STOP_WORDS and not following.isdigit():
                    noun = following
            return _word_key(noun) if noun else None
    return None


# Verbs that say what a question is about: its answer's sentence must say them too.
DEFINING_FORMS = frozenset(
    [
        "born",
        "founded",
        "found",
        "established",
        "establish",
        "died",
        "die",
        "married",
        "marry",
        "elected",
        "elect",
        "retired",
        "retire",
    ]
)
DEFINING_VERBS = frozenset(map(index_key, DEFINING_FORMS))
_AUXILIARIES = word_set("is was were are has have had will would can could did does do be been")
# after "what is the most": a clause ("… an air passenger can claim"), not a noun's adjective
_CLAUSE_AFTER_MOST = _AUXILIARIES | word_set(
    "a an the that they he she it you one people anyone someone"
)
ADVERBS = word_set("first last finally ever actually officially originally initially again")
_BARE_BEFORE = word_set("did does do will would can could")
# what may follow a one-word subject right after "did" ("did trading in X begin …?")
_SUBJECT_PREPOSITIONS = word_set("in of on at for from to with")
_BARE_ED = word_set("need feed succeed proceed exceed breed bleed speed shed wed embed")
_PASSIVE = word_set("was were has have had")
PARTICIPLES = word_set(
    "won lost led run sold bought paid made taken given held met told said left begun "
    "fallen risen struck caught brought thought chosen driven flown grown kept spent built "
    "sent shot written stolen broken beaten known gone come seen stood spoken worn heard "
    "taught fought sung thrown ridden sunk born found set put cut hit shut shown"
)
# … of which these are no bare verb: after "did" or "will" they describe the subject
_ONLY_PARTICIPLES = PARTICIPLES - word_set("run come set put cut hit shut found")
# Verbs a place or date answers without ("where was the festival held?"): no terms there …
EVENT_VERBS = word_set("held hold happen happened occur occurred")
# … and where a game is: "where was the replay played?" ("when" asks when it is played)
VENUE_VERBS = word_set("played staged")
# "how long did X take?": the duration says the taking ("after a four-year journey")
SAID_BY_DURATION = word_set("take takes took taken last lasts lasted")
# posts written in capitals after a name ("Derby North MP")
_POST_ACRONYMS = word_set("mp mps msp msps mep meps mla mlas ceo cfo coo")
# "how fast will the economy grow?" asks by how much
GROWTH_WORDS = word_set("grow grows grew growing expand expands expanded expanding")
# "how much did X pay …?" asks for a sum of money
_SUMS = word_set("price prices fee fees salary salaries wage wages fine")
# … and what "how high …?" asks a sum of ("how high have phone bills climbed?")
_HIGH_SUMS = _SUMS | word_set("fines cost costs bill bills rent rents")
# what "what …?" asks a share of ("what percentage of voters …?")
_PERCENT = word_set("percentage percent")
_PARTS_ASKED = _PERCENT | word_set("proportion share fraction")
# what asks a percentage ("what was France's jobless rate …?") …
_RATES = word_set("rate inflation")
# … unless it is an exchange rate ("what rate did the rupee reach against the dollar?")
_CURRENCIES = word_set("dollar dollars euro euros pound pounds sterling yen yuan exchange against")
# where a stock index ended a day is its level
_INDEX_CLOSED = re.compile(
    r"where (?:did|does|will|had) (?:the |Tokyo's |London's )?(?:Dow|FTSE|Nikkei|Nasdaq|Dax|"
    r"Cac|S&P|Hang Seng|\w+ index)\b[^?,]*? (?:close|end|finish|settle|stand)\b",
    re.IGNORECASE,
)
# a place in a table is a rank ("to what place in the league …?")
_WHAT_PLACE = re.compile(r"\bwhat (?:place|position)\b", re.IGNORECASE)
_STANDINGS = word_set("league table chart charts ranking rankings standings premiership division")
# what "within what …?" asks the length of ("within what period …?")
_SPANS = word_set("period time timescale timeframe")
# what "how much …?" asks a sum of when written right after it ("how much profit …?")
_SUMS_OF = word_set("profit profits revenue revenues turnover income money cash debt debts")
MONEY_WORDS = word_set(
    "pay paid pays paying cost costs costing spend spent spending bid bids bidding price "
    "priced fee fees fine fined salary salaries wage wages worth sell sold buy bought raise "
    "raised earn earned earns charge charged invest invested budget receive received receives "
    "receiving payment payout compensation"
)


def _by_how(lowered: list[str]) -> bool:
    """Whether the question asks "by how much …?" or "how much more …?": a change or a
    difference, which a share may measure ("raised funding by 6%", "earn 19% less")."""
    return any(
        (a, b, c) == ("by", "how", "much") or ((a, b) == ("how", "much") and c in _MORE_OR_LESS)
        for a, b, c in zip(lowered, lowered[1:], lowered[2:], strict=False)
    )


_MORE_OR_LESS = word_set("more less lower higher cheaper dearer")


# "where is X based?": the answer is where X is, however the article words it
BASE_VERBS = word_set("based headquartered located")
# … and verbs that say too little to be asked for ("when did he make his debut?")
LIGHT_VERBS = EVENT_VERBS | word_set(
    "take took taken make made go went get got play played give gave given"
)


def _subject_verb(lowered: list[str], named: Sequence[bool]) -> str | None:
    """The word that ends the subject of "when / where <auxiliary> …": the first one after
    it that a small word or the end follows ("will production start at …", "did the shop
    open?"), not a noun at the end ("… the Dresden chip plant?"), nor a word of a name."""
    flags = [*named, *[False] * (len(lowered) - len(named))]
    # a small word between two name words is part of the name ("Viana do Castelo")
    inside = [
        flags[i] or (0 < i < len(flags) - 1 and flags[i - 1] and flags[i + 1])
        for i in range(len(lowered))
    ]
    # a name right after the auxiliary is the subject: the verb follows it, past any
    # adverb ("when did Alan Greenspan first *become* chairman …?")
    if len(lowered) > 3 and flags[2]:
        if _owner(lowered, inside):
            return None  # "where have BT's two new schemes … been …?": no verb to be sure of
        j = 2
        while j < len(lowered) and inside[j]:
            j += 1
            # "Bank of England deputy governor Rachel Lomax": a description and a name
            k = j
            while k < len(lowered) and not inside[k] and lowered[k] not in STOP_WORDS:
                k += 1
            if j < k < len(lowered) and inside[k] and k - j <= DESCRIPTOR_SPAN:
                j = k if _describes(lowered[k - 1]) else j
        while j < len(lowered) and (lowered[j] in ADVERBS or lowered[j].endswith("ly")):
            j += 1
        if j + 1 < len(lowered) and lowered[1] in _BARE_BEFORE and _plural(lowered[j]):
            j += 1  # "did Home Office officials screen …": a bare verb is no plural noun
        if j < len(lowered) and lowered[j].isalpha():
            word = lowered[j]
            if word in LIGHT_VERBS or word in _AUXILIARIES or word in STOP_WORDS:
                return None  # "did X have …", "did X become …": nothing to ask for
            if lowered[1] in {"was", "were"}:
                # "when was X's anti-piracy scheme first launched …?": the participle
                for later in lowered[j:]:
                    if later in STOP_WORDS:
                        break
                    if later.endswith("ed") or later in PARTICIPLES:
                        return None if later in LIGHT_VERBS else _word_key(later)
            return _word_key(word)
    # after "did" or "will" the verb is a bare form: "freed" of "did the men freed from
    # Guantanamo land …?" only describes the subject
    bare = lowered[1] in _BARE_BEFORE
    for i in range(2, len(lowered)):
        word = lowered[i]
        if inside[i] or (
            bare and ((word.endswith("ed") and word not in _BARE_ED) or word in _ONLY_PARTICIPLES)
        ):
            continue
        following = lowered[i + 1] if i + 1 < len(lowered) else ""
        if word in {"be", "been"} and (
            (following.endswith("ed") and following not in _BARE_ED) or following in PARTICIPLES
        ):
            # "when will the episode written by Ricky Gervais *be shown* …?"
            return None if following in LIGHT_VERBS else _word_key(following)
        if word in LIGHT_VERBS or word in _AUXILIARIES:
            return None
        if word in STOP_WORDS or not word.isalpha():
            continue
        if bare and i == 2 and following in _SUBJECT_PREPOSITIONS:
            continue  # "when did growth in China's investment peak …?": a one-word subject
        if (
            following
            and not inside[i + 1]
            and following in LIGHT_VERBS | _AUXILIARIES
            and not (bare and following in _ONLY_PARTICIPLES)
        ):
            return None  # "where did Alfie the spaniel have his scan?"
        if not following or following in STOP_WORDS or following in _PARTICLES_AFTER:
            if following and lowered[1] in _VERB_LINKS and _after_determiner(lowered, i):
                return None  # "where was the indoor meeting at which …": a noun
            if (
                following == "of"
                and bare
                and lowered[i - 1] == "the"
                and LIGHT_VERBS.isdisjoint(lowered[i + 1 :])
            ):
                continue  # "where will the winners of the replay travel …?": a noun (but
                # "when did the meeting of … take place?" asks when it met)
            return _word_key(word)
    return None


# the particles of a phrasal verb that are no small word ("turn back", "pass away")
_PARTICLES_AFTER = word_set("back away apart aside")


def _owner(lowered: list[str], inside: Sequence[bool]) -> bool:
    """Whether the name that starts a subject at word 2 is possessive ("BT's …")."""
    end = next((j for j in range(2, len(lowered)) if not inside[j]), len(lowered))
    return lowered[end - 1].endswith("'s")


_PLURALS = word_set("people men women children staff police personnel crew cattle sheep")


def _plural(word: str) -> bool:
    """Whether a word looks like a plural noun ("officials", "people"), not a bare verb
    ("discuss")."""
    return word in _PLURALS or (word.endswith("s") and not word.endswith(("ss", "us", "is")))


def _future(lowered: list[str], wanted: Wanted | None) -> bool:
    """Whether the question asks about what will happen: "when will …?", "… going to …",
    and the present of a when-question ("on what date do Ireland play Switzerland?")."""
    auxiliary = next((w for w in lowered[:4] if w in _AUXILIARIES), None)  # of the main clause
    if auxiliary in {"will", "shall"} or _going_to(lowered) is not None or "due" in lowered:
        return True
    return wanted is Wanted.TIME and auxiliary in {"do", "does", "is", "are"}


def _going_to(lowered: list[str], leads: frozenset[str] = frozenset({"going"})) -> int | None:
    """Where the verb of "… going to <verb> …" is (or, with other `leads`, of "… believed
    to have <verb> …")."""
    for i in range(len(lowered) - 2):
        if lowered[i] in leads and lowered[i + 1] == "to":
            return i + 3 if lowered[i + 2] in {"have", "be"} and i + 3 < len(lowered) else i + 2
    return None


_TO_VERB = word_set("going believed thought said reported understood expected")
_DUE_TO = word_set("due set going expected likely about tipped poised")
# what one is due, set, named or chosen to do is what a who-question asks ("who is due to
# succeed …", "who was named to lead Ireland?")
_TO_DO = _DUE_TO | word_set("named chosen picked selected appointed drafted")


# Posts a "who is the … of X?" question asks the holder of, with the words news writes
# for each beside its holder's name ("Cepes director Ana Ruiz", "Lee Strafford, boss of …",
# "the team coached by Ana Ruiz")
POSITIONS: dict[str, frozenset[str]] = {
    word: word_set(line)
    for line in (
        "manager boss coach managed manages",
        "coach manager boss trainer coached coaches",
        "chairman chairwoman chair chairperson chaired chairs",
        "chair chairman chairwoman chairperson chaired chairs",
        "chief chief executive ceo boss head president heads headed runs",
        "executive chief ceo boss head president heads headed runs",
        "ceo chief executive boss head president heads headed runs",
        "head chief executive ceo director leader boss president chairman general heads headed "
        "leads led runs run ran chaired",
        "boss manager chief executive ceo head managed manages",
        "president chief executive head chairman",
        "leader head leads led",
        "director head chief directed directs",
        "captain skipper captained captains",
        "editor edited edits",
        "owner owned owns",
        "founder founded",
        "governor",
        "mayor",
        "minister",
        "secretary",
        "spokesman spokeswoman spokesperson",
        "spokeswoman spokesman spokesperson",
        "agent",
        "lawyer attorney solicitor barrister",
        "attorney lawyer",
        "presenter host presented presents",
        "ambassador",
        "commissioner",
        "chancellor",
    )
    for word in [line.split()[0]]
}
# "who manages Yeading?" asks who holds the post of manager ("who runs MCI?" of its head)
POSITION_VERBS = {
    "runs": "head",
    "heads": "head",
    "directs": "director",
    "manages": "manager",
    "managed": "manager",
    "coaches": "coach",
    "chairs": "chair",
    "captains": "captain",
    "edits": "editor",
    "owns": "owner",
    # (and what one held then: "who captained France when they beat England?")
    "coached": "coach",
    "chaired": "chair",
    "captained": "captain",
    "edited": "editor",
}
_COPULAS = word_set("is was are were")
_TIME_OF_YEAR = re.compile(r"\btime of (?:the )?year\b")
_POSITION_DOING = {
    "heading": "head",
    "running": "head",
    "chairing": "chair",
    "managing": "manager",
    "coaching": "coach",
    "captaining": "captain",
}
# person nouns that name no post ("who is the man who …")
_ANYONE = word_set(
    "person man woman boy girl people men women member victim suspect winner star player "
    "son daughter wife husband mother father brother sister student pupil"
)
_POST_OPENERS = word_set("the a an new current former present acting interim caretaker")


# a committee of a house of parliament: "the Commons environment committee"
_HOUSE_COMMITTEE = re.compile(r"\b(?:Commons|Lords)\s+(?:[a-z,]+\s+){0,6}?committee\b")
_HOUSES = frozenset({(index_key("commons"),), (index_key("lords"),)})


def asked_position(
    lowered: list[str], named: Sequence[bool]
) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words for the post a question asks the holder of ("who is the (club's) manager
    of …", "who is the OECD's chief economist?", "who manages …?"), and the index keys of
    the name whose post it is ("Yeading", "OECD"); nothing for questions that ask who did
    something ("who is the man who …", "which analyst said …")."""
    nothing: tuple[frozenset[str], tuple[str, ...]] = (frozenset(), ())
    if len(lowered) < 2 or lowered[0] != "who":
        return nothing
    if lowered[1] in POSITION_VERBS:
        return POSITIONS[POSITION_VERBS[lowered[1]]], _name_at(lowered, named, 2)
    if (
        lowered[1] in _COPULAS
        and len(lowered) > 2
        and lowered[2] in _POSITION_DOING
        and lowered[3:4] != ["director"]  # ("who is managing director …?" asks the post)
    ):
        # "who is heading the jury …?" asks who heads it
        return POSITIONS[_POSITION_DOING[lowered[2]]], _name_at(lowered, named, 3)
    if lowered[1] not in _COPULAS:
        return nothing
    post = None
    for i in range(2, min(len(lowered), 8)):
        word = lowered[i]
        if (
            word in POSITIONS
            or (word in PERSON_NOUNS and word not in _ANYONE)
            # ("executive producer" is no chief executive)
            or (post == i - 1 and word in HEAD_PERSON_NOUNS)
        ):
            post = i  # the last of "group chief executive", "chief economist"
        elif word in STOP_WORDS and word not in _POST_OPENERS:
            break  # "who is the man *who* …", "who was the runner-up *in* …"
    if post is None or lowered[post - 1] == "best":
        return nothing  # ("who was named best director …?" asks of an award, not a post)
    words = POSITIONS.get(lowered[post], frozenset((lowered[post],)))
    if lowered[post + 1 : post + 2] in (["of"], ["at"], ["for"]):
        return words, _name_at(lowered, named, post + 2)  # "the manager of Yeading"
    before = [i for i in range(2, post) if named[i]]  # "the OECD's chief economist"
    return words, tuple(index_key(lowered[i].removesuffix("'s")) for i in before)


def _becoming(asked: Sequence[str]) -> bool:
    """Whether a question asks when someone became something ("when did X become …",
    "when was X made a cardinal", "… appointed manager")."""
    return any(
        (a in {"become", "became"} and b != "law")  # (not a bill: "… become law")
        or a in {"appointed", "promoted"}
        or (a == "made" and (b in {"a", "an"} or b in PERSON_NOUNS))
        for a, b in pairwise([*asked, ""])
    )


def _name_at(
    lowered: list[str], named: Sequence[bool], start: int, reach: int = 3
) -> tuple[str, ...]:
    """The index keys of the first name within `reach` words of `start` ("internet provider
    Plus.net"), or of the name a possessive one owns ("Labour's ad agency TBWA")."""
    first = next((i for i in range(start, min(len(lowered), start + reach)) if named[i]), None)
    if first is None:
        return ()
    end = first
    while end < len(lowered) and named[end]:
        end += 1
        if lowered[end - 1].endswith("'s"):
            break  # "France's TNT": the owner, then what it owns
        # "the Royal Academy of Dance" is one name
        if lowered[end : end + 1] == ["of"] and end + 1 < len(lowered) and named[end + 1]:
            end += 1
    if lowered[end - 1].endswith("'s"):
        owned = _name_at(lowered, named, end)
        if owned:
            return owned
    if end - first == 1 and lowered[first] in _HEAD_COUNTRIES:
        described = _name_at(lowered, named, end, reach=4)
        if described:
            return described  # "the director of the US think-tank the Media Center"
    return tuple(index_key(w.removesuffix("'s")) for w in lowered[first:end] if w != "of")


# "when did the BBC say it would televise …?" asks when it is televised
_REPORTING_WORDS = word_set("say said tell told")
_REPORTING = frozenset(map(index_key, _REPORTING_WORDS))
_REPORTED = re.compile(
    rf"\b(?:{'|'.join(sorted(_REPORTING_WORDS))})\s+(?:\w+\s+)?(?:it|he|she|they|that)\s+"
    r"(?:would|wanted|wants|hoped|hopes|planned|plans|intended|intends)\b"
)


_BELIEVING = frozenset(map(index_key, word_set("believe think expect reckon predict fear")))
_MODALS = word_set("will would could can")


# prepositions a question may end on ("which city was X born in?")
_STRANDED = frozenset({"in", "at", "on", "from"})


def asked_verb(lowered: list[str], wanted: Wanted | None, named: Sequence[bool] = ()) -> str | None:
    """The action an answer must name: the verb right after "who" ("who won", "who was
    killed", "who co-founded"), or the word that ends the subject of "when / where did …"
    ("when will production start at the plant?" → "start"), or a verb that defines what
    a how-many question counts ("how many people have died …?"). None for "who is the …",
    "who did X …", verbs that say little ("held", "play") and other questions."""
    if wanted in {Wanted.TIME, Wanted.PLACE}:
        if len(lowered) > 2 and lowered[0] in WHAT | {"which"} and head_noun_type(lowered[1]):
            # "in what year did X found …" asks for a founding as "when did X found …" does
            bare = asked_verb(lowered[:1] + lowered[2:], wanted, [*named[:1], *named[2:]])
            if bare in DEFINING_VERBS or (bare is not None and bare == _phrasal(lowered)):
                return bare
        # the verb is in the main clause: "where was X *speaking* when she said … showed?"
        # (and not in "the congress at which Siemens showed …")
        clause = next(
            (
                i
                for i in range(2, len(lowered))
                if lowered[i] in CLAUSE_WORDS
                or (lowered[i] == "which" and lowered[i - 1] in _RELATIVE_PREPOSITIONS)
                # ("the second leg, which the injured Arjen Robben expected to miss?")
                or (lowered[i] == "which" and lowered[i + 1 : i + 2] in (["the"], ["a"], ["an"]))
            ),
            None,
        )
        lowered = lowered[:clause]
        phrasal = _phrasal(lowered)
        if phrasal is not None:
            return phrasal  # "when was Tern set up?" asks when it was founded
        going = _going_to(lowered, _TO_VERB)
        if going is not None:
            return _word_key(lowered[going])  # "where is Aston Martin going to build …?"
        # ("on what date did X, who led …, die?", "which city was X born in?")
        tail = lowered[:-1] if lowered[-1:] and lowered[-1] in _STRANDED else lowered
        if tail and tail[-1] in DEFINING_FORMS:
            return _word_key(tail[-1])
        if len(lowered) < 3 or lowered[1] not in _AUXILIARIES or lowered[1] in {"is", "are"}:
            return None
        last = lowered[-1]
        passive = lowered[1] in _PASSIVE or lowered[-2] in {"be", "been"}
        if passive and (last.endswith("ed") or last in PARTICIPLES):
            # "where was the test between France and New Zealand played?"
            if last in LIGHT_VERBS:
                return None
            return _word_key(last)
        verb = _subject_verb(lowered, named)
        if verb == "due":
            return None  # "when was X due to play Y?" is answered by "X will meet Y on …"
        if verb in _REPORTING and _REPORTED.search(" ".join(lowered)):
            return None  # "when did the BBC say it would televise …": not when it said so
        if verb in _BELIEVING and _MODALS.intersection(lowered):
            return None  # "where does Thompson believe … will keep Gerrard?": not a belief
        for first, joint, second in zip(lowered, lowered[1:], lowered[2:], strict=False):
            if _word_key(first) == verb and joint == "and" and second.endswith("ed"):
                return _word_key(second)  # "where was X stopped and arrested …?": the arrest
        return verb
    if wanted is Wanted.NUMBER:
        # "how many people have died …?" is not answered by "19 were admitted" (the verb
        # of the main clause, not "election" nor "… the month Bush was re-elected")
        defining = next(
            (_word_key(w) for w in lowered[: HEAD_NOUN_SPAN + 2] if w in DEFINING_FORMS), None
        )
        return defining or _counted_verb(lowered, named)
    if wanted is not Wanted.PERSON:
        return None
    for i, word in enumerate(lowered[:-1]):
        if word not in {"who", "whom"}:
            continue
        following = lowered[i + 1 : i + 5]
        if following[0] in {"did", "does", "do"}:
            return None
        if following[0] in _AUXILIARIES:
            if i + 2 < len(named) and named[i + 2]:
                return None  # "who is General Electric's chief executive?"
            following = following[1:]
        if following[1:2] == ["to"] and following[0] in _TO_DO:
            following = following[2:]  # "who is due to succeed …" asks who succeeds
        if following[:1] == ["co"] and len(following) > 1:
            following = following[1:]  # "who co-founded …" (the words split at the hyphen)
        if not following or following[0] in STOP_WORDS or following[0] in _AUXILIARIES:
            return None
        if following[0].endswith("'s"):
            return None  # "who is Veridian's chief technology officer?"
        return _word_key(following[0])
    return None
