"""Key-fact bullets: the who / what / when / how-many of a story, taken verbatim.

Every bullet reads as a sentence and ends the same way. It is either a whole sentence
of the article (at most ``MAX_SENTENCE_WORDS`` words, ending with a full stop,
possibly inside a closing quotation mark), or, for a longer sentence, its opening
clause cut where the main clause is complete and marked with "…". A cut is made only
before a trailing clause that adds to a finished statement (", after …", ", which …"
running to the end, ", while …", ", including …", "; …" between two clauses, " – …"),
only when the part kept has its subject and a finite verb, is not inside a quotation or
brackets, does not end on a word like "the", "of" or "when", and the part dropped
holds no "but", "not", "never", "only", "unless", "until", "except" or "although"
that would change what the kept part means. A cut bullet is at most ``MAX_CUT_WORDS``
words and worth less than a whole sentence, so a shorter whole fact is preferred to a
cut one. All bullets together are at most ``max_words`` words (60 by default); while
fewer than three are chosen, room is kept for the rest.

What is never a bullet: a question or an exclamation; a sentence without final
punctuation (a heading, caption or list item); a quotation without its speaker (a
sentence that opens with a quotation mark, closes a quotation it did not open, or
follows a sentence that left a quotation open or ended with a colon); unbalanced
quotation marks or brackets; captions ("Flying high: …", "(left)"); bylines and other
boilerplate (dropped when the article is prepared); a sentence that opens with a
pronoun or connective ("He said …", "However, …") unless the bullet before it is the
sentence it refers to; and anything that repeats what the ``exclude`` sentences (the
summary already shown) or an earlier bullet say: the sentences themselves, any
candidate stating one of their figures (see :mod:`summaries.figures`), any
candidate whose content terms are mostly (60 %) covered by them, and any candidate that
holds 60 % of one of them ("Mr Okafor, 52, denies forging 31 invoices and defrauding the
charity" after "Mr Okafor denies defrauding the charity.").

Bullets are chosen greedily by the facts they add that the summary and earlier bullets
do not already state: numbers, money and dates weigh most, then names of people,
places and organisations (more when the article mentions them often), with a mild
preference for earlier sentences and for short, dense spans. They come out in article
order. Non-English text works the same way, with capitalised words and numbers as the
only fact signals.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from summaries.discourse import has_finite_verb
from summaries.document import Document, Sentence, analyse_sentence, contained, prepare
from summaries.figures import Figure, shares_figure
from summaries.stopwords import STOP_WORDS

MAX_SENTENCE_WORDS = 30
"""A whole sentence up to this many words can be a bullet."""
MAX_CUT_WORDS = 25
"""A longer sentence's opening clause, cut and marked with "…", is at most this long."""
CUT_DISCOUNT = 0.7
"""A cut fact is worth this share of a whole sentence stating as much."""
MIN_BULLET_WORDS = 5
MIN_CLAUSE_WORDS = 8
DEFAULT_MAX_WORDS = 60
MAX_CANDIDATE_SENTENCES = 30
REPEAT_THRESHOLD = 0.6
MIN_BULLETS = 3
RESERVE_WORDS = 15
# Value of a candidate: what it adds beyond the summary and earlier bullets, per
# √words, discounted by position. A name weighs more the more often the article uses it.
NAME_WEIGHT = 1.0
NUMBER_WEIGHT = 1.5
DATE_WEIGHT = 0.75
MONEY_WEIGHT = 0.75
TERM_WEIGHT = 0.1
POSITION_DECAY = 0.05

