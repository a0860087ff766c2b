from __future__ import annotations

import pytest

from bot.answers.words import present
from bot.storage.terms import index_key


def test_bullets_are_shots() -> None:
    # (so "eight bullets were fired into the door" answers "how many shots hit the door …?")
    assert present(index_key("shots"), frozenset({index_key("bullets")}))


def test_destined_says_intended() -> None:
    # (so "the pills destined for Africa" answers "for which continent are the pills
    # intended …?")
    assert present(index_key("intended"), frozenset({index_key("destined")}))


def test_reacquired_says_bought_back() -> None:
    # (so "Jez San … has bought back most of the company" answers "which games industry
    # veteran has reacquired most of Argonaut …?" over a sentence about its administrators)
    assert present(index_key("reacquired"), frozenset({index_key("bought")}))
    assert present(index_key("reacquire"), frozenset({index_key("buy")}))


@pytest.mark.parametrize(("one", "many"), [("gas", "gases"), ("bonus", "bonuses")])
def test_a_word_ending_in_one_s_is_its_plural(one: str, many: str) -> None:
    # the index's porter stems "gas" "ga" but "gases" "gase"
    assert present(index_key(many), frozenset({index_key(one)}))
    assert present(index_key(one), frozenset({index_key(many)}))


def test_a_verb_says_its_noun_the_stemmer_does_not_join() -> None:
    # (so "a decision on how Tern will manage its entry into the market is due in May"
    # answers "by when is Tern expected to decide how it will enter the market?")
    assert present(index_key("decide"), frozenset({index_key("decision")}))
    assert present(index_key("enter"), frozenset({index_key("entry")}))


@pytest.mark.parametrize(
    ("asked", "written"),
    [
        ("offer", "bid"),
        ("bid", "offer"),
        ("talk", "speak"),
        ("firms", "companies"),
        ("deal", "agreement"),
        ("rise", "increase"),
        ("rising", "increased"),
        ("finished", "ended"),
        ("keep", "retained"),
        # ("Tern bosses told counterparts at Kelso of the decision on Friday")
        ("inform", "told"),
        ("respond", "response"),
        ("requiring", "mandate"),
        ("real", "genuine"),
        ("exhibiting", "showing"),
        ("expect", "estimate"),
        ("seats", "constituencies"),
        ("bondholders", "creditors"),
        # ("about 258 million images are saved" for "how many pictures are stored?")
        ("pictures", "images"),
        # ("the defection on Saturday" for "on which day did a Tory MP switch to Labour?")
        ("switch", "defection"),
        # ("Kelso and Calder are believed to head the list" for "… lead the list …?")
        ("lead", "head"),
        # ("its success on DVD outstripped its box office total")
        ("overtook", "outstripped"),
        ("father", "dad"),
        # ("her run in Kelso at last weekend's Grand Prix" for "where did she race …?")
        ("race", "run"),
        # ("the developer, who received an OBE in 2002" for "when was she awarded an OBE?")
        ("awarded", "received"),
        # ("the absence of Sam Quill" for "which striker missed the game?")
        ("missed", "absence"),
        # ("The Harbour, starring Ana Ruiz as Nell Kelso" for "who plays Nell Kelso?")
        ("plays", "starring"),
        # ("beating compatriot Tom Quill" for "which fellow Swede did she beat?")
        ("fellow", "compatriot"),
    ],
)
def test_news_words_for_one_another(asked: str, written: str) -> None:
    # ("If a bid comes in … I will speak to Kevin Keegan" says whom he would talk to if an
    # offer arrived)
    assert present(index_key(asked), frozenset({index_key(written)}))
