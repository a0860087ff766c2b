"""Who is a person and what is a place, in sentences written the way news is."""

from __future__ import annotations

import pytest

from bot.answers.entities import ArticleText


def people(title: str, text: str) -> set[frozenset[str]]:
    return {p.words for p in ArticleText.of(title, text).people}


def test_a_surname_used_alone_makes_a_person() -> None:
    text = "Gary Locke will be confirmed as manager. Locke, 39, thanked the players."
    assert frozenset({"gary", "locke"}) in people("Locke to stay", text)


def test_an_organisation_after_of_is_no_part_of_a_persons_name() -> None:
    text = (
        "Ana Ruiz of Tern Fair Vote, which works for fairer elections, said so. Ms Ruiz "
        "added that the Duke of Kelso agreed."
    )
    assert ArticleText.of("Vote", text).sentences[0].people == (("ana", "ruiz"),)


def test_a_name_of_a_body_that_speaks_is_a_person() -> None:
    # (named once, and the body's name has a small word in it: the run stops at "Save")
    text = "Ada Quill of Save the Tern said there were grave concerns."
    assert ArticleText.of("Returns", text).sentences[0].people == (("ada", "quill"),)


def test_a_full_name_after_a_post_may_end_in_a_peoples_word() -> None:
    text = (
        "Lawyer Ana Christian, who represents Tom Beale, said the court had erred. The "
        "Christian group in Kelso and French officials said nothing."
    )
    found = people("Beale freed", text)
    assert frozenset({"ana", "christian"}) in found
    assert frozenset({"christian"}) not in found and frozenset({"french"}) not in found


def test_a_full_name_after_a_champion_may_open_on_a_peoples_word() -> None:
    text = "Olympic champion Christian Olsson will miss the Kelso meeting with an ankle injury."
    assert frozenset({"christian", "olsson"}) in people("Olsson out", text)
    medallist = "World medallist Kaleb Tern will run in Kelso."
    assert frozenset({"kaleb", "tern"}) in people("Tern to run", medallist)


def test_a_character_or_a_comic_named_after_the_word_is_a_person() -> None:
    text = "Tom Quill plays the character Fagin. The bookmakers backed the comic Beale."
    found = people("Kelso Code cast", text)
    assert frozenset({"fagin"}) in found and frozenset({"beale"}) in found


def test_an_organisation_that_speaks_is_not_a_person() -> None:
    text = (
        "Launch start-up Nordlys Orbital reached orbit on Monday. "
        "Nordlys Orbital said the next flight would follow. Chief executive Sigrid Aasen "
        "said the team was delighted."
    )
    found = people("Nordlys Orbital reaches orbit", text)
    assert frozenset({"nordlys", "orbital"}) not in found
    assert frozenset({"sigrid", "aasen"}) in found


def test_a_district_after_in_is_a_place_however_its_words_recur() -> None:
    text = (
        "Casa do Fado Velho, in Lisbon's Alfama district, turns 100. "
        "It is now run by Lurdes Aragão, 58. Alfama has changed, Aragão said."
    )
    article = ArticleText.of("Alfama's fado house turns 100", text)
    assert {p.words for p in article.people} == {frozenset({"lurdes", "aragao"})}


def test_an_age_before_from_does_not_make_the_hometown_a_person() -> None:
    text = (
        "The sculpture is the work of Jörg Düsterwald, a 51-year-old painter from Hameln, Germany."
    )
    sentence = ArticleText.of("Camouflage", text).sentences[0]
    assert ("hameln",) in sentence.places
    text = "'We did our job,' said Åsberg, a 25-year-old constable with the police Uppsala, Sweden."
    sentence = ArticleText.of("Swedish officers", text).sentences[0]
    assert ("uppsala",) in sentence.places
    assert ("hameln",) not in sentence.people


def test_a_county_ending_in_shire_is_a_place_after_a_possessive() -> None:
    text = "The plan was agreed at Mr Beale's Wiltshire farm. Mr Beale said little."
    sentence = ArticleText.of("Plan agreed", text).sentences[0]
    assert ("wiltshire",) in sentence.places
    assert ("wiltshire",) not in sentence.people