# Where an opening clause may be cut: before a trailing clause that adds to a finished
# statement. Never before "and" / "or" (list items), "that" (what was said), "but",
# "unless" or "until" (they change it), "as" (often the reason itself), nor at any
# comma of an aside.
_CUT_RE = re.compile(
    r",\s(?=(?P<word>after|before|when|while|which|who|following|amid|including|"
    r"with|adding|saying|noting|bringing|making|raising|leaving|forcing|prompting|"
    r"according\sto|up\sfrom|down\sfrom|compared\swith)\b)"
    r"|(?P<semicolon>;\s)|\s[–—]\s"
)
# Words in the dropped part that would change the meaning of the part kept.
_QUALIFIER_RE = re.compile(
    r"\b(?:but|not|never|no longer|only|unless|until|except|although|though|however|"
    r"without|nor)\b|n't\b",
    re.I,
)
_CUT_MARK = "…"
# A whole sentence ends with a full stop, possibly inside closing quotes or brackets.
_SENTENCE_END_RE = re.compile(r"\.[\"'’”)\]]*$")
# A clause cannot end on these: "… on Wednesday when…", "… the price of…".
_STOP_ENDINGS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "and",
        "or",
        "that",
        "as",
        "than",
        "into",
        "its",
        "their",
        "his",
        "her",
        "is",
        "was",
        "are",
        "when",
        "while",
        "after",
        "before",
        "because",
        "if",
        "where",
        "who",
        "which",
        "whose",
        "although",
        "though",
        "since",
        "until",
        "but",
        "so",
        "not",
    ]
)
_CAPTION_RE = re.compile(
    r"\((?:left|right|centre|center|pictured|above|below|top|bottom|inset|file)\b[^)]*\)"
    r"|^[^\s:]+(?:\s[^\s:]+){0,3}:\s",
    re.I,
)
_TRAILING = " ,;:–—-"


class _Span(NamedTuple):
    text: str
    sentence: Sentence
    n_words: int
    terms: frozenset[str]
    names: frozenset[str]
    numbers: frozenset[str]
    dates: int
    money: bool
    figures: frozenset[Figure]
    cut: bool
    needs_antecedent: bool


def _word_count(text: str) -> int:
    return text.count(" ") + 1 if text else 0


def _normalise(text: str) -> str:
    return " ".join(text.lower().split())


_QUOTE_CHARS_RE = re.compile(r"[‘’“”\"']")
_OPEN_BEFORE = frozenset(" \t([{—–-")
_CLOSE_AFTER = frozenset(" \t,.;:!?)")
_PUNCT = frozenset(".,!?…")


def _quote_marks(text: str) -> tuple[list[int], list[int]]:
    """Offsets of the quotation marks that open and that close a quotation.

    An opening mark starts the text or follows a space, bracket or dash and is followed
    by a letter or digit; a closing mark follows sentence punctuation (or precedes it
    after a word) and is followed by a space, punctuation or the end. Apostrophes
    ("don't", "players' coach") are neither.
    """
    opens: list[int] = []
    closes: list[int] = []
    last = len(text) - 1
    for m in _QUOTE_CHARS_RE.finditer(text):
        p = m.start()
        before = text[p - 1] if p else " "
        after = text[p + 1] if p < last else " "
        if before in _OPEN_BEFORE:
            if after.isalnum():
                opens.append(p)
        elif after in _CLOSE_AFTER and (
            before in _PUNCT or (after in _PUNCT and (p + 2 > last or text[p + 2] == " "))
        ):
            closes.append(p)
    return opens, closes


def _balanced_upto(text: str, end: int, opens: list[int], closes: list[int]) -> bool:
    """True when ``text[:end]`` closes every quotation it opens, and no other."""
    head = text[:end]
    if head.count('"') % 2 or head.count("“") != head.count("”"):
        return False
    return bisect_left(opens, end) == bisect_left(closes, end)


def _make_span(text: str, sentence: Sentence, cut: bool = False) -> _Span:
    info = sentence if text == sentence.text else analyse_sentence(text, sentence.position)
    return _Span(
        text=f"{text}{_CUT_MARK}" if cut else text,
        sentence=sentence,
        n_words=_word_count(text),
        terms=frozenset(info.terms),
        names=info.names,
        numbers=info.numbers,
        dates=info.dates,
        money=info.money,
        figures=info.figures,
        cut=cut,
        needs_antecedent=sentence.needs_antecedent,
    )


def _trailing(text: str, m: re.Match[str]) -> bool:
    """True when the part a cut at ``m`` drops is a trailing clause, not an aside or list.

    A semicolon separates two clauses only when it is the sentence's one semicolon
    (more make a list), and a relative clause must run to the end or into another
    trailing clause: "the Beastie Boys, who entered on bicycles, No Doubt …" is a list
    and "The Federation, which represents shipyards, said …" an aside.
    """
    if m.group("semicolon"):
        return text.count(";") == 1
    if m.group("word") not in ("which", "who"):
        return True
    comma = text.find(", ", m.end())
    return comma < 0 or bool(_CUT_RE.match(text, comma))


