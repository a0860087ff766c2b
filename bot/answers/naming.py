"""For a "who" question whose best sentence names no one ("The chief executive said …"), the
sentences nearby that name the person it speaks of."""

from __future__ import annotations

import re

from bot.answers.carries import lead_keys, other_person
from bot.answers.entities import ArticleText, Person, Sentence
from bot.answers.posts import (
    holds_role,
    initials_of,
    person_roles,
    post_holders,
    post_question_words,
)
from bot.answers.question import WORD, Question
from bot.answers.wording import question_acronyms, spelled_out, written_acronyms
from bot.answers.words import present
from bot.storage.terms import fold, index_key

ROLE_BONUS = 0.3  # … as the holder of the role asked about ("U.S. Attorney Andy Luger")
NAMING_PROMINENCE = 0.4  # a "who" answer prefers the person the article is about …
NAMING_FULL = 0.1  # … where the full name is given …
NAMING_DISTANCE = 0.01  # … close to the sentence that answers the rest
NAMING_REACH = 9  # sentences, at most, between that sentence and a name it is given
# A sentence saying the person it follows is not named ("His name was not released.")
_NAME_WITHHELD = re.compile(
    r"^(?:His |Her |Their |The (?:\w+'s )?)names? (?:was|were|has|have|had) not (?:yet )?(?:been )?"
    r"(?:released|made public|given|disclosed)|^(?:He|She|They) (?:was|were|has|have) not "
    r"(?:yet )?(?:been )?(?:named|identified)",
)