def test_an_outlet_after_from_is_no_place() -> None:
    text = "Two crews filmed him, one from Harbour TV and one from Calder."
    places = ArticleText.of("Filmed", text).sentences[0].places
    assert ("calder",) in places
    assert ("harbour", "tv") not in places


def places_in(text: str) -> tuple[tuple[str, ...], ...]:
    """The places of a one-sentence article."""
    return ArticleText.of("Title", text).sentences[0].places


def test_a_country_that_describes_or_acts_is_no_place() -> None:
    assert places_in("Calder may sign the Great Britain rugby captain next week.") == ()
    assert places_in("I think England would prefer him at centre.") == ()
    assert places_in("They beat the England team in Paris.") == (("paris",),)
    assert places_in("He played in the Netherlands last year.") == (("netherlands",),)
    # a capital preposition inside a sentence starts a title, not a place
    assert places_in("Ana Ruiz won a prize for her In Bloom series in 2001.") == ()
    assert ("lyon",) in places_in("In Lyon, Ana Ruiz won a prize.")
    # a country a side plays is no place
    assert places_in("It was their second win over Norway, in Paris.") == (("paris",),)
    assert places_in("He will not play against Portugal in Lisbon.") == (("lisbon",),)


def test_what_something_is_compared_to_is_no_place() -> None:
    assert places_in("Some of the guards compared Muslims to Nazis online.") == ()
    assert places_in("He moved to Kelso, then likened the town to Calder.") == (("kelso",),)


def test_a_name_before_a_building_is_a_place() -> None:
    text = "The lab was set up in an old Tern brewery, and later moved to the Calder factory."
    places = ArticleText.of("Lab", text).sentences[0].places
    assert ("tern",) in places and ("calder",) in places
    text = "At the Kelso Point primary school in Northfield, pupils use tablets."
    assert ("kelso", "point") in ArticleText.of("Lab", text).sentences[0].places


def test_a_name_before_based_listed_born_or_only_is_a_place() -> None:
    assert ("kelso",) in places_in("Investors buy Tern stock as Kelso-listed shares.")
    assert ("calder",) in places_in("The Calder-born Ana Ruiz won.")
    assert places_in("The Northfield-based firm grew.") == (("northfield",),)
    assert places_in("They released two Northfield-only singles.") == (("northfield",),)


def test_a_name_below_or_beneath_is_a_place() -> None:
    assert places_in("A quake below the Kelso Ocean sent waves ashore.") == (("kelso", "ocean"),)
    assert places_in("The cable runs beneath Calder to Tern.") == (("calder",), ("tern",))


def test_a_name_that_hosts_something_is_a_place() -> None:
    assert places_in("Kelso is likely to be the site of the first Tern network.") == (("kelso",),)
    assert places_in("The runner was second when Ashby hosted the race.") == (("ashby",),)
    assert places_in("Tom Beale said the race went well.") == ()


def test_a_name_between_ones_and_a_home_is_a_place() -> None:
    assert places_in("At his neat Kelso detached house, Mr Beale keeps a routine.") == (("kelso",),)
    assert places_in("She was found in the bath of her Northfield apartment.") == (("northfield",),)
    # a family's home is no place
    assert places_in("The Beale home was sold.") == ()


def test_a_name_before_a_seat_in_parliament_is_a_place() -> None:
    assert places_in("He has his sights on Ana Ruiz's Kelso seat.") == (("kelso",),)
    assert places_in("She first contested the Calder constituency.") == (("calder",),)
    # a party's or a chamber's seat is no place
    assert places_in("It is a safe Labour seat, and his Commons seat is safe too.") == ()


def test_a_name_before_what_happened_there_is_a_place() -> None:
    assert places_in("Critics pointed to attacks like the Calder rail bombing.") == (("calder",),)
    assert places_in("He remembers the Kelso riots well.") == (("kelso",),)
    assert places_in("He remembers the Kelso report well.") == ()


def test_a_capital_that_speaks_is_a_place() -> None:
    text = "Tom Beale, a reporter based in the Tern capital Kelso, said the vote was fair."
    assert ("kelso",) in places_in(text)
    assert frozenset({"kelso"}) not in people("Vote", text)


