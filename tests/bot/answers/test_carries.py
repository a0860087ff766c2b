from __future__ import annotations

from bot.answers.carries import carries
from bot.answers.entities import ArticleText
from bot.answers.question import analyze


def test_a_place_that_speaks_is_no_answer_to_where() -> None:
    q = analyze("Which Indonesian province was Calder's offer of troops aimed at?")
    said = "Calder offered troops for the relief effort in Indonesia, Downing Street said."
    speaking = ArticleText.of("Troops", said).sentences[0]
    aimed = ArticleText.of("Troops", "The offer was aimed at the Tern province.").sentences[0]
    placed = ArticleText.of("Troops", "A centre in Tern Street said so.").sentences[0]
    assert not carries(speaking, q.wanted, q)
    assert carries(aimed, q.wanted, q)
    assert carries(placed, q.wanted, q)


def test_which_month_is_answered_by_a_month() -> None:
    q = analyze("In which month did Tern return to profit?")
    for text in ("Tern returned to profit on Sunday.", "Tern returned to profit in 2004."):
        assert not carries(ArticleText.of("Tern", text).sentences[0], q.wanted, q)
    for text in ("In May, Tern returned to profit.", "Tern returned to profit in September."):
        assert carries(ArticleText.of("Tern", text).sentences[0], q.wanted, q)
    # ("May" is a month in a date and before an election, not as a verb nor a name)
    q = analyze("In which month was the general election expected when Tom Beale defected?")
    for text in ("Everyone is working towards a May general election.", "The 5 May poll is near."):
        assert carries(ArticleText.of("Poll", text).sentences[0], q.wanted, q)
    for text in ("Voters may go to the polls soon.", "Ana May said the election is near."):
        assert not carries(ArticleText.of("Poll", text).sentences[0], q.wanted, q)


def test_a_height_or_a_distance_is_no_sum() -> None:
    q = analyze("How much did it cost to build Kelso's Tern Tower?")
    for text in (
        "The lifts whisk passengers to the top of the 508m tall Tern Tower in Kelso.",
        "Tern Tower is more than 50m taller than the Calder Towers.",
        "Ana Ruiz won the 400m hurdles in Kelso.",
    ):
        assert not carries(ArticleText.of("Tower", text).sentences[0], q.wanted, q)
    built = ArticleText.of("Tower", "The Tern Tower in Kelso cost 58m to build.").sentences[0]
    assert carries(built, q.wanted, q)


def test_a_country_alone_does_not_say_which_city() -> None:
    q = analyze("In which city will Calder make its Tern chip?")
    for text in ("Calder will make its Tern chip in the US.", "Calder will make it in the UK."):
        sentence = ArticleText.of("Chip", text).sentences[0]
        assert not carries(sentence, q.wanted, q)
    sentence = ArticleText.of("Chip", "Calder will make its Tern chip in Kelso.").sentences[0]
    assert carries(sentence, q.wanted, q)


def test_which_street_is_answered_by_a_sentence_that_speaks_of_one() -> None:
    q = analyze("On which Kelso street is the Tern shop that is closing?")
    town = ArticleText.of("Shop", "The Tern shop is moving to Northfield.").sentences[0]
    street = ArticleText.of("Shop", "The Tern shop on Beale Street will close.").sentences[0]
    assert not carries(town, q.wanted, q)
    assert carries(street, q.wanted, q)


def test_a_us_state_alone_does_not_say_which_city_but_which_state() -> None:
    city = analyze("In which city is Tom Beale's fraud trial being held?")
    state = analyze("In which US state is Tom Beale's fraud trial being held?")
    for text in ("Tom Beale is on trial in Alabama.", "Beale is tried in North Carolina."):
        sentence = ArticleText.of("Trial", text).sentences[0]
        assert not carries(sentence, city.wanted, city)
        assert carries(sentence, state.wanted, state)
    # ("the Jacksonville, Florida-based firm" names the city as well)
    text = "Tom Beale is on trial over the Jacksonville, Florida-based firm."
    assert carries(ArticleText.of("Trial", text).sentences[0], city.wanted, city)


