from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.answers.ask import (
    Answer,
    AnswerSentence,
    anchor_terms,
    answer_reply,
    ask,
    mass_floor,
    pick,
    term_weights,
)
from bot.answers.question import analyze
from bot.app import App
from bot.clock import ManualClock
from bot.ingestion.sources import RawArticle
from bot.models import CommandRequest, Destination, Reply
from bot.settings import CONFIG_DIR

HERE = Destination("console", "", "general")

# Fictional articles; the clock of the `app` fixture is Thursday 2026-11-26 09:00 UTC.
ARTICLES: list[dict[str, Any]] = [
    {
        "title": "New fire chief named for the Évora region",
        "text": "Helena Marques will lead the regional fire response in Évora from Monday, "
        "the civil protection agency said. Marques, 52, previously ran the Setúbal brigade "
        "for nine years. The agency said the appointment follows a difficult summer of "
        "wildfires across the Alentejo. Local mayors welcomed the decision on Tuesday.",
        "url": "https://harbour-gazette.example/evora-fire-chief",
        "source": "Harbour Gazette",
        "published": "2026-11-24T08:00:00+00:00",
    },
    {
        "title": "Old Mill bridge reopens after repairs",
        "text": "Tomas Lind, the city's chief engineer, has overseen the work since March. "
        "The Old Mill bridge reopened to traffic on Sunday after eleven weeks of repairs to "
        "its steel frame. Lind said the crews finished two days early and under budget. "
        "Cyclists will get a separate lane from next month.",
        "url": "https://northfield-courier.example/old-mill-bridge",
        "source": "Northfield Courier",
        "published": "2026-11-23T10:00:00+00:00",
    },
    {
        "title": "Printing works opens in Porto",
        "text": "Ravi Menon opened the Lattice Review's new printing works in Porto, the "
        "company said. The plant will print four regional titles and employ 140 people. "
        "Menon said paper prices had fallen since the spring.",
        "url": "https://lattice-review.example/porto-printing-works",
        "source": "Lattice Review",
        "published": "2026-10-01T09:00:00+00:00",
    },
    {
        "title": "Kovac wins the Lisbon marathon",
        "text": "Mira Kovac won the Lisbon marathon on Sunday in two hours and twenty-one "
        "minutes, her first win over the distance. The course record still stands.",
        "url": "https://meridian-wire.example/lisbon-marathon-2026",
        "source": "Meridian Wire",
        "published": "2026-11-22T12:00:00+00:00",
    },
    {
        "title": "Berg wins the Lisbon marathon",
        "text": "Anna Berg won the Lisbon marathon on Sunday in two hours and twenty-four "
        "minutes after a late sprint along the river. Berg had finished second twice.",
        "url": "https://meridian-wire.example/lisbon-marathon-2025",
        "source": "Meridian Wire",
        "published": "2025-10-05T12:00:00+00:00",
    },
    {
        "title": "Copper price climbs",
        "text": "Copper rose for a third day as smelters in Chile cut output. Traders said "
        "stocks in London warehouses were at their lowest level since the summer.",
        "url": "https://northsea-ledger.example/copper",
        "source": "Northsea Ledger",
        "published": "2026-11-25T07:00:00+00:00",
    },
    {
        "title": "Storm warning for the coast",
        "text": "Forecasters warned of gales along the northern coast on Friday. Ferries "
        "between the islands may be cancelled and harbour walls closed to walkers.",
        "url": "https://northfield-courier.example/storm",
        "source": "Northfield Courier",
        "published": "2026-11-25T16:00:00+00:00",
    },
    {
        "title": "School choir tours the valley",
        "text": "The school choir sang in six village halls this week and raised money for "
        "new instruments. Parents drove the singers between concerts.",
        "url": "https://harbour-gazette.example/choir",
        "source": "Harbour Gazette",
        "published": "2026-11-25T11:00:00+00:00",
    },
]


@pytest.fixture
async def stored(app: App, tmp_path: Path) -> App:
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    report = await app.ingestor.ingest([str(path)])
    assert report.count("added") == len(ARTICLES)
    return app


async def answer(app: App, question: str, scope: str | None = None) -> Answer:
    return await ask(app.store, question, scope, now=app.clock.now())


async def store(app: App, *articles: tuple[str, str]) -> None:
    """Store (title, text) articles as if fetched from one outlet each, in order."""
    await app.ingestor.store_batch(
        [
            RawArticle(title=title, text=text, url=f"https://news{i}.example/", source=f"News{i}")
            for i, (title, text) in enumerate(articles)
        ]
    )


async def command(app: App, text: str) -> Reply:
    return await app.commands.handle(CommandRequest(text, HERE, "u1"))


async def test_who_question_is_answered_with_the_persons_sentence_and_its_source(
    stored: App,
) -> None:
    result = await answer(stored, "Who will lead the fire response in Évora?")
    first = result.sentences[0]
    assert first.text.startswith("Helena Marques will lead the regional fire response")
    assert first.title == "New fire chief named for the Évora region"
    assert first.url == "https://harbour-gazette.example/evora-fire-chief"
    assert first.source == "Harbour Gazette"
    assert first.published == datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    article = await stored.store.get_article(first.article_id)
    assert article is not None and first.text in article.text


async def test_the_person_is_named_when_the_best_sentence_does_not_name_them(
    stored: App,
) -> None:
    result = await answer(
        stored, "Who saw the Old Mill bridge reopen to traffic after eleven weeks of repairs?"
    )
    texts = [s.text for s in result.sentences]
    assert texts[0].startswith("The Old Mill bridge reopened to traffic")
    assert any("Tomas Lind" in t for t in texts)
    assert len(texts) <= 3


async def test_other_entity_types(stored: App) -> None:
    when = await answer(stored, "When did the Old Mill bridge reopen to traffic?")
    assert "on Sunday" in when.sentences[0].text
    many = await answer(stored, "How many people will the printing plant employ?")
    assert "140" in many.sentences[0].text
    where = await answer(stored, "Where did Ravi Menon open the printing works?")
    assert "in Porto" in where.sentences[0].text


async def test_newer_story_ranks_first_when_both_answer(stored: App) -> None:
    result = await answer(stored, "Who won the Lisbon marathon on Sunday?")
    assert "Mira Kovac" in result.sentences[0].text


@pytest.mark.parametrize(
    "question",
    [
        "Who painted the Mona Lisa?",
        "Who won the election in Évora?",
        "How many moons does the planet Saturn have?",
        "What is the capital of Australia?",
        "When did the copper mines in Peru close?",
    ],
)
async def test_nothing_stored_answers_unrelated_questions(stored: App, question: str) -> None:
    result = await answer(stored, question)
    assert result.sentences == () and result.problem is None
    reply = await command(stored, f"ask {question}")
    assert reply.text.startswith("Nothing stored answers that.") and not reply.items


async def test_time_scope_narrows_the_search(stored: App) -> None:
    question = "Who opened the new printing works in Porto"
    assert (await answer(stored, question + "?")).sentences
    this_week = await answer(stored, question + " this week?")
    assert this_week.sentences == () and this_week.scope == "this week"
    assert "Nothing stored from this week answers that." in answer_reply(this_week).text
    since = await answer(stored, question + " since 2026-09-01?")
    assert since.sentences and since.scope == "since 2026-09-01"
    for scope, said in [
        ("since yesterday", "Nothing stored since yesterday answers"),
        ("in the last 3 days", "Nothing stored in the last 3 days answers"),
        ("last week", "Nothing stored from last week answers"),
    ]:
        assert answer_reply(Answer("Who?", scope=scope)).text.startswith(said)
    future = await answer(stored, question + " since 2099-01-01?")
    assert future.problem == "“since 2099-01-01” is in the future — ask about days up to today."


async def test_yesterday_reaches_to_now(stored: App, clock: ManualClock) -> None:
    clock.set(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
    result = await answer(stored, "Who will lead the fire response in Évora from yesterday?")
    assert result.sentences and "Helena Marques" in result.sentences[0].text


async def test_topic_scope_narrows_the_search(stored: App) -> None:
    question = "Who will lead the fire response in Évora?"
    assert (await answer(stored, question, scope="fire OR wildfires")).sentences
    assert (await answer(stored, question, scope="source:harbour")).sentences
    assert (await answer(stored, question, scope="source:northfield")).sentences == ()
    assert (await answer(stored, question, scope="football")).sentences == ()
    bad = await answer(stored, question, scope="-fire")
    assert bad.problem and not bad.sentences


BAD_QUESTIONS = [
    "",
    "   ",
    "the of and",
    "who what where why",
    '"',
    '"Marques',
    "*",
    "Marques*",
    "NEAR(Marques Évora)",
    "- Marques -Évora",
    "(((",
    "Marques AND OR NOT Évora",
    "'; DROP TABLE articles; --",
    "SELECT * FROM articles WHERE 1=1",
    "x" * 10_000,
    "who " * 2_600,
]


@pytest.mark.parametrize("question", BAD_QUESTIONS)
async def test_bad_questions_never_raise(stored: App, question: str) -> None:
    result = await answer(stored, question)
    assert result.problem or result.sentences == () or result.sentences
    reply = answer_reply(result)
    if result.problem:
        assert reply.error and len(reply.text) < 200
    by_command = await command(stored, f"ask {question}")
    assert by_command.text and "Something went wrong" not in by_command.text
    assert await stored.store.article_count() == len(ARTICLES)


async def test_bad_questions_get_usage_lines(stored: App) -> None:
    assert (await answer(stored, "the of and")).problem
    assert (await answer(stored, "x " * 6000)).problem
    reply = await command(stored, "ask ???")
    assert reply.error and "Usage" in reply.text


async def test_an_empty_store_answers_nothing(app: App) -> None:
    result = await answer(app, "Who will lead the fire response in Évora?")
    assert result.sentences == () and result.problem is None


# -- issue 13.4: answers the text holds, on the bundled samples and on a tiny store ------


@pytest.fixture
async def samples(app: App) -> App:
    await app.ingestor.ingest([str(CONFIG_DIR / "samples")])
    return app


@pytest.mark.parametrize(
    ("question", "carries", "not_this"),
    [
        ("when will the Halcyon sample land?", "2031", None),
        ("who is the chief executive of Nordlys?", "Sigrid Aasen", None),
        ("how many people were evacuated near Évora?", "1,1", "2,000 meals"),
        ("How many satellites did the Tern-3 rocket carry?", "14 small satellites", None),
        ("How old is Ellie Marsden?", "Fifteen-year-old", None),
        ("Where will the Halcyon sample land?", "Australian outback", None),
        ("How much prize money does Inês Carvalho receive?", "50,000 euros", None),
        # the sentence with the date words the action otherwise ("production … start")
        ("When will production start at the Dresden chip plant?", "2029", None),
        # a sentence naming someone beats the lead that repeats the question's words
        ("Who runs Casa do Fado Velho?", "Lurdes Aragão", None),
        ("Who was the chief scientist of the Azores seamount expedition?", "Bettencourt", None),
        # "X's header gave Northfield Town a win": nearly all the rest, without "scored"
        ("Who scored Northfield Town's winner against Harrowby Rovers?", "Kieran Nwosu", None),
        # "what time" asks for a time of day, not the day of the lead
        ("What time does the Casa do Fado Velho concert start?", "6pm", None),
        # words news writes for one another ("the crowd of 2,140" for who watched)
        ("How many people watched Northfield Town beat Harrowby Rovers?", "2,140", None),
        # "a four-year journey" says how long it took, without "took"
        ("How long did the Halcyon journey take?", "four-year", None),
    ],
)
async def test_the_sentence_with_the_name_date_or_figure_answers(
    samples: App, question: str, carries: str, not_this: str | None
) -> None:
    result = await answer(samples, question)
    assert result.sentences, question
    said = " ".join(
        s.text for s in result.sentences if s.article_id == result.sentences[0].article_id
    )
    assert carries in said, said
    assert not_this is None or not_this not in result.sentences[0].text


@pytest.mark.parametrize(
    "question",
    [
        "Who is the chief executive of Sardinha Labs?",
        "How old is Sigrid Aasen?",
        "Where was Priya Raman born?",
        "When will the Dresden chip plant close?",
        # "Governor Ingrid Halvorsen said …" says nothing of when she became governor
        "When did Ingrid Halvorsen become governor of the Northern Reserve Bank?",
        "When was Ingrid Halvorsen appointed governor of the Northern Reserve Bank?",
    ],
)
async def test_near_misses_on_the_samples_are_not_answered(samples: App, question: str) -> None:
    assert (await answer(samples, question)).sentences == ()


async def test_a_one_article_store_answers_too(app: App) -> None:
    await store(
        app,
        (
            "Tasman glacier retreats",
            "The Tasman glacier lost 40 metres of ice front in one summer, researchers "
            "reported on Friday. Glaciologist Mere Tane said the retreat was the fastest "
            "measured since 1990. The team will return to the lake below the glacier in "
            "February with new sonar gear.",
        ),
    )
    result = await answer(app, "who said the glacier retreat was the fastest?")
    assert result.sentences and "Mere Tane" in result.sentences[0].text
    when = await answer(app, "When will the team return to the lake?")
    assert when.sentences and "February" in when.sentences[0].text


def test_two_sentences_of_one_article_share_its_headline_and_link() -> None:
    def sentence(text: str, article_id: int) -> AnswerSentence:
        return AnswerSentence(
            text, article_id, f"Title {article_id}", f"https://x/{article_id}", "W", None
        )

    reply = answer_reply(
        Answer("who?", (sentence("One.", 1), sentence("Two.", 1), sentence("Three.", 2)))
    )
    assert [i.title for i in reply.items] == ["Title 1", "Title 2"]
    assert reply.items[0].text == "One. … Two."


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ('Today we kept our word," the mayor said.', '"Today we kept our word," the mayor said.'),
        ("Today we kept our word,” the mayor said.", "“Today we kept our word,” the mayor said."),
        ('The mayor said: "We will rebuild.', 'The mayor said: "We will rebuild."'),
        ("The mayor said: “We will rebuild.", "The mayor said: “We will rebuild.”"),
        ('"We will rebuild," the mayor said.', '"We will rebuild," the mayor said.'),
        ("The players' coach left.", "The players' coach left."),
    ],
)
def test_a_sentence_cut_from_a_quotation_is_shown_with_its_quotation_marks(
    sentence: str, shown: str
) -> None:
    reply = answer_reply(Answer("who?", (AnswerSentence(sentence, 1, "T", None, "W", None),)))
    assert reply.items[0].text == shown


async def test_an_answer_quoting_someone_by_surname_names_them_in_full(app: App) -> None:
    await store(
        app,
        (
            "Islands get a new ferry",
            "Harbour master Ingrid Solberg, who has run the port for a decade, welcomed the "
            "boat to the quay. The vessel was built in Gdansk and carries 300 passengers. "
            '"The ferry will make its first crossing on 3 March," Solberg said.',
        ),
    )
    result = await answer(app, "When will the new ferry make its first crossing?")
    assert result.sentences, result
    assert result.sentences[0].text == (
        '"The ferry will make its first crossing on 3 March," Ingrid Solberg said.'
    )


async def test_other_forms_of_a_word_and_initials_match(app: App) -> None:
    await store(
        app,
        (
            "France edge the All Blacks",
            "France came from behind to beat New Zealand 27-24 on Saturday. "
            '"The last ten minutes belonged to us," France captain Antoine Lacaze said. '
            "Minnesota U.S. Attorney Andy Luger said six men had been charged.",
        ),
    )
    result = await answer(app, "Who is the French captain?")
    assert result.sentences and "Antoine Lacaze" in result.sentences[0].text
    result = await answer(app, "Who is the US Attorney for Minnesota?")
    assert result.sentences and "Andy Luger" in result.sentences[0].text
    # another team's captain does not answer, nor does a figure of something else
    assert (await answer(app, "Who is the New Zealand captain?")).sentences == ()
    assert (await answer(app, "How many spectators saw France beat New Zealand?")).sentences == ()


async def test_another_outlet_of_the_story_may_hold_the_answer(app: App) -> None:
    lead = "Nordlys Orbital's Tern-3 rocket reached orbit from Andøya on Monday with 14 satellites"
    rest = (
        "The launch was its second attempt, after a valve froze on the first flight in April. "
        "The company plans four launches next year and has signed contracts with six "
        "customers, including the Norwegian Space Agency and two universities."
    )
    await store(
        app,
        (
            "Tern-3 reaches orbit from Andøya",
            f"{lead}, the company said. {rest} Nordlys Orbital based the Tern-3 on its earlier "
            "Tern-2 design, Nordlys Orbital said.",
        ),
        (
            "Andøy celebrates as Tern-3 reaches orbit",
            f"{lead}, the Trondheim-based company said. {rest}",
        ),
    )
    stored = await app.store.articles_by_ids([1, 2])
    assert stored[1].story_id == stored[2].story_id  # one story, read in both outlets
    result = await answer(app, "Which city is Nordlys Orbital based in?")
    assert result.sentences and "Trondheim" in result.sentences[0].text


async def test_a_third_outlet_that_matches_nearly_as_well_is_read_too(app: App) -> None:
    lead = "Nordlys Orbital's Tern-3 rocket reached orbit from Andøya on Monday with 14 satellites"
    rest = (
        "The launch was its second attempt, after a valve froze on the first flight in April. "
        "The company plans four launches next year and has signed contracts with six "
        "customers, including the Norwegian Space Agency and two universities."
    )
    design = "Nordlys Orbital based the Tern-3 on its earlier Tern-2 design, Nordlys Orbital said."
    await store(
        app,
        ("Tern-3 reaches orbit from Andøya", f"{lead}, the company said. {rest} {design}"),
        ("Tern-3 rocket reaches orbit", f"{lead}, the firm said. {rest} {design}"),
        (
            "Andøy celebrates as Tern-3 reaches orbit",
            f"{lead}, the Trondheim-based company said. {rest} Nordlys Orbital said so too.",
        ),
    )
    stored = await app.store.articles_by_ids([1, 2, 3])
    assert len({a.story_id for a in stored.values()}) == 1  # one story, three outlets
    result = await answer(app, "Which city is Nordlys Orbital based in?")
    assert result.sentences and "Trondheim" in result.sentences[0].text


async def test_a_question_about_a_birth_needs_a_sentence_that_says_so(app: App) -> None:
    await store(
        app,
        (
            "First video call placed 30 years ago",
            "Norway's first video call over the Fjordnett network was placed on 3 March 1994 "
            "by the veteran comic Olaf Brekke.",
        ),
        ("Ada Lane returns to Leeds", "Singer Ada Lane, born in Leeds in 1970, sang there."),
    )
    assert (await answer(app, "When was comic Olaf Brekke born?")).sentences == ()
    result = await answer(app, "When was singer Ada Lane born?")
    assert result.sentences and "1970" in result.sentences[0].text


async def test_a_description_or_clause_the_article_words_otherwise_does_not_count(
    app: App,
) -> None:
    await store(
        app,
        (
            "Strong quarter for Kestrel",
            "Kestrel Athletics posted its best third-quarter results, lifted by demand for its "
            "trail shoes. The sportswear group said profit reached $118.4m. The figures "
            "followed a strong second quarter for the company based in Eugene, Oregon.",
        ),
        (
            "Castlemere Rovers may seek share listing",
            "Castlemere Rovers deputy chairman Martin Roe says the club could seek a full "
            "listing on the stock market. Addressing a football finance conference in Doha, he "
            "said a listing was one way to pay for the club's new ground. Its shares now change "
            "hands on a small exchange in Leeds.",
        ),
    )
    result = await answer(app, "Where is sportswear maker Kestrel based?")
    assert result.sentences and "Eugene" in result.sentences[0].text
    result = await answer(
        app,
        "Where was Castlemere Rovers deputy chairman Martin Roe speaking when he floated the "
        "idea of a full stock market listing for the club?",
    )
    assert result.sentences and "Doha" in result.sentences[0].text


async def test_a_date_of_what_will_happen_answers_when_will(app: App) -> None:
    await store(
        app,
        (
            "Bomb threat at Estadio Norte",
            "Fans had to leave Valverde's Estadio Norte on Sunday after a bomb threat during the "
            "derby between the home side and Atletico Sur. Officers searched the ground for two "
            "hours and found nothing.",
        ),
        (
            "Norte and Atletico Sur to finish derby",
            "Valverde Norte and Atletico Sur are to complete their derby, which was abandoned on "
            "Sunday after a bomb threat. The last two minutes and four minutes of stoppage time "
            "will be played on 9 January.",
        ),
    )
    result = await answer(
        app,
        "When will the last minutes of the Valverde Norte v Atletico Sur game abandoned over a "
        "bomb threat be played?",
    )
    assert result.sentences and "9 January" in result.sentences[0].text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a figure of something else, a "found" that is not "founded", a decade, a country
        # for a city: none of these answer
        ("How many fans are expected at Tidewater's open-air show at Ravenscar Castle?", None),
        ("When was Latteria Nova founded?", None),
        ("How many Vector 48 computers were sold?", None),
        ("Which Danish city will host the Songvision anniversary show?", None),
        # "found" still means found, and a city beside its country is a city
        ("Where was the body of the Latteria Nova auditor found?", "Modena"),
        ("In which Indian city is Hyundai's existing car plant?", "Chennai"),
        # a country is no hospital; a theatre or factory is a place, named by its type
        ("In which hospital did Tesfaye Alemu have his Achilles operation?", None),
        ("At which Uppsala theatre did Nordsang reunite for the premiere of Skyline?", "Kronan"),
        (
            "Which Falke factory is Ardent Motors shutting because of faulty Brehm pumps?",
            "Sindelheim",
        ),
        # a figure of people admitted does not count the dead
        ("How many people have died of flu in Northfield this winter?", None),
        # a founding of something else, a time that is no count, a year that says only when
        ("When was the Civic Faith Forum founded?", None),
        ("How many people have signed up to Lumen's Jotter Pages?", None),
        ("How much was Corvo Records chairman Piet Aalders paid last year?", None),
        # … but a sentence that names no one else may say "he"
        ("On what date did Ivo Marsh, who led the Quill team, die?", "26 February"),
        # spectators are counted as people
        ("How many spectators had to leave the Bernabeu during the bomb scare?", "70,000"),
        # "who is the head of …?" is answered by a name written with its post, not by
        # another name the article gives with another post
        ("Who is the head of the Cepes wi-fi project for Chancay's farmers?", None),
        (
            "Who is the president of Costa Azul, the Mexican club hoping to sign Rui Falcão?",
            "Tomas Vidal Herrera",
        ),
        # the verb asked about is not said by a name ("filmed" by "Berlin Film Festival")
        ("Where was most of Harbour of Ash actually filmed?", None),
        # "how much did X pay …?" asks for a sum, not a share
        ("How much did Lumen pay for the anti-spyware firm Tallis Software?", None),
        # "in what year …?" is not answered by a month
        ("In what year did Ardent Motors close the Falke factory in Sindelheim?", None),
        # a sentence that says no one is named yet names no one
        ("Who will replace Nick Ward as Ferrous guitarist?", None),
        # … of what the question names: the Rovers manager is not Yeldham's
        (
            "Who is the manager of Yeldham, the non-League side drawn at home to Castleford in "
            "the FA Cup?",
            None,
        ),
        # a sentence that says where is not told tells no place
        ("In which country will Kelso Steel make most of its planned 45,000 job cuts?", None),
    ],
)
async def test_the_answer_must_be_of_the_thing_asked_about(
    app: App, question: str, expected: str | None
) -> None:
    await store(
        app,
        (
            "Tidewater add Harbour Green concert",
            "Rock band Tidewater will play a make-up concert on Harbour Green for fans in Kelso. "
            "The June concert is a warm-up for the band's open-air show at Ravenscar Castle, "
            "beside Loch Arran, four days later.",
        ),
        (
            "Latteria Nova founder jailed",
            "Latteria Nova sought bankruptcy protection in 2011 when a 9bn euro hole turned up in "
            "its books. The body of its auditor was found in Modena in 2012.",
        ),
        (
            "The Vector 48 is back",
            "The pioneering Vector 48 home computer brings back happy memories for people who had "
            "one in the 1980s. A new edition of the Vector 48 computer has gone on sale.",
        ),
        (
            "Songvision at 50",
            "Viewers will choose the best Songvision entry of all time at the contest's 50th "
            "anniversary show in Denmark in October.",
        ),
        (
            "Bomb threat at Bernabeu",
            "More than 70,000 people left the Bernabeu stadium on Sunday during a bomb scare. "
            "Police found nothing after a two-hour search.",
        ),
        (
            "Flu cases treble in Northfield",
            "Surgeries reported 412 confirmed cases of flu in Northfield this winter, and 19 "
            "people were admitted to Northfield General Hospital with flu complications.",
        ),
        (
            "Calder takes on Pryce",
            "The Civic Faith Forum told voters in Eastmoor to support the anti-war candidate. Roy "
            "Calder, who founded the anti-war party Accord in 2004, is standing against Ann "
            "Pryce.",
        ),
        (
            "Lumen starts a blogging service",
            "Lumen has launched Jotter Pages, a blogging service. The number of people writing "
            "on services like Jotter Pages has doubled twice over the last 18 months.",
        ),
        (
            "Corvo Records warns on sales",
            "Corvo Records chairman Piet Aalders is to stand down. The label expects its sales "
            "in the year to March to drop 8-9% on last year.",
        ),
        (
            "Creator of the Quill tablet dies",
            "Ivo Marsh, who led the Quill tablet team at Orchard, has died aged 61. He died at "
            "his Oregon home on 26 February, his family said.",
        ),
        (
            "Alemu wins on return",
            "The Ethiopian great Tesfaye Alemu won Sunday's Alicante half-marathon in Spain, his "
            "first race since surgery on his Achilles tendon.",
        ),
        (
            "Nordsang reunite for musical premiere",
            "The four singers of Nordsang have reunited for the Swedish premiere of Skyline. Fans "
            "waited in the snow outside Uppsala's Kronan theatre to see them arrive.",
        ),
        (
            "Faulty pumps halt Falke",
            "Ardent Motors will stop its assembly lines after supplier Brehm found faulty diesel "
            "pumps. It will shut the Falke factory in Sindelheim on Monday and Tuesday.",
        ),
        (
            "Berlin cheers Harbour of Ash",
            "War drama Harbour of Ash drew a warm reception from audiences at the Berlin Film "
            "Festival on Saturday. Dev Karan, 40, plays the ferry captain.",
        ),
        (
            "Lumen buys anti-spyware firm",
            "Lumen has bought Tallis Software, a New York maker of anti-spyware tools. A survey "
            "by Netwatch found that 90% of home computers carry spyware.",
        ),
        (
            "Ferrous guitarist quits",
            "Nick Ward has quit rock band Ferrous after a religious awakening. Ward's replacement "
            "as Ferrous guitarist has yet to be named, singer Jo Blake said on Monday.",
        ),
        (
            "Haldane out of the Rovers' Cup tie",
            "Rovers winger Tom Haldane will miss the FA Cup tie after he was hurt at Castleford. "
            "Haldane hurt his knee in the FA Cup defeat at Castleford, and manager Ray Dunmore "
            "said: 'He cannot run.' Castleford were drawn at home to a non-League side in the "
            "next round.",
        ),
        (
            "Wi-fi for Peru's farmers",
            "Farmers in Peru's Chancay valley can now check crop prices over a wi-fi network. "
            "Cepes, a Peruvian non-profit, led the $200,000 project. 'The plan includes training "
            "for farmers,' said Carlos Saldarriaga, technical coordinator at Cepes.",
        ),
        (
            "Mexicans chase Falcão",
            "Mexican club Costa Azul hope to sign the Brazilian Rui Falcão. Their president, "
            "Tomas Vidal Herrera, says Falcão wants to leave. Agent Mark Deane insists the "
            "31-year-old is determined to stay. 'He deserves respect,' said Deane. Deane will "
            "meet the club next week.",
        ),
        (
            "Hyundai plans second Indian plant",
            "Hyundai will build a second car plant in India, next to its existing plant in "
            "Chennai, India, to meet the growing demand for cars.",
        ),
        (
            "Kelso Steel to cut jobs",
            "Kelso Steel plans to cut 45,000 jobs over five years. The Indian-born magnate who "
            "runs Kelso Steel did not say where the job losses would fall.",
        ),
    )
    result = await answer(app, question)
    if expected is None:
        assert result.sentences == ()
    else:
        assert result.sentences and expected in result.sentences[0].text


