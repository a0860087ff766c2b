from __future__ import annotations

from datetime import UTC, datetime

from bot.answers.judge import NAME_WEIGHT
from bot.answers.question import analyze
from bot.answers.reading import Reading, reading_of
from bot.models import Article
from bot.storage.terms import index_key


def _read(question: str, title: str, text: str) -> Reading | None:
    q = analyze(question)
    weights = {t.index_key: NAME_WEIGHT if t.name else 1.0 for t in q.terms}
    now = datetime(2026, 12, 7, tzinfo=UTC)
    article = Article(1, title, text, "Kelso Courier", None, now, now, 1)
    return reading_of(q, weights, frozenset(weights), 0.0, article)


def test_an_article_that_never_names_the_team_asked_of_cannot_answer() -> None:
    question = "When did Calder Rovers sign the striker Tom Beale?"
    text = "Kelso Town signed the striker Tom Beale on 3 March after a trial."
    assert _read(question, "Kelso sign Beale", text) is None
    assert _read(question, "Calder sign Beale", text.replace("Kelso Town", "Calder Rovers"))


def test_a_match_report_may_leave_out_the_competition_but_not_the_teams() -> None:
    question = "Who scored Calder Rovers' late winner in their Kelso Cup win over Tern Athletic?"
    text = "Tom Beale scored a late winner as Calder Rovers beat Tern Athletic 2-1 on Saturday."
    assert _read(question, "Rovers edge Tern", text)
    assert _read(question, "Rovers edge Tern", text.replace("Tern Athletic", "Kelso Town")) is None


def test_an_article_that_words_the_verb_otherwise_holds_it() -> None:
    reading = _read(
        "Who founded the software firm Tern Labs?",
        "Tern Labs grows",
        "The software firm Tern Labs was set up by Tom Beale in 1999. It now employs 40.",
    )
    assert reading is not None
    assert index_key("founded") in reading.words.keys
    assert reading.carried(0)  # the first sentence names the founder
    assert not reading.carried(1)


def test_a_when_will_question_reads_the_latest_year_the_article_gives() -> None:
    reading = _read(
        "When will the new Kelso bridge open?",
        "Kelso bridge",
        "The new Kelso bridge was first planned in 1998. It will open in 2027, the council said.",
    )
    assert reading is not None
    assert reading.will
    assert reading.latest == 2027


def test_a_short_question_of_three_own_words_may_word_two_of_them_otherwise() -> None:
    # ("due to replace" said otherwise)
    text = "Ana Ruiz is the pick to lead Calder when Tom Beale leaves the top job in May."
    assert _read("Who is due to replace Tom Beale at the top of Calder?", "Calder", text)
    # (but not all three)
    text = "Ana Ruiz is the pick to lead Calder when Tom Beale leaves in May."
    assert _read("Who is due to replace Tom Beale at the top of Calder?", "Calder", text) is None
