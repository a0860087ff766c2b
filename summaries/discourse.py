"""How a sentence leans on its neighbours: references back, and clauses that stand alone.

A summary sentence that opens "He said …" or "However, …" is only readable after the
sentence it refers to; :func:`needs_antecedent` finds such openers so the rankers
choose them only together with the sentence before them. A key-fact bullet cut from a
long sentence must keep its main verb; :func:`has_finite_verb` is the cheap test for
that (a word list, no tagger: English only, and it errs towards "no verb", which
makes the caller keep the sentence whole or leave it out).
"""

from __future__ import annotations

import re


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# "I" and "we" outside quotation marks are a quotation whose speaker is named before.
_PRONOUNS = _wordset("he she they it his her their its him them i we my our me us")
_FIRST_PERSON = _wordset("i we my our me us")
_DEMONSTRATIVES = _wordset("this these that those such")
_CONNECTIVES = _wordset(
    "however but and also meanwhile yet instead nevertheless nonetheless moreover "
    "furthermore additionally besides thus therefore hence consequently otherwise indeed "
    "likewise similarly or nor then so"
)
# "So far …", "So-called …" and "So many …" do not lean back.
_NOT_CONNECTIVE_AFTER_SO = _wordset("far much many long called")
# "Still, …" and "Though, …" lean back; "Still images …" does not.
_CONNECTIVES_WITH_COMMA = _wordset("still though")
_PHRASES = (
    "in addition",
    "as a result",
    "even so",
    "on the other hand",
    "by contrast",
    "in contrast",
    "at the same time",
    "despite this",
    "because of this",
    "in turn",
    "after that",
    "since then",
    "for his part",
    "for her part",
    "for their part",
    "in response",
    "to that end",
)
_PHRASE_STARTS = frozenset(p.split(" ", 1)[0] for p in _PHRASES)
# "This year …", "That night …", "Those who …" do not point back.
_NOT_DEICTIC_AFTER = _wordset(
    "year week month morning afternoon evening night weekend season summer winter spring "
    "autumn fall time day days century decade who"
)
# A short fronted phrase, then a pronoun subject: "On Tuesday, he said …".
_FRONTED_PRONOUN_RE = re.compile(r"^[^,;:\"“]{1,40},\s(?:he|she|they|it)\s", re.I)
# A quotation attributed to a pronoun: '"We will win," she said.'
_QUOTE_BY_PRONOUN_RE = re.compile(
    r"^[\"“‘'].*?[,.!?…—-][\"”’']\s*(?:(?:he|she|they|it)\s\w+|(?:said|says|added|adds|"
    r"told|continued|explained|insisted|warned)\s(?:he|she|they)\b)",
    re.I,
)
# "The 39-year-old said …" names nobody.
_AGE_SUBJECT_RE = re.compile(r"^the\s\d{1,3}-year-old\b", re.I)
# "The latter said …" points back; "The former chief executive …" does not.
_FORMER_LATTER_RE = re.compile(
    r"^the\s(?:former|latter)(?:,|\s(?:is|was|has|had|said|says|added|told|will|would)\b)",
    re.I,
)
# "The largest, the 180-kilogram Skyglass-1, …", "The two were arrested", "Both have
# denied it": one of, or all of, what the sentence before counted (not "The largest
# bank …", "The two companies …", "Both sides …")
_ONE_OF_THEM_RE = re.compile(
    r"^(?:the\s(?:largest|biggest|smallest|oldest|youngest|newest|highest|lowest|longest|"
    r"shortest|fastest|heaviest|richest|best|worst|earliest|strongest|greatest|closest|"
    r"first|second|third|last|other|others|rest|remainder|pair|duo|trio|two|three|four|"
    r"five|six)|both)(?:,|\s(?:is|was|are|were|has|had|have|will|would|can|could|said|says|"
    r"came|comes|went|goes|remains|remained)\b)",
    re.I,
)
_OPENING_MARKS = "\"“‘'([ "