def test_a_court_is_a_place() -> None:
    text = "Calder Crown Court heard on Friday that Tom Beale had sold fake DVDs."
    assert ("calder", "crown", "court") in ArticleText.of("Jailed", text).sentences[0].places
    # (and one before a court or jury: "a Kelso court ruled")
    assert places_in("A Kelso grand jury indicted Mr Beale.") == (("kelso",),)
    assert places_in("The case was heard by a Northfield court.") == (("northfield",),)


def test_a_title_after_the_name_makes_a_person() -> None:
    text = "Mark Dallow, Director, Ipsos MORI Scotland said the survey pointed one way."
    assert frozenset({"mark", "dallow"}) in people("Poll", text)
    text = '"We are encouraged," Armando Falcon, OFHEO director, said on Tuesday.'
    assert frozenset({"armando", "falcon"}) in people("Fannie Mae bosses resign", text)
    text = "A statement was issued for Robert Zoellick, US Trade Representative, on Monday."
    assert frozenset({"robert", "zoellick"}) in people("US in EU tariff row", text)


def test_a_magistrate_is_a_title() -> None:
    text = "Magistrate Ada Quill, who issued the order at Calder Local Court, said she agreed."
    assert frozenset({"ada", "quill"}) in people("Order", text)


def test_a_name_after_a_partner_or_relative_is_a_person() -> None:
    text = "Ana Ruiz and her writing partner Tom Beale are refining the scripts."
    assert frozenset({"tom", "beale"}) in people("Scripts", text)
    text = "The plans were drawn up by his wife Ada Quill and their friend Ben Kelso."
    assert {frozenset({"ada", "quill"}), frozenset({"ben", "kelso"})} <= people("Plans", text)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz won, with Calder Idol runner-up Kelso Tern taking the title of best male.",
        "Calder Idol winner Kelso Tern took the honours for best video.",
        # (a hyphened post is read whole, as a plain one is: "co-chairman Kelso Tern")
        "Calder co-chairman Kelso Tern likened them to schoolboys.",
    ],
)
def test_a_name_after_a_winner_or_a_runner_up_is_a_person(text: str) -> None:
    assert frozenset({"kelso", "tern"}) in people("Awards", text)


def test_a_name_a_later_he_or_she_stands_for_is_a_person() -> None:
    text = "Ada Quill came fourth in the 1500m and she was the best finisher for Calder."
    assert frozenset({"ada", "quill"}) in people("Juniors", text)
    # (not when another name stands between: "… beat Ana Ruiz, and he …")
    text = "Kelso Tern beat Ana Ruiz in the final, and he was pleased."
    assert frozenset({"kelso", "tern"}) not in people("Cup", text)


def test_a_full_name_after_a_title_inside_a_run_is_a_person() -> None:
    text = "Home Secretary Ada Quill this week published plans for a points system."
    assert frozenset({"ada", "quill"}) in people("Points plan", text)
    # (a single word after a title inside the run is not: "London's King Cross station")
    text = "They first met at Calder's King Cross station."
    assert frozenset({"cross"}) not in people("Reunion", text)


def test_a_country_is_a_place_without_a_preposition() -> None:
    text = "Makrus Asberg, an officer with the police Uppsala, Sweden, spoke to reporters."
    sentence = ArticleText.of("Heroes", text).sentences[0]
    assert ("sweden",) in sentence.places


def test_a_us_state_is_a_place_unless_it_describes_what_follows() -> None:
    text = "Oregon has shield laws that protect reporters. His Vermont colleague Ana Ruiz spoke."
    first, second = ArticleText.of("Shield", text).sentences
    assert ("oregon",) in first.places
    assert ("vermont",) not in second.places


