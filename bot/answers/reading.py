"""What a question asks of one article, worked out once before its sentences are judged
(`reading_of`): the question's words the article holds however it words them, whether
it can answer at all, and what its sentences will be checked for."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from bot.answers.ages import aged_mentions
from bot.answers.carries import (
    CROWDS,
    SINCE_ASKED,
    UNSAID_COUNTS,
    YEAR,
    carries,
    lead_keys,
    quarter_of,
)
from bot.answers.entities import DEMONYMS, ArticleText, article_keys
from bot.answers.measures import NAMED_MONTH, WHEN_MEASURES
from bot.answers.origins import WHICH_COUNTRY
from bot.answers.posts import post_words
from bot.answers.question import (
    DEFINING_VERBS,
    PLACE_NOUNS,
    WORD,
    Question,
    Wanted,
    which_nouns,
    word_set,
)
from bot.answers.speakers import SAYING, asked_role
from bot.answers.timing import IS_DUE_TO, PAST, UNTIL, WILL, event_asked, timetable_verb
from bot.answers.wording import (
    MARKETS,
    SENSES,
    SUCCEEDS,
    SUCCESSION,
    WIN_OVER,
    compounds,
    in_sense,
    markets_in,
    prefixed_only,
    question_acronyms,
    spelled_out,
    succession_words,
    venue_runs,
    verb_phrased,
    written_acronyms,
)
from bot.answers.words import INITIALS, present, term_words
from bot.models import Article
from bot.storage.terms import index_key

PEOPLE = frozenset(map(index_key, ("people", "individuals")))  # a count of anyone
# one workforce, whichever word counts it ("20,000 workers lost their jobs" for "how many
# employees …?")
STAFF = frozenset(map(index_key, ("workers", "employees", "staff")))


MIN_COVERAGE = 0.35  # share of the question's weight one sentence must carry for "who" …
MIN_COVERAGE_WEAK_TYPE = 0.58  # … for when/where/how many (times and figures are everywhere) …
MIN_COVERAGE_UNTYPED = 0.55  # … and when the question asks for no entity type ("what …?") …
ABOUT_IT = 0.8  # … but one of an article that carries this share of the question's weight …
ABOUT_IT_SLACK = 0.15  # … may carry this much less (the article says what it is about)
MIN_ARTICLE_COVERAGE = 0.5  # share its article must carry (a long question paraphrases) …
MIN_ARTICLE_COVERAGE_FEW = 0.7  # … or for a question of FEW_TERMS terms or fewer
FEW_TERMS = 6
SHORT_TERMS = 3  # a question of this many terms or fewer must match them all, close together
VERB_WORDS = 4  # a "who" question with this many words besides names says enough without its verb
CONTEXT_SHARE = 0.8  # a name the article is about counts this much in a sentence without it
TOPIC_SHARE = 0.5  # … and a word of its headline


# A sentence with three names the question asks about, and the date, place, figure or
# person asked for, may answer though it words all the rest otherwise ("Tom Beale told
# Calder Radio from Lisbon that Ashford Rovers …"); it ranks below any sentence that says
# what was asked
MANY_NAMES = 3


_ORDINALS = (
    ("first", "second", "third", "fourth", "fifth", "sixth"),
    ("1st", "2nd", "3rd", "4th", "5th", "6th"),
)
# the round before each ("fourth" → "third")
_ROUND_BEFORE = {later: earlier for order in _ORDINALS for earlier, later in pairwise(order)}
# which round of a competition: "the fifth round", "a third-round replay"
ROUND = re.compile(rf"\b({'|'.join(w for order in _ORDINALS for w in order)})[\s-]+round\b")
# the round a win takes a player into: "sail into the fourth round" is the third round's win
_ROUND_REACHED = re.compile(
    r"\b(?:into|reach(?:es|ed|ing)?|through to) the "
    rf"({'|'.join(_ROUND_BEFORE)})[\s-]+round\b"
)


def rounds_told(text: str) -> set[str]:
    """The rounds of a competition a sentence tells of, with the one won by getting into
    the round it names ("took 56 minutes … to sail into the fourth round": the third)."""
    low = text.lower()
    return set(ROUND.findall(low)) | {_ROUND_BEFORE[k] for k in _ROUND_REACHED.findall(low)}


# A figure written so that it is itself a word's worth of evidence: "0.5%", "3,000",
# "17-12", "76%" (its parts, "0" and "5", are as common as any)
WRITTEN_FIGURE = re.compile(r"(?<![\w.,-])\d+(?:(?:[.,]\d+)+%?|%|-\d+)(?![\w%-]|[.,]\d)")


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


# verbs that say who made a work or founded something: an article that never says them
# does not say who did
_MAKING = frozenset(
    map(
        index_key,
        word_set("directed produced wrote written composed designed invented painted founded"),
    )
)


# Phrases that say a word of the question without it, wherever the question has the word
# (`_PHRASES` in `wording` says only the verb asked about, and only in its sense): a member of a
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
    return {index_key("beat"): WIN_OVER} if _DID_BEAT.search(question) else {}


def _market_forms(text: str) -> frozenset[str]:
    """The names of the countries the text says something happens in, in all their forms."""
    return frozenset(form for market in markets_in(text) for form in MARKETS[market])


@lru_cache(maxsize=64)
def _venues(question: str) -> frozenset[str]:
    """The index keys of the words of the places a question says something was at."""
    return frozenset(index_key(w) for run in venue_runs(question) for w in run)


@lru_cache(maxsize=64)
def _named_things(q: Question) -> int:
    """How many things the question names: each name of several words, and each name
    word outside them ("Ana Ruiz", "Calder Radio", "Ashford": three)."""
    in_phrases = {w for name in q.names for w in name}
    return len(q.names) + sum(t.name and t.word.lower() not in in_phrases for t in q.terms)


# a game between two sides the question names ("when do Calder play Kelso?") …
GAME_WORDS = (
    r"play(?:s|ed|ing)?|fac(?:e|es|ed|ing)|meets?|met|hosts?|hosted|hosting"
    r"|visits?|visited|visiting|game|match|fixture|test"
)
FIXTURE = re.compile(rf"\b(?:{GAME_WORDS})\b", re.IGNORECASE)


def says_post(q: Question, keys: frozenset[str]) -> bool:
    """Whether keys say the post the question asks about in any of news's words for it:
    "chief executive Michael Capellas" says who runs MCI, "AK chief" who heads it."""
    post, words = post_words(q)
    return post is not None and not words.isdisjoint(keys)


def says_verb(q: Question, keys: frozenset[str], text: str) -> bool:
    """Whether a text with these index keys says the verb asked about, in its sense, or
    in a phrase news uses for it ("set up by" for "founded", "chief executive" for
    "runs")."""
    assert q.verb is not None
    if verb_phrased(q, text) or (q.verb == post_words(q)[0] and says_post(q, keys)):
        return True
    if not present(q.verb, keys):
        return False
    sense = SENSES.get(q.verb)
    return sense is None or not in_sense(q) or bool(sense.search(text))


# a figure for a whole year, and one for part of it
PART_YEAR = re.compile(
    r"\bquarter(?:ly)?\b|\b(?:three|six|nine) months\b|\b(?:first|second) half\b", re.I
)
WHOLE_YEAR = re.compile(
    r"\b(?:full|whole)[- ]year\b|\bannual\b|\bfor the year\b|\bfor \d{4} as a whole\b", re.I
)


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


@lru_cache(maxsize=256)
def _place_heads(question: str) -> frozenset[str]:
    """The place nouns a where-question asks "which …" of ("which *theatre*")."""
    return which_nouns([w.lower() for w in WORD.findall(question)], PLACE_NOUNS)


# the last word of a competition's name ("FA Cup", "Six Nations")
_COMPETITIONS = frozenset({"cup", "league", "nations", "trophy"})


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


def needed_matches(terms: int) -> int:
    """How many of the question's terms one sentence must contain."""
    return terms if terms <= SHORT_TERMS else max(2, math.ceil(terms / 3))


