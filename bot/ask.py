"""Questions answered from stored articles, each sentence with its source, or nothing.

Retrieval is FTS5 BM25 over the question's content words; answer sentences are
the stored sentences that cover most of the question's terms. Below the
relevance threshold the answer is empty: the bot says nothing stored answers
the question rather than returning a loosely related sentence.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime

from bot.store import MatchRow, Store
from summaries.text import STOP_WORDS, split_sentences, stem, words

QUESTION_WORDS = frozenset(
    {"who", "whom", "whose", "what", "when", "where", "which", "why", "how", "many", "much"}
)
CANDIDATES = 20
MAX_ANSWERS = 3
MIN_COVERAGE = 0.6


@dataclass(frozen=True)
class AnswerSentence:
    """One sentence of an answer and where it came from."""

    text: str
    article_id: int
    title: str
    url: str | None
    source: str
    published: datetime | None


@dataclass(frozen=True)
class Answer:
    """The answer to a question: empty when nothing stored answers it."""

    question: str
    sentences: tuple[AnswerSentence, ...] = ()


def question_terms(question: str) -> list[str]:
    """The question's content words (lower-case, unstemmed, no stop or question words)."""
    out: list[str] = []
    for word in words(question):
        if word in STOP_WORDS or word in QUESTION_WORDS or len(word) < 2 or word in out:
            continue
        out.append(word)
    return out[:16]


def fts_any(terms: list[str]) -> str:
    """An FTS5 query matching any of the terms, each quoted so none is syntax."""
    return " OR ".join('"' + t.replace('"', "") + '"' for t in terms)


def pick_sentences(terms: list[str], matches: list[MatchRow]) -> list[AnswerSentence]:
    """The sentences covering most question terms, best first, above the threshold."""
    stems = {stem(t) for t in terms}
    scored: list[tuple[float, int, AnswerSentence]] = []
    for position, match in enumerate(matches):
        art = match.article
        for sentence in split_sentences(art.text):
            present = stems & {stem(w) for w in words(sentence)}
            coverage = len(present) / len(stems)
            if coverage < MIN_COVERAGE or len(present) < min(2, len(stems)):
                continue
            score = coverage - 0.01 * position
            scored.append(
                (
                    score,
                    -position,
                    AnswerSentence(
                        sentence,
                        art.id,
                        art.title,
                        art.url,
                        art.source,
                        art.published_at or art.fetched_at,
                    ),
                )
            )
    scored.sort(key=lambda item: (-item[0], -item[1]))
    chosen: list[AnswerSentence] = []
    for _score, _pos, candidate in scored:
        if all(candidate.text != c.text for c in chosen):
            chosen.append(candidate)
        if len(chosen) == MAX_ANSWERS:
            break
    return chosen


async def ask(store: Store, question: str) -> Answer:
    """Answer a question from stored articles; an empty Answer when nothing does."""
    terms = question_terms(question)
    if not terms:
        return Answer(question)
    matches = await store.match_articles(fts_any(terms), limit=CANDIDATES)
    chosen = await asyncio.to_thread(pick_sentences, terms, matches)
    return Answer(question, tuple(chosen))
