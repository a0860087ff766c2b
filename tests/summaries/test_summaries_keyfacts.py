"""summaries.keyfacts: faithful, short, fact-heavy bullets that skip the summary."""

from __future__ import annotations

from summaries.extractive import summarize
from summaries.keyfacts import key_facts
from summaries.text import clean_text
from tests.summaries.newsfixtures import ARTICLE, GERMAN, TITLE


def _in_source_order(bullet: str, source: str) -> bool:
    """Every word of the bullet appears in the source, contiguously (a trimmed clause)."""
    return bullet in source


def test_bullets_are_short_verbatim_and_not_the_summary() -> None:
    summary = summarize(ARTICLE, TITLE, 3)
    facts = key_facts(ARTICLE, TITLE, 5, exclude=summary)
    assert 3 <= len(facts) <= 5
    cleaned = clean_text(ARTICLE)
    for bullet in facts:
        assert len(bullet.split()) <= 25
        assert _in_source_order(bullet, cleaned), bullet
        assert bullet not in summary
        assert not bullet.endswith("?")
        assert not bullet.startswith(('"', "“", "‘"))
        assert "Getty" not in bullet and "Maria Keller" not in bullet
    assert sum(len(b.split()) for b in facts) <= 60


def test_numbers_and_names_weigh_heavily() -> None:
    facts = key_facts(ARTICLE, TITLE, 3, exclude=summarize(ARTICLE, TITLE, 2))
    joined = " ".join(facts)
    assert any(ch.isdigit() for ch in joined)


def test_limit_and_exclude() -> None:
    assert key_facts(ARTICLE, TITLE, 0) == []
    assert len(key_facts(ARTICLE, TITLE, 2)) <= 2
    everything = key_facts(ARTICLE, TITLE, 5)
    remaining = key_facts(ARTICLE, TITLE, 5, exclude=everything)
    assert not set(everything) & set(remaining)


def test_long_sentence_is_trimmed_to_a_leading_clause() -> None:
    text = (
        "The regional water authority announced on Monday that it would spend $12 million, "
        "the largest sum in its history, on new pipes for the towns of Alden, Brook and "
        "Carver, which have suffered shortages every summer since 2019 when the old "
        "reservoir was closed for repairs."
    )
    facts = key_facts(text)
    assert facts
    assert text.startswith(facts[0])
    assert len(facts[0].split()) <= 25


def test_bad_input() -> None:
    assert key_facts("") == []
    assert key_facts("No punctuation here at all") == ["No punctuation here at all"]
    assert isinstance(key_facts(GERMAN), list)