def context_terms(q: Question, text: ArticleText, weights: dict[str, float]) -> dict[str, float]:
    """What the article is about, of the question's terms, and how much each counts in a
    sentence that does not repeat it ("he", "the company", "the trial"): names in its
    headline or first two sentences or mentioned twice, other words in its headline."""
    names = {t.index_key for t in q.terms if t.name and t.index_key in weights}
    lead = lead_keys(text, 2)
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


@dataclass(frozen=True)
class _ArticleWords:
    """The question's words one article holds, however it words them."""

    keys: frozenset[str]
    written: dict[str, frozenset[str]]  # the question's acronyms the article writes out
    joined: dict[str, tuple[str, str]]  # the question's compounds the article has
    phrased: dict[str, re.Pattern[str]]  # question words a phrase of the article says
    post: str | None
    post_keys: frozenset[str]
    asked_prefixed: frozenset[str]
    succeeded: frozenset[str]
    crowd: re.Match[str] | None


def _article_words(q: Question, weights: dict[str, float], article: Article) -> _ArticleWords:
    keys = article_keys(article.title, article.text)
    # ("set up by" says "founded")
    if q.verb is not None and verb_phrased(q, article.text):
        keys |= {q.verb}
    succeeded = succession_words(q.text).intersection(weights)
    if succeeded and SUCCESSION.search(article.text):
        keys |= succeeded
    # ("2,000 new CSOs" says "community support officers", "webpages" "web pages")
    acronyms = question_acronyms(q.text)
    written = {
        short: acronyms[short]
        for short in (written_acronyms(article.text) if acronyms else ())
        if short in acronyms
    }
    joined = {key: parts for key, parts in compounds(q.text).items() if key in keys}
    keys = keys.union(*written.values(), *joined.values())
    # (a phrase may say a word of the question: "he joined Arsenal for £17m" says "paid",
    # "Oil and Natural Gas Corporation" says "ONGC")
    phrased = {
        k: phrase
        for k, phrase in (_SAID_OTHERWISE | spelled_out(q.text) | _beaten(q.text)).items()
        if k in weights and phrase.search(article.text)
    }
    keys |= phrased.keys()
    post, post_keys = post_words(q)
    if post is not None and says_post(q, keys):
        keys |= {post}
    asked_prefixed = prefixed_only(q.text)
    keys -= prefixed_only(article.text) - asked_prefixed
    # (a match report's crowd line says "attendance")
    crowd = _ATTENDANCE.search(article.text) if _asks_attendance(q) else None
    if crowd and q.focus is not None:
        keys |= {q.focus}
    return _ArticleWords(
        keys, written, joined, phrased, post, post_keys, asked_prefixed, succeeded, crowd
    )


