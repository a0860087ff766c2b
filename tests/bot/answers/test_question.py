from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.answers.question import (
    MAX_QUESTION_CHARS,
    Wanted,
    analyze,
    asked_position,
    extract_scope,
)
from bot.storage.terms import index_key

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)  # a Thursday


def words(question: str) -> list[str]:
    return [t.word for t in analyze(question, NOW).terms]


def test_terms_drop_stop_and_question_words_and_keep_stems() -> None:
    q = analyze("Who will be confirmed as the new harbour master on Friday?", NOW)
    assert [t.word for t in q.terms] == ["confirmed", "new", "harbour", "master", "friday"]
    assert q.terms[0].stem == "confirm" and q.terms[0].index_key == "confirm"
    assert q.wanted is Wanted.PERSON


def test_names_are_kept_as_phrases_and_marked() -> None:
    q = analyze("What did Helena Marques say about the fire in Évora?", NOW)
    assert q.names == (("helena", "marques"),)
    assert {t.word for t in q.terms if t.name} == {"helena", "marques", "evora"}
    assert "say" in words("What did Helena Marques say?")


def test_names_starting_the_question_and_possessives() -> None:
    q = analyze("Peter O'Toole's last film: who directed it?", NOW)
    assert q.names[0] == ("peter", "o", "toole")
    assert "s" not in [t.word for t in q.terms]


def test_a_post_in_capitals_after_a_name_is_no_part_of_it() -> None:
    q = analyze("Which Calder North MP asked the first question?", NOW)
    assert q.names == (("calder", "north"),)
    assert q.wanted is Wanted.PERSON and "mp" in [t.word for t in q.terms]


def test_the_us_in_capitals_is_a_name_though_us_is_a_stop_word() -> None:
    assert words("When will the PSP go on sale in the US?") == ["psp", "go", "sale", "us"]
    assert "us" not in words("Who sent us the harbour report?")


def test_capitals_say_nothing_in_title_case_or_shouting() -> None:
    assert analyze("WHO WON THE HARBOUR REGATTA", NOW).names == ()
    assert analyze("Who Will Lead The Harbour Board", NOW).names == ()
    assert words("WHO WON THE HARBOUR REGATTA") == ["won", "harbour", "regatta"]


