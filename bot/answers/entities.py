"""Which sentences of an article carry a person, a place, a time or a number.

Pure, offline heuristics for English news (no model, no data files). Names are
runs of capitalised words; a run is a person when the article gives it away the
way news style does: a title ("Mr", "Dr", "Sir", "President"), an age in commas
("Locke, 39,"), a reporting verb next to it ("said Locke", "Locke told"), a full
name whose last word is used alone elsewhere, headline included ("Gary Locke …
Locke"), or one that starts with a common given name ("Michael Howard's proposals").
A place is a name after "in", "at", "from", "near" …. A time is a weekday, month,
year, clock time or a word like "yesterday"; a number is a figure or a number word.

`ArticleText.of(title, text)` splits and tags an article once; callers cache it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from bot.answers.given_names import GIVEN_NAMES
from bot.answers.question import MONTHS, ORGANISATION_NOUNS, WEEKDAYS, word_set
from bot.storage.terms import fold, index_key
from summaries.text import STOP_WORDS, split_sentences, strip_list_markers

HONORIFICS = word_set("mr mrs ms dr sir")
# the words of NOT_PERSON_WORDS that are also surnames ("Dawn French", "Louise Christian")
_SURNAMES_TOO = word_set("christian english french welsh west park day")
# ("Olympic champion Christian Olsson": a people's word that is a given name too)
_GIVEN_TOO = word_set("christian georgia")
_PEERAGES = word_set("lord lady baroness baron viscount earl")
_BEFORE_A_NAME = HONORIFICS | _PEERAGES  # ("Science Minister Lord Sainsbury")
TITLES = word_set(
    "mr mrs ms miss dr sir lord lady dame president senator sen rep gov governor judge "
    "justice prof professor rev reverend father sister brother captain capt coach manager "
    "chancellor king queen prince princess pope sheikh mayor general gen lt sgt sergeant "
    "officer detective det inspector constable chief minister secretary ambassador "
    "commissioner councillor cllr deputy archbishop bishop cardinal st saint uncle aunt "
    "mother grandmother grandfather chairman striker midfielder defender goalkeeper "
    "star actress actor singer boss director spokesman spokeswoman ceo cfo coo founder "
    "representative "
    "chairwoman chair president-elect rapper model veteran legend commander driver patient "
    "pensioner resident nurse worker pupil student farmer pilot engineer scientist "
    "researcher analyst economist lawyer surgeon winger glaciologist physicist linguist "
    "executive editor private pte pvt spc specialist corporal cpl lance colonel col major maj "
    "lieutenant admiral adm brigadier marshal attorney prosecutor solicitor barrister "
    "journalist reporter correspondent professor vice head prop hooker flanker fly-half "
    "scrum-half full-back keeper quarterback pitcher sheriff warden member referee umpire "
    "linesman laureate candidate nominee presenter commentator pundit critic poet "
    "playwright composer conductor photographer designer architect artist musician "
    "comedian chef banker investor tycoon billionaire entrepreneur trader broker adviser "
    "consultant campaigner activist magistrate coroner wife husband son daughter partner "
    "girlfriend boyfriend colleague friend child teenager schoolgirl schoolboy hero heroine "
    "mogul magnate doctor winner runner-up champion medallist "
    "premier undersecretary strategist physio physiotherapist psychologist psychiatrist "
    "historian lecturer teacher headteacher headmaster headmistress academic author novelist "
    "writer screenwriter film-maker filmmaker dancer skater swimmer sprinter athlete hurdler "
    "cyclist rower boxer golfer jockey batsman bowler envoy diplomat negotiator aide advisor "
    "mep msp leader monarch emperor dictator soldier defendant victim suspect prisoner hostage "
    "character comic"
)
SPEECH_VERBS = word_set(
    "said says told added explained insisted admitted claimed wrote tweeted warned "
    "revealed stated asked argued confirmed announced replied urged believes believed "
    "thinks thought vowed denied adds explains insists admits claims writes warns reveals "
    "argues confirms announces urges"
)
_TOLD = word_set("told asked")
# a speaker's name, then where they work: "David Anders at Merrill Lynch said"
_SPEAKS_AFTER = re.compile(rf"^\s+at\s+[^,.;]*?\b(?:{'|'.join(sorted(SPEECH_VERBS))})\b")
_WHERE_ONE_IS = word_set("in at near")  # "… which is meeting this week in Geneva, told …"
# Continents, which are no countries ("which country …?" is not answered by "Africa")
_CONTINENTS = ("america american", "africa african", "europe european", "asia asian")
# Countries and what their people and things are called ("France", "French").
COUNTRIES = (
    "france french",
    "britain british briton",
    "england english",
    "scotland scottish scot",
    "wales welsh",
    "ireland irish",
    "germany german",
    "spain spanish",
    "italy italian",
    "portugal portuguese",
    "sweden swedish swede",
    "norway norwegian",
    "denmark danish",
    "finland finnish",
    "netherlands dutch",
    "holland dutch",
    "belgium belgian",
    "switzerland swiss",
    "austria austrian",
    "greece greek",
    "turkey turkish",
    "poland polish",
    "russia russian",
    "ukraine ukrainian",
    "china chinese",
    "japan japanese",
    "korea korean",
    "india indian",
    "pakistan pakistani",
    "australia australian",
    "canada canadian",
    "mexico mexican",
    "brazil brazilian",
    "argentina argentine argentinian",
    "colombia colombian",
    "chile chilean",
    "morocco moroccan",
    "egypt egyptian",
    "nigeria nigerian",
    "kenya kenyan",
    "iran iranian",
    "iraq iraqi",
    "israel israeli",
    "syria syrian",
    "thailand thai",
    "vietnam vietnamese",
    "indonesia indonesian",
    "malaysia malaysian",
    "singapore singaporean",
    "hungary hungarian",
    "romania romanian",
    "bulgaria bulgarian",
    "croatia croatian",
    "serbia serbian",
    "iceland icelandic",
    "peru peruvian",
    "venezuela venezuelan",
    "cuba cuban",
    "jamaica jamaican",
    "ghana ghanaian",
    "ethiopia ethiopian",
    "zimbabwe zimbabwean",
    "uganda ugandan",
    "tanzania tanzanian",
    "lebanon lebanese",
    "afghanistan afghan",
    "bangladesh bangladeshi",
    "lanka lankan",  # (Sri Lanka)
    "albania albanian",
    "algeria algerian",
    "angola angolan",
    "armenia armenian",
    "azerbaijan azerbaijani",
    "bahrain bahraini",
    "belarus belarusian",
    "benin beninese",
    "bolivia bolivian",
    "bosnia bosnian",
    "botswana",
    "cambodia cambodian",
    "cameroon cameroonian",
    "congo congolese",
    "cyprus cypriot",
    "ecuador ecuadorian",
    "eritrea eritrean",
    "estonia estonian",
    "fiji fijian",
    "gabon gabonese",
    "gambia gambian",
    "guatemala guatemalan",
    "haiti haitian",
    "honduras honduran",
    "kazakhstan kazakh",
    "kuwait kuwaiti",
    "latvia latvian",
    "liberia liberian",
    "libya libyan",
    "lithuania lithuanian",
    "madagascar",
    "malawi malawian",
    "malta maltese",
    "moldova moldovan",
    "mongolia mongolian",
    "mozambique",
    "myanmar",
    "burma burmese",
    "namibia namibian",
    "nepal nepalese",
    "nicaragua nicaraguan",
    "oman omani",
    "panama panamanian",
    "paraguay paraguayan",
    "philippines filipino",
    "qatar qatari",
    "rwanda rwandan",
    "senegal senegalese",
    "slovakia slovak",
    "slovenia slovenian",
    "somalia somali",
    "sudan sudanese",
    "taiwan taiwanese",
    "tunisia tunisian",
    "uruguay uruguayan",
    "uzbekistan uzbek",
    "yemen yemeni",
    "zambia zambian",
    "guinea guinean",  # ("the government of Equatorial Guinea")
    "georgia georgian",
    "macedonia macedonian",
    "montenegro",
    "kosovo",
    "tajikistan tajik",
    "kyrgyzstan kyrgyz",
    "turkmenistan turkmen",
    "mali malian",
    "niger",
    "chad",
    "togo",
    "laos",
    "bhutan",
    "brunei",
    # and continents
    *_CONTINENTS,
)
COUNTRY_NAMES = frozenset(line.split()[0] for line in COUNTRIES)
# the US states (New York and Washington, left out, are cities too)
US_STATES = frozenset(
    frozenset(state.split(" "))
    for state in re.split(
        r",\s*",
        "alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, "
        "florida, georgia, hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, "
        "maine, maryland, massachusetts, michigan, minnesota, mississippi, missouri, montana, "
        "nebraska, nevada, new hampshire, new jersey, new mexico, north carolina, north dakota, "
        "ohio, oklahoma, oregon, pennsylvania, rhode island, south carolina, south dakota, "
        "tennessee, texas, utah, vermont, virginia, west virginia, wisconsin, wyoming",
    )
)
NATION_NAMES = COUNTRY_NAMES - {line.split()[0] for line in _CONTINENTS}  # (no continent)
COUNTRY_FORMS = {word: frozenset(line.split()) for line in COUNTRIES for word in line.split()}
# Words that make a capitalised run an organisation, a place or an event, not a person.
NOT_PERSON_WORDS = (
    word_set(
        "city united county rovers wanderers athletic albion town club fc afc council police "
        "court party government army navy university college school hospital airport street "
        "road avenue park square league cup championship premiership house senate congress "
        "parliament department ministry office bank company group news times post journal "
        "agency association federation union commission committee board service services "
        "institute foundation trust society corporation corp inc ltd plc airlines airways "
        "museum centre center church cathedral stadium arena hotel station bridge river lake "
        "mountain island islands valley state states kingdom republic north south east west "
        "northern southern eastern western new national international royal world olympic "
        "olympics games grand prix open festival awards award day week year brothers "
        "television tv radio network media press online daily sunday weekly magazine "
        "facebook twitter google apple microsoft amazon youtube instagram isis nato fifa uefa "
        "bbc cnn nasa fbi cia nhs un eu us uk usa america american british britain english "
        "england scotland scottish wales welsh ireland irish france french germany german "
        "china chinese russia russian europe european africa african asia asian australia "
        "australian canada canadian india indian japan japanese spain spanish italy italian "
        "london paris washington york los angeles scot scots briton britons englishman "
        "englishwoman welshman irishman frenchman dutchman spaniard brit brits yankee "
        "republican republicans democrat democrats conservative conservatives tory tories "
        "labour liberal catholic muslim christian jewish labs systems energy technologies "
        "technology motors pharma pharmaceuticals capital holdings partners industries "
        "solutions software robotics aerospace orbital ventures studios records entertainment "
        "electronics telecom communications airline shipping logistics foods mining petroleum "
        "resources insurance financial securities investments healthcare therapeutics biotech "
        "sciences compute computing semiconductors motorsport schools colleges universities "
        "hospitals councils courts banks churches hotels public electric utilities utility "
        "health medical clinic district districts authority transit railway railways "
        "theatre theater gallery palace library academy abbey prison zoo mosque synagogue "
        "plaza velodrome racecourse"
    )
    | COUNTRY_NAMES
)
# A name ending in one of these is a place ("Mitton Manor Primary School", "Croke Park").
PLACE_WORDS = word_set(
    "school university college hospital airport stadium arena park square street road "
    "avenue bridge river lake island islands valley mountain centre center hall theatre "
    "theater museum cathedral church station harbour harbor port bay beach county city "
    "village district province region institute academy gallery hotel palace castle "
    "abbey library dome gardens quay pier wharf canal barracks prison zoo temple mosque "
    "synagogue chapel cemetery racecourse velodrome pavilion plaza court"
)
# The last word of an outlet's name, which "from" or "at" comes before as before a place.
_MEDIA_WORDS = word_set("tv television radio news times post journal magazine press reuters")
FIRM_OR_PERSON = word_set("producer developer publisher")
PLACE_PREPOSITIONS = word_set(
    "in at from near to across outside inside throughout towards toward into via around "
    "down along through off beside within beneath below"
)
NUMBER_WORDS = word_set(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred hundreds thousand thousands million millions billion billions trillion "
    "dozen dozens half quarter twice double triple"
)
# Matched against the lower-cased sentence (faster than re.IGNORECASE).
# days called by name ("on Boxing Day", "Christmas Eve")
NAMED_DAYS = r"(?:Boxing|Christmas|New Year's)\s+(?:Day|Eve)"
_TIME_RE = re.compile(
    r"\b(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|january|february|march|"
    r"april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|"
    r"aug|sept?|oct|nov|dec|yesterday|today|tomorrow|tonight|overnight|midnight|noon|"
    r"morning|afternoon|evening|weekend|(?:1[5-9]|20)\d\d(?:s)?|\d{1,2}(?::\d\d)?\s?(?:am|pm|"
    r"a\.m|p\.m)|o'clock|(?:second|minute|hour|day|week|fortnight|month|year|decade|season|"
    r"century|centurie)s?\s+ago|earlier\s+this|later\s+this|last\s+(?:week|fortnight|month|"
    r"year|season|night|summer|winter|spring|autumn|term)|next\s+(?:week|fortnight|month|year|"
    r"season)|this\s+(?:week|fortnight|month|year|season|summer|winter|spring|autumn)|"
    r"(?:spring|summer|autumn|winter)\s+of|(?:in|by|until|from|during|over)\s+the\s+(?:spring|"
    r"summer|autumn|winter)|next\s+(?:summer|winter|spring|autumn)|since\s+\d|"
    r"(?:by|at|before|after|until|over|around)\s+easter(?!\s+(?:road|rising))|"
    rf"(?i:{NAMED_DAYS}))\b"
)
_MAY_RE = re.compile(
    r"\bMay\s+\d|\d\s+May\b|\b(?:[Ii]n|[Nn]ext|[Ll]ast|[Ss]ince|[Uu]ntil|[Ee]arly|[Ll]ate)\s+May\b"
    r"|\b[Mm]id-May\b"
)
_DIGIT_RE = re.compile(r"\d")
_WORD_RE = re.compile(r"[A-Za-z]+")


def time_spans(text: str) -> list[tuple[int, int]]:
    """Where the sentence names a date or time: (start, end) character offsets."""
    spans = [m.span() for m in _TIME_RE.finditer(text.lower())]
    return spans + [m.span() for m in _MAY_RE.finditer(text)]


_PARTICLES = frozenset(
    {
        "de",
        "van",
        "von",
        "der",
        "den",
        "da",
        "di",
        "del",
        "la",
        "le",
        "bin",
        "al",
        "dos",
        "du",
        "of",
    }
)
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
# A capitalised word; after a hyphen only capitalised parts ("Jean-Paul", not "Ex-wife").
_NAME_WORD = rf"[{_UPPER}][\w'’.]*(?:-[{_UPPER}][\w'’.]*)*"
_RUN_RE = re.compile(
    rf"(?<![\w'’.-]){_NAME_WORD}(?: (?:(?:{'|'.join(sorted(_PARTICLES))}) )?{_NAME_WORD})*(?![\w-])"
)
_INDEX_WORD = re.compile(r"[^\W_]+")
_LAST_WORD = re.compile(r"([\w'’]+)\W*$")
_OPENERS = "\"'“‘(["
_HYPHENED_LAST = re.compile(r"([\w'’]+(?:-[\w'’]+)+)\W*$")


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article with what the answer picker needs to know about it."""

    text: str
    position: int
    keys: frozenset[str]
    people: tuple[tuple[str, ...], ...]
    places: tuple[tuple[str, ...], ...]
    has_time: bool
    numbers: frozenset[str]
    names: frozenset[str] = frozenset()  # every word written as part of a name
    # the index keys of the words in small letters (and the first): "filmed" is not said by
    # "the Berlin Film Festival"
    plain_keys: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Person:
    """One person of an article: the fullest form of the name and where it appears."""

    name: tuple[str, ...]
    words: frozenset[str]
    mentions: int
    sentences: tuple[int, ...]  # positions of the sentences that mention the person
    named_in: tuple[int, ...]  # … of those that give the full name