# (title, text) of an article about one firm that names another
DEPOT_SALE = (
    "Calder Rail sells depot stake",
    "Shares in Calder Rail rose 12% after it agreed to sell its stake in the Mill Lane depot. "
    "The buyer is Harbour Group of Leeds, which will pay £40m. Calder Rail had debts of £90m. "
    'Its banks have agreed new terms. Analysts welcomed the deal. "We can now grow again," '
    "said chief executive Ana Ruiz.",
)


TERN_ROAMING = (
    "Regulators in Calder have objected to Tern's roaming rates. Tern sent the regulator "
    "a response to those objections in March and is now waiting for a reply. "
    "Several states, notably the state of Oregon, mandate low roaming charges. "
    "There are more than 6,000 companies at the Northfield fair, showing their products."
)


@pytest.mark.parametrize(
    ("title", "text", "question", "expected"),
    [
        pytest.param(
            "Six Minnesota men charged",
            "Six Minnesota men were charged on Monday with trying to join a militant group in "
            "Syria, prosecutors said. 'These were focused men,' Minnesota U.S. Attorney Andy "
            "Luger said on Monday. Judge Mary Hale set a hearing for May.",
            "Who is the US Attorney for Minnesota in the case of the six men?",
            "Andy Luger",
            id="the holder of the role asked about comes first",
        ),
        pytest.param(
            "Swedish officers stop subway attack",
            "Markus Asberg and Samuel Kvarzell, two off-duty Swedish police officers, stopped "
            "an attack on a subway train in New York on Monday. 'We are no heroes,' said "
            "Asberg, an officer with the police in Uppsala.",
            "In which Swedish city is Markus Asberg a police officer?",
            "Uppsala",
            id="a place next to what was asked about beats another place",
        ),
        pytest.param(
            "Tern-3 reaches orbit",
            "Nordlys Orbital reached orbit for the first time on Monday, when its Tern-3 rocket "
            "lifted off from Andøya at 10:42. The company said demand was strong. It plans four "
            "launches in 2027, the first in March.",
            "When will the next Tern-3 rocket launch?",
            "March",
            id="what will happen beats what did",
        ),
        pytest.param(
            "Zambia go back to Mauritius",
            "Holders Zambia meet the Comoros in the Coastal Cup next month. Coach Piet de Wet and "
            "his players will travel to Curepipe to meet the Comoros in the first game of the "
            "revamped regional tournament.",
            "Where do Zambia play their opening Coastal Cup match against the Comoros?",
            "Curepipe",
            id="news synonyms match",
        ),
        pytest.param(
            "Holt wins on her return",
            "Nina Holt celebrated her first race at home since the world championships by "
            "winning the 1500m at the Northern Indoor Games. Holt took the lead before the bell "
            "in Sheffield and eased home to victory in four minutes 14.74 seconds.",
            "What time did Nina Holt run to win the 1500m in Sheffield?",
            "14.74 seconds",
            id="the time of a race is how long it took",
        ),
        pytest.param(
            "S&N widens Indian cider venture",
            "Britain's largest cider maker, Somerset and Northern (S&N), will take a 37.5% stake "
            "in Kerala Breweries. The purchase grew out of the two firms' joint venture, said "
            "Paul Ardley, S&N's chief executive.",
            "Who is the chief executive of cider maker Somerset and Northern?",
            "Paul Ardley",
            id="initials of the names asked about hold the role",
        ),
        pytest.param(
            "Mansfield 0-1 Leyton Orient",
            "Leyton Orient won 1-0 at Mansfield on Saturday. A second-half goal from striker "
            "Andy Scott condemned Mansfield to a ninth game without a win. Mansfield have "
            "failed to score in four games.",
            "Who scored the winner for Leyton Orient at Mansfield?",
            "Andy Scott",
            id="a goal from someone says who scored",
        ),
        pytest.param(
            "River Wenn flood defences finished",
            "A £17 million flood defence scheme along the River Wenn has been completed eight "
            "months early, the Yorkshire Rivers Authority said. Council leader Tom Hardy opened "
            "it. Hardy thanked residents. 'Rainfall is getting heavier,' said project manager "
            "Laura Greenwood.",
            "Who is project manager of the River Wenn flood defence scheme?",
            "Laura Greenwood",
            id="the role as the question words it names its holder",
        ),
        pytest.param(
            "Bergen hospital's home dialysis scheme doubles",
            "Home dialysis has doubled at Bergen's hospital. 'It is part of the evening now,' "
            "said Oddvar Lien, 67, who has dialysis at home on the island of Fedje.",
            "On which island does home dialysis patient Oddvar Lien live?",
            "Fedje",
            id="the island of X is a place",
        ),
        pytest.param(
            "Guantanamo three home in weeks",
            "The three Britons held at Guantanamo Bay will be flown back to the UK within weeks, "
            "ministers said. Samir Haddad, from Leicester, and Owen Pike, from Cardiff, have been "
            "detained for almost three years. Campaigners have criticised the way the detainees "
            "in Cuba were treated.",
            "Where is Guantanamo Bay detainee Samir Haddad from?",
            "Leicester",
            id="a description of a name need not be said",
        ),
        pytest.param(
            "Former diplomat refuses food",
            "A former Soviet diplomat has gone on hunger strike near Downing Street. Pavel "
            "Orlov, 50, says British officials broke their promises to him.",
            "How old is Pavel Orlov, the ex-Soviet diplomat on hunger strike near Downing Street?",
            "50",
            id="a description after a name need not be said",
        ),
        pytest.param(
            "AI second reader spots more breast cancers in Cape Town",
            "An AI second reader spotted 17% more breast cancers in a Cape Town screening "
            "study. Dr Venter said the programme would expand to three clinics in the Eastern "
            "Cape in 2027.",
            "Where will the Cape Town breast screening programme expand to next year?",
            "Eastern Cape",
            id="a place that shares a word with the question's is still another place",
        ),
        pytest.param(
            "Guitarist quits band",
            "Nick Ward has left the rock band Ferrous after a religious awakening, the band "
            "said. Ward said on the radio that the rest of the band had accepted his choice. The "
            "34-year-old thanked fans in his parting statement. Singer Jo Blake said the band "
            "would carry on, and the 29-year-old will write the next album.",
            "How old is Ferrous guitarist Nick Ward?",
            "34-year-old",
            id="the N-year-old after a sentence naming someone is that person",
        ),
        pytest.param(
            "Stars on the red carpet",
            "Hollywood stars came to Kelso on Saturday for the Tern film awards. The young stars "
            "were there too, in the shape of Ana Ruiz, who plays Nell in the Calder films. The "
            "14-year-old said she hoped to meet Tom Beale and Ned Quill.",
            "How old was Calder actress Ana Ruiz at the Tern film awards?",
            "14-year-old",
            id="the N-year-old who goes on to name others is still the one named before",
        ),
        pytest.param(
            "Singer Mensah given 15 days",
            "Reggae singer Kofi Mensah will spend 15 days in prison after he swore again and "
            "again on stage at a January concert in Accra, though police had warned him.",
            "How long did Kofi Mensah get in jail for swearing on stage?",
            "15 days",
            id="prison is jail",
        ),
        pytest.param(
            "LVMH sells Lacroix",
            "Paris-based LVMH has agreed to sell the Christian Lacroix couture house to the Falic "
            "Group. The Miami-based Falic Group, which runs 90 duty free stores, said it planned "
            "to open new Lacroix shops.",
            "Where is the Falic Group, the firm buying the Christian Lacroix couture house from "
            "LVMH, based?",
            "Miami",
            id="where a firm is based is the place written with its name",
        ),
        pytest.param(
            "Deep-sea expedition finds new species",
            "Scientists found about 30 species new to science on seamounts off the Azores. 'On "
            "almost every dive we found something new,' said chief scientist Dr Ana Sousa of the "
            "Atlantic Marine Institute in Ponta Delgada.",
            "Where is the Atlantic Marine Institute based?",
            "Ponta Delgada",
            id="based need not be said",
        ),
        pytest.param(
            "Rival bid for Marlow Stores",
            "Electronics chain Marlow Stores has received a takeover bid worth $2bn. The bid "
            "came from Leeds-based private investment firm Harwick Capital, which already owns "
            "6% of the chain. Marlow Stores has 600 shops in Ohio.",
            "Where is Harwick Capital based?",
            "Leeds",
            id="a few words may stand between the place-based and the name",
        ),
        pytest.param(
            "Calder lane plan wins backing",
            "Calder's plan for a bike lane along the river is backed by a Leeds-based cycling "
            "group called the Tern Alliance. Work could start in May.",
            "Where is the Tern Alliance, the group backing the Calder bike lane, based?",
            "Leeds",
            id="'-based' may stand further from a name it describes after a noun",
        ),
        pytest.param(
            "Calder jobs market cools",
            '"Hiring has slowed sharply," said Tom Beale, economist at Harwick Bank in Leeds. '
            "Calder added 2,000 jobs in March.",
            "Where is Tom Beale, the Harwick Bank economist, based?",
            "Leeds",
            id="someone is based where the firm the question names him by is",
        ),
        pytest.param(
            "Tern director denies misleading board",
            "Tern director Ann Cole has denied telling fellow board member Tom Beale that the "
            "sale of the bike maker was off. The trial in Leeds continues.",
            "Which Tern board member did Ann Cole deny telling that the sale was off?",
            "Tom Beale",
            id="a name after 'member' is someone's",
        ),
        pytest.param(
            "Rapper films video in gym",
            "Rapper K-Dog, 24, was filmed lifting weights for his new video in a Calder gym. "
            '"I\'m not happy," Tom Beale, who runs the gym, said.',
            "Who was unhappy that rapper K-Dog filmed his new video in a Calder gym?",
            "Tom Beale",
            id="a hyphenated name the question gives is no answer",
        ),
        pytest.param(
            "Northfield edge Leeds",
            "Northfield beat Leeds 2-1 at Harbour Park on Saturday. Two late goals from Tom "
            "Beale sealed it in front of a crowd of 12,400.",
            "What was the attendance at Harbour Park when Northfield beat Leeds?",
            "12,400",
            id="the attendance is the crowd",
        ),
        pytest.param(
            "Blogging steward sues Northjet",
            "Airline steward Ellen Sims, author of the Cabin Diary blog, was suspended by "
            "Northjet in September. Ms Sims was suspended on 25 September while the airline "
            "looked into the blog, and she has since complained to a tribunal.",
            "On what date did Northjet suspend Ellen Sims, the steward behind the Cabin Diary "
            "blog?",
            "25 September",
            id="what date asks for a day of a month",
        ),
        pytest.param(
            "Bank governor honours David Hume",
            "Central bank governor Ruth Calloway praised the philosopher David Hume on Sunday. "
            "She delivered the annual David Hume Lecture in Kirkcaldy, Fife.",
            "In which Scottish town did Ruth Calloway give the David Hume Lecture?",
            "Kirkcaldy",
            id="a lecture delivered is given",
        ),
        pytest.param(
            "Northjet cuts fares",
            "Northjet will cut domestic fares by up to 50% as part of its rescue plan. Its new "
            "EasyFares were trialled from August on routes from Cincinnati, its second-biggest "
            "hub.",
            "Which city did Northjet use to test its EasyFares before cutting domestic fares?",
            "Cincinnati",
            id="trialled is tested",
        ),
        pytest.param(
            "Castlemere top their group",
            "Castlemere manager Ray Dunmore praised his players after a 2-0 win in Lisbon. This "
            "season is the first time in its 128-year history that the club is playing in Europe.",
            "How old is Castlemere football club, which is playing in Europe for the first time?",
            "128",
            id="an N-year history is an age",
        ),
        pytest.param(
            "Rush for Skyline Airways shares",
            "Shares in Skyline Airways go on sale next week. Skyline began flying in 1993 and now "
            "competes with carriers such as Air Kestrel.",
            "When did Skyline Airways start flying?",
            "1993",
            id="began is a form of start",
        ),
        pytest.param(
            "Ortiz signs with Harwick",
            "Film director Lena Ortiz has agreed a two-picture deal with Harwick Pictures, the "
            'studio said on Tuesday. "Working with Lena on Moonrise was a joy," Harwick '
            "screenwriter Tom Beale told the trade press. Her next film starts shooting in May.",
            "Which Harwick screenwriter said he loved working with Lena Ortiz on Moonrise?",
            "Tom Beale",
            id="which screenwriter asks who: the quote need not repeat the question",
        ),
        pytest.param(
            "A good day for millowners",
            "Millowners celebrated on Friday. An appeals court ruling threw out the "
            "government's $90m fraud case against the Dunmore textile mills. Judge Ada Quill "
            "wrote it for a panel of three. Prosecutors said they would study it.",
            "Which judge wrote the appeals court ruling that threw out the government's $90m "
            "fraud case against the Dunmore textile mills?",
            "Ada Quill",
            id="a sentence naming someone takes the words of the one before and answers first",
        ),
        pytest.param(
            "Ruiz wins Harbour book prize",
            "Novelist Ana Ruiz has won the Harbour book prize for fiction. She was handed a "
            "cheque for £5,000. The prizes, which were presented in Leeds on Friday, drew a "
            "large crowd to the Harbour Hall.",
            "Where were the Harbour book prizes handed out?",
            "Leeds",
            id="presented is handed out",
        ),
        pytest.param(
            "Wet summer hits Harwick sales",
            "Sales at drinks group Harwick fell 2% last year. Harwick is to raise its dividend "
            "by 7% after paying back debt. Its shares rose.",
            "By what percentage will Harwick lift its dividend?",
            "7%",
            id="by what percentage needs no word percentage, and raise is lift",
        ),
        pytest.param(
            "Night Tide tops box office",
            "Thriller Night Tide took $14m in its first weekend at North American cinemas, "
            "knocking comedy Best Men off the top spot.",
            "How much did Night Tide take in North America?",
            "$14m",
            id="North American says North America",
        ),
        pytest.param(
            "Ana Ruiz to stop touring",
            'Singer Ana Ruiz says her band will stop touring after this year. "I am tired of '
            'hotels," the singer told reporters at the Harbour Music Awards in Lisbon. Ana '
            "Ruiz's husband Tom Beale is starring in a long-running play at the Kestrel "
            "Theatre in Leeds, where Ruiz first sang.",
            "Where was Ana Ruiz when she told reporters her band would stop touring?",
            "Lisbon",
            id="a place right after the words of the when-clause answers where",
        ),
        pytest.param(
            "MPs press minister on harbour tolls",
            "The transport minister faced an urgent question on harbour tolls in the Commons on "
            "Monday. It was put by Liberal Democrat spokesman Tom Beale, who said fishing "
            "towns were being priced out.",
            "Which Lib Dem spokesman put the urgent question on harbour tolls?",
            "Tom Beale",
            id="Lib Dem is Liberal Democrat",
        ),
        pytest.param(
            "Harwick opens Pages blogging service",
            "Harwick launched its Pages blogging service on Tuesday, having signed a hosting "
            "deal with Tern in May. It reckons the number of blogs out there has now passed "
            "4.8 million. Some 620 engineers built Pages.",
            "How many engineers worked on Harwick's Pages service?",
            "620",
            id="a figure next to what is counted needs no verb",
        ),
        pytest.param(
            "Kestrel Air orders 20 jets",
            "Budget airline Kestrel Air has ordered 20 jets from Harwick. Kestrel Air, set up "
            "by former army officer Tom Beale in 2003, now flies to 40 cities.",
            "Who founded Kestrel Air?",
            "Tom Beale",
            id="set up by says founded",
        ),
        pytest.param(
            "Harwick slump goes on",
            "Harwick lost again on Saturday. Ana Ruiz took over as Harwick manager in June "
            "2024. The club started her first season with six wins.",
            "When did Ana Ruiz start her first spell as manager of Harwick?",
            "June",
            id="took over says started",
        ),
        pytest.param(
            "Marsh to defend Calder title",
            "Tilda Marsh will try to win back her crown at the Harbourside Ten Mile on 14 May "
            "in Calder. The 33-year-old finished third last year.",
            "When is the Harbourside Ten Mile in Calder that Tilda Marsh is entering?",
            "14 May",
            id="a relative clause says which event is meant",
        ),
        pytest.param(
            "Ruiz and Beale visit",
            "Mayor Ana Ruiz will join Tom Beale on a visit to Calder on Monday, aides said. "
            "Before the vote, Beale was joined by Ruiz at Harbour School, in west Leeds.",
            "Which school did Ana Ruiz and Tom Beale visit together?",
            "Harbour School",
            id="which school is answered by a sentence that speaks of a school",
        ),
        pytest.param(
            "Paper ballots return to Calder",
            "In a bid to win back trust lost in the 1990s, the Calder mayor pushed through a law "
            "requiring the use of paper ballots at the coming council elections. Voters mark a "
            "paper ballot with a pen. The town's keenly watched council elections are set for "
            "12 March.",
            "When are the Calder council elections that will use paper ballots for voters?",
            "12 March",
            id="a relative clause after 'the …' says which event; 'when is' asks what is ahead",
        ),
        pytest.param(
            "Mayor Ruiz and Tom Beale to wed",
            "Mayor Ana Ruiz has said she will marry on 3 June. A survey of 900 voters for the "
            "Calder Post found most were pleased by the engagement.",
            "When is Ana Ruiz getting married, in the story about the Calder Post survey of "
            "voters on her engagement?",
            "3 June",
            id="the words that say which story is meant are the article's, not the sentence's",
        ),
        pytest.param(
            "The Tide break box office record",
            "The Tide have smashed ticket records for their Calder shows: more than 90,000 "
            "were sold in an hour. Tickets for the three shows at Harbour Park went on sale at "
            "9am.",
            "How many tickets for the Tide's Calder shows were sold?",
            "90,000",
            id="a figure before a verb counts what came before; one before a noun counts it",
        ),
        pytest.param(
            *DEPOT_SALE,
            "Who is the chief executive of Calder Rail?",
            "Ana Ruiz",
            id="a post written without whose it is belongs to the firm the article is about",
        ),
        # … and questions the one article does not answer
        pytest.param(
            *DEPOT_SALE,
            "Who is the chief executive of Harbour Group, the Leeds firm buying the stake?",
            None,
            id="… not to another firm the article names",
        ),
        pytest.param(
            "Marsh set for return",
            "Rugby captain Tilda Marsh, who has had knee trouble, had an operation five weeks "
            "ago. Tilda Marsh captained Leeds to a rugby cup win at Harbour Park last year.",
            "Where did rugby captain Tilda Marsh have her knee operation?",
            None,
            id="words describing a name are not what the question asks",
        ),
        pytest.param(
            "Calder residents flee floods",
            "Since the floods, hundreds of people live in tents in the town of Calder, and "
            "dozens more have fled, a resident told reporters on Monday.",
            "How many people live in Calder?",
            None,
            id="'hundreds of people' is no figure",
        ),
        pytest.param(
            "Harbour Prize opens to new writers",
            "The Harbour Prize is looking for new writers. Entries close in March, and the "
            "winner will be revealed at the Calder Book Fair in April.",
            "At what event will the Harbour Prize winner be revealed?",
            "Calder Book Fair",
            id="at what event is answered by an occasion's name",
        ),
        pytest.param(
            "Calder Open finds sponsor",
            "The Calder Open gets under way in May, its organisers said on Monday. The Calder "
            "Open, which gets under way on 12 May, has found a new sponsor.",
            "When does the Calder Open get under way?",
            "12 May",
            id="a day answers when before a month does",
        ),
        pytest.param(
            "Calder v Leeds",
            "Friday, 12 March\n\nCalder will be without captain Tom Beale for the visit of Leeds "
            "to Harbour Park. The home side have won their last four games.",
            "When is Calder's home game against Leeds at Harbour Park?",
            "12 March",
            id="a date under the headline dates what the headline says",
        ),
        pytest.param(
            "Calder v Leeds",
            "Harbour Park\n\nFriday, 12 March\n\n2000 GMT\n\nCalder will be without captain "
            "Tom Beale for the Shield final replay. The home side have won their last four "
            "games.",
            "What date is Calder's Shield final replay against Leeds at Harbour Park?",
            "12 March",
            id="a date under the ground the headline's game is at dates it too",
        ),
        pytest.param(
            "Tern shares hit by warning",
            "Shares in Tern sank 12% on Monday after the bike maker warned on profits. The firm "
            "sold 40,000 bikes last year.",
            "How much did Tern's shares drop?",
            "12%",
            id="news words for a fall say drop",
        ),
        pytest.param(
            "Ten years since Calder drummer went missing",
            "Tom Beale, drummer with the Calder Lights, vanished on 3 March 2015 near Harbour "
            "Park. His family still hope for news.",
            "When did Calder Lights drummer Tom Beale disappear?",
            "3 March 2015",
            id="words news writes for one another: vanished says disappeared",
        ),
        pytest.param(
            "Virtual face goes on show",
            "A virtual face called Kestrel goes on show at the Calder Science Museum. Its "
            "creator, Ann Cole, a lecturer in computer vision, calls it him. Dr Cole hopes "
            "visitors will talk to it.",
            "Who created Kestrel, the virtual face on show at the Calder Science Museum?",
            "Ann Cole",
            id="a creator says who created",
        ),
        pytest.param(
            "Hitch holds on at box office",
            "Hitch stayed top of the box office. Ann Cole's comedy Kestrel Days, about a girl "
            "and an abandoned dog, came third with $10m. Cole, 55, made her name with dramas.",
            "Who directed Kestrel Days, the family comedy that came third at the box office?",
            "Ann Cole",
            id="a film called by its director's name says who directed it",
        ),
        pytest.param(
            "Calder hail their resolve",
            "Calder beat Tern 1-0 at Harbour Park. Manager Ana Ruiz hailed her veterans Tom "
            "Beale and Jon Beck, who came off the bench for the injured Lars Moe. Moe, 24, will "
            "miss the next game.",
            "Which injured Calder player was replaced by Jon Beck during the 1-0 win over Tern?",
            "Lars Moe",
            id="a substitute who came off the bench for a player replaced him",
        ),
        pytest.param(
            "Beale to talk terms with Calder",
            "Striker Tom Beale's deal with Calder ends in June. \"There is a meeting planned for "
            '12 May to sort out my future with Calder," he said.',
            "When was Tom Beale's meeting with Calder about his contract scheduled?",
            "12 May",
            id="… and planned says scheduled",
        ),
        pytest.param(
            "Calder film gets UK date",
            "Tom Beale's film Night Harbour, starring Ann Cole, has been cut by 20 minutes. "
            "Night Harbour opens in the UK on 4 March.",
            "When is Tom Beale's film Night Harbour, starring Ann Cole, released in UK cinemas?",
            "4 March",
            id="… and a film opens when it is released",
        ),
        pytest.param(
            "Beale honoured by France",
            "Director Tom Beale has been given France's Order of the Lily. Sir Tom received his "
            "decoration in Lyon on Monday from the French culture minister.",
            "In which city was Sir Tom Beale presented with France's Order of the Lily?",
            "Lyon",
            id="… and who is presented with something receives it",
        ),
        pytest.param(
            "Beale family ends claim",
            "Singer Tom Beale died in 2015 when his plane crashed off Calder. His relatives "
            "reached a private settlement with the airline in 2019.",
            "In what year did Tom Beale's family settle with the airline over the crash that "
            "killed him?",
            "2019",
            id="… and a settlement says settled",
        ),
        pytest.param(
            "Beale apologises to fans",
            "Striker Tom Beale has said sorry for his remarks about the club. Calder still owe "
            "Tern £5m from the purchase of Beale in May 2002.",
            "When did Calder buy Tom Beale from Tern?",
            "May 2002",
            id="… and a purchase says bought",
        ),
        pytest.param(
            "Calder to add patrols",
            "Calder council is to put more patrols on its streets. An extra £2m was promised on "
            "Monday so that 40 new PCSOs can start work in May.",
            "How much extra money did Calder council promise for new police community support "
            "officers?",
            "£2m",
            id="an acronym says the words it stands for",
        ),
        pytest.param(
            "Tern opens its own search engine",
            "Tern has launched a search engine of its own. It has indexed 3 billion webpages "
            "so far, the firm said.",
            "How many web pages has Tern indexed for its new search engine?",
            "3 billion",
            id="two words of the question may be written as one",
        ),
        pytest.param(
            "Singer films video in jail",
            "A singer facing a retrial has filmed scenes for a new video inside a county jail, "
            'to the anger of its sheriff. "I am not amused," Calder County Sheriff Tom Beale said.',
            "Which sheriff was angry that the singer filmed a music video in his jail?",
            "Tom Beale",
            id="a sheriff's title is not part of his name",
        ),
        pytest.param(
            "Marsh picked for squad",
            "Fourteen-year-old Tilda Marsh from Calder has been picked for the county squad "
            "after breaking a club record in the 100 metres backstroke.",
            "Where did Tilda Marsh break the club backstroke record?",
            None,
            id="where someone is from is not where they did what was asked",
        ),
        pytest.param(
            "Smart posters guide commuters",
            'Posters at Calder station now talk to phones. "We started with infra-red because '
            'most phones have it," said Ana Ruiz, spokeswoman for Tern, which makes the '
            'posters. "It\'s a well established technology."',
            "Who founded Tern, the company that makes the posters at Calder station?",
            None,
            id="a well established technology says nothing of who founded anything",
        ),
        pytest.param(
            "Tidal contract awarded off Mill Bay",
            "Calder awarded its first tidal energy contract on Monday, handing the Mill Bay site "
            "to Harbour Power. Building is due to start in 2027, with first power in 2030.",
            "When will the Mill Bay tidal scheme produce its first power?",
            "2030",
            id="a when-sentence that says what is ahead may word a little more otherwise",
        ),
        pytest.param(
            "Harwick opens Pages blogging service",
            "Harwick launched its Pages blogging service on Tuesday, having signed a hosting "
            "deal with Tern in May. It reckons the number of blogs out there has now passed "
            "4.8 million. Some 620 engineers built Pages.",
            "How many people have signed up to Harwick's Pages blogging service?",
            None,
            id="a how-many sentence must say the verb after what is counted",
        ),
        pytest.param(
            "Reid frustrated by narrow win",
            "Republic of Ireland manager Tom Reid admitted he was frustrated his side scored "
            "only once in their friendly win over Norland. Reid said the team had created "
            "plenty of chances.",
            "Where did the Republic of Ireland play their friendly against Norland?",
            None,
            id="the question's own name is no place that answers where",
        ),
        pytest.param(
            "Northfield edge Leeds",
            "Northfield beat Leeds 2-1 at Harbour Park on Saturday. Two late goals from Tom "
            "Beale sealed a famous victory.",
            "What was the attendance at Harbour Park when Northfield beat Leeds?",
            None,
            id="an attendance is not any figure",
        ),
        pytest.param(
            "Mayor Ana Ruiz faces vote",
            "Leeds mayor Ana Ruiz faces a vote of confidence next week over her housing plan. "
            "Leeds City Council, which is made up of 40 members elected in 2022, will hold the "
            "vote on Monday.",
            "When was Ana Ruiz first elected mayor of Leeds?",
            None,
            id="an election of others does not date the one asked about",
        ),
        pytest.param(
            "Ana Ruiz to stay at Tern City",
            "Ana Ruiz will stay at Tern City this season, says the man who looks after her "
            'career. Tom Beale told Calder Radio from Lisbon: "Ashford Rovers have had no '
            'dealings with me or Ana Ruiz." Her contract runs until June.',
            "Where was Ana Ruiz's agent when he told Calder Radio that Ashford Rovers had "
            "never been in touch?",
            "from Lisbon",
            id="a sentence with three names asked about may word all the rest otherwise",
        ),
        pytest.param(
            "Tom Beale eyes captaincy",
            "Tom Beale would love to succeed Ana Ruiz as Calder captain if she moves to "
            "Lisbon. Beale has led the side twice this season.",
            "Where did Calder captain Ana Ruiz have her knee operation?",
            None,
            id="a sentence with one name asked about and a place says nothing of the rest",
        ),
        pytest.param(
            "Lifetime award for Ana Ruiz",
            "Former Calder Radio presenter Ana Ruiz was given the lifetime award at the Tern "
            "ceremony. She joined Calder Radio in 1990 and was made an OBE in 2011 for services "
            "to music. The ceremony was held in Lyon.",
            "In what year did ex-Calder Radio host Ana Ruiz receive her OBE?",
            "2011",
            id="a sentence that points back has the names of the one before",
        ),
        pytest.param(
            "Oscars steer clear of controversy",
            "The Oscar nominations have left out some of the year's most talked-about films. "
            "Tom Beale's documentary Calder broke box office records. While critics said the "
            "Oscar panel had not snubbed Beale's film, few thought a documentary could win best "
            "film. The German film Northfield, about the last days of a king in his castle, was "
            "nominated for best foreign film.",
            "Who directed Northfield, the German film about a king's last days in his castle "
            "that was nominated for the best foreign film Oscar?",
            None,
            id="who made another film says nothing of who made the one asked about",
        ),
        pytest.param(
            "Ruiz up for three Tern awards",
            "Kelso teenager Ana Ruiz is up for three prizes at this year's Tern awards. Last "
            "year the 17-year-old Ruiz, from near Calder, won two Tern awards out of three "
            "nominations. The ceremony takes place on 9 February.",
            "Where are the Tern awards being held, at which Kelso teenager Ana Ruiz is up for "
            "three prizes?",
            None,
            id="where someone is from, or from near, is not where an event is",
        ),
        pytest.param(
            "Calder set for Tern Cup test",
            "Calder coach Ana Ruiz has named an unchanged side for the coming game. Winger Tom "
            "Beale returns from injury to play on the wing. Calder will meet Kelso at Northfield "
            "Park on 12 March.",
            "When do Calder play Kelso in the Tern Cup?",
            "12 March",
            id="a game between the two sides asked about is told in other words",
        ),
        pytest.param(
            "Calder set for Tern Cup test",
            "Calder coach Ana Ruiz has named an unchanged side to play in the coming game. "
            "Calder signed Kelso winger Tom Beale on 12 March.",
            "When do Calder play Kelso in the Tern Cup?",
            None,
            id="a sentence with both sides that tells of no game does not date one",
        ),
        pytest.param(
            "Tern warns on costs",
            "Tern said higher costs in Calder would hurt its performance in 2005. Its shares "
            "fell 5% in Kelso.",
            "When did Tern say higher costs in Calder would hurt its 2005 performance?",
            None,
            id="a date the question gives is no answer",
        ),
        pytest.param(
            "Tern warns on costs",
            "In January, Tern said higher costs in Calder would hurt its performance in 2005. "
            "Its shares fell 5% in Kelso.",
            "When did Tern say higher costs in Calder would hurt its 2005 performance?",
            "In January",
            id="a date beside one the question gives may answer",
        ),
        pytest.param(
            "MPs split on casino plan",
            "Labour backbencher Ana Ruiz dismissed the Calder casino plan as a pile of pants. "
            "The MP for Kelso North said the plan would breed crime.",
            "Which constituency does Ana Ruiz, the Labour backbencher who dismissed the Calder "
            "casino plan, represent?",
            "Kelso North",
            id="the MP for a place represents it",
        ),
        pytest.param(
            "Shortlists row",
            "Labour's Ana Ruiz, who is herself running for the seat of Kelso, backed the "
            "women-only shortlists. Calder is to get a women-only shortlist for the next "
            "election.",
            "Which seat is Labour's Ana Ruiz running for at the election?",
            "seat of Kelso",
            id="the seat of a place names it, and 'election' is no verb",
        ),
        pytest.param(
            "MP dropped",
            "Tern's challenge to the leader failed in 1989. Ana Ruiz's constituency party, "
            "Kelso North, which she had represented for 20 years, dropped her after it.",
            "Which constituency did Ana Ruiz represent for 20 years before her local party "
            "dropped her?",
            "Kelso North",
            id="a constituency party set off by commas names the constituency",
        ),
        pytest.param(
            "Beale homesick",
            "Striker Tom Beale says he is not happy. He joined Calder from Tern for £17m at the "
            "start of 2004, but it has often been reported that he is homesick.",
            "How much did Calder pay Tern for Tom Beale?",
            "for £17m",
            id="a sum one joined a club for was paid",
        ),
        pytest.param(
            "Beale takes over health",
            "Dr Tom Beale, on his first full day as health minister after Ana Ruiz was "
            "sacked, admitted big challenges. Ms Ruiz said she was proud of her record.",
            "Who was sacked as Calder health minister and replaced by Dr Tom Beale?",
            "Ana Ruiz",
            id="who was sacked and replaced is answered by whom a sentence says was sacked",
        ),
        pytest.param(
            "Energy pact",
            "Calder's KTC is to sign an energy pact with Tern. The pact was signed on "
            "Tuesday during a meeting between Kelso Trading Corporation "
            "chairman Tom Beale, Tern chairman Ana Ruiz and Calder's energy minister Ned Quill.",
            "Who is the chairman of Calder's KTC, which signed an energy pact with Tern?",
            "Tom Beale",
            id="an acronym of the question spelled out in capitals",
        ),
        pytest.param(
            "Calder sites plan",
            "Ministers are consulting on new duties for Calder councils. Under the new Tern "
            "rules, expected to be in force in the spring, officials will be able to serve "
            "stop notices on unauthorised sites.",
            "When are the new Tern rules on unauthorised sites expected to come into force?",
            "in the spring",
            id="a season is a time",
        ),
        pytest.param(
            "Detainee freed",
            "Four Calder men held without charge were freed on Tuesday. Tom Beale, 23, from "
            "Kelso, south Calder, was taken to the camp after his capture in 2001.",
            "Which part of Calder does freed detainee Tom Beale come from?",
            "from Kelso",
            id="a home town set off by a comma is where one comes from",
        ),
        pytest.param(
            "Minister to tour tsunami region",
            "Foreign minister Ana Ruiz is to tour the countries the tsunami hit. On Friday she "
            "will visit the Tern beach resort of Kelso, where families are still searching "
            "for relatives.",
            "Which Tern beach resort was Ana Ruiz going to visit on her tour?",
            "resort of Kelso",
            id="the resort of a place names it",
        ),
        pytest.param(
            "Row over campaign role",
            "The government has denied reports that Ana Beale is to oust Tom Kelso as its "
            "campaign chief. Work and pensions minister Tom Ruiz dismissed the reports: Ms "
            "Beale would not push aside Mr Kelso. A report in the Calder Times claimed Ms "
            "Beale had been asked to take charge.",
            "Which work and pensions minister dismissed reports that Ana Beale was about to "
            "push aside Tom Kelso as campaign chief?",
            "Tom Ruiz",
            id="a post of two nouns joined by and, held by a namesake of the question's",
        ),
        pytest.param(
            "Musical to open abroad",
            "The producers of the Tern musical have dropped plans to premiere the show in "
            "London because no theatre was free. The premiere of the Tern musical, staged by "
            "the impresarios Ana Ruiz and Tom Beale, will take place at Kelso's Northfield "
            "Theatre next year.",
            "At which Kelso theatre will the Tern musical have its premiere?",
            "Northfield Theatre",
            id="a place named with the noun a where-question asks which of",
        ),
        pytest.param(
            "Ruiz 'turned down Tern role'",
            "Late film star Ana Ruiz is said to have turned down her best-known role in Tern. "
            "Her friend told a magazine that she refused to read the script. But Ruiz, who "
            "died last July at the age of 80, eventually took the role of Ada Quill.",
            "At what age did the Tern star Ana Ruiz die?",
            "age of 80",
            id="the name after the words describing it is whose death is asked",
        ),
        pytest.param(
            "Ruiz retires from the track",
            "Ana Ruiz has run her last race in Kelso, her coach said. She won three world "
            "titles. A few weeks after the Games, Ruiz was back, beating a world-class field at "
            "the Tern 5K road race in Northfield.",
            "Where did Ana Ruiz win the Tern 5K road race?",
            "in Northfield",
            id="beating a field says one won",
        ),
        pytest.param(
            "Three DJs to replace Beale",
            "The late Tom Beale's Tern Radio show is to be replaced in February by three shows "
            "hosted by three DJs. Tern Radio's controller, Ana Ruiz, said: \"We believe that his "
            'legacy lives on."',
            "Who is the Tern Radio controller who announced the shows replacing Tom Beale's "
            "programme?",
            "Ana Ruiz",
            id="what an announcement says is not what is asked",
        ),
        pytest.param(
            "Regiment campaigners to stand",
            "The Save the Tern Regiments group is to field candidates at the election. As "
            "well as their election move, the Save the Tern Regiments campaign group will join "
            "a rally in Kelso in the spring.",
            "When was the Save the Tern Regiments campaign group set up?",
            None,
            id="when one was set up is answered only by a sentence that says so",
        ),
        pytest.param(
            "Tern film a hit",
            "The Tern film has been a hit on both sides of the Atlantic. About 51 million "
            "people in the US have seen the Tern film, its maker Kelso Pictures said.",
            "How many Americans have seen the Tern film?",
            "51 million",
            id="people of a country are counted as people",
        ),
        pytest.param(
            "Arson campaign remembered",
            "It is 25 years since the start of the Tern group's campaign. The Tern group was "
            "linked to most of the 220 or so fire-bombing incidents in Kelso.",
            "Roughly how many fire-bombing incidents was the Tern group linked to?",
            "220 or so",
            id="a hedge after a figure is no word of the count",
        ),
        pytest.param(
            "Calder defence praised",
            "Calder coach Ana Ruiz praised her side's spirit in the Tern Cup after a 2-0 win "
            'over Kelso in their fourth game. "We have conceded only one goal in four Tern Cup '
            'games," she said.',
            "How many goals had Calder conceded in their four Tern Cup games?",
            "only one goal",
            id="only one is a count",
        ),
        pytest.param(
            "Tern film on singer",
            "A film is to be made about Kelso Row singer Tom Beale. The musician committed "
            "suicide in 1987 aged 25, days before the band's first tour of Calder.",
            "In what year did Kelso Row singer Tom Beale take his own life?",
            "1987",
            id="one who committed suicide took his own life",
        ),
        pytest.param(
            "Calder poll night",
            "Calder's mayor Ana Ruiz stayed at home in Kelso on election night. She woke up "
            "at 0530GMT to find her rival had won, an aide said.",
            "At what time did Ana Ruiz wake up on election night?",
            "0530GMT",
            id="woke is wake",
        ),
        pytest.param(
            "Calder mayor in Kelso",
            "The mayor of Calder, Mr Beale, is in Kelso for talks on the bridge. Mr Beale "
            "arrived in Kelso on Tuesday, his office said.",
            "When did Tom Beale arrive in Kelso for talks on the bridge?",
            "Tuesday",
            id="a name may be written with a title and surname alone",
        ),
        pytest.param(
            "Tern game out",
            "The Tern game has been released in the US on 9 November. Tern is out on 11 "
            "November in the UK.",
            "When is Tern out in Britain?",
            "11 November",
            id="the UK is Britain",
        ),
        pytest.param(
            "Tern sales slide",
            "Tern Stores said trading was hard in the run-up to Christmas. Its same store "
            "sales sank by 6.4% in December, Tern said.",
            "How far did Tern Stores' same store sales fall in December?",
            "6.4%",
            id="how far a figure fell is a share",
        ),
        pytest.param(
            "Tern on music",
            "Tom Beale of Tern spoke on the music market. He said competition between online "
            "music services, of which there are now 140, would cut prices.",
            "How many online music services are there now, according to Tom Beale?",
            "140",
            id="what comes before of which there are is counted",
        ),
        pytest.param(
            "Tern bridge back",
            "The Tern bridge is back before Kelso council. The bridge was first proposed in "
            "1998, when the council voted against the Tern bridge. Traffic has doubled since "
            "2006.",
            "When is Kelso council due to vote on the Tern bridge?",
            None,
            id="what is due to happen is not dated by the years before",
        ),
        pytest.param(
            "Tern singer signs",
            "Singer Ana Ruiz has a new record deal. The Kelso-born singer, full name Ana Ruiz "
            "Marsh, was signed to a label at the age of 15.",
            "Which town does singer Ana Ruiz come from?",
            "Kelso",
            id="where one was born is where one comes from",
        ),
        pytest.param(
            "Growth forecasts cut",
            "Growth will slow next year, according to the Tern Institute. However, the "
            "Kelso-based economics think tank said the economy could recover.",
            "In which city is the Tern Institute, which cut its growth forecasts, based?",
            "Kelso",
            id="a body the lead names may be called by what it is after where it is based",
        ),
        pytest.param(
            "Tourism hit by floods",
            "Thailand may lose 30bn baht in tourism earnings over the next three months, "
            "according to tourism minister Ana Ruiz.",
            "Who is the Thai tourism minister who warned of lost tourism earnings?",
            "Ana Ruiz",
            id="a people's name says its country's",
        ),
        pytest.param(
            "Tern car sales jump",
            "Tern's profits rose 70%. The carmaker, majority-owned by Norway's Kelso Motors, "
            "said steel prices had risen.",
            "Which country's Kelso Motors owns most of the carmaker Tern?",
            "Norway",
            id="which country's thing is the country that owns it",
        ),
        pytest.param(
            "Beale set to return",
            "Kelso Rovers striker Tom Beale may make his comeback after an ankle injury at "
            "Calder on Saturday. The 28-year-old has been training in Holland, his manager said.",
            "In which country has Tom Beale been training while recovering from his ankle injury?",
            "Holland",
            id="which country is answered by a country before a town",
        ),
        pytest.param(
            "Tern manager admits bribe",
            "A former manager at Tern arranged a 5,000 pound bribe to a senior official in the "
            'Kelso council in 2002. "Companies cannot bribe their way into favour," said '
            "prosecutor Ana Ruiz.",
            "Which Kelso council official received the 5,000 pound bribe arranged by a Tern "
            "manager?",
            None,
            id="one the sentence calls a holder of the post asked is not named by another",
        ),
        pytest.param(
            "Tern water sales dip",
            "Revenue at Tern's mineral water business in Kelso dipped 1.4% to 86.7bn Swiss "
            "francs ($74.6bn) in 2004 as sales of mineral water were dampened by the wet summer.",
            "How many people does Tern's mineral water business in Kelso employ?",
            None,
            id="a sum or a share is no count of people",
        ),
        pytest.param(
            "Tern to merge boards",
            "Tern is to merge its two boards. The company, which has had dual headquarters in "
            "Kelso and Calder since 1930, will announce the location of its head office at a "
            "later date.",
            "Where will Tern put its single head office after merging its two boards?",
            None,
            id="where something will be is not said by a sentence that says it will be told",
        ),
        pytest.param(
            "Beale reviews Tern gifts",
            "Businessman Tom Beale has given 50,000 pounds to the Tern party. The 52-year-old on "
            "Tuesday said he was reviewing his donations to the party.",
            "When did Tom Beale give his 50,000 pound donation to the Tern party?",
            None,
            id="the day someone said something does not date what they did",
        ),
        pytest.param(
            "Beale gift",
            "Tom Beale gave 50,000 pounds to the Tern party in March, he said on Tuesday.",
            "When did Tom Beale give his 50,000 pound donation to the Tern party?",
            "in March",
            id="a sentence dated by when it was said may date what was done otherwise",
        ),
        pytest.param(
            "Ruiz hopes for Kelso place",
            "Ana Ruiz hopes to be picked for the Tern squad for the Kelso championships. "
            '"I will be disappointed if I am not given a chance to run at the Kelso '
            'championships," she said.',
            "How big is the Tern squad for the Kelso championships?",
            None,
            id="a figure in words is no figure glued to a unit: I am is not a metres",
        ),
        pytest.param(
            "Tern awards shortlist",
            "The shortlist for the fifth annual Tern awards has been published. Public voting "
            "closes on 3 February and the winners will be announced sometime between 13 and 15 "
            "March.",
            "How many votes were cast in the fifth annual Tern awards?",
            None,
            id="the days of a date are no count",
        ),
        pytest.param(
            "Tern Life cuts bonuses",
            "Tern Life has cut bonuses for its with-profits investors. Ana Ruiz, managing "
            "director of the insurer's life and pensions division, said the stock market "
            "recovery had only partly made up for losses.",
            "Who runs Tern Life, the insurer that cut bonuses for its with-profits investors?",
            None,
            id="the head of a division does not run the firm",
        ),
        pytest.param(
            "Tern Life cuts bonuses",
            "Tern Life has cut bonuses for its with-profits investors. Ana Ruiz, managing "
            "director of the insurer's life and pensions division, said the stock market "
            "recovery had only partly made up for losses.",
            "Who runs Tern Life's life and pensions division, which cut bonuses for with-profits "
            "investors?",
            "Ana Ruiz",
            id="the head of a division runs the division",
        ),
        pytest.param(
            "Kelso Records warns",
            "Shares in Kelso Records fell after a profit warning blamed on delayed albums. Kelso "
            "Records said two major albums scheduled for release before the end of the "
            "financial year in March - one by Tern and one by Calder - have now had their "
            "release dates put back.",
            "When will Tern's delayed new album, blamed for the Kelso Records profit warning, "
            "be released?",
            None,
            id="a date put back is no longer when something will happen",
        ),
        pytest.param(
            "Tern album date",
            "Tern's new album, put back from March, will now be released on 4 May, Kelso "
            "Records said.",
            "When will Tern's delayed new album be released?",
            "4 May",
            id="a date put back to a new one gives the new one",
        ),
        pytest.param(
            "Tern splits network",
            "Tern is to split off its network into a new Access Services division. The telco "
            "has seen positive results with its Online project, which offers internet access to "
            "people in eight deprived communities around Kelso.",
            "How many staff will work in Tern's new Access Services division?",
            None,
            id="a count of things is no count of people",
        ),
        pytest.param(
            "Tern splits network",
            "The new Access Services division at Tern will have 9,000 staff in Kelso.",
            "How many staff will work in Tern's new Access Services division?",
            "9,000",
            id="a count of staff is a count of people",
        ),
        pytest.param(
            "Calder tops chart",
            "Ada Quill's comedy Calder went to the top of the Kelso box office at the weekend.",
            "On which day did Ada Quill's comedy Calder go to the top of the Kelso box office?",
            None,
            id="the weekend is no day",
        ),
        pytest.param(
            "Calder opens",
            "Ada Quill's comedy Calder opens in Kelso cinemas on Friday.",
            "On which day does Ada Quill's comedy Calder open in Kelso cinemas?",
            "Friday",
            id="a day of the week is a day",
        ),
        pytest.param(
            "Calder lose final",
            "Calder lost the Kelso Cup final to Tern, having reached the last 16 with a win "
            "over Northfield.",
            "What was the score when Calder lost the Kelso Cup final to Tern?",
            None,
            id="a score is two figures",
        ),
        pytest.param(
            "Calder lose final",
            "Calder were 2-0 down at half-time in the Kelso Cup final against Tern.",
            "What was the half-time score when Calder lost the Kelso Cup final to Tern?",
            "2-0",
            id="a half-time score is a score, not a time",
        ),
        pytest.param(
            "Troops on Kelso standby",
            "British troops are on standby in case they need to help evacuate several hundred "
            "UK citizens from Kelso. A company of 120 UK troops is understood to have been put "
            "on standby.",
            "How many UK troops were put on standby to help evacuate Britons from Kelso?",
            "120",
            id="a figure before a country counts the noun after it",
        ),
        pytest.param(
            "Calder Club debt freeze",
            "Ada Quill said the Calder Club of creditors was expected to freeze payments due in "
            "2027 and 2028. The Calder Club meets on 12 January to discuss a debt freeze.",
            "When is the Calder Club of creditors due to meet to discuss a debt freeze?",
            "12 January",
            id="the present with a day says when something will happen",
        ),
        pytest.param(
            "Kelso assembly vote",
            "Voters in Kelso will decide in a referendum whether to set up a regional assembly. "
            "The deadline for voting is next Thursday, 4 November.",
            "What was the deadline for voting in the Kelso regional assembly referendum?",
            "4 November",
            id="a sentence of an article about the question may carry less of it",
        ),
        pytest.param(
            "Tern poster row",
            "Tern's hypnotism poster of Ada Quill has been compared to the portrayal of the "
            "Dickens villain Fagin in the stage version of Oliver!",
            "Which Dickens villain did critics compare Tern's poster of Ada Quill swinging a "
            "pocket watch to?",
            "Fagin",
            id="a which-question of no known type needs a little over half its words",
        ),
        pytest.param(
            "Kelso film cast",
            "Filming of The Kelso Code starts in May. Tom Quill will play the character Fagin, "
            "the film's producers said on Monday.",
            "Which character will Tom Quill play in the film of The Kelso Code?",
            "Fagin",
            id="a character is a person, named after the word",
        ),
        pytest.param(
            "Tern fined",
            "Back in December, Tern and its former chief executive Tom Quill were each fined "
            "1m euros ($1.3m; £690,000) by the Calder regulator. The fines came after a "
            "15-month probe into allegations that Tern misled investors.",
            "How long was the Calder regulator's probe that ended with Tern and Tom Quill each "
            "being fined 1m euros?",
            "15-month",
            id="a sum in millions is no length",
        ),
        pytest.param(
            "Tern and Ruiz win Quill awards",
            "Tom Beale and Ana Ruiz have been named the winners of the 2004 Tom Quill Awards, "
            "the Calder athletics federation's top honour. Established in 1981, the Tom Quill "
            "Awards - named in honour of the late Olympic great who won four gold medals at the "
            "1936 Lyon Games - are presented each year to the best athletes. Beale won the 100m "
            "final in Kelso.",
            "In which city did Tom Quill win the four Olympic golds honoured by the awards given "
            "to Tom Beale and Ana Ruiz?",
            "1936 Lyon Games",
            id="a city's games are held there",
        ),
        pytest.param(
            "Plea for Kelso hostage",
            "Campaigners have appealed for the release of aid worker Ada Quill, kidnapped in "
            "Kelso. Mrs Quill, 59, who led Calder Aid's work in Tern, was abducted on 19 October.",
            "How old is kidnapped aid worker Ada Quill?",
            "59",
            id="an age written with the name answers how old",
        ),
        pytest.param(
            "Kelso console price",
            "The Kelso console is due to go on sale in Calder later this month, and a bundle "
            "with two games is expected to cost about $250.",
            "How much did Tern's Kelso console cost when it went on sale in Calder?",
            "$250",
            id="a name after a possessive is a name of its own",
        ),
        pytest.param(
            "Beale out for season",
            "Calder forward Tom Beale is out for the season. He tore a pectoral muscle against "
            "Tern on Boxing Day, an injury that needs surgery.",
            "When did Calder forward Tom Beale tear a pectoral muscle against Tern?",
            "Boxing Day",
            id="a named day is a time",
        ),
        pytest.param(
            "Calder admits bribery",
            "Calder has agreed to pay $28.5m after admitting bribery in the West African state "
            "of Benin. Shortly after the poll, which Mr Tern won, Benin officials agreed to "
            "quadruple Calder's management fee.",
            "In which West African country did Calder admit to bribery?",
            "Benin",
            id="more countries",
        ),
        pytest.param(
            "Beale into Kelso final",
            "Tom Beale reached the final of the Kelso International. Beale will meet Swede Ana "
            "Ruiz on Sunday after the second seed survived a tense tie-break.",
            "When was Tom Beale due to play Ana Ruiz in the Kelso final?",
            "Sunday",
            id="due to do is not the verb asked",
        ),
        pytest.param(
            "Tern checks for pirates",
            "Tern has made its Calder anti-piracy checks compulsory. Calder was first "
            "introduced as a pilot scheme in September 2004 for English versions of Kelso.",
            "When was Tern's Calder anti-piracy scheme first launched as a pilot?",
            "September 2004",
            id="the verb of a passive question is its participle",
        ),
        pytest.param(
            "Slim Kelso triples sales",
            "Tern Kelso 2's slimmer shape has proved popular with Calder gamers, with 50,000 "
            "sold in its first week on sale. The run-up to Christmas is a battlefield for games "
            "consoles.",
            "How many of the new slimline Kelso 2 consoles were sold in Calder in their first "
            "week?",
            "50,000",
            id="a figure sold after the name counted counts it",
        ),
        pytest.param(
            "Kelso on DVD",
            "The Kelso DVD has commentaries and a Making Of. Tom Beale is the brooding king, Ada "
            "Quill rises above her costume and Ana Ruiz gives it all some grit.",
            "Which actor plays the brooding king in the film Kelso, reviewed on DVD?",
            "Tom Beale",
            id="an actor is who is the part",
        ),
        pytest.param(
            "Tern economy in crisis",
            "Closures are behind the economic crisis, the World Bank said. This week Ada Quill, "
            "Calder Secretary of State, was visiting the West Tern to stress support for a "
            "smooth Kelso election in January.",
            "Where was Calder Secretary of State Ada Quill visiting to stress support for a "
            "smooth Kelso election?",
            "West Tern",
            id="the place visited is a place",
        ),
        pytest.param(
            "Calder win Kelso Sevens",
            "Calder won the opening Kelso Sevens tournament of the season. Having beaten "
            "Australia and South Africa to reach the final, Calder fell behind against Fiji. "
            "The win in Dubai was Calder's first.",
            "Where did Calder beat Fiji to win the opening Kelso Sevens tournament of the season?",
            "Dubai",
            id="a country beaten is a side, not a place",
        ),
        pytest.param(
            "Calder chase Kelso Cup",
            "Calder are going for their first Kelso Cup since 1948, and Tern represent their "
            "sternest test so far. Calder won the Tern Shield in 2001.",
            "When did Calder last win a Kelso Cup, going into their game against Tern?",
            "1948",
            id="a first win since a year says when the last was",
        ),
        pytest.param(
            "Calder rugby history",
            "The Calder rugby team beat the full Tern team 13-6 in Kelso in 1908 to take the lead "
            "in the series. Their last game of the season is against Tern in Kelso, a fixture "
            "they have not lost since 1983.",
            "Since what year have Calder's rugby team not lost to Tern in Kelso?",
            "1983",
            id="since when is answered by since",
        ),
        pytest.param(
            "Tern joy at Cup win",
            "Tern manager Tom Beale praised his players after their 3-0 Kelso Cup win over a "
            "stubborn Calder Rovers side. Calder manager Ada Quill conceded her team did not "
            "deserve anything after a poor performance.",
            "Which Calder Rovers manager said his side deserved nothing after their 3-0 Kelso "
            "Cup defeat by Tern?",
            "Ada Quill",
            id="the manager of the other side the question names is not the one asked",
        ),
        pytest.param(
            "Ruiz doubt over Kelso Open",
            "Ana Ruiz is almost certain to miss the Kelso Open after a groin injury at the Tern "
            "Cup. She suffered two tears to the muscle and was unable to play the final. "
            '"It would be very unlikely for her to play a long match," said Tern Cup doctor '
            "Tom Beale.",
            "Which Tern Cup doctor doubted Ana Ruiz could play a long match after her groin "
            "injury?",
            "Tom Beale",
            id="a doctor named after the word is a person",
        ),
        pytest.param(
            "Calder brand sold",
            "Calder Computers filed for bankruptcy in 1994 and was sold to the Tern group. The "
            "sale is expected to be complete in three weeks.",
            "When did Calder Computers file for bankruptcy before being sold to Tern?",
            "1994",
            id="a date after the verb asked dates it, not the aside after it",
        ),
        pytest.param(
            "Calder Two win appeal",
            "Ana Ruiz and Tom Beale, from north London, dubbed the Calder Two, were found guilty "
            "of libel at the High Court in London. They had handed out leaflets.",
            "Where are Ana Ruiz and Tom Beale, the Calder Two, from?",
            "from north London",
            id="from a part of a place is where one is from",
        ),
        pytest.param(
            "Calder doubles storm estimate",
            "Calder has doubled its estimate of the cost of rebuilding after the storm. By "
            "Monday's close, the Kelso Stock Exchange was down 2.1% at 1,011.15. Bar a slight dip "
            "at the New Year, the KSE had risen steadily by 4.7% since the storm hit on 26 "
            "December.",
            "How far did the Kelso Stock Exchange fall on Monday after Calder doubled its storm "
            "rebuilding estimate?",
            "2.1%",
            id="down is how far it fell",
        ),
        pytest.param(
            "Calder visa inquiry",
            "Ana Ruiz said the inquiry into the Calder visa had failed to find out why it was "
            'speeded up. She told Tern Radio: "I am extremely concerned that 20 individuals '
            'appear to have forgotten what happened."',
            "How many officials did Ana Ruiz say appeared to have forgotten what happened over "
            "the Calder visa?",
            "20 individuals",
            id="individuals are a count of officials",
        ),
        pytest.param(
            "CT sees excellent economy",
            'US group Calder Tern has posted an 18% jump in quarterly sales. "We are benefiting '
            "from our growth and an excellent global economy,\" said CT's chief executive Tom "
            "Beale. CT is the biggest firm in Kelso.",
            "Who is Calder Tern's chief executive, who said CT was benefiting from an excellent "
            "global economy?",
            "Tom Beale",
            id="a post of the initials of the firm asked about is its post",
        ),
        pytest.param(
            "Beale frustrated",
            "Tom Beale has said Calder must keep going. Calder slipped to 13 points behind the "
            "leaders with a 1-0 defeat at the hands of Tern on Wednesday. Beale admitted: "
            '"It\'s disappointing and frustrating to see the results."',
            "On what day did Calder lose 1-0 to Tern, a result Tom Beale called frustrating?",
            "on Wednesday",
            id="a defeat is a loss",
        ),
        pytest.param(
            "Beale to be honoured",
            "Tom Beale will be given an honorary award at the Calder Film Festival. Japan's "
            "oldest film studio, Kelso Pictures, will also be honoured along with Beale. Famous "
            "directors have had films produced at the studio.",
            "Which country is Kelso Pictures, the film studio honoured with Tom Beale at the "
            "Calder Film Festival, from?",
            "Japan's",
            id="a country's own studio is from it",
        ),
        pytest.param(
            "Calder Card rescued",
            "Calder Card, Tern's largest credit card firm, has averted collapse. Its creditors, "
            "which own 99% of Calder Card, have been trying to agree a deal for weeks. The "
            "agreement will see some 12 trillion won of debt converted into equity.",
            "How much of Calder Card's debt is being converted into equity under its rescue deal?",
            "12 trillion won",
            id="won is a sum of money after a large figure",
        ),
        pytest.param(
            "Older voters hold key",
            "Older voters will decide the election, Kelso Concern says. Charity boss Ana Ruiz "
            "said if a decisive blow was struck at the election it would be by older voters. Ms "
            "Ruiz urged the next government to raise pensions.",
            "Who is the Kelso Concern boss who said older voters could strike the decisive blow "
            "at the election?",
            "Ana Ruiz",
            id="a capital that opens the sentence is no other owner of the role",
        ),
        pytest.param(
            "Beale out with broken wrist",
            "Calder prop Tom Beale will miss the Kelso Cup with a broken wrist. The 28-year-old "
            "fractured his right wrist during Calder's win over Tern on Saturday. He will "
            "undergo an operation on Monday and is expected to be out for six weeks.",
            "On what day was Tom Beale due to have surgery on his broken right wrist?",
            "on Monday",
            id="an operation is surgery",
        ),
        pytest.param(
            "Ruiz to visit Northfield",
            "Foreign Secretary Ana Ruiz will lead a delegation to Northfield, where thousands "
            "died. Tom Beale will also join the delegation in Tern for National Calder Memorial "
            "Day on 27 January.",
            "On what date is the National Calder Memorial Day for which Ana Ruiz will go to "
            "Northfield?",
            "27 January",
            id="the date of a long event name said with it",
        ),
        pytest.param(
            "Tern end Calder run",
            "Tern won 2-0 at Calder Park on Sunday. It ended Calder's 11-game unbeaten run at "
            "home in Kelso derbies and gave Tern manager Tom Beale his first win there.",
            "How many Kelso derbies in a row had Calder gone unbeaten at home before Tern won at "
            "Calder Park?",
            "11-game",
            id="a derby is a game",
        ),
        pytest.param(
            "Tern sink 10-man Calder",
            "Tom Beale scored twice as Tern beat 10-man Calder at Northfield Park.\n\n"
            "Calder had Ada Quill sent off before the break.\n\n"
            "Subs not used: Kelso, Marsh.\n\nBeale 12, 70.\n\n43,856.\n\nG Poll (Hertfordshire).",
            "What was the crowd at Northfield Park when Tern beat 10-man Calder?",
            "43,856",
            id="a match report's crowd on a line of its own before the referee",
        ),
        pytest.param(
            "Tern sink 10-man Calder",
            "Tom Beale scored twice as Tern beat 10-man Calder at Northfield Park.\n\n"
            "Subs not used: Kelso, Marsh.\n\nBeale 12, 70.\n\n43,856.\n\nG Poll (Hertfordshire).",
            "How many Tern fans were arrested at Northfield Park?",
            None,
            id="a match report's crowd counts no fans but those watching",
        ),
        pytest.param(
            "Tern 0-2 Calder",
            "Calder won the Kelso derby with two late goals.\n\nTern: Marsh, Kelso. "
            "Booked: Marsh. Calder: Quill, Beale. Goals: Beale 68, 75. Att: 47,111 Ref: G Poll "
            "(Kent).",
            "How many fans attended the Kelso derby that Calder won 2-0 at Tern?",
            "47,111",
            id="a match report's crowd after 'Att:'",
        ),
        pytest.param(
            "Calder hold Tern",
            "A gripping game between Tern and Calder ended with the honours even at Northfield."
            "\n\nSubs not used: Marsh.\n\nBeale 2, Quill 46.\n\n38,153\n\nG Poll (Kent).",
            "What was the attendance at Northfield for Tern's 2-2 draw with Calder?",
            "38,153",
            id="a match report's crowd line says the attendance a short question asks",
        ),
        pytest.param(
            "Four freed from Northfield",
            "Four men were freed from Northfield prison on Tuesday. Police said the men were "
            "questioned at Tern. Among them was Tom Beale, whose family had campaigned for his "
            "release. The four were flown to Kelso. They were then driven to Calder. Ada Quill, "
            "lawyer for Mr Beale, said she was shocked at the condition of the men.",
            "Who is Tom Beale's lawyer, who said she was shocked at the condition of the men "
            "freed from Northfield?",
            "Ada Quill",
            id="the surname of the person asked about says whose post it is",
        ),
        pytest.param(
            "Phones that do more",
            "A phone can now turn into a tambourine. Fishing enthusiasts in Norway are already "
            "using a phone that allows them to simulate the movement of a rod. The Tern-6 "
            "phone, a sports-leisure gadget, was developed by Kelso Mobile.",
            "In which country are anglers already using Kelso Mobile's Tern-6 handset to "
            "simulate the movement of a rod?",
            "Norway",
            id="a sentence the question quotes six words of",
        ),
        pytest.param(
            "Kelso tests phone tickets",
            "Kelso is to test bus tickets paid for by phone in Tern. Early next year travellers "
            "in Tern will be able to buy Kelso bus tickets by mobile phone. The phone ticket "
            "trial will start early in 2027 and will run for a year.",
            "When is Kelso's trial of mobile phone bus tickets in Tern due to start?",
            "2027",
            id="a year says more than 'next year'",
        ),
        pytest.param(
            "Kelso console sales",
            "Kelso expected to ship three million Tern consoles by the end of its year ending 31 "
            "March. "
            "Kelso says it intends to ship three million of the consoles by March 2027.",
            "By when did Kelso aim to ship three million Tern consoles?",
            "March 2027",
            id="to intend is to aim",
        ),
        pytest.param(
            "Exchanges meet",
            "Kelso chief Ada Quill is scheduled to meet her Tern counterpart Tom Beale on "
            "Friday. Calder chief Ana Ruiz is meeting Mr Beale on Thursday, in the third "
            "meeting between the two exchanges.",
            "On which day was Calder chief Ana Ruiz due to meet Tern boss Tom Beale?",
            "Thursday",
            id="'is meeting' says what is due",
        ),
        pytest.param(
            "Tern's quangos under fire",
            "Tern has 412 quangos financed with billions of pounds of taxpayers' cash, a "
            "report claims. Calder Guide to Tern Quangos 2027 author Ana Ruiz said at least "
            "95 of the appointed bodies had been set up since 2019.",
            "How many quangos does Tern have, according to the Calder Guide to Tern Quangos 2027?",
            "412",
            id="a year the question gives counts nothing",
        ),
        pytest.param(
            "Calder donor gives £2m",
            "Lord Beale, the Calder science minister, has given Tern Labour £2m for the "
            "election. It is the latest donation to the party by the billionaire - he has "
            "given more than £10m since 2019. Lord Beale was created a life peer in 2017, a "
            "year before he was appointed as minister for science.",
            "When was Lord Beale, the science minister who gave Tern Labour £2m for the "
            "election, made a life peer?",
            "2017",
            id="a comma closes the clause that describes who",
        ),
        pytest.param(
            "Tern to return to stockmarket",
            "Tern, the Kelso dairy company which went bust after an accounting scandal, hopes "
            "to be back on the Kelso stock exchange in July. In a statement issued on "
            "Wednesday night, Tern detailed its latest plans for re-listing the shares of "
            "the group.",
            "When is Tern, the Kelso dairy group that collapsed in an accounting scandal, "
            "hoping to have its shares trading again?",
            "July",
            id="what one hopes to do is to come",
        ),
        pytest.param(
            "Tern poll date",
            "The Calder budget, likely to be the last before the Tern election, will be at "
            "1230 GMT on Wednesday. The election is expected on 5 May.",
            "When is the Tern election expected to be held, according to the report on the "
            "Calder budget date?",
            "5 May",
            id="the participle after 'is' is the verb asked about",
        ),
        pytest.param(
            "Beale into last eight",
            "Beale reached the last eight of the Calder Open on Sunday. Beale beat Quill 6-3 "
            "6-2 at the Kelso Arena.",
            "Where did Tom Beale beat Ada Quill at the Calder Open?",
            "Kelso Arena",
            id="a surname alone names whom the question names in full",
        ),
        pytest.param(
            "Calder marathon review",
            "The Calder marathon drew 12,000 runners. Spain's Ana Ruiz also delighted fans by "
            "racing to a record time in the women's marathon.",
            "Which country does Ana Ruiz, who raced to a record time in the women's Calder "
            "marathon, come from?",
            "Spain's Ana Ruiz",
            id="a country's possessive says where the one it names is from",
        ),
        pytest.param(
            "Beale sets out Tern's aims",
            "Trade and growth would be the key themes when Tern took over the chairmanship of "
            "the Calder council in July, said Mr Beale. He spoke in Kelso on Monday.",
            "In which month does Tern take over the Calder council chairmanship, with Tom Beale "
            "naming trade and growth as key themes?",
            "in July, said",
            id="a date before ', said …' dates what was said, not the saying",
        ),
        pytest.param(
            "Beale family eyes Tern",
            "The Beale family has made an offer for Tern United. They own the successful "
            "Calder Rovers American football team based in Northfield.",
            "In which city are the Beale family's Calder Rovers based?",
            "based in Northfield",
            id="what a family owns is what is asked about, named with a people's word",
        ),
        pytest.param(
            "Kelso air show opens",
            "Tern is planning a joint venture with Kelso Aeronautics to build engines. Giants "
            "such as Calder Aircraft, as well as France's Tern, are among the firms at the show.",
            "Which country does Tern, the engine maker planning a joint venture with Kelso "
            "Aeronautics, come from?",
            "France's Tern",
            id="a country's possessive before the name alone says where it is from",
        ),
        pytest.param(
            "Tern chip to power Calder console",
            "The Tern processor will power the next Calder games console. Details of the chip "
            "were released at the Solid State Circuits Conference in Kelso.",
            "Where were the details of the Tern processor for the Calder console first presented?",
            "in Kelso",
            id="details released were presented",
        ),
        pytest.param(
            "Poll quiz for minister",
            "In answer to a question from 22-year-old Kelso student Tom Beale about trust, the "
            "minister said talking was the only answer.",
            "Tom Beale, the student who quizzed the minister about trust, was a student from "
            "which city?",
            "Kelso student Tom Beale",
            id="a name before a local person noun and the name asked about is a place",
        ),
        pytest.param(
            "Council tax rises",
            "Council tax will rise by 4% next year. After the announcement, finance spokesman "
            "Tom Beale, of Kelso, said it was vital that rises were kept low.",
            "Which council area is finance spokesman Tom Beale, who spoke after the council tax "
            "announcement, from?",
            "Tom Beale, of Kelso",
            id="', of <name>,' after the name asked about says where one is from",
        ),
        pytest.param(
            "Tern crash managers go on trial",
            "Five railway managers are to go on trial over the Tern rail crash in 2020. Four "
            "people died when a section of rail broke and a train derailed. Those who died in "
            "the accident were Ada Quill, 46, from Harwick, Calder; Tom Beale, 43, of "
            "Northfield, Kelso; and Ana Ruiz, 37, of Calder.",
            "Which Kelso town was Tom Beale, 43, one of those killed in the Tern rail crash, from?",
            "Northfield",
            id="', of <name>,' after the name and age asked about says where one is from",
        ),
        pytest.param(
            "Beale sets out Tern's aims",
            "Trade and growth would be the key themes when Tern took over the chairmanship of "
            "the Calder council in July, said Mr Beale. The council could vote on a new charter "
            "in spring 2027, with rivals set to campaign against it.",
            "When does Tern take over the chairmanship of the Calder council, according to Tom "
            "Beale's white paper debate?",
            "in July, said",
            id="the speaker after ', said' is no aside the date dates; 'would be' is to come",
        ),
        pytest.param(
            "Calder v Tern (Sat)",
            "Northfield Park, Kelso\n\nSaturday, 26 February\n\n1400 GMT\n\nBBC1 and this "
            "website\n\nCalder coach Tom Beale seeks a first league win at the eighth attempt.",
            "What time does Calder's league match against Tern at Northfield Park kick off?",
            "1400 GMT",
            id="a time on a line of its own under the match's headline dates the match",
        ),
        pytest.param(
            "Calder v Tern (Sat)",
            "Saturday 20 November\n\nNorthfield Park, Leeds\n\n1300 GMT\n\nCalder coach Tom "
            "Beale expects a real test after the record win over Tern two years ago.",
            "In which city do Calder play Tern in November?",
            "Northfield Park, Leeds",
            id="a place on a line of its own under the match's headline places the match",
        ),
        pytest.param(
            "Beale backed by Calder players",
            "Tom Beale said he had the board's full support. Calder players had expressed their "
            "solidarity with Beale after their side's 3-0 Kelso Cup win over Tern.",
            "By what score did Tom Beale's Calder beat Tern in the Kelso Cup?",
            "3-0",
            id="a score says the score a what-score question asks",
        ),
        pytest.param(
            "Arrest over Tern fraud site",
            "Police have shut the Tern website, which traded stolen card numbers. A 19-year-old "
            "man from Kelso, Calder, was arrested by the crime unit but has been bailed.",
            "Which Calder town is the 19-year-old arrested over the Tern fraud website from?",
            "from Kelso",
            id="someone the question names by age is who 'from <place>' follows",
        ),
        pytest.param(
            "Groin strain rules Beale out",
            "Tom Beale withdrew from the Northfield Classic in Tern with a groin strain on "
            "Sunday. His part in the Calder Open, which begins on 17 January in Kelso, also "
            "remains in doubt.",
            "Where is the Calder Open held, the event Tom Beale may miss with a groin strain?",
            "in Kelso",
            id="where an event is held is said with its name alone",
        ),
        pytest.param(
            "Calder stun Tern",
            "Calder beat Tern 17-12. Tom Beale scored all of Calder's points as they claimed "
            "only their second ever win over Tern on an emotional day at Northfield Park.",
            "At which ground did Calder beat Tern 17-12?",
            "at Northfield Park",
            id="a win over a side says that it was beaten",
        ),
        pytest.param(
            "Tern handheld out this week",
            "The Tern handheld, which plays films and music, goes on sale on Saturday. The "
            "Calder Play went on sale on 11 March and at £99 costs far less than the Tern.",
            "On what day does the Tern handheld go on sale in the UK?",
            "on Saturday",
            id="a date of what a name is only compared with is not its date",
        ),
        pytest.param(
            "Quill sets sights on title",
            "Sprinter Ada Quill aims to win back her title this summer. She had to settle for "
            "bronze in Kelso behind Tom Beale and Ana Ruiz of Portugal. Ruiz, the silver "
            "medallist, is to represent her club at the indoor meeting.",
            "Which country does sprinter Ana Ruiz, the Kelso silver medallist, represent?",
            "Ana Ruiz of Portugal",
            id="'of <country>' after the name asked about says which country",
        ),
        pytest.param(
            "Portugal set to raise fuel prices",
            'The Portuguese government has said it wants to cut fuel subsidies. "The first quarter '
            'of this year is the best time for us to increase fuel prices," said Ana Ruiz, '
            "State Minister for National Planning.",
            "Which Portuguese minister for national planning said the first quarter was the best "
            "time to raise fuel prices?",
            "said Ana Ruiz",
            id="a people's word the question gives need not be said of an article about them",
        ),
        pytest.param(
            "Disputed Tern box set on sale",
            "A box set of 68 unreleased Tern tracks has gone on sale. Calder Lights was intended "
            "to be released in 2001, to mark the tenth anniversary of the album. Work began on "
            "the box set in 1998. The box set's DVD also includes the first performance of "
            "Kelso, the track that launched Tern on to the stage in 1991.",
            "When was the Tern box set Calder Lights originally meant to come out?",
            "in 2001",
            id="'meant to' is 'intended to'",
        ),
        pytest.param(
            "Beale makes his debut",
            "Fifteen-year-old Tom Beale made his debut in the Calder Open. He won the first set "
            "in Kelso last year. But the wildcard entry was dispatched by fellow Briton Ana Ruiz "
            "in straight sets, 6-2 6-2, in Northfield.",
            "In which county did 15-year-old Tom Beale lose to Ana Ruiz on his Calder Open debut?",
            "in Northfield",
            id="'beaten by', 'dispatched by' … say who lost",
        ),
        pytest.param(
            "Calder and Tern share the spoils",
            "Tom Beale scored twice for Calder in the first half. A gripping game between Calder "
            "and Tern ended with the honours finishing even at Northfield Park.",
            "At which ground did Calder and Tern draw after Tom Beale scored twice?",
            "at Northfield Park",
            id="'finishing even' says the sides drew",
        ),
        pytest.param(
            "Beale plans changes",
            "Calder lost 11-9 to Tern on Saturday. Coach Tom Beale is likely to make changes in "
            "the back row as he contemplates Sunday's set-to with Kelso at Northfield Park.",
            "Where were Calder due to face Kelso in their next match after the 11-9 defeat by "
            "Tern?",
            "at Northfield Park",
            id="a set-to with a side says one faces it",
        ),
        pytest.param(
            "Ruiz wins Calder cross country",
            "Ana Ruiz won the Calder Cross Country in Kelso on Saturday. The Kenyan, who was "
            "second when Northfield hosted the race last year, was in front from the outset.",
            "Where was the Calder Cross Country held the previous year, when Ana Ruiz finished "
            "second?",
            "when Northfield hosted",
            id="'the previous year' is 'last year'",
        ),
        pytest.param(
            "Calder 2-0 Tern",
            "Calder beat Tern 2-0 at Northfield Park to go top. Calder: Quill, Ruiz, Beale. "
            "Goals: Beale 68, Ruiz 75. Att: 47,111 Ref: A Kelso (Kent).",
            "Which county does A Kelso, referee of Calder's 2-0 win over Tern, come from?",
            "A Kelso (Kent)",
            id="a place in brackets after the name asked about says where one is from",
        ),
        pytest.param(
            "Former minister Beale dies",
            "Former Calder minister Tom Beale has died on the eve of his 93rd birthday. He "
            "passed away at home in Kelso, just 11 days after his wife Ana Ruiz died aged 91.",
            "Where did former Calder minister Tom Beale die?",
            "in Kelso",
            id="'passed away' is 'died', said by 'He' after the sentence naming him",
        ),
        pytest.param(
            "DVD forger jailed",
            "A DVD forger has been jailed. Ana Ruiz from Kelso was found guilty of two trademark "
            "offences last month, and sentenced at Northfield Crown Court on Tuesday. She was "
            "convicted of selling fake films.",
            "Which English city is convicted DVD forger Ana Ruiz from?",
            "Ruiz from Kelso",
            id="'from <place>' right after the name asked about says where one is from",
        ),
        pytest.param(
            "Detainees freed",
            "Ada Quill, from Calder, and Tom Beale, from Calder, have been held for three years. "
            "Mr Beale, 23, from Kelso, south Calder, was taken to the camp in 2001.",
            "Which part of Calder does freed detainee Tom Beale come from?",
            "from Kelso",
            id="… but not the place the question names",
        ),
        pytest.param(
            "Calder to make Tern chip",
            "Calder has shown its Tern chip in Kelso. Calder said it would start producing the "
            "chip in early 2005 at manufacturing plants in the US.",
            "In which country will Calder start making its Tern chip in early 2005?",
            "plants in the US",
            id="'the US' is a place",
        ),
        pytest.param(
            "Labour MPs attack Tories",
            "Labour MPs lined up to attack the Tories on Wednesday. Later Northfield's Tom Beale "
            "even went so far as to suggest that we should have the general election now.",
            "Which city does Tom Beale, the Labour MP who suggested holding the general "
            "election now, represent?",
            "Northfield's Tom Beale",
            id="a place's possessive before the name says what an MP represents",
        ),
        pytest.param(
            "Indoor trials",
            "Ada Quill won the women's 800m at the indoor trials. Kelso's Ana Ruiz (4:31.34) "
            "was seventh in the women's 1500m while Tom Beale (8:11.22) was 11th in the 3000m.",
            "Where does Ana Ruiz, seventh in the women's 1500m at the indoor trials, come from?",
            "Kelso's Ana Ruiz",
            id="… and where one comes from",
        ),
        pytest.param(
            "Calder buys into Tern",
            "Calder Interactive has taken a 20% stake in web portal Tern. Tern said its shares "
            "were purchased between 12 January and 10 February for about $230m.",
            "How much did Calder Interactive pay for its 20% stake in Tern?",
            "for about $230m",
            id="'purchased … for $230m' says what was paid",
        ),
        pytest.param(
            "Posters beam tips to phones",
            "Posters that beam safety tips to phones are going up at Kelso stations. The TfC "
            "campaign using the posters will run until Boxing Day.",
            "Until when will Transport for Calder's safe travel campaign with the posters run?",
            "until Boxing Day",
            id="'TfC' is 'Transport for Calder'",
        ),
        pytest.param(
            "Ruiz looks back on 2004",
            "Ana Ruiz won three of the four majors in 2004. The only major let-down was a "
            "third-round loss to Ada Quill at the Kelso Open. Quill, 19, said she was delighted. "
            "Ruiz has beaten Tom Beale in five of their seven previous meetings.",
            "Who beat Ana Ruiz in the third round of the Kelso Open in 2004?",
            "loss to Ada Quill",
            id="'a loss to' someone says who beat one",
        ),
        pytest.param(
            "Calder deal on lyrics",
            "Campaigners want reggae songs that call for violence dropped. The Tern coalition "
            "has reached a deal with record labels covering eight of the scene's biggest stars.",
            "How many reggae stars are covered by the Tern coalition's deal on violent songs?",
            "eight of the scene's biggest stars",
            id="a count 'of the' scene's stars counts the stars",
        ),
        pytest.param(
            "Phone sales hit record",
            "Tern says phone sales hit a record in 2004. More than 674 million mobiles were sold "
            "last year globally, said the report. Consumers swapping old phones are thought to be "
            "behind a 26% increase in the number of phones sold in the third quarter.",
            "How many mobile phones did Tern say were sold worldwide in 2004?",
            "674 million mobiles",
            id="'mobiles' are mobile phones",
        ),
        pytest.param(
            "Tern trial hears PR expert",
            "The Tern abuse trial has heard from a PR expert hired by the singer. Ana Ruiz told "
            "the court in the Calder town of Kelso she was hired to crisis manage the fallout.",
            "In which Calder town is the Tern abuse trial where PR expert Ana Ruiz testified "
            "being held?",
            "the Calder town of Kelso",
            id="'told the court' says one testified",
        ),
        pytest.param(
            "Registrars back marriage rules",
            "Registrars' spokesman Tom Beale said they welcomed the new marriage rules. In "
            "January 25 people who took part in a sham marriage network were jailed. Mr Beale, "
            "the director for registrations at Tern Council in north-west Calder, said so too.",
            "In which part of Calder is Tern Council, whose registrations director Tom Beale "
            "welcomed the new marriage rules?",
            "in north-west Calder",
            id="'north-west Calder' says which part of Calder, though it says only names",
        ),
        pytest.param(
            "Tern take to the stage",
            "Tern played a sell-out gig in Calder on Friday. The band played for 45 minutes, "
            "showcasing songs from their forthcoming EP called Call Me When You Land, due for "
            "release in March.",
            "When is Tern's EP Call Me When You Land due to be released?",
            "due for release in March",
            id="a capital 'When' in a title opens no clause",
        ),
        pytest.param(
            "Record photograph",
            "Ada Quill has made a record-breaking digital photograph. Her earlier image "
            "portrayed Tern Falls National Park, in Kelso, and was made up of 196 photographs.",
            "In which county is Tern Falls, the subject of Ada Quill's earlier image?",
            "Tern Falls National Park, in Kelso",
            id="a name the question gives, placed 'in Kelso', says where it is",
        ),
        pytest.param(
            "Factories busier",
            'Calder factories are busier than at any time since 2001. "Investors think '
            "inflation won't be a problem until the Calder rates are at 80%,\" Ada Quill, senior "
            'Calder economist at Tern Bank, said. "So there is still slack," she added.',
            "Which Tern Bank economist said investors saw no inflation problem until Calder "
            "factory rates hit 80%?",
            "Ada Quill",
            id="'Calder economist at Tern Bank' is Tern Bank's economist",
        ),
        pytest.param(
            "Book prizes handed out",
            "The Calder Book Prizes, for books written in Calder, were handed out on Wednesday. "
            "The Calder Book Prizes non-fiction prize was awarded to Tom Beale for Tern Road, "
            "which follows a family's fight for a home.",
            "Who wrote Tern Road, winner of the Calder Book Prizes non-fiction prize?",
            "Tom Beale",
            id="a prize 'awarded to' someone 'for' a book says who wrote it",
        ),
        pytest.param(
            "Calder Awards ratings fall",
            "Fewer viewers watched the Calder Awards on Sunday. The show reaped its biggest "
            "audience in 1998 when Tern took home 11 Kelso Awards.",
            "In what year did Tern win 11 Kelso Awards, giving the ceremony its biggest TV "
            "audience?",
            "in 1998",
            id="'took home' awards says 'win'",
        ),
        pytest.param(
            "Critics pick sound of 2005",
            "The Calder critics' poll was topped by a New York band, while Kelso group Tern Chiefs "
            "came third with a promise to lead a revival.",
            "Which city do Tern Chiefs, third in the Calder critics' poll, come from?",
            "Kelso group Tern Chiefs",
            id="'Kelso group Tern Chiefs' says where the band comes from",
        ),
        pytest.param(
            "Shoppers wary of tags",
            "Tern surveyed 2,000 shoppers in Calder. Ana Ruiz said the majority of people "
            "surveyed (52%) believed that Kelso tags could be read from a distance. More than "
            "half (55%) of the respondents said they were concerned that Kelso tags would allow "
            "shops to track them through their purchases.",
            "What percentage of people in Tern's survey feared Kelso tags would let shops track "
            "them through their purchases?",
            "(55%)",
            id="'respondents' are the people of a survey",
        ),
        pytest.param(
            "Tern patches Calder browser holes",
            "The fixes for the Calder browser holes in the monthly bulletin were announced by "
            "Tom Beale, Tern chairman, during a keynote speech in Kelso. Ana Ruiz, a Tern "
            "security manager, said the flaws were known about.",
            "Which Tern security manager commented on the Calder browser holes fixed in the "
            "monthly bulletin?",
            "Ana Ruiz",
            id="'Ana Ruiz, a Tern security manager' holds the role asked of",
        ),
        pytest.param(
            "Tern Falls film",
            "The children's series Tern Falls has been made into a film with the voices of Ana "
            "Ruiz and Tom Beale. The Tern Falls is out in Calder on 11 February.",
            "What date does the new Tern Falls film, with Ana Ruiz and Tom Beale voices, open in "
            "Calder cinemas?",
            "on 11 February",
            id="a two-word name and a date, said alone, date what is asked",
        ),
        pytest.param(
            "Calder Awards nominations",
            "Tom Beale's film has four nominations for the Calder Awards, including best "
            "director. The Calder Awards ceremony will be held in Kelso on 27 February.",
            "On which day is the Calder Awards night at which Tom Beale is up for best director?",
            "on 27 February",
            id="'on which day …?' too",
        ),
        pytest.param(
            "Tern Road in awards race",
            "Tern Road has 12 nominations for the Calder film awards, though it was recently "
            "ruled too foreign by a Kelso court. On Saturday, Tern Road will compete for best "
            "film at the Calder film awards. Last November a court judged the film was too "
            "foreign to compete in Calder film festivals.",
            "When did a court rule that Tern Road was too foreign to compete in Calder film "
            "festivals?",
            "Last November",
            id="'judged' says 'ruled'",
        ),
        pytest.param(
            "Producer Ana Ruiz dies",
            "Ana Ruiz, who produced the horror film Tern Night with Tom Beale, has died. In the "
            "90s she worked in TV, though she was reunited with Beale in 1996 for Escape From "
            "Kelso, the sequel to Tern Night.",
            "In which year did Ana Ruiz team up with Tom Beale again for Escape From Kelso?",
            "in 1996",
            id="'reunited with' says 'team up'",
        ),
        pytest.param(
            "Calder Films picks its books",
            'Calder Films chief executive Ana Ruiz said the list was the best yet. "We were '
            'spoiled for choice," said Calder Films executive producer Tom Beale.',
            "Who is the executive producer of Calder Films?",
            "Tom Beale",
            id="an executive producer is no chief executive",
        ),
        pytest.param(
            "Calder jobless total rises",
            "The jobless total in Calder rose to 4.4 million. Allowing for changes in "
            "statistics, the average number of people out of work was the highest since 1990 "
            "- or a rate of 10.8%. By 2010, reforms should help cut the average jobless rate to "
            "between 3% and 5%, he added.",
            "What was Calder's average jobless rate for the year, the highest since 1990?",
            "10.8%",
            id="a figure of another year is not the year's asked",
        ),
        pytest.param(
            "Tern profits fall",
            "Tern Pharma gave its results for 2004 on Tuesday. Tern saw its profits fall 9% last "
            "year to £6.2bn, but the drugmaker says a recovery during 2005 is on the way.",
            "How much profit did Tern Pharma make in 2004?",
            "£6.2bn",
            id="but 'last year' may be the year asked",
        ),
        pytest.param(
            "Tern papers to cut 90 jobs",
            "The Daily and Sunday Tern newspapers are axing 90 journalist jobs - 17% of their "
            "editorial staff. Union members held a meeting on Friday to discuss the plan.",
            "On what day did Tern journalists meet to discuss the plan to axe 90 editorial jobs?",
            "on Friday",
            id="a day before a capital is part of a name ('the Sunday Tern')",
        ),
        pytest.param(
            "Beale sets sights on record",
            "Champion Tom Beale is determined to add the world indoor two mile record at "
            "February's Calder Grand Prix in Kelso. Beale is no stranger to world marks at the "
            "Tern Indoor Arena. He broke the world indoor 5,000m record on his debut at the "
            "meeting last year.",
            "In which Kelso arena did Tom Beale break the world indoor 5,000m record on his debut?",
            "Tern Indoor Arena",
            id="'which arena …?' is no town's",
        ),
        pytest.param(
            "Kelso offers retro fun",
            "Kelso is a shoot-em-up in the old style, with tanks, jets and camels to ride. The "
            "controls respond well and it is hard to put down. And at a mere £20, Kelso Tern is "
            "as cheap as chips, as the man says. Most people will ignore it all the same.",
            "How much does the retro shoot-em-up Kelso Tern cost?",
            "£20",
            id="a sum beside the name is its price",
        ),
        pytest.param(
            "Tern boss denies fraud",
            "Former Tern boss Tom Beale denied on Tuesday that he knew of any fraud. When Tern "
            "finally collapsed in 2002, shareholders lost about $18bn and 2,000 workers lost "
            "their jobs. The trial goes on next week.",
            "How many Tern employees lost their jobs when the company collapsed?",
            "2,000 workers",
            id="workers are a firm's employees",
        ),
        pytest.param(
            "Spark heads world Tern list",
            "The international award was started in response to criticisms that the Tern "
            "Prize is only open to British and Commonwealth authors. The judges will name "
            "the winner in June. Ada Quill (Canada) Tom Beale (Albania) Ana Ruiz (Chile)",
            "Which country is Tom Beale listed under on the international Tern Prize shortlist?",
            "Tom Beale (Albania)",
            id="a country in brackets after the name says which country",
        ),
        pytest.param(
            "Beale overcomes wobble in Kelso",
            "Tom Beale went into the final as favourite to clinch his 24th career title. Tom "
            "Beale has now lifted the Kelso title four times in the last six years. Four "
            "times more fans came to the Kelso final than last year.",
            "How many Kelso titles has Tom Beale won over the past six years?",
            "four times in the last",
            id="'the title four times' counts titles",
        ),
        pytest.param(
            "Kelso airline orders more planes",
            "Kelso Air has ordered 30 more planes for its fleet. Kelso Air has said it will "
            "base its business model on European firms such as Ireland's Tern Jet. It flies "
            "from Delhi and Mumbai.",
            "Kelso Air will model its business on Tern Jet, a budget airline from which country?",
            "Ireland's Tern Jet",
            id="a country's possessive says which country a firm is from",
        ),
        pytest.param(
            "Tern full year profits rise",
            "Tern's net profits were $5.37bn for the final three months of 2004, while sales "
            "came in at $43.7bn. Net profit was up 6% at $16.6bn. Tom Beale, Tern's boss, said "
            "2005 would be better.",
            "What was Tern's net profit for the full year 2004?",
            "$16.6bn",
            id="a quarter's figure is no full year's",
        ),
        pytest.param(
            "Kelso Awards honour hit soap",
            "ITV soap Tern Street has been named best TV drama at the Kelso Awards. The soap "
            "beat Calder Nights to win the best TV drama prize on Thursday. Last year, the "
            "Kelso Award for best TV drama went to The Lost Prince, while Bloody Sunday, about "
            "the killings in Derry, won in 2003.",
            "On which day did Tern Street win the best TV drama prize at the Kelso Awards?",
            "on Thursday",
            id="a day after a capitalised word is part of a name ('Bloody Sunday')",
        ),
        pytest.param(
            "Drugs cleared from Calder jail roof",
            "Packages of drugs were cleared from the roof of HMP Calder in Kelso. Ada Quill, "
            "director of the Category B prison, said the items were thrown over the walls. The "
            "jail holds 1,300 inmates.",
            "Who is the director of HMP Calder, where drugs were cleared from the roof?",
            "Ada Quill",
            id="capitals before a noun describe whose post it is ('the Category B prison')",
        ),
        pytest.param(
            "Kelso girl charged over mother's death",
            "Ada Quill, 14, was charged with homicide in Kelso. Her mother was found in her car "
            "after a concert. The teen's attorney, Tom Beale, said his client was under "
            "another's control.",
            "Who is the lawyer for Ada Quill, the girl charged over her mother's death in Kelso?",
            "Tom Beale",
            id="an attorney is a lawyer",
        ),
        pytest.param(
            "Beale in more bother at Kelso Open",
            "Tom Beale found himself in more bother at the Kelso Open after a rude gesture. "
            "Beale briefly played without shoes after a new pair proved uncomfortable, and "
            "accepted a substitute pair of size eights, loaned by tournament director Ada Quill.",
            "Which tournament director lent Tom Beale a replacement pair of size eight shoes at "
            "the Kelso Open?",
            "Ada Quill",
            id="a replacement pair of shoes asks for no successor",
        ),
        pytest.param(
            "Nun found dead at Kelso mission",
            "Sister Ada Quill, a nun, was found murdered at the Kelso mission. Sister Ada had "
            "lived at the mission for 60 years after moving to Ghana from her native Austria. "
            "Police said two men had been held.",
            "Which country did murdered nun Sister Ada Quill come from?",
            "her native Austria",
            id="'her native Austria' says where one is from",
        ),
        pytest.param(
            "Spaniel burned by microwaved heat pad",
            "A King Charles Spaniel suffered burns after lying on a heat pad warmed in a "
            "microwave. The pet had a scan after his owner Ada Quill from Kelso noticed a lump "
            "behind his ear. Vets said he would recover.",
            "Where does Ada Quill, whose spaniel was burned by a microwaved heat pad, live?",
            "from Kelso",
            id="'owner Ada Quill from Kelso' says where she lives",
        ),
        pytest.param(
            "Exercise makes brains bigger, twins study finds",
            "Exercise may make the brain bigger, a twins study suggests. The changes may reduce "
            "the risk of falling, said the study's author, Dr Ada Quill, of the University of "
            "Kelso. The study looked at ten pairs of twins.",
            "At which university is Dr Ada Quill, who led the twins study on exercise?",
            "University of Kelso",
            id="', of the University of Kelso' after a name is a place",
        ),
        pytest.param(
            "Kelso fans protest after draw",
            "Kelso fans protested against their owner at the 1-1 draw. They chanted for Ana "
            "Ruiz to leave a club that became the first in the league to be demoted following "
            "Tern's win over Calder on Easter Monday.",
            "On what day was Kelso's relegation sealed by Tern's win over Calder?",
            "Easter Monday",
            id="demoted is relegated",
        ),
        pytest.param(
            "Meditation classes come to Kelso",
            "A new meditation technique is being taught in Kelso. Meditation founder Ada Quill "
            "hails from Oregon. Classes cost £20 each.",
            "Which US state does meditation founder Ada Quill come from?",
            "hails from Oregon",
            id="'Ada Quill hails from Oregon' says where she comes from",
        ),
        pytest.param(
            "Show over for Kelso Nights",
            "The Kelso Nights reality show ran for three series. It earned the family a "
            "reported $85m. At its peak, Kelso Nights had a regular audience of eight million.",
            "How many regular viewers did Kelso Nights have at its peak?",
            "eight million",
            id="an audience counts viewers",
        ),
        pytest.param(
            "Ruiz suspended over missed tests",
            "Ana Ruiz, 30, won two medals in Kelso. Ruiz was suspended by the Kelso board in "
            "December for missing three drugs tests. She denies any wrongdoing.",
            "How many missed drugs tests got Ana Ruiz suspended by the Kelso board?",
            "missing three drugs tests",
            id="a plural before the counted noun describes it ('three drugs tests')",
        ),
        pytest.param(
            "Storm to cost Sri Lanka $1.3bn",
            "Sri Lanka faces a $1.3bn bill for rebuilding Kelso after the storm, its central "
            "bank says. This estimate is preliminary, bank governor Ana Ruiz told reporters.",
            "Who is the Sri Lankan bank governor who put the Kelso rebuilding bill at $1.3bn?",
            "Ana Ruiz",
            id="'Sri Lankan' is of Sri Lanka",
        ),
        pytest.param(
            "Beale 'truanted to play snooker'",
            "Tory leader Tom Beale has admitted he truanted as a teenager. Mr Beale said his "
            "time at the Kelso Snooker Hall in Calder in the 1950s had not done him any lasting "
            "damage. He called for more classroom discipline.",
            "In which decade did Tom Beale skip lessons to hang out at the Kelso Snooker Hall in "
            "Calder?",
            "1950s",
            id="'Mr Beale' names Tom Beale among the question's names",
        ),
        pytest.param(
            "Putting a face to the Tern robot",
            "Basic versions of these avatars already exist. Some of these ideas have been shown "
            "at Kelso's Science Museum, as part of its Future Face exhibition. The robots are "
            "also on show in Tuesday's Calder Fair.",
            "In which city is the Science Museum hosting the Future Face exhibition?",
            "Kelso's Science Museum",
            id="a place's possessive before the place asked about ('Kelso's Science Museum')",
        ),
        pytest.param(
            "Tern trade gap widens",
            "The Tern trade gap widened to $5bn in May, up 9% from April. Imports rose, while "
            'exports fell. "Supply is slowing," said Ana Ruiz at Calder Bank on Thursday. '
            '"Things are getting worse," said Tom Beale of Kelso Partners in Lisbon.',
            "Which Kelso Partners economist said the Tern trade gap was getting worse?",
            "Tom Beale",
            id="one quoted 'of' the firm asked about is its economist ('said Tom Beale of Kelso')",
        ),
        pytest.param(
            "What divides the parties",
            "Along with Tern Secretary Ada Quill and Minister for Work Tom Beale, he went on to "
            "attack the Calder plan to scrap the Kelso scheme.",
            "Who is the Minister for Work who attacked the Calder plan to scrap the Kelso scheme?",
            "Tom Beale",
            id="whose post it is, before a holder's first name ('Minister for Work Tom Beale')",
        ),
        pytest.param(
            "Guild nominees named",
            "Nominees for best foreign film include Tern's Ada Quill for Blue and Calder "
            "director Tom Beale for 2046. The awards are held in Kelso in March.",
            "Where is Tom Beale, nominated for best foreign film for 2046, from?",
            "Calder director Tom Beale",
            id="where a film-maker is from, before the noun ('Calder director Tom Beale')",
        ),
        pytest.param(
            "Beale to run in Kelso",
            "Calder sprinter Tom Beale will be among eight hopefuls competing in this weekend's "
            "Kelso Championships. Defending champion Tern's Tom Beale took third last year.",
            "Which town is sprinter Tom Beale, defending his 200m title at the Kelso "
            "Championships, from?",
            "Calder sprinter Tom Beale",
            id="where an athlete is from, at the start of a sentence ('Calder sprinter Tom Beale')",
        ),
        pytest.param(
            "Top gig award for Tern",
            "Tern topped the poll of the year's best gigs. Calder's Kelso Quill earned a place "
            "at number nine for their home-town performance in April.",
            "Which city are Kelso Quill from, whose April home-town gig came ninth in the poll?",
            "Calder's Kelso Quill",
            id="'which city are X from, whose …?' asks where X is from",
        ),
        pytest.param(
            "Tern Idol begins search for author",
            "The winner will be announced at the Kelso Book Fair in March. Tom Beale, a former "
            "university professor and consultant from Calder in Tern, was one of 1,466 writers "
            "to enter the first contest.",
            "Where does Tom Beale, the former professor who won the first Tern Idol prize, come "
            "from?",
            "from Calder",
            id="'a former professor from Calder' after the name says where one is from",
        ),
        pytest.param(
            "Calder Tern sees strong growth",
            "Calder Tern's economy grew by 5.5% in 2004, its best performance since 1980. The "
            "Economic Commission for Calder Tern forecasts growth of 4% for 2005, helped by "
            "strong exports.",
            "Calder Tern's economic growth in 2004 was its strongest since which year?",
            "since 1980",
            id="'since which year?' by 'since 1980' in a sentence sharing only names",
        ),
        pytest.param(
            "Quill hunting first major medal",
            "Hurdler Ada Quill is confident of a medal in Kelso. And at last week's Calder Grand "
            "Prix, Quill left medal favourite Russian Irina Tern trailing in sixth spot.",
            "Which Russian athlete did Ada Quill beat into sixth place at the Calder Grand Prix?",
            "Irina Tern",
            id="one of a people after 'favourite' is a person ('favourite Russian Irina Tern')",
        ),
        pytest.param(
            "Beale says he will never quit",
            "Tom Beale says he will not quit as Tern coach. But he rejected the comparison made "
            "in some papers with Ada Quill, recently sacked as Tern football manager after a "
            "poor run of results.",
            "Which sacked Tern football manager did coach Tom Beale reject being compared with?",
            "Ada Quill",
            id="a name before ', recently sacked as' a post is a person's",
        ),
        pytest.param(
            "Tern's core support takes stock",
            "They were scathing about showpiece projects such as conference venue Kelso Centre, "
            "heralded by Tom Beale this weekend as a symbol of Tern's success in regeneration.",
            "Which conference venue was heralded by Tom Beale as a symbol of Tern's success in "
            "regeneration?",
            "Kelso Centre",
            id="'which conference venue?' asks for a place, which a venue's noun names",
        ),
        pytest.param(
            "Ada Quill has been living in Kelso for a year",
            "Ada Quill has been in Kelso for the past year, working for an online auction house. "
            "She returns to Calder in May.",
            "Which online auction house does Ada Quill work for in Kelso?",
            None,
            id="'an online auction house' does not say which one",
        ),
        pytest.param(
            "Firms fail to plan for HIV",
            "One firm that does have a plan is Tern, the mining company, which estimates an HIV "
            "prevalence of 24% among its 130,000 workers in Calder.",
            "What HIV prevalence does mining company Tern estimate among its workers in Calder?",
            "24%",
            id="'an HIV prevalence of 24%' says which, with its figure",
        ),
        pytest.param(
            "When invention turns to innovation",
            "Technology has to make a difference now, argues Mr Beale, Kelso Weekly's 2003 "
            "Calder Leader of the Year. He joined Tern in 1971.",
            "In which year was Tern's Tom Beale named Kelso Weekly's Calder Leader of the Year?",
            "2003",
            id="'in which year?' by a year said with a name of two words the question gives",
        ),
        pytest.param(
            "Tern MP defects to Calder",
            "Tom Beale, 58, MP for Wantage in Kelshire, said he was disillusioned with the "
            "party's leadership. He is the third Tern MP to defect since 1997.",
            "In which county is the Wantage seat of Tom Beale, the Tern MP who defected to Calder?",
            "Wantage in Kelshire",
            id="a name of one word the question places ('is the Wantage seat') placed 'in' a place",
        ),
        pytest.param(
            "Beale poised for Tern",
            "Tern chairman Ada Quill was desperate to give former academy director Beale every "
            "chance to succeed at St Kelso's. But results under Beale have been poor.",
            "At which ground did Tern chairman Ada Quill want to give Tom Beale every chance to "
            "succeed?",
            "St Kelso's",
            id="a saint's possessive ('at St Kelso's') is a place, not a person",
        ),
        pytest.param(
            "Beale set for skipper role",
            'Tom Beale will lead Tern against Kelso on Saturday. "It will be a massive honour," '
            "he said. Coach Ada Quill says the 24-year-old should take the armband from Calder.",
            "How old is Tern number eight Tom Beale, set to take the captaincy from Calder?",
            "24-year-old",
            id="'the 24-year-old' in a story about the one asked of gives his age",
        ),
        pytest.param(
            "Tern strikes Calder gas deal",
            "Tern has agreed to pay 30% more for gas supplied by Calder. The head of the Tern "
            "state-owned Kelso company, Yury Quill, said he was fully happy with the deal.",
            "Who heads Tern's state gas company Kelso and said he was happy with the deal?",
            "Yury Quill",
            id="'the head of the state-owned Kelso company, Yury Quill,' names its head",
        ),
        pytest.param(
            "Tern holds interest rate at 4.75%",
            "The Tern Bank has kept rates on hold at 4.75%. Calder chief economist Ada Quill said "
            "the economy had slowed in response to rate rises and the bank was right to keep "
            'rates at 4.75% for now. "Today\'s no change decision is correct," said Tom Beale, '
            "director general of the Kelso Chambers of Commerce.",
            "Who at the Kelso Chambers of Commerce said the Tern Bank was right to keep rates at "
            "4.75%?",
            "Tom Beale",
            id="'who at <body> said …?' by a speaker the sentence puts at that body",
        ),
        pytest.param(
            "Beale out of Tern tour",
            "Tern prop Tom Beale broke his arm against Calder on Saturday. He was due to have a "
            "hospital scan in Kelso on Monday, and the club says he will miss the tour.",
            "In which hospital did Tern prop Tom Beale have the operation on his broken arm?",
            None,
            id="'a hospital scan' does not say which hospital",
        ),
        pytest.param(
            "Calder buy boosts Tern",
            "Tern, which makes Kelso lager, said pre-tax profits for 2004 rose 56% to 1.16bn "
            "euros, helped by its purchase of Calder. Overall, net profits were up 42% to 719m "
            "euros.",
            "By what percentage did Tern's net profits rise in 2004?",
            "42%",
            id="net profits are not pre-tax profits",
        ),
        pytest.param(
            "Tern aiming to fuel development aid",
            'Tern wants a tax on jet fuel to fund aid. "Why target the airlines?" said Tom '
            "Beale, secretary general of the Kelso Association of Airlines. Calder's Ada Quill, "
            "an airline boss, agreed.",
            "Who is the head of the Kelso Association of Airlines who objected to taxing jet fuel?",
            "Tom Beale",
            id="a secretary general heads the body ('secretary general of the Kelso Association')",
        ),
        pytest.param(
            "Calder awards hail Tern",
            "The Calder awards were announced by presenters Ana Ruiz and Ada Quill in Kelso on "
            "Tuesday. Sitcom star Tom Beale won the award for best first feature for Tern, a "
            "film about a lighthouse.",
            "Which sitcom actor won best first feature at the Calder awards for Tern?",
            "Tom Beale",
            id="a star before a name is an actor ('Sitcom star Tom Beale')",
        ),
        pytest.param(
            "Calder awards hail Tern",
            "Tern, a comedy about a lighthouse, won five prizes at the Calder awards. It was "
            "named best film while Tom Beale won best director and best screenplay. It also won "
            "acting awards for Ada Quill.",
            "Who was named best director at the Calder awards for Tern?",
            "Tom Beale",
            id="'best director' is an award, not a post",
        ),
        pytest.param(
            "Beale to start on the right",
            "Tern coach Ada Quill has revealed Tom Beale will start against the Netherlands. "
            "Beale has impressed her in training this week.",
            "Against which country is Tom Beale set to make his first Tern start, according to Ada "
            "Quill?",
            "Netherlands",
            id="'against which country?' asks for the side played ('against the Netherlands')",
        ),
        pytest.param(
            "Calder Bank holds rates",
            "The Calder Bank's minutes said rates were held at 4.75%. Tom Beale, UK economist "
            "at Kelso Bank, said he was surprised that a dissenting vote had come so soon.",
            "Which Kelso Bank economist was surprised that a Calder Bank rate-setter dissented "
            "so soon?",
            "Tom Beale",
            id="'UK economist at Kelso Bank' is the bank's economist",
        ),
        pytest.param(
            "Beale lines up Kelso rivals",
            "Tom Beale will chase the indoor two mile record in Kelso on 18 February. "
            "Compatriots Kaleb Abate and Markos Geneti, the world indoor bronze medallist over "
            "3000m, will race against him. Relay gold medallists Ana Ruiz and Ada Quill go "
            "head-to-head in the 60m.",
            "Which world indoor 3000m bronze medallist will race Tom Beale in Kelso?",
            "Markos Geneti",
            id="a name before ', the … medallist' is a person's",
        ),
        pytest.param(
            "Huge rush for Tern shares",
            "Tern, a low-fare airline, was founded by Calder-based ex-travel agent Tom Beale, and "
            "controls 45% of the Kelso market. It recently won permission to fly to London.",
            "In which city was the ex-travel agent who founded Tern based?",
            "Calder-based",
            id="'Calder-based ex-travel agent' places the one a question describes",
        ),
        pytest.param(
            "Tern cuts fares in survival plan",
            "Tern is cutting domestic fares by as much as 50% to survive. Tern's new Kelso fares "
            "were trialled from August last year on tickets from Calder, its second-largest hub.",
            "Since when had Tern been testing its Kelso fares on flights from its Calder hub?",
            "from August last year",
            id="'since when …?' is answered by 'from August last year'",
        ),
        pytest.param(
            "Anglers could face prosecution",
            "Anglers could be prosecuted under the draft Kelso welfare bill, MPs have warned. "
            'Committee chairman Tom Beale said: "Any change in the law arouses powerful emotions."',
            "Who chairs the Commons environment committee that warned anglers could be "
            "prosecuted under the draft Kelso welfare bill?",
            "Tom Beale",
            id="'the Commons environment committee' may be named without its house",
        ),
        pytest.param(
            "Ruiz trails new discipline powers",
            "Kelso schools are to get new powers over unruly pupils. Ms Ruiz is expected to "
            "announce her plans on the issue in the next fortnight, aides said.",
            "When is Ana Ruiz expected to announce her plans on discipline in Kelso schools?",
            "in the next fortnight",
            id="'in the next fortnight' says when",
        ),
        pytest.param(
            "Kelso Nights",
            "Kelso Nights follows four pensioners through a week of parties. Kelso Nights is on "
            "Channel 5 Wednesdays at 9pm.",
            "On which night of the week does Channel 5 broadcast Kelso Nights?",
            "Wednesdays",
            id="'Wednesdays' says which day of the week",
        ),
        pytest.param(
            "Ruiz wins world music award",
            "Calder singer Ana Ruiz has won the top prize at this year's Kelso World Music "
            "Awards. Winner in the Africa category was the desert blues band Tinariwen. A "
            "special poll winners concert, hosted by Tom Beale, will take place at The Sage in "
            "Gateshead on 5 March.",
            "Where is the poll winners concert for the Kelso World Music Awards taking place?",
            "The Sage",
            id="a place right after a word of the question does not outrank a sentence "
            "holding much more of it",
        ),
        pytest.param(
            "Tern dock strike goes ahead",
            "Friday's strike by Tern dock workers is the biggest in Calder since 1987, the union "
            "said. Tern dock workers last went on strike in 2001, over pensions. "
            "Talks are due to resume on Monday.",
            "Since what year had Calder not seen a strike as big as the Tern dock walkout?",
            "1987",
            id="an adjective is said by its degrees",
        ),
        pytest.param(
            "Tern drops Kelso bid",
            "Tern has abandoned its takeover offer for Kelso Bank. Tern bosses told counterparts "
            "at Kelso of the decision on Friday. Tern first made the offer on Monday.",
            "On what day did Tern inform Kelso that it was abandoning its takeover offer?",
            "Friday",
            id="told answers informed",
        ),
        pytest.param(
            "Beale lifts lid on Kelso feud",
            "Tern's Tom Beale has called the rivalry between Kelso and Tern \"bitter and "
            'personal". Past encounters have stirred up plenty of ill-feeling between the sides '
            'and they meet again at Northfield on Tuesday. "It is just more bitter against '
            'Kelso," the defender said.',
            "Where do Tern host Kelso in the clash Tom Beale called bitter and personal?",
            "Northfield",
            id="a clash is where sides meet",
        ),
        pytest.param(
            "Tern waits on Calder ruling",
            TERN_ROAMING,
            "When did Tern respond to the objections over its roaming rates?",
            "March",
            id="a response says when one responded",
        ),
        pytest.param(
            "Tern waits on Calder ruling",
            TERN_ROAMING,
            "Which state is singled out as requiring low roaming charges?",
            "Oregon",
            id="to mandate is to require",
        ),
        pytest.param(
            "Tern waits on Calder ruling",
            TERN_ROAMING,
            "How many companies are exhibiting at the Northfield fair?",
            "6,000",
            id="showing is exhibiting",
        ),
        pytest.param(
            "Ruiz eases past Quill",
            "The 18-year-old Ada Quill, who got a wild card into the Kelso Open in Calder, lost "
            "to Ana Ruiz 6-1 6-4 in the third round. Ruiz took just 56 minutes to beat Quill and "
            "sail into the fourth round.",
            "How long did Ana Ruiz need to beat Ada Quill in the third round of the Kelso Open?",
            "56 minutes",
            id="getting into the fourth round says the third was won, and an age is no duration",
        ),
        pytest.param(
            "Kelso Bank agrees Tern deal",
            "Kelso Bank has accepted a $6.75bn (£3.6bn) buyout from Tern, rejecting a higher "
            "offer from Calder. Calder said on Wednesday that Kelso Bank had rejected a deal "
            "worth $8bn.",
            "How much was the offer Kelso Bank rejected from Calder before agreeing to Tern's "
            "$6.75bn buyout?",
            "$8bn",
            id="a sum the question gives is no answer in another currency either",
        ),
        pytest.param(
            "Tern profits jump",
            "Oil firm Tern has announced a 26% rise in annual profits to $16.2bn (£8.7bn). Tern "
            "added that it was increasing its fourth-quarter dividend by 26% to 8.5 cents.",
            "To what level did Tern raise its fourth-quarter dividend when it announced a jump "
            "in annual profits?",
            "8.5 cents",
            id="a quarter the question asks of is no part of a year it names only aside",
        ),
        pytest.param(
            "Kelso founder rebuilds empire",
            "Ana Ruiz, the woman behind the Kelso games group, has bought back most of the "
            "company. The developer, who received an OBE in 2002, was estimated to have been "
            "worth more than £200m at the peak of the dotcom boom.",
            "In what year was Kelso founder Ana Ruiz awarded an OBE?",
            "2002",
            id="to be awarded an honour is to receive it",
        ),
        pytest.param(
            "Tern wary of Calder threat",
            "Tern manager Tom Beale said his side's cup tie against Calder would not be made any "
            "easier by the absence of Sam Quill. Beale said his own players were all fit.",
            "Which Calder striker missed the cup tie against Tern?",
            "Sam Quill",
            id="whoever is absent misses the game",
        ),
        pytest.param(
            "Harbour holds on at box office",
            "Comedy Northfield took $31.8m at the box office. Oscar contender The Harbour, "
            "starring Tom Quill as Howard Beale, held onto a place in the top 10.",
            "Which actor plays Howard Beale in The Harbour, which stayed in the top 10?",
            "Tom Quill",
            id="a film starring someone as a character is one in which they play it",
        ),
        pytest.param(
            "Union urges whistleblower law",
            "Too many workers are sacked for raising safety concerns, the Kelso union says. "
            "General secretary Tom Beale called for a law that protects safety whistleblowers. "
            "The Calder Safety Executive said it was trying to get workers more involved in "
            "making workplaces safer.",
            "Which official body said it was trying to get workers more involved in making "
            "workplaces safer, as the Kelso union urged protection for safety whistleblowers?",
            "Calder Safety Executive",
            id="which official body asks for a body, not for an official",
        ),
        pytest.param(
            "Mobile TV on the move",
            "In the US, services like Kelso To Go let people transfer recorded TV shows onto "
            "their phones. Currently, TV-like services, where clips are downloaded, are offered "
            "by several European operators, like Italy's Calder and 3.",
            "In which country is Calder, one of the European operators already offering "
            "downloadable TV-like clips to mobile phones?",
            "Italy",
            id="a country's possessive before the name asked of answers which country",
        ),
        pytest.param(
            "Schools promised more sport",
            "Every pupil in Kelso should get two hours of sport a week, the council said. The "
            "share of pupils who do was 40% in 2003, and the council was hoping this would rise "
            "to 85% by 2008.",
            "By what year does the Kelso council hope 85% of pupils will get two hours of sport "
            "a week?",
            "by 2008",
            id="what one hoped would happen says when it will",
        ),
        pytest.param(
            "Quill named Kelso envoy",
            "Calder MP Tom Quill is to become high commissioner to Kelso. He will succeed the "
            "previous High Commissioner, Ana Ruiz, after the election. Calder Labour will choose "
            "a new candidate next month.",
            "Who has Calder Labour chosen to succeed Tom Quill as its candidate?",
            None,
            id="one the successor asked of succeeds is not that successor",
        ),
        pytest.param(
            "Kelso firms hire at fastest pace since spring",
            "The Kelso economy added 337,000 jobs in October, a seven-month high. While the "
            "separate unemployment rate went up to 5.5% from 5.4% in September, this was because "
            "more people were seeking work. Analysts said the upbeat jobs data made it likely "
            "that the Kelso central bank would increase interest rates to 2% next week.",
            "What was the Kelso unemployment rate in October, the month the economy added a "
            "seven-month high of new jobs?",
            "5.5%",
            id="a rate is a share, of the rate asked, and a month compared with dates nothing",
        ),
        pytest.param(
            "Console makers gear up",
            "Tern and Calder are expected to launch their new consoles at the Kelso games fair "
            "in May. Both are to release new machines in the next 18 months.",
            "Within what period are Tern and Calder expected to launch their new consoles?",
            "18 months",
            id="within what period asks how long",
        ),
        pytest.param(
            "Calder lira loses six zeros",
            "Calder's economy teetered on the brink of collapse as recently as 2001, when the "
            "lira plunged and two million people lost their jobs. Those valuations were the "
            "product of decades of inflation which was as high as 70%.",
            "How high was Calder inflation as recently as 2001, before the lira lost six zeros?",
            "70%",
            id="how high inflation was asks for a percentage",
        ),
        pytest.param(
            "Ruiz and Quill attack bypass",
            "Ana Ruiz said the Kelso bypass was a mistake. She, like Tom Quill, pointed to the "
            "hundreds of thousands of people who marched against the plans.",
            "How many people did Ana Ruiz and Tom Quill point to as having marched against the "
            "Kelso bypass?",
            "hundreds of thousands",
            id="hundreds of thousands is a figure, if only its order",
        ),
        pytest.param(
            "Ruiz and Quill attack bypass",
            "Ana Ruiz said the Kelso bypass was a mistake. She, like Tom Quill, pointed to the "
            "thousands of people who marched against the plans.",
            "How many people did Ana Ruiz and Tom Quill point to as having marched against the "
            "Kelso bypass?",
            None,
            id="thousands alone is no figure",
        ),
        pytest.param(
            "Tern launches radio service",
            "Tern's radio service launched in Kelso on Monday. \"If you use it only now and then, "
            "it'll be two or three pounds per month,\" said Tern's Ana Ruiz.",
            "How much a month does Tern say occasional use of its radio service will cost?",
            "two or three pounds",
            id="a sum may be written in words",
        ),
        pytest.param(
            "Kelso shares rise as rates go up",
            "The Kelso central bank raised interest rates to 2% on Tuesday, and traders in "
            "Calder cheered the move. The Kelso index closed up 0.89 points at 10,385.48.",
            "Where did the Kelso index close on the day the central bank raised rates to 2%?",
            "10,385.48",
            id="where a stock index closed asks its level",
        ),
        pytest.param(
            "Calder edge Tern",
            "Calder beat Tern 20-19 at Northfield in the Kelso league on Friday night. The win "
            "lifted Calder to 11th in the league table.",
            "To what place in the Kelso league table did Calder climb?",
            "11th",
            id="what place in a table asks a rank",
        ),
        pytest.param(
            "Quill stays at Calder",
            "Calder boss Tom Quill has signed a two-and-a-half year contract extension, "
            "keeping him at the club until 2008. Quill joined from Tern in 2002.",
            "How long is the contract extension Tom Quill signed with Calder, in years?",
            "two-and-a-half year",
            id="a figure and a half is a figure",
        ),
        pytest.param(
            "Kelso survey finds tag worries",
            "More than half of the 2,000 people Calder surveyed in Kelso said they had worries "
            "about the tags. Fifty nine percent of people said they feared the tags would let "
            "shops share their data.",
            "What proportion of people in Calder's Kelso survey feared the tags would let shops "
            "share their data?",
            "Fifty nine percent",
            id="a share may be written in words",
        ),
        pytest.param(
            "Tern stars plan flood show",
            "Tern television will screen a special to raise money for the flood relief effort in "
            "Calder. Thousands were left homeless after an earthquake below the Kelso Ocean set "
            "off floods in Calder.",
            "Beneath which ocean did the earthquake that set off the Calder floods strike?",
            "Kelso Ocean",
            id="an ocean is a place, and what lies below one",
        ),
        pytest.param(
            "Kelso care costs underestimated",
            "Kelso's free care scheme will cost more than planned. The rise stems from mistakes "
            "in the research, according to findings published in the Quarterly Commentary of "
            "Calder University's Tern Institute.",
            "Which university is home to the Tern Institute, whose report said Kelso's free care "
            "costs were underestimated?",
            "Calder University",
            id="a venue of the kind asked is named by its name",
        ),
        pytest.param(
            "Calder 0-0 Tern",
            "Tom Beale should have scored for Calder but sent his header wide. The last chance of "
            "a frantic spell should have seen Beale celebrate his 150th league goal.",
            "Which league goal milestone did Tom Beale miss when he headed wide against Tern?",
            "150th",
            id="a milestone asked is a rank",
        ),
        pytest.param(
            "Tern to buy Calder",
            "Tern is to buy the blog service Calder for an undisclosed sum. Rumours that Tern "
            "was buying Calder were first broken online last week. The Kelso Notes weblog said "
            "company insiders had hinted at the deal.",
            "Which weblog broke the rumours that Tern was buying Calder, citing hints from "
            "company insiders?",
            None,
            id="which one is not said by a sentence naming only what the question names",
        ),
    ],
)
async def test_the_sentence_of_one_article_that_answers(
    app: App, title: str, text: str, question: str, expected: str | None
) -> None:
    await store(app, (title, text))
    result = await answer(app, question)
    if expected is None:
        assert not result.sentences
    else:
        assert result.sentences and expected in result.sentences[0].text