def test_places_named_for_what_they_are_or_followed_by_a_country() -> None:
    text = (
        "She studied at the London School of Economics. Fans packed Croke Park. "
        "He lives near Hameln, Germany. The festival took over the city of Wellington. "
        "The band played the Marlow Academy. The gala filled the Kestrel Hotel. "
        "Its output equals the GDP of the African nation of Tervia. "
        "The film shows an attack on the City of Kelso and a ferry to the Isle of Calder."
    )
    places = {p for s in ArticleText.of("Places", text).sentences for p in s.places}
    assert ("london", "school", "of", "economics") in places
    assert ("croke", "park") in places
    assert ("hameln",) in places
    assert ("wellington",) in places
    assert ("marlow", "academy") in places
    assert ("kestrel", "hotel") in places
    assert ("tervia",) in places
    assert ("city", "of", "kelso") in places
    assert ("isle", "of", "calder") in places


def test_a_name_after_a_capital_preposition_opening_the_sentence_is_a_place() -> None:
    assert ("kelso",) in places_in("In the Kelso islands, two-thirds of jobs depend on tourism.")


def test_a_place_before_a_post_set_off_by_a_comma_is_no_person() -> None:
    sentence = ArticleText.of("Tern talks", "In Kelso, the mayor said no to Tern.").sentences[0]
    assert ("kelso",) in sentence.places and not sentence.people


def test_an_honorific_starts_a_new_name() -> None:
    text = "In a talk to the Global Policy Centre Mr Straw said the Tory leader was shrewd."
    sentence = ArticleText.of("Straw attacks Howard", text).sentences[0]
    assert ("global", "policy", "centre") in sentence.places
    assert ("straw",) in sentence.people


def test_a_number_word_in_a_name_is_no_figure() -> None:
    text = "Southampton visit Northampton, the League Two side, and four more follow."
    assert ArticleText.of("Cup draw", text).sentences[0].numbers == {"four"}
    assert ArticleText.of("Crash", "Two men died.").sentences[0].numbers == {"two"}


def test_a_name_after_from_is_a_person_when_its_surname_recurs() -> None:
    text = "A goal from Andy Scott won it. Early on, a cross was met by Scott, who scored."
    assert frozenset({"andy", "scott"}) in people("Mansfield 0-1 Leyton Orient", text)
    text = "The artwork is by a 49-year-old artist from Hameln, Germany."
    assert ("hameln",) in ArticleText.of("Camouflage", text).sentences[0].places


def test_his_after_a_small_word_does_not_make_a_place_a_person() -> None:
    text = (
        "Nick Ward told a radio host in California that his band had backed the move. Ward "
        "said he would keep playing."
    )
    assert frozenset({"california"}) not in people("Guitarist quits", text)


def test_a_producer_who_speaks_is_a_person_an_oil_producer_is_not() -> None:
    text = (
        "Harwick producer Tom Beale told reporters the shoot was over. "
        "Oil producer Vestra Energy said output rose."
    )
    found = people("Harwick wraps", text)
    assert frozenset({"tom", "beale"}) in found
    assert frozenset({"vestra", "energy"}) not in found


def test_an_outlet_that_is_told_or_quoted_is_neither_person_nor_place() -> None:
    text = (
        "The studio signed the director, according to Screenline magazine. "
        '"It is a good day," Harwick producer Tom Beale told Screenline.'
    )
    article = ArticleText.of("Director signs", text)
    assert frozenset({"screenline"}) not in people("Director signs", text)
    assert not any("screenline" in place for s in article.sentences for place in s.places)


def test_the_end_of_a_title_after_the_is_no_person() -> None:
    text = (
        "The creator of Calder the Night Rider is to write a new film. He never gave up on "
        "the Rider, and went on to produce three seasons of the show."
    )
    assert frozenset({"night", "rider"}) not in people("Writer signs up", text)


