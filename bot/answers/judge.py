"""How well one article answers a question: its best sentence (and, for "who", the sentence
that names the person), scored by the question's weighted terms it covers, whether it
carries the entity asked for, and the many ways news says the same thing; or None below
the bar (`judge_article`). What the question asks of the article is worked out first, once
(`bot.answers.reading`); each sentence is then matched, checked and scored against it."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence, Set
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.answers.ages import says_age
from bot.answers.carries import TIME_KEYS, UNSAID_COUNTS, carries, lead_keys
from bot.answers.entities import COUNTRY_FORMS, ArticleText, Sentence
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
from bot.answers.origins import from_place, says_where_from, where_from_asked
from bot.answers.posts import (
    ROLE_KEYS,
    SentenceWords,
    holds_post,
    initials_of,
    is_role,
    unnamed_holder,
)
from bot.answers.question import MONTHS, WEEKDAYS, WORD, Question, Wanted, word_set
from bot.answers.reading import (
    FIXTURE,
    GAME_WORDS,
    MIN_COVERAGE,
    PART_YEAR,
    SHORT_TERMS,
    WHOLE_YEAR,
    WRITTEN_FIGURE,
    Reading,
    reading_of,
    rounds_told,
    says_post,
    says_verb,
)
from bot.answers.speakers import SPEAKING, names_said, role_said, speaks_for_asked
from bot.answers.timing import (
    FUTURE,
    HOPED,
    LATER_TIME,
    NEW_DATE,
    PLACE_TO_COME,
    PUT_BACK,
    TOLD_PAST,
    UNTIL,
    WILL,
    dated_otherwise,
    years_before,
)
from bot.answers.wording import (
    PREFIXED,
    SUCCEEDS,
    SUCCESSION,
    at_another_venue,
    compared_only,
    in_another_market,
    prefixed_only,
    succeeds_another,
    verb_phrased,
    written_acronyms,
)
from bot.answers.words import present, term_words, variants, window
from bot.models import Article
from bot.storage.terms import fold, index_key, index_tokens
from summaries.text import STOP_WORDS

NAME_WEIGHT = 1.5  # a name in the question counts this much more than another word
MIN_EVIDENCE = 1.0  # a sentence's and its article's shares of the question's weight together
SHORT_WINDOW = 10  # tokens within which a short question's terms must match (SHORT_TERMS)
ENTITY_BONUS = 0.1
FOCUS_BONUS = 0.15  # a figure next to what a how-many question counts ("620 firefighters")
FUTURE_BONUS = 0.15  # "when will …?" is answered by what will happen, not what did …
# (… and "when / where was …?" by what did, not by what will: the same weight is taken off)
DAY_BONUS = 0.05  # … and by a day ("29 March") before a month ("in March and August") …
VAGUE_PENALTY = 0.1  # … and a time with no day, month or year ("early next year") last
FIGURE_BONUS = 0.1  # a sentence that writes a figure of the question ("slip by 0.5%")
# a place next to what was asked ("a speech at the London School of Economics"): a bonus, not
# a tier, so a sentence holding much more of the question still ranks first
PLACED_BONUS = 0.15
NAMED_BONUS = 0.3  # a "who" sentence that names someone ("it is run by Lurdes Aragão") …
WORDED_OTHERWISE = 0.75  # a sentence with this share of the question's weight may word its verb
PREVIOUS_SHARE = 0.5  # a word of the sentence before counts this much in one without it …
FOLLOWING_SHARE = 0.15  # … or of any sentence before one with the date, place or figure it lacks
DESCRIBED_REACH = 10  # how many sentences back a description ("the chair …") may point
POSITION_PENALTY = 0.05
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
# a question that asks "which …?" or "what …?"
_WHICH = re.compile(r"(?:which|what)\b", re.IGNORECASE)


def _unnamed_which(q: Question, sentence: Sentence) -> bool:
    """Whether a "which …?" or "what …?" question of no kind known (a firm, a label, a
    committee) is read in a sentence that names nothing the question does not, nor gives a
    figure ("Microsoft has been working for an online auction house"): it says there is
    one, not which."""
    return bool(_WHICH.match(q.text)) and not sentence.numbers and sentence.names <= term_words(q)


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


def _only_others(asked: Collection[str], said: Collection[str]) -> bool:
    """Whether a sentence names kinds of a figure (`said`) and none the question asks."""
    return bool(asked and said) and set(asked).isdisjoint(said)


def _another_profit(question: str, sentence: str) -> bool:
    """Whether the question asks one kind of profit and the sentence gives only others."""
    return _only_others(_profit_kinds(question), _profit_kinds(sentence))


# which rate a figure is of: "the jobless rate rose to 5.5%", "interest rates of 4.75%"
_RATE_KIND = re.compile(
    r"\b(interest|base|mortgage|lending|jobless|unemployment|inflation|growth|tax|exchange)"
    r"\s+rates?\b",
    re.IGNORECASE,
)
_RATE_KINDS = {
    "base": "interest",
    "mortgage": "interest",
    "lending": "interest",
    "jobless": "unemployment",
}


@lru_cache(maxsize=256)
def _rate_kinds(text: str) -> tuple[str, ...]:
    """The kinds of rate a text names, in order ("jobless" is "unemployment" …)."""
    return tuple(_RATE_KINDS.get(k, k) for k in map(str.lower, _RATE_KIND.findall(text)))


def _another_rate(question: str, sentence: str) -> bool:
    """Whether the question asks one rate ("what was the US unemployment rate …?") and the
    sentence gives only others ("… would increase interest rates … to 2%")."""
    return _only_others(_rate_kinds(question)[:1], _rate_kinds(sentence))


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
        r"refused|would not|did not|didn't|wouldn't) (?:to )?(?:disclose|reveal|say how)\b"
        # ("would not reveal whether she intended to run" holds back no figure)
        r"(?!\s+(?:whether|if)\b)",
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
_SHARES = re.compile(rf"\b{SHARE}", re.IGNORECASE)
# A line that is only a date, as under a match preview's headline
_DATELINE = re.compile(
    rf"(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?:\s+\d{{4}})?",
    re.IGNORECASE,
)


# "Lansdowne Road, Dublin" under a match's headline
_VENUE_LINE = re.compile(r"[A-Z][\w'’.-]*(?:,?\s+(?:de |la |of |the )?[A-Z][\w'’.-]*){0,5}")


# what says who made something: "a biography of Mary Queen of Scots, by John Guy"
# (or a prize given to someone for the work: "awarded to Kevin Boyle's for Arc of Justice")
_BY_SOMEONE = re.compile(
    r"\bby\s+[A-Z]|\b(?:awarded|went|given|goes)\s+to\s+(?:[A-Z][\w'’-]*\s+){1,3}for\s+[A-Z]"
)
# what says who wrote something ("the study's author, Dr Urho Kujala")
_WRITING = frozenset(map(index_key, word_set("wrote written writes write writer author")))


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


# … and a sentence that tells of one in other words ("Calder beat Kelso at …")
_FIXTURE_SAID = re.compile(
    rf"\b(?:{GAME_WORDS}|beat(?:s|en)?|against|v|vs|lost|won|take on|trip|travel(?:s|led)?)\b",
    re.IGNORECASE,
)


# (a sentence of other years that speaks of "last year" may speak of the one asked about)
_THE_YEAR = re.compile(r"\b(?:last|this|the) year\b|\bannual\b", re.IGNORECASE)


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
    r = reading_of(q, weights, anchors, min_mass, article)
    if r is None:
        return None
    best: tuple[_Rank, Sentence] | None = None
    for sentence in r.text.sentences:
        rank = _judge_sentence(r, sentence)
        if rank is not None and (best is None or rank > best[0]):
            best = (rank, sentence)
    if best is None:
        return None
    (_, _, _, score), support = best
    naming: list[Sentence] = []
    if q.wanted is Wanted.PERSON:
        found = naming_sentences(q, r.text, support, r.weights, r.total)
        if found is None or (
            found and not carries(support, q.wanted, q, r.text) and unnamed_holder(q, support)
        ):
            return None
        naming = found
    return Candidate(article, support, tuple(naming), score + bonus + CONTEXT_WEIGHT * r.held)


# (not only names, a country not asked of, the thing asked next to it, score)
_Rank = tuple[bool, bool, bool, float]


def _sentence_words(r: Reading, sentence: Sentence) -> tuple[list[str], bool]:
    """The question's terms the sentence holds, however it words them, and whether it is
    a line of its own under the headline, a date, time or venue (whose terms are the
    headline's)."""
    q, weights, words = r.q, r.weights, r.words
    # (the verb asked about is not said by a name: "filmed" by "Berlin Film Festival")
    real = [k for k in weights if present(k, sentence.plain_keys if k == r.verb else sentence.keys)]
    if PREFIXED.search(sentence.text):
        real = [k for k in real if k not in prefixed_only(sentence.text) - words.asked_prefixed]
    if sentence.position in r.aged:
        real += [k for k in r.names if k not in real]  # "the 42-year-old" is the person
    for acronym in written_acronyms(sentence.text) if words.written else ():
        real += [k for k in words.written.get(acronym, ()) if k in weights and k not in real]
    for key, parts in words.joined.items():
        if key in sentence.keys:
            real += [k for k in parts if k in weights and k not in real]
    real += [
        k for k, phrase in words.phrased.items() if k not in real and phrase.search(sentence.text)
    ]
    if q.verb in weights and q.verb not in real and verb_phrased(q, sentence.text):
        real.append(q.verb)
    if words.post in weights and words.post not in real and says_post(q, sentence.keys):
        real.append(words.post)
    if words.succeeded - set(real) and SUCCESSION.search(sentence.text):
        real += [k for k in words.succeeded if k not in real]
    if r.said_by_score and MEASURES["score"].search(sentence.text):
        real.append("score")  # ("their side's 3-0 Scottish Cup win" says the score)
    # "Friday, 25 February" under a headline dates what the headline says (and the
    # lines between: "Blackburn v Burnley / Ewood Park / Tuesday, 1 March")
    line = sentence.text.strip()
    header_line = (sentence.position <= 1 and bool(_DATELINE.fullmatch(line))) or (
        # ("Scotland v Italy / Murrayfield, Edinburgh / Saturday, 26 February / 1400 GMT")
        sentence.position <= 2
        and (
            (q.measure == "clock" and bool(CLOCK.fullmatch(line)))
            or (q.wanted is Wanted.PLACE and bool(_VENUE_LINE.fullmatch(line)))
        )
    )
    if header_line:
        header = lead_keys(r.text, sentence.position)
        real = [k for k in weights if present(k, header)]
    elif sentence.position == r.attendance:
        # (the crowd line counts the crowd of the match the report is about)
        header = lead_keys(r.text, 2)
        real = [k for k in weights if k == q.focus or present(k, header)]
    return real, header_line


def _of_another(r: Reading, sentence: Sentence) -> bool:
    """Whether the sentence's figure or time is of another profit, market, venue, month or
    year than the question's."""
    text = sentence.text
    if r.q.wanted is Wanted.NUMBER and _another_profit(r.q.text, text):
        return True  # "pre-tax profits rose 56%" is not how much net profits rose
    if r.q.wanted is Wanted.NUMBER and _another_rate(r.q.text, text):
        return True  # "would increase interest rates to 2%" is not the jobless rate asked
    if r.markets and not r.nation_asked and in_another_market(sentence, r.markets):
        return True
    if r.venues and r.q.wanted is not Wanted.PLACE and at_another_venue(text, r.venues):
        return True  # "5,000 fans at London's Brixton Academy" were none at The Garage
    if r.months and dated_otherwise(text, r.months):
        return True
    if (
        r.asked_years
        and dated_otherwise(text, r.asked_years, WHEN_MEASURES["year"])
        and not _THE_YEAR.search(text)
    ):
        return True  # "profits to rise 50% in 2005" are not 2004's
    # "$5.37bn for the final three months of 2004" is no full year's profit
    return r.whole_year and bool(PART_YEAR.search(text)) and not WHOLE_YEAR.search(text)


def _antecedent(r: Reading, sentence: Sentence, named: bool) -> tuple[float, int]:
    """How much the words of an earlier sentence count in this one, and which sentence.

    The sentence before may say what this one answers: for a who question, when this
    one names someone ("… threw out the case. Judge Ada Quill wrote it"); else when
    this one's subject is the one before's ("It will do so at … on 26 January"), and
    a little when that one lacks the date, place or figure ("… sold 2.1% more cars in
    2004. Sales totalled 3.9 million units, the company said at the Detroit Motor Show").
    """
    antecedent = sentence.position - 1
    if not sentence.position or r.q.wanted is None:
        return 0.0, antecedent
    person = r.q.wanted is Wanted.PERSON
    if named or (not person and _POINTS_BACK.match(sentence.text)):
        return PREVIOUS_SHARE, antecedent
    if not person and (described := _described(r.text, sentence, r.q)) is not None:
        # "The chair … should go on sale in April" says what "its Solo Chassis
        # gaming chair" a few sentences before will do
        return PREVIOUS_SHARE, described
    if not person and not r.carried(sentence.position - 1):
        return FOLLOWING_SHARE, antecedent
    return 0.0, antecedent


def _judge_sentence(r: Reading, sentence: Sentence) -> _Rank | None:
    """How well the sentence answers the question, or None if it does not."""
    q, weights = r.q, r.weights
    real, header_line = _sentence_words(r, sentence)
    if not real or _of_another(r, sentence):
        return None
    # (for who, whether it names someone is needed here already)
    named = q.wanted is Wanted.PERSON and r.carried(sentence.position)
    share, antecedent = _antecedent(r, sentence, named)
    before = r.text.sentences[antecedent].keys if share else frozenset()
    pointed = share == PREVIOUS_SHARE
    # (the names of the sentence before count for one that points back to it: "She was
    # made an OBE in 2011" after "… presenter Ana Ruiz was given an award")
    named_here = set(real).union(k for k in r.names if pointed and present(k, before))
    around = dict(r.context)
    for k in weights:
        if k not in real and present(k, before):
            around[k] = max(around.get(k, 0.0), share)
    implied = [k for k in around if k not in real]
    matched = real + implied
    focus, counted = _counts(r, sentence)
    if len(matched) < r.need - counted:
        return None
    mass = sum(weights[k] for k in real) + sum(weights[k] * around[k] for k in implied)
    cover = mass / r.total
    ahead = _ahead(r, sentence)
    slack = AHEAD_SLACK if ahead and q.wanted is Wanted.TIME else 0.0
    echoed = _echoes(q.text, sentence.text)
    if (
        cover < (MIN_COVERAGE if counted else r.min_cover - slack - r.about_it)
        or cover + r.article_cover < MIN_EVIDENCE
    ) and not echoed:
        return None
    if not r.anchors.intersection(matched) and _idf_mass(q, weights, matched) < r.min_mass:
        return None
    said = [k for k in real if k in r.predicate and (k not in TIME_KEYS or k == q.focus)]
    # (words the article is about may sit anywhere in the sentence)
    if len(weights) <= SHORT_TERMS and not (
        (len(said) <= 1 and (implied or any(k in r.context for k in real)))
        or _close_enough(q, sentence, said if len(said) >= 2 else real)
    ):
        return None
    entity = r.carried(sentence.position)
    # A sentence that holds nearly all the question's weight and the entity asked for
    # may word the rest otherwise ("X's header gave Y a win" for "who scored …").
    worded = (
        q.wanted is not None
        and entity
        and sum(weights[k] for k in real) / r.total >= WORDED_OTHERWISE
    )
    # (a count says what is asked: "the four Ugandan NGOs organising the play")
    names_only = (
        not (header_line or echoed or counted)
        and not (worded and q.wanted is Wanted.PERSON)
        and _names_only(r, sentence, real, said)
    )
    if r.event and not all(k in real or present(k, before) for k in r.event):
        return None  # "Mark Philippoussis withdrew from the Sydney International" is not
        # where the Australian Open is held
    told_game = r.fixture and bool(_FIXTURE_SAID.search(sentence.text))
    if names_only:
        plainly = entity and _says_plainly(r, sentence)
        if not (entity and (plainly or _answers_anyway(r, sentence, named_here, told_game))):
            return None
        names_only = not plainly
    if _misses_the_action(
        r, sentence, real, before, named_here, counted, told_game, worded
    ) or _misses_the_answer(r, sentence, entity, focus, ahead):
        return None
    score = _score(r, sentence, cover, entity, focus, ahead)
    # Tiers before the score: "which country …?" is answered first by a sentence with a
    # country not asked of, "how many people …?" by a figure of people, "when will …?" by
    # what will happen, and "who at Keyobs said …?" by one who speaks for Keyobs
    national = r.nation_asked and (
        any(place[-1] in NATIONS and not set(place) <= r.asked_words for place in sentence.places)
        or says_where_from(sentence.text, q)  # ("like Italy's TIM and 3")
    )
    # "a speech at the London School of Economics" places what was asked about (a bonus:
    # PLACED_BONUS)
    at = q.wanted is Wanted.PLACE and (
        placed(sentence, r.own | r.asides) or _headed(sentence, r.place_heads)
    )
    return (
        not names_only,
        national,
        counted or (ahead and q.wanted is Wanted.TIME) or speaks_for_asked(sentence, q),
        score - NAMES_ONLY_PENALTY * names_only + PLACED_BONUS * at,
    )


def _counts(r: Reading, sentence: Sentence) -> tuple[bool, bool]:
    """For a how-many question, whether the sentence has a figure of what is counted (its
    focus), and whether that figure is a count of it rather than a share."""
    q = r.q
    focus = q.wanted is Wanted.NUMBER and (
        sentence.position == r.attendance
        or focused(sentence, r.counted_words, r.counted_names, r.given_years)
    )
    # "forced 1,150 people from their homes" counts the people a question asks
    # about, however it words the rest ("sold 19.6 million shares")
    counted = bool(focus and q.focus)
    if counted and q.measure == "many" and _SHARES.search(sentence.text):
        # "52% of people surveyed" is no count of them: the sentence with one ranks first
        counted = focused(
            replace(sentence, text=_SHARES.sub(" ", sentence.text)),
            r.counted_words,
            r.counted_names,
            r.given_years,
        )
    return focus, counted


def _ahead(r: Reading, sentence: Sentence) -> bool:
    """For a question of what will happen, whether the sentence says what is ahead."""
    q, text = r.q, sentence.text
    return q.future and bool(
        FUTURE.search(text)
        or (r.timetabled and r.timetabled.search(text))
        # ("hopes to be back on the stock exchange in July" says when, not where:
        # "travel to Edinburgh hoping to claim …")
        or (q.wanted is Wanted.TIME and HOPED.search(text))
    )


def _names_only(r: Reading, sentence: Sentence, real: list[str], said: list[str]) -> bool:
    """Whether only the question's names (and words describing them: "rugby captain Andy
    Farrell") match: the sentence says nothing the question asks."""
    return bool(
        r.own
        and all(k in r.q.describing for k in said)
        # "where is the Australian Open held, the event X may miss?" is what "… the
        # Australian Open, which begins on 17 January in Melbourne" says
        and not (r.event and r.event <= set(real))
        # "which part of London is Brent Council …?" is what "… at Brent Council in
        # north-west London" says
        and not (r.quarter and r.quarter.search(sentence.text))
        and not (
            r.names <= set(real)
            and r.names
            and len(r.predicate - r.context.keys()) < min(2, len(r.predicate))
        )
    )


def _says_plainly(r: Reading, sentence: Sentence) -> bool:
    """Whether a sentence that matches only the question's names (and words describing
    them: "rugby captain Andy Farrell") says the answer as plainly as one with more of the
    question's words, and so ranks with those: "Ismail Kadare (Albania)", "Mrs Hassan, 59,"."""
    q = r.q
    return (
        # "which country does Snecma come from?" by "… and France's Snecma", "which
        # country does Francis Obikwelu represent?" by "… Francis Obikwelu of Portugal"
        says_where_from(sentence.text, q)
        # "who at the British Chambers of Commerce said …?" by "… said David Frost,
        # Director General of the British Chambers of Commerce"
        or speaks_for_asked(sentence, q)
        # "how old is Margaret Hassan?" by "Mrs Hassan, 59, who led …", or by "the
        # 24-year-old should take the armband" in a story about him
        or says_age(sentence, q, r.text)
    )


def _answers_anyway(r: Reading, sentence: Sentence, named_here: set[str], told_game: bool) -> bool:
    """Whether a sentence that holds the answer but matches only the question's names says
    nothing the question asks yet answers it anyway, ranked last (for one that holds three
    names or more: MANY_NAMES)."""
    q, text, names = r.q, sentence.text, r.names
    return (
        (r.many_names and names <= named_here | _by_surname(q, named_here))
        # "until when …?" is answered by "the festival runs until 24 June"
        or (r.until and bool(UNTIL.search(text)))
        # "… its best since which year?" by "its best performance since 1980"
        or (r.since and bool(_SINCE_DATE.search(text)))
        # "how much does Metal Slug 3 cost?" by "at a mere £20, Metal Slug 3 is …"
        or _priced_by_name(text, q)
        # "on what date is the National Holocaust Memorial Day …?" by "… for
        # National Holocaust Memorial Day on 27 January" ("on which day …?" and "in
        # which year …?" too: "Industry Week's 2003 Technology Leader of the Year")
        or (
            q.wanted is Wanted.TIME
            and q.measure in {"date", "day", "year"}
            and any(
                len(n) >= LONG_NAME and {index_key(w) for w in n} <= named_here for n in q.names
            )
        )
        # "in which US state is Bryce Canyon …?" by "… Bryce Canyon National Park,
        # in Utah"
        or bool(r.placing and r.placing.search(text))
        # "where did he unveil …?" by "Speaking in Harrogate, Mr Kennedy said …"
        or (q.wanted is Wanted.PLACE and bool(SPEAKING.search(text)))
        # "where does Paul Cavanagh come from?" by "Paul Cavanagh, a former
        # professor from Ontario in Canada, …"
        or (q.measure == "origin" and any(from_place(text, place, q) for place in sentence.places))
        # "when does Dent play Johansson?" by "Dent will meet Johansson on Sunday"
        or (told_game and len(names & named_here) >= 2 and names <= named_here | r.context.keys())
    )


def _misses_the_action(
    r: Reading,
    sentence: Sentence,
    real: list[str],
    before: frozenset[str],
    named_here: set[str],
    counted: bool,
    told_game: bool,
    worded: bool,
) -> bool:
    """Whether the sentence fails to say what was done or by whom in the question's
    sense: the verb, the role, the post, the making or the succession it asks of."""
    q, text, predicate = r.q, sentence.text, r.predicate
    if q.wanted is Wanted.PERSON and (
        (not r.names <= set(real) | r.peoples and _role_of_another(text, predicate, q))
        or _role_of_other_owner(text, predicate, q)
    ):
        return True  # "France captain X" does not say who captains New Zealand
    if (
        r.verb is not None
        and not (counted and not r.strict)
        and not (told_game and FIXTURE.fullmatch(r.verb))
        and not says_verb(q, sentence.plain_keys, text)
        # ("where does X come from?" by "Lisburn's X", "where does X live?" by "X from
        # Huntington")
        and not (where_from_asked(q)[0] and says_where_from(text, q))
    ):
        others = sum(present(k, sentence.keys) for k in predicate if k != r.verb)
        if r.strict or (not (r.loose_verb and others >= 2) and not worded):
            return True
    if (
        r.strict
        and q.wanted is not Wanted.PERSON
        and not names_said(q, named_here)  # (or "He" after the sentence naming them)
        and _names_another(sentence, q)
    ):
        # "Galloway, who founded Respect" says nothing of when MAB was founded, though
        # "he died on 26 February in California" may say when Jef Raskin did
        return True
    making = r.making
    if (
        making
        and not any(k.startswith(making) for k in sentence.keys)
        and not (making in _WRITING and _WRITING & sentence.keys)
        and not _BY_SOMEONE.search(text)
        and not verb_phrased(q, text)
    ):
        return True  # "Pop stars … provide voices in the film" says nothing of who directed it
    if making and not names_said(q, list(real) + [k for k in r.weights if present(k, before)]):
        # "Moore's film" names neither the Downfall nor follows a sentence that does
        # ("The film is to be directed by …" points back to one that may)
        described = _described(r.text, sentence, q)
        if described is None or not names_said(
            q, [k for k in r.weights if present(k, r.text.sentences[described].keys)]
        ):
            return True
    if r.role and not role_said(r.role, sentence, r.text, before, q):
        return True  # "Comic Joe Pasquale remains odds on favourite" names no Ladbrokes spokesman
    post_keys = r.words.post_keys
    if q.wanted is Wanted.PERSON and post_keys and post_keys.isdisjoint(sentence.keys | before):
        return True  # "Bueno has scored 17 goals for Rayo Vallecano" names no coach
    if r.succession and succeeds_another(q.text, text):
        return True  # "He will succeed Ann Grant" is not who succeeds him
    # "chief executive Willie Walsh" says nothing of who succeeds him
    return r.succession and not SUCCEEDS.search(text) and r.other_verb not in real


def _misses_the_answer(
    r: Reading, sentence: Sentence, entity: bool, focus: bool, ahead: bool
) -> bool:
    """Whether the sentence holds no answer of the kind asked: no date, place or figure,
    not the round, the first time or the time to come asked of, or one it says is unknown."""
    q, text = r.q, sentence.text
    if r.rounds and r.rounds.isdisjoint(rounds_told(text) or r.rounds):
        return True  # "a third round replay" is not the fifth round's
    if q.becoming and not _BECAME.search(text):
        return True  # "Governor Ingrid Halvorsen said …" says nothing of when she became it
    if q.becoming and r.first_time and LATER_TIME.search(text):
        return True  # "became chairman … for a fifth term in June 2004" is not the first
    if q.wanted is None and _unnamed_which(q, sentence):
        return True  # "working for an online auction house" does not say which one
    if (
        q.wanted is Wanted.PLACE
        and (unnamed := _unnamed_institution(q.text)) is not None
        and unnamed.search(text)
    ):
        return True  # "studying English at university" does not say at which one
    if q.wanted and _NOT_SAID[q.wanted].search(text):
        return True  # "a replacement guitarist has yet to be named"
    if q.wanted is Wanted.PLACE and q.future and PLACE_TO_COME.search(text):
        return True  # "will announce the location of its head office at a later date"
    if r.will and not ahead and years_before(sentence, r.latest):
        return True  # "first exhibited in 1776" does not say when an exhibition will close
    if r.will and not ahead and TOLD_PAST.search(text):
        return True  # "launched the competition earlier this week" is not when its final is
    if r.will and PUT_BACK.search(text) and not NEW_DATE.search(text):
        return True  # "scheduled for release in March … have now had their dates put back"
    if q.wanted not in {None, Wanted.PERSON} and not entity:
        return True  # a when / where / how-many answer is the sentence with the date, …
    if q.focus and q.focus not in UNSAID_COUNTS and not focus:
        return True  # … and the figure of what a how-many question counts ("motorbikes")
    # "the DS … priced at £99 costs far less than the Gizmondo"
    return (
        q.wanted in {Wanted.NUMBER, Wanted.TIME} and bool(r.names) and compared_only(text, r.names)
    )


def _score(
    r: Reading, sentence: Sentence, cover: float, entity: bool, focus: bool, ahead: bool
) -> float:
    """The sentence's score: the share of the question's weight it covers, with bonuses for
    what makes it the answer and penalties for what makes it a weaker one."""
    q, text = r.q, sentence.text
    # (a day of the month says no more than the month "in which month …?" asks)
    day = (
        q.wanted is Wanted.TIME
        and q.measure != "month"
        and bool(WHEN_MEASURES["date"].search(text))
    )
    # ("early next year" says less than "early in 2005")
    vague = (
        q.wanted is Wanted.TIME
        and not WHEN_MEASURES["day"].search(text)
        and not WHEN_MEASURES["year"].search(text)
        and not NAMED_MONTH.search(text)
    )
    figure = bool(r.figures) and not r.figures.isdisjoint(WRITTEN_FIGURE.findall(text))
    return (
        cover
        + ENTITY_BONUS * entity
        + FIGURE_BONUS * figure
        + FOCUS_BONUS * focus
        + FUTURE_BONUS * ahead
        + DAY_BONUS * day
        - VAGUE_PENALTY * vague
        - FUTURE_BONUS * (r.past and bool(WILL.search(text)))
        + NAMED_BONUS * (entity and q.wanted is Wanted.PERSON)
        + ROLE_BONUS * (q.wanted is Wanted.PERSON and holds_post(sentence, q))
        - POSITION_PENALTY * min(sentence.position, 30) / 30
    )


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
