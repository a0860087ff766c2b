"""Key-fact bullets: the who / what / when / how-many of a story, taken verbatim.

Each bullet is a whole sentence of the article or a trimmed clause of one: a prefix
of the sentence (at least ``MIN_CLAUSE_WORDS`` words) cut at a comma, semicolon or
dash or before a subordinate clause ("after", "which", "because", …), so its words are
the source's words in the source's order and it keeps its subject. Bullets are at
most ``MAX_BULLET_WORDS`` words and all bullets together at most ``max_words`` words
(60 by default); while fewer than three are chosen, room is kept for the rest.

What is never a bullet: a question; a quotation without its speaker (a sentence that
opens with a quotation mark, closes a quotation it did not open, follows a sentence
that left a quotation open or ended with a colon, or a trimmed clause that would cut a
quotation); a sentence ending with a colon; captions ("Flying high: …", "(left)");
bylines and other boilerplate (dropped when the article is prepared); and anything
that repeats the ``exclude`` sentences (the summary already shown): the sentences
themselves and any candidate whose content terms are mostly (60 %) covered by them.

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

from summaries.document import Document, Sentence, analyse_sentence, prepare

MAX_BULLET_WORDS = 25
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

# Where a leading clause may end: a comma, semicolon or dash, or just before a
# subordinate clause ("… on Friday after police found …"). Never before "and" / "or"
# (that could drop items of a list) or "that" (it would cut what was said).
_CLAUSE_END_RE = re.compile(
    r"[,;](?=\s)|\s[–—-](?=\s)|\s(?=(?:after|while|when|which|who|because|before|following|"
    r"despite|amid|but|since|although|though|until|where|whereas)\s)"
)
_CAPTION_RE = re.compile(
    r"\((?:left|right|centre|center|pictured|above|below|top|bottom|inset|file)\b[^)]*\)"
    r"|^[^\s:]+(?:\s[^\s:]+){0,3}:\s",
    re.I,
)
_TRAILING = " ,;:–—-"
_SUBORDINATORS = frozenset(
    [
        "after",
        "although",
        "as",
        "because",
        "before",
        "despite",
        "following",
        "if",
        "once",
        "since",
        "though",
        "unless",
        "until",
        "when",
        "whenever",
        "where",
        "whereas",
        "while",
        "with",
        "without",
    ]
)


class _Span(NamedTuple):
    text: str
    sentence: Sentence
    n_words: int
    terms: frozenset[str]
    names: frozenset[str]
    numbers: frozenset[str]
    dates: int
    money: bool


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


def _make_span(text: str, sentence: Sentence) -> _Span:
    info = sentence if text == sentence.text else analyse_sentence(text, sentence.position)
    return _Span(
        text=text,
        sentence=sentence,
        n_words=_word_count(text),
        terms=frozenset(info.terms),
        names=info.names,
        numbers=info.numbers,
        dates=info.dates,
        money=info.money,
    )


def _candidates(doc: Document, excluded_raw: set[str], excluded: set[str]) -> list[_Span]:
    """Spans that may become bullets: whole sentences or their leading clause.

    A sentence is skipped when it is a question, opens with a quotation, is a
    quotation fragment (it closes a quotation it did not open — "… the end,' he told
    MUTV." — or follows a sentence that opened one, or that ends with a colon), is a
    caption, does not start like a sentence, or is one of ``excluded``. Closing quotes
    count only next to punctuation, so plural possessives ("players' coach") do not.
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
            or text.endswith(":")
            or not (text[:1].isupper() or text[:1].isdigit())
            or text in excluded_raw
            or (excluded and _normalise(text) in excluded)
            or _CAPTION_RE.search(text)
        ):
            continue
        if _word_count(text) <= MAX_BULLET_WORDS:
            if _balanced_upto(text, len(text), opens, closes):
                out.append(_make_span(text, sent))
            continue
        if text.split(" ", 1)[0].lower().strip(",") in _SUBORDINATORS:
            continue  # its leading clause would not stand on its own
        best: str | None = None
        for m in _CLAUSE_END_RE.finditer(text):
            end = m.start()
            prefix = text[:end].rstrip(_TRAILING)
            count = _word_count(prefix)
            if count > MAX_BULLET_WORDS:
                break
            if count >= MIN_CLAUSE_WORDS and _balanced_upto(text, end, opens, closes):
                best = prefix
        if best:
            out.append(_make_span(best, sent))
    return out


