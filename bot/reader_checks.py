"""`newsbot eval --checks`: what a digest reader sees, measured without references.

These definitions are deliberately independent of the rules inside ``summaries`` (they
are plain surface tests), so the figures say how the output reads, not whether the
summarizer obeys itself.

- **Whole sentence** (:func:`is_whole_sentence`): starts with a capital letter or a
  digit, optionally after an opening quotation mark; ends with ``.``, ``!`` or ``?``,
  optionally followed by closing quotation marks or brackets; has balanced double
  quotes (``"`` in pairs, as many ``“`` as ``”``), parentheses and square brackets; and
  contains a finite-verb-ish token: an auxiliary or modal ("is", "has", "will", …), a
  word ending in "-ed", one of about 100 irregular past forms ("said", "rose", …), or
  one of about 130 common verbs in their base or third-person form ("say", "says",
  "plan", "plans", …). Base forms are also nouns ("cost", "plan"): the test is lenient
  about verbs and strict about the ends.
- **Marked cut**: a bullet that ends with "…" (the summarizer says it cut the sentence).
- **Reference opener** (:func:`opens_with_reference`): the first word, after an
  opening quotation mark, is a personal or demonstrative pronoun ("He", "It", "Their",
  "This" — but not "This year", "That week" …) or a connective ("However", "But",
  "So", "Meanwhile", "In addition", "The latter said", …); or the sentence opens with
  a quotation attributed to a pronoun ('"…," he said'). "I" and "we" are not counted.
  Opening with one or all of what the sentence before counted ("The largest, …", "The
  two were …", "Both have …") counts too. It is *unresolved* when the sentence just
  before it in the article is not shown just before it (in the summary, or as the
  previous bullet).
- **Repeat** (:func:`says_same`): two lines of one article's summary + facts share a
  figure (a number with at least two digits, or a decimal, percentage, currency
  amount, rating like "5/10" or score like "27-24"; years 1900–2099 and days of the
  month do not count;
  "1,150" = "1150"), or 60 % of the shorter line's content words are in the other.
- **Headline chosen**: the text's first line has no final punctuation and a blank line
  after it (a headline), and the summary contains it.
- **Quoted by surname alone** (:func:`quotes_unnamed`): a line of what the digest shows
  (summary, then facts) attributes a quotation to a bare capitalised word, accents too
  ('"…," Marques said', '…," said Diack.', '"…," Aragão said'), that neither the
  headline nor that line nor an earlier one writes after another capitalised word, while
  the article does ("Helena Marques").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.ingestion.sources import SourceError, extract_page, parse_feed
from summaries.document import prepare
from summaries.extractive import summarize
from summaries.keyfacts import key_facts
from summaries.people import introduce_people
from summaries.text import content_terms


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_AUX = (
    "is are was were be been being am has have had do does did will would can could may "
    "might must shall should 's 're 've 'd 'll isn't aren't wasn't weren't hasn't haven't "
    "hadn't doesn't don't didn't won't wouldn't can't couldn't shouldn't"
)
_IRREGULAR_PAST = (
    "said told made took gave got won lost rose fell hit cut put set led left met paid sold "
    "held kept ran grew came went saw found began became brought bought built spent sent "
    "struck fought thought taught caught knew drew flew threw wrote spoke broke chose drove "
    "rode stood sat lay shot hung fled felt meant heard read beat bore hid bit shut quit "
    "split spread sank swam wore tore woke sought stuck swung slid lit dealt forgot"
)
# Common verbs, counted in their base and third-person forms ("say", "says").
_COMMON_VERBS = (
    "say tell plan want expect employ include remain show make take give lead run face "
    "need seem look come go get hold own use mean cover serve hope believe think know warn "
    "add call claim deny admit insist argue represent require contain affect allow depend "
    "live work sell buy pay cost help become begin end open close fall rise win lose meet "
    "see find keep put set cut hit play stay lie sit stand suggest report estimate account "
    "receive travel leave reply ask hate like love try agree appear continue provide offer "
    "involve feature consider describe explain follow happen feel turn move bring write "
    "read hear let seek reach speak spend build send fight die kill charge announce confirm "
    "reveal launch hit grow"
)


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


_VERBISH = frozenset(
    [
        *_wordset(_AUX),
        *_wordset(_IRREGULAR_PAST),
        *_wordset(_COMMON_VERBS),
        *(_third_person(v) for v in _wordset(_COMMON_VERBS)),
    ]
)
_NOT_ED = _wordset("bed red need feed seed speed hundred shed led sled weed breed")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’]*")
_START_RE = re.compile(r"^[\"“‘']?[A-Z0-9À-Ö]")
_END_RE = re.compile(r"[.!?][\"”’')\]]*$")


def has_verbish(text: str) -> bool:
    """True when ``text`` has a finite-verb-ish token (see the module docstring)."""
    for m in _WORD_RE.finditer(text):
        word = m.group(0).lower().replace("’", "'")
        if word in _VERBISH:
            return True
        if len(word) > 3 and word.endswith("ed") and word not in _NOT_ED:
            return True
        if "'" in word and word[word.index("'") :] in _VERBISH:
            return True
    return False


def is_balanced(text: str) -> bool:
    """Double quotes in pairs, as many “ as ”, and brackets closed."""
    return (
        text.count('"') % 2 == 0
        and text.count("“") == text.count("”")
        and text.count("(") == text.count(")")
        and text.count("[") == text.count("]")
    )


def is_whole_sentence(text: str) -> bool:
    """The module docstring's definition of a whole sentence."""
    text = text.strip()
    return (
        bool(_START_RE.match(text))
        and bool(_END_RE.search(text))
        and is_balanced(text)
        and has_verbish(text)
    )