def test_capitals_say_names_when_other_words_are_written_small() -> None:
    # (the film's title has capitalised small words: "On", "Again")
    q = analyze("Who directed Tern On Again Nurse, Ana Ruiz's first Tern film?", NOW)
    assert ("ana", "ruiz") in q.names


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Who leads the fire response?", Wanted.PERSON),
        ("Whose boat sank?", Wanted.PERSON),
        ("Which player scored twice?", Wanted.PERSON),
        ("Which Calder backbencher said the Tern campaign was smarter?", Wanted.PERSON),
        ("Which former Olympian and Tern pundit said Ana Ruiz will run on?", Wanted.PERSON),
        ("Which Calder MSP is behind the bill?", Wanted.PERSON),
        ("Which Calder correspondent said Ada Quill faces calls for restraint?", Wanted.PERSON),
        ("Which Calder wild card is Ana Ruiz's opponent in the semi-finals?", Wanted.PERSON),
        ("Which fourth seed was Ana Ruiz due to meet in the second round in Kelso?", Wanted.PERSON),
        ("Which official body said Calder was safer?", None),
        ("Which pedestrian bridge near Calder did Tern police say could be shut?", Wanted.PLACE),
        ("Which US Undersecretary of State met Kelso officials?", Wanted.PERSON),
        ("Where did the ferry run aground?", Wanted.PLACE),
        ("Which city hosts the summit?", Wanted.PLACE),
        ("In which lake did the young actor drown?", Wanted.PLACE),
        ("Beneath which ocean did the earthquake strike?", Wanted.PLACE),
        ("What seeding did Tom Quill hold at the Kelso Open?", Wanted.NUMBER),
        ("Which league goal milestone did Tom Beale miss against Tern?", Wanted.NUMBER),
        ("When does the bridge reopen?", Wanted.TIME),
        ("What year did the mill close?", Wanted.TIME),
        ("How many people were rescued?", Wanted.NUMBER),
        ("What average nightly audience was the Calder show drawing?", Wanted.NUMBER),
        ("What crowd watched the Kelso final?", Wanted.NUMBER),
        ("How much did the repairs cost?", Wanted.NUMBER),
        ("What is the price of a ticket?", Wanted.NUMBER),
        ("Which Brive player won his first cap?", Wanted.PERSON),
        ("Which 15-year-old did Ana Ruiz beat in Kelso?", Wanted.PERSON),
        ("Which Calder Council for Tern president said the show was cruel?", Wanted.PERSON),
        ("Which Bank of Kelso economist spoke?", Wanted.PERSON),
        ("Which EU foreign policy chief spoke?", Wanted.PERSON),
        ("What is the annual salary of the commissioner?", Wanted.NUMBER),
        ("What happened at the harbour?", None),
        ("Why did the strike end?", None),
        ("Which Mercedes factory is DaimlerChrysler shutting?", Wanted.PLACE),
        ("At which Stockholm theatre did Abba reunite?", Wanted.PLACE),
        ("In which part of Calder was the special first shown?", Wanted.PLACE),
        ("Which parts of the UK saw the biggest falls in Tern prices?", Wanted.PLACE),
        ("What part did Tom Beale play in the film?", None),
        # a relative "who" before the question's own word
        (
            "Ana Ruiz wants to represent everyone who bought a Calder printer since when?",
            Wanted.TIME,
        ),
        ("Tom Beale, the student who quizzed Ana Ruiz, was from which city?", Wanted.PLACE),
        (
            "Ana Ruiz left her bag in a cab - who was the friend she asked to return it to?",
            Wanted.PERSON,
        ),
        ("To which stock exchange did Calder Wines report the deal?", Wanted.PLACE),
        # a plural head noun ("dates", "stations"), but not a people's ("members'")
        ("On which dates did the Calder fair run?", Wanted.TIME),
        ("Which Calder stations are closest to the library?", Wanted.PLACE),
        ("Which town's Labour Party members' newsletter did Tom Beale quote?", Wanted.PLACE),
        ("At what level did the Calder index close?", Wanted.NUMBER),
        ("What limit on gifts did the Calder commission propose?", Wanted.NUMBER),
        ("What estimate has Kelso Auctions put on the Tern painting?", Wanted.NUMBER),
        # a place in rankings is a figure, but not rankings a clause speaks of
        ("Where were Calder in the world rankings when Ana Ruiz took over?", Wanted.NUMBER),
        ("Where were the trials at which Tom Beale went top of the rankings?", Wanted.PLACE),
        ("Which Tejo Capital economist praised the port?", Wanted.PERSON),
        # head nouns beyond the roles the answers read: occupations, "-ist", "-man" …
        ("Which Cornish surfer won the heat?", Wanted.PERSON),
        ("Which marathon world record holder spoke out?", Wanted.PERSON),
        ("Which US entrepreneur bought Tern?", Wanted.PERSON),
        ("Which music mogul who ran the Tern label produced the film?", Wanted.PERSON),
        ("Which Harwick producer backed the film?", Wanted.PERSON),
        ("Which character will Tom Quill play in the Kelso film?", Wanted.PERSON),
        ("Which comic did the bookmakers make favourite to win the Tern show?", Wanted.PERSON),
        ("Which Lib Dem spokesman asked the question?", Wanted.PERSON),
        ("Which Nobel-winning physicist signed the letter?", Wanted.PERSON),
        ("Which Dunmore midfielder's tackle broke his ankle?", Wanted.PERSON),
        ("Which Calder prop went over for the late try?", Wanted.PERSON),
        ("Which Calder wildcard reached the quarter-finals?", Wanted.PERSON),
        ("Which recalled Calder scrum-half did the coach praise?", Wanted.PERSON),
        ("What is the name of Ana Ruiz's former nanny?", Wanted.PERSON),
        ("What is the name of the Kelso baggage handler Tom Beale filmed?", Wanted.PERSON),
        ("What was the name of the male Calder screener fired over the scheme?", Wanted.PERSON),
        ("What is the name of the Tern Summit on the Kelso Society spokesman?", Wanted.PERSON),
        # (a person written with a hyphen, or as a legend or great)
        ("Which Calder stand-off kicked the drop goal?", Wanted.PERSON),
        ("Which Kelso film-maker shot the movie?", Wanted.PERSON),
        ("Which Tern legend opened the new stand?", Wanted.PERSON),
        # (the owner before "'s" is what is asked, when it comes first)
        ("Which Kelso state's attorney general sued Tern?", Wanted.PLACE),
        ("After which year's election did Tom Beale become minister?", Wanted.TIME),
        ("Which assistant state's attorney said so?", Wanted.PERSON),
        ("Which former world number two beat Tom Beale?", Wanted.PERSON),
        ("Which rival company took Tern to court?", None),
        ("Which Tern company chairman quit?", Wanted.PERSON),
        ("What is the real name of reggae star Tern?", Wanted.PERSON),
        ("Which fellow Swede did Tom Beale beat in Kelso?", Wanted.PERSON),
        ("What was Tilda Marsh's world ranking before the final?", Wanted.NUMBER),
        ("At what event did Tern unveil the car?", Wanted.PLACE),
        ("At which court was Tom Beale sentenced?", Wanted.PLACE),
        # a person noun anywhere in the head phrase asks who
        ("Which appeals court judge wrote the ruling?", Wanted.PERSON),
        ("At which festival did the film win?", Wanted.PLACE),
        # a people's name right before a verb is the head noun, not before another noun
        ("Which Russian did prosecutors name as the ringleader?", Wanted.PERSON),
        ("Which Australian won the race?", Wanted.PERSON),
        ("Which unseeded German knocked out Tomas Varga in Calder?", Wanted.PERSON),
        ("Which Christian Aid report said so?", None),
        # a question word with its "'s"
        ("Who's the boss of Tern?", Wanted.PERSON),
        ("What's the name of the Calder man selling his car?", Wanted.PERSON),
        ("When’s the final?", Wanted.TIME),
        ("Where's Tern based?", Wanted.PLACE),
        # … a title written as a name when nothing else is one, not before one
        ("Which DJ recorded the charity single?", Wanted.PERSON),
        ("Which Labour MP resigned?", Wanted.PERSON),
        ("Which Carlow City striker scored?", Wanted.PERSON),
        ("What is the name of the skateboarder who fell?", Wanted.PERSON),
        ("Which Aberdeen gallery shows the tapestry?", Wanted.PLACE),
        ("At which restaurant did Ana Ruiz meet Tom Beale?", Wanted.PLACE),
        ("Near which landmark was the Tern car found?", Wanted.PLACE),
        ("In which hall did Ana Ruiz speak?", Wanted.PLACE),
        ("Which seat did she hold before 2001?", Wanted.PLACE),
        ("At which Calder site is the waste now kept?", Wanted.PLACE),
        ("At which meeting did Ana Ruiz win the triple jump?", Wanted.PLACE),
        ("What was the opening bid for Tern's unit?", Wanted.NUMBER),
        ("What is the maximum sentence for the offence?", Wanted.NUMBER),
        # ("and" between two words of a name goes on to the head noun)
        ("Which Trade and Industry Secretary attacked the plan?", Wanted.PERSON),
        # "what is the most …" before a clause asks a figure, before an adjective does not
        ("What is the most a Tern passenger can claim?", Wanted.NUMBER),
        ("What is the most popular game in Tern?", None),
        ("Which weekend will the final be played?", Wanted.TIME),
        ("What proportion of staff earn the wage?", Wanted.NUMBER),
        # (the head noun six words after "what")
        ("What was Tern's record first-half net profit, helped by cost cutting?", Wanted.NUMBER),
        ("Which playlist did the song top?", None),
        # a figure of standing is someone; a plain figure is a number
        ("Which senior Tern figure did the party hire?", Wanted.PERSON),
        ("Which QC resigned from the Calder panel?", Wanted.PERSON),
        ("Which Green MEP said the Tern rules insult the parliament?", Wanted.PERSON),
        ("What figure did Tern give for its losses?", Wanted.NUMBER),
        # "is", "was" … after the head noun end its phrase: what follows is the subject
        ("For which east Calder seat was councillor Ana Ruiz chosen?", Wanted.PLACE),
        ("In what year was Tern chief executive Tom Beale born?", Wanted.TIME),
        # (a member state is a country, a party member a person)
        ("Which EU member state twice rejected the Tern directive?", Wanted.PLACE),
        ("Which Calder party member said so?", Wanted.PERSON),
        # (what something was worth is a figure)
        ("What was Calder-Tern trade worth in April-July?", Wanted.NUMBER),
        # people in the plural, when nothing else says what is asked
        ("Which actors play the crooked cops in Tern: Calder Falls?", Wanted.PERSON),
        ("Which town's Tern Party members' newsletter did the Greens quote?", Wanted.PLACE),
    ],
)
def test_wanted_entity_type(question: str, wanted: Wanted | None) -> None:
    assert analyze(question, NOW).wanted is wanted


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("Who won the Lisbon marathon?", "won"),
        ("Who co-founded Orbit Forge?", "found"),
        ("Who is Tern's chief technology officer?", None),
        # (who is due or set to do something is asked for doing it)
        ("Who is due to succeed Ana Ruiz as head of Tern?", "succe"),
        # (and who was named or picked to do it)
        ("Who was named to lead Calder against Kelso?", "lead"),
        ("Who is set to direct Kelso, the film about Calder?", "direct"),
        ("Who is due?", "due"),
        ("When did the shop open?", "open"),
        ("When will production start at the Dresden chip plant?", "start"),
        ("In what year did Ana Ruiz found the Arrow label that Tern bought?", "found"),
        # (past a description set off by commas, which ends at its second comma)
        ("When did Tern, the Calder maker of Arrow bikes, buy the Leeds brewer Harbour?", "bui"),
        ("When will the Viana do Castelo wind farm produce its first power?", "produc"),
        ("Where did Alfie the spaniel have his MRI scan?", None),
        ("When did Tim Henman make his Davis Cup debut?", None),
        ("Where was the festival held?", None),
        ("Where was the test between France and New Zealand staged?", "stage"),
        ("When was the agreement on Anzac Day holidays struck?", "struck"),
        ("On what date did Jef Raskin, who led the Macintosh team, die?", "die"),
        ("Which city was Ana Ruiz, Tern's first prima ballerina, born in?", "born"),
        ("Where did the four men freed from Guantanamo Bay land?", "land"),
        ("Where did the four men taken from Calder Bay land?", "land"),
        ("When will the Calder episode written by Tom Beale be shown on TV?", "shown"),
        ("Where did Ms Lomax give her speech?", None),
        ("When will the game be staged?", "stage"),
        ("Where is Aston Martin going to build its new car?", "build"),
        # (after "was the …", a word before a preposition is a noun)
        ("Where was the indoor meeting at which Tilda Marsh broke the record?", None),
        ("When was the Harbour Cup game between Calder and Tern?", None),
        ("Where was the Calder crew filming when Tom Beale agreed to direct?", "film"),
        # (what someone said would happen is asked about, not when they said it)
        ("When did Tern say it would open the Calder plant?", None),
        ("When did Tern say sorry?", "sai"),
        ("Where does Tom Beale believe the lure of the cup will keep Ana Ruiz?", None),
        ("When did Tom Beale think of the name?", "think"),
        # (the particle of a phrasal verb is not the verb)
        ("When did police turn back the Calder marchers?", "turn"),
        ("When did the Calder poet pass away?", "pass"),
        # (of two verbs joined by "and", the second says what happened: the arrest)
        ("Where was Tern singer Tom Beale stopped and arrested over the cannabis?", "arrest"),
        ("Where are the two Tern clerks believed to have fled to?", "fled"),
        ("Where are the Calder Ten Mile runners said to be staying?", "stai"),
        ("When was Ken Livingstone first elected mayor of London?", "elect"),
        ("When did Alan Greenspan first become chairman of the Federal Reserve?", None),
        # (a name that owns the subject does not end it)
        ("Where have Tern's two new ferries been undergoing trials?", None),
        ("Where was Arsenal vice-chairman David Dein speaking on Friday?", "speak"),
        ("How many people have died of flu in Northfield this winter?", "di"),
        ("When did Home Office officials screen passengers at Prague airport?", "screen"),
        ("The antibody was not tested on under-fives - when does that trial start?", "start"),
        ("How many jobs did the economy add in October, the month Bush was re-elected?", None),
        (
            "Where was Ms Lomax speaking when she said growth was faster than figures showed?",
            "speak",
        ),
        # ("the winners of …" is the subject, not its verb; but "the meeting of …" is what
        # a light verb asks about)
        ("Where will the winners of the Calder v Tern replay travel next?", "travel"),
        ("When did the meeting of Tern executives at the Calder Hotel take place?", "meet"),
        # (a one-word subject after "did" may have a preposition after it)
        ("When did growth in Tern's fixed asset investment peak at 43%?", "peak"),
        ("When will work on the Calder stadium start?", "start"),
        # (a name after "who is" is no verb)
        ("Who is Calder Tern's chief executive?", None),
        # (the verb of a clause on what is asked about is not the one asked)
        (
            "When were Calder due to host Tern in the second leg, which the injured Ana Ruiz "
            "expected to miss?",
            None,
        ),
    ],
)
def test_the_asked_verb_ends_the_subject(question: str, verb: str | None) -> None:
    assert analyze(question, NOW).verb == verb