@pytest.mark.parametrize(
    ("title", "text", "person"),
    [
        pytest.param(
            "Charged",
            "She drove her daughter and Army Spc. Caleb Barnes to a concert. Barnes was charged.",
            frozenset({"caleb", "barnes"}),
            id="a military rank is a title",
        ),
        pytest.param(
            "Calder 17-28 Leeds",
            "Prop Tilda Marsh went over for a late try. The crowd rose.",
            frozenset({"tilda", "marsh"}),
            id="a playing position is a title",
        ),
        pytest.param(
            "Moe wins",
            "Norway's Astrid Moe won the race. Moe said the snow was fast.",
            frozenset({"astrid", "moe"}),
            id="the name follows a possessive",
        ),
        pytest.param(
            "Moe wins at Ruka",
            "In the men's race, Norway's Henrik Aasland took his first World Cup win.",
            frozenset({"henrik", "aasland"}),
            id="his or her after the verb",
        ),
        pytest.param(
            "Ruiz wins",
            "Ana Ruiz won the final, beating Kestrel's Tomas Varga, who scored 16 points.",
            frozenset({"tomas", "varga"}),
            id="a name followed by who",
        ),
        pytest.param(
            "Fines row",
            "A Labour councillor from Calder, Ann Cole, is to call for higher fines.",
            frozenset({"ann", "cole"}),
            id="a post set off by a comma before the name",
        ),
        pytest.param(
            "Exel shares rise",
            "Tom Beale, of brokers Calder Securities, said two firms were likely bidders.",
            frozenset({"tom", "beale"}),
            id="who speaks for an organisation",
        ),
        pytest.param(
            "Pension warning",
            "The letter was signed by several members, including Nobel laureate Tom Beale.",
            frozenset({"tom", "beale"}),
            id="a role news writes before a name",
        ),
        pytest.param(
            "Seat row",
            "The party chose Ann Cole after the previous candidate, Jon Beck, was sacked.",
            frozenset({"jon", "beck"}),
            id="a role set off by a comma before the name",
        ),
        pytest.param(
            "Fraud ring",
            "One of the ringleaders was believed to be a Russian, Ivan Petrov.",
            frozenset({"ivan", "petrov"}),
            id="one of a people, set off by a comma before the name",
        ),
        pytest.param(
            "Owner",
            "The firm is majority owned by Calder's richest man Tom Beale.",
            frozenset({"tom", "beale"}),
            id="the most of something, a man",
        ),
        pytest.param(
            "Rates held",
            '"Growth is back," said bank governor Park Minho. Mr Park kept rates on hold.',
            frozenset({"park", "minho"}),
            id="a word that names no one elsewhere, written after Mr",
        ),
        pytest.param(
            "Ice show hosts",
            "Veteran presenter Tom Beale and Ana Ruiz will host the show.",
            frozenset({"ana", "ruiz"}),
            id="a full name joined to a person's by and",
        ),
        pytest.param(
            "Ice show hosts",
            "Ana Ruiz and Tom Beale, 52, will host the show.",
            frozenset({"ana", "ruiz"}),
            id="a full name joined by and to a person's after it",
        ),
        pytest.param(
            "Murder law review",
            "Home Office minister Baroness Scotland said the sentence would stay.",
            frozenset({"baroness", "scotland"}),
            id="a peer named after a place",
        ),
        pytest.param(
            "Patent talks",
            "Science Minister Lord Calder went along to listen to the talks.",
            frozenset({"calder"}),
            id="a peer after a post, saying nothing",
        ),
        pytest.param(
            "Walker's recovery",
            "Physio sessions with Tarrant McQuill in Kelso have helped his recovery.",
            frozenset({"tarrant", "mcquill"}),
            id="a full name with a Scottish or Irish surname",
        ),
        pytest.param(
            "Ruiz out in first round",
            "Fifth seed Ana Ruiz went down to fellow Spaniard Tilda Garcia-Marsh on Monday. "
            "Garcia-Marsh, ranked 106 in the world, dominated from the outset.",
            frozenset({"tilda", "garcia-marsh"}),
            id="one of a people before a full name",
        ),
        pytest.param(
            "Minister warns on state grab",
            "Economy minister German Kelso told the paper the grab was wrong. Mr Kelso is a "
            "foe of state control.",
            frozenset({"german", "kelso"}),
            id="a full name after a post holds a people's word, its surname after Mr",
        ),
        pytest.param(
            "Tern trilogy to be filmed",
            "The trilogy tells the story of Kelso school child Ana Ruiz.",
            frozenset({"ana", "ruiz"}),
            id="a child is a title",
        ),
        pytest.param(
            "Tern talks go on",
            "But the chair of the panel, Ambassador Ana Ruiz of Norway, warned that there was "
            "much work still to do.",
            frozenset({"ana", "ruiz"}),
            id="a full name before of and a country is a person's",
        ),
        pytest.param(
            "Tern patches flaws",
            "Ana Toulouse, a Tern security manager, said the flaws were known about.",
            frozenset({"ana", "toulouse"}),
            id="a post after the name may follow a or the",
        ),
        pytest.param(
            "Quota plans attacked",
            "Ms Ruiz attacked Michael Tennant's proposals for quotas.",
            frozenset({"michael", "tennant"}),
            id="a full name that starts with a common given name",
        ),
        pytest.param(
            "Tern keeps his place",
            "The dependable Yann Tennant keeps the number 10 jersey, and Marc Kelso is dropped.",
            frozenset({"yann", "tennant"}),
            id="a given name of anywhere",
        ),
        pytest.param(
            "Tern keeps his place",
            "The dependable Yann Tennant keeps the number 10 jersey, and Marc Kelso is dropped.",
            frozenset({"marc", "kelso"}),
            id="another given name of anywhere",
        ),
        pytest.param(
            "Kelso talks",
            "Turkish premier Orhun Tern had to accept that talks guaranteed nothing.",
            frozenset({"orhun", "tern"}),
            id="a premier's post before the name",
        ),
        pytest.param(
            "Tories gain",
            "The credit must go to Tarquin Beale, the Australian strategist who ran it.",
            frozenset({"tarquin", "beale"}),
            id="a strategist's post after the name",
        ),
        pytest.param(
            "Arms talks",
            "US Secretary of State Colin Kelso is meeting British officials this week.",
            frozenset({"colin", "kelso"}),
            id="whose post it is joined to the run by of",
        ),
        pytest.param(
            "Budget day",
            "Chancellor of the Exchequer Tom Beale will set out his plans.",
            frozenset({"tom", "beale"}),
            id="whose post it is after of the",
        ),
    ],
)
def test_what_makes_a_name_a_person(title: str, text: str, person: frozenset[str]) -> None:
    assert person in people(title, text)


