"""Questions answered from stored articles, each sentence with its source, or nothing.

1. **Analyse** the question (`bot.answers.question`): content terms, names as phrases, the
   entity type wanted (who/where/when/how many) and a time scope.
2. **Retrieve** with FTS5 BM25. Every term is quoted, so nothing the user typed is
   FTS5 syntax. Names must all match when the question has several (an AND of
   phrases, falling back to OR), and the most common words are left out of the
   index query when they would make it slow: BM25 gives them little weight anyway,
   and the sentence picker still counts them.
3. **Re-rank** the candidates by how well their best sentence answers the question
   (`bot.answers.judge`), with BM25, recency and the number of outlets carrying the
   story as lesser signals.
4. **Answer** with 1–3 sentences that cover most of the question's weighted terms,
   carry the wanted entity (a person's name for "who", a place, a time, a number)
   and do not repeat one another. Below the threshold the answer is empty: the bot
   says nothing stored answers the question rather than return a loosely related
   sentence.

The judge leans on one module per kind of evidence, each pure: `carries` (does a
sentence hold the entity asked for), `measures` (dates, figures, sums), `origins` (where
someone is from or based), `posts` (who holds a post), `speakers` (who said it), `ages`,
`timing` (what will happen or did), `wording` (a term said otherwise), `naming` (the
sentence that names the person a "who" answer speaks of) and `words` (forms of a word).
"""

from __future__ import annotations

import asyncio
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.answers.carries import carries
from bot.answers.entities import Sentence
from bot.answers.judge import NAME_WEIGHT, Candidate, judge_article
from bot.answers.question import Question, Term, TimeScope, analyze
from bot.answers.topics import TopicError, TopicQuery, parse_topic
from bot.models import Article, Owner, Reply, ReplyItem
from bot.render import shown
from bot.storage.ports import Articles
from bot.storage.query import AnyOf, Phrase, TextQuery
from bot.storage.records import MatchInfo
from summaries.document import has_broken_quote
from summaries.people import introduce_people

MAX_ANSWERS = 3
CANDIDATES = 200  # FTS5 matches taken from the index …
READ = 10  # … of which the best of this many stories are read …
COPIES = 2  # … this many articles of each …
TOP_ARTICLES = 8  # … and of the best this many matches, whatever their story, …
NEAR_TOP = 0.85  # … those whose rank is this share of the best one's (a big story's third copy)
POSTINGS_BUDGET = 25_000  # the index query leaves out common words beyond this many postings
RARE_SHARE = 0.03  # … and hold a word found in at most this share of articles …
RARE_MIN_DF = 3.0  # … (or this many, in a small store) …
MIN_MASS = 2.0  # … or words whose idf adds up to this many rare words' idf
BM25_WEIGHT = 0.3
RECENCY_WEIGHT = 0.15
RECENCY_DAYS = 7.0
SOURCES_WEIGHT = 0.03
FOLLOW_UP = 0.85  # further sentences must score this share of the best one
REDUNDANT = 0.6  # word-set overlap above which a sentence repeats an earlier one


@dataclass(frozen=True)
class AnswerSentence:
    """One sentence of an answer and where it came from."""

    text: str
    article_id: int
    title: str
    url: str | None
    source: str
    published: datetime | None
    score: float = 0.0


@dataclass(frozen=True)
class Answer:
    """The answer to a question: empty when nothing stored answers it.

    `problem` is a one-line usage message when the question itself cannot be used;
    `scope` names the time scope that narrowed the search ("this week").
    """

    question: str
    sentences: tuple[AnswerSentence, ...] = ()
    problem: str | None = None
    scope: str | None = None


async def ask(
    store: Articles,
    question: str,
    scope: str | None = None,
    *,
    now: datetime | None = None,
    max_answers: int = MAX_ANSWERS,
    reader: Owner | None = None,
) -> Answer:
    """Answer a question from the stored articles `reader` may read (None: all);
    an empty Answer when nothing does.

    `scope` is a topic query (the `/news subscribe` grammar) that narrows the
    search; time scopes come from the question ("this week", "since 2026-11-01").
    """
    now = now or datetime.now(UTC)
    q = analyze(question, now)
    label = q.scope.label if q.scope else None
    if q.problem:
        return Answer(question, problem=q.problem, scope=label)
    topic: TopicQuery | None = None
    if scope:
        try:
            topic = parse_topic(scope)
        except TopicError as exc:
            return Answer(question, problem=f"{exc}.", scope=label)
    total = await store.article_count()
    if total == 0:
        return Answer(question, scope=label)
    counts = await store.document_counts(sorted({t.index_key for t in q.terms}))
    weights = term_weights(q.terms, counts, total)
    min_id = None
    if q.scope and q.scope.since:
        min_id = await store.first_id_fetched_since(q.scope.since)
        if min_id is None:
            return Answer(question, scope=label)
    # The best matches of each story in scope, best first: a story's other outlets may
    # word the answer where its best match does not, so COPIES of each are read, and
    # more of a big story (one event followed for weeks) when they match nearly as well.
    best: dict[int, list[tuple[int, float]]] = {}
    seen: set[int] = set()
    for query in index_queries(q, counts, topic):
        found = await store.rank_article_ids(query, min_id=min_id, limit=CANDIDATES, reader=reader)
        info = await store.match_info([i for i, _ in found])
        for article_id, rank in found:
            match = info.get(article_id)
            if match is None or article_id in seen or not in_scope(match, q.scope, topic):
                continue
            seen.add(article_id)
            if len(seen) == 1:
                top_rank = rank  # ranks are negated BM25 scores: the best is lowest
            copies = best.setdefault(match.story_id, [])
            near_top = len(seen) <= TOP_ARTICLES and rank <= NEAR_TOP * top_rank
            if len(copies) < COPIES or near_top:
                copies.append((article_id, rank))
        if len(best) >= READ:
            break
    read = [pair for copies in list(best.values())[:READ] for pair in copies]
    articles = await store.articles_by_ids([i for i, _ in read])
    kept = [(articles[i], rank) for i, rank in read if i in articles]
    if not kept:
        return Answer(question, scope=label)
    sources = await store.story_source_counts(sorted({a.story_id for a, _ in kept}), reader)
    chosen = await asyncio.to_thread(
        pick,
        q,
        weights,
        anchor_terms(q, counts, total),
        mass_floor(total),
        kept,
        sources,
        now,
        max_answers,
    )
    return Answer(question, tuple(chosen), scope=label)


