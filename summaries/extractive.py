"""Single-article extractive summaries: our news-aware ranker, Lead-N and sumy's methods.

``summarize(text, title, sentences, method)`` returns sentences verbatim from the
cleaned article, in article order. All methods rank the same candidate sentences:
the article after :func:`summaries.text.clean_text`, with boilerplate (bylines,
captions, share prompts, the repeated headline …) dropped.

The ``"ours"`` ranker
---------------------
News puts its main facts first, so Lead-3 is a hard baseline. Our ranker keeps a
strong position prior and lets a later sentence replace a lead sentence only when it
is clearly better. Each of the first ``sentences + 4`` sentences gets

    score = -1.5·ln(1 + position)
            + 0.15·z(centrality) + 0.1·z(fact density) + 1.0·z(title overlap)
            - length penalty (beyond 30 words, or under 8)
            - 0.5 for a question - 0.5 for a sentence opening with a quotation

where centrality is the cosine between the sentence's stemmed content terms and the
rest of the article, fact density is the share of names, numbers and dates among its
words, title overlap is the cosine with the headline (when given), and ``z`` standardises
a feature over the candidate window. The chosen set maximises the sum of scores minus
0.25 × the pairwise cosine of the chosen sentences (redundancy control), by exhaustive
search over the window (at most a few hundred subsets) or greedily beyond that. A
sentence with a cosine of 0.8 or more to an earlier one (a caption restating the lead,
a repeated paragraph) is never chosen. Two sentences that say the same thing — a
figure in common (:mod:`summaries.figures`: "4,800 hectares" twice, "13%" in the lead
and in the caption glued to it), a cosine of 0.7 or more, or a quotation holding 60% of
the other's terms ("\"… she should lose all her titles,\" said Lindqvist" after the lead
that reported it) — are never chosen together, and a sentence that opens with a pronoun
or connective ("He said …", "However, …"; :func:`summaries.discourse.needs_antecedent`)
only together with the sentence before it, and a lead-in ending with a colon ("The plan
has three parts:") only with the sentence after it. When these rules leave too few
sentences in the window, the window grows; an article that says everything twice gets a
shorter summary. The weights suit the default of 3 sentences: on the CNN/DailyMail dev
set the ranker ties Lead-2 at 2 sentences and, at 4, trades ROUGE-2 for ROUGE-1 (see the
README's Summaries section).

Cost and limits: the article is read up to ``summaries.document.MAX_CHARS`` characters
and ``MAX_SENTENCES`` sentences, sentences are at most 80 words, and the ranking looks
at ``sentences + 4`` candidates, so a 5 MB text costs what its first 100,000 characters
cost. Empty text gives ``[]``; a text without punctuation is cut into ≤ 80-word pieces.

Other languages: cleaning and splitting work on any script that uses sentence
punctuation; stop words and stemming are English-only, so for other languages the
ranker relies on position, length and plain word overlap (expect close to Lead-N).
sumy's methods use English stemming and stop words regardless of the language.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence

from summaries.document import Document, Sentence, contained, cosine, prepare
from summaries.figures import shares_figure
from summaries.sumy_methods import SUMY_METHODS, sumy_summarize

METHODS: tuple[str, ...] = ("ours", "lead3", *SUMY_METHODS)
"""Method names accepted by :func:`summarize` ("lead3" takes the first N sentences)."""

# Weights of the "ours" ranker (see the module docstring). Chosen on half of a small
# CNN/DailyMail dev set and checked on the other half and on BBC News.
POSITION_WEIGHT = 1.5
CENTRALITY_WEIGHT = 0.15
DENSITY_WEIGHT = 0.1
TITLE_WEIGHT = 1.0
LONG_WORDS = 30
SHORT_WORDS = 8
LENGTH_WEIGHT = 1.0
QUESTION_PENALTY = 0.5
QUOTE_PENALTY = 0.5
# Half a quotation read alone is confusing; take one only when nothing else is left.
BROKEN_QUOTE_PENALTY = 3.0
REDUNDANCY_WEIGHT = 0.25
EXTRA_CANDIDATES = 4
MAX_SUBSETS = 500
DUPLICATE_SIMILARITY = 0.8
# Two chosen sentences this alike say the same thing even without a figure in common.
SAME_THING_SIMILARITY = 0.7
# A quotation holding this share of another chosen sentence's terms restates it ("Pound
# says Jones should be stripped of her medals" and "\"… she should be stripped of all her
# medals,\" said Pound").
QUOTE_RESTATES = 0.6
_QUOTE_MARK = re.compile('["“”]')
MAX_WINDOW = 60


def _zscores(values: list[float]) -> list[float]:
    n = len(values)
    if n < 2:
        return [0.0] * n
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / n
    if var <= 1e-12:
        return [0.0] * n
    sd = math.sqrt(var)
    return [(v - mean) / sd for v in values]


def _centrality(vec: Counter[str], doc: dict[str, int], doc_sq: int) -> float:
    """Cosine between a sentence's term vector and the rest of the document."""
    if not vec:
        return 0.0
    dot = 0
    own_sq = 0
    cross = 0
    for term, v in vec.items():
        d = doc.get(term, 0)
        dot += v * (d - v)
        own_sq += v * v
        cross += d * v
    rest_sq = doc_sq - 2 * cross + own_sq
    if dot <= 0 or rest_sq <= 0:
        return 0.0
    return dot / math.sqrt(own_sq * rest_sq)