def test_a_station_joined_to_a_person_by_and_is_no_person() -> None:
    text = "Veteran presenter Tom Beale and Calder Radio will host the show."
    assert frozenset({"calder", "radio"}) not in people("Ice show hosts", text)


def test_school_districts_and_utilities_are_not_people() -> None:
    text = (
        "Schools in a dozen districts, including Brannock Public Schools, canceled classes. "
        "Halden Power reported 45,000 outages, and Tarn General Electric said 9,000 "
        "customers were affected, spokesperson Ines Moro said."
    )
    assert people("Storm closes schools", text) == {frozenset({"ines", "moro"})}


def test_a_name_after_the_coast_of_is_a_place() -> None:
    text = (
        "Divers have found a Roman shipwreck off the coast of Sicily carrying 100 jars, "
        "officials said."
    )
    article = ArticleText.of("Shipwreck found", text)
    assert article.sentences[0].places == (("sicily",),)


def test_the_us_is_a_place_but_not_us_nor_a_us_noun() -> None:
    assert places_in("Calder makes the chip at plants in the US.") == (("us",),)
    assert places_in("Tell us, Ana Ruiz asked, in Kelso.") == (("kelso",),)
    assert places_in("Two men freed from US custody in Kelso flew home.") == (("kelso",),)
    assert places_in("He banned payments in US dollars in Calder.") == (("calder",),)
    # (a verb or a small word after it: the country, not a noun it describes)
    assert places_in("Digital sales in the US are used to compile the chart.") == (("us",),)
    assert places_in("The band toured the US last year.") == (("us",),)


def test_names_after_the_boroughs_of_are_places() -> None:
    text = "Campaigners include Tom Beale and the London boroughs of Kelsham and Tern Vale."
    assert ArticleText.of("Challenge", text).sentences[0].places == (("kelsham",), ("tern", "vale"))


def test_a_name_a_side_visits_is_a_place() -> None:
    text = "Both will miss Saturday's games, when Calder host Tern and Kelso visit Northfield."
    assert ("northfield",) in ArticleText.of("Bans", text).sentences[0].places
    text = "Ana Ruiz visited the West Bank and toured Kelsham."
    assert ArticleText.of("Tour", text).sentences[0].places == (("west", "bank"), ("kelsham",))