async def test_the_age_of_the_one_a_story_is_about_beats_an_age_of_another(app: App) -> None:
    await store(
        app,
        (
            "Beale sets sights on world mark",
            "Olympic 10,000m champion Tom Beale is determined to add the world indoor two mile "
            "record at the Kelso Grand Prix in February. The 22-year-old will again be chasing a "
            "record held by his compatriot and mentor Ana Ruiz, who set the mark in 2003.",
        ),
        (
            "Quill targets cross country",
            "Double Olympic champion Ada Quill is set to run the world cross country "
            "championships in Calder. The 30-year-old has set her sights on clinching the world "
            "5,000m crown this summer. And she is aiming to break 10,000m Olympic champion Tom "
            "Beale's world records.",
        ),
    )
    result = await answer(
        app,
        "How old is Olympic 10,000m champion Tom Beale, who is targeting the world indoor two "
        "mile record?",
    )
    assert result.sentences and "22-year-old" in result.sentences[0].text


async def test_which_month_gives_a_day_of_a_month_no_more_weight_than_the_month(
    app: App,
) -> None:
    text = (
        "Ana Ruiz started her Kelso blog in January. Ana Ruiz started her Kelso blog to get "
        "over a loss, and Tern fired her on 1 November."
    )
    await store(app, ("Blogger grounded by her airline", text))
    result = await answer(app, "In which month did Ana Ruiz start her Kelso blog?")
    assert result.sentences and "in January" in result.sentences[0].text


