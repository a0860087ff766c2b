"""How well one article answers a question: its best sentence (and, for "who", the sentence
that names the person), scored by the question's weighted terms it covers, whether it
carries the entity asked for, and the many ways news says the same thing; or None below
the bar (`judge_article`)."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.answers.ages import aged_mentions, says_age
from bot.answers.carries import (
    CROWDS,
    SINCE_ASKED,
    TIME_KEYS,
    UNSAID_COUNTS,
    YEAR,
    carries,
    lead_keys,
    quarter_of,
)
from bot.answers.entities import COUNTRY_FORMS, DEMONYMS, ArticleText, Sentence, article_keys
from bot.answers.measures import (
    CLOCK,
    FOCUS_SPAN,
    MEASURES,
    MONTH,
    NAMED_MONTH,
    NATIONS,
    SHARE,
    WHEN_MEASURES,
    focused,
)
from bot.answers.naming import ROLE_BONUS, naming_sentences
from bot.answers.origins import WHICH_COUNTRY, from_place, says_where_from, where_from_asked
from bot.answers.posts import (
    ROLE_KEYS,
    SentenceWords,
    holds_post,
    initials_of,
    is_role,
    post_words,
    unnamed_holder,
)
from bot.answers.question import (
    DEFINING_VERBS,
    MONTHS,
    PLACE_NOUNS,
    WEEKDAYS,
    WORD,
    Question,
    Wanted,
    which_nouns,
    word_set,
)
from bot.answers.speakers import (
    SAYING,
    SPEAKING,
    asked_role,
    names_said,
    role_said,
    speaks_for_asked,
)
from bot.answers.timing import (
    FUTURE,
    HOPED,
    IS_DUE_TO,
    LATER_TIME,
    NEW_DATE,
    PAST,
    PLACE_TO_COME,
    PUT_BACK,
    TOLD_PAST,
    UNTIL,
    WILL,
    dated_otherwise,
    event_asked,
    timetable_verb,
    years_before,
)
from bot.answers.wording import (
    MARKETS,
    PREFIXED,
    SENSES,
    SUCCEEDS,
    SUCCESSION,
    WIN_OVER,
    at_another_venue,
    compared_only,
    compounds,
    in_another_market,
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
from bot.answers.words import INITIALS, present, term_words, variants, window
from bot.models import Article
from bot.storage.terms import fold, index_key, index_tokens
from summaries.text import STOP_WORDS

PEOPLE = frozenset(map(index_key, ("people", "individuals")))  # a count of anyone
# one workforce, whichever word counts it ("20,000 workers lost their jobs" for "how many
# employees …?")
STAFF = frozenset(map(index_key, ("workers", "employees", "staff")))
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
SHORT_TERMS = 3  # a question of this many terms or fewer must match them all …
SHORT_WINDOW = 10  # … within this many tokens
ENTITY_BONUS = 0.1
FOCUS_BONUS = 0.15  # a figure next to what a how-many question counts ("620 firefighters")
FUTURE_BONUS = 0.15  # "when will …?" is answered by what will happen, not what did …
# (… and "when / where was …?" by what did, not by what will: the same weight is taken off)
DAY_BONUS = 0.05  # … and by a day ("29 March") before a month ("in March and August") …
VAGUE_PENALTY = 0.1  # … and a time with no day, month or year ("early next year") last
FIGURE_BONUS = 0.1  # a sentence that writes a figure of the question ("slip by 0.5%")
NAMED_BONUS = 0.3  # a "who" sentence that names someone ("it is run by Lurdes Aragão") …
WORDED_OTHERWISE = 0.75  # a sentence with this share of the question's weight may word its verb
VERB_WORDS = 4  # a "who" question with this many words besides names says enough without its verb
CONTEXT_SHARE = 0.8  # a name the article is about counts this much in a sentence without it
TOPIC_SHARE = 0.5  # … and a word of its headline
PREVIOUS_SHARE = 0.5  # … and a word of the sentence before
FOLLOWING_SHARE = 0.15  # … or of any sentence before one with the date, place or figure it lacks
DESCRIBED_REACH = 10  # how many sentences back a description ("the chair …") may point
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
AHEAD_SLACK = 0.05  # a when-sentence that says what is ahead, of a question that asks it
_SINCE_DATE = re.compile(r"\bsince\s+(?:\d|[A-Z])")  # "its best performance since 1980"


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
    money, name = MEASURES["money"].pattern, rf"\b(?:{'|'.join(names)})\b"
    return re.compile(rf"(?:{money}).{{0,30}}{name}|{name}.{{0,30}}(?:{money})", re.I)


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
        and sentence.names <= term_words(q)
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
# A figure written so that it is itself a word's worth of evidence: "0.5%", "3,000",
# "17-12", "76%" (its parts, "0" and "5", are as common as any)
_WRITTEN_FIGURE = re.compile(r"(?<![\w.,-])\d+(?:(?:[.,]\d+)+%?|%|-\d+)(?![\w%-]|[.,]\d)")
_SHARES = re.compile(rf"\b{SHARE}", re.IGNORECASE)
# A line that is only a date, as under a match preview's headline
_DATELINE = re.compile(
    rf"(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?:\s+\d{{4}})?",
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
# what says who made something: "a biography of Mary Queen of Scots, by John Guy"
# (or a prize given to someone for the work: "awarded to Kevin Boyle's for Arc of Justice")
_BY_SOMEONE = re.compile(
    r"\bby\s+[A-Z]|\b(?:awarded|went|given|goes)\s+to\s+(?:[A-Z][\w'’-]*\s+){1,3}for\s+[A-Z]"
)
# what says who wrote something ("the study's author, Dr Urho Kujala")
_WRITING = frozenset(map(index_key, word_set("wrote written writes write writer author")))


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


def _names_another(sentence: Sentence, q: Question) -> bool:
    """Whether the sentence names someone or something besides places and the question's
    own names."""
    places = {w for place in sentence.places for w in place}
    return bool(sentence.names - places - {t.word for t in q.terms})


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


def _posted(q: Question, keys: frozenset[str]) -> bool:
    """Whether keys say the post the question asks about in any of news's words for it:
    "chief executive Michael Capellas" says who runs MCI, "AK chief" who heads it."""
    post, words = post_words(q)
    return post is not None and not words.isdisjoint(keys)


def _says(q: Question, keys: frozenset[str], text: str) -> bool:
    """Whether a text with these index keys says the verb asked about, in its sense, or
    in a phrase news uses for it ("set up by" for "founded", "chief executive" for
    "runs")."""
    assert q.verb is not None
    if verb_phrased(q, text) or (q.verb == post_words(q)[0] and _posted(q, keys)):
        return True
    if not present(q.verb, keys):
        return False
    sense = SENSES.get(q.verb)
    return sense is None or not in_sense(q) or bool(sense.search(text))


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


# (a place after the month asked about is no place of what was asked: "a rise in house
# price inflation in November except for Northern Ireland")
_DATING_KEYS = frozenset(map(index_key, (*MONTHS, *WEEKDAYS)))


def placed(sentence: Sentence, predicate: Set[str]) -> bool:
    """A place right after a word of the question: "a speech at the London School of
    Economics", "concerts at Croke Park" (not a month or a weekday)."""
    predicate = predicate - _DATING_KEYS
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


