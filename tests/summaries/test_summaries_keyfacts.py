"""summaries.keyfacts: faithful, short, fact-heavy bullets that skip the summary."""

from __future__ import annotations

from summaries.document import prepare
from summaries.extractive import summarize
from summaries.keyfacts import is_roll, key_facts
from summaries.text import clean_text
from tests.summaries.newsfixtures import (
    ARTICLE,
    GERMAN,
    QUBIT,
    QUBIT_TITLE,
    ROCKET,
    ROCKET_TITLE,
    TITLE,
    TRIAL,
    TRIAL_TITLE,
    WRAPPED,
)
from tests.summaries.reading import assert_whole_or_marked, repeated_figures


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


def test_a_long_sentence_is_cut_only_after_its_clause_and_marked() -> None:
    text = (
        "The regional water authority said on Monday it would spend $12 million on new pipes "
        "for the towns of Alden, Brook and Carver, which have suffered shortages every summer "
        "since 2019 when the old reservoir was closed for repairs."
    )
    assert key_facts(text) == [
        "The regional water authority said on Monday it would spend $12 million on new pipes "
        "for the towns of Alden, Brook and Carver…"
    ]


def test_lists_and_asides_are_never_cut() -> None:
    text = (
        "The opening ceremony on Saturday featured performances from the Lanterns, who "
        "arrived on bicycles and skateboards, singer Ada Moss being lowered from a giant "
        "clock and a duet by Theo Park and the Harbour Choir.\n\n"
        "Among those charged are Tom Reed, a former clerk at Alden Mills; Sara Voss of Brook "
        "Seafood; and Ian Cole, who ran a shipping agency in Carver from 2019, the "
        "prosecutors said on Friday."
    )
    assert key_facts(text, None, 5, max_words=200) == []


def test_bullets_are_whole_sentences_or_marked_cuts() -> None:
    sentences = [s.text for s in prepare(QUBIT, QUBIT_TITLE).sentences]
    summary = summarize(QUBIT, QUBIT_TITLE, 3)
    for facts in (
        key_facts(QUBIT, QUBIT_TITLE, 5),
        key_facts(QUBIT, QUBIT_TITLE, 5, exclude=summary),
        key_facts(QUBIT, QUBIT_TITLE, 5, exclude=summary, max_words=200),
    ):
        assert len(facts) >= 2, facts
        for bullet in facts:
            assert_whole_or_marked(bullet, sentences)
            # The clause that carries the meaning stays with its sentence.
            if "protected stored information" in bullet:
                assert "did not perform calculations" in bullet, bullet
            # Never a subject without its verb, never cut inside a quotation.
            assert not (bullet.startswith("The Federation") and " said " not in bullet), bullet
            assert not bullet.endswith(('surgery,"…', "surgery…", "in…")), bullet
            # "He said …" only right after the bullet that names him.
            if bullet.startswith("He "):
                assert facts.index(bullet) > 0, facts


def test_bullets_do_not_restate_a_figure_of_the_summary() -> None:
    for text, title in ((ROCKET, ROCKET_TITLE), (QUBIT, QUBIT_TITLE), (ARTICLE, TITLE)):
        summary = summarize(text, title, 3)
        facts = key_facts(text, title, 5, exclude=summary)
        assert not repeated_figures([*summary, *facts]), [*summary, *facts]


def test_line_wraps_do_not_make_bullets_start_mid_number() -> None:
    facts = key_facts(WRAPPED, None, 5, max_words=200)
    assert facts
    assert not any(bullet.startswith("0 ") for bullet in facts), facts
    assert not any(bullet.startswith("Riverton council would") for bullet in facts), facts


def test_bad_input() -> None:
    assert key_facts("") == []
    # A bullet ends like a sentence: a heading or caption without a full stop is none.
    assert key_facts("No punctuation here at all") == []
    assert key_facts("One sentence that ends here.") == ["One sentence that ends here."]
    assert isinstance(key_facts(GERMAN), list)


MATCH_REPORT = (
    "Harbour Rovers beat Kirkby Town 3-1 on Saturday to move top of the league. "
    "Striker Ana Ruiz scored twice before half-time after a mistake by the Kirkby keeper. "
    "Kirkby pulled one back from a penalty, but Rovers sealed the win late on. "
    "The manager said the team had earned its place at the top after a hard winter. "
    "Rovers have now won six games in a row and face Northfield next week. "
    "Crowd trouble after the match led to two arrests, police said.\n\n"
    "Holt, Ames, Birch (Dale 70), Crane, Ewart, Ruiz, Mole, Pike (capt).\n\n"
    "Ruiz 12, 31, Pike 88 og.\n\n"
    "Rovers v Northfield; Kirkby v Ashby; Dunmore v Elland."
)


def test_a_line_up_or_a_list_of_fixtures_is_no_key_fact() -> None:
    facts = key_facts(MATCH_REPORT, "Rovers go top", limit=5)
    assert facts and not any("Holt, Ames" in f or "Ruiz 12" in f for f in facts), facts
    assert not any("Rovers v Northfield" in f for f in facts), facts
    assert is_roll("Cech, Paulo Ferreira, Gallas (Kezman 74), Terry, Bridge.")
    assert is_roll("G Rossi, CA del Fava, R van der Berg, KP Moretti.")
    assert not is_roll("The club signed Cech, Gallas and Terry, and sold Bridge.")
    assert not is_roll("Arsenal, Chelsea and Liverpool all won.")


def test_a_bullet_does_not_say_again_what_a_line_shown_said() -> None:
    shown = [
        "A former charity treasurer went on trial at Northfield Crown Court on Monday.",
        "Mr Okafor denies defrauding the charity.",
    ]
    facts = key_facts(TRIAL, TRIAL_TITLE, 4, exclude=shown)
    assert facts and not any("denies" in f for f in facts), facts
