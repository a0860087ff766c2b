from __future__ import annotations

import pytest

from bot.answers.entities import ArticleText
from bot.answers.posts import holds_role, post_holders, unnamed_holder
from bot.answers.question import analyze


def test_a_holder_the_sentence_leaves_unnamed() -> None:
    q = analyze("Who was Tom Beale's business partner who was jailed for fraud?")
    for text, unnamed in (
        ("Beale went bankrupt and his business partner landed in prison for fraud.", True),
        ("Beale went bankrupt and a business partner landed in prison for fraud.", True),
        ("Beale's business partner Ana Ruiz landed in prison for fraud.", False),
    ):
        sentence = ArticleText.of("Tern Media", text).sentences[0]
        assert unnamed_holder(q, sentence) is unnamed


def test_a_post_after_the_name_of_another_firm_the_question_names_is_not_the_one_asked() -> None:
    # "who is the chief executive of Holcim, … bidding for Aggregate Industries?"
    text = "Ana Ruiz, 52, said so. Tom Beale, who will stay on as Tern chief executive, agreed."
    sentence = ArticleText.of("Bid", text).sentences[1]
    position = analyze("Who is the chief executive of Calder?").position
    assert post_holders(sentence, position) == {("tom", "beale")}
    assert post_holders(sentence, position, frozenset({"tern"})) == set()


def test_a_chief_executive_officer_holds_the_chief_executive_post() -> None:
    text = "Calder chief executive officer Ana Ruiz said the ban was proof of that."
    sentence = ArticleText.of("Ban", text).sentences[0]
    position = analyze("Who is the Calder chief executive who said the ban was proof?").position
    assert post_holders(sentence, position) == {("ana", "ruiz")}


def test_a_post_that_goes_on_in_other_words_is_another() -> None:
    position = analyze("Who is the chief executive of Tern?").position
    held = ArticleText.of("Bid", "Ann Cole, chief executive officer at Tern, agreed.").sentences[0]
    other = ArticleText.of("Bid", "Ann Cole, chief market strategist at Tern, agreed.").sentences[0]
    assert post_holders(held, position) == {("ann", "cole")}
    assert post_holders(other, position) == set()


def test_a_post_joined_by_and_to_another_is_held_with_it() -> None:
    position = analyze("Who is the Tern chairman who said the firm met its goals?").position

    def holders(text: str) -> set[tuple[str, ...]]:
        known = "Ana Ruiz, 52, spoke on Monday. "
        return post_holders(ArticleText.of("Tern", known + text).sentences[1], position)

    assert holders("Tern chairman and chief executive Ana Ruiz said so.") == {("ana", "ruiz")}
    # (another post without "and" is another's: "the chairman's head coach")
    assert holders("Tern chairman head coach Ana Ruiz said so.") == set()


def test_a_post_written_as_another_organisations_is_not_the_subjects() -> None:
    # "who heads the Tern Energy Agency, which reported …?"
    position = analyze("Who heads the Tern Energy Agency?").position
    subject = frozenset({"tern", "energi", "agenc"})

    def holders(text: str) -> set[tuple[str, ...]]:
        sentence = ArticleText.of("Oil", "Ana Ruiz, 52, spoke. " + text).sentences[1]
        return post_holders(sentence, position, subject=subject)

    assert holders("Ana Ruiz, president of Kelso Futures Advisers, said so.") == set()
    assert holders("Ana Ruiz, president of the Tern Energy Agency, said so.") == {("ana", "ruiz")}
    # (one word may be the subject's acronym)
    assert holders("Ana Ruiz, president of the TEA, said so.") == {("ana", "ruiz")}
    # (and a possessive before the post names whose it is)
    assert holders("Kelso's president Ana Ruiz said so.") == set()
    assert holders("Tern's president Ana Ruiz said so.") == {("ana", "ruiz")}


def test_a_long_name_of_whose_post_it_is_stands_between_post_and_holder() -> None:
    position = analyze("Who is the new chair of the Calder Harbour Pilots Board?").position
    text = '"We have hardly started," the new chair of the Calder Harbour Pilots Board (CHPB), '
    sentence = ArticleText.of("Pilots", text + "Ann Cole, says.").sentences[0]
    assert post_holders(sentence, position) == {("ann", "cole")}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Cepes head Ana Ruiz said the network works.", ("ana", "ruiz")),
        ("'We are ready,' said Lee Strafford, chief executive of Plus.net.", ("lee", "strafford")),
        ("Lee Strafford has been appointed chief executive of Plus.net.", ("lee", "strafford")),
        ("Ana Ruiz took over as manager in May.", ("ana", "ruiz")),
        ("The club, managed by Ana Ruiz, won again.", ("ana", "ruiz")),
        ("Ana Ruiz praised the manager of the club.", None),
        ("Ana Ruiz was sacked by the manager of the club.", None),
        ("Carlos Saldarriaga, technical coordinator at Cepes, said so.", None),
        ("The head of the trade panel, Ambassador Ana Ruiz, spoke.", ("ana", "ruiz")),
        ("The manager praised the team and the fans, Ana Ruiz said.", None),
    ],
)
def test_a_name_is_written_with_its_post(text: str, holder: tuple[str, ...] | None) -> None:
    position = (
        analyze("Who is the head of the club?").position
        | analyze("Who is the manager of the club?").position
    )
    # (the first sentence makes both of them people: "…, 52,")
    known = "Ana Ruiz, 52, and Lee Strafford, 47, spoke on Monday. "
    sentence = ArticleText.of("Title", known + text).sentences[1]
    found = post_holders(sentence, position)
    assert (holder in found) if holder else not found


def test_a_post_of_another_name_the_question_gives_is_not_the_post_asked_about() -> None:
    # "who is the boss of Harwick, the airline taking on Kestrel Air?"
    position = analyze("Who is the boss of Harwick?").position
    text = "Kestrel Air chief executive Ana Ruiz said demand was sluggish."
    sentence = ArticleText.of("Title", text).sentences[0]
    assert post_holders(sentence, position) == {("ana", "ruiz")}
    assert not post_holders(sentence, position, frozenset({"kestrel", "air"}))


def test_director_general_is_the_post_of_director() -> None:
    position = analyze("Who is the director general of Ravel?").position
    text = '"That ends now," said Monique Goyens, director general of Ravel.'
    sentence = ArticleText.of("Title", text).sentences[0]
    assert post_holders(sentence, position) == {("monique", "goyens")}


def test_a_post_holder_may_have_a_hyphenated_name_and_one_of_several_holds_no_post() -> None:
    position = analyze("Who is the head of Ifo?").position
    text = (
        "Ifo president Hans-Werner Sinn said demand was sluggish. "
        'Marc Gonsalves, an executive at Ifo, said: "We will review it."'
    )
    first, second = ArticleText.of("Title", text).sentences[:2]
    assert post_holders(first, position) == {("hans-werner", "sinn")}
    assert not post_holders(second, position)


def test_a_former_holder_of_the_role_does_not_hold_it_now() -> None:
    def holds(text: str, question: str) -> bool:
        return holds_role(ArticleText.of("Calder", text).sentences[0], analyze(question))

    said = "And former Calder captain Ana Ruiz told the BBC the team lacked pace."
    assert not holds(said, "Who has been captaining Calder at full-back?")
    assert holds(said, "Which former Calder captain said the team lacked pace?")
    assert holds(said.replace("former ", ""), "Who has been captaining Calder at full-back?")