_PRONOUNS = _wordset("he she it they his her its their him them this these that those such")
_CONNECTIVES = _wordset(
    "however but and also meanwhile still yet so instead nevertheless nonetheless moreover "
    "furthermore additionally besides thus therefore hence consequently then otherwise "
    "indeed likewise similarly or nor"
)
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
    "the latter,",
    "the latter said",
    "the former,",
    "the former said",
)
_TIME_WORDS = _wordset(
    "year week month morning afternoon evening night weekend season summer winter spring "
    "autumn time day century decade"
)
# one or all of what was counted before: "The largest, …", "The two were …", "Both have …"
_ONE_OF_THEM_RE = re.compile(
    r"(?:the\s(?:largest|biggest|smallest|oldest|youngest|newest|highest|lowest|longest|best|"
    r"worst|first|second|third|last|other|others|rest|pair|two|three|four)|both)"
    r"(?:,|\s(?:is|was|are|were|has|had|have|will|would|said|says)\b)",
    re.I,
)
_QUOTE_PRONOUN_RE = re.compile(
    r"^[\"“‘'].*?[,.!?…—-][\"”’']\s*(?:(?:he|she|they|it)\s\w+|(?:said|says|added|adds|"
    r"told|continued|explained|insisted)\s(?:he|she|they)\b)",
    re.I,
)


def opens_with_reference(text: str) -> bool:
    """True when a sentence opens with a pronoun or connective (module docstring)."""
    stripped = text.lstrip("\"“‘' ")
    words = stripped.split(None, 2)
    if not words:
        return False
    first = words[0].lower().strip(",;:").replace("’", "'")
    if first in _PRONOUNS:
        nxt = words[1] if len(words) > 1 else ""
        nxt = nxt.lower().strip(",.;:").replace("’", "'").removesuffix("'s")
        return not (first in {"this", "that", "these", "those"} and nxt in _TIME_WORDS)
    if first in _CONNECTIVES:
        return True
    if _ONE_OF_THEM_RE.match(stripped):
        return True
    low = stripped.lower()
    if any(low.startswith(p) and low[len(p) : len(p) + 1] in (" ", ",", "") for p in _PHRASES):
        return True
    return text[:1] in "\"“‘'" and bool(_QUOTE_PRONOUN_RE.match(text))


_FIGURE_RE = re.compile(r"[$£€]?\d[\d,]*(?:\.\d+)?%?(?:[/-]\d+(?![\d-]))?")
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_BEFORE_RE = re.compile(r"\b" + _MONTHS + r"\s$", re.I)
_DATE_AFTER_RE = re.compile(r"^(?:st|nd|rd|th)?\s" + _MONTHS + r"\b", re.I)


