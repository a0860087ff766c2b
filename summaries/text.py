"""Offline text basics: cleaning, boilerplate removal, sentences, tokens and stems.

Nothing here downloads data or touches the disk at run time. Sentence splitting uses
nupunkt's bundled Punkt model (pure Python, about 0.4 ms for a news article) after a
regex pass that separates sentences glued without a space ("community.Dr Venter").
Stemming is the Porter algorithm (:mod:`summaries.porter`) behind a bounded cache.

Everything is written for English news. Other languages still work: text is cleaned
and split on sentence punctuation, tokens are Unicode words, and stop words and
stemming simply do not apply to them, so downstream ranking falls back to position
and plain word overlap.
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import Protocol

from summaries.porter import porter_stem
from summaries.stopwords import STOP_WORDS

__all__ = [
    "STOP_WORDS",
    "clean_article",
    "clean_text",
    "content_terms",
    "has_boilerplate_hint",
    "is_author_tail",
    "is_boilerplate",
    "is_title_repeat",
    "normalise_title",
    "split_clean_sentences",
    "split_paragraphs",
    "split_sentences",
    "stem",
    "strip_inline_boilerplate",
    "words",
]


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ---------------------------------------------------------------------------
# clean_text
# ---------------------------------------------------------------------------

_TAG_RE = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?|!--.*?--)>", re.S)
_BLOCK_TAG_RE = re.compile(r"<\s*(?:br|/p|p|/div|/li|/h[1-6]|/blockquote|/tr)\b[^<>]*>", re.I)
_SCRIPT_RE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_NEWLINES_RE = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# "community.Dr Venter" / "great.It" / 'said."Next' / "2015.The": a lowercase letter or
# digit, sentence punctuation and optional closing quotes, then a capitalised word.
# Capitals before the dot ("U.S.The") are left alone on purpose: they are usually
# abbreviations, and a lowercase/digit on both sides ("3.5", "example.com") is not
# touched at all.
# "community.Dr Venter" / "great.It" / 'said."Next' / "2015.The": a lowercase letter or
# digit, sentence punctuation and optional closing quotes, then a capitalised word.
# Capitals before the dot ("U.S.The") are left alone on purpose: they are usually
# abbreviations, and a lowercase/digit on both sides ("3.5", "example.com") is not
# touched at all. The pattern starts at the punctuation (fast to scan for); the
# character before it is checked in Python.
_GLUED_RE = re.compile(r"([.!?]+[\"'’”)\]]*)(?=[\"“‘]?[A-Z][a-z])")
_GLUED_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789%)]")
_URLISH_RE = re.compile(r"(?:https?://|www\.|@|\.(?:com|org|net|gov|edu|co|io|uk)\b)", re.I)
_TERMINAL_RE = re.compile(r"[.!?:;…\"'’”)\]]$")


def _fix_glued(text: str) -> str:
    """Insert the missing space in sentences glued together ("great.It works")."""

    def repl(m: re.Match[str]) -> str:
        start = m.start()
        if start == 0 or text[start - 1] not in _GLUED_BEFORE:
            return m.group(0)
        token_start = text.rfind(" ", 0, start) + 1
        end = text.find(" ", m.end())
        token = text[token_start : end if end >= 0 else len(text)]
        if _URLISH_RE.search(token):
            return m.group(0)
        return m.group(1) + " "

    if not _GLUED_RE.search(text):
        return text
    return _GLUED_RE.sub(repl, text)


_LIST_ITEM_RE = re.compile(r"^(?:[-–—•*·]\s|\d{1,2}[.)]\s)")
_STOP_ENDINGS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "as",
        "than",
        "into",
        "its",
        "their",
        "his",
        "her",
    ]
)
WRAPPED_LINE_CHARS = 40
"""A line at least this long that ends mid-sentence may be a hard wrap."""


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """True when most lines that run on into another line end mid-sentence (a wrapped text).

    One paragraph per line (as scrapers write) ends nearly every line with punctuation;
    text wrapped at a fixed width ends most of them in the middle of a sentence.
    """
    running = [a for a, b in itertools.pairwise(lines) if a and b]
    if len(running) < 3:
        return False
    mid = sum(1 for a in running if len(a) >= WRAPPED_LINE_CHARS and not _TERMINAL_RE.search(a))
    return 2 * mid >= len(running)


def _is_wrap(current: str, line: str, wrapped_text: bool, first_line: bool) -> bool:
    """True when the break between ``current`` and the next ``line`` is a hard wrap.

    A single newline is a paragraph break (scrapers put one paragraph per line) unless
    ``current`` does not end with sentence punctuation and the sentence clearly goes
    on: the next line starts in lowercase, a number is split ("40" / "0 settlements"),
    ``current`` ends with a comma or a word that cannot end a sentence ("of", "the"),
    or the whole text is hard-wrapped (then only a headline on the first line and list
    items keep their own line).
    """
    if _TERMINAL_RE.search(current) or _LIST_ITEM_RE.match(line):
        return False
    if line[0].islower() or (current[-1].isdigit() and line[0].isdigit()):
        return True
    last = current.rsplit(" ", 1)[-1].lower()
    if current.endswith(",") or last in _STOP_ENDINGS:
        return True
    return wrapped_text and not first_line


def _join_lines(lines: list[str]) -> list[str]:
    """Group cleaned lines into paragraphs; hard-wrapped lines are joined (see _is_wrap).

    A number split by the wrap is joined without a space ("40" + "0 settlements" →
    "400 settlements"): two numbers side by side with nothing between them are rarer
    in news copy than a wrap inside one.
    """
    paragraphs: list[str] = []
    wrapped_text = _looks_hard_wrapped(lines)
    current = ""
    first_line = False
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        if current and _is_wrap(current, line, wrapped_text, first_line):
            glue = "" if current[-1].isdigit() and line[0].isdigit() else " "
            current = f"{current}{glue}{line}"
        else:
            if current:
                paragraphs.append(current)
            first_line = not paragraphs and not current
            current = line
            continue
        first_line = False
    if current:
        paragraphs.append(current)
    return paragraphs


def clean_text(text: str) -> str:
    """Return ``text`` as clean plain text with paragraphs separated by ``"\\n\\n"``.

    Unescapes HTML entities (twice, for double-escaped feeds), drops HTML tags,
    normalises Unicode spaces and line endings, removes zero-width characters,
    collapses runs of spaces, joins hard-wrapped lines and separates sentences glued
    without a space ("community.Dr Venter" → "community. Dr Venter") while leaving
    "U.S.", "3.5", "e.g." and URLs alone.
    """
    if not text:
        return ""
    if "&" in text:
        for _ in range(2):
            if not _ENTITY_RE.search(text):
                break
            text = html.unescape(text)
    if "<" in text:
        text = _SCRIPT_RE.sub(" ", text)
        if _BLOCK_TAG_RE.search(text):
            # In HTML with paragraph tags a raw line break is only a space.
            text = text.replace("\r", " ").replace("\n", " ")
        text = _BLOCK_TAG_RE.sub("\n", text)
        text = _TAG_RE.sub("", text)
    if not text.isascii():
        text = _ZERO_WIDTH_RE.sub("", unicodedata.normalize("NFC", text))
        if "\u2028" in text or "\u2029" in text or "\x85" in text:
            text = _NEWLINES_RE.sub("\n", text)
    if "\r" in text or "\x0b" in text or "\x0c" in text:
        text = _NEWLINES_RE.sub("\n", text)
    # str.split() knows every Unicode space: this collapses runs and strips each line.
    lines = [" ".join(line.split()) for line in text.split("\n")]
    paragraphs = _join_lines(lines)
    return "\n\n".join(_fix_glued(p) for p in paragraphs)


def split_paragraphs(text: str) -> list[str]:
    """Split cleaned text into its non-empty paragraphs."""
    return [p.strip() for p in text.split("\n\n") if p.strip()]


# ---------------------------------------------------------------------------
# boilerplate
# ---------------------------------------------------------------------------

_BYLINE_HEAD_RE = re.compile(
    r"^(?:(?:written|reported|reporting|words|story|text|posted|published|edited|compiled|"
    r"photos?|pictures?|interview)\s+)?by\s*[:.]?\s*(?P<rest>.+)$",
    re.I,
)
_BYLINE_CONNECTORS = _wordset("and & | , - – — · • / for in at of the and from with via on")
_NOT_NAMES = _wordset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december the this that then "
    "now it its in on at a an"
)

# Whole lines (paragraphs) that are never article text.
BOILERPLATE_MAX_WORDS = 30
"""Lines or sentences longer than this are never treated as page furniture."""

_LINE_BOILERPLATE_RE = re.compile(
    r"""^(?:
      leave\ a\ (?:reply|comment)\b
    | (?:your\ )?email\ address\ will\ not\ be\ published
    | required\ fields\ are\ marked
    | comments?\ (?:are|is)\ (?:closed|disabled)
    | you\ must\ be\ logged\ in
    | post\ navigation\b
    | (?:related|recommended|more|popular|trending)\ (?:posts|articles|stories|coverage|reading)
        \s*(?::|$)
    | you\ (?:may|might)\ also\ (?:like|enjoy)\b
    | read\ (?:more|next|also)\s*[:>»]
    | see\ also\s*:
    | related\s*:
    | story\ continues\ (?:below|after)\b
    | (?:media|press)\ (?:contact|enquiries|inquiries)\b
    | source\ [A-Z][^.]{0,60}$
    | (?:good\ (?:morning|afternoon|evening),?\ (?:and\ )?)?welcome\ to\ (?:our|the)\ live\b
    | continue\ reading(?:\ the\ main\ story)?\s*$
    | this\ (?:article|story)\ (?:was|has\ been)\ (?:amended|updated|corrected)\b
    | (?:last\ )?(?:modified|updated)\ (?:on|at)\ \S
    | (?:published|updated)\ \d
    | (?:editor'?s?|editors’)\ note\s*:
    | correction\s*:
    | supported\ by\s*$
    | listen\ to\ this\ (?:article|story)
    | read\ the\ full\ (?:report|story|article|statement)\ here
    | get\ (?:the\ )?latest\b.{0,40}\b(?:delivered|inbox|straight\ to)
    | most\ (?:read|popular|viewed|shared)\s*$
    | more\ on\ this\ (?:story|topic)\s*$
    | download\ (?:the|our)\ (?:\w+\ )?app\b
    | join\ the\ conversation\b
    | (?:have|got)\ a\ (?:news\ |story\ )?tip\b
    | share\ full\ article
    | \d+\ min(?:ute)?s?\ read\s*$
    | (?:also\ )?read\s*:
    | share\ (?:this|on|via|the\ story|article)\b
    | click\ to\ (?:share|email|print|tweet)\b
    | (?:sign\ up|subscribe)\ (?:for|to|now)\b
    | (?:subscribe|newsletter|advertisement|advertising|sponsored(?:\ content)?|print|email|
        facebook|twitter|whatsapp|pinterest|linkedin|reddit|messenger|copy\ link|comments?|
        share|tweet|close|menu|skip\ to\ (?:main\ )?content|loading)\s*[.:!]?$
    | follow\ (?:us|me|him|her|them|the\ author)\ on\b
    | like\ us\ on\ facebook
    | copyright\s*(?:©|\(c\)|\d{4})
    | ©
    | \(c\)\ \d{4}
    | all\ rights\ reserved
    | (?:image|photo|picture|photograph|video)\s+(?:copyright|caption|credit|courtesy)\b
    | (?:photo|photograph|picture|pictured|image|caption|credit|source|video|watch)\s*:
    | media\ playback\ is\ (?:not\ supported|unsupported)
    | (?:scroll\ down|click\ here)\b
    | (?:published|updated|last\ updated|posted|first\ published)\s*:\s*\S
    | this\ (?:article|story)\ (?:was\ )?(?:originally|first)\ (?:appeared|published)
    | (?:contact|email)\ (?:the\ )?(?:author|reporter|us)\b
    | save\ this\ story
    | (?:getty\ images|shutterstock|ap\ photo|afp|reuters|epa|pa\ wire)\s*$
    )""",
    re.I | re.X,
)
# Caption credits at the start or end of a short line: "Smith in 2019. (Getty Images)".
_CREDIT_RE = re.compile(
    r"getty images|shutterstock|ap photo|afp photo|/ ?reuters|reuters/|/ ?afp|afp/|/ ?epa|"
    r"image credit|photo credit|photograph:|picture:|image:|photo:|pictured:|\(pictured\)"
)
# Inline fragments removed from inside otherwise good text. Case-insensitive
# alternations are slow in ``re``, so each starts with a case-sensitive first letter.
_INLINE_HINTS = (
    "scroll down",
    "click here",
    "tap here",
    "media playback",
    "image copyright",
    "image caption",
    "getty",
    "shutterstock",
    "ap photo",
    "credit",
    "courtesy",
)
_PAREN_RE = re.compile(r"\s?[(\[]([^()\[\]]{1,160})[)\]]")
_PAREN_CREDIT_RE = re.compile(
    r"(?i:\b(?:image|photo|picture|photograph|video)s?\b.{0,80}?(?:credit|courtesy|\bby\b|:)"
    r"|getty images|shutterstock|ap photo|afp photo|reuters/|/reuters|epa/|/epa)"
)
_INLINE_PHRASE_RE = re.compile(
    r"""\s?(?:
      [Ss](?i:croll\ down\ for\ (?:video|more|pictures?)s?)\b\.?
    | [CcTt](?i:(?:lick|ap)\ here\ to\ (?:see|watch|read|view|download|subscribe))\b
      [^.!?]{0,80}[.!?]?
    | [Mm](?i:edia\ playback\ is\ (?:not\ supported|unsupported)\ on\ your\ device)\b\.?
    | [Ii](?i:mage\ (?:copyright|caption))\ [^.!?]{0,60}?(?:Getty\ Images|AFP|Reuters|PA|EPA|
        AP|BBC|Science\ Photo\ Library|\S+\ Images)\b
    )""",
    re.X,
)


def _paren_repl(m: re.Match[str]) -> str:
    return "" if _PAREN_CREDIT_RE.search(m.group(1)) else m.group(0)


# Short sentences that are boilerplate even inside a paragraph.
_SENTENCE_BOILERPLATE_RE = re.compile(
    r"""^(?:
      (?:share|email|tweet|print)\ this\b
    | (?:sign\ up|subscribe)\ (?:for|to)\ (?:our|the)\b
    | follow\ (?:us|me|him|her|them)\ on\b
    | (?:read|see)\ (?:more|also)\s*[:>»]
    | read\ more\ (?:about|on|at|here)\b
    | click\ here\b
    | scroll\ down\b
    | (?:contact|email)\ (?:the\ )?(?:author|reporter)\b
    | all\ rights\ reserved
    | copyright\s*(?:©|\(c\)|\d{4})
    | leave\ a\ (?:reply|comment)
    | your\ email\ address\ will\ not\ be\ published
    | required\ fields\ are\ marked
    )""",
    re.I | re.X,
)
_SITE_WORDS = _wordset(
    "news times post journal daily herald tribune guardian reuters ap afp bbc cnn press media "
    "online magazine wire today gazette telegraph independent mail chronicle observer insider "
    "digest week weekly radio tv network world express sun star standard record review "
    "bloomberg axios politico verge techcrunch wired associated"
)
_DOMAIN_LINE_RE = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?$", re.I)
_BIO_RE = re.compile(
    r"^(?:[A-Z][\w'’.-]+\s+){1,3}(?:"
    r"(?:is|was|has\ been|writes|covers|reports)\b.{0,160}?"
    r"\b(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|author|"
    r"producer|freelance|freelancer|critic|blogger|fellow|staff|intern|host|anchor)\b"
    r"|(?:covers|writes\ about|writes\ on|reports\ on|reports\ from)\b[^.]{0,120}"
    r"\bfor\ (?:the\ )?[A-Z][\w'’&.-]*(?:\ [A-Z][\w'’&.-]*){0,3}\.?$)",
    re.X,
)
_AUTHOR_TAIL_RE = re.compile(
    r"^(?:follow\b|you\ can\ (?:follow|reach|contact)|contact\b|email\b|(?:he|she|they)\ can\ be\ "
    r"reached|reach\ (?:him|her|them)\b|@\w+\s*$|twitter:|"
    r"\(?(?:additional\ )?(?:editing|reporting|writing)\ by\b|"
    r"[^.]{0,150}\bcontributed\ (?:reporting\b|to\ (?:this|the)\ (?:report|story|article)))",
    re.I | re.X,
)
_WORDISH_RE = re.compile(r"[\w'’.&-]+|[|,/&–—·•-]")


def _is_byline(line: str) -> bool:
    m = _BYLINE_HEAD_RE.match(line)
    if not m:
        return False
    rest = m.group("rest").strip(" .:")
    tokens = _WORDISH_RE.findall(rest)
    if not tokens or len(tokens) > 14:
        return False
    first = tokens[0].strip(".")
    if not first[:1].isupper() or first.lower() in _NOT_NAMES:
        return False
    names = 0
    for tok in tokens:
        bare = tok.strip(".'’")
        if not bare:
            continue
        if bare.lower() in _BYLINE_CONNECTORS:
            continue
        if bare[0].isupper() or bare[0].isdigit():
            names += 1
            continue
        return False
    return names >= 1


def _is_site_name(line: str) -> bool:
    if len(line) > 60:
        return False
    if _DOMAIN_LINE_RE.match(line):
        return True
    if len(line) > 40 or _TERMINAL_RE.search(line):
        return False
    tokens = line.replace("|", " ").split()
    if not 1 <= len(tokens) <= 4:
        return False
    if not all(t[0].isupper() or t.lower() == "the" for t in tokens):
        return False
    return any(t.lower().strip(".") in _SITE_WORDS for t in tokens)


def _is_caption_line(line: str) -> bool:
    if len(line) > 300:
        return False
    ends = f"{line[:40]}\n{line[-40:]}".lower()
    return bool(_CREDIT_RE.search(ends))


def is_boilerplate(sentence: str) -> bool:
    """True when a line or sentence is page furniture rather than article text.

    Covers bylines ("By Jane Doe", "Written by …"), comment forms ("Leave a Reply",
    "Your email address will not be published"), share/subscribe prompts, photo
    captions and credits, "Scroll down for video", datelines like "Published: …",
    copyright notices and site names alone on a line.
    """
    s = sentence.strip()
    if not s:
        return True
    # Furniture is short: a long paragraph that merely starts like it is article text.
    if s.count(" ") < BOILERPLATE_MAX_WORDS and (
        _LINE_BOILERPLATE_RE.match(s) or _SENTENCE_BOILERPLATE_RE.match(s)
    ):
        return True
    if s[:1] in "BbWwRrPpSsTtEeIiCc" and _is_byline(s):
        return True
    return _is_caption_line(s) or (len(s) <= 60 and _is_site_name(s))


def normalise_title(text: str) -> str:
    """Lowercased words of a headline joined by single spaces (for comparisons)."""
    return " ".join(re.findall(r"\w+", text.lower()))


def is_title_repeat(line: str, title_key: str) -> bool:
    """True when ``line`` is the headline (``normalise_title`` of it) repeated."""
    key = normalise_title(line)
    if not key or not title_key:
        return False
    if key == title_key:
        return True
    # "Headline | Site name" or "Headline - Site"
    return key.startswith(title_key) and len(key.split()) - len(title_key.split()) <= 4


def strip_inline_boilerplate(paragraph: str) -> str:
    """Remove inline furniture: "(Image credit: …)", "Scroll down for video", …"""
    low = paragraph.lower()
    if not any(hint in low for hint in _INLINE_HINTS):
        return paragraph
    out = _INLINE_PHRASE_RE.sub("", paragraph)
    if "(" in out or "[" in out:
        out = _PAREN_RE.sub(_paren_repl, out)
    return out.strip()


# A wire dateline opening a paragraph: "ÉVORA, Portugal, Nov 22 (Meridian Wire) - ",
# "LONDON (Reuters) - ", "(CNN) -- ", "ABERDEEN, Scotland, Dec. 3, 2026 /PRNewswire/ -- ".
_WIRE_DATELINE_RE = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{1,40}(?:,\s[^,()\n]{1,40}){0,3}\s)?"
    r"(?:\([^()\n]{1,40}\)|/[A-Za-z][^/\n]{1,30}/)\s?[-–—]+\s+"
)


# A list item's marker: "- ", "• ", "1. " opening a line (the item is read as prose).
_LIST_MARKER_RE = re.compile(r"^[ \t]*(?:[-•*▪◦]|\d{1,2}[.)])[ \t]+(?=\S)", re.M)


def strip_list_markers(text: str) -> str:
    """The text without the markers opening its list items' lines ("- ", "• ", "1. ")."""
    return _LIST_MARKER_RE.sub("", text)


def list_items(paragraphs: list[str]) -> list[bool]:
    """Which paragraphs are items of a list: marked ones next to another marked one or
    after a lead-in ending with a colon. (A lone "- …" paragraph is often another story's
    brief closing the page, not part of this one.)"""
    marked = [bool(_LIST_MARKER_RE.match(p)) for p in paragraphs]
    return [
        mark
        and (
            (i > 0 and (marked[i - 1] or paragraphs[i - 1].endswith(":")))
            or (i + 1 < len(marked) and marked[i + 1])
        )
        for i, mark in enumerate(marked)
    ]


# A live blog's timestamp opening an entry: "10:42 — ", "9.05am BST - ".
_TIMESTAMP_RE = re.compile(
    r"^\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s[A-Z]{2,4})?\s*[-–—]+\s+"
)


def strip_dateline(paragraph: str) -> str:
    """The paragraph without a wire dateline ("LONDON (Reuters) - ") or a live blog's
    timestamp ("10:42 — ") opening it."""
    return _TIMESTAMP_RE.sub("", _WIRE_DATELINE_RE.sub("", paragraph, count=1), count=1)


def clean_article(text: str, title: str | None = None) -> str:
    """Clean a scraped article and drop its boilerplate, keeping paragraphs ("\\n\\n").

    On top of :func:`clean_text` this removes, at line level: bylines, comment-form
    text, share/subscribe prompts, photo captions and credits, datelines (wire datelines
    such as "LONDON (Reuters) - " included), site names
    alone on a line, the headline repeated as the first line, and author bios or
    contact lines at the end; at sentence level (only inside paragraphs where a cheap
    regex finds a candidate, so clean text costs one search per paragraph): the same
    prompts glued into running text, and inline fragments such as
    "(Image credit: …)" and "Scroll down for video".
    """
    paragraphs = split_paragraphs(clean_text(text))
    if not paragraphs:
        return ""
    title_key = normalise_title(clean_text(title)) if title else ""
    if title_key and is_title_repeat(paragraphs[0], title_key):
        paragraphs = paragraphs[1:]

    kept: list[str] = []
    for para in paragraphs:
        para = strip_inline_boilerplate(strip_dateline(para))
        if not para or is_boilerplate(para):
            continue
        if has_boilerplate_hint(para):
            sentences = _split_paragraph(para)
            if len(sentences) > 1:
                good = [s for s in sentences if not is_boilerplate(s)]
                if not good:
                    continue
                para = " ".join(good)
        kept.append(para)

    # Author bios and contact lines at the very end.
    while len(kept) > 1 and is_author_tail(kept[-1]):
        kept.pop()
    return "\n\n".join(kept)


def is_author_tail(text: str) -> bool:
    """True for an author bio or contact line ("Jane Doe is a reporter covering …")."""
    return len(text) <= 400 and bool(_BIO_RE.match(text) or _AUTHOR_TAIL_RE.match(text))


_HINT_WORDS = (
    r"(?:[Ss]hare|[Ee]mail|[Tt]weet|[Pp]rint|[Ss]ign up|[Ss]ubscribe|[Ff]ollow|"
    r"[Rr]ead|[Ss]ee|[Cc]lick|[Ss]croll|[Cc]ontact|[Aa]ll rights|[Cc]opyright|[Ll]eave a|"
    r"[Yy]our email|[Rr]equired fields|[Pp]hoto|[Pp]icture|[Ii]mage|[Gg]etty|[Bb]y [A-Z]|"
    r"[Pp]ublished|[Uu]pdated|SHARE|READ|CLICK|SCROLL|PUBLISHED|UPDATED)"
)
# Where a boilerplate sentence may hide inside running text: after sentence
# punctuation, or at the start of a paragraph.
_SENTENCE_HINT_RE = re.compile(r"[.!?][\"'’”]?\s+" + _HINT_WORDS)
_PARAGRAPH_HINT_RE = re.compile(r"^" + _HINT_WORDS, re.M)


def has_boilerplate_hint(text: str) -> bool:
    """Cheap test: could a sentence of ``text`` be boilerplate? (False means surely not.)"""
    return bool(_SENTENCE_HINT_RE.search(text) or _PARAGRAPH_HINT_RE.search(text))


# ---------------------------------------------------------------------------
# sentences
# ---------------------------------------------------------------------------


class _SentenceTokenizer(Protocol):
    def tokenize(self, text: str) -> Iterable[str]: ...


# Titles, ranks and company forms common in news that nupunkt's model does not know as
# abbreviations. (Not "Cia.", Compañía: types are case-blind, and "the CIA." ends many
# a sentence.)
EXTRA_ABBREVIATIONS = ("spc", "pfc", "lt", "cmdr", "pty", "mfg")
# nupunkt's model was learnt from legal and scanned text: among its 5,900 abbreviations
# are surnames, OCR debris and everyday words ("found", "month", "win", "tax", "bank"),
# so "…a study has found. Paid staff…" stayed one sentence. Only these longer ones are
# kept, with every type that has an inner full stop ("u.s", "e.g") and every one or
# two letters long that is not a stop word ("co", "st", "sq"). Words that often end a
# sentence are left out even though they abbreviate something ("ill", "ore", "sat").
NEWS_ABBREVIATIONS = frozenset(
    [
        # titles and ranks
        "mrs",
        "messrs",
        "mme",
        "mlle",
        "gen",
        "col",
        "maj",
        "capt",
        "cmdr",
        "sgt",
        "cpl",
        "pvt",
        "pfc",
        "spc",
        "adm",
        "brig",
        "lieut",
        "gov",
        "sen",
        "sens",
        "rep",
        "reps",
        "pres",
        "supt",
        "insp",
        "det",
        "rev",
        "prof",
        "hon",
        "esq",
        "atty",
        "no",
        # months and days as abbreviated in news copy
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "tue",
        "tues",
        "thu",
        "thur",
        "thurs",
        "fri",
        # organisations and addresses
        "inc",
        "corp",
        "ltd",
        "bros",
        "plc",
        "llc",
        "assn",
        "assoc",
        "dept",
        "govt",
        "univ",
        "natl",
        "intl",
        "ave",
        "blvd",
        "hwy",
        "bldg",
        "rte",
        # US states (AP style)
        "ala",
        "ariz",
        "ark",
        "calif",
        "colo",
        "conn",
        "del",
        "fla",
        "ind",
        "kan",
        "kans",
        "mich",
        "minn",
        "mont",
        "neb",
        "nev",
        "okla",
        "tenn",
        "tex",
        "wis",
        "wyo",
        # references and units
        "approx",
        "est",
        "etc",
        "vol",
        "vols",
        "figs",
        "nos",
        "eds",
        "viz",
        "ibid",
        "lbs",
        "hrs",
        "yrs",
        "mins",
        "secs",
    ]
)
_NOT_ABBREVIATIONS = frozenset(["ok", "ah", "ex", "ad", "id", "oh", "ha", "ya", "yo"])


def _news_abbreviation(kind: str) -> bool:
    """Whether one of nupunkt's abbreviation types is kept for news text."""
    if "." in kind or kind in NEWS_ABBREVIATIONS:
        return True
    if len(kind) == 1:
        return True
    return len(kind) == 2 and kind not in STOP_WORDS and kind not in _NOT_ABBREVIATIONS


_TITLES = (
    "Mr|Mrs|Ms|Dr|Prof|Rev|Sen|Rep|Gov|Gen|Col|Lt|Capt|Cmdr|Maj|Sgt|Cpl|Pvt|Pfc|Spc|"
    "Det|Insp|Supt|St"
)
# Punkt keeps "He said so. Dr. Jones agreed." together: a lowercase word, its full stop,
# then a title abbreviation and a capitalised name start a new sentence.
_LOWERCASE_ABBREVIATIONS = frozenset(
    ["approx", "etc", "vs", "inc", "ltd", "co", "corp", "jr", "sr", "st", "no", "cf", "ca"]
)
_TITLE_START_RE = re.compile(r"\b([a-z]{2,})\. (?=(?:" + _TITLES + r")\. [A-Z])")
# Punkt ends a sentence at "… after the U.S." when a title follows ("Ambassador",
# "Secretary", "Judge"), though news writes the country's initials before its officials
_INITIALS_END_RE = re.compile(r"\b(?:U\.S|U\.K|U\.N|E\.U)\.$")
_TITLE_WORD_RE = re.compile(
    r"(?:Ambassador|Secretary|Senator|Judge|Governor|Admiral|Colonel|Captain|"
    r"Sergeant|Attorney|Representative|Envoy|Consul|Commander|Lieutenant|Marshal)\b"
)


class _Punkt:
    """nupunkt's bundled model with its abbreviations vetted for news (its own copy)."""

    def __init__(self) -> None:
        import copy

        import nupunkt

        base = nupunkt.load("default")
        params = copy.deepcopy(base.parameters)
        params.abbrev_types = {t for t in params.abbrev_types if _news_abbreviation(t)}
        self._tokenizer = nupunkt.PunktSentenceTokenizer(params)
        self._tokenizer.add_abbreviations(list(EXTRA_ABBREVIATIONS))

    def tokenize(self, text: str) -> Iterable[str]:
        for chunk in self._chunks(text):
            if ". " in chunk and _TITLE_START_RE.search(chunk):
                yield from self._split_titles(chunk)
            else:
                yield chunk

    def _chunks(self, text: str) -> Iterable[str]:
        """Punkt's sentences, but "the U.S. Ambassador to Armenia" stays one: a title after
        a country's or body's initials on the same line goes on the sentence."""
        spans = list(self._tokenizer.span_tokenize(text))
        start = None
        for k, (a, b) in enumerate(spans):
            start = a if start is None else start
            after = spans[k + 1][0] if k + 1 < len(spans) else None
            if (
                after is not None
                and _INITIALS_END_RE.search(text, a, b)
                and _TITLE_WORD_RE.match(text, after)
                and text[b:after].strip(" ") == ""
            ):
                continue
            yield text[start:b]
            start = None

    def _split_titles(self, chunk: str) -> list[str]:
        pieces: list[str] = []
        start = 0
        for m in _TITLE_START_RE.finditer(chunk):
            if m.group(1) in _LOWERCASE_ABBREVIATIONS:  # "approx. Dr. …", "etc. Mr. …"
                continue
            pieces.append(chunk[start : m.end(1) + 1])
            start = m.end()
        pieces.append(chunk[start:])
        return pieces


@cache
def _punkt() -> _SentenceTokenizer:
    return _Punkt()


MAX_SENTENCE_WORDS = 80
"""Sentences longer than this are cut at clause punctuation, or at word boundaries."""

_CLAUSE_BREAK_RE = re.compile(r"(?<=[;:,)\]–—-])\s+|\s+(?=[–—-]\s)")


MAX_SENTENCE_CHARS = 1000
"""Longer "sentences" (no spaces, no punctuation) are cut into pieces of this size."""


def _chunk_chars(text: str) -> list[str]:
    return [text[i : i + MAX_SENTENCE_CHARS] for i in range(0, len(text), MAX_SENTENCE_CHARS)]


def _chunk_long(sentence: str, max_words: int = MAX_SENTENCE_WORDS) -> list[str]:
    """Cut an over-long "sentence" (text without punctuation) into verbatim pieces."""
    tokens = sentence.split(" ")
    if len(tokens) <= max_words:
        return [sentence] if len(sentence) <= MAX_SENTENCE_CHARS else _chunk_chars(sentence)
    pieces: list[str] = []
    # Prefer clause boundaries: greedy packing of clauses up to ``max_words`` words.
    clauses = _CLAUSE_BREAK_RE.split(sentence)
    current: list[str] = []
    count = 0
    for clause in clauses:
        n = clause.count(" ") + 1
        if n > max_words:
            if current:
                pieces.append(" ".join(current))
                current, count = [], 0
            words_ = clause.split(" ")
            step = max(max_words // 2, 20)
            pieces.extend(" ".join(words_[i : i + step]) for i in range(0, len(words_), step))
            continue
        if count + n > max_words and current:
            pieces.append(" ".join(current))
            current, count = [], 0
        current.append(clause)
        count += n
    if current:
        pieces.append(" ".join(current))
    return [
        part
        for piece in pieces
        if piece.strip()
        for part in (_chunk_chars(piece) if len(piece) > MAX_SENTENCE_CHARS else [piece])
    ]


def _split_paragraph(paragraph: str) -> list[str]:
    return split_clean_sentences(paragraph)


def split_sentences(text: str) -> list[str]:
    """Split text into sentences, offline.

    Paragraph breaks always end a sentence. Inside a paragraph nupunkt's bundled Punkt
    model decides, which keeps abbreviations ("Mr.", "U.S.", "p.m."), decimals and
    quotations together; sentences glued without a space are separated first. A
    "sentence" of more than ``MAX_SENTENCE_WORDS`` words (text without punctuation)
    is cut at clause punctuation or word boundaries so callers never get one huge
    string.
    """
    return split_clean_sentences(clean_text(text))


def split_clean_sentences(cleaned: str) -> list[str]:
    """Like :func:`split_sentences` for text that already went through clean_text.

    The whole text goes through Punkt in one call (per-call overhead matters for
    articles with many short paragraphs); a paragraph break inside a Punkt sentence
    splits it.
    """
    out: list[str] = []
    cjk = not cleaned.isascii() and bool(_CJK_END_RE.search(cleaned))
    for chunk in _punkt().tokenize(cleaned):
        pieces: list[str] | tuple[str] = chunk.split("\n\n") if "\n\n" in chunk else (chunk,)
        if cjk:
            pieces = [p for piece in pieces for p in _CJK_SPLIT_RE.split(piece)]
        if "m. " in chunk:
            pieces = [p for piece in pieces for p in _AFTER_CLOCK_RE.split(piece)]
        for piece in pieces:
            sent = piece.strip()
            if not sent:
                continue
            if len(sent) > MAX_SENTENCE_CHARS or sent.count(" ") >= MAX_SENTENCE_WORDS:
                out.extend(_chunk_long(sent))
            elif _CAPTION_RE.match(sent):
                out.extend(_split_caption(sent))
            else:
                out.append(sent)
    return out


# A photo caption opens on a label and a colon ("Haul: The cherry picker collecting drugs
# from the roof of HMP Altcourse in Liverpool") and often has no full stop, so the next
# sentence runs on: "… in Liverpool The amount of drugs …". Not a speaker's words ("She
# said: 'I like …'").
_CAPTION_RE = re.compile(
    r"^(?!(?:[\w'’-]+ ){1,4}(?:said|says|added|told|explained|wrote|insisted|claimed|warned):)"
    r"[A-Z][\w'’-]*(?: [\w'’-]+){0,3}: [A-Z‘'\"]"
)
# … where a lower-case word or a figure is followed by a word that opens a sentence
_RUN_ON_RE = re.compile(
    r"(?<=[a-z0-9)])\s+(?=(?:The|An|He|She|It|They|His|Her|Their|But|In|On|At|After|This|We)\s)"
)
# (not after a word that the next one may complete: "in The Times", "of The Beatles")
_BEFORE_A_TITLE = frozenset(
    [
        "in",
        "at",
        "of",
        "on",
        "for",
        "to",
        "by",
        "from",
        "with",
        "and",
        "the",
        "a",
        "an",
        "into",
        "as",
        "than",
        "like",
        "about",
        "over",
        "under",
        "against",
        "between",
        "is",
        "was",
    ]
)


def _split_caption(sentence: str) -> list[str]:
    """A caption and the sentences that run on after it, split where one opens."""
    pieces: list[str] = []
    start = 0
    for m in _RUN_ON_RE.finditer(sentence):
        before = sentence[start : m.start()].rsplit(None, 1)
        if before and before[-1].lower() not in _BEFORE_A_TITLE:
            pieces.append(sentence[start : m.start()])
            start = m.end()
    pieces.append(sentence[start:])
    return pieces


# "… between 8 a.m. and 8 p.m. Residents with permits are exempt.": Punkt keeps "p.m."
# with what follows; a capitalised word that opens a clause there starts a sentence
# (but not a day, a month or a zone: "at 8 p.m. Monday", "at 9 a.m. Eastern time").
_AFTER_CLOCK_RE = re.compile(
    r"(?<=\b[ap]\.m\.)\s+(?=(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|Eastern|Pacific|"
    r"Central|Mountain|Greenwich|British|Local|Universal)[A-Z][a-z]+\s+[a-z])"
)


# Chinese and Japanese full stops, question and exclamation marks (Punkt ignores them).
_CJK_END_RE = re.compile(r"[。！？]")
_CJK_SPLIT_RE = re.compile(r"(?<=[。！？])(?![”」』）])")


# ---------------------------------------------------------------------------
# tokens
# ---------------------------------------------------------------------------

_WORD_RE = re.compile(r"(?:[^\W\d_]\.){2,}|\d+(?:[.,:]\d+)*%?|[^\W_]+(?:['’][^\W_]+)*")
_STEM_CACHE: dict[str, str] = {}
_STEM_CACHE_MAX = 200_000


def words(text: str) -> list[str]:
    """Lowercased word tokens: words with inner apostrophes, numbers like 3.5 / 1,000."""
    return [w.replace("’", "'").rstrip(".") for w in _WORD_RE.findall(text.lower())]


def stem(word: str) -> str:
    """Porter stem of a lowercase token, with possessives dropped ("locke's" → "lock")."""
    cached = _STEM_CACHE.get(word)
    if cached is not None:
        return cached
    base = word
    if base.endswith(("'s", "’s")):
        base = base[:-2]
    elif base.endswith(("'", "’")):
        base = base[:-1]
    result = porter_stem(base)
    if len(_STEM_CACHE) >= _STEM_CACHE_MAX:
        _STEM_CACHE.clear()
    _STEM_CACHE[word] = result
    return result


def content_terms(text: str) -> list[str]:
    """Stemmed tokens of ``text`` without stop words or one-letter tokens, in order."""
    stop = STOP_WORDS
    return [stem(w) for w in words(text) if w not in stop and (len(w) > 1 or w.isdigit())]