# ("took over Marsh Rovers" is no opponent)
_OPPOSED = re.compile(
    r"\b(?:(?:win|victory|lead) over|against|beat|beats|beating|v|vs)\.? ([^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)


def _opposed(q: Question, text: ArticleText) -> bool:
    """Whether the first sentence names the question's subject as the side another played
    ("a 2-1 win over Harrowby Rovers"), so that the article is about that other."""
    lead = text.sentences[0].text if text.sentences else ""
    first = q.subject[0] if q.subject else None
    return first is not None and any(
        index_key(fold(w.lower())) == first for w in _OPPOSED.findall(lead)
    )


def _cover(sentence: Sentence, weights: dict[str, float], total: float) -> float:
    return sum(w for k, w in weights.items() if k in sentence.keys) / total


def naming_sentences(
    q: Question, text: ArticleText, support: Sentence, weights: dict[str, float], total: float
) -> list[Sentence] | None:
    """Sentences that name the person a "who" question asks for, beside `support`.

    [] when `support` itself gives the full name; None when the article names no one
    the question does not already name.
    """
    # "A man was killed … His name was not released.": the answer is that no one is named
    after = text.sentences[support.position + 1 : support.position + 2]
    if after and _NAME_WITHHELD.search(after[0].text):
        return [after[0]]
    asked = {t.word for t in q.terms}
    # "who is Kwame Osei?" is answered by a sentence about him, not by naming another
    if all(t.name for t in q.terms) and any(
        p.words <= asked and support.position in p.sentences for p in text.people
    ):
        return []
    # (one the support sentence names may share a first name: "Alan Johnson said …")
    people = [
        p
        for p in text.people
        if not p.words & asked
        or (support.position in p.sentences and other_person(p.name, q, asked))
    ]
    if not people:
        return None

    holders: dict[int, set[tuple[str, ...]]] = {}
    subject = frozenset(q.subject)
    others = frozenset(
        t.index_key
        for t in q.terms
        if t.name and t.index_key not in subject and not initials_of(t.index_key, subject)
    )
    # (a post written without whose it is, "said chief executive Alan Lovell", is one of
    # the firm the article is about)
    lead = lead_keys(text)
    # (not when it is another's opponent: "… a 2-1 win over Harrowby Rovers")
    topic = all(present(k, lead) for k in q.subject) and not _opposed(q, text)
    # ("the NAO" is the National Audit Office)
    shorts = {short for short, keys in question_acronyms(q.text).items() if keys == set(q.subject)}

    spelled = spelled_out(q.text)

    # ("lawyer for Mr Begg" says whose lawyer of "who is Moazzam Begg's lawyer?")
    surname = (
        q.subject[-1]
        if len(q.subject) > 1
        and any(tuple(map(index_key, p.name)) == q.subject for p in text.people)
        else None
    )

    def says_subject(sentence: Sentence) -> bool:
        return (
            all(
                present(k, sentence.keys) or (k in spelled and spelled[k].search(sentence.text))
                for k in q.subject
            )
            or not shorts.isdisjoint(written_acronyms(sentence.text))
            or surname in sentence.keys
        )

    def owned(sentence: Sentence) -> bool:
        # whose post it is: the article's firm, or one named in or just before the sentence
        near = text.sentences[max(0, sentence.position - 2) : sentence.position + 1]
        return topic or any(says_subject(s) for s in near)

    def holds(p: Person, sentence: Sentence) -> bool:
        # "who is the head of Cepes?" is answered by a name written with its post
        if not q.position:
            return True
        if sentence.position not in holders:
            holders[sentence.position] = (
                post_holders(
                    sentence, q.position, others, parts=post_question_words(q.text), subject=subject
                )
                if owned(sentence)
                else set()
            )
        return any(
            set(name) <= p.words for name in holders[sentence.position]
        ) or _named_after_role(q, text, sentence, p, asked)

    here = [
        p for p in people if support.position in p.sentences and p.named_in and holds(p, support)
    ]
    if here:
        person = max(here, key=lambda p: p.mentions)
        chosen = support
    else:
        top = max(p.mentions for p in people)
        # ("Vincent Cable says … The Lib Dems' Treasury spokesman is unveiling …": the role
        # the support sentence opens on is held by the one named just before it)
        described = _opens_on_role(support.text, q)
        best: tuple[float, Sentence, Person] | None = None
        for p in people:
            for position in p.sentences:
                sentence = text.sentences[position]
                if abs(position - support.position) > NAMING_REACH or not holds(p, sentence):
                    continue
                held = holds_role(sentence, q) or (described and position == support.position - 1)
                score = (
                    _cover(sentence, weights, total)
                    + ROLE_BONUS * held
                    + NAMING_PROMINENCE * p.mentions / top
                    + NAMING_FULL * (position in p.named_in)
                    - NAMING_DISTANCE * min(abs(position - support.position), 20)
                )
                if best is None or score > best[0]:
                    best = (score, sentence, p)
        if best is None:
            return None
        _, chosen, person = best
    out = [] if chosen is support else [chosen]
    if chosen.position not in person.named_in and person.named_in:
        out.append(text.sentences[person.named_in[0]])
    return out


def _opens_on_role(text: str, q: Question) -> bool:
    """Whether a sentence opens on the role a who-question asks about ("The Lib Dems'
    Treasury spokesman is unveiling …")."""
    return any(
        re.match(rf"the\s+(?:[\w'’-]+\s+){{0,4}}?{re.escape(role)}\b", text, re.IGNORECASE)
        for role in (t.word for t in person_roles(q) if not t.name)
    )


def _named_after_role(
    q: Question, text: ArticleText, sentence: Sentence, p: Person, asked: set[str]
) -> bool:
    """Whether the sentence opens on a person's full name right after one that speaks of
    the role asked about but names no one else: its holder ("… the chairman of the Police
    Federation said it was essential … Jan Berry said: …")."""
    if (
        sentence.position == 0
        or sentence.position not in p.named_in
        or not fold(sentence.text).lower().startswith(" ".join(p.name).lower())
    ):
        return False
    before = text.sentences[sentence.position - 1]
    # (the post's words as written: "generation" is no "general")
    written = {fold(w).lower() for w in WORD.findall(before.text)}
    return not written.isdisjoint(q.position) and not any(
        other_person(name, q, asked) for name in before.people
    )