def _cut_clause(text: str, opens: list[int], closes: list[int]) -> str | None:
    """The longest opening clause of ``text`` that may stand for it (module docstring)."""
    best: str | None = None
    for m in _CUT_RE.finditer(text):
        if not _trailing(text, m):
            continue
        end = m.start()
        prefix = text[:end].rstrip(_TRAILING)
        count = _word_count(prefix)
        if count > MAX_CUT_WORDS:
            break
        if (
            count < MIN_CLAUSE_WORDS
            or not _balanced_upto(text, end, opens, closes)
            or prefix.count("(") != prefix.count(")")
            or prefix.rsplit(" ", 1)[-1].lower() in _STOP_ENDINGS
            or _QUALIFIER_RE.search(text, m.end())
            or not has_finite_verb(prefix)
        ):
            continue
        best = prefix
    if best and best[-1] in "\"”’'" and best[-2:-1] == ",":
        best = best[:-2] + best[-1]  # 'calls it "the best news,"' keeps its quote, not the comma
    return best


# Lower-case words a line-up or a results line holds besides names ("Bramble 35 og"),
# and the particles of names ("CA del Fava", "van der Walt").
_ROLL_TEXT = (
    "v vs og capt pen pens aet sub subs de del della dal da di du van von der den le la dos"
)
_ROLL_WORDS = frozenset(_ROLL_TEXT.split())
_ROLL_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def is_roll(text: str) -> bool:
    """True for a roll of names rather than a fact: a team line-up ("Cech, Paulo Ferreira,
    Gallas, Terry, …"), a list of clubs or fixtures — three or more parts between commas
    or semicolons, and no lower-case word but stop words."""
    if len(re.split(r"[,;]", text)) < 3:
        return False
    return not any(
        word[0].islower() and word.lower() not in STOP_WORDS and word.lower() not in _ROLL_WORDS
        for word in _ROLL_WORD_RE.findall(text)
    )


def _candidates(doc: Document, excluded_raw: set[str], excluded: set[str]) -> list[_Span]:
    """Spans that may become bullets: whole sentences, or a long one's marked opening clause.

    A sentence is skipped when it is a question or an exclamation, has no final full
    stop, opens with a quotation, is a quotation fragment (it closes a quotation it did
    not open — "… the end,' he told MUTV." — or follows a sentence that opened one, or
    that ends with a colon), has unbalanced quotation marks or brackets, is a caption or
    a roll of names (a line-up), does not start like a sentence, or is one of
    ``excluded``. Closing quotes count only next to punctuation, so plural possessives
    ("players' coach") do not.
    """
    out: list[_Span] = []
    previous_open = False
    for sent in doc.sentences[:MAX_CANDIDATE_SENTENCES]:
        text = sent.text
        opens, closes = _quote_marks(text)
        fragment = len(closes) > len(opens) or (previous_open and not opens)
        previous_open = len(opens) > len(closes) or text.endswith(":")
        if (
            fragment
            or sent.is_question
            or sent.starts_with_quote
            or sent.n_words < MIN_BULLET_WORDS
            or not _SENTENCE_END_RE.search(text)
            or not (text[:1].isupper() or text[:1].isdigit())
            or text in excluded_raw
            or (excluded and _normalise(text) in excluded)
            or _CAPTION_RE.search(text)
            or is_roll(text)
            or not _balanced_upto(text, len(text), opens, closes)
            or text.count("(") != text.count(")")
        ):
            continue
        if _word_count(text) <= MAX_SENTENCE_WORDS:
            out.append(_make_span(text, sent))
            continue
        clause = _cut_clause(text, opens, closes)
        if clause:
            out.append(_make_span(clause, sent, cut=True))
    return out


def _name_weights(doc: Document) -> Counter[str]:
    counts: Counter[str] = Counter()
    for sent in doc.sentences:
        counts.update(sent.names)
    return counts