def test_a_verb_a_place_or_date_answers_without_is_no_term() -> None:
    assert words("Where was the CubaDupa festival held?") == ["cubadupa", "festival"]
    assert words("Who held the record?") == ["held", "record"]
    assert words("Since what year has Emilio Botin been chairman?") == [
        "emilio",
        "botin",
        "chairman",
    ]
    assert words("Which city is Nordlys Orbital based in?") == ["nordlys", "orbital", "based"]


def asides(question: str) -> list[str]:
    return [t.word for t in analyze(question, NOW).terms if t.aside]


def test_words_that_say_which_thing_is_meant_are_asides() -> None:
    # a description right before a name …
    # (and "based", which the article may leave unsaid: "the Institute in Ponta Delgada")
    assert asides("Where is sportswear maker Nike based?") == ["sportswear", "maker", "based"]
    assert asides("Where is body painter Jörg Düsterwald from?") == ["body", "painter"]
    # … but not a verb before it, nor a word that is not a role or an organisation
    assert asides("Who replaced manager Brendan Rodgers at Liverpool?") == ["manager"]
    assert asides("When did Liverpool sign Raheem Sterling?") == []
    # the clause that says which occasion is meant, in when / where / how-many questions
    # (names in it are names still)
    assert asides("Where was Jack Straw speaking when he attacked the Tory leader?") == [
        "attacked",
        "leader",
    ]
    assert asides("Who was speaking when the lights went out?") == []
    assert asides("How much did Tern shares fall on the day the firm cut its forecast?") == [
        "firm",
        "cut",
        "forecast",
    ]
    # a participle that describes a noun, up to the verb asked about
    assert asides("When will the game abandoned over a bomb scare be played?") == [
        "abandoned",
        "bomb",
        "scare",
    ]
    assert asides("Where did the men freed from Guantanamo Bay land?") == ["freed"]
    assert asides("Which city is Nordlys Orbital based in?") == []
    # (but the first participle after "is" or "was" is the verb asked about)
    assert asides("In which month was the Tern election expected when Calder unveiled it?") == [
        "unveiled"
    ]
    # the words that say which story is meant (and none for "in the story", "mentioned")
    assert [
        (t.word, t.aside)
        for t in analyze(
            "When did the court side with Tern, as mentioned in the story on file sharing?"
        ).terms
    ] == [("court", False), ("side", False), ("tern", False), ("file", True), ("sharing", True)]
    assert asides("Where is Tern based, according to the article on its losses?") == [
        "based",
        "losses",
    ]
    # whose figures they are: the source after "according to", its name too, up to a comma
    assert asides("What was Calder's jobless rate, according to the Tern Statistics Office?") == [
        "tern",
        "statistics",
        "office",
    ]
    assert asides("How many cars did Calder sell, according to Tern?") == ["tern"]
    # (and past the commas of a list of names)
    assert [
        (t.word, t.aside)
        for t in analyze(
            "When is the Calder Fair, going by the story about Beale, Cole and Marsh signing books?"
        ).terms
    ] == [
        ("calder", False),
        ("fair", False),
        ("beale", False),
        ("cole", False),
        ("marsh", False),
        ("signing", True),
        ("books", True),
    ]
    # a relative clause after a name or "the …", up to the verb asked about
    assert asides("When is the Calder Ten Mile that Tilda Marsh is entering?") == ["entering"]
    assert asides("Where is the festival that the Pixies are headlining held?") == ["headlining"]
    assert asides("When did Apple announce that it would sell phones?") == []
    # ("where" and "when" open such a clause too, not the question's own "where")
    assert asides("In which city is the Calder Open where Tom Beale faced Ann Cole?") == ["faced"]
    assert asides("When is the final where Tilda Marsh will swim?") == ["swim"]
    assert asides("Where did Tom Beale play the gig?") == []
    # (and a preposition may come before "which", whose clause holds no verb asked about)
    assert asides("Where was the Calder Fair at which Tern showed off its new bike?") == [
        "showed",
        "new",
        "bike",
    ]
    # (a noun phrase may hold names and a figure: "the two Bank of Calder clerks who …")
    assert asides(
        "In which city did the two Bank of Calder clerks who vanished with the cash work?"
    ) == ["vanished", "cash"]
    # (a question asked with "do" ends on its own verb, unless one came before the clause)
    assert asides("When does the Calder Book Fair that Tom Beale is considering open?") == [
        "considering"
    ]
    assert asides("When do Calder meet Leeds in the game that could decide the title?") == [
        "decide",
        "title",
    ]
    # a description set off by commas after a name
    assert asides("How old is Viktor Makarov, the ex-Russian spy on hunger strike?") == [
        "ex",
        "spy",
        "hunger",
        "strike",
    ]
    assert asides("On what date did Jef Raskin, who led the Macintosh team, die?") == [
        "led",
        "team",
    ]
    # (a name may end in a capital letter: the description is what follows it)
    assert asides("When does Jay T, the singer signed by Calder Records boss Tom Beale, tour?") == [
        "singer",
        "signed",
        "boss",
    ]
    # the words before the question proper
    assert asides("The antibody was not tested on under-fives - when does that trial start?") == [
        "antibody",
        "tested",
        "fives",
    ]
    # … not the question itself, before a relative clause after a comma
    assert "members" not in asides(
        "How many members sit on the Harbour Board, which voted to raise fees?"
    )


