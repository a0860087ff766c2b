"""Who holds a post or role a question asks about: "chief executive Sigrid Aasen",
"Aasen, Nordlys's chief executive,", "the head of the agency, Ana Ruiz" (`post_holders`,
`holds_role`)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Set
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from bot.answers.entities import SPEECH_VERBS, Sentence
from bot.answers.question import (
    PERSON_NOUNS,
    POSITIONS,
    WORD,
    Question,
    Term,
    Wanted,
    head_noun_type,
    word_set,
)
from bot.answers.words import variants
from bot.storage.terms import fold, index_key
from summaries.text import STOP_WORDS

ROLE_KEYS = frozenset(index_key(w) for w in PERSON_NOUNS)
ROLE_SPAN = 3  # … (words between the role, the name it belongs to and its holder's)


# words for a post that news writes in many ways ("who is the boss of MCI?" is answered
# by its chief executive); a question naming the post itself ("chief executive") is not
# answered by another one ("French president Jacques Chirac")
_ANY_POST = frozenset(map(index_key, word_set("boss head leader")))


@lru_cache(maxsize=64)
def post_words(q: Question) -> tuple[str | None, frozenset[str]]:
    """The question's word for the post it asks the holder of, when it is a verb or a
    word news writes in many ways ("runs", "boss"), and the index keys of the words news
    writes for that post."""
    keys = frozenset(index_key(w) for w in q.position)
    wide = _ANY_POST | {q.verb}
    term = next((t.index_key for t in q.terms if t.index_key in keys & wide and not t.name), None)
    return term, keys


def person_roles(q: Question) -> list[Term]:
    """The question's terms that name a person by role ("instructor", "spokesman")."""
    return [t for t in q.terms if head_noun_type(t.word) is Wanted.PERSON]


def unnamed_holder(q: Question, support: Sentence) -> bool:
    """Whether the sentence speaks of the one asked about without naming them ("joined two
    girls and an instructor" for "who was the instructor …?", "his business partner landed
    in prison"), so a name from another sentence is someone else's."""
    role = next((t.word for t in person_roles(q)), None)
    return role is not None and bool(
        re.search(
            rf"\b(?:an?|one|his|her|their|its)\s+(?:[\w-]+\s+){{0,3}}{re.escape(role)}\b",
            support.text,
            re.I,
        )
    )


def is_role(word: str, roles: Set[str]) -> bool:
    """Whether a word is one of the roles asked about, in any of its forms."""
    key = index_key(word.lower())
    return any(key in variants(role) for role in roles)