def fact_density(sentence: Sentence) -> float:
    """Share of a sentence's words that are names, numbers or dates."""
    if not sentence.n_words:
        return 0.0
    facts = len(sentence.names) + len(sentence.numbers) + sentence.dates
    return min(facts / sentence.n_words, 1.0)


def sentence_scores(doc: Document, window: int) -> list[float]:
    """Scores of the first ``window`` sentences of ``doc`` under the "ours" ranker."""
    cands = doc.sentences[:window]
    vecs = [Counter(s.terms) for s in cands]
    doc_sq = sum(v * v for v in doc.term_counts.values())
    cent = _zscores([_centrality(v, doc.term_counts, doc_sq) for v in vecs])
    dens = _zscores([fact_density(s) for s in cands])
    if doc.title_terms:
        title_vec = Counter(doc.title_terms)
        title = _zscores([cosine(v, title_vec) for v in vecs])
    else:
        title = [0.0] * len(cands)
    scores: list[float] = []
    for i, s in enumerate(cands):
        length_pen = max(s.n_words - LONG_WORDS, 0) / LONG_WORDS
        length_pen += max(SHORT_WORDS - s.n_words, 0) / SHORT_WORDS
        score = (
            -POSITION_WEIGHT * math.log1p(s.position)
            + CENTRALITY_WEIGHT * cent[i]
            + DENSITY_WEIGHT * dens[i]
            + TITLE_WEIGHT * title[i]
            - LENGTH_WEIGHT * length_pen
            - QUESTION_PENALTY * s.is_question
            - QUOTE_PENALTY * s.starts_with_quote
            - BROKEN_QUOTE_PENALTY * s.broken_quote
        )
        scores.append(score)
    return scores


def select(
    scores: Sequence[float],
    similarity: Sequence[Sequence[float]],
    count: int,
    redundancy: float = REDUNDANCY_WEIGHT,
    conflicts: Sequence[Sequence[bool]] | None = None,
    antecedents: Sequence[int | None] | None = None,
) -> list[int]:
    """Indices maximising Σ score − redundancy·Σ pairwise similarity, in ascending order.

    Sentences at least ``DUPLICATE_SIMILARITY`` similar to an earlier one are skipped.
    Two sentences marked in ``conflicts`` (they say the same thing) are never chosen
    together, and a sentence ``i`` with ``antecedents[i] = j`` is chosen only with ``j``.

    Exhaustive over all subsets when there are at most ``MAX_SUBSETS`` of them, greedy
    (maximal marginal relevance) otherwise; fewer than ``count`` indices come back when
    the constraints leave too few sentences.
    """
    n = len(scores)
    # A sentence that repeats an earlier one (a caption restating the lead, a
    # duplicated paragraph) is never a candidate.
    allowed = [
        i for i in range(n) if all(similarity[i][j] < DUPLICATE_SIMILARITY for j in range(i))
    ]
    clash = conflicts or [[False] * n for _ in range(n)]
    needs = antecedents or [None] * n
    # Bit masks: the sentences each one clashes with, and the one it needs.
    clash_mask = [sum(1 << j for j in range(n) if clash[i][j]) for i in range(n)]
    need_mask = [0 if need is None else 1 << need for need in needs]
    constrained = any(clash_mask[i] or need_mask[i] for i in allowed)

    def fits(i: int, chosen: Sequence[int]) -> bool:
        return not any(clash[i][j] for j in chosen)

    if count <= 0:
        return []
    if math.comb(len(allowed), min(count, len(allowed))) <= MAX_SUBSETS:
        for size in range(min(count, len(allowed)), 0, -1):
            best: tuple[int, ...] | None = None
            best_value = -math.inf
            for subset in itertools.combinations(allowed, size):
                if constrained and not _valid(subset, clash_mask, need_mask):
                    continue
                value = sum([scores[i] for i in subset])
                if redundancy:
                    value -= redundancy * sum(
                        [similarity[i][j] for i, j in itertools.combinations(subset, 2)]
                    )
                if value > best_value:
                    best_value = value
                    best = subset
            if best is not None:
                return list(best)
        return []
    chosen: list[int] = []
    while len(chosen) < count:
        eligible = [
            i
            for i in allowed
            if i not in chosen and fits(i, chosen) and (needs[i] is None or needs[i] in chosen)
        ]
        if not eligible:
            break
        pick = max(
            eligible,
            key=lambda i: scores[i] - redundancy * sum(similarity[i][j] for j in chosen),
        )
        chosen.append(pick)
    return sorted(chosen)