def test_a_hedge_on_what_is_asked_is_no_term() -> None:
    assert words("Where was most of the film actually shot?") == ["film", "shot"]


def test_where_a_game_is_played_needs_no_word_played() -> None:
    assert "played" not in words("Where would the Calder replay against Leeds be played?")
    assert "played" in words("When will the Calder replay against Leeds be played?")


def test_which_city_s_asks_for_a_city_without_the_word() -> None:
    assert "city" not in words("In which city's jail did Tom Beale film the video?")


def test_a_question_about_what_will_happen_says_so() -> None:
    assert analyze("When will the PSP go on sale?", NOW).future
    assert analyze("Where is Aston Martin going to build its new car?", NOW).future
    assert "going" not in words("Where is Aston Martin going to build its new car?")
    assert analyze("In which country will General Motors make the car?", NOW).future
    assert analyze("On what date do Ireland play Switzerland?", NOW).future
    assert not analyze("Who insists his side will focus on Valencia?", NOW).future
    assert analyze("When is the Da Vinci Code film due to be released?", NOW).future
    assert not analyze("When did the PSP go on sale?", NOW).future


def test_filler_words_are_not_terms() -> None:
    assert words("What happened in Palmyra?") == ["palmyra"]
    assert words("Roughly how much did Doom 3 cost to make?") == ["doom", "3", "cost"]
    assert words("Tell me the latest news about the regatta") == ["regatta"]
    # ("get under way" is a way to say start)
    assert words("When does the Calder Open get under way?") == ["calder", "open", "start"]
    # ("apart from" says what is not asked, as "besides" does; "pulled apart" is a term)
    assert words("Apart from Calder, where did Tern play?") == ["calder", "tern", "play"]
    assert "apart" in words("Who pulled the Calder players apart?")