def test_a_city_named_without_saying_it_is_a_place_says_where() -> None:
    q = analyze("Where had Tom Beale been at a late-night recording session before his crash?")
    for text in (
        "Driving home from a late-night Los Angeles recording session, Tom Beale crashed.",
        "The session will cover Paris, Lille, Lyon and Toulouse.",
    ):
        assert carries(ArticleText.of("Crash", text).sentences[0], q.wanted, q)
    # (not one in another name: a side, a club, a title)
    for text in (
        "The Manchester United striker Tom Beale crashed after a recording session.",
        "Tom Beale, who plays for Real Madrid, crashed after a late-night session.",
    ):
        assert not carries(ArticleText.of("Crash", text).sentences[0], q.wanted, q)
    # (nor a country asked for)
    q = analyze("For which country did Tom Beale record the session?")
    text = "Tom Beale recorded the Tokyo session after his crash."
    assert not carries(ArticleText.of("Crash", text).sentences[0], q.wanted, q)


def test_which_part_of_a_country_is_answered_by_its_region() -> None:
    def says(question: str, text: str) -> bool:
        q = analyze(question)
        return carries(ArticleText.of("Speech", text).sentences[0], q.wanted, q)

    speech = "Ana Ruiz gave her speech to party members in the south east."
    assert says("In which part of England did Ana Ruiz give her speech?", speech)
    assert says("In which part of the country did Ana Ruiz speak?", speech)
    # (not the region of something else: "the north of the party")
    assert not says("In which part of England did Ana Ruiz speak?", "She spoke to the north of it.")
    assert not says("Where did Ana Ruiz give her speech?", speech)


def test_which_festival_is_answered_by_a_festival_named_in_lower_case() -> None:
    q = analyze("At which film festival did Tern, Ana Ruiz's first film, win the top prize?")
    named = "Tern won the top prize at the Kelso film festival last year."
    unnamed = "Tern won the top prize at a film festival last year."
    assert carries(ArticleText.of("Tern", named).sentences[0], q.wanted, q)
    assert not carries(ArticleText.of("Tern", unnamed).sentences[0], q.wanted, q)


def test_the_size_of_a_grouping_counts_no_people() -> None:
    q = analyze("How many people are out of work in Kelso?")
    grouping = "Tern will cut its growth estimate for the 12-member Calder bloc to 1.6%."
    assert not carries(ArticleText.of("Jobs", grouping).sentences[0], q.wanted, q)
    counted = "Unemployment in Kelso rose to 5.2 million people."
    assert carries(ArticleText.of("Jobs", counted).sentences[0], q.wanted, q)


def test_the_day_something_was_told_on_is_not_when_it_will_be() -> None:
    q = analyze("When will Kelso Games release its Calder video game?")
    told = "Ana Ruiz will also voice the Calder video game, it was confirmed on Wednesday."
    assert not carries(ArticleText.of("Game", told).sentences[0], q.wanted, q)
    for text in (
        "The Calder video game will go on sale in March, Kelso Games announced on Monday.",
        "Kelso Games will release the Calder video game on Wednesday.",
    ):
        assert carries(ArticleText.of("Game", text).sentences[0], q.wanted, q)


def test_a_venue_of_the_kind_asked_is_named_by_its_name() -> None:
    q = analyze("Which university is home to the Tern Institute, whose report Kelso cited?")
    for text in (
        "The report was published by Calder University's Tern Institute.",
        "The Tern Institute at the University of Northfield published it.",
    ):
        assert carries(ArticleText.of("Report", text).sentences[0], q.wanted, q)
    for text in (
        "The Tern Institute published the report.",
        "The University said so.",
        "A German university said so.",
    ):
        assert not carries(ArticleText.of("Report", text).sentences[0], q.wanted, q)