def needs_antecedent(text: str) -> bool:
    """True when ``text`` opens by referring back: a pronoun subject or a connective.

    Covers personal and demonstrative pronouns ("He", "Its", "I", "This"; not "This
    year"), connectives ("However", "But", "Meanwhile", "In addition", …), a pronoun
    after a short fronted phrase ("On Tuesday, he said …"), a quotation attributed to
    a pronoun ('"…," she said') or opening with one other than "I" or "we" ('"They
    were superb," Ortiz said'), "The latter said …", "The 39-year-old …" and one or all
    of what the sentence before counted ("The largest, …", "The two were …", "Both have …").
    """
    quoted = text[:1] in "\"“‘'"
    if quoted and _QUOTE_BY_PRONOUN_RE.match(text):
        return True
    stripped = text.lstrip(_OPENING_MARKS)
    words = stripped.split(None, 2)
    if not words:
        return False
    first_raw = words[0]
    first = first_raw.lower().rstrip(",;:").replace("’", "'")
    if first in _PRONOUNS:
        # Inside a quotation "I" and "we" are the named speaker; "they" still points back.
        return not (quoted and first in _FIRST_PERSON)
    if first in _DEMONSTRATIVES:
        nxt = words[1].lower().strip(",.;:") if len(words) > 1 else ""
        return nxt not in _NOT_DEICTIC_AFTER
    if first in _CONNECTIVES:
        nxt = words[1].lower() if len(words) > 1 else ""
        return not (first == "so" and nxt.split("-")[0].strip(",") in _NOT_CONNECTIVE_AFTER_SO)
    if first in _CONNECTIVES_WITH_COMMA and first_raw.endswith(","):
        return True
    if first in _PHRASE_STARTS:
        low = stripped[:40].lower()
        if any(low.startswith(p) and low[len(p) : len(p) + 1] in (" ", ",") for p in _PHRASES):
            return True
    if quoted:
        return False
    if first in {"the", "both"}:
        return bool(
            _AGE_SUBJECT_RE.match(stripped)
            or _FORMER_LATTER_RE.match(stripped)
            or _ONE_OF_THEM_RE.match(stripped)
        )
    return "," in stripped[:41] and bool(_FRONTED_PRONOUN_RE.match(stripped))


_AUXILIARIES = _wordset(
    "is are was were am be has have had will would can could may might must shall should "
    "does did do isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't "
    "couldn't doesn't didn't don't shouldn't"
)
_IRREGULAR_VERBS = _wordset(
    "said told made took gave got won lost rose fell hit cut put set led left met paid sold "
    "held kept ran grew came went saw found began became brought bought built spent sent "
    "struck fought thought caught knew drew flew threw wrote spoke broke chose drove stood "
    "sat lay shot fled felt meant heard beat hid shut quit split spread sank swam wore "
    "sought stuck swung slid lit dealt says tells plans wants expects employs includes "
    "remains shows makes takes gives leads runs faces needs seems looks comes goes gets "
    "holds owns uses means covers serves hopes believes thinks knows warns adds calls "
    "claims denies admits insists argues represents requires contains affects allows "
    "depends lives works sells buys pays costs helps becomes begins opens closes falls "
    "rises wins loses meets sees finds keeps puts suggests reports estimates accounts "
    "carries plays stays lies sits stands"
)
_NOT_VERBS_ED = _wordset("bed red need feed seed speed hundred shed sled weed breed")
_WORD_RE = re.compile(r"[a-z][a-z'’]*")
# Parts that do not carry the main clause: brackets and non-restrictive relative clauses.
_ASIDE_RE = re.compile(
    r"\([^()]*\)|\[[^\[\]]*\]|,\s(?:which|who|whose|whom|where)\b[^,;]*(?:,|$)", re.I
)


def has_finite_verb(text: str) -> bool:
    """True when ``text``, without brackets and relative clauses, has a finite-verb-ish word.

    A finite-verb-ish word is an auxiliary or modal, a word ending in "-ed", or one of
    about 150 common irregular past and third-person present forms.
    """
    main = _ASIDE_RE.sub(" ", text).lower()
    for word in _WORD_RE.findall(main):
        word = word.replace("’", "'")
        if word in _AUXILIARIES or word in _IRREGULAR_VERBS:
            return True
        if len(word) > 4 and word.endswith("ed") and word not in _NOT_VERBS_ED:
            return True
    return False
