"""One summary for a story told by several articles (a cluster built by ingestion).

:func:`summarize_story` pools the lead sentences of every article, scores each with
the single-article ranker (position, centrality, fact density, title overlap, length,
quotes) plus how strongly the *other* articles support it (cosine with their term
vectors), and picks the best ones greedily while skipping any sentence that repeats a
fact already chosen (content-term cosine above ``REPEAT_SIMILARITY``). Key facts come
from the articles in order of their centrality, never repeating a summary sentence or
an earlier bullet. With one article the result is exactly
``summarize(text, title, n)`` plus ``key_facts(text, title, facts, exclude=…)``.

At most ``MAX_DOCS`` articles are read (the rest are still named in ``sources``), and
each contributes at most ``sentences + 4`` candidate sentences.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from summaries.document import Document, cosine, prepare
from summaries.extractive import EXTRA_CANDIDATES, sentence_scores, summarize
from summaries.keyfacts import DEFAULT_MAX_WORDS, key_facts
from summaries.text import content_terms

MAX_DOCS = 20
SUPPORT_WEIGHT = 3.0
REPEAT_SIMILARITY = 0.5


@dataclass(frozen=True, slots=True)
class Doc:
    """One article of a story."""

    source: str
    title: str
    text: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class StorySummary:
    """A story's summary: sentences with the index of the doc each came from."""

    sentences: tuple[str, ...]
    sentence_sources: tuple[int, ...]
    facts: tuple[str, ...]
    sources: tuple[str, ...]


def _distinct(items: Sequence[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        if item and item not in seen:
            seen[item] = None
    return tuple(seen)


def _mostly_repeats(text: str, seen: Sequence[str]) -> bool:
    terms = set(content_terms(text))
    if not terms:
        return False
    for other in seen:
        other_terms = set(content_terms(other))
        if other_terms and len(terms & other_terms) / len(terms) >= 0.6:
            return True
    return False


def summarize_story(docs: Sequence[Doc], sentences: int = 3, facts: int = 4) -> StorySummary:
    """Summarize a cluster of articles about one story, naming its sources.

    Returns the most central sentences across the articles without repeating a fact,
    ``sentence_sources`` giving for each sentence the index into ``docs`` of its
    article, up to ``facts`` key-fact bullets, and the distinct sources in ``docs``
    order.
    """
    sources = _distinct([d.source for d in docs])
    if not docs:
        return StorySummary((), (), (), sources)
    if len(docs) == 1:
        only = docs[0]
        lines = summarize(only.text, only.title or None, sentences)
        found = key_facts(only.text, only.title or None, facts, exclude=lines)
        return StorySummary(tuple(lines), (0,) * len(lines), tuple(found), sources)

    prepared: list[Document] = [prepare(d.text, d.title or None) for d in docs[:MAX_DOCS]]
    doc_vectors = [Counter(p.term_counts) for p in prepared]

    # (score, doc index, sentence position, text, term vector)
    pool: list[tuple[float, int, int, str, Counter[str]]] = []
    for d, prep in enumerate(prepared):
        window = min(len(prep.sentences), sentences + EXTRA_CANDIDATES)
        if window == 0:
            continue
        own = sentence_scores(prep, window)
        for i, sent in enumerate(prep.sentences[:window]):
            vec = Counter(sent.terms)
            others = [cosine(vec, doc_vectors[o]) for o in range(len(prepared)) if o != d]
            support = sum(others) / len(others) if others else 0.0
            pool.append((own[i] + SUPPORT_WEIGHT * support, d, i, sent.text, vec))

    pool.sort(key=lambda item: (-item[0], item[1], item[2]))
    chosen: list[tuple[float, int, int, str, Counter[str]]] = []
    for item in pool:
        if len(chosen) >= sentences:
            break
        if any(cosine(item[4], c[4]) > REPEAT_SIMILARITY for c in chosen):
            continue
        if any(item[3] == c[3] for c in chosen):
            continue
        chosen.append(item)

    summary = tuple(c[3] for c in chosen)
    summary_sources = tuple(c[1] for c in chosen)

    # Facts: articles in order of their centrality to the cluster.
    centrality = []
    for d, vec in enumerate(doc_vectors):
        others = [cosine(vec, doc_vectors[o]) for o in range(len(doc_vectors)) if o != d]
        centrality.append((-(sum(others) / len(others)) if others else 0.0, d))
    bullets: list[str] = []
    budget = DEFAULT_MAX_WORDS
    for _, d in sorted(centrality):
        if len(bullets) >= facts or budget <= 0:
            break
        doc_in = docs[d]
        for bullet in key_facts(
            doc_in.text,
            doc_in.title or None,
            facts - len(bullets),
            exclude=[*summary, *bullets],
            max_words=budget,
        ):
            if len(bullets) >= facts:
                break
            if _mostly_repeats(bullet, [*summary, *bullets]):
                continue
            bullets.append(bullet)
            budget -= len(bullet.split())
    return StorySummary(summary, summary_sources, tuple(bullets), sources)