def _predicate(q: Question, weights: dict[str, float]) -> set[str]:
    """The question's words that say what it asks: neither names nor figures."""
    return {
        t.index_key
        for t in q.terms
        if not t.name and not t.word.isdigit() and t.index_key in weights
    }


def _lacks_what_is_asked(
    q: Question,
    weights: dict[str, float],
    predicate: set[str],
    own: set[str],
    keys: frozenset[str],
    article: Article,
) -> bool:
    """Whether the article lacks a name, subject, counted thing or figure the question asks
    of, or (a short question) most of its own words."""
    # A name of several words ("World War II") says what the question is about.
    # ("US" may be written "U.S.": initials are no evidence either way)
    # ("North American" says "North America")
    # (but a match report may leave out the competition: "FA Cup", "Six Nations")
    if any(
        name[-1] not in _COMPETITIONS
        and not all(present(index_key(w), keys) for w in name if w not in INITIALS)
        and not _named_by_surname(name, article.text)
        for name in q.names
    ):
        return True
    # "Who is the manager of Yeading?" is not answered by an article that never names Yeading
    if not all(present(k, keys) for k in q.subject):
        return True
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
        return True
    # A figure or year in a short question ("2010", "Tern-3") must be in the article.
    short = len(weights) <= FEW_TERMS
    if short and any(t.word.isdigit() and t.index_key not in keys for t in q.terms):
        return True
    # A short question's own words must be in the article ("the men's race" is not
    # answered by an article about the women's), but for a paraphrased half, or two of
    # three ("due to replace" said as "the pick to lead"; and the words describing a name,
    # which the article may describe otherwise).
    missing = sum(not present(k, keys) for k in own)
    if short and missing > (len(own) + (len(own) >= 3)) // 2:
        return True
    # "Who directed the film?" is not answered by an article that never says who directed
    # or produced anything, however much else of the question it holds
    return (
        q.wanted is Wanted.PERSON
        and q.verb in _MAKING
        and q.verb in predicate
        and not says_verb(q, keys, article.text)
    )