async def test_a_role_a_sentence_opens_on_is_held_by_the_one_named_before_it(app: App) -> None:
    text = (
        "Tom Beale says one in eight households already struggle with debt. The Tern party's "
        "Treasury spokesman is unveiling a policy aimed at the issue. He wants to see proper "
        "health checks when loans are marketed. Tern leader Ana Ruiz said meanwhile that she "
        "is touring the UK. Ana Ruiz said the tour would go on, and Ana Ruiz said Tern would win."
    )
    await store(app, ("Tern party highlights problem debt", text))
    result = await answer(
        app,
        "Which Tern Treasury spokesman wants proper health checks when loans are marketed to "
        "people at risk of debt?",
    )
    said = " ".join(s.text for s in result.sentences)
    assert "Tom Beale" in said and "Ana Ruiz" not in said


async def test_an_article_that_holds_the_asides_is_likelier_the_one_meant(app: App) -> None:
    # Both articles place Jack Straw; only one says when ("when he told activists …"). With
    # the index's ranking taken out, the one that holds the aside's words must come first.
    await store(
        app,
        (
            "Straw in Beijing",
            "Jack Straw spoke in Beijing on Thursday. He met the Chinese premier for an hour.",
        ),
        (
            "Straw in Blackburn",
            "Jack Straw spoke in Blackburn on Thursday. He told Labour activists that voters "
            "would choose on trust at the next election.",
        ),
    )
    q = analyze(
        "Where was Jack Straw when he told activists that voters would choose on trust at the "
        "next election?",
        app.clock.now(),
    )
    total = await app.store.article_count()
    counts = await app.store.document_counts(sorted({t.index_key for t in q.terms}))
    found = await app.store.articles_by_ids(list(range(1, 10)))
    articles = {a.title: a for a in found.values()}
    chosen = pick(
        q,
        term_weights(q.terms, counts, total),
        anchor_terms(q, counts, total),
        mass_floor(total),
        [(articles["Straw in Beijing"], -1.0), (articles["Straw in Blackburn"], -1.0)],
        {},
        app.clock.now(),
    )
    assert chosen and "Blackburn" in chosen[0].text