def figures(text: str) -> set[str]:
    """Numbers that state a figure (module docstring), commas removed."""
    out: set[str] = set()
    for m in _FIGURE_RE.finditer(text):
        raw = m.group(0).rstrip(",")
        if "/" in raw or "-" in raw:  # a rating ("5/10") or a score ("27-24") is one figure
            out.add(raw)
            continue
        digits = raw.strip("$£€%").replace(",", "")
        plain = digits.isdigit()
        if plain and len(digits) < 2 and raw == digits:
            continue
        if plain and len(digits) == 4 and 1900 <= int(digits) <= 2099 and raw == digits:
            continue
        if (
            plain
            and int(digits) <= 31
            and (
                _DATE_BEFORE_RE.search(text[max(0, m.start() - 12) : m.start()])
                or _DATE_AFTER_RE.match(text[m.end() : m.end() + 14])
            )
        ):
            continue  # a day of the month
        out.add(digits.rstrip(".") + ("%" if raw.endswith("%") else ""))
    return out


def says_same(a: str, b: str) -> bool:
    """True when two lines share a figure or most of the shorter one's content words."""
    if figures(a) & figures(b):
        return True
    ta, tb = set(content_terms(a)), set(content_terms(b))
    if not ta or not tb:
        return False
    return len(ta & tb) / min(len(ta), len(tb)) >= 0.6


def headline_line(text: str) -> str | None:
    """The text's first line when it reads as a headline (no final punctuation, blank after)."""
    first, sep, rest = text.lstrip().partition("\n")
    first = first.strip()
    if not sep or not rest.startswith("\n") or not first or _END_RE.search(first):
        return None
    return first


@dataclass
class ReaderStats:
    """Counts behind the reader-checks table."""

    articles: int = 0
    bullets: int = 0
    whole_bullets: int = 0
    marked_cuts: int = 0
    unresolved_bullets: int = 0
    sentences: int = 0
    unresolved_sentences: int = 0
    repeat_articles: int = 0
    headlines: int = 0
    headline_chosen: int = 0
    quoted_unnamed: int = 0

    def add(self, other: ReaderStats) -> None:
        """Add another article's counts to these."""
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _position(line: str, order: dict[str, int]) -> int | None:
    """Article position of a summary line or bullet (a cut bullet is a sentence's prefix)."""
    if line in order:
        return order[line]
    head = line.rstrip("… ")
    return next((pos for text, pos in order.items() if text.startswith(head)), None)


def _unresolved(lines: Sequence[str], order: dict[str, int], lead_in: str | None) -> int:
    """Lines opening with a reference whose article predecessor is not the line shown before.

    ``lead_in`` is what the reader saw just before the first line (for bullets, the
    summary's last sentence).
    """
    count = 0
    previous = lead_in
    for line in lines:
        if opens_with_reference(line):
            pos = _position(line, order)
            before = _position(previous, order) if previous is not None else None
            if pos is None or before is None or before != pos - 1:
                count += 1
        previous = line
    return count


_SPEAKS = r"(?:said|says|added|told|insisted|admitted|explained)"
_WORD = "[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+"  # a capitalised word, accents too ("Aragão")
_QUOTED_BY = re.compile(rf"[,!?…][\"”’']\s+(?:{_SPEAKS}\s+({_WORD})(?!\w)|({_WORD})\s+{_SPEAKS}\b)")


def _named_in_full(surname: str, text: str) -> bool:
    return re.search(rf"\b[A-ZÀ-ÖØ-Þ][\w’'-]*\s+{re.escape(surname)}\b", text) is not None


def quotes_unnamed(lines: Sequence[str], text: str, title: str | None) -> bool:
    """Whether a line quotes someone by surname before any line names them in full."""
    seen = title or ""
    for line in lines:
        for m in _QUOTED_BY.finditer(line):
            surname = m.group(1) or m.group(2)
            if _named_in_full(surname, f"{seen}\n{line}") or not _named_in_full(surname, text):
                continue
            return True
        seen += "\n" + line
    return False