def term_weights(terms: Sequence[Term], counts: dict[str, int], total: int) -> dict[str, float]:
    """BM25's idf of each term, names weighing more.

    A word no article contains weighs as much as the average known word: in a long
    question it is usually a paraphrase or a typo, and a short question must match
    every word anyway (see `needed_matches`), so there it rules every sentence out.
    """
    out: dict[str, float] = {}
    unknown: list[str] = []
    for term in terms:
        df = counts.get(term.index_key, 0)
        if df == 0:
            unknown.append(term.index_key)
            continue
        idf = math.log(1 + (total - df + 0.5) / (df + 0.5))
        out[term.index_key] = idf * (NAME_WEIGHT if term.name else 1.0)
    filler = sum(out.values()) / len(out) if out else math.log(1 + (total + 0.5) / 0.5)
    for key in unknown:
        out[key] = filler
    return out


def mass_floor(total: int) -> float:
    """The idf a match must add up to without a rare word: MIN_MASS rare words' worth."""
    rare = max(RARE_MIN_DF, RARE_SHARE * total)
    return MIN_MASS * math.log(1 + (total - rare + 0.5) / (rare + 0.5))


def anchor_terms(q: Question, counts: dict[str, int], total: int) -> frozenset[str]:
    """The terms that make a match specific: words few articles contain.

    A question made only of names ("What happened in Palmyra?") anchors on its names
    however common they are; otherwise a common name ("United States") is no anchor.
    """
    rare = max(RARE_MIN_DF, RARE_SHARE * total)
    if all(t.name for t in q.terms):
        return frozenset(t.index_key for t in q.terms)
    return frozenset(t.index_key for t in q.terms if 0 < counts.get(t.index_key, 0) <= rare)


def index_queries(q: Question, counts: dict[str, int], topic: TopicQuery | None) -> list[TextQuery]:
    """Index queries to try in order: names ANDed (when several), ranked by the other
    terms too, then an OR of terms.

    Terms are taken rarest first until their postings reach POSTINGS_BUDGET, so a
    question of common words does not make BM25 score most of the corpus.
    """
    in_names = {w for name in q.names for w in name}
    units: list[tuple[int, str, Phrase]] = []
    for name in q.names:
        df = min(counts.get(_key_of(q, w), 0) for w in name)
        if df:
            units.append((df, " ".join(name), Phrase(tuple(name))))
            # "Stephen John Docherty" for "Stephen Docherty": the rarest word alone too
            rarest = min(name, key=lambda w: counts.get(_key_of(q, w), 0) or math.inf)
            units.append((df, rarest, Phrase((rarest,))))
    for term in q.terms:
        df = counts.get(term.index_key, 0)
        if df and term.word not in in_names:
            units.append((df, term.word, Phrase((term.word,))))
    if not units:
        return []
    units.sort(key=lambda unit: unit[:2])
    chosen: list[Phrase] = []
    spent = 0
    for df, _text, unit in units:
        if chosen and spent + df > POSTINGS_BUDGET:
            break
        chosen.append(unit)
        spent += df
    queries: list[TextQuery] = []
    if len(q.names) >= 2:
        # (the names themselves are among the ranking alternatives: they never narrow it)
        named = [Phrase(tuple(name)) for name in q.names]
        ranking = AnyOf(tuple(dict.fromkeys([*named, *chosen])))
        queries.append(TextQuery((*(AnyOf((phrase,)) for phrase in named), ranking)))
    queries.append(TextQuery((AnyOf(tuple(chosen)),)))
    if topic is not None:
        queries = [topic.query.and_(query) for query in queries]
    return queries


def _key_of(q: Question, word: str) -> str:
    for term in q.terms:
        if term.word == word:
            return term.index_key
    return word