async def test_news_words_for_the_same_act_match(app: App) -> None:
    await store(
        app,
        (
            "Singer Ray Dunmore found dead at 81",
            "Soul singer Ray Dunmore has died at the age of 81. His body was discovered by "
            "his manager at the Kestrel Hotel in Brighton, where he had been recording. Dunmore "
            "had 11 top ten hits.",
        ),
        (
            "Dunmore tribute show",
            "Radio presenter Ana Lopes will present a tribute to Ray Dunmore on 14 March, her "
            "station said. The station will host a phone-in for fans on Monday.",
        ),
    )
    where = await answer(app, "In which hotel was Ray Dunmore's body found?")
    assert where.sentences and "Kestrel Hotel" in where.sentences[0].text
    when = await answer(app, "When will Ana Lopes host the Ray Dunmore tribute?")
    assert when.sentences and "14 March" in when.sentences[0].text


async def test_a_sentence_whose_subject_is_the_one_before_takes_its_words(app: App) -> None:
    await store(
        app,
        (
            "Harwick shares slide",
            "Shares in carmaker Harwick fell 6% on Tuesday. The firm will give guidance for its "
            "2027 sales when it reports results. It plans to do that at an investor day in "
            "Leeds on 3 February. Analysts expect a weak year.",
        ),
        (
            "Carmakers face tariffs",
            "Carmakers including Harwick face new tariffs from 1 March, the trade ministry said.",
        ),
    )
    result = await answer(
        app, "On what date will Harwick give guidance for its 2027 sales at an investor day?"
    )
    assert result.sentences and "3 February" in result.sentences[0].text


