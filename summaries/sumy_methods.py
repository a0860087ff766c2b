"""sumy's classic summarizers (LexRank, TextRank, LSA, Luhn, SumBasic), offline.

sumy's default ``Tokenizer`` needs NLTK's punkt data, which is not installed and may
not be downloaded at run time. :class:`OfflineTokenizer` gives sumy the same
``to_sentences`` / ``to_words`` interface on top of :mod:`summaries.text`, and the
document is built from *our* sentences, so every method ranks exactly the same
candidate sentences as ``"ours"`` and ``"lead3"``. Stemming and stop words are sumy's
own for English (NLTK's Snowball stemmer needs no data), as a user of sumy would
configure it. sumy and NLTK are imported on first use only: importing NLTK takes
about a second.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from summaries.text import split_sentences

SUMY_METHODS: tuple[str, ...] = ("lexrank", "textrank", "lsa", "luhn", "sumbasic")

_WORD_RE = re.compile(r"(?:[^\W\d_]\.){2,}|\d+(?:[.,:]\d+)*%?|[^\W_]+(?:['’][^\W_]+)*")


class OfflineTokenizer:
    """A sumy tokenizer that needs no NLTK data (usable with sumy's PlaintextParser)."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """Sentences of a paragraph, split by :func:`summaries.text.split_sentences`."""
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Word tokens of a sentence, with their case (sumy lowercases them itself)."""
        return tuple(_WORD_RE.findall(sentence))


@cache
def _tokenizer() -> OfflineTokenizer:
    return OfflineTokenizer()


@cache
def _summarizer(method: str) -> Any:
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    classes: dict[str, Callable[[Any], Any]] = {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "sumbasic": SumBasicSummarizer,
    }
    summarizer = classes[method](Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return summarizer


def sumy_summarize(sentences: Sequence[str], count: int, method: str) -> list[str]:
    """Pick ``count`` of ``sentences`` with a sumy method; returned in article order."""
    if method not in SUMY_METHODS:
        raise ValueError(f"unknown sumy method {method!r}; choose from {', '.join(SUMY_METHODS)}")
    if count <= 0 or not sentences:
        return []
    if len(sentences) <= count:
        return list(sentences)
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = _tokenizer()
    document = ObjectDocumentModel([Paragraph([Sentence(text, tokenizer) for text in sentences])])
    picked = {str(s) for s in _summarizer(method)(document, count)}
    out: list[str] = []
    for text in sentences:
        if text.strip() in picked and len(out) < count:
            out.append(text)
            picked.discard(text.strip())
    return out
