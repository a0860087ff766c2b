from __future__ import annotations

from bot.answers.entities import ArticleText
from bot.answers.judge import placed
from bot.storage.terms import index_key


def test_a_place_right_after_a_word_of_the_question_is_placed_by_it() -> None:
    text = "Inflation rose in November in Kelso, and prices fell at Calder."
    sentence = ArticleText.of("Prices", text).sentences[0]
    assert placed(sentence, {index_key("fell")})
    # (a place after the month asked about is no place of what was asked: "which region
    # had the second-highest inflation in November …?")
    assert not placed(sentence, {index_key("november")})