@dataclass(frozen=True)
class ArticleText:
    """An article's sentences, tagged, and the people it names."""

    sentences: tuple[Sentence, ...]
    keys: frozenset[str]
    title_keys: frozenset[str]
    people: tuple[Person, ...] = ()

    def person(self, name: tuple[str, ...]) -> Person | None:
        """The article's person a name (full, or one word of it) refers to."""
        for person in self.people:
            if name == person.name or (len(name) == 1 and name[0] in person.words):
                return person
        return None

    @staticmethod
    def of(title: str, text: str) -> ArticleText:
        """Split and tag an article (cached by content)."""
        return _article_text(title, text)


@dataclass(frozen=True)
class _Run:
    words: tuple[str, ...]  # folded
    sentence: int
    start: int  # character offset in the sentence
    end: int
    initial: bool
    before: str  # the folded word before the run ("" at the start)
    after: str  # the text right after the run (a few characters)
    head: str = ""  # the text right before the run (a few words)


def _runs(index: int, sentence: str) -> list[_Run]:
    """Runs of capitalised words (particles like "van" allowed inside) in one sentence."""
    out: list[_Run] = []
    for match in _RUN_RE.finditer(sentence):
        # A capitalised stop word inside a run ("… in Menorca While Pat …") ends it.
        pieces: list[list[tuple[int, str]]] = [[]]
        offset = match.start()
        for word in match.group(0).split(" "):
            if _stop(word) and word.lower() not in _PARTICLES:
                pieces.append([])
            else:
                if pieces[-1] and word.lower().rstrip(".") in HONORIFICS:
                    pieces.append([])  # "the Foreign Policy Centre Mr Straw": two names
                pieces[-1].append((offset, word))
            offset += len(word) + 1
        for piece in pieces:
            if not piece:
                continue
            start = piece[0][0]
            end = piece[-1][0] + len(piece[-1][1])
            head = sentence[max(0, start - 40) : start]
            before = _LAST_WORD.search(head)
            out.append(
                _Run(
                    tuple(fold(w.rstrip(".").replace("’", "'")) for _, w in piece),
                    index,
                    start,
                    end,
                    sentence[:start].strip(_OPENERS + " ") == "",
                    fold(before.group(1)) if before else "",
                    sentence[end : end + 90],
                    head,
                )
            )
    return out