class _Said:
    """What the reader has already been told: the summary and the bullets chosen so far."""

    def __init__(self) -> None:
        self.terms: set[str] = set()
        self.names: set[str] = set()
        self.numbers: set[str] = set()
        self.figures: frozenset[Figure] = frozenset()
        self.positions: set[int] = set()
        """Article positions of the chosen bullets."""
        self.lines: list[frozenset[str]] = []
        """The terms of each line shown so far."""

    def add(self, info: Sentence | _Span) -> None:
        self.terms.update(info.terms)
        self.names.update(info.names)
        self.numbers.update(info.numbers)
        self.figures |= info.figures
        self.lines.append(frozenset(info.terms))

    def repeats(self, span: _Span) -> bool:
        """True when ``span`` states a figure already stated, mostly known terms, or most
        of one line shown ("Mr Jackson denies child molestation." shown, "Mr Jackson, 46,
        denies plying a boy with alcohol and molesting him." repeats it)."""
        if shares_figure(span.figures, self.figures):
            return True
        if any(contained(line, span.terms) >= REPEAT_THRESHOLD for line in self.lines):
            return True
        return bool(span.terms) and (
            len(span.terms & self.terms) / len(span.terms) >= REPEAT_THRESHOLD
        )


def key_facts(
    text: str,
    title: str | None = None,
    limit: int = 5,
    exclude: Sequence[str] = (),
    max_words: int = DEFAULT_MAX_WORDS,
) -> list[str]:
    """Up to ``limit`` key-fact bullets (3 to 5 for a normal article), in article order.

    ``exclude`` holds the summary sentences already shown: no bullet repeats what they
    say. Bullets are verbatim sentences of at most ``MAX_SENTENCE_WORDS`` words or a
    long sentence's opening clause marked with "…", and together at most ``max_words``
    words. Returns ``[]`` for empty text.
    """
    if limit <= 0 or not text or not text.strip():
        return []
    doc = prepare(text, title)
    if not doc.sentences:
        return []
    analysed = {sent.text: sent for sent in doc.sentences}
    excluded_raw = set(exclude)
    excluded = {_normalise(s) for s in exclude if s not in analysed}
    said = _Said()
    for s in exclude:
        said.add(analysed.get(s) or analyse_sentence(s))
    name_weight = _name_weights(doc)
    candidates = _candidates(doc, excluded_raw, excluded)
    chosen: list[_Span] = []
    budget = max_words
    while candidates and len(chosen) < limit:
        # Keep room in the word budget for the bullets still needed to reach three.
        reserve = max(0, min(MIN_BULLETS, limit) - len(chosen) - 1) * RESERVE_WORDS
        best = _best_span(candidates, said, budget - reserve, name_weight) or _best_span(
            candidates, said, budget, name_weight
        )
        if best is None:
            break
        chosen.append(best)
        budget -= best.n_words
        said.positions.add(best.sentence.position)
        said.add(best)
    chosen.sort(key=lambda s: s.sentence.position)
    return [s.text for s in chosen]


def _best_span(
    candidates: list[_Span], said: _Said, budget: int, name_weight: Counter[str]
) -> _Span | None:
    """The candidate adding the most facts per √word within ``budget`` words.

    A candidate that needs its antecedent comes only after the bullet that is it.
    """
    best: _Span | None = None
    best_value = 0.0
    for span in candidates:
        position = span.sentence.position
        if position in said.positions or span.n_words > budget:
            continue
        if span.needs_antecedent and position - 1 not in said.positions:
            continue
        if said.repeats(span):
            continue
        value = 0.0
        for name in span.names - said.names:
            value += NAME_WEIGHT + 0.5 * math.log(name_weight.get(name, 1))
        value += NUMBER_WEIGHT * len(span.numbers - said.numbers)
        value += DATE_WEIGHT * min(span.dates, 2) + (MONEY_WEIGHT if span.money else 0.0)
        value += TERM_WEIGHT * len(span.terms - said.terms)
        value /= 1.0 + POSITION_DECAY * position
        value /= math.sqrt(max(span.n_words, 8))
        if span.cut:
            value *= CUT_DISCOUNT
        if value > best_value:
            best_value, best = value, span
    return best