def test_a_name_after_the_people_of_or_of_a_compass_point_is_a_place() -> None:
    text = "The people of Kelsowitz are filming and producing their own news channel."
    assert ArticleText.of("Village TV", text).sentences[0].places == (("kelsowitz",),)
    text = "The band was formed from the nomadic people of the southern Kelsara."
    assert ArticleText.of("Band", text).sentences[0].places == (("kelsara",),)
    assert places_in("Aid reached the farmers of northern Tern.") == (("tern",),)


def test_the_organisation_someone_speaks_for_is_no_person() -> None:
    text = "Tom Beale, of brokers KBW, said two firms were likely bidders."
    assert frozenset({"kbw"}) not in people("Exel shares rise", text)


def test_a_name_joined_to_a_place_is_a_place_too() -> None:
    text = "Prices in the North East and Calderton fell, as did those in Redmoor, Harbourne."
    places = ArticleText.of("Prices", text).sentences[0].places
    assert {("calderton",), ("harbourne",)} <= set(places)
    # (not a person named after one)
    text = "He was born in Leeds and Mary Smith said so."
    assert ArticleText.of("Born", text).sentences[0].people == (("mary", "smith"),)


def test_the_seat_of_an_mp_is_a_place() -> None:
    text = "The MP for Calder North said the casino plans were a mistake."
    assert ArticleText.of("Casinos", text).sentences[0].places == (("calder", "north"),)
    # (one set off by commas before a speech verb: the speaker is the one named before)
    text = 'Ana Ruiz, MP for Kelso, added: "It is a mistake."'
    assert ArticleText.of("Casinos", text).sentences[0].places == (("kelso",),)


def test_a_name_after_the_port_of_is_a_place() -> None:
    text = "The ferry docked at the port of Calderhaven after a storm, the operator said."
    assert ArticleText.of("Ferry docks", text).sentences[0].places == (("calderhaven",),)


def test_a_name_described_as_a_seat_or_town_after_a_comma_is_a_place() -> None:
    text = "In 1983 he took Calder East, a new constituency including pit villages."
    assert ArticleText.of("Seat", text).sentences[0].places == (("calder", "east"),)
    text = "Kelso Bay, the coastal town where he grew up, welcomed him home."
    assert ArticleText.of("Home", text).sentences[0].places == (("kelso", "bay"),)


def test_where_a_speaker_works_is_no_place() -> None:
    text = (
        "Growth is a certainty, said Ana Ruiz at Kelso Capital on Thursday. Analyst Tom Beale "
        "at Tern Securities said so. Roger Calder, 23, won. Roger Calder at Northfield won."
    )
    sentences = ArticleText.of("Cruises", text).sentences
    assert sentences[0].places == sentences[1].places == ()
    # (but where someone who does not speak is may be a place)
    assert sentences[3].places == (("northfield",),)


def test_a_name_set_off_by_a_comma_after_a_house_is_a_place() -> None:
    text = "The talks at the minister's country house, Redcombe, will last two days."
    assert ArticleText.of("Talks", text).sentences[0].places == (("redcombe",),)


@pytest.mark.parametrize(
    "text",
    [
        "The union said at a news briefing in the capital, Marrowvale.",
        "Talks resumed in the Calderish capital Marrowvale on Monday.",
        # (or as one of the places before it)
        "Growers in the best-known regions, such as Marrowvale, found it hard to invest.",
        "Small towns like Marrowvale have lost their banks.",
        "It is close to busy mainline stations such as Marrowvale and Kelso Cross.",
    ],
)
def test_a_name_after_a_capital_is_a_place(text: str) -> None:
    assert ("marrowvale",) in ArticleText.of("Talks", text).sentences[0].places


def test_a_name_on_a_countrys_coast_is_a_place() -> None:
    text = "The tournament is held on Norway's Amber Coast, which is busy in summer."
    assert ("amber", "coast") in ArticleText.of("Tournament", text).sentences[0].places


def test_a_name_after_the_state_of_is_a_place() -> None:
    text = "The firm moved its domicile to the US state of Calderon last year."
    assert ("calderon",) in ArticleText.of("Firm moves", text).sentences[0].places