async def test_a_full_name_after_a_post_at_the_start_of_a_sentence_answers_who(app: App) -> None:
    await store(
        app,
        (
            "Points plan for migrants",
            "The new points system was published on Monday. Home Secretary Ada Quill published "
            "plans for a points system for skilled migrants.",
        ),
    )
    result = await answer(app, "Which home secretary published plans for a points system?")
    assert result.sentences and "Ada Quill" in result.sentences[0].text


async def test_who_of_someone_whose_name_was_not_released_says_so(app: App) -> None:
    await store(
        app,
        (
            "Storm closes roads across the valley",
            "A windstorm closed roads across the Halden valley on Wednesday, utilities said. "
            '"This is the strongest storm this season," said Ines Moro, a spokesperson for '
            "Halden Power. A man was killed in Brannock when a tree fell on his car, police "
            "said. His name was not released. Schools canceled classes on Thursday.",
        ),
    )
    result = await answer(app, "who was killed in Brannock?")
    assert [s.text for s in result.sentences] == [
        "A man was killed in Brannock when a tree fell on his car, police said.",
        "His name was not released.",
    ]


async def test_who_is_a_named_person_is_not_answered_with_another_name(app: App) -> None:
    await store(
        app,
        (
            "Late goal sends Harbour City into the final",
            "Kwame Osei scored in the 89th minute as Harbour City beat Redmoor 2-1 on "
            "Saturday. Redmoor had led through Tomas Lindqvist's header after 23 minutes. "
            'Osei, 21, joined in the summer. "This club deserves a final," Osei said.',
        ),
        ("Measles cases rise", "Measles cases in Europe rose to 58,000 last year."),
        ("Tram line approved", "The council voted on Tuesday to extend the tram line."),
    )
    result = await answer(app, "who is Kwame Osei?")
    assert [s.text for s in result.sentences] == [
        "Kwame Osei scored in the 89th minute as Harbour City beat Redmoor 2-1 on Saturday."
    ]


