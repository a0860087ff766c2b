"""summaries.multidoc: one story from several articles."""

from __future__ import annotations

from summaries.extractive import summarize
from summaries.keyfacts import key_facts
from summaries.multidoc import Doc, StorySummary, summarize_story
from tests.summaries.newsfixtures import ARTICLE, SECOND, THIRD, TITLE

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