@dataclass(frozen=True)
class Candidate:
    article: Article
    support: Sentence
    naming: tuple[Sentence, ...]
    score: float


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


def judge_article(
    q: Question,
    weights: dict[str, float],
    anchors: frozenset[str],
    min_mass: float,
    article: Article,
    bonus: float,
) -> Candidate | None:
    """The article's best support sentence (and naming sentence), or None below the bar."""
    keys = article_keys(article.title, article.text)
    # ("set up by" says "founded")
    if q.verb is not None and verb_phrased(q, article.text):
        keys |= {q.verb}
    succeeded = succession_words(q.text).intersection(weights)
    said_by_score = q.measure == "score" and "score" in weights
    event = event_asked(q) if q.wanted in {Wanted.TIME, Wanted.PLACE} else frozenset()
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
    if post is not None and _posted(q, keys):
        keys |= {post}
    asked_prefixed = prefixed_only(q.text)
    keys -= prefixed_only(article.text) - asked_prefixed
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
    aged = aged_mentions(text, q) if q.age else frozenset()
    # what a figure must stand next to (a figure of people counts spectators too)
    counted_words = {q.focus} if q.focus else predicate
    if q.focus in CROWDS:
        counted_words |= PEOPLE
    if q.focus in STAFF:
        counted_words |= STAFF
    if q.focus:  # ("5 billion webpages" counts web pages)
        counted_words |= {key for key, parts in joined.items() if q.focus in parts}
    counted_names = _names_before(q, q.focus)
    given_years = {t.word for t in q.terms if YEAR.match(t.word)}
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
    will = q.wanted is Wanted.TIME and bool(WILL.search(q.text) or IS_DUE_TO.search(q.text))
    timetabled = timetable_verb(q)
    past = q.wanted in {Wanted.TIME, Wanted.PLACE} and not q.future and bool(PAST.search(q.text))
    until = q.wanted is Wanted.TIME and bool(UNTIL.match(q.text))
    since = q.wanted is Wanted.TIME and bool(SINCE_ASKED.search(q.text))
    years = WHEN_MEASURES["year"].findall(article.text) if will else ()
    latest = max(map(int, years), default=None)
    figures = frozenset(_WRITTEN_FIGURE.findall(q.text))
    # ("who said Kelly had no idea what to put in place of the report?" asks who said it)
    succession = q.wanted is Wanted.PERSON and bool(SUCCEEDS.search(SAYING.split(q.text)[0]))
    # ("who was sacked as minister and replaced by X?" asks whom a sentence says was sacked)
    other_verb = q.verb if succession and q.verb not in succession_words(q.text) else None
    markets = _market_forms(q.text)
    role = asked_role(q.text)
    venues = _venues(q.text)
    rounds = set(_ROUND.findall(q.text.lower()))
    first_time = bool(re.search(r"\bfirst\b", q.text, re.IGNORECASE))
    # (a when-question's own month is what it asks about, not which time it means)
    dated = q.wanted is not None and q.wanted is not Wanted.TIME
    months = set(NAMED_MONTH.findall(q.text)) if dated else set()
    asked_years = set(WHEN_MEASURES["year"].findall(q.text)) if q.wanted is Wanted.NUMBER else set()
    whole_year = q.wanted is Wanted.NUMBER and bool(_WHOLE_YEAR.search(q.text))
    many_names = _named_things(q) >= MANY_NAMES
    fixture = q.wanted is not Wanted.PERSON and len(names) >= 2 and bool(_FIXTURE.search(q.text))
    entities: dict[int, bool] = {}  # whether the sentence at a position carries the answer
    nation_asked = q.wanted is Wanted.PLACE and bool(WHICH_COUNTRY.search(q.text))
    asked_words = term_words(q)
    attendance = _crowd_line(text, crowd) if crowd else None
    quarter = quarter_of(q.text) if q.wanted is Wanted.PLACE else None
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
        if PREFIXED.search(sentence.text):
            real = [k for k in real if k not in prefixed_only(sentence.text) - asked_prefixed]
        if sentence.position in aged:
            real += [k for k in names if k not in real]  # "the 42-year-old" is the person
        for acronym in written_acronyms(sentence.text) if written else ():
            real += [k for k in written.get(acronym, ()) if k in weights and k not in real]
        for key, parts in joined.items():
            if key in sentence.keys:
                real += [k for k in parts if k in weights and k not in real]
        real += [
            k for k, phrase in phrased.items() if k not in real and phrase.search(sentence.text)
        ]
        if q.verb in weights and q.verb not in real and verb_phrased(q, sentence.text):
            real.append(q.verb)
        if post in weights and post not in real and _posted(q, sentence.keys):
            real.append(post)
        if succeeded - set(real) and SUCCESSION.search(sentence.text):
            real += [k for k in succeeded if k not in real]
        if said_by_score and MEASURES["score"].search(sentence.text):
            real.append("score")  # ("their side's 3-0 Scottish Cup win" says the score)
        # "Friday, 25 February" under a headline dates what the headline says (and the
        # lines between: "Blackburn v Burnley / Ewood Park / Tuesday, 1 March")
        line = sentence.text.strip()
        dateline = (sentence.position <= 1 and bool(_DATELINE.fullmatch(line))) or (
            # ("Scotland v Italy / Murrayfield, Edinburgh / Saturday, 26 February / 1400 GMT")
            sentence.position <= 2 and q.measure == "clock" and bool(CLOCK.fullmatch(line))
        )
        if dateline:
            header = lead_keys(text, sentence.position)
            real = [k for k in weights if present(k, header)]
        elif sentence.position == attendance:
            # (the crowd line counts the crowd of the match the report is about)
            header = lead_keys(text, 2)
            real = [k for k in weights if k == q.focus or present(k, header)]
        if not real:
            continue
        if q.wanted is Wanted.NUMBER and _another_profit(q.text, sentence.text):
            continue  # "pre-tax profits rose 56%" is not how much net profits rose
        if markets and in_another_market(sentence, markets):
            continue
        if venues and q.wanted is not Wanted.PLACE and at_another_venue(sentence.text, venues):
            continue  # "5,000 fans at London's Brixton Academy" were none at The Garage
        if months and dated_otherwise(sentence.text, months):
            continue
        if (
            asked_years
            and dated_otherwise(sentence.text, asked_years, WHEN_MEASURES["year"])
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
            FUTURE.search(sentence.text)
            or (timetabled and timetabled.search(sentence.text))
            # ("hopes to be back on the stock exchange in July" says when, not where:
            # "travel to Edinburgh hoping to claim …")
            or (q.wanted is Wanted.TIME and HOPED.search(sentence.text))
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
        said = [k for k in real if k in predicate and (k not in TIME_KEYS or k == q.focus)]
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
                says_where_from(sentence.text, q)
                # "who at the British Chambers of Commerce said …?" by "… said David Frost,
                # Director General of the British Chambers of Commerce"
                or speaks_for_asked(sentence, q)
                # "how old is Margaret Hassan?" by "Mrs Hassan, 59, who led …", or by "the
                # 24-year-old should take the armband" in a story about him
                or says_age(sentence, q, text)
            )
            answers_anyway = entity and (
                plainly
                or (many_names and names <= named_here | _by_surname(q, named_here))
                # "until when …?" is answered by "the festival runs until 24 June"
                or (until and bool(UNTIL.search(sentence.text)))
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
                or (q.wanted is Wanted.PLACE and bool(SPEAKING.search(sentence.text)))
                # "where does Paul Cavanagh come from?" by "Paul Cavanagh, a former
                # professor from Ontario in Canada, …"
                or (
                    q.measure == "origin"
                    and any(from_place(sentence.text, place, q) for place in sentence.places)
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
            and not (where_from_asked(q)[0] and says_where_from(sentence.text, q))
        ):
            others = sum(present(k, sentence.keys) for k in predicate if k != verb)
            if strict or (not (loose_verb and others >= 2) and not worded):
                continue
        if (
            strict
            and q.wanted is not Wanted.PERSON
            and not names_said(q, named_here)  # (or "He" after the sentence naming them)
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
            and not verb_phrased(q, sentence.text)
        ):
            continue  # "Pop stars … provide voices in the film" says nothing of who directed it
        if making and not names_said(q, list(real) + [k for k in weights if present(k, before)]):
            # "Moore's film" names neither the Downfall nor follows a sentence that does
            # ("The film is to be directed by …" points back to one that may)
            described = _described(text, sentence, q)
            if described is None or not names_said(
                q, [k for k in weights if present(k, text.sentences[described].keys)]
            ):
                continue
        if role and not role_said(role, sentence, text, before, q):
            continue  # "Comic Joe Pasquale remains odds on favourite" names no Ladbrokes spokesman
        if q.wanted is Wanted.PERSON and post_keys and post_keys.isdisjoint(sentence.keys | before):
            continue  # "Bueno has scored 17 goals for Rayo Vallecano" names no coach
        if succession and not SUCCEEDS.search(sentence.text) and other_verb not in real:
            continue  # "chief executive Willie Walsh" says nothing of who succeeds him
        if rounds and rounds.isdisjoint(_ROUND.findall(sentence.text.lower()) or rounds):
            continue  # "a third round replay" is not the fifth round's
        if q.becoming and not _BECAME.search(sentence.text):
            continue  # "Governor Ingrid Halvorsen said …" says nothing of when she became it
        if q.becoming and first_time and LATER_TIME.search(sentence.text):
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
        if q.wanted is Wanted.PLACE and q.future and PLACE_TO_COME.search(sentence.text):
            continue  # "will announce the location of its head office at a later date"
        if will and not ahead and years_before(sentence, latest):
            continue  # "first exhibited in 1776" does not say when an exhibition will close
        if will and not ahead and TOLD_PAST.search(sentence.text):
            continue  # "launched the competition earlier this week" is not when its final is
        if will and PUT_BACK.search(sentence.text) and not NEW_DATE.search(sentence.text):
            continue  # "scheduled for release in March … have now had their dates put back"
        if q.wanted not in {None, Wanted.PERSON} and not entity:
            continue  # a when / where / how-many answer is the sentence with the date, …
        if q.focus and q.focus not in UNSAID_COUNTS and not focus:
            continue  # … and the figure of what a how-many question counts ("motorbikes")
        if (
            q.wanted in {Wanted.NUMBER, Wanted.TIME}
            and names
            and compared_only(sentence.text, names)
        ):
            continue  # "the DS … priced at £99 costs far less than the Gizmondo"
        # (a day of the month says no more than the month "in which month …?" asks)
        day = (
            q.wanted is Wanted.TIME
            and q.measure != "month"
            and bool(WHEN_MEASURES["date"].search(sentence.text))
        )
        # ("early next year" says less than "early in 2005")
        vague = (
            q.wanted is Wanted.TIME
            and not WHEN_MEASURES["day"].search(sentence.text)
            and not WHEN_MEASURES["year"].search(sentence.text)
            and not NAMED_MONTH.search(sentence.text)
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
            - FUTURE_BONUS * (past and bool(WILL.search(sentence.text)))
            + NAMED_BONUS * (entity and q.wanted is Wanted.PERSON)
            + ROLE_BONUS * (q.wanted is Wanted.PERSON and holds_post(sentence, q))
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
        found = naming_sentences(q, text, support, weights, total)
        if found is None or (
            found and not carries(support, q.wanted, q, text) and unnamed_holder(q, support)
        ):
            return None
        naming = found
    return Candidate(article, support, tuple(naming), score + bonus + CONTEXT_WEIGHT * held)


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
        if not is_role(words[i].group(0), roles):
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
    tokens = SentenceWords.of(text).tokens
    keys = [index_key(token) for token in tokens]
    other = False
    for i in range(1, len(keys)):
        if not is_role(tokens[i], {role}):
            continue
        before, after = keys[i - 1], keys[i + 1 : i + 5]
        if before in owner or initials_of(before, owner):
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
    first = next((i for i, word in enumerate(words) if is_role(word, roles)), 0)
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
        if is_role(word, roles)
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