def test_a_name_after_an_area_of_is_a_place() -> None:
    text = "In one area of Calderon with high unemployment, the course helped people."
    assert ("calderon",) in ArticleText.of("Course", text).sentences[0].places


def test_a_name_before_a_crowd_is_a_place() -> None:
    text = "The champion thanked the Marrowvale crowd after the final."
    assert ("marrowvale",) in ArticleText.of("Champion wins", text).sentences[0].places


def test_a_name_after_in_before_a_speech_verb_is_a_place() -> None:
    text = (
        "A spokesman for the summit, which is meeting this week in Marrowvale, told reporters "
        "the fund was agreed. Delegates in Marrowvale will vote on Friday."
    )
    article = ArticleText.of("Summit agrees fund", text)
    assert not article.people
    assert ("marrowvale",) in article.sentences[0].places


def test_letters_in_capitals_and_a_people_are_no_person() -> None:
    text = (
        "The CFR said the fund was short of money, in a statement signed by economist Ana "
        "Ruiz. The CFR blames a 2004 law. Marrowvalians said the fund would recover."
    )
    assert people("Fund warning", text) == {frozenset({"ana", "ruiz"})}


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("In May, Tern quietly cut its prices.", True),
        ("Work starts in May.", True),
        ("The election is expected next May.", True),
        ("Prices have risen since May and will peak in mid-May.", True),
        ("Tom Beale and May Tern cut prices.", False),
        ("May Tern cut its prices?", False),
        ("Tern may cut its prices.", False),
    ],
)
def test_the_month_of_may_is_a_date_however_the_sentence_starts(text: str, dated: bool) -> None:
    assert ArticleText.of("Prices", text).sentences[0].has_time is dated


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("The plans are to be put to Parliament by Easter.", True),
        ("Tern will cut its prices after Easter.", True),
        ("Calder won 2-1 at Easter Road.", False),
        ("The Easter Rising is remembered in Kelso.", False),
    ],
)
def test_easter_is_a_time_when_something_happens_by_before_or_after_it(
    text: str, dated: bool
) -> None:
    assert ArticleText.of("Plans", text).sentences[0].has_time is dated


def test_a_name_followed_by_the_part_of_a_place_it_is_in_is_a_place() -> None:
    text = (
        "Councillor Ana Ruiz was chosen for Marrowvale, east Calder, in a contest of seven. "
        "Tom Beale, 23, from Tern Vale, south Calder, was freed."
    )
    places = [s.places for s in ArticleText.of("Ruiz chosen", text).sentences]
    assert places == [(("marrowvale",),), (("tern", "vale"),)]


def test_a_rival_held_off_is_no_place_off_a_coast() -> None:
    text = (
        "Calder Aid, featuring Tom Beale, held off Ana Ruiz to stay at number one. A ferry "
        "sank off Tern Island."
    )
    first, second = ArticleText.of("Calder Aid stays top", text).sentences
    assert ("ana", "ruiz") not in first.places
    assert ("tern", "island") in second.places


def test_a_theatre_named_for_someone_is_no_person() -> None:
    text = "Tom Kenny hosted the ceremony at the Alex Theater, Kelso. The Tern Gallery opened."
    assert people("Awards night", text) == {frozenset({"tom", "kenny"})}


def test_a_smaller_country_is_a_place_after_the_government_of() -> None:
    text = "Tern Bank held accounts for Tom Beale and the government of Equatorial Guinea."
    assert places_in(text) == (("equatorial", "guinea"),)
    assert places_in("Calder sells gas to Tajikistan and Kyrgyzstan.") == (
        ("tajikistan",),
        ("kyrgyzstan",),
    )


def test_names_after_places_like_are_places() -> None:
    text = "The robot said it wanted to walk about in places like Kelsham and Tern Vale."
    assert places_in(text) == (("kelsham",), ("tern", "vale"))


def test_the_state_of_a_name_is_a_place() -> None:
    text = "Insurers face an inquiry by Tom Beale and a separate prosecution by the State of Tern."
    assert ("state", "of", "tern") in ArticleText.of("Inquiry", text).sentences[0].places