def _stop(word: str) -> bool:
    """Whether a word of a run is a stop word ("US" is the country, not "us")."""
    return word != "US" and word.lower() in STOP_WORDS


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith("'s") else word.rstrip("'")


# (a run's words were written with a capital: its "us" is "US")
_RUN_STOPS = STOP_WORDS - {"us"}


_POST_OWNER_LINKS = word_set("of for")
_OWNER_THE = re.compile(r"\b(?:of|for)\s+the\s+$", re.IGNORECASE)


def _clean_run(run: _Run, common: set[str]) -> tuple[str, ...]:
    """The run's name words: no leading stop/common words, titles, weekdays or months."""
    # "Norway's Astrid Moe": the name follows the possessive
    owner = max((i for i, w in enumerate(run.words[:-1]) if w.endswith("'s")), default=-1)
    words = [_strip_possessive(w) for w in run.words[owner + 1 :]]
    # "Uber CEO Travis Kalanick", "Leeds Rhinos veteran …": the name follows the last title.
    last_title = max((i for i, w in enumerate(words[:-1]) if w in TITLES), default=-1)
    words = words[last_title + 1 :]
    # ("Secretary of State Colin Powell": "of" may join the post's owner to the run)
    if words and words[0] in _POST_OWNER_LINKS:
        first = next((i for i, w in enumerate(words[1:-1], 1) if w in GIVEN_NAMES), 0)
        words = words[first:]
    # "Minister for Work Jane Kennedy", "Chancellor of the Exchequer Gordon Brown": whose
    # post it is goes before the holder's first name
    if (
        (run.before in _POST_OWNER_LINKS or _OWNER_THE.search(run.head))
        and len(words) >= 3
        and words[0] not in GIVEN_NAMES
        and words[1] in GIVEN_NAMES
    ):
        words = words[1:]
    while words and (
        words[0] in _RUN_STOPS
        or words[0] in TITLES
        or (words[0] in _NATIONALS and len(words) >= 3)  # "fellow Spaniard Guillermo Garcia-Lopez"
        or (run.initial and words[0] in common)
        or words[0] in WEEKDAYS
        or words[0] in MONTHS
    ):
        words = words[1:]
    while words and (words[-1] in WEEKDAYS or words[-1] in MONTHS or words[-1] in _RUN_STOPS):
        words = words[:-1]
    return tuple(w for w in words if w)