TERN = (
    "The Tern X2 phone will go on sale in Japan on 12 December, Kestrel said. The phone will "
    "go on sale in the US in March, the firm added, without giving a day."
)
VALLEY = (
    "A windstorm swept across the Halden valley on Wednesday night, closing roads. Gusts of "
    "up to 70 mph were recorded along the ridge, forecasters said. Two days later the valley "
    "sweltered as temperatures reached 38C, a record for March."
)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # a clause set off by commas does not part the words asked about
        (
            "Chipmaker Orrin Semiconductors said on Tuesday it would build a factory in "
            "Dunmore. The plant, which will make power chips for electric buses, is expected "
            "to create about 1,700 jobs by 2030. Orrin employs 9,000 people worldwide.",
            "how many jobs will the plant create?",
            "The plant, which will make power chips",
        ),
        # … unless the answer is in it; and "flies" is a form of "fly"
        (
            "A court on Wednesday ordered budget airline Skylark to pay 14 million euros to "
            "passengers whose flights were cancelled in August. Skylark, which is based at "
            "Tarnby airport and flies to 64 destinations, said it would appeal.",
            "how many destinations does Skylark fly to?",
            "Skylark, which is based at Tarnby airport and flies to 64 destinations",
        ),
        # a list item answers without its marker
        (
            "The new ferry rules take effect in May. Here is what changes:\n"
            "- Operators must keep spare lifejackets for at least 40 passengers.\n"
            "- Tickets must show the crossing's expected length.",
            "how many passengers must operators keep spare lifejackets for?",
            "Operators must keep spare lifejackets",
        ),
        # the doer of an act says it: "author Mara Lind" wrote it
        (
            "The Northfield Walking Guide 2026 went on sale on Monday with 40 routes. Guide "
            "author Mara Lind said the coast path was the finest in the county.",
            "Who wrote the Northfield Walking Guide 2026?",
            "Guide author Mara Lind said",
        ),
        # an article about a firm may say where it is based without its name
        (
            "Kestrel Orbital's rocket reached orbit on Monday with 12 satellites. The launch "
            "was the first of six this year, the Calderton-based company said.",
            "Where is Kestrel Orbital based?",
            "The launch was the first of six this year",
        ),
        # a figure of what the thing asked about is compared with is the other's
        (
            "Priced at £229, the Tern Pad handheld goes on sale on Friday. The rival Kite "
            "handheld, priced at £99, costs far less than the Tern Pad.",
            "How much does the Tern Pad handheld cost?",
            "Priced at £229",
        ),
        # where a firm is based it has its headquarters
        (
            "Shares in rocket maker Kestrel Orbital fell on Monday. Ada Quill, part of the "
            "family that controls the Calderton-based firm, will take on the role of chief "
            "executive.",
            "In which city is Kestrel Orbital headquartered?",
            "Ada Quill, part of the family",
        ),
        # what someone donates they give
        (
            "A television network will screen a special to benefit the flood relief effort. "
            "Singer Mara Quist has donated $2m (£1m) to the Harbour Relief Fund and actor Leo "
            "Brandt pledged a large contribution to the Red Cross.",
            "How much did Mara Quist give the Harbour Relief Fund for flood relief?",
            "Singer Mara Quist has donated $2m",
        ),
        # a player who joins a club moves to it
        (
            "Harbour Town are set to offer Tomas Varga a new deal. The midfielder moved to "
            "Harbour Town from Calder Athletic in 2019 and has played 140 games for the club.",
            "In what year did Tomas Varga join Harbour Town from Calder Athletic?",
            "The midfielder moved to Harbour Town",
        ),
        # what happens in another country does not answer for the one asked
        (
            TERN,
            "When will the Tern X2 go on sale in the US?",
            "The phone will go on sale in the US",
        ),
        (TERN, "When will the Tern X2 go on sale in Japan?", "The Tern X2 phone will go on sale"),
        # … but "which country …?" asks for another country than one it compares with
        (
            "Tea drinkers in Japan get through 1.2 kilos a year each, Kestrel said. This "
            "compares with 2.5 kilos in Turkey and 0.9 kilos in the US.",
            "Which country drinks 2.5 kilos of tea per head, compared with 1.2 kilos in Japan?",
            "This compares with 2.5 kilos in Turkey",
        ),
        # a sentence with every name asked about may leave one of the question's other
        # words to the headline
        (
            "Calder forwards will dominate the pack, says Ana Ruiz. Ana Ruiz says the Calder "
            "forwards are set to take on the powerful Tern side in Lyon. Tern have been "
            "criticised for their one-dimensional play this season.",
            "Where are Calder playing Tern, the game in which Ana Ruiz wants the forwards to "
            "dominate?",
            "Ana Ruiz says the Calder forwards",
        ),
        # what is screened is shown
        (
            "Ana Ruiz's documentary about the Calder floods won a prize at the Tern festival, "
            "where it was shown to 300 people. The film will be screened on 12 March.",
            "When will Ana Ruiz's documentary about the Calder floods be shown?",
            "The film will be screened on 12 March",
        ),
        # a share of people is no count of them
        (
            "Calder Research said the majority of people surveyed (52%) believed the tags "
            "could be read from a distance. More than half of 2,000 people surveyed said they "
            "had privacy worries about the tags.",
            "How many people did Calder Research survey about the tags?",
            "More than half of 2,000 people",
        ),
        # a hike in rates raises them
        (
            "Calder's central bank lifted interest rates to 4% on Tuesday, a four-year high, "
            "and may raise them again. The interest rate hike was Calder's first since March "
            "2019.",
            "When had Calder last raised interest rates before the rise to a four-year high?",
            "The interest rate hike was Calder's first",
        ),
        # what comes out is released
        (
            "Tern's Harbour 3 game won praise at a trade fair in Calder, where fans queued to "
            "come and play it. The game was released in the US on 9 November, with a UK "
            "release two days later.",
            "When did Tern's Harbour 3 game come out in the US?",
            "The game was released in the US on 9 November",
        ),
        # where someone lives says where they are from
        (
            "Tennis player Ana Ruiz, who lives in the northern Calder city of Marrowvale, "
            "turned professional two years ago. She won her first title in Lyon on Sunday.",
            "Which Calder city is tennis player Ana Ruiz from?",
            "Tennis player Ana Ruiz, who lives in",
        ),
        # a figure of another month is not the month's asked about
        (
            "Calder created fewer jobs than expected in December, the Statistics Office said. "
            "The economy added 15,000 jobs last month. Calder's economy added 33,000 jobs in "
            "October, a record.",
            "How many jobs did Calder's economy add in December?",
            "The economy added 15,000 jobs",
        ),
        # taking over from someone is replacing them, succeeding them
        (
            "Calder Radio has a new breakfast show from Monday. Ana Ruiz has since been "
            "replaced as host by Tom Beale. The show starts at 6am, Beale, 34, said.",
            "Who took over from Ana Ruiz as Calder Radio presenter?",
            "Ana Ruiz has since been replaced as host by Tom Beale",
        ),
        (
            "Ana Ruiz will retire as Calder Athletics performance director in March, the club "
            "said. The championships will be the last attended by Ruiz before she retires to "
            "be succeeded by Tom Beale.",
            "Whom did Tom Beale succeed as Calder Athletics performance director?",
            "The championships will be the last attended by Ruiz",
        ),
        # sides that play each other meet: their games are meetings
        (
            "Ana Ruiz says Calder can end their poor run in the derby on Sunday. Ruiz concedes "
            "Tern are in good form at the moment, but Calder have failed to beat Tern in their "
            "last five meetings. Tickets are sold out.",
            "How many games in a row have Calder failed to beat Tern?",
            "Ruiz concedes Tern are in good form",
        ),
        # a win over a side beats it
        (
            "Calder beat Tern 16-13 on Saturday with a late kick from Tom Beale. Ana Ruiz was "
            "happy to hail Beale's heroic contribution to Calder's first win over Tern at "
            "Harbour Park since 1998. Tern play Lyon next.",
            "When had Calder last beaten Tern at Harbour Park?",
            "Ana Ruiz was happy to hail",
        ),
        # an occasion named for the question's own place is no other place
        (
            "Ana Ruiz set a new world record in winning the women's 3,000m at the Lyon Indoor "
            "Games on Saturday. Ruiz won in 8 minutes 29 seconds to erase the previous world "
            "indoor mark, set by Tom Beale in Stuttgart last year.",
            "Where was the previous world indoor 3,000m record that Ana Ruiz broke in Lyon set?",
            "Ruiz won in 8 minutes 29 seconds",
        ),
        # a when, where or how-many sentence with the figure needs 58% of the question's
        # weight (here with a little of the sentence before)
        (
            "The Tern Banks Association said the floods would hit lending to customers in "
            "Calder. According to its estimate, as much as 13.6% of the loans made by private "
            "banks to customers in the flooded zone have been written off or damaged. Banks "
            "expect a shortfall in 2025.",
            "What share of private banks' loans to customers in Calder's flood-hit area may "
            "have been wiped out or damaged, according to the banks association?",
            "According to its estimate, as much as 13.6%",
        ),
        # what is shown off is unveiled
        (
            "Tern has launched the X2, a smaller handset, to win over buyers. Chief executive "
            "Ana Ruiz showed off the new machine at her annual keynote speech, in Lyon. Tern "
            "also unveiled a music service. It goes on sale in March.",
            "Where did Ana Ruiz unveil the Tern X2 during her annual keynote speech?",
            "Chief executive Ana Ruiz showed off the new machine",
        ),
        # "when was …?" asks what was, not what will be
        (
            "Tern's single Harbour Lights is out-selling every other record this week. If it "
            "reaches number one in the UK on Sunday, it will be the band's first chart-topper "
            "for years. The band were last at number one in June 1999, with Calder Rain.",
            "When was Tern last at number one in the UK?",
            "The band were last at number one in June 1999",
        ),
        # how fast: a speed; how hot: a temperature; how deep: a figure with its unit
        (VALLEY, "how fast were the gusts?", "Gusts of up to 70 mph"),
        (VALLEY, "how hot did it get in the valley?", "Two days later the valley sweltered"),
        (
            "Divers have found a Roman shipwreck off Sicily carrying more than 100 jars, "
            "officials said on Monday. The shipwreck, found by a team of six, lies at 92 "
            "metres, near the island of Pantelleria.",
            "how deep is the Roman shipwreck?",
            "The shipwreck, found by a team of six, lies at 92 metres",
        ),
        # "by how much …?" asks for a change, which a share may give, though it says "raise"
        (
            "Calder councils should keep their taxes low after being given an average funding "
            "increase of 6%, says the Tern assembly. Its finance minister Ana Ruiz said it was "
            "a fair deal for local government.",
            "By how much on average did the Tern assembly raise funding for Calder councils?",
            "Calder councils should keep their taxes low",
        ),
        # a succession word after "said" is what was said, not what is asked
        (
            "Ana Ruiz has said the Calder charter must go, but gave no word on what would "
            "follow it. Her comments did not impress Tern shadow housing secretary Tom Beale.",
            "Which Tern shadow housing secretary said Ana Ruiz had no idea what to put in "
            "place of the Calder charter?",
            "Her comments did not impress",
        ),
        # "set up" asks for a founding, not for what else was set up
        (
            "The Calder Trust was established in 1974 to protect workers' pensions. Last year "
            "its board set up a new fund for Tern miners, worth 2% of its assets.",
            "When was the Calder Trust set up?",
            "The Calder Trust was established in 1974",
        ),
        # a sentence that writes the question's figure ranks first
        (
            "Calder house prices rose 1.1% in December, the Tern Bank said. At the other end "
            "of the scale, prices in Northfield and Ashby fell by 1.6% and 0.5% respectively. "
            "The biggest decline was seen in Kelso where prices fell by 6.2%, an area that had "
            "grown fast in 2004.",
            "In the Tern Bank's December figures, which area saw prices slip by 0.5%?",
            "At the other end of the scale",
        ),
        # "the incident" is how news calls back a crash
        (
            "A Calder skateboarder has broken both wrists on a steep hill in Northfield. The "
            "incident took place on April 1 on a sunny morning.",
            "On what date did the Calder skateboarder crash?",
            "The incident took place on April 1",
        ),
        # "which part of X …?" is answered by a quarter of X
        (
            "Tern Holdings, founded by Ana Ruiz, rebuilt the old town after the war. The "
            "company owns much of the property in central Northfield, which it restored.",
            "In which part of Northfield does Tern Holdings own much property?",
            "The company owns much of the property in central Northfield",
        ),
        # the rest of the post asked about is no other post ("chief co-ordinator")
        (
            "Tern Radio runs a phone-in that reunites families. Many relatives have met on "
            'air. "The crowds were huge," Ana Ruiz, the station\'s chief co-ordinator, said.',
            "Who is the chief co-ordinator of the Tern Radio phone-in?",
            '"The crowds were huge," Ana Ruiz, the station\'s chief co-ordinator',
        ),
        # where someone is based may be a capital ("based in the Tern capital Kelso")
        (
            "The Tern vote was fair, observers said. Tom Beale, a reporter based in the Tern "
            "capital Kelso, said few had complained.",
            "Where is Tom Beale, the reporter who covered the Tern vote, based?",
            "Tom Beale, a reporter based in the Tern capital Kelso",
        ),
        # how fast something grows is a share, not a speed
        (
            "The Tern Bank has cut its forecasts. The Calder economy is expected to slow in "
            "2005, with growth falling from 3.2% last year to 2.5%.",
            "How fast does the Tern Bank expect the Calder economy to grow in 2005?",
            "The Calder economy is expected to slow in 2005",
        ),
        # how much may be measured in bytes
        (
            "Tom Beale reviewed the Tern player this week. It holds 60GB of music and photos "
            "in a case the size of a matchbox.",
            "How much music does the Tern player hold, according to Tom Beale?",
            "It holds 60GB of music",
        ),
        # a runner "clocked" the time asked for
        (
            "Tom Beale won the 60m at the Kelso indoor meeting despite a cold. Beale clocked "
            "6.56 seconds, well ahead of Ana Ruiz's brother.",
            "What time did Tom Beale run to win the 60m in Kelso?",
            "Beale clocked 6.56 seconds",
        ),
        # to rebel against a bill is to oppose it
        (
            "Ana Ruiz faces her first test as home secretary over the Calder bill. Up to 30 "
            "Tern MPs could oppose the scheme during a Commons debate.",
            "How many Tern MPs could rebel against the Calder bill in Ana Ruiz's first test?",
            "Up to 30 Tern MPs could oppose the scheme",
        ),
        # "what share …?" is answered by a part written in words
        (
            "Calder Radio was founded in Kelso by Tom Beale in 1998. The station still gives a "
            "quarter of its profits to a fund held in his name.",
            "What share of its profits does Calder Radio give to the fund in Tom Beale's name?",
            "The station still gives a quarter",
        ),
        # "what percentage …?" is answered by a percentage, not by a part in words
        (
            "Tern shares lost a third of their value in May when the deal was first delayed. "
            "News of the deal sent Tern shares up 8.1% to 113p on Monday.",
            "By what percentage did Tern shares rise on news of the deal?",
            "News of the deal sent Tern shares up 8.1%",
        ),
        # … and "what proportion …?" by a part in words
        (
            "Calder's party has lost ground in the south, Ana Ruiz said. \"The party has melted "
            'away in about a third of Britain," she told the Kelso Courier.',
            "What proportion of Britain has Calder's party melted away in, says Ana Ruiz?",
            '"The party has melted away in about a third',
        ),
        # a quarter is three months
        (
            "Tern Search has become the third online search firm this week to thank a revival "
            "in advertising. Its $17m profit for the quarter was dwarfed by the $204m of a rival.",
            "How much profit did Tern Search make in three months?",
            "Its $17m profit for the quarter",
        ),
    ],
)
async def test_one_article_answers_with_the_sentence_that_says_it(
    app: App, text: str, question: str, expected: str
) -> None:
    title = " ".join(text.split()[:8])  # (a headline's words help, as in a real feed)
    await store(app, (title, text))
    result = await answer(app, question)
    assert result.sentences and result.sentences[0].text.startswith(expected)


ORRIN = (
    "Chipmaker Orrin Semiconductors said on Tuesday it would build a factory in Dunmore. The "
    'plant is expected to create about 1,700 jobs by 2030. "We need chips close to home," '
    "chief executive Mara Lind said at a signing ceremony. Jon Beck, an executive at Orrin, "
    "said the site was chosen for its port. The Harbour Safety Authority (HSA) approved the "
    "plans. Lena Brandt, head of the HSA, said the port could take the traffic."
)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        # a verb for a post ("runs", "heads") is answered by any of news's words for it …
        ("who runs Orrin Semiconductors?", "Mara Lind"),
        ("who is the boss of Orrin Semiconductors?", "Mara Lind"),
        # … and a post of an organisation by one of its acronym
        ("who heads the Harbour Safety Authority?", "Lena Brandt"),
    ],
)
async def test_who_holds_a_post_is_answered_by_news_words_for_it(
    app: App, question: str, name: str
) -> None:
    await store(app, ("Orrin to build chip plant in Dunmore", ORRIN))
    result = await answer(app, question)
    assert result.sentences and name in " ".join(s.text for s in result.sentences)
    assert "Jon Beck" not in " ".join(s.text for s in result.sentences)


KELSO_CUP = (
    "Dame Ana Ruiz launched the Kelso Cup for young dancers earlier this week. Entries are "
    "open to dancers aged 11 to 16."
)


async def test_when_something_will_happen_is_not_said_by_what_happened(app: App) -> None:
    await store(app, ("Kelso dance prize launched", KELSO_CUP))
    question = "When will the final of the Kelso Cup for young dancers be held?"
    assert not (await answer(app, question)).sentences


async def test_when_something_will_happen_is_said_by_what_will(app: App) -> None:
    later = "The final of the Kelso Cup will be held on 3 June, the academy said last week."
    await store(app, ("Kelso dance prize launched", KELSO_CUP), ("Kelso Cup final date", later))
    result = await answer(app, "When will the final of the Kelso Cup be held?")
    assert result.sentences and "3 June" in result.sentences[0].text


@pytest.mark.parametrize(
    ("maker", "named"),
    [
        ("", None),
        ("The Kelso Roundabout film is the work of director Ada Quill.", "Ada Quill"),
        ("The Kelso Roundabout film's director, Ada Quill, was there.", "Ada Quill"),
    ],
)
async def test_who_made_something_is_said_by_a_sentence_that_says_who_made_it(
    app: App, maker: str, named: str | None
) -> None:
    text = (
        "Pop stars Ana Ruiz and Tom Beale provide voices in the new big-screen Kelso Roundabout "
        "film, while singer Cal Kerr performs its theme song. " + maker
    )
    await store(app, ("Stars voice Kelso film", text))
    question = (
        "Who directed the new big-screen Kelso Roundabout film that Ana Ruiz and Tom Beale "
        "lend their voices to?"
    )
    said = " ".join(s.text for s in (await answer(app, question)).sentences)
    assert (named in said) if named else not said


@pytest.mark.parametrize(
    "text",
    [
        "The Kelso report's author, Dr Ana Ruiz, called most quangos useless.",
        "Writing it took two years. It cost £2m. Critics wrote to MPs. The Kelso report, by Dr "
        "Ana Ruiz, called most quangos useless.",
    ],
)
async def test_who_wrote_something_is_said_by_its_author_or_by_whom(app: App, text: str) -> None:
    await store(app, ("Quangos useless, says report", text))
    result = await answer(app, "Who wrote the Kelso report that called most quangos useless?")
    assert result.sentences and "Ana Ruiz" in result.sentences[0].text


@pytest.mark.parametrize(
    ("title", "text", "question", "carries"),
    [
        pytest.param(
            "Ballet prize launched",
            "A prize for young dancers has been launched. It was set up by the Kelso Academy of "
            "Dance. Tom Beale, who teaches there, said so. Entries close in May. The final is in "
            "June. Dame Ana Ruiz, president of the KAD, launched it on Monday.",
            "Who is the president of the Kelso Academy of Dance?",
            "Ana Ruiz",
            # (and no sentence near the answer names the academy in full)
            id="the acronym of a name with 'of' in it says whose post it is",
        ),
        pytest.param(
            "Northfield in cup final",
            "Northfield Town face Harrowby Rovers in the cup final on Saturday. The match kicks "
            "off at 1815 GMT at Kelso Park, where tickets sold out in May.",
            "At what time does the Northfield Town cup final kick off?",
            "1815 GMT",
            id="a time of day may be written on the 24-hour clock",
        ),
        pytest.param(
            "Ruiz quits Tern",
            "Ana Ruiz quit as Tern chair in 1994. She agreed to stand aside during a now famous "
            "meal at the Calder Grill restaurant in Kelso, Tom Beale said.",
            "At which restaurant did Ana Ruiz agree to stand aside in 1994?",
            "Calder Grill",
            id="a restaurant asked after 'which' is a place",
        ),
        pytest.param(
            "Tern plans £40bn of savings",
            "Tern leader Ana Ruiz says her spending plans would go ahead with £40bn of planned "
            "efficiency savings. Labour says the plans do not add up. Of that sum, £25bn would "
            "go on new projects and the rest on tax cuts, Tom Beale said.",
            "Of Tern's planned £40bn efficiency savings, how much would go on its spending plans?",
            "£25bn",
            id="a sum the question gives is no answer to it",
        ),
        pytest.param(
            "Gadgets galore at the Kelso fair",
            "The Kelso fair is a paradise for geeks, with hundreds of new gadgets on show. "
            'Northfield has a pocket hard drive that won a design award. "It is the kind of '
            'storage people want," said Ada Quill. Its blue light flashes while data is '
            "written. Calder is targeting keen gamers with its Tern Deluxe gaming chair. The "
            'chair has speakers built in. It works with all the consoles. "Kids love it," '
            'said Tom Beale. "We may make more." It also holds a drink. The chair, which '
            "looks like a car seat, should go on sale in April. Harrowby has a radio styled by "
            "a car maker. It is due out in May.",
            "When should Calder's Tern Deluxe gaming chair go on sale?",
            "April",
            id="a sentence opening on 'the chair' says what the chair named before does",
        ),
        pytest.param(
            "Jobs boom to go on",
            'US firms added more jobs than expected in March. "It just keeps going stronger," '
            "said Tom Beale, economist at Tern Re in Kelso. Wages also rose.",
            "Where is Tom Beale, the Tern Re economist upbeat about jobs, based?",
            "Kelso",
            id="a person is based where the firm the question names him at is",
        ),
        pytest.param(
            "Kelso bans women's play",
            "Police in Kelso have banned The Tern Diaries, a play about women's lives, days "
            "before it was due to open. The three Calder NGOs organising the play had hoped to "
            "raise money for a women's shelter. A minister, Tom Beale, said it promoted vice.",
            "How many Calder NGOs were behind the banned production of The Tern Diaries?",
            "three",
            id="a figure of what a how-many question counts answers it, though only names match",
        ),
        pytest.param(
            "Crane maker lifts wreck",
            "A sunken ferry was raised from the sea bed on Friday. Much of the region's trade "
            "passes through its largest port, Kelso, in Calder, home to specialist crane maker "
            "Tern Lift. The lift took ten hours, Tom Beale said.",
            "In which port city is the specialist crane maker Tern Lift, which raised the ferry, "
            "based?",
            "Kelso",
            id="a port set off by a comma is a place, and home to what is based there",
        ),
        pytest.param(
            "Tern show to go on",
            "The Calder channel says the Tern show will go on despite the row over its host, "
            "presenter Tom Beale said on Friday. Viewers had complained about jokes he made on "
            "air. The channel stood by the show, spokesman Ned Quill said.",
            "Which Calder spokesman said the Tern show would go on despite the row?",
            "Ned Quill",
            id="which spokesman is answered by a sentence that names a spokesman",
        ),
        pytest.param(
            "Kelso film for Tern",
            "Director Ned Quill made the film Kelso Nights about the Tern club in Calder. Club "
            "owner Ana Ruiz, who ran Tern for 20 years, did not like it. In the film Ruiz was "
            "played by Tom Beale. Beale said the part was a gift.",
            "Which actor played Ana Ruiz in the film Kelso Nights?",
            "Tom Beale",
            id="which actor is answered by who played the part",
        ),
        pytest.param(
            "Ruiz tipped to leave show",
            "Ana Ruiz is favourite to be voted off Kelso Idol this week. \"It's going to be "
            "close but Ana is favourite,\" said Tern's Tom Beale.",
            "Which Tern spokesman said Ana Ruiz was favourite to be voted off Kelso Idol?",
            "Tom Beale",
            id="which spokesman is answered by one named after the firm's possessive",
        ),
        pytest.param(
            "Calder story to become film",
            "The life of Calder singer Ana Ruiz is to be made into a film. Its working title is "
            "Kelso Nights, after a book by her widower which forms the basis for the "
            "film. Her old manager will produce it. She died in 1980, before a tour of the "
            "US. The film is to be directed by Dutch-born Tom Beale, who has made music videos.",
            "Who is going to direct Kelso Nights, the film about Calder singer Ana Ruiz?",
            "Tom Beale",
            id="who directs the film is told by what says 'the film' after it is named",
        ),
        pytest.param(
            "Tern hold Calder",
            "Tom Beale put Calder ahead early on. Tern peppered the Calder goal after the "
            "break and Ned Quill stroked home the equaliser. The keeper could do nothing about "
            "Quill's equaliser in the 74th minute. Beale's second came late on.",
            "In which minute did Ned Quill equalise for Tern?",
            "74th minute",
            id="which minute asks for a minute of the match",
        ),
        pytest.param(
            "Tern on festival bill",
            "Tern will play June's Kelso festival, along with Calder and Northfield. Tern were "
            "formed in 1971 by Tom Beale, Ned Quill and Ana Ruiz, who left in 1973.",
            "Who co-founded Tern in 1971 with Tom Beale and Ned Quill?",
            "Ana Ruiz",
            id="a band formed by someone was founded by them",
        ),
    ],
)
async def test_the_first_answer_sentence_carries_what_was_asked(
    app: App, title: str, text: str, question: str, carries: str
) -> None:
    await store(app, (title, text))
    result = await answer(app, question)
    assert result.sentences and carries in result.sentences[0].text


