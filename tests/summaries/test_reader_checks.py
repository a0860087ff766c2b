"""bot.reader_checks: the surface tests behind `newsbot eval --checks`."""

from __future__ import annotations

import io
import json
from pathlib import Path

from bot.bundled import SAMPLES as BUNDLED_SAMPLES
from bot.evaluate import run_checks, take_half
from bot.reader_checks import (
    check_article,
    figures,
    headline_line,
    is_whole_sentence,
    load_articles,
    opens_with_reference,
    quotes_unnamed,
    says_same,
)
from tests.summaries.newsfixtures import ARTICLE, TITLE

SAMPLES = BUNDLED_SAMPLES


def test_whole_sentence() -> None:
    for good in [
        "The bridge will cost $48 million.",
        '"We had to get this right," Ortiz told reporters after the vote.',
        'Raman said residents had voted for "someone who picks up the phone."',
        "2,140 fans saw it.",
    ]:
        assert is_whole_sentence(good), good
    for bad in [
        "The Federation of Coastal Industries, which represents shipyards and processors",
        'Corvid credits the efficiency to a technique it calls "early exit," in',
        "0 settlements and over 10,000 sq. kilometers of territory",
        "the council voted on Tuesday.",
        "The council (which met on Tuesday voted.",
        "A long list of nouns and adjectives only.",
        "Cut here and marked…",
    ]:
        assert not is_whole_sentence(bad), bad


def test_reference_openers() -> None:
    for opener in [
        "He said the vote was close.",
        "However, the council disagreed.",
        "In addition, the state will pay.",
        "Its shares rose 4%.",
        '"We will win," she said.',
        "But critics were unconvinced.",
        "The largest, a 180-kilogram probe, maps sea ice.",
        "Both have denied wrongdoing.",
    ]:
        assert opens_with_reference(opener), opener
    for plain in [
        "This year the council met twice.",
        "Helena Marques leads the response.",
        '"We will win," Ortiz said.',
        "Heat pumps raise the temperature.",
        "Theirry Henry scored.",
        "The largest bank in Spain fell.",
        "The protest was peaceful.",
    ]:
        assert not opens_with_reference(plain), plain


def test_figures_and_repeats() -> None:
    assert figures("On March 21, 1,150 people left; 3.5% in 2019, rated 5/10.") == {
        "1150",
        "3.5%",
        "5/10",
    }
    assert says_same("It burned 4,800 hectares.", "Some 4800 hectares burned near Evora.")
    assert says_same(
        "Riverton council approved a new bridge.", "The council in Riverton approved the bridge."
    )
    assert not says_same("The bridge opens in 2027.", "Tolls rise in 2027 for drivers.")


def test_headline_line() -> None:
    assert headline_line("Bridge approved\n\nThe council voted.") == "Bridge approved"
    assert headline_line("The council voted.\n\nMore text.") is None
    assert headline_line("One paragraph only") is None


def test_quoted_by_surname_before_being_named() -> None:
    text = 'Harbour master Ingrid Solberg opened the quay. "It is ours," Solberg said.'
    assert quotes_unnamed(['"It is ours," Solberg said.'], text, None)
    assert quotes_unnamed(['"It is ours," said Solberg.'], text, "Quay opens")
    assert not quotes_unnamed(['"It is ours," Ingrid Solberg said.'], text, None)
    assert not quotes_unnamed(["Ingrid Solberg spoke.", '"It is ours," Solberg said.'], text, None)
    assert not quotes_unnamed(['"It is ours," Solberg said.'], text, "Ingrid Solberg opens quay")
    # the article never names her in full: nothing the summary could have said
    assert not quotes_unnamed(['"It is ours," Solberg said.'], '"It is ours," Solberg said.', None)
    # accented names are names ("Érica Aragão")
    accented = 'Owner Érica Aragão opened the house. "It is ours," Aragão said.'
    assert quotes_unnamed(['"It is ours," Aragão said.'], accented, None)
    assert quotes_unnamed(['"It is ours," said Aragão.'], accented, None)
    assert not quotes_unnamed(['"It is ours," Érica Aragão said.'], accented, None)


def test_check_article_counts() -> None:
    stats = check_article(ARTICLE, TITLE, 3, 4)
    assert stats.articles == 1
    assert stats.sentences == 3
    assert 0 < stats.bullets <= 4
    assert stats.whole_bullets + stats.marked_cuts <= stats.bullets


def test_run_checks_on_the_samples_and_a_half(tmp_path: Path) -> None:
    assert len(load_articles(SAMPLES)) == 41
    out = io.StringIO()
    assert run_checks(SAMPLES, out=out) == 0
    assert "samples: 41 articles" in out.getvalue()
    assert "whole sentences" in out.getvalue()
    assert "| articles quoting someone by surname before naming them | 0.0% (0/41) |" in (
        out.getvalue()
    )
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "\n".join(json.dumps({"text": f"Item {i} was read on Monday."}) for i in range(5)),
        encoding="utf-8",
    )
    out = io.StringIO()
    assert run_checks(corpus, half="odd", titles=False, out=out) == 0
    assert "2 articles" in out.getvalue()
    assert take_half([0, 1, 2, 3, 4], "even") == [0, 2, 4]
    assert run_checks(tmp_path / "missing.jsonl", out=io.StringIO()) == 2