_AGE_RE = re.compile(r"^,\s*\d{1,3}\s*,")
# "Hameln, Germany": a name followed by a country
_COUNTRY_AFTER = re.compile(rf"^,\s*(?:{'|'.join(sorted(COUNTRY_NAMES))})\b(?!['’])", re.IGNORECASE)
# "Croydon, south London,": a name followed by the part of a place it is in
_REGION_AFTER = re.compile(
    r"^,\s*(?:north|south|east|west|central)(?:-(?:east|west))?\s+[A-Z][\w'’]+"
    r"(?:\s+[A-Z][\w'’]+)?\s*(?:[,.;)]|$)"
)
# "an old Guinness brewery", "the Nissan factory": a name before a building is a place
_BUILDING_AFTER = re.compile(
    r"^\s+(?:brewery|distillery|factory|plant|mill|warehouse|works|depot|building|"
    r"(?:(?:primary|secondary|high|grammar|junior|state|private|boarding)\s+)?school|"
    r"hospital|prison|airport|stadium)\b"
)
# the first words of a place's name before "of" ("the City of London", "the Isle of Man",
# "the Gulf of Suez")
_PLACE_OF_NAMES = word_set(
    "city isle island islands gulf bay sea cape lake strait straits vale republic kingdom "
    "province county state"
)
# "a Los Angeles grand jury", "a Kelso court" (not "the German court": a people's)
_COURT_AFTER = re.compile(r"^\s+(?:court|courthouse|(?:grand\s+)?jury)\b")
# "his Paris apartment", "her neat Osaka detached house": a name between one's and a
# home is where the home is (not "the Jackson home", a family's)
_HOME_HEAD = re.compile(r"\b(?:his|her|their|its|our|my)\s+(?:[a-z]+\s+)?$")
_HOME_AFTER = re.compile(
    r"^\s+(?:(?:detached|semi-detached|terraced|family|holiday)\s+)?(?:home|house|apartment|flat|"
    r"villa|mansion|residence)\b"
)
# "Geoff Hoon's Ashfield seat": a name before a seat in parliament is its constituency
# (not "a Labour seat", "his Commons seat")
_SEAT_AFTER = re.compile(r"^\s+(?:seat|constituency)\b")
_NOT_SEATS = NOT_PERSON_WORDS | word_set("commons lords cabinet assembly lib dem dems snp plaid")
# "Newcastle hosted the race", "Kent is likely to be the site of the first network"
_HOST_AFTER = re.compile(
    r"^\s+(?:hosted|(?:will|to) (?:host|stage)|staged|(?:is|was|will be)(?: likely to be)? the "
    r"(?:site|venue|host) (?:of|for))\b"
)
_WHO_AFTER = re.compile(r"^,\s+who\b")
_MADE_POST_AFTER = re.compile(
    r"^,\s+(?:[a-z]+ly\s+)?(?:sacked|appointed|named|elected|re-elected|dismissed|installed)"
    r"\s+as\b"
)
# "Andrew Beh, of brokers ING, said …": who speaks for an organisation (which is no person)
_SPEAKS_FOR_AFTER = re.compile(
    r"^,\s+(?:of|from|at)\s+[^,.;]{1,60},\s+(?:said|says|told|tells|added)\b"
)
_SPOKEN_FOR = re.compile(r",\s+(?:of|from|at)\s+[^,.;]{0,40}$")
# "Laura Brownlees of *Save the Children said*": the rest of the body one speaks for
_BODY_SAID_AFTER = re.compile(
    r"^(?:\s+(?:the|and|for)\b|\s+[A-Z][\w'’&-]*){0,4}\s+(?:said|says|told|added|warned)\b"
)
_HIS_HER_AFTER = re.compile(r"^\s+([a-z]+)\s+(?:his|her|himself|herself)\b")
# "Mark Diffley, Director, …", "Armando Falcon, OFHEO director", "Tony Froggatt, S&N's
# chief executive", "Stephen Toulouse, a Microsoft security manager"
_TITLE_AFTER = re.compile(
    rf"^,\s*(?:an?\s+|the\s+)?(?:[A-Z][\w&'’.]*\s+){{0,2}}(?:{'|'.join(sorted(TITLES))})\b",
    re.IGNORECASE,
)
# "Markos Geneti, the world indoor bronze medallist over 3000m": a sportsman's honour
_HONOUR_AFTER = re.compile(
    r"^,\s*(?:the|an?)\s+(?:[\w'’-]+\s+){0,4}?(?:medallist|record[- ]holder)\b", re.IGNORECASE
)
_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")  # a word in capitals: "FER", "BBC"
# ("Zurich-based Qubitron Labs", "London-listed shares", "Cardiff-born Tom Beale", "the
# Jacksonville, Florida-based firm", "two Ireland-only singles")
_PLACED_BY = r"[-–](?:based|listed|born|headquartered|only)\b"
_BASED = re.compile(rf"\b((?:[{_UPPER}][\w'’]+,? )*[{_UPPER}][\w'’]+){_PLACED_BY}")
_POST_OF_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(TITLES))})\s+of\s+(?:[\w'’-]+\s+){{0,6}}[\w'’-]+,\s*$", re.IGNORECASE
)
_TITLE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(TITLES))})\b(?:\s+[\w'’-]+){{0,3}},\s*$", re.IGNORECASE
)
# "a Russian, Anatoly Tyukanov", "India's richest man Azim Premji"
DEMONYMS = frozenset(word for line in COUNTRIES for word in line.split()[1:])  # "French", "Scot"
# one of a people, written before a name
_NATIONALS = DEMONYMS | word_set(
    "spaniard frenchman frenchwoman englishman englishwoman welshman welshwoman irishman "
    "irishwoman scotsman scotswoman dutchman dutchwoman"
)
_ONE_OF_A_PEOPLE = re.compile(
    rf"\b(?:an?|the)\s+(?:{'|'.join(sorted(DEMONYMS))}),\s*$|\b\w+est\s+(?:man|woman)\s+$",
    re.IGNORECASE,
)
# what may be written before one of a people and a name: "fellow American Bershawn Jackson"
_BEFORE_A_NATIONAL = word_set("fellow favourite compatriot rival countryman countrywoman")
_AGED_BEFORE = re.compile(r"\b[\w-]+-year-old\b[^,.;]{0,40}$", re.IGNORECASE)
# "in the city's Croke Park", "at the Sacred Heart Missionary": a preposition, then only
# small lower-case words before the name.
_PLACE_HEAD = re.compile(
    rf"\b(?i:{'|'.join(sorted(PLACE_PREPOSITIONS))})\s+(?:(?:the|a|an|its|their|his|her|"
    r"[a-z]+'s|[a-z]+’s|nearby|northern|southern|eastern|western|central|rural|remote)\s+)"
    r"{1,2}$"
)


# Countries written with "the" ("the Netherlands has …"), where "the" says nothing; what
# follows a country that describes a noun, or one that acts
_THE_COUNTRIES = word_set("us usa uk netherlands philippines bahamas gambia congo emirates")
_ATTRIBUTIVE = re.compile(r"^\s+([a-z]+)")
_ACTS = re.compile(r"^\s+(?:would|will|could|should|have|has|had|say|says|said)\b")


# what comes before a country that is the side played, not a place
_OPPONENT_BEFORE = frozenset({"over", "against", "beat", "beating", "v", "vs", "versus"})


def _attributive(run: _Run) -> bool:
    """Whether a country describes what follows it ("the Great Britain rugby league
    captain", "the England coach") or is a team that acts ("England would prefer him …"):
    no place where something happened."""
    if run.words == ("us",):
        # "freed from US custody", "cash transactions in US dollars" (but "sales in the US
        # are up", "the US has merged …" name the country)
        after = _ATTRIBUTIVE.match(run.after)
        return after is not None and after.group(1) not in STOP_WORDS
    if run.before == "the":
        return run.words[-1] not in _THE_COUNTRIES and bool(_ATTRIBUTIVE.match(run.after))
    if run.before in _OPPONENT_BEFORE:
        return True  # "the victory over South Africa", "playing against Norway": a side
    return run.before not in PLACE_PREPOSITIONS and bool(_ACTS.match(run.after))


def _county(words: tuple[str, ...]) -> bool:
    """Whether a name is an English county ("Buckinghamshire", "North Yorkshire")."""
    return words[-1].endswith("shire")


# What joins a name to a place before it: "in the South East and London"
_PLACE_AND = frozenset({" and ", ", ", ", and ", " or "})


# "Federer addressed the Houston crowd": the crowd of a place; "the Madrid rail bombing":
# what happened there
_CROWD_OR_EVENT_AFTER = re.compile(
    r"^\s+(?:crowd|crowds|audience|public|(?:[a-z]+\s+)?(?:bombings?|attacks?|blasts?|riots?|"
    r"earthquake|massacre|siege|shootings?))\b"
)


# "the MP for Witney": whom a member of a parliament represents
_MEMBER_FOR = ("MP for ", "MPs for ", "MSP for ", "AM for ")


# a rival kept off, not a place off a coast: "held off Kylie Minogue", "saw off Tern"
_BEATEN_OFF = re.compile(r"\b(?:held|holding|hold|saw|seeing|see|fought|fend(?:ed)?)\s+off\s+$")


def _placed(run: _Run) -> bool:
    """Whether the run stands where a place does: after "in", "from", "at the", "the MP
    for" …"""
    if run.head.lower().endswith(("according to ", "according to the ")):
        return False  # "according to Variety" is a source
    words = run.head.split()
    if len(words) >= 2 and words[-1][:1].isupper() and words[-2][-1:].isalpha():
        return False  # "his In Pieces series": a title's capital preposition is no place's
    owner = _strip_possessive(run.words[0]) if len(run.words) > 1 else ""
    if run.before == "off" and _BEATEN_OFF.search(run.head):
        return False  # "held off Kylie Minogue" is a rival, not a place
    if _COMPARED_TO.search(run.head):
        return False  # "compared Muslims to Nazis" likens, it places nothing
    return (
        run.before in PLACE_PREPOSITIONS
        or (run.before == "on" and owner != run.words[0] and owner in COUNTRY_NAMES)
        or (run.before == "the" and bool(_CROWD_OR_EVENT_AFTER.match(run.after)))
        or run.head.endswith(_MEMBER_FOR)
        or bool(_PLACE_HEAD.search(run.head))
        or bool(_PLACE_OF.search(run.head))
        or bool(_PLACE_NAMED.search(run.head))
        or bool(_PLACE_DESCRIBED.match(run.after))
        or bool(_PLACE_VISITED.search(run.head))
        or (bool(_OF_AFTER_NAME.search(run.head)) and run.words[0] in _INSTITUTIONS)
    )


# "Dr Urho Kujala, of the University of Jyvaskyla": where one works, after one's name
_OF_AFTER_NAME = re.compile(r",\s+of\s+(?:the\s+)?$")
_INSTITUTIONS = frozenset({"university", "college", "hospital", "school", "institute", "academy"})


_COMPARED_TO = re.compile(
    r"\b(?:compar|liken)(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:the\s+)?$"
)


# "visiting the West Bank", "toured the Gulf states", "sailed around the Cape", "Rangers
# visit Kilmarnock"
_PLACE_VISITED = re.compile(
    r"\b(?:visit|visits|visited|visiting|toured|touring|around|across|throughout)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "the foreign secretary's official Kent house, Chevening", "the world's largest port,
# Rotterdam": a place set off by a comma, or after a capital or venue ("in the capital,
# Maseru", "the Kenyan capital Nairobi", "conference venue Sage Centre")
_PLACE_NAMED = re.compile(
    r"\b(?:(?:house|residence|estate|retreat|headquarters|port|city|town|village|"
    r"resort|constituency(?:\s+party)?),|(?:capital|venue),?"
    # ("France's best-known regions, such as Burgundy")
    r"|(?:places|regions|cities|towns|villages|ports|resorts|provinces|states|countries|"
    r"stations|airports|stadiums|venues),?\s+"
    r"(?:such as|like|including))\s*$"
)
# "he took Dunfermline East, a new constituency including …": what the place is, after it
_PLACE_DESCRIBED = re.compile(
    r"^,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:constituency|seat|town|city|village|suburb|"
    r"district|county|region|province|port|resort|island)\b"
)
# "off the coast of Sicily", "the outskirts of Lyon", "the island of Pantelleria"
_PLACE_OF = re.compile(
    r"\b(?:coast|coasts|shores?|outskirts|island|islands|region|province|town|city|village|"
    r"capital|streets|waters|north|south|east|west|port|resort|district|districts|county|"
    r"borough|boroughs|state|area|areas|"
    r"seat|constituency|nation|country|republic|kingdom|emirate|territory|"
    # ("the people of Engerwitzdorf")
    r"people|residents|inhabitants|citizens|villagers)"
    r"\s+of\s+(?:the\s+)?$"
    # ("the nomadic people of the southern Sahara", "the rebels of northern Uganda")
    r"|\bof\s+(?:the\s+)?(?:northern|southern|eastern|western|central)\s+$"
)


# the end of a title: "Buffy the *Vampire Slayer*", "Jack the *Ripper*"
_TITLE_TAIL = re.compile(r"\b[A-Z][\w'’-]*\s+the\s+$")


# a Scottish or Irish surname: "McEvoy", "MacLeod", "O'Gara" (not "McDonald's")
_IRISH_SURNAME = re.compile(r"(?:mc|mac|o')[a-z]{3,}$")


def _title_in_run(run: _Run, words: tuple[str, ...]) -> bool:
    """Whether the run opens on a title its name follows ("Lawyer Louise Christian")."""
    return bool(run.words) and run.words[0] in TITLES and len(run.words) > len(words)


def _post_right_before(run: _Run) -> bool:
    """Whether a post is written right before the run: "chairman", "runner-up"."""
    hyphened = _HYPHENED_LAST.search(run.head)
    return run.before in TITLES or bool(hyphened and fold(hyphened[1]) in TITLES)


def _person_evidence(run: _Run, words: tuple[str, ...]) -> bool:
    if run.words[0] == "st" and run.words[-1].endswith("'s"):
        return False  # "at St Mary's" is a saint's church, hospital or ground
    if _title_in_run(run, words):
        return True
    # a full name after a title inside the run ("Home Secretary Ada Quill"), or any name
    # right after "Mr" or a peer's title, whatever post comes before them
    start = len(run.words) - len(words)
    if start and (
        run.words[start - 1] in _BEFORE_A_NAME
        or (len(words) >= 2 and any(w in TITLES for w in run.words[:start]))
    ):
        return True
    if len(words) >= 2 and words[0] in GIVEN_NAMES and COUNTRY_NAMES.isdisjoint(words):
        return True  # "Michael Howard's proposals"
    if len(words) == 2 and _IRISH_SURNAME.match(words[1]):
        return True  # "Physio sessions with Johnston McEvoy", "Ronan O'Gara"
    # a post right before the name, or set off by a comma before it ("A Republican senator
    # from Kansas, Sam …"), but not a country's ("EU member Poland")
    posted = _post_right_before(run) or (
        run.head.rstrip().endswith(",") and bool(_TITLE_BEFORE.search(run.head))
    )
    if posted and words[-1] not in COUNTRY_NAMES:
        return True
    if _ONE_OF_A_PEOPLE.search(run.head):
        return True
    if run.before in _BEFORE_A_NATIONAL and run.words[0] in _NATIONALS and len(words) >= 2:
        return True  # "fellow American Bershawn Jackson", "favourite Russian Irina Shevchenko"
    if _AGE_RE.match(run.after):
        return True
    if _TITLE_AFTER.match(run.after) and run.before not in _WHERE_ONE_IS:
        return True  # "Mark Diffley, Director, Ipsos MORI" (not "In Kelso, the mayor said")
    if _WHO_AFTER.match(run.after) or _HONOUR_AFTER.match(run.after):
        return True  # "beating Hawaii's Kainoa Pauley, who scored 16"
    if _MADE_POST_AFTER.match(run.after):
        return True  # "Berti Vogts, recently sacked as Scotland football manager"
    if _SPEAKS_FOR_AFTER.match(run.after):
        return True
    if "of" in words[2:] and _BODY_SAID_AFTER.match(run.after):
        return True
    if _SPOKEN_FOR.search(run.head) and run.after.startswith(","):
        return False  # "ING" of "Andrew Beh, of brokers ING, said"
    verb = _HIS_HER_AFTER.match(run.after)
    if verb and verb.group(1) not in STOP_WORDS:  # not "… in California that his …"
        return True  # "Henrik Aasland took his first World Cup win"
    if (
        _AGED_BEFORE.search(run.head)
        and run.before not in PLACE_PREPOSITIONS
        and not _COUNTRY_AFTER.match(run.after)
    ):
        return True  # "a 49-year-old artist, Jörg …", not "… from Hameln", "… Uppsala, Sweden"
    after_word = fold(run.after.lstrip(" ,").split(" ", 1)[0]).strip(".,;:")
    # (who is told or asked may be an outlet: "told Variety", "asked the BBC"; and who
    # speaks "in Geneva, told …" or "in the Cameroon capital Yaounde, said …" is who is
    # there; "David Cameron, MP for Witney, added" is Cameron speaking)
    return (
        after_word in SPEECH_VERBS
        and run.before not in _WHERE_ONE_IS
        and not _PLACE_NAMED.search(run.head)
        and not run.head.endswith(_MEMBER_FOR)
    ) or run.before in SPEECH_VERBS - _TOLD


def _before_of(words: tuple[str, ...], person_words: set[str]) -> tuple[str, ...]:
    """A person's full name without the organisation "of" joins to it ("Ashok Vishwanathan
    of Operation Black Vote"), not a title's place ("the Duke of Edinburgh")."""
    k = words.index("of") if "of" in words else 0
    return words[:k] if k >= 2 and words[k - 1] in person_words else words


def _he_or_she_later(run: _Run, words: tuple[str, ...], sentences: list[str]) -> bool:
    """Whether a full name that opens its sentence is what a "he" or "she" of the rest of it
    stands for ("Dani Barnes came fourth and she was the highest finisher")."""
    return (
        run.initial
        and 2 <= len(words) <= 3
        and bool(_PRONOUN_LATER.match(sentences[run.sentence], run.end))
    )


# (a verb after the name, then "he" or "she" before another name)
_PRONOUN_LATER = re.compile(rf"\s+[a-z]+\b[^.;:{_UPPER}]*?\b(?:he|she|his|her|himself|herself)\b")


# "dozens of people", "thousands of fans": no figure a how-many question can be answered by
VAGUE_NUMBERS = word_set("dozens hundreds thousands millions billions")


# "hundreds of thousands of people": a figure, if only its order
ORDER_OF = r"(?:tens|hundreds) of (?:thousands|millions|billions)"
_ORDER_OF = re.compile(rf"\b{ORDER_OF}\b", re.IGNORECASE)


# "conceded only one goal": a count of one (a bare "one" is seldom one: "one of them")
_ONLY_ONE = re.compile(r"\b(?:only|just) one\b", re.IGNORECASE)


def _number_words(sentence: str) -> frozenset[str]:
    """The figures written in words: "two", "Three men …", not "League Two"."""
    out = set()
    for match in _WORD_RE.finditer(sentence):
        word = match.group(0)
        if word.lower() in NUMBER_WORDS - VAGUE_NUMBERS and (
            word.islower() or not sentence[: match.start()].strip(_OPENERS + " ")
        ):
            out.add(word.lower())
    if _ONLY_ONE.search(sentence):
        out.add("one")
    out.update(m.group().split()[0].lower() for m in _ORDER_OF.finditer(sentence))
    return frozenset(out)


def _analyse(title: str, text: str) -> ArticleText:
    sentences = split_sentences(strip_list_markers(text))
    runs_by_sentence = [_runs(i, s) for i, s in enumerate(sentences)]
    lower_words: set[str] = set()
    for s in sentences:
        lower_words.update(w for w in re.findall(r"\b[a-z][a-z'-]+\b", s))
    names: list[tuple[_Run, tuple[str, ...]]] = []
    # Surnames used alone, in the text or the headline ("Kovac wins the Lisbon marathon").
    alone: set[str] = {
        words[0] for run in _runs(-1, title) if len(words := _clean_run(run, lower_words)) == 1
    }
    for runs in runs_by_sentence:
        for run in runs:
            words = _clean_run(run, lower_words)
            if not words:
                continue
            names.append((run, words))
            if len(words) == 1:
                alone.add(words[0])
    # (a producer, developer or publisher may be a person: "Warner producer Jeff Robinov told …")
    organisations = {
        words
        for run, words in names
        if run.before in ORGANISATION_NOUNS
        and not (run.before in FIRM_OR_PERSON and len(words) >= 2 and _person_evidence(run, words))
        # ("the head of the Naftohaz company, Yury Boyko, said": who holds a post of it)
        and not (len(words) >= 2 and _POST_OF_BEFORE.search(sentences[run.sentence][: run.start]))
    }

    # ("Mr Park" makes "governor Park Seung" a person, though a park is no one)
    titled = {
        words[0]
        for run, words in names
        if len(words) == 1 and (run.before in HONORIFICS or run.words[0] in HONORIFICS)
    }

    # ("Lawyer Louise Christian": a full name after a post may end in a people's word, or
    # hold one when its surname is written after "Mr": "economy minister German Gref", or
    # open on one that is a given name too: "Olympic champion Christian Olsson")
    posted = {
        words
        for run, words in names
        if len(words) >= 2
        and (words[-1] in _SURNAMES_TOO or words[-1] in titled or words[0] in _GIVEN_TOO)
        and (_post_right_before(run) or _title_in_run(run, words))
    }
    # ("The FER said …": letters in capitals name a body; "Gibraltarians" are a people)
    bodies = {fold(w).lower() for s in sentences for w in _CAPITALS.findall(s)}

    def never_a_person(words: tuple[str, ...]) -> bool:
        if len(words) >= 2 and words[0] in _PEERAGES:
            return False  # "Baroness Scotland", "Lord Sainsbury": a peer, named after a place
        # ("Ambassador Stefan Johannesson of Iceland": a full name before "of" is one's
        # own, whatever follows it)
        of = words.index("of") if "of" in words else len(words)
        own = words[:of] if of >= 2 else words
        return words not in posted and (
            words in organisations
            or (len(words) == 1 and (words[0] in bodies or words[0].endswith("ians")))
            or any(w in NOT_PERSON_WORDS and w not in titled for w in own)
            or _county(words)
        )

    person_words: set[str] = set()
    for run, words in names:
        if never_a_person(words) or _TITLE_TAIL.search(run.head):
            continue
        # (not "in Lisbon's Alfama district", a place however its words recur)
        # ("a goal from Andy Scott … Scott blasted": "from" also comes before people)
        surname_reused = (
            len(words) >= 2 and words[-1] in alone and (run.before == "from" or not _placed(run))
        )
        if (
            surname_reused
            or _person_evidence(run, words)
            or _he_or_she_later(run, words, sentences)
        ):
            person_words.update(words)
    # ("presenter Tom Beale and Ana Ruiz": a full name joined to a person's is one)
    for (first, one), (second, other) in pairwise(names):
        if (
            first.sentence == second.sentence
            and min(len(one), len(other)) >= 2
            and sentences[first.sentence][first.end : second.start] == " and "
            and not (never_a_person(one) or never_a_person(other))
            and (set(one) <= person_words) != (set(other) <= person_words)
        ):
            person_words.update(one + other)
    tagged: list[Sentence] = []
    all_keys: set[str] = set()
    for index, (sentence, runs) in enumerate(zip(sentences, runs_by_sentence, strict=True)):
        people: list[tuple[str, ...]] = []
        places: list[tuple[str, ...]] = []
        name_words: set[str] = set()
        placed_to = -1  # where the last place ends ("in the South East and London")
        speaker_to = -1  # … and the last speaker ("said David Anders at Merrill Lynch")
        for run in runs:
            words = _clean_run(run, lower_words)
            if not words:
                continue
            name_words.update(p for w in words for p in re.findall(r"[^\W_]+", w))
            if not never_a_person(words) and any(w in person_words for w in words):
                people.append(_before_of(words, person_words))
                if run.before in SPEECH_VERBS or _SPEAKS_AFTER.match(run.after):
                    speaker_to = run.end
            # ("one from Court TV" is no place, nor where a speaker works)
            elif (
                words[-1] not in _MEDIA_WORDS
                and not (words == ("us",) and _attributive(run))
                and not (speaker_to >= 0 and sentence[speaker_to : run.start] == " at ")
                and (
                    (words[-1] in COUNTRY_NAMES and not _attributive(run))
                    # ("California has shield laws", not "his Vermont colleague")
                    or (
                        frozenset(words) in US_STATES
                        and (_ACTS.match(run.after) or not _ATTRIBUTIVE.match(run.after))
                    )
                    or words[-1] in PLACE_WORDS
                    or (len(words) > 2 and words[1] == "of" and words[0] in _PLACE_OF_NAMES)
                    or _county(words)
                    or _COUNTRY_AFTER.match(run.after)
                    or _REGION_AFTER.match(run.after)
                    or _BUILDING_AFTER.match(run.after)
                    or (_COURT_AFTER.match(run.after) and words[-1] not in DEMONYMS)
                    or _HOST_AFTER.match(run.after)
                    or (_HOME_AFTER.match(run.after) and _HOME_HEAD.search(run.head))
                    or (_SEAT_AFTER.match(run.after) and _NOT_SEATS.isdisjoint(words))
                    or _placed(run)
                    or re.match(_PLACED_BY, run.after.lower())
                    or (placed_to >= 0 and sentence[placed_to : run.start] in _PLACE_AND)
                )
            ):
                places.append(words)
                placed_to = run.end
        for based in _BASED.finditer(sentence):  # "Zurich-based Qubitron Labs"
            # (not the "The" opening a sentence)
            place = tuple(fold(w) for w in based.group(1).replace(",", "").split())
            places.append(place[1:] if place[0] == "the" and len(place) > 1 else place)
        written = _INDEX_WORD.findall(sentence)
        tokens = {fold(w) for w in written}
        keys = frozenset(map(index_key, tokens))
        all_keys |= keys
        numbers = frozenset(t for t in tokens if _DIGIT_RE.search(t)) | _number_words(sentence)
        has_time = bool(_TIME_RE.search(sentence.lower()) or _MAY_RE.search(sentence))
        plain = frozenset(
            index_key(fold(w)) for i, w in enumerate(written) if i == 0 or not w[:1].isupper()
        )
        tagged.append(
            Sentence(
                sentence,
                index,
                keys,
                tuple(people),
                tuple(places),
                has_time,
                numbers,
                frozenset(name_words),
                plain,
            )
        )
    title_keys = frozenset(index_key(t) for t in re.findall(r"[^\W_]+", fold(title)))
    return ArticleText(tuple(tagged), frozenset(all_keys | title_keys), title_keys, _people(tagged))


def _people(sentences: list[Sentence]) -> tuple[Person, ...]:
    """Group an article's person mentions under the fullest form of each name."""
    full: dict[tuple[str, ...], list[int]] = {}
    for s in sentences:
        for name in s.people:
            if len(name) >= 2:
                full.setdefault(name, []).append(s.position)
    # "Gary Locke" and "Gary Locke Jr" are one person: keep the longer form.
    forms = sorted(full, key=len, reverse=True)
    canonical: dict[tuple[str, ...], tuple[str, ...]] = {}
    for form in forms:
        canonical[form] = next(
            (c for c in canonical.values() if set(form) <= set(c) and form[-1] in c), form
        )
    mentions: dict[tuple[str, ...], list[int]] = {}
    named: dict[tuple[str, ...], list[int]] = {}
    for form, positions in full.items():
        mentions.setdefault(canonical[form], []).extend(positions)
        named.setdefault(canonical[form], []).extend(positions)
    by_word: dict[str, tuple[str, ...]] = {}
    for name in sorted(mentions, key=lambda n: -len(mentions[n])):
        by_word.setdefault(name[-1], name)
    for name in sorted(mentions, key=lambda n: -len(mentions[n])):
        by_word.setdefault(name[0], name)
    for s in sentences:
        for name in s.people:
            if len(name) == 1:
                owner = by_word.get(name[0], name)
                mentions.setdefault(owner, []).append(s.position)
    return tuple(
        sorted(
            (
                Person(
                    name,
                    frozenset(name),
                    len(positions),
                    tuple(sorted(set(positions))),
                    tuple(sorted(set(named.get(name, [])))),
                )
                for name, positions in mentions.items()
            ),
            key=lambda p: (-p.mentions, p.sentences[0]),
        )
    )


@lru_cache(maxsize=512)
def _article_text(title: str, text: str) -> ArticleText:
    return _analyse(title, text)


@lru_cache(maxsize=2048)
def article_keys(title: str, text: str) -> frozenset[str]:
    """The index keys (stems) of an article's words: a cheap first look before `ArticleText`."""
    return frozenset(map(index_key, set(_INDEX_WORD.findall(fold(f"{title}\n{text}")))))