@dataclass(frozen=True)
class Reading:
    """What a question asks of one article, worked out once before its sentences are
    judged (`reading_of`), with what the article holds of it."""

    q: Question
    text: ArticleText
    words: _ArticleWords
    weights: dict[str, float]  # without the words saying which thing is meant that it lacks
    total: float
    article_cover: float  # the share of the question's weight the article holds
    held: float  # … before those words were left out
    anchors: frozenset[str]
    min_mass: float
    predicate: set[str]
    own: set[str]  # the predicate but the words saying which thing is meant
    asides: set[str]
    names: set[str]
    peoples: set[str]
    context: dict[str, float]  # what the article is about and how much it counts (context_terms)
    verb: str | None  # the verb a sentence must say
    loose_verb: bool  # the article words that verb otherwise
    strict: bool  # … and may not ("when was X born?")
    making: str | None  # "who directed …?"
    event: frozenset[str]
    place_heads: frozenset[str]
    aged: frozenset[int]
    counted_words: set[str]  # what a figure must stand next to
    counted_names: frozenset[str]
    given_years: set[str]
    need: int
    min_cover: float
    about_it: float
    will: bool
    timetabled: re.Pattern[str] | None
    past: bool
    until: bool
    since: bool
    latest: int | None
    figures: frozenset[str]
    succession: bool
    other_verb: str | None
    said_by_score: bool
    markets: frozenset[str]
    role: frozenset[str]
    venues: frozenset[str]
    rounds: set[str]
    first_time: bool
    months: set[str]
    asked_years: set[str]
    whole_year: bool
    many_names: bool
    fixture: bool
    nation_asked: bool
    asked_words: frozenset[str]
    attendance: int | None  # the position of a match report's crowd line
    quarter: re.Pattern[str] | None
    placing: re.Pattern[str] | None
    entities: dict[int, bool]  # whether the sentence at a position carries the answer

    def carried(self, position: int) -> bool:
        """Whether the sentence at the position holds the entity asked for."""
        if position not in self.entities:
            self.entities[position] = carries(
                self.text.sentences[position], self.q.wanted, self.q, self.text
            )
        return self.entities[position]