@pytest.mark.parametrize(
    ("question", "since", "label"),
    [
        ("Who won this week?", datetime(2026, 11, 23, tzinfo=UTC), "this week"),
        ("Who won today?", datetime(2026, 11, 26, tzinfo=UTC), "today"),
        ("Who resigned yesterday?", datetime(2026, 11, 25, tzinfo=UTC), "yesterday"),
        ("Who won last week?", datetime(2026, 11, 16, tzinfo=UTC), "last week"),
        ("Who won this month?", datetime(2026, 11, 1, tzinfo=UTC), "this month"),
        ("Who won since 2026-11-01?", datetime(2026, 11, 1, tzinfo=UTC), "since 2026-11-01"),
        ("Who won since 1 November?", datetime(2026, 11, 1, tzinfo=UTC), "since 1 November"),
        ("Who won since Monday?", datetime(2026, 11, 23, tzinfo=UTC), "since Monday"),
        (
            "Who won in the last 3 days?",
            datetime(2026, 11, 23, 9, 0, tzinfo=UTC),
            "in the last 3 days",
        ),
    ],
)
def test_time_scopes(question: str, since: datetime, label: str) -> None:
    q = analyze(question, NOW)
    assert q.scope is not None
    assert q.scope.since == since and q.scope.label == label
    assert [t.word for t in q.terms] in (["won"], ["resigned"]), "the scope is not a term"