def in_scope(match: MatchInfo, scope: TimeScope | None, topic: TopicQuery | None) -> bool:
    """Whether a matched article falls in the question's time scope and the topic's outlets."""
    if scope is not None:
        if scope.since and match.when < scope.since:
            return False
        if scope.until and match.when >= scope.until:
            return False
    return topic is None or match.from_outlets(topic.sources)


def pick(
    q: Question,
    weights: dict[str, float],
    anchors: frozenset[str],
    min_mass: float,
    candidates: Sequence[tuple[Article, float]],
    sources: dict[int, int],
    now: datetime,
    max_answers: int = MAX_ANSWERS,
) -> list[AnswerSentence]:
    """The answer sentences, best first; empty below the threshold.

    A support sentence must be specific: contain one of the `anchors` (rare words),
    or words whose idf adds up to `min_mass`.
    """
    if sum(weights.values()) <= 0:
        return []
    best_rank = min(rank for _, rank in candidates)
    judged: list[Candidate] = []
    for article, rank in candidates:
        when = article.published_at or article.fetched_at
        age = max(0.0, (now - when).total_seconds() / 86400)
        bonus = (
            BM25_WEIGHT * (rank / best_rank if best_rank < 0 else 0.0)
            + RECENCY_WEIGHT * math.exp(-age / RECENCY_DAYS)
            + SOURCES_WEIGHT * math.log2(max(1, sources.get(article.story_id, 1)))
        )
        found = judge_article(q, weights, anchors, min_mass, article, bonus)
        if found is not None:
            judged.append(found)
    if not judged:
        return []
    judged.sort(key=lambda c: -c.score)
    top = judged[0]
    chosen: list[tuple[Sentence, Article, float]] = [(top.support, top.article, top.score)]
    chosen += [(s, top.article, top.score) for s in top.naming]
    for other in judged[1:]:
        if len(chosen) >= max_answers or other.score < FOLLOW_UP * top.score:
            break
        if other.naming or not carries(other.support, q.wanted, q):
            continue
        if any(_redundant(other.support, c[0]) for c in chosen):
            continue
        chosen.append((other.support, other.article, other.score))
    chosen = chosen[:max_answers]
    return [
        AnswerSentence(
            # ('"…," Marques said' as "Helena Marques said", unless a sentence shown
            # before it from its article names her)
            introduce_people(
                [sentence.text],
                [article.text],
                "\n".join([article.title, *(s.text for s, a, _ in chosen[:i] if a is article)]),
            )[0],
            article.id,
            article.title,
            article.url,
            article.source,
            article.published_at or article.fetched_at,
            round(score, 4),
        )
        for i, (sentence, article, score) in enumerate(chosen)
    ]


def _redundant(a: Sentence, b: Sentence) -> bool:
    if a.text == b.text:
        return True
    union = len(a.keys | b.keys)
    return union > 0 and len(a.keys & b.keys) / union >= REDUNDANT


_CLOSING_QUOTE = re.compile(r'(?<=[\w.,!?…])"(?=[\s,.;:!?)]|$)')


def quoted_whole(text: str) -> str:
    """A sentence cut out of a longer quotation, with the quotation mark it lacks:
    `Today we showed we were listening," she said.` opens with `"`, and `She said: "We
    will win.` (whose quotation goes on in the next sentence) closes with one."""
    if not has_broken_quote(text):
        return text
    if text.count("”") > text.count("“"):
        return f"“{text}"
    if text.count("“") > text.count("”"):
        return f"{text}”"
    first = text.index('"')  # (an odd number of them)
    return f'"{text}' if _CLOSING_QUOTE.match(text, first) else f'{text}"'


_SCOPE_PREPOSITIONS = frozenset(["since", "after", "from", "in", "over", "during"])


def answer_reply(answer: Answer) -> Reply:
    """An answer as a reply: sentences with sources, or the plain "nothing stored" line."""
    if answer.problem:
        return Reply(text=answer.problem, error=True)
    if not answer.sentences:
        within = ""
        if answer.scope:  # "since yesterday", "in the last 3 days"; "from this week"
            preposition = answer.scope.split()[0].lower() in _SCOPE_PREPOSITIONS
            within = f" {answer.scope}" if preposition else f" from {answer.scope}"
        return Reply(
            text=f"Nothing stored{within} answers that. Try other words, or "
            "`/news search <words>` to see what is stored."
        )
    # Sentences of one article go under its headline and link once.
    groups: list[list[AnswerSentence]] = []
    for sentence in answer.sentences:
        if groups and groups[-1][0].article_id == sentence.article_id:
            groups[-1].append(sentence)
        else:
            groups.append([sentence])
    items = tuple(
        ReplyItem(
            title=group[0].title,
            url=group[0].url,
            text=" … ".join(quoted_whole(s.text) for s in group),
            meta=(
                f"{group[0].source} · {group[0].published:%d %b %Y}"
                if group[0].published
                else group[0].source
            ),
        )
        for group in groups
    )
    return Reply(
        text=f"From stored articles: {shown(answer.question, 160)}", items=items, ephemeral=False
    )
