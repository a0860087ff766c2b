"""summaries.multidoc: one story from several articles."""

from __future__ import annotations

from summaries.extractive import summarize
from summaries.keyfacts import key_facts
from summaries.multidoc import Doc, StorySummary, summarize_story
from tests.summaries.newsfixtures import (
    ARTICLE,
    FIRE_LOCAL,
    FIRE_LOCAL_TITLE,
    FIRE_WIRE,
    FIRE_WIRE_TITLE,
    PENSION,
    PENSION_TITLE,
    SECOND,
    THIRD,
    TITLE,
)
from tests.summaries.reading import REFERENCE_OPENERS, repeated_figures

DOCS = [
    Doc("Valley Times", TITLE, ARTICLE, "https://valley.example/bridge"),
    Doc("Riverton Post", "Bridge approved", SECOND),
    Doc("State Wire", "Council backs bridge", THIRD),
    Doc("Riverton Post", "Bridge approved (update)", SECOND),
]


def test_single_doc_equals_single_article_summary() -> None:
    story = summarize_story(DOCS[:1], sentences=3, facts=4)
    summary = summarize(ARTICLE, TITLE, 3)
    assert story.sentences == tuple(summary)
    assert story.facts == tuple(key_facts(ARTICLE, TITLE, 4, exclude=summary))
    assert story.sentence_sources == (0, 0, 0)
    assert story.sources == ("Valley Times",)


def test_cluster_summary_names_sources_and_does_not_repeat() -> None:
    story = summarize_story(DOCS, sentences=3, facts=4)
    assert isinstance(story, StorySummary)
    assert len(story.sentences) == 3
    assert len(story.sentence_sources) == 3
    for sentence, source in zip(story.sentences, story.sentence_sources, strict=True):
        assert sentence in DOCS[source].text
    assert story.sources == ("Valley Times", "Riverton Post", "State Wire")
    assert len(set(story.sentences)) == 3
    assert not set(story.facts) & set(story.sentences)
    assert len(story.facts) <= 4
    # The vote is told by three articles; it appears once.
    assert sum("7-2" in s or "seven votes to two" in s for s in story.sentences) <= 1


def test_empty_cluster() -> None:
    assert summarize_story([]) == StorySummary((), (), (), ())
    empty = summarize_story([Doc("A", "t", ""), Doc("B", "t", "")])
    assert empty.sentences == ()
    assert empty.sources == ("A", "B")


def test_story_says_each_fact_once_across_summary_and_facts() -> None:
    fire = [Doc("Gazette", FIRE_LOCAL_TITLE, FIRE_LOCAL), Doc("Wire", FIRE_WIRE_TITLE, FIRE_WIRE)]
    for docs in (fire, fire[::-1]):
        story = summarize_story(docs, sentences=3, facts=4)
        lines = [*story.sentences, *story.facts]
        assert len(story.sentences) == 3
        assert not repeated_figures(lines), lines
        # 1,150 people forced from their homes and "more than 1,100" evacuated: one fact.
        assert sum("1,150" in line or "1,100" in line for line in lines) == 1, lines
    story = summarize_story(DOCS, sentences=3, facts=4)
    assert not repeated_figures([*story.sentences, *story.facts])


PENSION_WIRE = "\n\n".join(
    [
        "Gordon Brown has defended the cost of his state pension plan before a committee of MPs.",
        "The Institute for Fiscal Studies said the pension plan costs were understated.",
        "He said the pension plan costs were fully funded by growth.",
        "The reforms take effect in April.",
    ]
)


def test_story_sentence_with_a_pronoun_follows_its_antecedent() -> None:
    docs = [Doc("A", PENSION_TITLE, PENSION), Doc("B", "Brown defends pension plan", PENSION_WIRE)]
    for n in (2, 3, 4):
        story = summarize_story(docs, sentences=n, facts=3)
        for i, sentence in enumerate(story.sentences):
            if sentence.startswith(REFERENCE_OPENERS):
                source = docs[story.sentence_sources[i]].text
                previous = story.sentences[i - 1] if i else ""
                assert i > 0 and story.sentence_sources[i - 1] == story.sentence_sources[i]
                assert source.index(previous) < source.index(sentence), story
