"""One summary for a story told by several articles (a cluster built by ingestion).

:func:`summarize_story` pools the lead sentences of every article, scores each with
the single-article ranker (position, centrality, fact density, title overlap, length,
quotes) plus how strongly the *other* articles support it (cosine with their term
vectors), and picks the best ones greedily while skipping any sentence that repeats a
fact already chosen (a figure in common, see :mod:`summaries.figures`, or a
content-term cosine above ``REPEAT_SIMILARITY``). A sentence that opens with a
pronoun or connective is chosen only after the sentence before it in its article, and
is shown right after it. Key facts come from the articles in order of their
centrality, never repeating what a summary sentence or an earlier bullet says. With
one article the result is :func:`summarize_article`: ``summarize(text, title, n)`` plus
``key_facts(text, title, facts, exclude=…)``. Either way a person's first bare surname
is then written in full (:mod:`summaries.people`).

At most ``MAX_DOCS`` articles are read (the rest are still named in ``sources``), and
each contributes at most ``sentences + 4`` candidate sentences.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from summaries.discourse import needs_antecedent
from summaries.document import Document, Sentence, cosine, prepare
from summaries.extractive import EXTRA_CANDIDATES, sentence_scores, summarize
from summaries.figures import Figure, shares_figure
from summaries.keyfacts import DEFAULT_MAX_WORDS, key_facts
from summaries.people import introduce_people
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


class _Candidate(NamedTuple):
    score: float
    doc: int
    sentence: Sentence
    vector: Counter[str]
    figures: frozenset[Figure]
    needs_antecedent: bool


def _choose(pool: list[_Candidate], count: int) -> list[_Candidate]:
    """The best ``count`` candidates that say different things, each after its antecedent.

    Greedy by score: a candidate is skipped when it states a figure of one already
    chosen or is ``REPEAT_SIMILARITY`` alike to one, and a sentence that opens with a
    pronoun or connective waits until the sentence before it (same article) is chosen.
    """
    chosen: list[_Candidate] = []
    taken: set[tuple[int, int]] = set()
    remaining = sorted(pool, key=lambda c: (-c.score, c.doc, c.sentence.position))
    progress = True
    while len(chosen) < count and progress:
        progress = False
        for cand in remaining:
            key = (cand.doc, cand.sentence.position)
            if key in taken:
                continue
            if cand.needs_antecedent and (cand.doc, key[1] - 1) not in taken:
                continue
            if any(
                cand.sentence.text == c.sentence.text
                or shares_figure(cand.figures, c.figures)
                or cosine(cand.vector, c.vector) > REPEAT_SIMILARITY
                for c in chosen
            ):
                continue
            chosen.append(cand)
            taken.add(key)
            progress = True
            break
    return _after_antecedents(chosen)


def _after_antecedents(chosen: list[_Candidate]) -> list[_Candidate]:
    """Chosen order, except that a sentence leaning on the one before follows it directly."""
    dependants = {(c.doc, c.sentence.position - 1): c for c in chosen if c.needs_antecedent}
    ordered: list[_Candidate] = []
    for cand in chosen:
        if cand.needs_antecedent:
            continue
        ordered.append(cand)
        follower = dependants.get((cand.doc, cand.sentence.position))
        while follower is not None:
            ordered.append(follower)
            follower = dependants.get((follower.doc, follower.sentence.position))
    return ordered


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
        lines, found = summarize_article(only.text, only.title or None, sentences, facts)
        return StorySummary(tuple(lines), (0,) * len(lines), tuple(found), sources)

    prepared: list[Document] = [prepare(d.text, d.title or None) for d in docs[:MAX_DOCS]]
    doc_vectors = [Counter(p.term_counts) for p in prepared]

    pool: list[_Candidate] = []
    for d, prep in enumerate(prepared):
        window = min(len(prep.sentences), sentences + EXTRA_CANDIDATES)
        if window == 0:
            continue
        own = sentence_scores(prep, window)
        for i, sent in enumerate(prep.sentences[:window]):
            vec = Counter(sent.terms)
            others = [cosine(vec, doc_vectors[o]) for o in range(len(prepared)) if o != d]
            support = sum(others) / len(others) if others else 0.0
            pool.append(
                _Candidate(
                    own[i] + SUPPORT_WEIGHT * support,
                    d,
                    sent,
                    vec,
                    sent.figures,
                    sent.needs_antecedent,
                )
            )

    chosen = _choose(pool, sentences)
    summary = tuple(c.sentence.text for c in chosen)
    summary_sources = tuple(c.doc for c in chosen)

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
        skipped = False
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
                skipped = True
                continue
            # A bullet leaning on the one before is kept only with it.
            if needs_antecedent(bullet) and skipped:
                continue
            skipped = False
            bullets.append(bullet)
            budget -= len(bullet.split())
    named = introduce_people([*summary, *bullets], [d.text for d in docs[:MAX_DOCS]], docs[0].title)
    return StorySummary(
        tuple(named[: len(summary)]), summary_sources, tuple(named[len(summary) :]), sources
    )


def summarize_article(
    text: str, title: str | None, sentences: int = 3, facts: int = 4
) -> tuple[list[str], list[str]]:
    """The summary sentences and key-fact bullets of one article, as a digest shows them
    (a person's first bare surname written in full)."""
    summary = summarize(text, title, sentences)
    bullets = key_facts(text, title, facts, exclude=summary)
    named = introduce_people([*summary, *bullets], [text], title or "")
    return named[: len(summary)], named[len(summary) :]