def test_scope_words_are_removed_and_a_future_day_month_means_last_year() -> None:
    scope, rest = extract_scope("who won since 30 December", NOW)
    assert scope is not None and scope.since == datetime(2025, 12, 30, tzinfo=UTC)
    assert rest == "who won"


def test_an_impossible_date_is_a_problem_not_an_exception() -> None:
    q = analyze("Who won since 2026-02-30?", NOW)
    assert q.problem and "2026-02-30" in q.problem and "YYYY-MM-DD" in q.problem


@pytest.mark.parametrize(
    "question",
    ["", "   ", "the of and", "who what where", "???", '"', "()", "- * -", "AND OR NOT"],
)
def test_questions_without_words_are_problems(question: str) -> None:
    q = analyze(question, NOW)
    assert q.problem and not q.terms


def test_long_questions_are_refused() -> None:
    q = analyze("word " * 2500, NOW)
    assert q.problem and str(MAX_QUESTION_CHARS) in q.problem


def test_fts_syntax_becomes_plain_words() -> None:
    q = analyze('"harbour* NEAR(strike -pay) OR (boats)"; DROP TABLE articles; --', NOW)
    for term in q.terms:
        assert term.word.isalnum(), term
    assert "harbour" in [t.word for t in q.terms] and "strike" in [t.word for t in q.terms]


def test_index_key_matches_the_fts5_porter_tokenizer() -> None:
    assert index_key("confirmed") == "confirm"
    assert index_key("1990s") == "1990"
    assert index_key("évora") == "évora" and analyze("Évora?", NOW).terms[0].index_key == "evora"


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("How many award tickets did the airline sell?", "ticket"),
        ("How many Kelso games developers are left?", "develop"),
        ("How many people watched Northfield Town beat Harrowby Rovers?", "peopl"),
        ("How many spectators had to leave the stadium?", "spectat"),
        ("How much did the tank cost?", None),
        # the noun before a verb in the present ("sit"), however the verb ends
        ("How many members sit on the Harbour Board?", "member"),
        ("How many staff work at the Harwick plant?", "staff"),
        ("How many bus drivers went on strike?", "driver"),
        # a part of a whole counts the whole's things
        ("How many of his 50 Calder Cup matches did Tom Beale win?", "match"),
        ("How many of the banks are Italian?", "bank"),
        # (an adverb before the noun's words is none of them)
        ("How many previously unreleased Tern tracks are on the box set?", "track"),
    ],
)
def test_what_a_how_many_question_counts(question: str, focus: str | None) -> None:
    assert analyze(question, NOW).focus == focus


def test_what_time_of_a_race_asks_how_long_it_took() -> None:
    q = analyze("What time did Kelly Holmes run to win the 1500m in Glasgow?", NOW)
    assert (q.wanted, q.measure) == (Wanted.NUMBER, "race")
    q = analyze("What time does the concert start?", NOW)
    assert (q.wanted, q.measure) == (Wanted.TIME, "clock")