def _name_weights(doc: Document) -> Counter[str]:
    counts: Counter[str] = Counter()
    for sent in doc.sentences:
        counts.update(sent.names)
    return counts


def key_facts(
    text: str,
    title: str | None = None,
    limit: int = 5,
    exclude: Sequence[str] = (),
    max_words: int = DEFAULT_MAX_WORDS,
) -> list[str]:
    """Up to ``limit`` key-fact bullets (3 to 5 for a normal article), in article order.

    ``exclude`` holds the summary sentences already shown: no bullet repeats one of
    them. Bullets are verbatim sentences or clause prefixes of at most 25 words, and
    together at most ``max_words`` words. Returns ``[]`` for empty text.
    """
    if limit <= 0 or not text or not text.strip():
        return []
    doc = prepare(text, title)
    if not doc.sentences:
        return []
    analysed = {sent.text: sent for sent in doc.sentences}
    excluded_raw = set(exclude)
    excluded = {_normalise(s) for s in exclude if s not in analysed}
    covered_terms: set[str] = set()
    covered_names: set[str] = set()
    covered_numbers: set[str] = set()
    for s in exclude:
        frag = analysed.get(s) or analyse_sentence(s)
        covered_terms.update(frag.terms)
        covered_names.update(frag.names)
        covered_numbers.update(frag.numbers)
    name_weight = _name_weights(doc)
    candidates = _candidates(doc, excluded_raw, excluded)
    chosen: list[_Span] = []
    budget = max_words
    used_sentences: set[int] = set()
    while candidates and len(chosen) < limit:
        # Keep room in the word budget for the bullets still needed to reach three.
        reserve = max(0, min(MIN_BULLETS, limit) - len(chosen) - 1) * RESERVE_WORDS
        best = _best_span(
            candidates,
            used_sentences,
            budget - reserve,
            covered_terms,
            covered_names,
            covered_numbers,
            name_weight,
        ) or _best_span(
            candidates,
            used_sentences,
            budget,
            covered_terms,
            covered_names,
            covered_numbers,
            name_weight,
        )
        if best is None:
            break
        chosen.append(best)
        budget -= best.n_words
        used_sentences.add(best.sentence.position)
        covered_terms.update(best.terms)
        covered_names.update(best.names)
        covered_numbers.update(best.numbers)
    chosen.sort(key=lambda s: s.sentence.position)
    return [s.text for s in chosen]


def _best_span(
    candidates: list[_Span],
    used_sentences: set[int],
    budget: int,
    covered_terms: set[str],
    covered_names: set[str],
    covered_numbers: set[str],
    name_weight: Counter[str],
) -> _Span | None:
    """The candidate adding the most facts per √word within ``budget`` words."""
    best: _Span | None = None
    best_value = 0.0
    for span in candidates:
        if span.sentence.position in used_sentences or span.n_words > budget:
            continue
        if span.terms:
            repeat = len(span.terms & covered_terms) / len(span.terms)
            if repeat >= REPEAT_THRESHOLD:
                continue
        value = 0.0
        for name in span.names - covered_names:
            value += NAME_WEIGHT + 0.5 * math.log(name_weight.get(name, 1))
        value += NUMBER_WEIGHT * len(span.numbers - covered_numbers)
        value += DATE_WEIGHT * min(span.dates, 2) + (MONEY_WEIGHT if span.money else 0.0)
        value += TERM_WEIGHT * len(span.terms - covered_terms)
        value /= 1.0 + POSITION_DECAY * span.sentence.position
        value /= math.sqrt(max(span.n_words, 8))
        if value > best_value:
            best_value, best = value, span
    return best
