"""An article prepared once for ranking: clean sentences and their term statistics.

:func:`prepare` is what the single-article summarizer, the key-fact extractor and the
multi-document summarizer share. It is memoised on ``(text, title)`` so that
``summarize`` followed by ``key_facts`` on the same article splits and tokenizes it
only once.

Work is capped so that long or hostile input stays fast: at most ``MAX_CHARS``
characters of text are read (news puts its facts first) and at most
``MAX_SENTENCES`` sentences are kept, and every "sentence" is at most
``summaries.text.MAX_SENTENCE_WORDS`` words and ``MAX_SENTENCE_CHARS`` characters long.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from summaries.discourse import needs_antecedent
from summaries.figures import Figure, figures
from summaries.stopwords import STOP_WORDS
from summaries.text import (
    clean_text,
    has_boilerplate_hint,
    is_author_tail,
    is_boilerplate,
    is_title_repeat,
    list_items,
    normalise_title,
    split_clean_sentences,
    split_paragraphs,
    stem,
    strip_dateline,
    strip_inline_boilerplate,
    strip_list_markers,
)

MAX_CHARS = 100_000
"""Characters of an article that are read; the rest is ignored (about 15,000 words)."""

MAX_SENTENCES = 300
"""Sentences of an article that are kept for ranking, in article order."""

_TOKEN_RE = re.compile(r"[^\W_]+(?:['’.,:][^\W_]+)*")


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MONEY_RE = re.compile(r"[$£€¥]\s?\d|\d\s?(?:%|per\s?cent|million|billion|bn|m\b|k\b)", re.I)
_DATE_WORDS = _wordset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december jan feb mar apr jun jul aug "
    "sep sept oct nov dec today yesterday tonight tomorrow"
)


class Sentence(NamedTuple):
    """One sentence with the statistics the rankers use (a NamedTuple: cheap to build)."""

    text: str
    position: int
    n_words: int
    terms: tuple[str, ...]
    """Stems of content words, in order (stop words removed)."""
    names: frozenset[str]
    """Lowercased capitalised words that are not sentence-initial (people, places, …)."""
    numbers: frozenset[str]
    """Number tokens ("3.5", "1,000", "2015")."""
    dates: int
    """Count of weekday, month and relative-day words."""
    money: bool
    is_question: bool
    starts_with_quote: bool
    broken_quote: bool
    """Part of a quotation cut by the sentence split: its opening or closing mark is missing."""

    # Computed on use, not stored: only the few sentences a ranker looks at need them.
    @property
    def figures(self) -> frozenset[Figure]:
        """The figures it states (see :mod:`summaries.figures`): no two chosen lines share one."""
        return figures(self.text) if self.numbers else frozenset()

    @property
    def needs_antecedent(self) -> bool:
        """Opens with a pronoun or connective: readable only after the sentence before it."""
        return self.position > 0 and needs_antecedent(self.text)


@dataclass(frozen=True, slots=True)
class Document:
    """A prepared article: its sentences and its content-term frequencies."""

    sentences: tuple[Sentence, ...]
    title_terms: tuple[str, ...]
    term_counts: dict[str, int]
    """Content-term frequencies over all kept sentences."""


_OPEN_QUOTES = "\"“‘'«"


# Per-token facts, cached: (lowercase form, kind, content stem or "").
# kind: 1 = number, 2 = capitalised word that is not a stop word, 0 = other; +4 = date word.
_TOKEN_CACHE: dict[str, tuple[str, int, str]] = {}
_TOKEN_CACHE_MAX = 200_000


def _token_info(tok: str) -> tuple[str, int, str]:
    low = tok.lower().replace("’", "'").rstrip(".")
    first = tok[0]
    kind = 0
    if first.isdigit():
        kind = 1
    elif first.isupper() and low not in STOP_WORDS:
        kind = 2
    if low in _DATE_WORDS:
        kind += 4
    term = ""
    if low not in STOP_WORDS and (len(low) >= 2 or low.isdigit()):
        term = stem(low)
    info = (low, kind, term)
    if len(_TOKEN_CACHE) >= _TOKEN_CACHE_MAX:
        _TOKEN_CACHE.clear()
    _TOKEN_CACHE[tok] = info
    return info


# Whitespace-separated chunks ("Locke's," "‘I’d") → the facts of the tokens inside,
# cached: splitting on spaces is much cheaper than a regex over every sentence.
_CHUNK_CACHE: dict[str, tuple[tuple[str, int, str], ...]] = {}


def _chunk_infos(chunk: str) -> tuple[tuple[str, int, str], ...]:
    cache_get = _TOKEN_CACHE.get
    infos = tuple(cache_get(tok) or _token_info(tok) for tok in _TOKEN_RE.findall(chunk))
    if len(_CHUNK_CACHE) >= _TOKEN_CACHE_MAX:
        _CHUNK_CACHE.clear()
    _CHUNK_CACHE[chunk] = infos
    return infos


def analyse_sentence(text: str, index: int = 0) -> Sentence:
    """Tokenize one sentence and collect the statistics the rankers use."""
    infos: list[tuple[str, int, str]] = []
    extend = infos.extend
    chunk_get = _CHUNK_CACHE.get
    for chunk in text.split():
        got = chunk_get(chunk)
        extend(got if got is not None else _chunk_infos(chunk))
    terms = tuple([info[2] for info in infos if info[2]])
    numbers: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    dates = 0
    if any([info[1] for info in infos]):
        numbers = frozenset([info[0] for info in infos if info[1] & 3 == 1])
        names = frozenset([info[0] for info in infos[1:] if info[1] & 3 == 2])
        dates = sum([1 for info in infos if info[1] & 4])
    stripped = text.rstrip()
    return Sentence(
        text=text,
        position=index,
        n_words=len(infos),
        terms=terms,
        names=names,
        numbers=numbers,
        dates=dates,
        money=bool(numbers) and bool(_MONEY_RE.search(text)),
        is_question="?" in stripped[-2:],
        starts_with_quote=stripped[:1] in _OPEN_QUOTES,
        broken_quote=has_broken_quote(stripped),
    )


def has_broken_quote(text: str) -> bool:
    """True when a sentence opens a quotation it does not close, or closes one it did not open."""
    if text.count('"') % 2:
        return True
    return text.count("“") != text.count("”")


# A question alone in its paragraph is a Q&A's heading ("Why are fees going up?"), not
# a sentence to summarize with.
_HEADING_QUESTION = re.compile(r"[^.!?\n]{3,150}\?")
_LEAD_IN = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'’”])|^)\s*[^.!?]*:$")
_ABOUT = re.compile(r"About (?:[A-Z][\w&'’.-]*\s?){1,6}")


def _sentences(text: str, title: str | None) -> list[str]:
    cleaned = clean_text(text[:MAX_CHARS])
    paragraphs = split_paragraphs(cleaned)
    if title and paragraphs:
        key = normalise_title(title)
        if is_title_repeat(paragraphs[0], key):
            paragraphs = paragraphs[1:]
    # A press release's "About Harbourline Energy" closes the news: what follows is the
    # company's standing description and contacts.
    about = next((i for i, p in enumerate(paragraphs) if i >= 2 and _ABOUT.fullmatch(p)), None)
    paragraphs = paragraphs[:about]
    kept: list[str] = []
    items = list_items(paragraphs)
    # A list of notes without full stops ("- First power expected in 2029") is no text to
    # quote, and neither is the lead-in ending with a colon that opens it.
    notes = [
        item and "\n" not in p and p.count(" ") < 20 and not _SENTENCE_END_RE.search(p)
        for p, item in zip(paragraphs, items, strict=True)
    ]
    for i, (para, item) in enumerate(zip(paragraphs, items, strict=True)):
        if notes[i]:
            continue
        if i + 1 < len(notes) and notes[i + 1] and para.endswith(":"):
            para = _LEAD_IN.sub("", para)  # (the sentences before it stay)
        para = strip_dateline(para)
        para = strip_inline_boilerplate(strip_list_markers(para) if item else para)
        if para and not is_boilerplate(para) and not _HEADING_QUESTION.fullmatch(para):
            kept.append(para)
    joined = "\n\n".join(kept)
    out = split_clean_sentences(joined)
    if has_boilerplate_hint(joined):
        out = [s for s in out if not is_boilerplate(s)]
    # An author bio or contact line closing the article.
    while len(out) > 1 and len(out) < MAX_SENTENCES and is_author_tail(out[-1]):
        out.pop()
    # A headline repeated as the first sentence of the first paragraph.
    if title and out and is_title_repeat(out[0], normalise_title(title)):
        out = out[1:]
    return out[:MAX_SENTENCES]


HEADLINE_MAX_WORDS = 25
_BLANK_LINE_RE = re.compile(r"[^\S\n]*\r?\n[^\S\n]*\r?\n")
_SENTENCE_END_RE = re.compile(r"[.!?:;…][\"'’”)\]]*$")


def split_headline(text: str) -> tuple[str | None, str]:
    """``(headline, rest)`` when ``text`` opens with a headline line, else ``(None, text)``.

    A headline line is the first line, followed by a blank line, without final
    punctuation, at most ``HEADLINE_MAX_WORDS`` words and not page furniture (a byline
    is not a headline) — the shape of plain-text and JSONL articles that carry their
    title in the text.
    """
    body = text.lstrip()
    first, sep, rest = body.partition("\n")
    line = " ".join(first.split())
    if (
        not sep
        or not line
        or not _BLANK_LINE_RE.match("\n" + rest)
        or not rest.strip()
        or _SENTENCE_END_RE.search(line)
        or line.count(" ") >= HEADLINE_MAX_WORDS
        or is_boilerplate(line)
    ):
        return None, text
    return line, rest


@lru_cache(maxsize=16)
def prepare(text: str, title: str | None = None) -> Document:
    """Clean, split and analyse an article (memoised; the result is immutable).

    Without a ``title``, a headline line opening the text (:func:`split_headline`) is
    taken as the title: it is not a sentence of the article, and it steers the ranking.
    """
    if not title:
        headline, body = split_headline(text[:MAX_CHARS])
        if headline is not None:
            return prepare(body, headline)
    sentences = tuple(analyse_sentence(s, i) for i, s in enumerate(_sentences(text, title)))
    counts: Counter[str] = Counter()
    for sent in sentences:
        counts.update(sent.terms)
    title_terms: tuple[str, ...] = ()
    if title:
        title_terms = analyse_sentence(clean_text(title), 0).terms
    return Document(sentences=sentences, title_terms=title_terms, term_counts=dict(counts))


def cosine(a: Counter[str] | dict[str, int], b: Counter[str] | dict[str, int]) -> float:
    """Cosine similarity of two term-count vectors."""
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    get = b.get
    dot = sum([v * get(k, 0) for k, v in a.items()])
    if not dot:
        return 0.0
    na = math.sqrt(sum([v * v for v in a.values()]))
    nb = math.sqrt(sum([v * v for v in b.values()]))
    return dot / (na * nb)


def contained(a: frozenset[str], b: frozenset[str], min_terms: int = 3) -> float:
    """The share of the smaller set's terms that the other holds: how much of one line the
    other restates (0.0 when the smaller has fewer than ``min_terms``, too few to tell)."""
    small = min(len(a), len(b))
    return len(a & b) / small if small >= min_terms else 0.0
