from __future__ import annotations

from bot.answers.entities import ArticleText, Sentence
from bot.answers.measures import MEASURES, WHEN_MEASURES, focused
from bot.storage.terms import index_key


def test_a_figure_counts_the_names_right_after_it() -> None:
    sentence = ArticleText.of("Recall", "It is recalling 4,120 Tern Arrow coupes.").sentences[0]
    assert not focused(sentence, {"car"})
    # "how many Tern Arrow cars …?"
    assert focused(sentence, {"car"}, frozenset({"tern", "arrow"}))


def test_a_bare_figure_after_a_counted_name_counts_its_members() -> None:
    def of(text: str) -> Sentence:
        return ArticleText.of("Ballot", text).sentences[0]

    member, calder = {index_key("members")}, frozenset({index_key("calder")})
    # "how many Calder members are being balloted?"
    assert focused(of("Tern's 80,000 and Calder's 20,000 are being balloted."), member, calder)
    assert focused(of("Tern's 80,000 and Calder' 20,000 are being balloted."), member, calder)
    assert not focused(of("Tern's 80,000 are being balloted, Calder said."), member, calder)
    # (a figure with its own noun counts that: "Calder's 12 branches")
    assert not focused(of("Calder's 12 branches will shut."), member, calder)


def test_a_rate_or_a_time_counts_no_years() -> None:
    def of(text: str) -> Sentence:
        return ArticleText.of("Tern", text).sentences[0]

    year = {index_key("years")}
    assert not focused(of("Tern must cut 6,000 jobs and costs by $5bn a year."), year)
    assert not focused(of("It will defer $135m in debt that was due next year."), year)
    assert focused(of("Ana Ruiz had worked for Tern for 12 years."), year)


def test_the_number_of_a_thing_counts_it_however_far_the_figure() -> None:
    def of(text: str) -> Sentence:
        return ArticleText.of("Worms", text).sentences[0]

    said = of("In May, the number of Tern worms spreading online topped the 12,000 mark.")
    assert focused(said, {index_key("worms")})
    # "a number of" is a few, and a figure must follow what is counted
    assert not focused(of("A number of Tern worms spread online in the 12,000 homes."), {"worm"})
    assert not focused(of("In 2004 the number of Tern worms spreading online rose."), {"worm"})
    # (and so do "the numbers of" and "the total number of")
    worms = {index_key("worms")}
    assert focused(of("The numbers of Tern worms in Calder more than doubled to 7,500."), worms)
    assert focused(of("It takes the total number of Tern worms found to 5,500."), worms)


def test_a_group_of_n_men_counts_its_members() -> None:
    text = "The revised 56-man Calder squad includes Tom Beale."
    sentence = ArticleText.of("Squad", text).sentences[0]
    assert focused(sentence, {index_key("players")})
    assert not focused(sentence, {index_key("games")})


def test_a_share_of_a_squad_counts_its_players() -> None:
    text = "Tern chief executive Tom Beale said 17 of the current squad would be out of contract."
    sentence = ArticleText.of("Squad", text).sentences[0]
    assert focused(sentence, {index_key("players")})
    assert not focused(sentence, {index_key("games")})


def test_an_age_is_no_count() -> None:
    sentence = ArticleText.of("PCs", "Old five-year-old computers are slow.").sentences[0]
    assert not focused(sentence, {index_key("computers")})
    sentence = ArticleText.of("PCs", "Tern sold five computers.").sentences[0]
    assert focused(sentence, {index_key("computers")})


def test_a_share_is_a_percentage_or_a_part_in_words() -> None:
    for text in ("about 50% of listeners", "a third of Britain", "two-thirds of voters"):
        assert MEASURES["share"].search(text)
    assert not MEASURES["share"].search("Calder led 1-0 at half-time")
    assert not MEASURES["percent"].search("a third of Britain")


def test_an_age_is_no_duration() -> None:
    durations = MEASURES["long"]
    assert not durations.search("The 18-year-old Ada Quill lost in the third round.")
    for text in ("a 12-year sentence", "out for 18 months", "took just 56 minutes"):
        assert durations.search(text)


def test_other_or_more_between_a_figure_and_its_noun_counts_it() -> None:
    text = "Tom Beale missed the vote, along with 16 other Kelso Party MPs."
    sentence = ArticleText.of("Vote", text).sentences[0]
    assert focused(sentence, {index_key("mps")})
    assert not focused(sentence, {index_key("seats")})


def test_a_sum_may_be_written_in_words() -> None:
    money = MEASURES["money"]
    assert money.search("Tern said it would be two or three pounds per month.")
    assert money.search("Calder is losing hundreds of millions of dollars a year.")
    assert money.search("Ana Ruiz paid fifty million euros for it.")
    assert not money.search("Tom Quill won two titles and lost a pound in weight.")


def test_a_sum_is_no_length() -> None:
    long = MEASURES["long"]
    assert not long.search("Tern and Ana Ruiz were each fined 1m euros ($1.3m; £690,000).")
    assert long.search("The fines came after a 15-month probe.")
    assert long.search("The Calder bridge is 1.3m wide and the gap 5m.")


def test_a_figure_may_be_a_half_more() -> None:
    assert MEASURES["long"].search("Quill signed a three-and-a-half year deal.")
    assert MEASURES["far"].search("Ana Ruiz ran 15 and a half miles on Sunday.")


def test_a_share_may_be_written_in_words() -> None:
    share = MEASURES["share"]
    assert share.search("Fifty nine percent of people in Kelso said so.")
    assert share.search("Tern's sales rose by twenty-five per cent.")
    assert share.search("Calder's turnout fell seventeen percentage points.")
    assert not share.search("Someone percent of Tom Quill's votes.")


def test_a_decade_is_written_with_its_s() -> None:
    decade = WHEN_MEASURES["decade"]
    for text in ("Tern was set up in the 1980s.", "Calder's '60s hits", "the late 90s"):
        assert decade.search(text)
    assert not decade.search("Tom Quill, in his 20s, set up Tern in 1985.")