def test_where_someone_is_from_asks_for_an_origin() -> None:
    assert analyze("Where is Guantanamo Bay detainee Moazzam Begg from?", NOW).measure == "origin"
    assert analyze("Where is Nike based?", NOW).measure == "base"
    assert analyze("Where is the Lisbon marathon held?", NOW).measure is None


def test_what_was_his_name_asks_who() -> None:
    question = analyze(
        "Slough Tories dropped a candidate after he was photographed with guns - what was his "
        "name?",
        NOW,
    )
    assert question.wanted is Wanted.PERSON
    # what comes before "what was his name?" says who is meant: no aside, and no "name"
    assert [(t.word, t.aside) for t in question.terms][:3] == [
        ("slough", False),
        ("tories", False),
        ("dropped", False),
    ]
    assert "name" not in {t.word for t in question.terms}
    assert analyze("What is the name of the Slough candidate?", NOW).wanted is Wanted.PERSON
    assert analyze("What is the name of the new Ford car?", NOW).wanted is None


def test_when_someone_became_something_is_asked_so() -> None:
    assert analyze("When did Ingrid Halvorsen become governor?", NOW).becoming
    assert not analyze("When did Ingrid Halvorsen cut rates?", NOW).becoming
    assert analyze("In what year was Ingrid Halvorsen made a cardinal?", NOW).becoming
    assert analyze("When was Ingrid Halvorsen made captain?", NOW).becoming
    assert analyze("When was Ingrid Halvorsen appointed governor?", NOW).becoming
    assert not analyze("When was the first Tern Arrow car made?", NOW).becoming
    assert not analyze("By what date should the Tern Bill become law?", NOW).becoming


def test_how_much_longer_asks_how_long() -> None:
    assert analyze("How much longer is Tom Beale expected to be out?", NOW).measure == "long"


def test_where_a_stock_index_closed_asks_its_level() -> None:
    assert analyze("Where did the Kelso index close on Friday?", NOW).wanted is Wanted.NUMBER
    assert analyze("Where did the Dow Jones end the week?", NOW).wanted is Wanted.NUMBER
    assert analyze("Where did Tom Beale finish the Kelso race?", NOW).wanted is Wanted.PLACE


def test_what_place_in_a_table_asks_a_rank() -> None:
    asked = analyze("To what place in the Kelso league table did Calder climb?", NOW)
    assert asked.wanted is Wanted.NUMBER
    assert analyze("At which place will the Kelso railway join the line?", NOW).wanted is (
        Wanted.PLACE
    )


def test_within_what_period_asks_how_long() -> None:
    asked = analyze("Within what period are Tern and Calder expected to launch new consoles?", NOW)
    assert (asked.wanted, asked.measure) == (Wanted.NUMBER, "long")
    assert "period" not in {t.word for t in asked.terms}


def test_what_percentage_asks_for_one_and_what_share_for_one_or_a_part() -> None:
    assert analyze("By what percentage did Tern's sales grow?", NOW).measure == "percent"
    assert analyze("What proportion of Calder's voters backed Ruiz?", NOW).measure == "share"
    assert analyze("What share price did Tern reach?", NOW).measure is None


def test_a_rate_or_inflation_asks_for_a_percentage_unless_it_is_an_exchange_rate() -> None:
    assert analyze("What was Calder's jobless rate in January?", NOW).measure == "percent"
    assert analyze("At what annual rate did Kelso's economy grow?", NOW).measure == "percent"
    assert analyze("What rate did the Kelso dollar reach against the euro?", NOW).measure is None
    assert analyze("How many premium rate numbers has Tern barred?", NOW).measure == "many"
    assert analyze("How high was Calder's inflation in 2001?", NOW).measure == "percent"
    assert analyze("How high did Tern's shares climb?", NOW).measure == "high"


def test_how_much_was_paid_asks_for_a_sum_of_money() -> None:
    assert analyze("How much did Microsoft pay for Giant?", NOW).measure == "money"
    assert analyze("What price per share did Ana Ruiz pay for Tern?", NOW).measure == "money"
    assert analyze("What fee did Calder get for Tom Beale?", NOW).measure == "money"
    # ("how much profit …?": a sum, though a profit may also rise by a share)
    assert analyze("How much profit did Tern expect to make this year?", NOW).measure == "money"
    # (a sum received: "which is to receive a payment from Calder of £24.5m", not "222%")
    assert analyze("How much is Tern set to receive from Calder?", NOW).measure == "money"
    assert analyze("How much did Tern's profits rise?", NOW).measure == "much"
    # ("to what price …?", "at what price …?")
    assert analyze("To what price did shares in Tern rise on bid talk?", NOW).measure == "money"
    assert analyze("At what price were the Calder shares sold?", NOW).measure == "money"
    cheap = analyze("How cheap has the price of a Tern printer become?", NOW)
    assert cheap.wanted is Wanted.NUMBER and cheap.measure == "money"
    # ("how high have bills climbed?": a sum; "how high is Tern's share?" need not be)
    assert (
        analyze("How high have some Tern customers' phone bills climbed?", NOW).measure == "money"
    )
    assert analyze("How high did Calder's share of the vote climb?", NOW).measure == "high"
    assert analyze("How much of the vote did Labour win?", NOW).measure == "much"
    # … but "by how much …?" asks for a change, which a share may give ("by 6%")
    assert analyze("By how much did Calder council raise its budget?", NOW).measure == "much"
    # … and "how much more …?" a difference ("earn 19% less", "pay 72% more")
    assert analyze("How much less than men do women in Calder earn?", NOW).measure == "much"
    assert analyze("How much more will Tern pay for ore?", NOW).measure == "much"