def reading_of(
    q: Question,
    weights: dict[str, float],
    anchors: frozenset[str],
    min_mass: float,
    article: Article,
) -> Reading | None:
    """What the question asks of the article, or None if the article cannot answer it."""
    words = _article_words(q, weights, article)
    keys = words.keys
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
    predicate = _predicate(q, weights)
    own = predicate - asides
    if _lacks_what_is_asked(q, weights, predicate, own, keys, article):
        return None
    # "Who won …?" needs a sentence that says who won, unless the article words the action
    # otherwise and the sentence holds two more of the question's words. (A long "who"
    # question says enough besides its verb.)
    long_who = q.wanted is Wanted.PERSON and len(predicate) >= VERB_WORDS
    verb = q.verb if q.verb in predicate and not long_who else None
    loose_verb = verb is not None and not says_verb(q, keys, article.text)
    # "When was X born?" is not answered by an article that never says so, nor by a
    # sentence that does not ("… comedian Ernie Wise on 1 January 1985")
    # ("when was Tern set up?" asks when it was founded, as "when was Tern founded?" does)
    founding = verb == index_key("set") and q.text.rstrip(" ?").endswith("set up")
    strict = (verb in DEFINING_VERBS or founding) and in_sense(q)
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
    # what a figure must stand next to (a figure of people counts spectators too)
    counted_words = {q.focus} if q.focus else predicate
    if q.focus in CROWDS:
        counted_words |= PEOPLE
    if q.focus in STAFF:
        counted_words |= STAFF
    if q.focus:  # ("5 billion webpages" counts web pages)
        counted_words |= {key for key, parts in words.joined.items() if q.focus in parts}
    min_cover = (
        MIN_COVERAGE
        if q.wanted is Wanted.PERSON
        else MIN_COVERAGE_UNTYPED
        if q.wanted is None
        else MIN_COVERAGE_WEAK_TYPE
    )
    # ("when will …?": not "what is his date of birth?", which is also about now)
    will = q.wanted is Wanted.TIME and bool(WILL.search(q.text) or IS_DUE_TO.search(q.text))
    years = WHEN_MEASURES["year"].findall(article.text) if will else ()
    # ("who said Kelly had no idea what to put in place of the report?" asks who said it)
    succession = q.wanted is Wanted.PERSON and bool(SUCCEEDS.search(SAYING.split(q.text)[0]))
    # (a when-question's own month is what it asks about, not which time it means)
    dated = q.wanted is not None and q.wanted is not Wanted.TIME
    return Reading(
        q=q,
        text=text,
        words=words,
        weights=weights,
        total=total,
        article_cover=article_cover,
        held=held,
        anchors=anchors,
        min_mass=min_mass,
        predicate=predicate,
        own=own,
        asides=asides,
        names=names,
        peoples=peoples,
        context=context,
        verb=verb,
        loose_verb=loose_verb,
        strict=strict,
        # ("who directed …?", however long, is answered by a sentence that says who directed)
        making=q.verb if q.wanted is Wanted.PERSON and q.verb in _MAKING & predicate else None,
        event=event_asked(q) if q.wanted in {Wanted.TIME, Wanted.PLACE} else frozenset(),
        place_heads=_place_heads(q.text) if q.wanted is Wanted.PLACE else frozenset(),
        aged=aged_mentions(text, q) if q.age else frozenset(),
        counted_words=counted_words,
        counted_names=_names_before(q, q.focus),
        given_years={t.word for t in q.terms if YEAR.match(t.word)},
        need=needed_matches(len(weights)),
        min_cover=min_cover,
        about_it=ABOUT_IT_SLACK if article_cover > ABOUT_IT else 0.0,
        will=will,
        timetabled=timetable_verb(q),
        past=q.wanted in {Wanted.TIME, Wanted.PLACE} and not q.future and bool(PAST.search(q.text)),
        until=q.wanted is Wanted.TIME and bool(UNTIL.match(q.text)),
        since=q.wanted is Wanted.TIME and bool(SINCE_ASKED.search(q.text)),
        latest=max(map(int, years), default=None),
        figures=frozenset(WRITTEN_FIGURE.findall(q.text)),
        succession=succession,
        # ("who was sacked as minister and replaced by X?" asks whom a sentence says was sacked)
        other_verb=q.verb if succession and q.verb not in succession_words(q.text) else None,
        said_by_score=q.measure == "score" and "score" in weights,
        markets=_market_forms(q.text),
        role=asked_role(q.text),
        venues=_venues(q.text),
        rounds=set(ROUND.findall(q.text.lower())),
        first_time=bool(re.search(r"\bfirst\b", q.text, re.IGNORECASE)),
        months=set(NAMED_MONTH.findall(q.text)) if dated else set(),
        asked_years=(
            set(WHEN_MEASURES["year"].findall(q.text)) if q.wanted is Wanted.NUMBER else set()
        ),
        # (not "its fourth-quarter dividend, when it announced a jump in annual profits")
        whole_year=q.wanted is Wanted.NUMBER
        and bool(WHOLE_YEAR.search(q.text))
        and not PART_YEAR.search(q.text),
        many_names=_named_things(q) >= MANY_NAMES,
        fixture=q.wanted is not Wanted.PERSON and len(names) >= 2 and bool(FIXTURE.search(q.text)),
        nation_asked=q.wanted is Wanted.PLACE and bool(WHICH_COUNTRY.search(q.text)),
        asked_words=term_words(q),
        attendance=_crowd_line(text, words.crowd) if words.crowd else None,
        quarter=quarter_of(q.text) if q.wanted is Wanted.PLACE else None,
        placing=_placing_name(q),
        entities={},
    )
