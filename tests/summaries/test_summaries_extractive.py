"""summaries.extractive: every method, verbatim sentences in order, bad input."""

from __future__ import annotations

import pytest

from summaries.extractive import METHODS, summarize
from summaries.text import clean_text
from tests.summaries.newsfixtures import ARTICLE, GERMAN, TITLE


def _position(sentence: str, text: str) -> int:
    pos = text.find(sentence)
    assert pos >= 0, f"not verbatim: {sentence!r}"
    return pos


@pytest.mark.parametrize("method", METHODS)
def test_every_method_returns_verbatim_sentences_in_article_order(method: str) -> None:
    summary = summarize(ARTICLE, TITLE, 3, method)
    assert len(summary) == 3
    cleaned = clean_text(ARTICLE)
    positions = [_position(s, cleaned) for s in summary]
    assert positions == sorted(positions)
    assert len(set(summary)) == 3


def test_methods_are_named() -> None:
    assert METHODS == ("ours", "lead3", "lexrank", "textrank", "lsa", "luhn", "sumbasic")
    with pytest.raises(ValueError):
        summarize(ARTICLE, method="nope")


def test_ours_drops_boilerplate_title_and_questions() -> None:
    summary = summarize(ARTICLE, TITLE, 4)
    assert summary[0].startswith("Riverton's council voted 7-2")
    joined = " ".join(summary)
    assert "By Maria Keller" not in joined
    assert "Getty" not in joined
    assert "Share this" not in joined
    assert all(not s.endswith("?") for s in summary)
    assert TITLE not in summary


def test_lead3_takes_the_first_sentences_after_cleaning() -> None:
    assert summarize(ARTICLE, TITLE, 2, "lead3") == [
        "Riverton's council voted 7-2 on Tuesday to build a new bridge over the Elm River, "
        "three months after floods destroyed the old crossing.",
        "The bridge will cost $48 million and is due to open in March 2027, "
        "Mayor Daniel Ortiz said.",
    ]


def test_sentence_count_is_respected() -> None:
    assert summarize(ARTICLE, TITLE, 0) == []
    assert len(summarize(ARTICLE, TITLE, 1)) == 1
    assert len(summarize(ARTICLE, TITLE, 6)) == 6


def test_bad_input_never_raises() -> None:
    assert summarize("") == []
    assert summarize("   \n ") == []
    assert summarize("Just one sentence here.") == ["Just one sentence here."]
    no_punct = " ".join(["lorem ipsum dolor sit amet"] * 100)
    out = summarize(no_punct)
    assert 1 <= len(out) <= 3
    assert all(len(s.split()) <= 80 for s in out)


def test_huge_text_is_capped() -> None:
    varied = " ".join(f"Meeting {i} of the council discussed item {i * 7}." for i in range(120_000))
    out = summarize(varied[:5_000_000], sentences=3)
    assert len(out) == 3
    repeated = ("The council met again on Tuesday to discuss the bridge. " * 90_000)[:5_000_000]
    assert summarize(repeated) == ["The council met again on Tuesday to discuss the bridge."]
    assert len(summarize("x" * 5_000_000)) == 1


def test_long_article_with_hundreds_of_sentences() -> None:
    text = " ".join(
        f"Sentence number {i} talks about topic {i % 7} in Riverton." for i in range(400)
    )
    for method in ("ours", "lexrank"):
        out = summarize(text, sentences=3, method=method)
        assert len(out) == 3


def test_non_english_still_summarized() -> None:
    out = summarize(GERMAN, sentences=2)
    assert len(out) == 2
    assert all(s in GERMAN for s in out)


def test_offline_tokenizer_works_with_sumys_plaintext_parser() -> None:
    from sumy.parsers.plaintext import PlaintextParser

    from summaries.sumy_methods import OfflineTokenizer

    text = "Mr. Smith came. He left at 3 p.m. today."
    parser = PlaintextParser.from_string(text, OfflineTokenizer())
    sentences = [str(s) for s in parser.document.sentences]
    assert sentences == ["Mr. Smith came.", "He left at 3 p.m. today."]


def test_a_figure_is_stated_once() -> None:
    from tests.summaries.newsfixtures import PAY, PAY_TITLE, ROCKET, ROCKET_TITLE
    from tests.summaries.reading import repeated_figures

    for text, title in ((ROCKET, ROCKET_TITLE), (PAY, PAY_TITLE)):
        summary = summarize(text, title, 3)
        assert len(summary) == 3
        assert not repeated_figures(summary), summary
    # The caption glued to the lead repeats its 13%: one of the two is chosen.
    assert sum("13%" in s for s in summarize(PAY, PAY_TITLE, 3)) == 1


def test_a_quotation_restating_a_chosen_sentence_is_not_chosen_with_it() -> None:
    from tests.summaries.newsfixtures import DOPING, DOPING_TITLE

    summary = summarize(DOPING, DOPING_TITLE, 3)
    assert len(summary) == 3
    assert summary[0].startswith("The head of the International Skating Integrity Unit")
    assert not any("said Lindqvist" in s for s in summary), summary


def test_a_pronoun_or_connective_comes_with_its_antecedent() -> None:
    from summaries.document import prepare
    from tests.summaries.newsfixtures import PENSION, PENSION_TITLE
    from tests.summaries.reading import REFERENCE_OPENERS

    for sentences in (2, 3, 4):
        summary = summarize(PENSION, PENSION_TITLE, sentences)
        order = [s.text for s in prepare(PENSION, PENSION_TITLE).sentences]
        for i, sentence in enumerate(summary):
            if sentence.startswith(REFERENCE_OPENERS):
                assert i > 0 and order.index(summary[i - 1]) == order.index(sentence) - 1, summary