def test_a_phrasal_verb_is_the_verb_asked_about() -> None:
    assert analyze("When was the Calder Trust set up?", NOW).verb == index_key("set")
    assert analyze("In what year did the film Tern come out?", NOW).verb == index_key("come")
    # ("set aside" is no founding)
    assert analyze("Which day did Calder set aside for the vote?", NOW).verb is None


def test_what_date_or_year_asks_for_one() -> None:
    assert analyze("On what date did Delta suspend Ellen Sims?", NOW).measure == "date"
    assert analyze("In which year was Parmalat founded?", NOW).measure == "year"
    assert analyze("In which month did Tern return to profit?", NOW).measure == "month"
    assert analyze("In which decade did Tom Quill set up Tern?", NOW).measure == "decade"
    assert analyze("When was Parmalat founded?", NOW).measure is None
    # "at what time of year …?" asks a season, "at what time of day …?" a time of day
    assert analyze("At what time of year will Tern launch?", NOW).measure == "season"
    assert analyze("At what time of the year will Tern launch?", NOW).measure == "season"
    assert analyze("At what time of day will Tern launch?", NOW).measure == "clock"


@pytest.mark.parametrize(
    ("question", "post"),
    [
        ("Who is the head of Cepes?", "head"),
        ("Who is the OECD's chief economist?", "economist"),
        ("Who is BMW's group chief executive?", "ceo"),
        ("Who manages Harrowby Rovers?", "manager"),
        # (what one held then: "Calder captain Ana Ruiz", not "Calder scrum-half Tom Beale")
        ("Who captained Calder when they came back to beat Tern 18-17?", "captain"),
        ("Who chaired the Kelso inquiry?", "chair"),
        # (and what one is doing now: "who is heading the jury …?")
        ("Who is heading the jury picking the Calder Awards winners?", "chaired"),
        ("Who was coaching Calder when they beat Tern 18-17?", "coach"),
        ("Who is managing director of Calder Air?", "director"),
        ("Who is the Uber driver who shot the gunman?", "driver"),
        ("Who was the radio DJ who tricked Jose Antonio Reyes?", "dj"),
        ("Who is the man who shot the gunman?", None),
        ("Who was the runner-up in the Eastgate by-election?", None),
        ("Which Lehman Brothers analyst said costs were the real story?", None),
        ("Who leads the fire response in Évora?", None),
    ],
)
def test_the_post_a_question_asks_the_holder_of(question: str, post: str | None) -> None:
    position = analyze(question).position
    assert (post in position) if post else not position


def test_a_question_too_short_to_name_a_post_asks_none() -> None:
    assert asked_position(["who", "is"], [False, False]) == (frozenset(), ())


@pytest.mark.parametrize(
    ("question", "owner"),
    [
        ("Who is the manager of Yeading, the non-League side?", ("yead",)),
        ("Who is the OECD's chief economist?", ("oecd",)),
        ("Who is the boss of Calder's ad agency Tern, which made the poster?", ("tern",)),
        ("Who is the Rayo Vallecano coach?", ("rayo", "vallecano")),
        ("Who is the chief executive of internet provider Plus.net?", ("plu",)),
        ("Who manages Harrowby Rovers?", ("harrowbi", "rover")),
        ("Who is the new manager?", ()),
        ("Who is the president of the Kelso Academy of Dance?", ("kelso", "academi", "danc")),
        ("Where is Sandvine based?", ("sandvin",)),
        ("Where is Group Menatep, the majority owner of Yukos, based?", ("group", "menatep")),
        ("Where is the hedge fund Tern Capital, which bid for Kelso, based?", ("tern", "capit")),
        ("Who is the director of the US think-tank the Tern Center?", ("tern", "center")),
        ("Who is the chief operating officer of Calder's Tern digital TV platform?", ("tern",)),
    ],
)
def test_whose_post_or_base_a_question_asks_about(question: str, owner: tuple[str, ...]) -> None:
    assert analyze(question).subject == owner