@lru_cache(maxsize=64)
def _role_words(q: Question) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The roles a question asks about, its other names, and the words it writes right
    before a role ("project" of "project manager"): worked out once per question, not
    per sentence read."""
    roles = frozenset(t.index_key for t in q.terms if t.index_key in ROLE_KEYS)
    names = frozenset(t.index_key for t in q.terms if t.name and t.index_key not in roles)
    asked = [index_key(w.lower()) for w in WORD.findall(q.text)]
    qualifiers = frozenset(a for a, b in pairwise(asked) if b in roles) - STOP_WORDS
    return roles, names, qualifiers


_FORMER = re.compile(r"\b(?:former|ex-)", re.IGNORECASE)


def holds_role(sentence: Sentence, q: Question) -> bool:
    """Whether the sentence names someone right after the role the question asks about,
    itself right after a name or word the question gives ("Minnesota U.S. Attorney Andy
    Luger", "ISM survey chairman Norbert Ore" for "who chairs the ISM survey?", "project
    manager Laura Greenwood")."""
    roles, names, qualifiers = _role_words(q)
    if not roles or not sentence.people:
        return False
    firsts = {name[0] for name in sentence.people}
    lasts = {name[-1] for name in sentence.people}
    # (a role that heads the question may be written after its holder's name; not in
    # "whose biopic did X's news editor pick?")
    heads = _WHICH.match(q.text) is not None
    matches = list(WORD.finditer(sentence.text))
    words = [m.group(0) for m in matches]
    for i, word in enumerate(words[:-1]):
        if not is_role(word, roles):
            continue
        before = {index_key(fold(w.lower())) for w in words[max(0, i - ROLE_SPAN) : i]}
        if "former" in before and not _FORMER.search(q.text):
            continue  # "former England captain Moore" is not who captains England now
        qualified = i > 0 and index_key(words[i - 1].lower()) in qualifiers
        following = {fold(w.lower()) for w in words[i + 1 : i + 1 + ROLE_SPAN] if w[:1].isupper()}
        # (or the name set off before it: "Stephen Toulouse, a Microsoft security manager")
        holder = _APPOSED.search(sentence.text[: matches[i].start()]) if heads else None
        apposed = holder is not None and fold(holder.group(1).lower()) in lasts
        if (names & before or qualified) and (firsts & following or apposed):
            return True
    return False


_WHICH = re.compile(r"(?:which|what)\b", re.IGNORECASE)
# a name set off by a comma before the words describing it ("Donald Nicolaisen, the SEC's ")
_APPOSED = re.compile(r"([A-Z][\w'’-]+),\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}$")


def holds_post(sentence: Sentence, q: Question) -> bool:
    """Whether the sentence names someone in the role the question asks about, or in the
    post it words in a way news does not ("chief executive Mara Lind" for "who runs …?")."""
    if holds_role(sentence, q):
        return True
    return post_words(q)[0] is not None and bool(
        post_holders(sentence, q.position, parts=post_question_words(q.text))
    )


@lru_cache(maxsize=64)
def post_question_words(question: str) -> frozenset[str]:
    """A question's words, as `SentenceWords` folds them: the rest of the post it asks about
    ("chief *co-ordinator*") is no other post."""
    return frozenset(SentenceWords.of(question).tokens)


# Words that may stand between a name and its post: "head of Cepes, Ana Ruiz", "Ana Ruiz,
# the club's new manager", "Ana Ruiz, who took over as manager", "chief executive officer
# Ana Ruiz"
_POST_GAP = word_set(
    "of at for by the and a an its their his her new former current acting officer"
)
# … and the words that link a name to its post: "Ana Ruiz took over as manager", "Ana Ruiz
# has been appointed chief executive" (not "Ana Ruiz praised the manager")
_POST_LINK = word_set(
    "as who is was has had have been be will became becomes become named appointed took "
    "takes over remains remained serves served now also currently already later then to"
)
_OWNER_LINKS = word_set("of at for")
POST_AFTER_WORDS = 3  # lower-case words allowed after a name's comma before its post …
POST_BEFORE_WORDS = 2  # … and after a post before the comma of the name
POST_OWNER_WORDS = 4  # … and capitalised words of whose post it is, counted as one


def post_holders(
    sentence: Sentence,
    position: frozenset[str],
    others: frozenset[str] = frozenset(),
    parts: frozenset[str] = frozenset(),
    subject: frozenset[str] = frozenset(),
) -> set[tuple[str, ...]]:
    """The names the sentence writes with a word of the post asked about beside them:
    before ("Cepes head Ana Ruiz", "chief executive of Plus.net, Lee Strafford") or after,
    past a comma, "as" or "who" ("Lee Strafford, chief executive of …"); not a post of
    `others`, names the question gives besides whose post it asks about ("Virgin Blue
    chief executive Brett Godfrey" for "who is the boss of Jetstar, … Virgin Blue?"); nor
    one written as another's than the `subject` asked about ("John Person, president of
    National Futures Advisory Services" for "who heads the EIA?", "Motorola's chief
    executive Ed Zander" for "who is the boss of Sony Ericsson?")."""
    words = SentenceWords.of(sentence.text)
    tokens = words.tokens
    out: set[tuple[str, ...]] = set()
    for name in sentence.people:
        # ("Hans-Werner Sinn" is three of the sentence's words)
        split = tuple(part for word in name for part in WORD.findall(word))
        for i in range(len(tokens) - len(split) + 1):
            if tuple(tokens[i : i + len(split)]) != split:
                continue
            if _post_before(words, i, position, others, subject) or (
                _post_after(words, i + len(split), position, others, parts, subject)
                and not (
                    _PART_WORDS.isdisjoint(parts)
                    and _OF_A_PART.match(" ".join(tokens[i + len(split) : i + len(split) + 12]))
                )
            ):
                out.add(name)
    return out


# a post of part of a firm, not of the firm: "managing director of the insurer's life and
# pensions division"
_PART_WORDS = word_set("division unit arm subsidiary branch wing")
_OF_A_PART = re.compile(
    rf"^(?:\S+\s+){{1,3}}of\s+the\s+(?:\S+\s+){{0,5}}(?:{'|'.join(sorted(_PART_WORDS))})\b"
)


@dataclass(frozen=True)
class SentenceWords:
    """A sentence's words: folded (without "'s"), whether capitalised, whether
    possessive, and what stands between each and the next."""

    tokens: tuple[str, ...]
    capital: tuple[bool, ...]
    possessive: tuple[bool, ...]
    gaps: tuple[str, ...]  # gaps[k]: the text between word k and word k + 1, stripped

    @staticmethod
    def of(text: str) -> SentenceWords:
        found = list(WORD.finditer(text))
        return SentenceWords(
            tuple(fold(m.group(0).lower()).removesuffix("'s").removesuffix("’s") for m in found),
            tuple(m.group(0)[:1].isupper() for m in found),
            tuple(m.group(0).endswith(("'s", "’s")) for m in found),
            tuple(text[a.end() : b.start()].strip() for a, b in itertools.pairwise(found)),
        )


def _post_before(
    words: SentenceWords,
    i: int,
    position: frozenset[str],
    others: frozenset[str] = frozenset(),
    subject: frozenset[str] = frozenset(),
) -> bool:
    # back over capitalised words and small ones to the post, and past a comma over a few
    # other words ("the chairman of the working party, Ambassador Stefan Johannesson")
    tokens, capital = words.tokens, words.capital
    j = i - 1
    lower = named = 0
    set_off = joined = False
    # (a long name of whose post it is counts as one word: "the new chair of the Internet
    # Engineering Task Force (IETF), Brian Carpenter")
    while j >= 0 and i - j <= ROLE_SPAN + 2 + lower + named:
        if tokens[j] in position:
            between = tokens[j + 1 : i]
            if (
                not set_off
                and not _OWNER_LINKS.isdisjoint(between)
                # (but "Minister for Work Jane Kennedy" holds the post of Work asked about)
                and not (subject and subject <= set(map(index_key, between)))
            ):
                return False  # "head of the HSA" names whose post it is, not who holds it
            if joined and tokens[j + 1] != "and":
                return False  # "head coach Ana Ruiz" holds another post than head
            while j > 0 and tokens[j - 1] in position:
                j -= 1
            # ("Motorola's chief executive" is no post of Sony Ericsson's)
            owner = j > 0 and words.capital[j - 1] and words.possessive[j - 1]
            theirs = index_key(tokens[j - 1]) in subject or initials_of(tokens[j - 1], subject)
            if owner and subject and not theirs:
                return False
            return not _owned_by_another(words, j, 0, others)
        set_off = set_off or words.gaps[j].endswith(",")
        if tokens[j] in POSITIONS and not capital[j]:
            joined = True  # "chairman and *chief executive* Richard Parsons" holds both
        elif not (capital[j] or tokens[j] in _POST_GAP):
            # ("state-owned" is one word)
            lower += words.gaps[j] != "-"
            if not set_off or lower > POST_BEFORE_WORDS:
                return False
        elif capital[j] and set_off and named < POST_OWNER_WORDS:
            named += 1
        j -= 1
    return False


def initials_of(word: str, names: frozenset[str]) -> bool:
    """Whether a word is the initials of a name of two words or more ("ge" of "general",
    "electric"; the words come as a set, so in any order)."""
    return len(word) == len(names) > 1 and sorted(word) == sorted(k[0] for k in names)


def _owned_by_another(words: SentenceWords, post: int, start: int, others: frozenset[str]) -> bool:
    """Whether the capitalised words right before a post (back to `start`) name another
    organisation the question gives ("Virgin Blue chief executive")."""
    owner = itertools.takewhile(lambda k: words.capital[k], range(post - 1, start - 1, -1))
    return any(index_key(words.tokens[k]) in others for k in owner)


def _post_after(
    words: SentenceWords,
    end: int,
    position: frozenset[str],
    others: frozenset[str] = frozenset(),
    parts: frozenset[str] = frozenset(),
    subject: frozenset[str] = frozenset(),
) -> bool:
    tokens, capital = words.tokens, words.capital
    if end >= len(tokens):
        return False
    set_off = words.gaps[end - 1] in {",", "(", "-", "–"}
    # ("Chris McIntyre runs Podcast Alley"; but in "Ifo president Hans-Werner Sinn" Ifo is
    # whose post it is)
    if not set_off and tokens[end] not in _POST_LINK and not _post_verb(tokens[end], position):
        return False
    lower = 0
    for k in range(end, min(len(tokens), end + ROLE_SPAN + 5)):
        if tokens[k] in position:
            if tokens[k - 1] in {"a", "an"}:
                return False  # "Marc Gonsalves, an executive at Xstrata" is one of several
            # ("Peter Tom, who will remain as Aggregate chief executive" holds Aggregate's;
            # "Joe Quinlan, chief market strategist at …" holds another post)
            last = k
            while last + 1 < len(tokens) and tokens[last + 1] in position:
                last += 1
            return (
                not _owned_by_another(words, k, end, others)
                and not _post_goes_on(words, last, parts)
                and not _of_another(words, last, subject)
            )
        if not (capital[k] or tokens[k] in _POST_GAP or tokens[k] in _POST_LINK):
            lower += 1
            if not set_off or lower > POST_AFTER_WORDS:
                return False
    return False


def _of_another(words: SentenceWords, last: int, subject: frozenset[str]) -> bool:
    """Whether "of" or "at" and a name of two words or more follow a post's last word,
    none of them the `subject`'s: the post is another organisation's."""
    k = last + 1
    if not subject or words.tokens[k : k + 1] not in (("of",), ("at",)):
        return False
    the = words.tokens[k + 1 : k + 2] == ("the",)
    k += 1 + the
    owner = list(itertools.takewhile(lambda j: words.capital[j], range(k, len(words.tokens))))
    # ("director of the Category B prison": capitals before a noun describe whose post it
    # is, as "the prison" would, without naming another)
    after = owner[-1] + 1 if owner else k
    if the and after < len(words.tokens) and _describes_owner(words, after):
        return False
    # (one word may be the subject's acronym: "president of the RAD")
    return len(owner) >= 2 and not any(index_key(words.tokens[j]) in subject for j in owner)


def _describes_owner(words: SentenceWords, k: int) -> bool:
    """Whether word k is a lower-case noun after the capitals that describe it (not a
    verb: "of the Football Association said")."""
    word = words.tokens[k]
    return (
        not words.capital[k]
        and not words.gaps[k - 1]
        and word.isalpha()
        and word not in STOP_WORDS
        and word not in SPEECH_VERBS
        and not word.endswith(("ed", "ly"))
    )


def _post_verb(word: str, position: frozenset[str]) -> bool:
    """Whether the word is a verb form of the post asked about ("runs", "managed")."""
    inflected = word.endswith(("s", "ed")) and not word.endswith("ss")  # (not "boss")
    return word in position and (inflected or word in {"ran", "run"})


def _post_goes_on(words: SentenceWords, last: int, parts: frozenset[str] = frozenset()) -> bool:
    """Whether lower-case words that are no part of the post asked about follow its last
    word, making another post ("chief *market strategist*", "chief *operating officer*")."""
    k = last + 1
    if k >= len(words.tokens) or words.gaps[last] or words.capital[k]:
        return False
    word = words.tokens[k]
    return word.isalpha() and word not in _POST_PARTS and word not in parts


# words that may follow a post without making another ("chief executive *officer* of …",
# "director *general*")
_POST_PARTS = _POST_GAP | _POST_LINK | STOP_WORDS | word_set("officer general")