def test_a_headline_line_is_recognised_as_the_title() -> None:
    from tests.summaries.newsfixtures import PENSION, PENSION_TITLE

    body = PENSION.split("\n\n", 1)[1]
    assert summarize(PENSION, None, 3) == summarize(body, PENSION_TITLE, 3)
    assert PENSION_TITLE not in summarize(PENSION, None, 3)
    # A first line that ends like a sentence is text, not a headline.
    assert summarize("The council met.\n\nIt voted 7-2 for the bridge.", None, 1) == [
        "The council met."
    ]


def test_wire_datelines_list_markers_and_credit_lines_are_not_summary_text() -> None:
    text = (
        "HALDEN, Norway, Dec 3 (Northwire) - The town council voted on Thursday to close "
        "the old ferry quay and build a new one at the harbour mouth by 2029.\n\n"
        "The plan has three parts:\n\n"
        "- The old quay closes to cars in May.\n"
        "- A temporary pontoon serves foot passengers from June.\n\n"
        "Related: Halden's harbour dredging delayed again\n\n"
        "Northwire writer Ola Berg in Moss contributed to this report.\n\n"
        "(Reporting by Kari Lund; Editing by Per Dahl)"
    )
    sentences = summarize(text, "Halden to move its ferry quay", 10, "lead3")
    assert sentences == [
        "The town council voted on Thursday to close the old ferry quay and build a new one "
        "at the harbour mouth by 2029.",
        "The plan has three parts:",
        "The old quay closes to cars in May.",
        "A temporary pontoon serves foot passengers from June.",
    ]


def test_a_lead_in_ending_with_a_colon_comes_with_what_it_introduces() -> None:
    text = (
        "The city will change how it collects rubbish from January, officials said on "
        "Monday.\n\n"
        "Here is what changes for residents under the new scheme the council announced:\n\n"
        "- Food waste will be collected every week.\n"
        "- Glass goes in a separate box.\n\n"
        "The council expects recycling to rise by 12% in the first year.\n\n"
        "Mayor Anna Holt said the plan would cost 400,000 euros to start."
    )
    for count in (2, 3):
        summary = summarize(text, "City changes its rubbish collection scheme", count)
        lead_in = [i for i, s in enumerate(summary) if s.endswith(":")]
        assert all(i + 1 < len(summary) for i in lead_in), summary
    assert summarize(text, "City changes its rubbish collection scheme", 3)[1].endswith(":")


def test_a_lone_dashed_brief_closing_the_page_stays_out_of_the_summary() -> None:
    text = (
        "The striker is almost certain to miss the final after injuring his knee on "
        "Sunday.\n\nHe will have a scan on Monday.\n\n"
        "- Another player is also a doubt after picking up a thigh injury in training."
    )
    assert summarize(text, "Striker doubt for final", 5, "lead3") == [
        "The striker is almost certain to miss the final after injuring his knee on Sunday.",
        "He will have a scan on Monday.",
        "- Another player is also a doubt after picking up a thigh injury in training.",
    ]


def test_a_q_and_a_heading_and_live_blog_timestamps_are_not_summary_text() -> None:
    qa = (
        "Parking fees in the centre will rise to 3.50 euros an hour on January 1.\n\n"
        "Why are fees going up?\n\n"
        "The fees have not changed since 2015, councillor Lena Holm said.\n\n"
        "Who pays?\n\n"
        "Everyone parking between 8 a.m. and 8 p.m. Residents with permits are exempt."
    )
    assert summarize(qa, "Why the city is raising parking fees", 10, "lead3") == [
        "Parking fees in the centre will rise to 3.50 euros an hour on January 1.",
        "The fees have not changed since 2015, councillor Lena Holm said.",
        "Everyone parking between 8 a.m. and 8 p.m.",
        "Residents with permits are exempt.",
    ]
    live = (
        "10:42 — The Met Office has extended its wind warning until 18:00.\n\n"
        "09:05 — Good morning and welcome to our live coverage of Storm Ciara."
    )
    assert summarize(live, "Storm Ciara live", 3, "lead3") == [
        "The Met Office has extended its wind warning until 18:00."
    ]


def test_a_press_release_reads_as_its_news() -> None:
    text = (
        "ABERDEEN, Scotland, Dec. 3, 2026 /PRNewswire/ -- Skerrow Energy today announced it "
        "will build a 600-megawatt wind farm east of Aberdeen.\n\n"
        "Highlights:\n\n"
        "- 40 turbines, each rated at 15 MW\n"
        "- First power expected in 2029\n\n"
        "The project will cost about 2.1 billion pounds, the company said. The sentence "
        "before the list stays, and so do its items. It will:\n\n"
        "- Train 300 apprentices.\n"
        "- Open a port office.\n\n"
        "About Skerrow Energy\n\n"
        "Skerrow Energy is a renewable energy developer headquartered in Edinburgh.\n\n"
        "Media contact: Jamie Lee, press@skerrow.example\n\n"
        "SOURCE Skerrow Energy"
    )
    assert summarize(text, "Skerrow to build a wind farm", 20, "lead3") == [
        "Skerrow Energy today announced it will build a 600-megawatt wind farm east of Aberdeen.",
        "The project will cost about 2.1 billion pounds, the company said.",
        "The sentence before the list stays, and so do its items.",
        "It will:",
        "Train 300 apprentices.",
        "Open a port office.",
    ]