def _valid(subset: Sequence[int], clash_mask: Sequence[int], need_mask: Sequence[int]) -> bool:
    """No two members clash and every member's antecedent is a member (bit masks)."""
    members = 0
    for i in subset:
        members |= 1 << i
    return not any(clash_mask[i] & members or need_mask[i] & ~members for i in subset)


def conflict_matrix(
    sentences: Sequence[Sentence], similarity: Sequence[Sequence[float]]
) -> list[list[bool]]:
    """Pairs that say the same thing: a figure in common, ``SAME_THING_SIMILARITY`` alike,
    or a quotation restating the other (``QUOTE_RESTATES``)."""
    figs = [s.figures for s in sentences]
    terms = [frozenset(s.terms) for s in sentences]
    quoted = [bool(_QUOTE_MARK.search(s.text)) for s in sentences]
    n = len(sentences)
    out = [[False] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            if (
                similarity[i][j] >= SAME_THING_SIMILARITY
                or shares_figure(figs[i], figs[j])
                or ((quoted[i] or quoted[j]) and contained(terms[i], terms[j]) >= QUOTE_RESTATES)
            ):
                out[i][j] = out[j][i] = True
    return out


def similarity_matrix(sentences: Sequence[Sentence]) -> list[list[float]]:
    """Pairwise cosine similarity of the sentences' content terms."""
    vecs = [Counter(s.terms) for s in sentences]
    norms = [math.sqrt(sum([v * v for v in vec.values()])) for vec in vecs]
    n = len(vecs)
    sim = [[0.0] * n for _ in range(n)]
    for i in range(n):
        a = vecs[i]
        if not a:
            continue
        for j in range(i + 1, n):
            b = vecs[j]
            if not b:
                continue
            small, large = (a, b) if len(a) <= len(b) else (b, a)
            get = large.get
            dot = sum([v * get(k, 0) for k, v in small.items()])
            if dot:
                sim[i][j] = sim[j][i] = dot / (norms[i] * norms[j])
    return sim


def _needed(i: int, sentence: Sentence) -> int | None:
    """The sentence that sentence ``i`` is only chosen with: the one before for a pronoun
    or connective opening it, the one after for a lead-in ending with a colon ("The plan
    has three parts:", "She said:")."""
    if sentence.needs_antecedent:
        return i - 1
    return i + 1 if sentence.text.endswith(":") else None


def rank_ours(doc: Document, count: int) -> list[int]:
    """Indices (into ``doc.sentences``) of the "ours" summary, in article order."""
    n = len(doc.sentences)
    if count <= 0 or n == 0:
        return []
    if n <= count:
        return list(range(n))
    window = min(n, count + EXTRA_CANDIDATES)
    while True:
        cands = doc.sentences[:window]
        scores = sentence_scores(doc, window)
        sim = similarity_matrix(cands)
        conflicts = conflict_matrix(cands, sim)
        antecedents = [_needed(i, s) for i, s in enumerate(cands)]
        chosen = select(scores, sim, count, REDUNDANCY_WEIGHT, conflicts, antecedents)
        # Duplicates, repeats or sentences without their antecedent were skipped: widen
        # the window (bounded) to fill the summary.
        if len(chosen) >= count or window >= min(n, MAX_WINDOW):
            return chosen
        window = min(n, MAX_WINDOW, window * 2)


def summarize(
    text: str, title: str | None = None, sentences: int = 3, method: str = "ours"
) -> list[str]:
    """Summarize one article as ``sentences`` sentences, verbatim and in article order.

    ``method`` is one of :data:`METHODS`: ``"ours"`` (the news-aware ranker described
    in the module docstring), ``"lead3"`` (the first N sentences, whatever N is) or one
    of sumy's ``"lexrank"``, ``"textrank"``, ``"lsa"``, ``"luhn"``, ``"sumbasic"``.
    Returns ``[]`` for empty text; never raises on odd input (unknown methods raise
    ``ValueError``).
    """
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose from {', '.join(METHODS)}")
    if sentences <= 0 or not text or not text.strip():
        return []
    doc = prepare(text, title)
    if method == "lead3":
        return [s.text for s in doc.sentences[:sentences]]
    if method == "ours":
        return [doc.sentences[i].text for i in rank_ours(doc, sentences)]
    return sumy_summarize([s.text for s in doc.sentences], sentences, method)