def check_article(text: str, title: str | None, sentences: int = 3, facts: int = 4) -> ReaderStats:
    """Summarize one article with facts and count what the module docstring defines."""
    summary = summarize(text, title, sentences)
    bullets = key_facts(text, title, facts, exclude=summary)
    order = {s.text: s.position for s in prepare(text, title).sentences}
    stats = ReaderStats(articles=1, sentences=len(summary), bullets=len(bullets))
    stats.whole_bullets = sum(is_whole_sentence(b) for b in bullets)
    stats.marked_cuts = sum(b.rstrip().endswith("…") for b in bullets)
    stats.unresolved_sentences = _unresolved(summary, order, None)
    stats.unresolved_bullets = _unresolved(bullets, order, summary[-1] if summary else None)
    lines = [*summary, *bullets]
    if any(says_same(a, b) for i, a in enumerate(lines) for b in lines[i + 1 :]):
        stats.repeat_articles = 1
    shown = introduce_people(lines, [text], title or "")  # as a digest shows them
    stats.quoted_unnamed = int(quotes_unnamed(shown, text, title))
    headline = headline_line(text)
    if headline is not None:
        stats.headlines = 1
        stats.headline_chosen = int(any(headline in s for s in summary))
    return stats


def reader_checks(
    articles: Iterable[tuple[str, str | None]], sentences: int = 3, facts: int = 4
) -> ReaderStats:
    """Sum of :func:`check_article` over (text, title) pairs."""
    total = ReaderStats()
    for text, title in articles:
        total.add(check_article(text, title, sentences, facts))
    return total


def format_checks(stats: ReaderStats, label: str) -> str:
    """The reader checks as a Markdown table."""

    def pct(part: int, whole: int) -> str:
        return f"{100 * part / whole:.1f}% ({part}/{whole})" if whole else "–"

    fragments = stats.bullets - stats.whole_bullets - stats.marked_cuts
    rows = [
        ("key-fact bullets that are whole sentences", pct(stats.whole_bullets, stats.bullets)),
        ("bullets cut and marked with …", pct(stats.marked_cuts, stats.bullets)),
        ("bullets that are fragments (neither)", pct(fragments, stats.bullets)),
        (
            "bullets opening with an unresolved reference",
            pct(stats.unresolved_bullets, stats.bullets),
        ),
        (
            "summary sentences opening with an unresolved reference",
            pct(stats.unresolved_sentences, stats.sentences),
        ),
        (
            "articles whose summary + facts say something twice",
            pct(stats.repeat_articles, stats.articles),
        ),
        ("headline line chosen as a summary sentence", pct(stats.headline_chosen, stats.headlines)),
        (
            "articles quoting someone by surname before naming them",
            pct(stats.quoted_unnamed, stats.articles),
        ),
    ]
    lines = [f"{label}: {stats.articles} articles", "", "| check | share |", "|---|---:|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines)


Article = tuple[str, str | None]
"""(text, title) of one article."""


def load_articles(path: Path, titles: bool = True) -> list[Article]:
    """Articles of a JSONL corpus (``text``, optional ``title``), a feed, a page or a folder.

    A folder is read like ``config/samples``: its ``*.xml`` feeds, then ``pages/*.html``
    and ``*.html``. With ``titles=False`` titles are dropped (as for JSONL records
    without one), so the summarizer has to find a headline line itself.
    """
    articles: list[Article] = []
    if path.is_dir():
        files = [
            *sorted(path.glob("*.xml")),
            *sorted(path.glob("pages/*.html")),
            *sorted(path.glob("*.html")),
        ]
    else:
        files = [path]
    for file in files:
        if file.suffix == ".jsonl":
            with file.open(encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        record = json.loads(line)
                        if record.get("text"):
                            articles.append((record["text"], record.get("title") or None))
        elif file.suffix == ".xml":
            feed = parse_feed(file.read_bytes(), str(file))
            articles.extend((item.text, item.title or None) for item in feed.items)
        elif file.suffix in {".html", ".htm"}:
            try:
                page = extract_page(file.read_bytes(), None)
            except SourceError:
                continue
            articles.append((page.text, page.title or None))
    return articles if titles else [(text, None) for text, _ in articles]