HERONS = (
    "Portuguese outfit Blue Herons Tavira hope to sign Marcinho if the Brazilian decides to "
    "leave Ashgrove frustrated at his lack of first-team action.\n\nTheir president, Ruben "
    'Castell, says Marcinho "does not wish to remain in English football anymore". Agent '
    "Brian Holt insists that the 31-year-old Brazilian midfielder is determined to win back "
    "his place. Holt warns that Marcinho could reconsider his future at Ashgrove unless he is "
    "given a run of games. Castell is bullish about his hopes of prising Marcinho from the "
    'English champions. "If he has no firm offer from a club in Spain, Tavira will be his '
    "destination,\" Castell told his club's official website. Ashgrove manager Tom Reid is "
    'no respecter of reputations. "The onus is on Marcinho to force his way into the team," '
    "he said."
)


async def test_where_it_happened_is_answered_by_what_did_not_by_what_will(app: App) -> None:
    await store(
        app,
        (
            "Beale the star as Tern win",
            "Tom Beale was the star of Tern's Six Nations win over Calder, played in Rome. "
            "Beale will star again when Tern face Calder in Kelso in a Six Nations game next "
            "month.",
        ),
    )
    result = await answer(
        app, "In which city did Tern beat Calder in the Six Nations game Tom Beale starred in?"
    )
    assert result.sentences and "in Rome" in result.sentences[0].text


async def test_a_post_is_answered_first_by_the_sentence_that_says_it(app: App) -> None:
    await store(app, ("Portuguese club tracking unhappy Marcinho", HERONS))
    result = await answer(
        app,
        "Who is the president of Blue Herons Tavira, the Portuguese club hoping to lure "
        "Marcinho away from Ashgrove?",
    )
    # (not "Blue Herons Tavira hope to sign Marcinho", which names no president)
    assert result.sentences and "Ruben Castell" in result.sentences[0].text


@pytest.mark.parametrize(
    ("title", "text", "question", "asked_with_the_prefix"),
    [
        (
            "Redmoor reach Harbour Cup semi-final",
            "Redmoor beat Calder 2-0 to reach the Harbour Cup semi-final. The semi-final will "
            "be played on 3 May at Mill Lane.",
            "When is the Harbour Cup final?",
            "When is the Harbour Cup semi-final?",
        ),
        (
            "Kestrel Air cuts routes",
            "Kestrel Air will cut 12 routes next year. Vice-president Ana Ruiz said fuel costs "
            "had doubled.",
            "Who is the president of Kestrel Air?",
            "Who is the vice-president of Kestrel Air?",
        ),
        (
            "Kestrel Air cuts routes",
            "Strong demand and high fares have fuelled growth, said Kestrel Air vice president "
            "Ana Ruiz.",
            "Who is the president of Kestrel Air?",
            "Who is the vice president of Kestrel Air?",
        ),
        (
            "Kestrel Air cuts routes",
            "Kestrel Air deputy chairman Jon Beck said 12 routes would go next year.",
            "Who is the chairman of Kestrel Air?",
            "Who is the deputy chairman of Kestrel Air?",
        ),
    ],
)
async def test_a_word_after_a_prefix_that_changes_it_does_not_answer_for_the_word(
    app: App, title: str, text: str, question: str, asked_with_the_prefix: str
) -> None:
    await store(app, (title, text))
    assert (await answer(app, question)).sentences == ()
    assert (await answer(app, asked_with_the_prefix)).sentences


async def test_the_base_of_another_firm_is_not_the_firms(app: App) -> None:
    text = (
        "Kestrel Orbital has agreed to buy the Leeds-based company for £5m. Kestrel "
        "Orbital said the deal would add 40 engineers."
    )
    await store(app, ("Kestrel Orbital buys rival", text))
    assert (await answer(app, "Where is Kestrel Orbital based?")).sentences == ()


LOST_FILM = (
    "Lost Dana Vole film found",
    "Archivists at Harwick College have found a clip of a young Dana Vole appearing in a "
    "promotional film for the college. Dana Vole's success came after a year in which she "
    'made a chart breakthrough with her third album Glass Harbour. "She was a natural," '
    "college archivist Ruth Penn added.",
)
FILM_CREDITS = (
    "Dana Vole film remembered",
    "The Harwick College promotional film that Dana Vole appeared in was directed by Oskar "
    "Lunde, who shot it in a week. Her breakthrough album Glass Harbour was produced by Mina "
    "Tarr, who said it was made in a church. Harwick College, founded by Ada Quill in 1890, "
    "kept the reel.",
)


@pytest.mark.parametrize(
    ("question", "maker"),
    [
        ("Who directed the Harwick College promotional film that Dana Vole appeared in?", "Oskar"),
        ("Who produced Dana Vole's breakthrough album Glass Harbour?", "Mina"),
        (
            "Who founded Harwick College, whose archivists found a clip of a young Dana Vole?",
            "Ada",
        ),
    ],
)
@pytest.mark.parametrize("credited", [False, True])
async def test_only_an_article_that_says_who_made_a_work_answers_who_did(
    app: App, question: str, maker: str, credited: bool
) -> None:
    await store(app, LOST_FILM, *([FILM_CREDITS] if credited else []))
    result = await answer(app, question)
    if credited:
        assert maker in result.sentences[0].text
    else:
        assert result.sentences == ()


@pytest.mark.parametrize(
    ("club", "manager"), [("Kelby Town", "Ruth Oduya"), ("Marsh Rovers", None)]
)
async def test_a_post_without_its_club_is_not_the_beaten_sides(
    app: App, club: str, manager: str | None
) -> None:
    text = (
        "A late header gave Kelby Town a 2-1 win over Marsh Rovers at Dale Road on Saturday. "
        "Rovers had led through a penalty in the 34th minute. Town equalised seven minutes "
        'after half-time. Manager Ruth Oduya praised the crowd of 2,140. "They dragged us '
        'over the line," she said.'
    )
    await store(app, ("Kelby Town beat Marsh Rovers", text))
    result = await answer(app, f"Who manages {club}?")
    if manager:
        assert manager in result.sentences[0].text
    else:
        assert result.sentences == ()


@pytest.mark.parametrize(("filler", "answered"), [(2, True), (11, False)])
async def test_a_who_answer_names_someone_near_the_sentence_that_answers(
    app: App, filler: int, answered: bool
) -> None:
    lines = [
        "Harbour Bank lost computer tapes holding the account details of federal employees.",
        *(f"The bank's branch number {n} stayed open on the day." for n in range(filler)),
        '"We are sorry," spokesman Dan Orr, 41, said.',
    ]
    await store(app, ("Harbour Bank loses tapes", " ".join(lines)))
    result = await answer(app, "Who lost the tapes with federal employees' account details?")
    assert any("Dan Orr" in s.text for s in result.sentences) is answered


VENUE = (
    "Glass Harbour played for 5,000 fans at Northfield's Calder Academy on Tuesday. The band's "
    "warm-up gig at The Vault drew a smaller crowd."
)
GOVERNOR = (
    "Ada Quill, who became governor of the Calder Bank for a third term in June 2024, will step "
    "down next year. The bank said a successor would be named in May."
)
REPLAY = (
    "Harbour Town have not lost a cup replay at home for nine years, since Calder beat them in "
    "a third round replay at Mill Lane on 4 January 2016."
)


@pytest.mark.parametrize(
    ("text", "question", "answered"),
    [
        # a figure at another venue does not answer for the one asked about
        (VENUE, "How many fans came to the Glass Harbour gig at Calder Academy?", True),
        (VENUE, "How many fans came to the Glass Harbour gig at The Vault?", False),
        (
            "A second Glass Harbour charity gig is planned for Northfield Park in June. Almost "
            "8,000 fans packed into Calder Arena in May for the first gig.",
            "How many fans are expected at Northfield Park for the Glass Harbour charity gig?",
            False,
        ),
        # a date in a clause about someone dates what the clause says
        (
            "Ada Quill, the Calder MP who challenged the party leader in 1989, has died. She "
            "was 84.",
            "When did Ada Quill die?",
            False,
        ),
        (
            "Ada Quill, the Calder MP who died on Sunday, challenged the party leader. She was 84.",
            "When did Ada Quill die?",
            True,
        ),
        # a later term does not say when someone first became it
        (GOVERNOR, "When did Ada Quill first become governor of the Calder Bank?", False),
        (GOVERNOR, "When did Ada Quill become governor of the Calder Bank?", True),
        # another round does not date the round asked about
        (REPLAY, "What date was Harbour Town's third round replay at Mill Lane?", True),
        (REPLAY, "What date was Harbour Town's fifth round replay at Mill Lane?", False),
        # a post's country said as its people's adjective ("South Korean" for South Korea)
        (
            "South Korea looks set to recover, its central bank says. Spending rose 4%. "
            '"The worst seems to have passed," said central bank governor Lee Minho.',
            "Who is the South Korean central bank governor?",
            True,
        ),
        # a figure after a verb of what is counted counts it
        (
            "The Calder review panel recommended 12 ways to cut hospital waiting times.",
            "How many recommendations did the Calder review panel make on waiting times?",
            True,
        ),
        # a festival called by its town
        (
            "Director Ana Ruiz has a new film. Her career peaked with Glass Harbour in 2011, "
            "which won the Golden Gull award at Northfield.",
            "At which film festival did Ana Ruiz's Glass Harbour win the Golden Gull?",
            True,
        ),
        # "which city's court …?" is answered by the name before "court"
        (
            "Former Calder Mining finance chief Tom Beale said Ana Ruiz knew of the losses. "
            '"She knew everything," Mr Beale told a Northfield court on Tuesday.',
            "In which city's court did Tom Beale say Ana Ruiz knew of the losses?",
            True,
        ),
        (
            "Former Calder Mining finance chief Tom Beale said Ana Ruiz knew of the losses. "
            '"She knew everything," Mr Beale told the German court on Tuesday.',
            "In which city's court did Tom Beale say Ana Ruiz knew of the losses?",
            False,
        ),
        # "bigger" is "greater", "biggest" "largest"
        (
            "Calder backbencher Tom Beale said the budget was a start, but he told the "
            'Northfield Post: "I would have made much greater cuts." Ana Ruiz said it was fair.',
            "Which Calder backbencher told the Northfield Post he would have made much bigger "
            "cuts than Ana Ruiz's?",
            True,
        ),
        (
            "Tern Yards, the largest shipyard in Calder, is run by Tom Beale. It employs 900 "
            "people.",
            "How many people work at the biggest shipyard in Calder?",
            True,
        ),
        # what went on air was broadcast
        (
            "Calder TV is moving its music show Calder Tonight to Sundays. The show, which was "
            "first broadcast in 1971, has always been on Calder One. Its host Ana Ruiz joined in "
            "2002.",
            "In what year did Calder Tonight first go on air?",
            True,
        ),
        # what one aims at one targets
        (
            "Calder winger Tom Beale has been out since August. Beale, who had targeted the 12 "
            "March match against Tern for his comeback, is back in training.",
            "On what date had Tom Beale been aiming to return against Tern?",
            True,
        ),
        # a post written after another country's people is that country's
        (
            "Chinese Foreign Minister Li Wen said lifting the arms ban was no worry for the "
            "region.",
            "Which Japanese foreign minister said lifting the arms ban was a worry for the region?",
            False,
        ),
        (
            "Chinese Foreign Minister Li Wen said lifting the arms ban was no worry for the "
            "region.",
            "Which Chinese foreign minister said lifting the arms ban was no worry for the region?",
            True,
        ),
        # "the 25th star" counts nothing, unless a rank is asked for
        (
            "Tern singer Ana Ruiz was given a star on the Calder Walk of Fame on Friday. It was "
            "the 25th star given to a singer this year.",
            "How many people attended the ceremony giving Ana Ruiz a star on the Calder Walk of "
            "Fame?",
            False,
        ),
        (
            "Calder beat Tern in the final. Tom Beale, ranked 158th in the world, lost to Ana "
            "Ruiz in the Northfield final.",
            "What was Tom Beale's world ranking when he lost to Ana Ruiz in the Northfield final?",
            True,
        ),
        # "until when …?" is answered by what runs until a date, however it words the rest
        (
            "Organisers of the Calder International Film Festival have decided to go ahead "
            "despite the floods. Director Ana Ruiz said the mood was subdued. The festival "
            "itself runs until 24 January.",
            "Until what date does the Calder International Film Festival go on, despite the "
            "floods?",
            True,
        ),
        (
            "Organisers of the Calder International Film Festival have decided to go ahead "
            "despite the floods. Director Ana Ruiz said the mood was subdued. The festival "
            "itself runs until 24 January.",
            "When did the Calder International Film Festival start, despite the floods?",
            False,
        ),
        # "which part of Calder …?" asks for a place
        (
            "The one-off Tern Show special was made for the millennium. It was shown at the "
            "Calder Dome in Northfield before being screened on cable.",
            "In which part of Calder was the one-off Tern Show special first shown?",
            True,
        ),
        # "at what level …?" asks for a figure
        (
            "Calder shares hit a record high on Thursday. The Calder index of leading shares "
            "closed up 23 points to 6661.89, fuelled by banking stocks.",
            "At what level did the Calder index close when Calder shares hit a record high?",
            True,
        ),
        # "to which stock exchange …?" asks for a place
        (
            "Tern has agreed to buy a third of Calder Wines, the largest wine maker in "
            "Ruritania. Calder Wines said in a statement to the Northfield stock exchange that "
            "Tern will pay 48m yuan once the deal is approved.",
            "To which stock exchange did Calder Wines announce that Tern would buy a third of "
            "the company?",
            True,
        ),
        # "not long ago" dates nothing ("two years ago" does)
        (
            "Calder games designer Tom Beale has been made an OBE. Beale said he was surprised "
            "to collect the OBE, as not long ago many people thought games were a fad.",
            "When did Tom Beale collect his OBE?",
            False,
        ),
        (
            "Calder games designer Tom Beale has been made an OBE. Beale said he was surprised "
            "to collect the OBE two years ago, as many people thought games were a fad.",
            "When did Tom Beale collect his OBE?",
            True,
        ),
    ],
)
async def test_whether_one_article_answers(
    app: App, text: str, question: str, answered: bool
) -> None:
    title = " ".join(text.split()[:6])
    await store(app, (title, text))
    assert bool((await answer(app, question)).sentences) is answered


async def test_a_name_after_deputy_is_the_name(app: App) -> None:
    text = (
        "Labour deputy Tom Beale said the casino plans for Calder would fail. He spoke at "
        "Calder town hall on Monday, where 200 people had gathered."
    )
    await store(app, ("Labour deputy attacks casino plans", text))
    # (written apart, "deputy" makes another thing only of a post: "deputy chairman")
    result = await answer(app, "When did Tom Beale speak at Calder town hall?")
    assert result.sentences and "on Monday" in result.sentences[0].text


PROFITS = (
    "Kestrel Air profits rise",
    "Kestrel Air's profits rose 12% last year. Chief executive Ana Ruiz said fuel costs had "
    "fallen, and finance director Jon Beck said the airline would buy six planes.",
)
NEW_BOSS = (
    "Kestrel Air names new boss",
    "Lena Brandt, 48, will replace Ana Ruiz as chief executive in May, Kestrel Air said on "
    "Monday. Ms Brandt runs the airline's cargo arm.",
)


TAKES_ON = (
    "Kestrel chief to leave company",
    "Ana Ruiz, chief executive of Kestrel, is to leave the company. Lena Brandt, part of the "
    "family that controls the Calder-based firm, will take on the role of CEO. Ms Brandt, 52, "
    "joined the board in 2010.",
)


@pytest.mark.parametrize(("articles", "name"), [((PROFITS,), None), ((PROFITS, NEW_BOSS), "Lena")])
async def test_who_succeeds_someone_needs_a_sentence_that_says_so(
    app: App, articles: tuple[tuple[str, str], ...], name: str | None
) -> None:
    await store(app, *articles)
    result = await answer(app, "Who will succeed Ana Ruiz as chief executive of Kestrel Air?")
    if name is None:
        assert result.sentences == ()
    else:
        assert result.sentences and name in result.sentences[0].text


async def test_taking_on_the_role_says_who_takes_over(app: App) -> None:
    await store(app, PROFITS, TAKES_ON)
    result = await answer(
        app, "Who is taking over as Kestrel's chief executive now that Ana Ruiz has gone?"
    )
    assert result.sentences and "Lena Brandt" in result.sentences[0].text


async def test_when_will_is_not_answered_by_a_year_the_article_has_left_behind(app: App) -> None:
    await store(
        app,
        (
            "Tate Britain shows Reynolds portrait of Omai",
            "Tate Britain has opened an exhibition of Joshua Reynolds portraits. Reynolds "
            "painted Omai after his arrival in 1774, and the portrait became famous after it "
            "was first exhibited at the Royal Academy in 1776. Tickets for the rest of 2026 "
            "sold out within days, the gallery said.",
        ),
    )
    result = await answer(app, "When will the Joshua Reynolds exhibition at Tate Britain close?")
    assert "1776" not in " ".join(s.text for s in result.sentences)
    result = await answer(app, "When was the portrait of Omai first exhibited?")
    assert result.sentences and "1776" in result.sentences[0].text


async def test_the_questions_other_words_rank_the_articles_its_names_find(app: App) -> None:
    topics = [
        "rail fares", "school meals", "river flooding", "bus lanes", "hospital parking",
        "library hours", "street lighting", "council tax", "park benches", "bin collections",
        "cycle paths", "pothole repairs",
    ]  # fmt: skip
    others = [
        (
            f"Quill on {topic}",
            f"Ada Quill of the Calder Party spoke on {topic} on day {n}. Quill said {topic} "
            f"came first for Ada Quill and the Calder Party. Calder Party members cheered Quill.",
        )
        for n, topic in enumerate(topics, 1)
    ]
    target = (
        "Calder Party unveils slogan",
        "The Calder Party will campaign as the honest choice, its leader has said. Speaking in "
        "Northfield, Ada Quill unveiled the election slogan to the party's spring conference, "
        "where some 900 members had gathered for the two days of debates and speeches.",
    )
    await store(app, *others, target)
    result = await answer(app, "In which town did Ada Quill unveil the Calder Party's slogan?")
    assert "Northfield" in result.sentences[0].text


async def test_a_sentence_with_the_place_asked_for_takes_a_little_of_the_one_before(
    app: App,
) -> None:
    # the sentence before says which sales; the one with the place says where
    text = (
        "Carmaker Calder Motors sold 2.1% more cars in 2004 than in the year before, as strong "
        "Tern sales offset a weak showing for Arrow. Sales totalled 3.9 million units "
        "worldwide, the company announced at the Lyon Motor Show."
    )
    await store(app, ("Calder Motors sales rise", text))
    result = await answer(
        app, "At what event did Calder Motors announce that its 2004 sales had risen 2.1%?"
    )
    assert result.sentences and result.sentences[0].text.startswith("Sales totalled 3.9 million")


async def test_where_someone_spoke_is_where_they_unveiled_what_they_said(app: App) -> None:
    text = (
        "The Calder Party will fight the election as the real choice, its leader Ana Ruiz "
        'has said. Speaking in Northfield Ms Ruiz said: "People want a party that listens."'
    )
    await store(app, ("Calder Party unveils slogan", text))
    result = await answer(
        app, "In which town did Ana Ruiz unveil the Calder Party's 'real choice' slogan?"
    )
    assert result.sentences and "Northfield" in result.sentences[0].text


async def test_not_saying_whether_holds_back_no_figure(app: App) -> None:
    text = (
        "Ana Ruiz won the 800m at the Calder Games in a time of two minutes 1.5 seconds. "
        "But the 31-year-old would not reveal whether she intended to race in Kelso next month."
    )
    await store(app, ("Ruiz wins at Calder Games", text))
    result = await answer(app, "How old was Ana Ruiz when she won the 800m at the Calder Games?")
    assert result.sentences and "31-year-old" in result.sentences[0].text


async def test_where_someone_said_they_wanted_to_go_asks_no_saying(app: App) -> None:
    text = (
        "Striker Ana Ruiz has left Calder Town after three seasons at the club. "
        '"I was tired of the rain in Kelso and I wanted to move to Lisbon." '
        "The club said it wished her well."
    )
    await store(app, ("Ruiz leaves Calder Town", text))
    result = await answer(app, "Where did Ana Ruiz say she wanted to move to after Calder Town?")
    assert result.sentences and "Lisbon" in result.sentences[0].text


async def test_a_name_opening_the_sentence_after_an_unnamed_post_holder_is_theirs(
    app: App,
) -> None:
    text = (
        "Ministers in Northfield want elected commissioners to oversee local policing. "
        "Responding to the plans, the chairman of the Calder Federation, which represents "
        "rank and file officers, warned that extremists could end up dictating policing. "
        'Ana Ruiz said: "It is a service, not a football to be kicked around." '
        "Tom Beale, a former minister, backed the plans."
    )
    await store(app, ("Police plans criticised", text))
    result = await answer(
        app,
        "Who is the Calder Federation chairman who warned extremists could dictate policing?",
    )
    assert "Ana Ruiz" in " ".join(s.text for s in result.sentences)
    assert "Tom Beale" not in " ".join(s.text for s in result.sentences)


async def test_a_time_of_year_is_a_season_not_a_time_of_day(app: App) -> None:
    text = (
        "Calder Games has shown its new Tern console to buyers in Kelso. "
        "Stores in Northfield opened at 8am on Tuesday for the demonstration. "
        "The spring launch of the Tern console in Kelso is eagerly awaited by gamers."
    )
    await store(app, ("Tern console shown", text))
    result = await answer(app, "At what time of year is the Tern console due to launch in Kelso?")
    assert result.sentences and "spring" in result.sentences[0].text


async def test_a_keeper_is_a_goalkeeper(app: App) -> None:
    text = (
        "Calder lost 3-1 to Tern in the cup on Tuesday. "
        "Calder keeper Tom Beale, whose rivalry with Tern goalkeeper Ana Ruiz is well known, "
        'said: "As a goalkeeper, I always blame myself for a third goal." '
        "Calder manager Jim Kelso said the side had played badly."
    )
    await store(app, ("Calder slump to defeat", text))
    result = await answer(
        app, "Which Calder goalkeeper said he always blames himself after Tern's third goal?"
    )
    assert result.sentences and "Tom Beale" in result.sentences[0].text


async def test_a_loss_is_what_a_side_lost(app: App) -> None:
    text = (
        "Calder have been ridiculed after saying they would report referee Tom Beale. "
        "The Blues are poised to complain about an incident during Wednesday's 2-1 loss at "
        "Kelso Park. "
        "Calder play Northfield on Saturday."
    )
    await store(app, ("Calder ridiculed over complaint", text))
    result = await answer(
        app,
        "On which day did Calder lose 2-1 to Tern in the match that led to their complaint "
        "about referee Tom Beale?",
    )
    assert result.sentences and "Wednesday" in result.sentences[0].text


async def test_a_verb_is_said_by_its_noun(app: App) -> None:
    text = (
        "Unemployment in Calder fell to a three-year low in December. "
        "The economy is expected to grow by about 4% this year. "
        "Officials credit strong economic growth, with the economy registering growth of "
        "5.2% in 2004."
    )
    await store(app, ("Calder jobless rate falls", text))
    result = await answer(app, "How much did Calder's economy grow in 2004 as unemployment fell?")
    assert result.sentences and "5.2%" in result.sentences[0].text


async def test_who_at_a_body_ranks_first_the_one_who_speaks_for_it(app: App) -> None:
    text = (
        "Aid workers in Northfield are using satellite maps made by the Tern consortium. "
        '"Tern has produced very detailed maps for aid workers, of roads, rivers and '
        'villages," said Ana Ruiz from Kelso, the mapping agency that is part of Tern. '
        '"A map is a working document," explains Tom Beale of Tern\'s Belgian partner Calder.'
    )
    await store(app, ("Maps help aid workers", text))
    result = await answer(
        app,
        "Who at Calder, the Belgian partner in Tern, explained why aid workers need maps?",
    )
    assert result.sentences and "Tom Beale" in result.sentences[0].text


async def test_which_company_asks_for_a_firm_not_a_person(app: App) -> None:
    text = (
        "Tern Aviation has been taken to court by rival Kelso Aero, which accuses it of "
        "industrial espionage during a 2001 contract contest. Tern chief executive Tom Beale "
        "said the firm would fight the claim. He added that Tern had done nothing wrong."
    )
    await store(app, ("Tern faces espionage claim", text))
    result = await answer(
        app, "Which rival company took Tern to court, accusing it of industrial espionage?"
    )
    assert result.sentences and "Kelso Aero" in result.sentences[0].text
    assert all("Tom Beale" not in s.text for s in result.sentences)


async def test_a_venue_is_no_country(app: App) -> None:
    # "which Kelso venue …?" is not answered by "four dates in the UK", however well the
    # sentence around it matches
    tour = (
        "Calder have added a Kelso date to their world tour. The band had originally been "
        "scheduled to play four dates in the UK before bassist Tom Beale went down with flu."
    )
    show = (
        "Calder have rescheduled their Kelso show for July. The band had originally been "
        "scheduled to play it in February. They were forced to pull out of a concert at the "
        "Quay Hall in Kelso last month after bassist Tom Beale contracted flu."
    )
    await store(app, ("Calder tour", tour), ("Calder reschedule Kelso show", show))
    result = await answer(
        app,
        "At which Kelso venue were Calder originally due to play before bassist Tom Beale "
        "went down with flu?",
    )
    assert result.sentences and "Quay Hall" in result.sentences[0].text


async def test_which_decade_asks_for_one(app: App) -> None:
    # (not "this year's Kelso Film Festival", which matches more of the question)
    await store(
        app,
        (
            "Quill documentary for Kelso festival",
            "A documentary which takes a candid look at the life of chart-topping singer Tom "
            "Quill will be shown at this year's Kelso Film Festival. A Different Story was "
            "directed by Ana Ruiz.",
        ),
        (
            "Quill documentary",
            "Tom Quill has spoken about his past. The film, A Different Story, chronicles "
            "Quill's life and career from the 1980s and his personal struggles.",
        ),
    )
    result = await answer(
        app,
        "From which decade onwards does the documentary A Different Story chart Tom Quill's "
        "life and career?",
    )
    assert result.sentences and "1980s" in result.sentences[0].text
