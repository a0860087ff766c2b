"""Hand-written questions for `bench/ask_set.py`: who, when, where and how many,
answerable and not, about the development corpora and the bundled samples.

Each question names where its answer is (`source`: a corpus record id prefix, or a word
of a sample article's URL) and a short name, date or figure the answer must carry
(`answer`; alternatives separated by "|"). Questions quote no article text beyond such
names and figures: the corpora are read by path at run time, never copied here.

`store` says which store a question is asked of: "corpus" (CNN/DailyMail dev articles
with the BBC articles as distractors) or "samples" (the 41 bundled sample articles). A
question with no `source` is unanswerable there. Each question belongs to the tuning
half or the test half by a hash of its text (`half`), so adding questions never moves
old ones.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import partial


@dataclass(frozen=True)
class Question:
    """One benchmark question."""

    kind: str  # who | when | where | how many | none (unanswerable)
    text: str
    store: str  # corpus | samples
    source: str | None = None
    answer: str | None = None
    # 1: written while the rules were built; 2: written later, blind to how /news ask
    # answers; 3, 4 and 5: written blind too, each after the rules of the round that used
    # the batch before it (5 was used by one rule of its tuning half); 6: used by none
    # (until its tuning half's misses were seen, as 9's and 12's were later);
    # 7: written with 6, its tuning half used after it was first measured; 8: written the
    # same way a round later, its tuning half used after it was first measured; 9: written
    # with 8, used by none; 10: written late in that round, its tuning half used after it
    # was first measured; 11, 12 and 13 as 8, 9 and 10 a round later; 14: written in the
    # round of 2026-12-04, its tuning half used after it was first measured; 15 to 19 the
    # same, each in a later session of that round (18 and 19 in one, 20 in the next)
    batch: int = 1

    @property
    def half(self) -> str:
        """ "tuning" or "test", fixed by the question's text."""
        digest = hashlib.sha256(self.text.encode()).digest()
        return "tuning" if digest[0] % 2 == 0 else "test"

    def answers(self) -> tuple[str, ...]:
        """The accepted forms of the answer."""
        return tuple(a.strip() for a in (self.answer or "").split("|") if a.strip())


def _c(kind: str, text: str, source: str, answer: str, batch: int = 1) -> Question:
    return Question(kind, text, "corpus", source, answer, batch)


def _s(kind: str, text: str, source: str, answer: str, batch: int = 1) -> Question:
    return Question(kind, text, "samples", source, answer, batch)


CORPUS = (
    # CNN/DailyMail development articles (source: record id prefix)
    _c(
        "when",
        "When will Gary Locke be confirmed as Kilmarnock manager?",
        "dm-test-008aa71f",
        "Friday",
    ),
    _c(
        "how many",
        "How long is Gary Locke's new deal with Kilmarnock?",
        "dm-test-008aa71f",
        "three-year",
    ),
    _c(
        "how many",
        "How much does the Chongqing dragon kite weigh?",
        "dm-test-06a4af52",
        "200 kilograms",
    ),
    _c(
        "where",
        "Where did the Chinese team fly its 6,000-metre kite?",
        "dm-test-06a4af52",
        "Chongqing",
    ),
    _c(
        "who",
        "Who will present AP McCoy with his final champion jockeys trophy?",
        "dm-test-0a4e9118",
        "Ian Wright",
    ),
    _c(
        "where",
        "Where will AP McCoy receive his 20th champion jockeys trophy?",
        "dm-test-0a4e9118",
        "Sandown",
    ),
    _c(
        "how many",
        "How many appearances has Kevin Sinfield made for Leeds?",
        "dm-test-0ccc7d72",
        "500th",
    ),
    _c(
        "how many",
        "How big was the crowd when Warrington beat Leeds at Headingley?",
        "dm-test-0ccc7d72",
        "17,430",
    ),
    _c(
        "who",
        "Who edited the Congressional Research Service memo on the special relationship?",
        "dm-test-123763e6",
        "Mix",
    ),
    _c("who", "Who is accused of stabbing Cheryl Silvonek?", "dm-test-12893950", "Caleb Barnes"),
    _c("how many", "How old was Cheryl Silvonek?", "dm-test-12893950", "54"),
    _c(
        "who",
        "Who owns Monbeg Dude with James Simpson-Daniel and Nicky Robinson?",
        "dm-test-12c2634b",
        "Tindall",
    ),
    _c("where", "Where is Princess Eugenie working?", "dm-test-1b884cf6", "New York"),
    _c(
        "when",
        "When will voters decide Scotland's future, according to Gordon Brown?",
        "dm-test-1ce80a53",
        "May 7",
    ),
    _c("how many", "How much more do homes near a Waitrose cost?", "dm-test-1d7b60fb", "38,831"),
    _c(
        "how many",
        "How much more are homes near a Sainsbury's worth?",
        "dm-test-1d7b60fb",
        "10 per cent|24,506",
    ),
    _c("where", "Where is body painter Jörg Düsterwald from?", "dm-test-20931a4a", "Hameln"),
    _c("how many", "How old is the artist Jörg Düsterwald?", "dm-test-20931a4a", "49"),
    _c(
        "who",
        "Who directed Fall of an Empire: The Story of Katherine of Alexandria?",
        "dm-test-236c65a5",
        "Michael Redwood",
    ),
    _c(
        "when",
        "When did Lord Janner sign the note to Lords authorities?",
        "dm-test-23c3719e",
        "April 9",
    ),
    _c("when", "When was Lord Janner diagnosed with dementia?", "dm-test-23c3719e", "2009"),
    _c("how many", "How long was Britt McHenry suspended for?", "dm-test-272cd78c", "one week"),
    _c("where", "Where was Britt McHenry's car towed from?", "dm-test-272cd78c", "Arlington"),
    _c(
        "who",
        "Who was killed in the Cottonwood Walmart gunfight?",
        "dm-test-2b19de4f",
        "Enoch Gaver",
    ),
    _c(
        "when",
        "When did the Gaver family brawl with police in Cottonwood?",
        "dm-test-2b19de4f",
        "March 21",
    ),
    _c(
        "how many", "How many Masters appearances has Paul Casey made?", "dm-test-2c517137", "eight"
    ),
    _c("when", "When did Paul Casey last play in the Masters?", "dm-test-2c517137", "2012"),
    _c("how many", "How old is Pat Ingles?", "dm-test-2df88228", "69"),
    _c("when", "When did Pat Ingles lose her husband?", "dm-test-2df88228", "12 years ago"),
    _c("who", "Who designed the Ham robot head?", "dm-test-30a965df", "David Hanson"),
    _c("where", "Where is the Ham robot head on show?", "dm-test-30a965df", "Hong Kong"),
    _c("how many", "How much weight did Aliesha Peterson lose?", "dm-test-30af4b52", "20lbs|127"),
    _c("how many", "How many men did Liana Barrientos marry?", "dm-test-340cf468", "10 men"),
    _c("how many", "How many fans did Manchester City promise refunds?", "dm-test-373f32bd", "300"),
    _c(
        "who",
        "Who is leading the Masters ahead of Tiger Woods?",
        "dm-test-37c6e609",
        "Jordan Spieth",
    ),
    _c(
        "how many",
        "How far behind the Masters leader is Tiger Woods?",
        "dm-test-37c6e609",
        "12 strokes",
    ),
    _c(
        "how many",
        "How many Premier League wins in a row have Manchester United had?",
        "dm-test-388e3456",
        "five",
    ),
    _c("how many", "How old was Sister Gertrud Tiefenbacher?", "dm-test-39ef944b", "86"),
    _c(
        "where",
        "Where was the body of Sister Gertrud Tiefenbacher found?",
        "dm-test-39ef944b",
        "Ixopo|South Africa",
    ),
    _c(
        "when",
        "When will the Progress spacecraft burn up in the atmosphere?",
        "cnn-test-3c2040c",
        "May 5",
    ),
    _c(
        "who",
        "Who said the Progress would not dock with the space station?",
        "cnn-test-3c2040c",
        "Scott Kelly",
    ),
    _c(
        "when",
        "When does the reproduced 1959 Barbie go back on sale?",
        "dm-test-3e89db8d",
        "Saturday|April 11",
    ),
    _c(
        "how many",
        "How much will the first reproduced Barbie dolls cost?",
        "dm-test-3e89db8d",
        "3.00",
    ),
    _c("when", "When do Aston Villa play QPR?", "dm-test-41c910f5", "Tuesday"),
    _c("where", "Where will Topshop open its second Sydney store?", "dm-test-4227fe4f", "Miranda"),
    _c(
        "how many", "How many Minnesota men were charged with terrorism?", "dm-test-425a5e56", "Six"
    ),
    _c("how many", "How long is Youssouf Mulumbu's ban?", "dm-test-4662c459", "three"),
    _c("who", "Who is the Barcelona boss?", "dm-test-47681f33", "Luis Enrique"),
    _c("who", "Who co-chairs Lesbians4Hillary?", "dm-test-50f3f06b", "Billie Jean King"),
    _c(
        "where",
        "Where did the black dog take a rescue rope out to its owner?",
        "dm-test-5641410e",
        "Ohio|Clarence J. Brown",
    ),
    _c("where", "Where was Jafar Adeli arrested?", "dm-test-583e3c09", "Leicester"),
    _c("when", "When was the agreement on Anzac Day holidays struck?", "dm-test-58a9dbc7", "1993"),
    _c(
        "how many",
        "How many Swedish police officers stopped the subway assault?",
        "dm-test-59177dda",
        "Four",
    ),
    _c(
        "who",
        "Who refereed Ronnie O'Sullivan's match against Matthew Stevens?",
        "dm-test-59904185",
        "Olivier Marteel",
    ),
    _c("how many", "How much was Montenegro fined by UEFA?", "dm-test-5a4b090d", "36,280"),
    _c(
        "who", "Who was hit by a flare in the Montenegro qualifier?", "dm-test-5a4b090d", "Akinfeev"
    ),
    _c(
        "who",
        "Who complained about Nancy Perry's comments on Obama?",
        "dm-test-5db08080",
        "Jimmie Scott",
    ),
    _c("how many", "How old is Stephen Docherty?", "dm-test-5f5a8814", "66"),
    _c(
        "how many",
        "How much was Sarah Watson accused of trying to extort from Marcus Rojo?",
        "dm-test-60e99bf7",
        "100,000",
    ),
    _c(
        "how many",
        "How much does Jermain Defoe earn a week at Sunderland?",
        "dm-test-66fe5722",
        "80,000",
    ),
    _c("where", "Where did Ian Guffick teach?", "dm-test-6721edf8", "Mitton Manor"),
    _c("where", "Where was the CubaDupa festival held?", "dm-test-67527b72", "Wellington"),
    _c(
        "how many",
        "How long does the Skin Laundry laser facial take?",
        "dm-test-691bac0b",
        "ten minutes",
    ),
    _c(
        "how many",
        "How many Chinese restaurants may be serving shark fin soup?",
        "dm-test-7036146e",
        "One in five",
    ),
    _c("how many", "How many journalists had their trials abandoned?", "dm-test-7344a9b1", "nine"),
    _c(
        "how many",
        "How many people took part in the YouGov poll on first names?",
        "dm-test-7627d978",
        "46,000",
    ),
    _c(
        "how many",
        "How many artworks were analysed for their dominant colour?",
        "dm-test-7c56bf8b",
        "94,526",
    ),
    _c(
        "how many",
        "How many Twitter followers does Hillary Clinton have?",
        "dm-test-7c6d51e3",
        "3.6 million",
    ),
    _c(
        "who",
        "Who is the consultant dermatologist giving his verdict on suncreams?",
        "dm-test-7cad16f3",
        "Bav Shergill",
    ),
    _c("who", "Who is the president of Boca Juniors?", "dm-test-822f4d3e", "Daniel Angelici"),
    _c("how many", "How old is Alfie the spaniel?", "dm-test-82c6b685", "Twelve"),
    _c("where", "Where did Alfie the spaniel have his MRI scan?", "dm-test-82c6b685", "Newmarket"),
    _c("where", "Where was Chris Roberts pulled off a plane?", "dm-test-8451dc5b", "Syracuse"),
    _c(
        "how many",
        "How long was Chris Roberts questioned by the FBI?",
        "dm-test-8451dc5b",
        "four hours",
    ),
    _c("where", "Where did the TSA screeners grope men?", "cnn-test-879e8cf", "Denver"),
    _c(
        "how many",
        "How many Premier League goals has Sergio Aguero scored for City?",
        "dm-test-8a498eaa",
        "100",
    ),
    _c("how many", "How many tickets did Cardiff City hand back?", "dm-test-8bb6ee1e", "500"),
    _c(
        "how many",
        "How many foreign fighters have gone to Syria and Iraq?",
        "dm-test-8ececf76",
        "20,000",
    ),
    _c(
        "how many",
        "How much did Terry Martin win on a scratch-off lottery ticket?",
        "dm-test-914e001d",
        "500",
    ),
    _c("where", "Where did Joshua Burns serve his jail time?", "dm-test-962da137", "Livingston"),
    _c("how many", "How many Nauru guards were suspended?", "dm-test-99bf5fd0", "Eight"),
    _c("who", "Who is Uber's new security chief?", "dm-test-9b5117ce", "Joe Sullivan"),
    _c(
        "when",
        "When do Real Madrid play Atletico in the Champions League quarter-final?",
        "dm-test-9c3af3b7",
        "Tuesday",
    ),
    _c(
        "who",
        "Who appeared to headbutt stewards after Leverkusen's defeat by Bayern?",
        "dm-test-9dbeef62",
        "Emir Spahic",
    ),
    _c("who", "Who founded orgasmic meditation?", "dm-test-9f2dbe89", "Nicole Daedone"),
    _c(
        "how many",
        "How many over par did Bradley Neil finish at the Masters?",
        "dm-test-a1082205",
        "13 over par",
    ),
    _c(
        "how many",
        "How many award tickets did Southwest Airlines offer?",
        "cnn-test-abd69dc",
        "11.9 million",
    ),
    _c("how many", "How old is Dr Ram Manohar?", "dm-test-ac21c26e", "38"),
    _c(
        "where",
        "Where did Dr Ram Manohar work when the assaults allegedly happened?",
        "dm-test-ac21c26e",
        "Arrowe Park",
    ),
    _c("who", "Who refereed Everton's draw at Swansea?", "dm-test-b2cb5f0f", "Michael Oliver"),
    _c(
        "who",
        "Who wrote the study finding that exercise increases grey matter?",
        "dm-test-b71b7737",
        "Urho Kujala",
    ),
    _c(
        "where",
        "Where was the airport worker filmed doing push-ups on the runway?",
        "dm-test-bdf2ee6d",
        "LaGuardia",
    ),
    _c(
        "how many",
        "How many Armenians were killed in the 1915 massacre?",
        "cnn-test-d061579",
        "1.5 million",
    ),
    _c(
        "how many",
        "How many rounds did the Uber driver fire at Custodio?",
        "dm-test-d24a4e0d",
        "six rounds",
    ),
    _c(
        "how many",
        "How many games has Eden Hazard played this season?",
        "dm-test-d8de9e08",
        "48 games",
    ),
    _c(
        "how many",
        "How many of the last 11 grands prix has Lewis Hamilton won?",
        "dm-test-e1532b5d",
        "nine",
    ),
    _c(
        "who",
        "Who did Youssouf Mulumbu pick for PFA Player of the Year?",
        "dm-test-e2ad106b",
        "Kane",
    ),
    _c(
        "how many",
        "How many phones were recovered from the roof of HMP Altcourse?",
        "dm-test-e3c40142",
        "22 phones",
    ),
    _c("how many", "How many charges does Keith Anthony Allen face?", "dm-test-e3e17921", "19"),
    _c("how many", "How old is James Creag?", "dm-test-e3e7212f", "11"),
    _c("who", "Who created the pole dancing robots?", "dm-test-e5f90abe", "Walker"),
    _c("who", "Who is the Blackburn manager?", "dm-test-e75d20a4", "Gary Bowyer"),
    _c(
        "who", "Who is in charge of U.S. Army Recruiting Command?", "cnn-test-e82fd60", "Batschelet"
    ),
    _c(
        "how many",
        "How much profit did Newcastle United return?",
        "dm-test-eab44594",
        "18.7million",
    ),
    _c(
        "when",
        "When will one in four Britons be from an ethnic minority?",
        "dm-test-eb78a53c",
        "2051",
    ),
    _c(
        "how many",
        "How much weight did Lizzi Crawford lose?",
        "dm-test-ee030414",
        "seven stone|7st",
    ),
    _c(
        "how many",
        "How many Facebook profiles did Jason Cotterill set up?",
        "dm-test-f2fc9b0c",
        "67",
    ),
    _c("how many", "How old is Rand Paul?", "dm-test-fb431a61", "52"),
    # BBC articles (the distractors of the who-benchmark; source: record id)
    _c(
        "how many",
        "How much is Mitsubishi Tokyo's deal for UFJ worth?",
        "bbc-business-032",
        "3 trillion yen",
    ),
    _c(
        "how many",
        "How much did a barrel of US crude oil close at in New York?",
        "bbc-business-152",
        "51.15",
    ),
    _c(
        "how many",
        "How many shares did Google sell in its flotation?",
        "bbc-business-274",
        "19.6 million",
    ),
    _c(
        "how many",
        "How much did Baikal Finance Group pay for Yuganskneftegas?",
        "bbc-business-318",
        "260.75bn",
    ),
    _c(
        "how many",
        "How much will Standard Chartered spend on Korea First Bank?",
        "bbc-business-409",
        "3.3bn",
    ),
    _c("how many", "How old is Bernie Ebbers?", "bbc-business-465", "63"),
    _c("when", "When did WorldCom collapse?", "bbc-business-465", "2002"),
    _c(
        "how many",
        "How much does a canister of butane gas cost in Algeria?",
        "bbc-business-502",
        "200 dinars",
    ),
    _c(
        "when",
        "When did Marlon Brando win his Oscar for The Godfather?",
        "bbc-entertainment-056",
        "1973",
    ),
    _c(
        "who", "Who was named best actor at the Golden Globes?", "bbc-entertainment-095", "DiCaprio"
    ),
    _c(
        "who",
        "Who took the best director prize at the Golden Globes?",
        "bbc-entertainment-095",
        "Clint Eastwood",
    ),
    _c("who", "Who is the Franz Ferdinand frontman?", "bbc-entertainment-131", "Alex Kapranos"),
    _c(
        "how many",
        "How many tickets for U2's Dublin concerts were sold?",
        "bbc-entertainment-140",
        "150,000",
    ),
    _c("where", "Where will U2 play their Dublin concerts?", "bbc-entertainment-140", "Croke Park"),
    _c(
        "how many",
        "How many protesters who stormed the Commons chamber were charged?",
        "bbc-politics-066",
        "Eight",
    ),
    _c("how many", "How old is Otis Ferry?", "bbc-politics-066", "22-year-old"),
    _c(
        "how many",
        "How many voters did YouGov poll on the Blunkett row?",
        "bbc-politics-112",
        "1,981",
    ),
    _c("who", "Who is the chairman of Dundee United?", "bbc-sport-126", "Eddie Thompson"),
    _c("how many", "How many goals has Leroy Lita scored this season?", "bbc-sport-224", "13"),
    _c("who", "Who beat Gaston Gaudio at the Qatar Open?", "bbc-sport-463", "Monfils"),
    _c(
        "who",
        "Who did Serena Williams beat to win the Australian Open?",
        "bbc-sport-488",
        "Davenport",
    ),
    _c("when", "When did Tim Henman make his Davis Cup debut?", "bbc-sport-500", "1994"),
    _c("when", "When will the PSP go on sale in the US?", "bbc-tech-025", "24 March"),
    _c("how many", "How much will the PSP cost in the US?", "bbc-tech-025", "$250"),
    _c("where", "Where does the blind student Victor Wong study?", "bbc-tech-051", "Cornell"),
    _c(
        "how many",
        "How many electrodes does the brainwave cap have?",
        "bbc-tech-165",
        "64 electrodes",
    ),
    _c("who", "Who will start in goal for Arsenal against Rosenborg?", "bbc-sport-227", "Almunia"),
    _c("who", "Who will play at centre for Wales against England?", "bbc-sport-333", "Shanklin"),
    _c("who", "Who coaches St Helens?", "bbc-sport-357", "Ian Millward"),
    _c(
        "where",
        "Where will the 77th Academy Awards be held?",
        "bbc-entertainment-064",
        "Kodak Theatre",
    ),
    _c("who", "Who edits the gadget magazine Stuff?", "bbc-tech-127", "Oliver Irish"),
)

SAMPLES = (
    # (once counted as a near miss: the Lattice Review's article gives the month)
    _s("when", "When will the next Tern-3 rocket launch?", "tern-3-reaches-orbit", "March"),
    _s(
        "how many",
        "How many containers did the Port of Lisbon handle?",
        "port-of-lisbon",
        "612,000",
    ),
    _s(
        "who",
        "Who is the president of the Lisbon Port Authority?",
        "port-of-lisbon",
        "Vasco Rebelo",
    ),
    _s("how many", "How many children did the malaria injection trial enrol?", "malaria", "4,200"),
    _s("who", "Who led the malaria injection trial?", "malaria", "Esi Mensah"),
    _s("where", "Where was the malaria antibody developed?", "malaria", "Kampala"),
    _s("who", "Who is the mayor of Lisbon?", "short-term-rentals", "Rita Sarmento"),
    _s(
        "how many",
        "How many homes in Alfama are short-term rentals?",
        "short-term-rentals",
        "41 percent",
    ),
    _s("who", "Who heads emergency medicine at Santa Clara?", "santa-clara", "Beatriz Lacerda"),
    _s("how many", "How many emergency patients did Santa Clara treat?", "santa-clara", "61,400"),
    _s("how many", "How many people were evacuated near Évora?", "evora|wildfire", "1,150|1,100"),
    _s("who", "Who leads the fire response in Évora?", "evora|wildfire", "Helena Marques"),
    _s("how many", "How many firefighters are fighting the Évora fire?", "evora|wildfire", "620"),
    _s("when", "When did the Évora wildfire start?", "evora|wildfire", "Friday"),
    _s("who", "Who is the mayor of Évora?", "evora", "Carlos Pinheiro"),
    _s("who", "Who won the Nazaré Big Wave Challenge?", "nazare", "Inês Carvalho"),
    _s("how many", "How much prize money does Inês Carvalho receive?", "nazare", "50,000"),
    _s("how many", "How many spectators watched the Nazaré challenge?", "nazare", "30,000"),
    _s(
        "when", "When will the Viana do Castelo wind farm produce its first power?", "viana", "2031"
    ),
    _s("how many", "How many turbines will the floating wind farm have?", "viana", "80 turbines"),
    _s("who", "Who is the chief executive of Atlântico Vento?", "viana", "Duarte Lobo"),
    _s("how many", "How many words was the Tágide model trained on?", "sardinha", "180 billion"),
    _s("who", "Who co-founded Sardinha Labs?", "sardinha", "Marta Quintela"),
    _s("how many", "How many physical qubits make up Qubitron's logical qubit?", "qubitron", "97"),
    _s("who", "Who is Qubitron's head of research?", "qubitron", "Felix Amstutz"),
    _s("where", "Where is Qubitron Labs based?", "qubitron", "Zurich"),
    _s("how many", "How many new species did the Azores expedition find?", "azores", "30"),
    _s(
        "who",
        "Who was the chief scientist of the Azores seamount expedition?",
        "azores",
        "Catarina Bettencourt",
    ),
    _s(
        "who",
        "Who led the Cape Town study of AI breast screening?",
        "breast-screening",
        "Anika Venter",
    ),
    _s(
        "where",
        "Where was the AI breast screening study presented?",
        "breast-screening",
        "Johannesburg",
    ),
    _s("how many", "How many parameters does Rook-34B have?", "corvid", "34 billion"),
    _s("who", "Who is Corvid AI's chief scientist?", "corvid", "Hanna Visser"),
    _s("how many", "How many satellites did the Tern-3 rocket carry?", "nordlys", "14"),
    _s("who", "Who is the chief executive of Nordlys?", "nordlys", "Sigrid Aasen"),
    _s("when", "When did the first Tern-3 flight fail?", "nordlys", "April"),
    _s("how many", "How many people does Nordlys employ?", "andoy", "310"),
    _s("who", "Who is the mayor of Andøy?", "andoy", "Bjørn Kvalnes"),
    _s("how many", "How many homes does the Helsinki data centre heat?", "helsinki", "25,000"),
    _s("who", "Who is the chief executive of Kallio Compute?", "helsinki", "Ville Rantanen"),
    _s("how many", "How much fuel did Tanker-1 transfer?", "orbit-forge", "22 kilograms"),
    _s("when", "When will Orbit Forge launch a larger tanker?", "orbit-forge", "2029"),
    _s("where", "Where is Orbit Forge based?", "orbit-forge", "Bristol"),
    _s("how many", "How many jobs will the Dresden chip plant create?", "veridian", "1,800"),
    _s("when", "When will production start at the Dresden chip plant?", "veridian", "2029"),
    _s("who", "Who is Veridian's chief technology officer?", "veridian", "Annelies de Wit"),
    _s(
        "how many",
        "How much will Berlin contribute to the Veridian plant?",
        "veridian",
        "1.1 billion",
    ),
    _s("when", "When will the Halcyon sample land?", "halcyon", "2031"),
    _s("when", "When will the Halcyon asteroid sample reach Earth?", "halcyon", "2031"),
    _s("who", "Who is the Halcyon flight director?", "halcyon", "Klara Hoffmann"),
    _s("how many", "How much did the Halcyon mission cost?", "halcyon", "720 million"),
    _s("where", "Where will the Halcyon sample land?", "halcyon", "outback"),
    _s("how many", "How many workers went on strike at Cerro Blanco?", "cerro-blanco", "2,600"),
    _s("who", "Who leads the union at Cerro Blanco?", "cerro-blanco", "Patricio Salinas"),
    _s(
        "how many",
        "What is the Northern Reserve Bank's new policy rate?",
        "reserve-bank",
        "3.50|3.5 percent",
    ),
    _s(
        "who",
        "Who is the governor of the Northern Reserve Bank?",
        "reserve-bank",
        "Ingrid Halvorsen",
    ),
    _s(
        "how many",
        "How many people are affected by water rationing in Casablanca?",
        "morocco",
        "4 million",
    ),
    _s("when", "When does water rationing in Casablanca begin?", "morocco", "Dec. 1"),
    _s(
        "who",
        "Who scored France's winning try against New Zealand?",
        "france-beat",
        "Mathis Durand",
    ),
    _s("who", "Who coaches New Zealand?", "france-beat", "Scott McAllister"),
    _s("how many", "How many homes does the River Wenn scheme protect?", "river-wenn", "1,300"),
    _s("when", "When was Kirkby Bridge flooded?", "river-wenn", "2020|2025"),
    _s(
        "how many",
        "How many confirmed flu cases did Northfield surgeries report?",
        "flu-cases",
        "412",
    ),
    _s("who", "Who is Northfield's director of public health?", "flu-cases", "Fiona Hargreaves"),
    _s("how many", "How old is Ellie Marsden?", "ellie-marsden", "Fifteen"),
    _s("who", "Who coaches Ellie Marsden?", "ellie-marsden", "Rachel Firth"),
    _s("how many", "How big is Northfield council's budget gap?", "budget-gap", "14.6"),
    _s(
        "how many",
        "How many tests a year will the Northfield diagnostic centre carry out?",
        "diagnostic",
        "90,000",
    ),
    _s(
        "who",
        "Who was the first patient at the Northfield diagnostic centre?",
        "diagnostic",
        "Keith Ramsden",
    ),
    _s(
        "who",
        "Who scored Northfield Town's winner against Harrowby Rovers?",
        "harrowby",
        "Kieran Nwosu",
    ),
    _s(
        "how many",
        "How many people watched Northfield Town beat Harrowby Rovers?",
        "harrowby",
        "2,140",
    ),
    _s("how many", "How many jobs will Hartley's Biscuits create?", "hartleys", "240"),
    _s(
        "who",
        "Who is the managing director of Hartley & Sons Biscuits?",
        "hartleys",
        "Claire Hartley",
    ),
    _s("who", "Who won the Eastgate by-election?", "eastgate", "Priya Raman"),
    _s("how many", "How many votes did Priya Raman get?", "eastgate", "1,842"),
    _s("when", "When did the Eastgate by-election count finish?", "eastgate", "1.15am"),
    _s("how many", "How much ice did Jostedalsbreen lose?", "jostedalsbreen", "3 percent"),
    _s("who", "Who said glaciers have a long memory?", "jostedalsbreen", "Tone Bakken"),
    _s("when", "When did measurements of Jostedalsbreen begin?", "jostedalsbreen", "1962"),
    _s("how many", "How many patients are treated with home dialysis in Bergen?", "dialysis", "84"),
    _s(
        "who",
        "Who heads the kidney unit at Fjordland University Hospital?",
        "dialysis",
        "Sunniva Rød",
    ),
    _s("how many", "How much did Norwegian salmon prices rise?", "salmon", "18 percent"),
    _s("how many", "How much will rush-hour tolls in Bergen rise?", "toll-rise", "12 kroner"),
    _s("when", "When will the light rail extension to Åsane open?", "toll-rise", "2031"),
    _s("how many", "How many cars can the MF Brisen carry?", "brisen", "120 cars"),
    _s("who", "Who is the chief executive of Vestfjord Ferjer?", "brisen", "Marit Solheim"),
    _s("who", "Who runs Casa do Fado Velho?", "fado", "Lurdes Aragão"),
    _s("when", "When did Casa do Fado Velho open?", "fado", "1926"),
    _s("who", "Who won the World Cup opener at Ruka?", "ruka", "Astrid Moe"),
    _s("who", "Who coaches Astrid Moe?", "ruka", "Pål Strand"),
    _s("who", "Who won the men's race at Ruka?", "ruka", "Henrik Aasland"),
)

# Questions no stored article answers: general knowledge (the first 50 were used to set
# the thresholds before this set existed), then near misses that name people, places
# and things the stores do hold.
GENERAL = (
    "Who painted the Mona Lisa?",
    "Who wrote Pride and Prejudice?",
    "Who discovered penicillin?",
    "What is the boiling point of water at sea level?",
    "How many bones are in the adult human body?",
    "What is the chemical symbol for gold?",
    "Who developed the theory of general relativity?",
    "What is the capital of Australia?",
    "How many planets are in the solar system?",
    "Who was the first person to walk on the moon?",
    "What is the largest ocean on Earth?",
    "When did the Titanic sink?",
    "Who composed The Four Seasons?",
    "What is the speed of light in a vacuum?",
    "How many sides does a hexagon have?",
    "Who invented the telephone?",
    "What language is spoken in Brazil?",
    "Where is Mount Kilimanjaro?",
    "How many strings does a violin have?",
    "Who wrote the Odyssey?",
    "Which gas do plants absorb from the air?",
    "When was the Magna Carta signed?",
    "Who painted The Starry Night?",
    "How many continents are there?",
    "What is the square root of 144?",
    "What is the smallest prime number?",
    "Where are the Pyramids of Giza?",
    "Who was the first emperor of Rome?",
    "How many minutes are in a day?",
    "What is the hardest natural substance?",
    "Who wrote War and Peace?",
    "When did the French Revolution begin?",
    "What is the longest river in Africa?",
    "How many teeth does an adult human have?",
    "Who formulated the laws of motion?",
    "What is the freezing point of water in Fahrenheit?",
    "Where was Napoleon Bonaparte born?",
    "Who painted the ceiling of the Sistine Chapel?",
    "What is the main ingredient of guacamole?",
    "Who invented the printing press?",
    "When did the Western Roman Empire fall?",
    "Which planet is known as the Red Planet?",
    "How many hearts does an octopus have?",
    "Who wrote the Communist Manifesto?",
    "Where is the Great Barrier Reef?",
    "What is the largest desert in the world?",
    "Who was the first woman to win a Nobel Prize?",
    "How many degrees are in a right angle?",
    "Who discovered the law of universal gravitation?",
    "What is the currency of Japan?",
    # written for this set
    "Who won the 2010 football World Cup?",
    "When did the Berlin Wall fall?",
    "Where were the 2008 Summer Olympics held?",
    "How many players are in a rugby union team?",
    "Who was the first president of the United States?",
    "When did the Second World War end?",
    "Who invented the World Wide Web?",
    "How tall is Mount Everest?",
    "Where is the headquarters of the United Nations?",
    "Who wrote the novel Nineteen Eighty-Four?",
    "How many moons does Neptune have?",
    "When did the euro coins enter circulation?",
    "Who founded the Red Cross?",
    "Where is the Atacama Desert?",
    "How many time zones does Russia have?",
    "Who was the last tsar of Russia?",
    "When was the Eiffel Tower built?",
    "Who discovered the structure of DNA?",
    "How long is the Great Wall of China?",
    "Where did the Wright brothers make their first flight?",
)
NEAR_MISSES_CORPUS = (
    "When was Gary Locke born?",
    "Who is the chairman of Hearts?",
    "Who will replace Tim Sherwood as Aston Villa manager?",
    "Where was Tiger Woods born?",
    "How tall is the Ham robot?",
    "Who bought Skin Laundry?",
    "When will Lewis Hamilton retire?",
    "How much does it cost to build a Waitrose store?",
    "Who painted the murals at the CubaDupa festival?",
    "When was the Chongqing kite festival founded?",
    "How many children does Princess Eugenie have?",
    "Who is the mayor of Cottonwood, Arizona?",
    "How many goals did Kevin Sinfield score in his career?",
    "Who owns the Skin Laundry clinic?",
    "When did Britt McHenry join ESPN?",
    "How much did Liana Barrientos charge for each marriage?",
    "Who designed the 1959 Barbie doll?",
    "When will the Progress spacecraft be replaced?",
)
NEAR_MISSES_SAMPLES = (
    "Who is the chief executive of Sardinha Labs?",
    "When will the Évora wildfire be put out?",
    "Who is the mayor of Bergen?",
    "How much did the MF Brisen's hydrogen tank cost?",
    "How many goals has Kieran Nwosu scored this season?",
    "Where was Priya Raman born?",
    "How many species did the Halcyon probe find?",
    "When did the Port of Lisbon open?",
    "Who designed the Tern-3 rocket?",
    "How many people live in Évora?",
    "When will the Dresden chip plant close?",
    "How much does a ticket for the Nazaré Big Wave Challenge cost?",
    "Who is the prime minister of Norway?",
    "When will the Helsinki data centre close?",
    "How many people work at Kallio Compute?",
    "Who is the chief executive of Fjordbank?",
    "How old is Sigrid Aasen?",
    "Where was Inês Carvalho born?",
)

# -- Written later: after a first round of tuning, by writers who never saw how /news
# ask answers (CNN/DailyMail, BBC and samples). Their test half is the held-out check
# no rule has been fitted to.


_later_c = partial(_c, batch=2)
_later_s = partial(_s, batch=2)


LATER_CNNDM = (
    # articles not in /tmp/diag/used_sources.txt
    _later_c(
        "how many",
        "How many adults did Ipsos Mori survey for BBC Scotland about policy priorities?",
        "dm-test-2b8334fd",
        "1,000",
    ),
    _later_c(
        "who",
        "Who is the director of Ipsos MORI Scotland?",
        "dm-test-2b8334fd",
        "Mark Diffley|Diffley",
    ),
    _later_c(
        "where",
        "On which website was the video of Britt McHenry berating a tow lot worker posted?",
        "cnn-test-2beb3c9",
        "LiveLeak",
    ),
    _later_c(
        "who",
        "Which founder of Raqqa is Being Slaughtered Silently tweeted the photos of the ISIS food "
        "queues?",
        "dm-test-3bc86ab4",
        "Abu Ibrahim Raqqawi|Raqqawi",
    ),
    _later_c(
        "how many",
        "For how many hours a day is the electricity cut off in Raqqa?",
        "dm-test-3bc86ab4",
        "21 hours",
    ),
    _later_c(
        "who",
        "Who is the coach of Porto, the club lining up a move for Alberto Bueno?",
        "dm-test-41988ddd",
        "Julen Lopetegui|Lopetegui",
    ),
    _later_c(
        "how many",
        "How many goals did Alberto Bueno score during his loan spell at Derby?",
        "dm-test-41988ddd",
        "five goals|5 goals",
    ),
    _later_c(
        "how many",
        "What is the average monthly rent in London mentioned in the story of the student who "
        "became a sex worker?",
        "dm-test-5a0fc544",
        "1,100",
    ),
    _later_c(
        "how many",
        "How much an hour did the London student earn working in a pub before turning to sex work?",
        "dm-test-5a0fc544",
        "£7|7 an hour",
    ),
    _later_c(
        "where",
        "Where was Sugar Bear's brother Billy Thompson last seen?",
        "dm-test-73d480fb",
        "McIntyre",
    ),
    _later_c(
        "who",
        "Which convicted child molester was Mama June Shannon pictured with before Here Comes "
        "Honey Boo Boo was cancelled?",
        "dm-test-73d480fb",
        "Mark McDaniel|McDaniel",
    ),
    _later_c(
        "where",
        "Where was the judge who allowed divorce papers to be served through Facebook?",
        "cnn-test-8610ead",
        "New York",
    ),
    _later_c(
        "when",
        "On what date did the Santa Monica longboarder crash?",
        "dm-test-9e0bc5a9",
        "April 1",
    ),
    _later_c(
        "how many",
        "How many stitches did the longboarder who crashed in Santa Monica need?",
        "dm-test-9e0bc5a9",
        "seven stitches|seven",
    ),
    _later_c(
        "who",
        "Who filmed the Chihuahua Foxxy Cleopatra playing tag with a bearded dragon?",
        "dm-test-9ffbe8f6",
        "Meo Madeley|Madeley",
    ),
    _later_c(
        "where",
        "Where is the owner of the Chihuahua and the bearded dragon thought to live?",
        "dm-test-9ffbe8f6",
        "Canada",
    ),
    _later_c(
        "who",
        "Who co-founded the tour company The Flash Pack?",
        "dm-test-d13f1821",
        "Lee Thompson|Thompson",
    ),
    _later_c(
        "how many",
        "How many motorbikes and scooters are there in Vietnam?",
        "dm-test-d13f1821",
        "37 million",
    ),
    _later_c(
        "who",
        "Which Blackpool chairman were the fans protesting against before the Reading game?",
        "dm-test-e17dfca3",
        "Karl Oyston|Oyston",
    ),
    _later_c(
        "how many",
        "How many seconds into the second half did Grant Hall score an own goal in Blackpool's "
        "draw with Reading?",
        "dm-test-e17dfca3",
        "20 seconds",
    ),
    _later_c(
        "where",
        "Where was David Cameron speaking when he told voters to go to Greece if they wanted "
        "political excitement?",
        "dm-test-fa24723d",
        "Somerset",
    ),
    # articles listed in used_sources.txt that had only one question so far (one new question each)
    _later_c(
        "when",
        "In what year did Winston Churchill first speak of a special relationship between Britain "
        "and the US?",
        "dm-test-123763e6",
        "1944",
    ),
    _later_c(
        "who",
        "Who rode Monbeg Dude to third place in the Grand National?",
        "dm-test-12c2634b",
        "Liam Treadwell|Treadwell",
    ),
    _later_c(
        "where",
        "Where did Gordon Brown hold his joint campaign event with Douglas Alexander?",
        "dm-test-1ce80a53",
        "Elderslie|Renfrewshire",
    ),
    _later_c(
        "when",
        "In what year did Liana Barrientos's string of marriages allegedly begin?",
        "dm-test-340cf468",
        "1999",
    ),
    _later_c(
        "when",
        "When did the incident happen in which Joshua Burns's baby daughter Naomi was hurt?",
        "dm-test-962da137",
        "March 2014",
    ),
    _later_c(
        "who",
        "Who is the QPR boss who used to be Tim Sherwood's assistant at Tottenham?",
        "dm-test-41c910f5",
        "Chris Ramsey|Ramsey",
    ),
    _later_c(
        "when",
        "When does the new Topshop and Topman store at Westfield Miranda open?",
        "dm-test-4227fe4f",
        "16th April|Thursday",
    ),
    _later_c(
        "who",
        "Who is the US Attorney for Minnesota in the case of the six men accused of trying to "
        "join ISIS?",
        "dm-test-425a5e56",
        "Andy Luger|Luger",
    ),
    _later_c(
        "when", "In what year was Billie Jean King outed as a lesbian?", "dm-test-50f3f06b", "1981"
    ),
    _later_c(
        "how many",
        "How long a prison sentence did Jafar Adeli receive?",
        "dm-test-583e3c09",
        "27 months",
    ),
    _later_c(
        "when",
        "When was Lizzi Crawford diagnosed with cervical cancer?",
        "dm-test-ee030414",
        "October 2012",
    ),
    _later_c(
        "where",
        "In which Swedish city is Markus Asberg a police officer?",
        "dm-test-59177dda",
        "Uppsala",
    ),
    _later_c(
        "how many",
        "How much did it cost to stage Wellington's CubaDupa festival?",
        "dm-test-67527b72",
        "500,000",
    ),
    _later_c(
        "where",
        "Where is The Royal China Club, the restaurant raided over shark fin soup?",
        "dm-test-7036146e",
        "Baker Street|central London",
    ),
    _later_c(
        "who",
        "Which Director of Public Prosecutions dropped the cases against nine journalists?",
        "dm-test-7344a9b1",
        "Alison Saunders|Saunders",
    ),
    _later_c(
        "who",
        "Who is YouGov's head of political research?",
        "dm-test-7627d978",
        "Joe Twyman|Twyman",
    ),
    _later_c(
        "who",
        "Which PhD student made the graphs showing how the colours of paintings changed over time?",
        "dm-test-7c56bf8b",
        "Martin Bellander|Bellander",
    ),
    _later_c(
        "when",
        "On what date did the TSA investigator watch the two Denver screeners carry out their "
        "groping scheme?",
        "cnn-test-879e8cf",
        "February 9",
    ),
    _later_c(
        "how many",
        "How many people are on Turkey's watch list of suspected foreign fighters?",
        "dm-test-8ececf76",
        "12,500",
    ),
    _later_c(
        "where",
        "Where did Terry Martin shoot his girlfriend after their row over lottery winnings?",
        "dm-test-914e001d",
        "Fort Worth|Beaty Street",
    ),
    _later_c(
        "how many",
        "How much was Marcus Rojo ordered to pay towards Sarah Watson's legal costs?",
        "dm-test-60e99bf7",
        "25,000",
    ),
    _later_c(
        "how many",
        "How many current and former Uber drivers had their details exposed in last May's data "
        "leak?",
        "dm-test-9b5117ce",
        "50,000",
    ),
    _later_c(
        "how many",
        "How many pairs of identical twins took part in Urho Kujala's exercise study?",
        "dm-test-b71b7737",
        "10 pairs",
    ),
    _later_c(
        "when",
        "When was the video of the LaGuardia baggage handler doing push-ups filmed?",
        "dm-test-bdf2ee6d",
        "April 19",
    ),
    _later_c(
        "who",
        "Which Turkish foreign minister told CNN that the 1915 killings of Armenians could not be "
        "called genocide?",
        "cnn-test-d061579",
        "Mevlut Cavusoglu|Cavusoglu",
    ),
    _later_c(
        "where",
        "In which Chicago neighbourhood did an Uber driver shoot a man who opened fire on "
        "pedestrians?",
        "dm-test-d24a4e0d",
        "Logan Square",
    ),
    _later_c("when", "When was Keith Anthony Allen arrested?", "dm-test-e3e17921", "March 25"),
    _later_c(
        "who",
        "Who scored Liverpool's winner in the FA Cup quarter-final replay at Blackburn?",
        "dm-test-e75d20a4",
        "Philippe Coutinho|Coutinho",
    ),
    _later_c(
        "how many",
        "How many of the 195,000 people who applied to join the US Army qualified?",
        "cnn-test-e82fd60",
        "72,000",
    ),
)
LATER_NEAR_MISSES_CNNDM = (
    "How old is Nicola Sturgeon?",
    "How many people live in Raqqa?",
    "How much will Porto pay Rayo Vallecano for Alberto Bueno?",
    "Which London university does the student who turned to sex work attend?",
    "Where was Billy Thompson found?",
    "What is the name of the husband who was served divorce papers on Facebook?",
    "What is the name of the longboarder who crashed in Santa Monica?",
    "How old is Foxxy Cleopatra the Chihuahua?",
    "How much does The Flash Pack's Vietnam and Cambodia tour cost?",
    "How many fans watched Blackpool draw with Reading at Bloomfield Road?",
    "How old is the Tory donor Peter Hall?",
    "When was Raqqa is Being Slaughtered Silently founded?",
    "When did the New York judge rule that divorce papers could be served on Facebook?",
    "How fast was the longboarder going when he crashed in Santa Monica?",
    "Who is the Uber driver who shot the gunman in Logan Square?",
    "How many motorbikes are there in Cambodia?",
    "Who is the mayor of McIntyre, Georgia?",
    "Who is the Rayo Vallecano coach?",
    "When will Karl Oyston step down as Blackpool chairman?",
    "Where is The Flash Pack tour company based?",
)

LATER_BBC = (
    # who
    _later_c(
        "who",
        "Who is the chief financial officer of Yukos who set up Yukos USA?",
        "bbc-business-083",
        "Bruce Misamore|Misamore",
    ),
    _later_c(
        "who",
        "Which Colombian official said the poverty subsidy money just needed better distribution?",
        "bbc-business-033",
        "Jose Leibovich|Leibovich",
    ),
    _later_c(
        "who",
        "Who chairs the ISM manufacturing survey in the US?",
        "bbc-business-108",
        "Norbert Ore|Ore",
    ),
    _later_c(
        "who",
        "Who is the director of the National Gallery in London?",
        "bbc-entertainment-026",
        "Charles Saumarez Smith|Saumarez Smith",
    ),
    _later_c(
        "who",
        "Which DJ wrote the tsunami charity song Grief Never Grows Old?",
        "bbc-entertainment-130",
        "Mike Read|Read",
    ),
    _later_c(
        "who",
        "Who is Christina Aguilera engaged to?",
        "bbc-entertainment-260",
        "Jordan Bratman|Bratman",
    ),
    _later_c(
        "who",
        "Which Evening Standard reporter did Ken Livingstone liken to a concentration camp guard?",
        "bbc-politics-232",
        "Oliver Finegold|Finegold",
    ),
    _later_c(
        "who",
        "Which EU foreign policy chief called the UK government naive for refusing phone-tap "
        "evidence in court?",
        "bbc-politics-216",
        "Javier Solana|Solana",
    ),
    _later_c(
        "who",
        "Which Tory candidate in Finchley complained about Labour's flying pigs poster?",
        "bbc-politics-228",
        "Andrew Mennear|Mennear",
    ),
    _later_c(
        "who",
        "Who was the coach of Kenteris and Thanou who got a four-year ban?",
        "bbc-sport-082",
        "Christos Tzekos|Tzekos",
    ),
    _later_c(
        "who",
        "Who is the Hong Kong rugby union chairman pushing to co-host the 2011 World Cup with "
        "Japan?",
        "bbc-sport-374",
        "John Molloy|Molloy",
    ),
    _later_c(
        "who",
        "Which Brive player was handed his first France cap at full-back for the Six Nations "
        "match against Wales?",
        "bbc-sport-287",
        "Julien Laharrague|Laharrague",
    ),
    _later_c(
        "who",
        "Which Carnegie Mellon professor wants to bring cheap multi-purpose TVs and PCs to poor "
        "Indian villages?",
        "bbc-tech-199",
        "Raj Reddy|Reddy",
    ),
    _later_c(
        "who",
        "Who at Ask Jeeves commented on its purchase of Bloglines?",
        "bbc-tech-062",
        "Jim Lanzone|Lanzone",
    ),
    _later_c(
        "who", "Who heads new media at Virgin Radio?", "bbc-tech-344", "James Cridland|Cridland"
    ),
    # when
    _later_c(
        "when",
        "Since what year has Emilio Botin been chairman of Santander?",
        "bbc-business-506",
        "1986",
    ),
    _later_c(
        "when",
        "From what date does Cuba's 10% tax on US dollar conversions apply?",
        "bbc-business-200",
        "8 November",
    ),
    _later_c("when", "When was Johnny Depp born?", "bbc-entertainment-316", "1963"),
    _later_c(
        "when",
        "When did Johnny Cash's former manager Saul Holiff die?",
        "bbc-entertainment-320",
        "17 March",
    ),
    _later_c(
        "when",
        "In which year's Budget did chancellor Hugh Dalton leak details to a journalist?",
        "bbc-politics-376",
        "1947",
    ),
    _later_c(
        "when",
        "By what year does Charles Clarke want all visa holders entering the UK to be "
        "fingerprinted?",
        "bbc-politics-220",
        "2008",
    ),
    _later_c(
        "when",
        "When did Sally Gunnell win the European athlete of the year title?",
        "bbc-sport-027",
        "1993",
    ),
    _later_c(
        "when",
        "On what date did Northampton lose to Saracens in the game Budge Pountney criticised the "
        "referee over?",
        "bbc-sport-319",
        "5 February",
    ),
    _later_c(
        "when",
        "By what year does BT's study say 40% of Britons will still have no internet at home?",
        "bbc-tech-211",
        "2025",
    ),
    _later_c(
        "when",
        "When did Apple start its legal bid to unmask who leaked details of the Asteroid product?",
        "bbc-tech-355",
        "December 2004",
    ),
    # where
    _later_c(
        "where",
        "In which Albanian port will the AMBO oil pipeline from Burgas end?",
        "bbc-business-363",
        "Vlore",
    ),
    _later_c(
        "where",
        "Where did SEC chairman William Donaldson give his speech on easing Sarbanes-Oxley for "
        "foreign firms?",
        "bbc-business-215",
        "London School of Economics",
    ),
    _later_c(
        "where",
        "Where will filming of the Charlotte's Web movie with Julia Roberts start?",
        "bbc-entertainment-302",
        "Melbourne",
    ),
    _later_c(
        "where", "Where did ballerina Dame Alicia Markova die?", "bbc-entertainment-021", "Bath"
    ),
    _later_c(
        "where",
        "In which city was Ian Brown arrested after a fight at his concert?",
        "bbc-entertainment-293",
        "San Francisco|Great American Music Hall",
    ),
    _later_c(
        "where",
        "In which London district were the security papers for Musharraf's visit found?",
        "bbc-politics-188",
        "Mayfair",
    ),
    _later_c(
        "where",
        "Which constituency had the highest university participation rate in the Hefce report?",
        "bbc-politics-246",
        "Kensington and Chelsea",
    ),
    _later_c(
        "where",
        "Where did Henin-Hardenne lose her exhibition match to Dementieva?",
        "bbc-sport-465",
        "Charleroi",
    ),
    _later_c(
        "where",
        "At which ground were Rangers knocked out of the Uefa Cup by Auxerre?",
        "bbc-sport-263",
        "Ibrox",
    ),
    _later_c(
        "where",
        "In which city is Tata Teleservices, the firm using laser bridges for its network, based?",
        "bbc-tech-023",
        "Chennai",
    ),
    # how many
    _later_c(
        "how many",
        "How many people does Mittal Steel employ in Kazakhstan?",
        "bbc-business-027",
        "50,000",
    ),
    _later_c(
        "how many",
        "How many advisers does American Express Financial Advisors have?",
        "bbc-business-280",
        "12,000",
    ),
    _later_c(
        "how many",
        "How many jobs did the US economy add in October, the month Bush was re-elected?",
        "bbc-business-134",
        "337,000",
    ),
    _later_c(
        "how many",
        "How many orders has Softbank's Otoku cut-price phone service received?",
        "bbc-business-124",
        "900,000",
    ),
    _later_c(
        "how many",
        "How many films has South Korean director Im Kwon-Taek made?",
        "bbc-entertainment-042",
        "100",
    ),
    _later_c(
        "how many",
        "How old is Dick Clark, the American Bandstand host who had a stroke?",
        "bbc-entertainment-219",
        "75",
    ),
    _later_c(
        "how many",
        "How much was Liam Gallagher fined over the Munich hotel brawl?",
        "bbc-entertainment-154",
        "50,000 euros|£35,000",
    ),
    _later_c(
        "how many",
        "How many voters in Preston were not on the electoral register ahead of the election "
        "deadline?",
        "bbc-politics-412",
        "14,000",
    ),
    _later_c(
        "how many",
        "How much did UKIP spend on its European election campaign?",
        "bbc-politics-304",
        "£2.36m",
    ),
    _later_c(
        "how many",
        "What is the annual salary of Al Aynsley-Green, England's first children's commissioner?",
        "bbc-politics-057",
        "£100,000",
    ),
    _later_c(
        "how many",
        "How many matches did Andy Roddick win while Brad Gilbert coached him?",
        "bbc-sport-481",
        "121",
    ),
    _later_c(
        "how many",
        "How much did Blackburn pay for Barry Ferguson when he moved from Rangers in 2003?",
        "bbc-sport-189",
        "£6.5m",
    ),
    _later_c(
        "how many",
        "What time did Kelly Holmes run to win the 1500m at the Norwich Union International in "
        "Glasgow?",
        "bbc-sport-022",
        "four minutes 14.74 seconds|14.74",
    ),
    _later_c(
        "how many", "How many exhibition halls are there at CeBit in Hanover?", "bbc-tech-395", "27"
    ),
    _later_c(
        "how many",
        "How much did the gamer Deathifier pay for a virtual island in Project Entropia?",
        "bbc-tech-249",
        "$26,500|£13,700",
    ),
)
LATER_NEAR_MISSES_BBC = (
    "How much did Ask Jeeves pay to buy Bloglines?",
    "Where will Christina Aguilera and Jordan Bratman hold their wedding?",
    "Who will voice Wilbur the pig in the new Charlotte's Web film?",
    "How much did the police operation for Pervez Musharraf's London visit cost?",
    "When was Santander chairman Emilio Botin born?",
    "How old is Yukos finance chief Bruce Misamore?",
    "Who is the chief executive of Softbank?",
    "How much did Gazprom pay to take over Atomstroieksport?",
    "Where was TV host Dick Clark born?",
    "How many copies did the tsunami charity single Grief Never Grows Old sell?",
    "How much prize money did Andy Roddick earn while Brad Gilbert was his coach?",
    "How old is Carnegie Mellon professor Raj Reddy?",
    "How much will the Gizmondo handheld cost in the US?",
    "When was Ken Livingstone first elected mayor of London?",
    "How many people were at Ian Brown's gig at the Great American Music Hall?",
    "How many people does Tata Teleservices employ?",
    "How much was Christina Aguilera's engagement ring worth?",
    "What salary does SEC chairman William Donaldson earn?",
    "How much money has Valve lost to Half-Life 2 piracy?",
    "How many hours was Liam Gallagher held in custody after the Munich brawl?",
)

LATER_SAMPLES = (
    _later_s(
        "who", "Who runs Veridian Semiconductors?", "veridian-semiconductors", "Markus Feldmann"
    ),
    _later_s("who", "Who co-founded Orbit Forge?", "orbit-forge", "Amara Okafor"),
    _later_s(
        "who",
        "Who is the mission scientist on the Halcyon asteroid probe?",
        "halcyon",
        "Kenji Arakawa",
    ),
    _later_s(
        "who", "Who is in charge of the water agency in Casablanca?", "morocco", "Nadia Berrada"
    ),
    _later_s("who", "Who captains the French rugby team?", "france-beat", "Antoine Lacaze"),
    _later_s("who", "Who is the manager of Northfield Town?", "harrowby", "Steve Lumb"),
    _later_s("who", "Who is Bergen's transport commissioner?", "toll-rise", "Solveig Tangen"),
    _later_s(
        "who",
        "Which councillor is in charge of Northfield council's finances?",
        "budget-gap",
        "Susan Fairbrother",
    ),
    _later_s(
        "who", "Who was the runner-up in the Eastgate by-election?", "eastgate", "Graham Pollard"
    ),
    _later_s("who", "Who is Portugal's energy minister?", "viana", "Teresa Almeida"),
    _later_s(
        "when",
        "When will building work begin on Veridian's Dresden factory?",
        "veridian-semiconductors",
        "second quarter of 2027",
    ),
    _later_s(
        "when", "What time does the Casa do Fado Velho anniversary concert start?", "fado", "6pm"
    ),
    _later_s(
        "when",
        "When does construction of the floating wind farm off Viana do Castelo begin?",
        "viana",
        "2029",
    ),
    _later_s(
        "when",
        "When is the Northern Reserve Bank's next interest rate decision?",
        "cuts-rate",
        "Jan. 28",
    ),
    _later_s(
        "when",
        "From what date will Fjordbank pass on the rate cut to borrowers?",
        "mortgage-relief",
        "8 January",
    ),
    _later_s(
        "when",
        "When does the ban on new holiday-let licences in Alfama come into force?",
        "short-term-rentals",
        "1 January",
    ),
    _later_s(
        "when", "When will Northfield council vote on its budget?", "budget-gap", "18 February"
    ),
    _later_s(
        "when", "When is the Halcyon probe due to touch down on the asteroid?", "halcyon", "2028"
    ),
    _later_s(
        "when", "Since when has Hartley's been making biscuits on Canal Street?", "hartleys", "1921"
    ),
    _later_s(
        "when", "When will the new desalination plant near Casablanca open?", "morocco", "mid-2027"
    ),
    _later_s(
        "where",
        "Where will the platforms for the floating wind farm be assembled?",
        "viana",
        "Viana do Castelo",
    ),
    _later_s(
        "where", "Where was the hydrogen ferry MF Brisen built?", "brisen", "Ålesund|Sunnmøre"
    ),
    _later_s(
        "where", "Where did Astrid Moe rebuild her strength over the summer?", "ruka", "Lillehammer"
    ),
    _later_s("where", "Where was Corvid AI's Rook-34B model trained?", "corvid", "Finland"),
    _later_s(
        "where",
        "Where is Veridian Semiconductors headquartered?",
        "veridian-semiconductors",
        "Eindhoven",
    ),
    _later_s(
        "where",
        "Where was the rugby test between France and New Zealand played?",
        "france-beat",
        "Stade de France|Paris",
    ),
    _later_s("where", "Where is the Cerro Blanco copper mine?", "cerro-blanco", "Atacama|Chile"),
    _later_s(
        "where",
        "Where did Ellie Marsden break the regional butterfly record?",
        "ellie-marsden",
        "Sheffield",
    ),
    _later_s(
        "where",
        "In which village did the wildfire near Évora break out?",
        "evora-wildfire-forces",
        "Graça do Divor",
    ),
    _later_s("where", "Which city is Nordlys Orbital based in?", "andoy-celebrates", "Trondheim"),
    _later_s(
        "how many", "How much did the Helsinki waste-heat project cost?", "helsinki", "48 million"
    ),
    _later_s(
        "how many",
        "How long did it take Tanker-1 to pump the fuel into Beacon-4?",
        "orbit-forge",
        "47 minutes",
    ),
    _later_s(
        "how many",
        "How big was the crowd when France beat the All Blacks?",
        "france-beat",
        "79,200",
    ),
    _later_s(
        "how many", "How deep did the Azores seamount expedition explore?", "azores", "4,200 metres"
    ),
    _later_s(
        "how many",
        "How much does Nordlys charge for a dedicated launch?",
        "nordlys-orbital",
        "9 million",
    ),
    _later_s("how many", "How much did the MF Brisen cost?", "brisen", "690 million"),
    _later_s("how many", "How old is Lurdes Aragão?", "fado", "58"),
    _later_s("how many", "How wide is the asteroid Tenrai?", "halcyon", "780 metres"),
    _later_s("how many", "How many people live in Andøy?", "andoy-celebrates", "4,500"),
    _later_s(
        "how many",
        "How much will a petrol car pay at rush hour in Bergen's toll ring?",
        "toll-rise",
        "58 kroner",
    ),
)
LATER_NEAR_MISSES_SAMPLES = (
    "Who is the mayor of Nazaré?",
    "How old is Vasco Rebelo?",
    "When was Qubitron Labs founded?",
    "Who coaches the French rugby team?",
    "When was Northfield Town football club founded?",
    "Who is the chief executive of Helsinki City Energy?",
    "Where was Astrid Moe born?",
    "Who is the chief executive of Andes Cobre?",
    "When did Fjordland University Hospital open?",
    "When was the Nazaré lighthouse built?",
    "How much did the Kirkby Bridge pumping station cost?",
    "Who captains the New Zealand rugby team?",
    "How many beds does Santa Clara University Hospital have?",
    "When did Ingrid Halvorsen become governor of the Northern Reserve Bank?",
    "Who is the chief executive of Kuyasa Imaging?",
    "How many times has Rook-34B been downloaded?",
    "Where was Kieran Nwosu born?",
    "When did the Cerro Blanco mine open?",
    "How old is Marit Solheim?",
    "How many people have died of flu in Northfield this winter?",
)


# (a third batch, where and when questions above all, written the same way)
ROUND3_BBC_A = (
    # where
    _later_c(
        "where",
        "In which Indian city is Hyundai's existing car plant, next to which its second factory "
        "will be built?",
        "bbc-business-054",
        "Chennai",
    ),
    _later_c(
        "where",
        "Where was Bank of England deputy governor Rachel Lomax speaking when she said the "
        "economy was probably growing faster than official figures showed?",
        "bbc-business-057",
        "North Wales Business Club",
    ),
    _later_c(
        "where",
        "Which Mercedes factory is DaimlerChrysler shutting for two days because of the faulty "
        "Bosch diesel pumps?",
        "bbc-business-081",
        "Sindelfingen",
    ),
    _later_c(
        "where",
        "Where is Aston Martin going to build its cheaper V8 Vantage sports car?",
        "bbc-business-105",
        "Gaydon",
    ),
    _later_c(
        "where",
        "Where did Ukraine's president Viktor Yushchenko vow that the Krivorizhstal steel mill "
        "would go back to the state?",
        "bbc-business-136",
        "Kiev",
    ),
    _later_c(
        "where",
        "In which country will General Motors make the new diesel Cadillac BLS?",
        "bbc-business-149",
        "Sweden",
    ),
    _later_c(
        "where",
        "In which Scottish town did Alan Greenspan give the Adam Smith Lecture?",
        "bbc-business-213",
        "Kirkcaldy",
    ),
    _later_c(
        "where",
        "Where was Arsenal vice-chairman David Dein speaking when he floated the idea of a full "
        "stock market listing for the club?",
        "bbc-business-271",
        "Soccerex|Dubai",
    ),
    _later_c("where", "Where is sportswear maker Nike based?", "bbc-business-310", "Beaverton"),
    _later_c(
        "where",
        "Where did asbestos firm James Hardie move its headquarters, sparking a public outcry in "
        "Australia?",
        "bbc-business-337",
        "Netherlands",
    ),
    _later_c(
        "where",
        "Where is Leonid Nevzlin, who took over Khodorkovsky's stake in Yukos' parent company, "
        "living?",
        "bbc-business-444",
        "Israel",
    ),
    _later_c(
        "where",
        "Where did Michael Howard's wife Sandra make her first party conference speech?",
        "bbc-politics-011",
        "Bournemouth",
    ),
    _later_c(
        "where",
        "At which university did Tony Blair give a speech in Edinburgh backing Gordon Brown's "
        "pre-Budget report?",
        "bbc-politics-021",
        "Napier University",
    ),
    _later_c(
        "where",
        "In which city was Gordon Brown due to chair the Commission for Africa meeting on his "
        "week-long Africa trip?",
        "bbc-politics-024",
        "Cape Town",
    ),
    _later_c(
        "where",
        "In which building is the Election Court hearing the case against the three Birmingham "
        "Labour councillors accused of vote-rigging?",
        "bbc-politics-148",
        "Birmingham and Midlands Institute",
    ),
    _later_c(
        "where",
        "Where did the four British men freed from Guantanamo Bay land when they were flown home?",
        "bbc-politics-151",
        "RAF Northolt|Northolt",
    ),
    _later_c(
        "where",
        "In which county does the Quorn hunt have its headquarters?",
        "bbc-politics-179",
        "Leicestershire",
    ),
    _later_c(
        "where",
        "Where was Cherie Blair speaking when she was accused of criticising George W Bush's "
        "policies?",
        "bbc-politics-194",
        "Massachusetts",
    ),
    _later_c(
        "where",
        "Where are the Gurkhas that Britain offered to send to help tsunami victims in Indonesia "
        "stationed?",
        "bbc-politics-208",
        "Brunei",
    ),
    _later_c(
        "where",
        "Where did Charles Kennedy make his speech on public trust in taxes the day before the "
        "pre-Budget report?",
        "bbc-politics-301",
        "Commonwealth Club",
    ),
    _later_c(
        "where",
        "Where was Jack Straw speaking when he attacked Michael Howard's temper and judgement?",
        "bbc-politics-394",
        "Foreign Policy Centre",
    ),
    _later_c(
        "where",
        "At which event did Bill Gates announce a new version of Internet Explorer, IE7?",
        "bbc-tech-020",
        "RSA Security conference|San Francisco",
    ),
    _later_c(
        "where",
        "In which library are the 19th Century books that Oxford wants Google to digitise kept?",
        "bbc-tech-236",
        "Bodleian",
    ),
    _later_c(
        "where",
        "Where was the Motorsport Endeavour Club for disabled drivers launched?",
        "bbc-tech-277",
        "NEC|Autosport International|Birmingham",
    ),
    _later_c(
        "where",
        "Where did Teliasonera's chief executive Anders Igels tip mobile TV as the next big thing?",
        "bbc-tech-378",
        "3GSM World Congress|Cannes",
    ),
    # when
    _later_c("when", "When was AT&T founded?", "bbc-business-278", "1875"),
    _later_c("when", "When was the Duchy of Cornwall established?", "bbc-politics-044", "1337"),
    _later_c(
        "when",
        "In what year did Yoshiaki Tsutsumi bring the Winter Olympics to Nagano?",
        "bbc-business-037",
        "1998",
    ),
    _later_c("when", "When did the Commodore 64 first come out?", "bbc-tech-128", "1982"),
    _later_c(
        "when",
        "When was China's Industrial and Commercial Bank (ICBC) founded?",
        "bbc-business-396",
        "1984",
    ),
    _later_c("when", "When did Sequoia Capital invest $2m in Yahoo?", "bbc-tech-065", "April 1995"),
    _later_c("when", "When was the brewer Inbev created?", "bbc-business-369", "August 2004"),
    _later_c(
        "when",
        "When did Boeing sack its finance chief Michael Sears and Darleen Druyun?",
        "bbc-business-161",
        "November 2003",
    ),
    _later_c(
        "when", "What is Gordon Brown's date of birth?", "bbc-politics-406", "20 February 1951"
    ),
    _later_c(
        "when",
        "When did the meeting of tobacco executives at New York's Plaza Hotel, central to the US "
        "government's case, take place?",
        "bbc-business-104",
        "15 December, 1953",
    ),
    _later_c(
        "when",
        "When did the Santy worm, which used Google to find websites to deface, first appear?",
        "bbc-tech-257",
        "20 December",
    ),
    _later_c(
        "when",
        "On what date did Jef Raskin, who led the team behind the first Macintosh, die?",
        "bbc-tech-068",
        "26 February",
    ),
    _later_c(
        "when",
        "On which day of the week is Turkey relaunching its currency, with six zeros removed from "
        "the lira?",
        "bbc-business-257",
        "Saturday",
    ),
    _later_c(
        "when",
        "When is Patricia Hewitt due to address the games industry meeting about selling 18-rated "
        "games to children?",
        "bbc-politics-199",
        "Sunday",
    ),
    _later_c(
        "when",
        "When is Silvio Berlusconi due to present his action plan to revive Italy's economy?",
        "bbc-business-052",
        "Thursday",
    ),
    # who
    _later_c(
        "who",
        "Which games industry veteran has reacquired most of Argonaut after the company collapsed "
        "into administration?",
        "bbc-tech-119",
        "Jez San",
    ),
    _later_c(
        "who",
        "Who replaced Herbert Demel as chief executive of Fiat Auto?",
        "bbc-business-189",
        "Sergio Marchionne|Marchionne",
    ),
    _later_c(
        "who",
        "Who is Vodafone sending to run its struggling Japanese operation, Vodafone KK?",
        "bbc-business-234",
        "William Morrow",
    ),
    _later_c(
        "who",
        "Which Tate & Lyle boss was named European Businessman of the Year by Forbes?",
        "bbc-business-385",
        "Iain Ferguson",
    ),
    _later_c(
        "who",
        "Who is developing a laptop that would sell for under $100 for children in developing "
        "countries?",
        "bbc-tech-004",
        "Nicholas Negroponte|Negroponte",
    ),
    _later_c(
        "who",
        "Who stepped down as head of the US National Cyber Security Division roughly twelve "
        "months after taking the job?",
        "bbc-tech-400",
        "Amit Yoran|Yoran",
    ),
    _later_c(
        "who",
        "Which Parmalat founder apologised to investors after being questioned by prosecutors in "
        "Parma?",
        "bbc-business-458",
        "Calisto Tanzi|Tanzi",
    ),
    _later_c(
        "who",
        "Which UKIP candidate for the Suffolk Coastal seat resigned over his links to the BNP?",
        "bbc-politics-145",
        "Nicholas Betts-Green|Betts-Green",
    ),
    _later_c(
        "who", "Who placed the first mobile phone call in the UK?", "bbc-tech-098", "Ernie Wise"
    ),
    _later_c(
        "who",
        "Who is taking over from Ainum Mohd-Saaid as chief executive of Laura Ashley?",
        "bbc-business-393",
        "Lillian Tan",
    ),
)
ROUND3_NEAR_MISSES_BBC_A = (
    "When was Hyundai Motor founded?",
    "How much is Hyundai investing in its second car plant in India?",
    "Where was Federal Reserve chairman Alan Greenspan born?",
    "When did Alan Greenspan first become chairman of the Federal Reserve?",
    "When did Linus Torvalds release the first version of Linux?",
    "When was the Italian dairy group Parmalat founded?",
    "Where was Parmalat founder Calisto Tanzi born?",
    "When did James Hardie move its headquarters to the Netherlands?",
    "Where was Macintosh pioneer Jef Raskin born?",
    "Where was Fiat chief executive Sergio Marchionne born?",
    "Who replaced Amit Yoran at the US National Cyber Security Division?",
    "When was the Quorn hunt founded?",
    "When was comedian Ernie Wise born?",
    "When did Nicholas Negroponte found MIT's Media Lab?",
    "When did Nike buy the Converse brand?",
    "Who designed the Aston Martin V8 Vantage?",
    "When was Air China founded?",
    "When did Rachel Lomax become deputy governor of the Bank of England?",
    "When did Charles Kennedy become leader of the Liberal Democrats?",
    "Where is Tate & Lyle's head office?",
    "Where was the first Soccerex football business forum held?",
    "When will the Election Court give its verdict on the Aston ward postal vote case in "
    "Birmingham?",
    "Where will Turkey's new lira banknotes be printed?",
    "When will Yoshiaki Tsutsumi go on trial?",
    "How many Commodore 64 computers were sold in total?",
)

ROUND3_BBC_B = (
    # where
    _later_c(
        "where",
        "In which stadium did Paul McCartney play his Super Bowl half-time set?",
        "bbc-entertainment-133",
        "Alltel Stadium",
    ),
    _later_c(
        "where",
        "Which Paris venue hosted Elton John's concert for tsunami victims?",
        "bbc-entertainment-111",
        "Bastille opera house",
    ),
    _later_c(
        "where",
        "Where on the Thames did Eminem perform two songs for Top of the Pops?",
        "bbc-entertainment-151",
        "HMS Belfast",
    ),
    _later_c(
        "where",
        "Where will REM play the rescheduled Glasgow show they called off when Mike Mills had flu?",
        "bbc-entertainment-287",
        "Glasgow Green",
    ),
    _later_c(
        "where",
        "Where is the Leeds festival that the Pixies, Foo Fighters and Iron Maiden are headlining "
        "held?",
        "bbc-entertainment-322",
        "Bramham Park|Wetherby",
    ),
    _later_c(
        "where",
        "In which city was The Vagina Monologues set to open before Ugandan authorities banned it?",
        "bbc-entertainment-010",
        "Kampala",
    ),
    _later_c(
        "where", "Where did the Irish actor Dan O'Herlihy die?", "bbc-entertainment-089", "Malibu"
    ),
    _later_c(
        "where",
        "Which Dublin venue staged the Meteor Awards where Snow Patrol won best Irish band?",
        "bbc-entertainment-125",
        "Point Theatre",
    ),
    _later_c(
        "where",
        "Where is Charlie Parker's saxophone going to be auctioned?",
        "bbc-entertainment-164",
        "Guernsey's Auction House|New York",
    ),
    _later_c(
        "where",
        "Where was comedian Cyril Fletcher living when he died?",
        "bbc-entertainment-190",
        "Guernsey",
    ),
    _later_c(
        "where",
        "In which country will the Eurovision 50th anniversary contest of past songs be staged?",
        "bbc-entertainment-172",
        "Denmark",
    ),
    _later_c(
        "where",
        "Which English town hosted the three-day convention to find Europe's best Elvis "
        "impersonator?",
        "bbc-entertainment-233",
        "Blackpool",
    ),
    _later_c(
        "where",
        "Where is the poll winners concert for the Radio 3 World Music Awards taking place?",
        "bbc-entertainment-241",
        "The Sage|Gateshead",
    ),
    _later_c(
        "where",
        "At which Stockholm theatre did Abba reunite for the Swedish-language premiere of Mamma "
        "Mia!?",
        "bbc-entertainment-265",
        "Cirkus",
    ),
    _later_c(
        "where",
        "Where do Angolans go each week to record appeals for the TV show Meeting Point?",
        "bbc-entertainment-213",
        "Independence Square|Luanda",
    ),
    _later_c(
        "where",
        "Where is the Hit Factory recording studio moving to after leaving New York?",
        "bbc-entertainment-116",
        "Miami",
    ),
    _later_c(
        "where",
        "Where did Yelena Isinbayeva clear 4.89m to break her indoor pole vault record?",
        "bbc-sport-006",
        "Lievin",
    ),
    _later_c(
        "where",
        "Where was the half-marathon Haile Gebrselassie won on his comeback from Achilles surgery?",
        "bbc-sport-053",
        "Almeria",
    ),
    _later_c(
        "where",
        "In which park is the Reebok Cardiff Cross Challenge run?",
        "bbc-sport-077",
        "Bute Park",
    ),
    _later_c(
        "where",
        "Where do South Africa play their opening Cosafa Cup match against the Seychelles?",
        "bbc-sport-190",
        "Curepipe",
    ),
    _later_c(
        "where",
        "Where has Munster's Heineken Cup quarter-final against Biarritz been moved to?",
        "bbc-sport-317",
        "San Sebastian|Paseo de Anoeta",
    ),
    _later_c(
        "where",
        "At which ground have Manchester United fans been told Cantona masks are banned?",
        "bbc-sport-148",
        "Selhurst Park",
    ),
    _later_c(
        "where",
        "Where did Joachim Johansson pick up his first ever tournament win?",
        "bbc-sport-453",
        "Memphis",
    ),
    _later_c(
        "where",
        "Where did Robin Soderling win his first tour title, before his Milan Indoors victory?",
        "bbc-sport-505",
        "Lyon",
    ),
    _later_c(
        "where",
        "At what venue did Elena Dementieva beat Venus Williams in the Hong Kong Champions "
        "Challenge final?",
        "bbc-sport-456",
        "Victoria Park",
    ),
    # when
    _later_c(
        "when",
        "When is the Bupa Great Ireland Run in Dublin that Sonia O'Sullivan is entering?",
        "bbc-sport-007",
        "9 April",
    ),
    _later_c(
        "when",
        "On what date do the Republic of Ireland play Switzerland in their last World Cup "
        "qualifier?",
        "bbc-sport-134",
        "12 October 2005",
    ),
    _later_c(
        "when",
        "When will the last minutes of the Real Madrid v Real Sociedad game abandoned over a bomb "
        "scare be played?",
        "bbc-sport-247",
        "5 January",
    ),
    _later_c(
        "when",
        "When did Claudio Ranieri start his second spell as Valencia coach?",
        "bbc-sport-161",
        "June 2004",
    ),
    _later_c(
        "when",
        "In what year did Roger Becker set the Davis Cup age record that Andrew Murray is "
        "breaking?",
        "bbc-sport-437",
        "1952",
    ),
    _later_c(
        "when",
        "On which day did Ken Bates finalise buying into Leeds United?",
        "bbc-sport-251",
        "Friday",
    ),
    _later_c(
        "when",
        "On which day does The Sound of Music stage musical open in Vienna for the first time?",
        "bbc-entertainment-277",
        "Saturday",
    ),
    _later_c(
        "when",
        "When did Manic Street Preachers guitarist Richey Edwards disappear?",
        "bbc-entertainment-244",
        "1 February 1995",
    ),
    _later_c(
        "when",
        "When was the Nirvana box set With the Lights Out originally meant to come out?",
        "bbc-entertainment-155",
        "2001",
    ),
    _later_c(
        "when",
        "Until when did the Mumbai High Court hold back the release of the film Black Friday?",
        "bbc-entertainment-054",
        "3 February",
    ),
    _later_c(
        "when",
        "On what date will George Michael introduce his documentary A Different Story at the "
        "Berlin festival?",
        "bbc-entertainment-096",
        "16 February",
    ),
    _later_c(
        "when",
        "When was the pilot of The Beverly Hillbillies, with Jerry Scoggins singing the theme, "
        "first shown?",
        "bbc-entertainment-177",
        "1962",
    ),
    _later_c(
        "when",
        "In which month are the Manic Street Preachers taking charge of BBC 6 Music for a week?",
        "bbc-entertainment-107",
        "December",
    ),
    _later_c(
        "when",
        "When does the Joshua Reynolds exhibition with the Portrait of Omai open at Tate Britain?",
        "bbc-entertainment-020",
        "May",
    ),
    _later_c(
        "when",
        "Until when is Arsene Wenger tied to Arsenal under his new contract?",
        "bbc-sport-196",
        "May 2008",
    ),
    # how many
    _later_c(
        "how many",
        "How many spectators had to leave the Bernabeu during the bomb scare at Real Madrid v "
        "Real Sociedad?",
        "bbc-sport-245",
        "70,000",
    ),
    _later_c("how many", "How many goals did Mia Hamm score for the US?", "bbc-sport-241", "158"),
    _later_c(
        "how many",
        "How many aces did Cyril Saulnier serve against Tomas Zib at the SAP Open?",
        "bbc-sport-507",
        "19",
    ),
    _later_c(
        "how many",
        "How many minutes did Ana Ivanovic need to beat Melinda Czink in the Canberra Classic "
        "final?",
        "bbc-sport-501",
        "83",
    ),
    _later_c(
        "how many",
        "In how many countries is Miyazaki's Howl's Moving Castle being released?",
        "bbc-entertainment-087",
        "50",
    ),
    _later_c(
        "how many",
        "Roughly how many people come to Park City for the Sundance festival?",
        "bbc-entertainment-032",
        "45,000",
    ),
    _later_c(
        "how many",
        "How many cinema admissions did Japan record in 2004?",
        "bbc-entertainment-046",
        "170 million",
    ),
    _later_c(
        "how many",
        "How many films are being screened at this year's Berlin Film Festival?",
        "bbc-entertainment-058",
        "350",
    ),
    _later_c(
        "how many",
        "How many roles does Tom Hanks play in The Polar Express?",
        "bbc-entertainment-036",
        "five",
    ),
    _later_c(
        "how many",
        "How many songs does Kevin Spacey sing on the Beyond the Sea soundtrack?",
        "bbc-entertainment-071",
        "18",
    ),
)
ROUND3_NEAR_MISSES_BBC_B = (
    "How much money did Elton John's tsunami benefit concert in Paris raise?",
    "Where did Paul McCartney perform at the first Super Bowl held after 9/11?",
    "How many fans are expected at REM's open-air show at Balloch Castle Country Park?",
    "How much did Ken Bates pay for his stake in Leeds United?",
    "Where did Mia Hamm play her farewell game against Mexico?",
    "How much compensation did Valencia pay Claudio Ranieri after sacking him?",
    "Where was Cyril Fletcher born?",
    "When was Richey Edwards born?",
    "In which hospital did Haile Gebrselassie have his Achilles operation?",
    "When was Joachim Johansson born?",
    "How many spectators watched Elena Dementieva beat Venus Williams in Hong Kong?",
    "Where is Johnny Carson buried?",
    "When did Dan O'Herlihy first move to Hollywood?",
    "Who won the European Elvis impersonator title at the Blackpool convention?",
    "Where was Yelena Isinbayeva born?",
    "When was Andrew Murray born?",
    "When will the Joshua Reynolds exhibition at Tate Britain close?",
    "When did Arsene Wenger first take charge of Arsenal?",
    "How many tickets have been sold for the Swedish-language Mamma Mia! in Stockholm?",
    "Which Danish city will host the Eurovision 50th anniversary show?",
    "When is the verdict due in the Mumbai bombings trial that delayed Black Friday?",
    "How many copies has the Nirvana box set With the Lights Out sold?",
    "When does The Sound of Music's run at the Vienna Volksoper end?",
    "When will the Hit Factory's new studio in Miami open?",
    "Where was Robin Soderling born?",
)


# -- Written last: a third batch, after the round of rules fitted to batch 2's tuning
# half, by writers who again never saw how /news ask answers (on BBC articles no earlier
# question used, and the samples).


_last_c = partial(_c, batch=3)
_last_s = partial(_s, batch=3)


LAST_BBC_BUSINESS_POLITICS = (
    _last_c(
        "who",
        "Which Law Lord said the immigration officers at Prague airport ought to have handled "
        "every would-be passenger alike?",
        "bbc-politics-370",
        "Lady Hale|Hale",
    ),
    _last_c(
        "who",
        "Who is the spokesman for the Muslim Association of Britain?",
        "bbc-politics-062",
        "Azzam Tamimi|Tamimi",
    ),
    _last_c(
        "who",
        "Who is the SEC's deputy enforcement director who commented on the Disney disclosure "
        "settlement?",
        "bbc-business-331",
        "Linda Thomsen|Thomsen",
    ),
    _last_c(
        "who",
        "Who is the chief executive of brewer Scottish and Newcastle?",
        "bbc-business-315",
        "Tony Froggatt|Froggatt",
    ),
    _last_c(
        "who", "Who is the OECD's chief economist?", "bbc-business-030", "Jean-Philippe Cotis|Cotis"
    ),
    _last_c(
        "who",
        "Who wrote Brown's Britain, the book claiming mutual animosity between Blair and Brown?",
        "bbc-politics-262",
        "Robert Peston|Peston",
    ),
    _last_c(
        "who",
        "Who is the director of the US housing regulator OFHEO?",
        "bbc-business-326",
        "Armando Falcon|Falcon",
    ),
    _last_c(
        "who",
        "Who is the US Trade Representative behind the WTO complaint over EU customs tariffs?",
        "bbc-business-446",
        "Robert Zoellick|Zoellick",
    ),
    _last_c(
        "who",
        "Who is managing director of Indian budget carrier Air Deccan?",
        "bbc-business-407",
        "Gorur Gopinath|Gopinath",
    ),
    _last_c(
        "who",
        "Who founded the Survivors Fund, one of the groups channelling UK money to women "
        "survivors of the Rwandan genocide?",
        "bbc-politics-140",
        "Mary Kayitesi Blewitt|Blewitt",
    ),
    _last_c(
        "who",
        "Who heads the Conference Board's consumer research centre?",
        "bbc-business-361",
        "Lynn Franco|Franco",
    ),
    _last_c(
        "who",
        "Which Ofsted chief warned independent faith schools about citizenship teaching?",
        "bbc-politics-172",
        "David Bell|Bell",
    ),
    _last_c("who", "Who is BMW's group chief executive?", "bbc-business-056", "Helmut Panke|Panke"),
    _last_c(
        "who",
        "Which lawyer is leading the class action suit by Enron shareholders?",
        "bbc-business-414",
        "William Lerach|Lerach",
    ),
    _last_c(
        "who",
        "Who is the new boss suing banks on behalf of Parmalat?",
        "bbc-business-312",
        "Enrico Bondi|Bondi",
    ),
    _last_c("who", "Who is India's commerce minister?", "bbc-business-347", "Kamal Nath|Nath"),
    _last_c(
        "who",
        "Who chairs the Hansard Society, which wants broadcasters to fix a date for a TV "
        "leaders' debate?",
        "bbc-politics-348",
        "Lord Holme|Holme",
    ),
    _last_c(
        "who",
        "Who chairs the Karachi Stock Exchange?",
        "bbc-business-428",
        "Yaseen Lakhani|Lakhani",
    ),
    _last_c(
        "when",
        "When did Home Office officials screen passengers at Prague airport, in the scheme the "
        "Law Lords found discriminated against Roma?",
        "bbc-politics-370",
        "July 2001",
    ),
    _last_c(
        "when",
        "When will Lufthansa give full details of its 2004 results?",
        "bbc-business-109",
        "23 March",
    ),
    _last_c(
        "when",
        "On what date will Ford give guidance for the first quarter of 2005 at a presentation "
        "in New York?",
        "bbc-business-479",
        "26 January",
    ),
    _last_c(
        "when",
        "From what date is British Airways halting its Heathrow flights to Jeddah and Riyadh?",
        "bbc-business-432",
        "27 March",
    ),
    _last_c(
        "when",
        "When was Millennium Alcobev, the joint venture between S&N and United Breweries, set up?",
        "bbc-business-315",
        "May 2003",
    ),
    _last_c(
        "when",
        "On what date were Russian authorities due to auction off Yuganskneftegas?",
        "bbc-business-299",
        "19 December",
    ),
    _last_c(
        "when",
        "When will Japan Airlines get its first Boeing 7E7s?",
        "bbc-business-335",
        "April 2008",
    ),
    _last_c(
        "when",
        "When are Liberia's elections, the first since the civil war ended, due to be held?",
        "bbc-business-107",
        "11 October",
    ),
    _last_c("when", "In what year did Fiat first buy into Ferrari?", "bbc-business-051", "1969"),
    _last_c(
        "when", "In what year did David Blunkett enter Parliament?", "bbc-politics-041", "1987"
    ),
    _last_c(
        "when",
        "When was Stephanie Villalba sacked by Merrill Lynch?",
        "bbc-business-336",
        "August 2003",
    ),
    _last_c(
        "when",
        "When is the trial in the Enron shareholder lawsuit scheduled to begin?",
        "bbc-business-414",
        "October 2006",
    ),
    _last_c(
        "when",
        "Since what year has Bob Murray been on the Sunderland board?",
        "bbc-business-367",
        "1984",
    ),
    _last_c(
        "when",
        "According to Robert Peston's book, when did Tony Blair change his mind about standing "
        "down before the election?",
        "bbc-politics-255",
        "June 2004",
    ),
    _last_c(
        "when",
        "Karachi investors expect the stock market boom to last at least until a public "
        "holiday - on what date is it?",
        "bbc-business-428",
        "22 January",
    ),
    _last_c("when", "When did Jet Airways start flying?", "bbc-business-186", "1993"),
    _last_c(
        "when",
        "On what date did the dollar hit its $1.3006 record low against the euro?",
        "bbc-business-097",
        "10 November",
    ),
    _last_c(
        "when",
        "When did the Clinton administration file the $280bn case against the big tobacco "
        "companies?",
        "bbc-business-010",
        "1999",
    ),
    _last_c(
        "where",
        "In which city did EU leaders meet in 2000 and pledge that Europe's economy would "
        "outstrip America's by 2010?",
        "bbc-business-285",
        "Lisbon",
    ),
    _last_c(
        "where",
        "At which city's International Motor Show did Ford unveil its Fusion and Zephyr models?",
        "bbc-business-479",
        "Detroit",
    ),
    _last_c("where", "Where did Tony Blair sign the EU constitution?", "bbc-politics-142", "Rome"),
    _last_c(
        "where",
        "Where did Robert Kilroy-Silk announce at a public meeting that he was quitting UKIP?",
        "bbc-politics-111",
        "Hinckley",
    ),
    _last_c(
        "where",
        "Where is Group Menatep, the majority owner of Yukos, based?",
        "bbc-business-127",
        "Gibraltar",
    ),
    _last_c(
        "where",
        "In which Indian state is Cairn Energy drilling for oil?",
        "bbc-business-198",
        "Rajasthan",
    ),
    _last_c(
        "where", "Where will G7 finance ministers meet in February?", "bbc-business-374", "London"
    ),
    _last_c(
        "where",
        "Where was Jack Straw when he told activists that the next election would turn on trust?",
        "bbc-politics-403",
        "Blackburn",
    ),
    _last_c(
        "where",
        "At which ground was the Old Firm Scottish Cup third round clash being played?",
        "bbc-politics-219",
        "Parkhead",
    ),
    _last_c(
        "where",
        "Where will ATR and Air Deccan set up their joint training centre?",
        "bbc-business-407",
        "Bangalore",
    ),
    _last_c(
        "where",
        "In which city did Yukos lawyers argue its emergency US bankruptcy hearing?",
        "bbc-business-299",
        "Houston",
    ),
    _last_c(
        "where",
        "Where was US Treasury Secretary John Snow at the start of his four-nation EU visit?",
        "bbc-business-097",
        "Dublin",
    ),
    _last_c(
        "where",
        "In which country did MI6 arrange to meet ex-KGB officer Viktor Makarov after his "
        "release from the labour camp?",
        "bbc-politics-053",
        "Latvia",
    ),
    _last_c(
        "where",
        "Which seat does Robert Jackson, the Tory MP who defected to Labour, represent?",
        "bbc-politics-307",
        "Wantage",
    ),
    _last_c(
        "where",
        "Where was the Tory spring conference at which Michael Howard hit back at Peter Hain's "
        "'mongrel' jibe?",
        "bbc-politics-408",
        "Brighton",
    ),
    _last_c(
        "where",
        "Where is Guantanamo Bay detainee Moazzam Begg from?",
        "bbc-politics-192",
        "Birmingham",
    ),
    _last_c(
        "where",
        "On which river is China's Xiluodu dam being built?",
        "bbc-business-282",
        "Jinshajiang",
    ),
    _last_c(
        "where",
        "Where is the Titan corporation, which admitted bribery in Benin, based?",
        "bbc-business-102",
        "California",
    ),
    _last_c(
        "how many",
        "How much did five Bank of America subsidiaries agree to pay to settle the SEC's "
        "mutual fund probe?",
        "bbc-business-122",
        "$515m|£277m",
    ),
    _last_c(
        "how many",
        "In how many constituencies does the Muslim Association of Britain think Muslim voters "
        "could swing the result?",
        "bbc-politics-062",
        "50",
    ),
    _last_c(
        "how many",
        "How many times over was Jet Airways' share offer subscribed?",
        "bbc-business-186",
        "16.2 times|16.2",
    ),
    _last_c(
        "how many",
        "How many consumer fraud reports did the US Federal Trade Commission receive in 2004?",
        "bbc-business-079",
        "635,173",
    ),
    _last_c(
        "how many",
        "How many passengers were left stranded by the US Airways and Comair Christmas chaos?",
        "bbc-business-348",
        "30,000",
    ),
    _last_c(
        "how many",
        "How many jobs does South Korea aim to create with its 2005 spending boost?",
        "bbc-business-258",
        "400,000",
    ),
    _last_c(
        "how many",
        "How many MPs are there at present, according to Michael Howard's plan to cut their "
        "number?",
        "bbc-politics-096",
        "659",
    ),
    _last_c(
        "how many",
        "How many people were recently given medical checks at Heathrow Airport, according to "
        "the Home Office?",
        "bbc-politics-382",
        "175,000",
    ),
    _last_c(
        "how many",
        "How many 7E7 planes has Japan Airlines firmly ordered from Boeing?",
        "bbc-business-335",
        "30",
    ),
    _last_c(
        "how many",
        "How many girls and women are estimated to have been raped during the Rwandan genocide?",
        "bbc-politics-140",
        "25,000",
    ),
    _last_c(
        "how many",
        "How many households did the Conference Board survey on US consumer confidence?",
        "bbc-business-361",
        "5,000",
    ),
    _last_c(
        "how many",
        "How old is Viktor Makarov, the ex-Russian spy on hunger strike near Downing Street?",
        "bbc-politics-053",
        "50",
    ),
    _last_c(
        "how many",
        "How old is former Merrill Lynch executive Stephanie Villalba?",
        "bbc-business-336",
        "42",
    ),
    _last_c(
        "how many",
        "How much do the Tories say they can save in government spending by tackling waste?",
        "bbc-politics-271",
        "£35bn",
    ),
    _last_c("how many", "How big a stake does Fiat own in Ferrari?", "bbc-business-051", "56%"),
    _last_c(
        "how many",
        "Of the banks Parmalat sued on Thursday, how many are Italian?",
        "bbc-business-312",
        "35",
    ),
    _last_c(
        "how many",
        "How many pupils have been caught skipping school by previous national truancy sweeps?",
        "bbc-politics-030",
        "31,000",
    ),
    _last_c(
        "how many",
        "How much does Indonesia owe the Paris Club of creditors?",
        "bbc-business-491",
        "$48bn|£25.5bn",
    ),
)

LAST_NEAR_MISSES_BBC_BUSINESS_POLITICS = (
    "How much is Scottish and Newcastle chief executive Tony Froggatt paid a year?",
    "When was the Muslim Association of Britain founded?",
    "How old is Karachi Stock Exchange chairman Yaseen Lakhani?",
    "Where will the anti-sectarian summit planned by Cathy Jamieson and Jack McConnell be held?",
    "How much in total is Air Deccan paying ATR for its 36 new planes?",
    "How much is Parmalat's administrator Enrico Bondi paid?",
    "When was Irish oil company Petrel Resources founded?",
    "Who is the chief executive of Everasia, the Turkish firm reported to have won Iraq's "
    "Khurmala Dome contract?",
    "Who replaced Stephanie Villalba as head of Merrill Lynch's private client business in Europe?",
    "When was Yangtze Electric Power, the operator of the Three Gorges Dam, listed on the "
    "stock market?",
    "Where was former KGB officer Viktor Makarov born?",
    "Who is the chief executive of Lufthansa?",
    "How many employees does the Titan corporation have?",
    "When was Lady Hale appointed a Law Lord?",
    "Who is the chief executive of Nigeria's Standard Trust Bank?",
    "How many branches does United Bank of Africa have?",
    "When was the Conference Board, which runs the US consumer confidence survey, founded?",
    "When will Robert Kilroy-Silk's Veritas party hold its leadership election?",
    "How much is BMW chief executive Helmut Panke paid?",
    "Who is the chief executive of Comair, the Delta subsidiary hit by computer failures over "
    "Christmas?",
    "How much was EMI Music chairman Alain Levy paid last year?",
    "When was Strathclyde University's Fraser of Allander Institute founded?",
    "Where will Lufthansa present the full details of its 2004 results on 23 March?",
    "How much did Petrel Resources bid for the Iraqi oilfield contracts?",
    "When was Jet Airways founder Naresh Goyal born?",
)

LAST_BBC_SPORT_ARTS_TECH = (
    _last_c(
        "who",
        "Who heads Athletics Kenya, the body that banned Susan Chepkemei until the end of the "
        "year?",
        "bbc-sport-021",
        "Isaiah Kiplagat|Kiplagat",
    ),
    _last_c("who", "Who is Kelly Holmes's coach?", "bbc-sport-055", "Margot Jennings|Jennings"),
    _last_c(
        "who", "Who coaches long jumper Chris Tomlinson?", "bbc-sport-071", "Peter Stanley|Stanley"
    ),
    _last_c(
        "who",
        "Which US judge pencilled in a trial date in the Balco steroids case?",
        "bbc-sport-045",
        "Susan Ilston|Ilston",
    ),
    _last_c(
        "who",
        "Which chiropractor has been treating Arjen Robben's broken foot?",
        "bbc-sport-110",
        "Jean Pierre Meersseman|Meersseman",
    ),
    _last_c(
        "who",
        "Which Blackburn midfielder's kick broke Robben's foot?",
        "bbc-sport-114",
        "Aaron Mokoena|Mokoena",
    ),
    _last_c(
        "who",
        "Who was the fourth official who ushered Jose Mourinho away from the touchline in the "
        "Carling Cup final?",
        "bbc-sport-169",
        "Phil Crossley|Crossley",
    ),
    _last_c(
        "who",
        "Which linesman did Hearts winger Saulius Mikoliunas barge at Tynecastle?",
        "bbc-sport-147",
        "Andy Davis|Davis",
    ),
    _last_c(
        "who",
        "Who scored the winner for Leyton Orient at Mansfield?",
        "bbc-sport-214",
        "Andy Scott|Scott",
    ),
    _last_c(
        "who",
        "Who is the producer turning It's A Wonderful Life into a stage musical?",
        "bbc-entertainment-003",
        "Jon Thoday|Thoday",
    ),
    _last_c(
        "who",
        "Which sculptor is decorating the Tate's Christmas tree with broken plates and light "
        "bulbs?",
        "bbc-entertainment-001",
        "Richard Wentworth|Wentworth",
    ),
    _last_c(
        "who",
        "Who directed Underexposure, one of the first Iraqi features made since the fall of "
        "Saddam?",
        "bbc-entertainment-029",
        "Oday Rasheed|Rasheed",
    ),
    _last_c(
        "who",
        "Which design engineer is getting the Sawyer Award at the Oscars' Scientific and "
        "Technical Awards dinner?",
        "bbc-entertainment-035",
        "Takuo Miyagishima|Miyagishima",
    ),
    _last_c(
        "who",
        "Who is the director of the Wolong Nature Reserve, where pandas are being tracked over "
        "a wireless network?",
        "bbc-tech-107",
        "Zhang Hemin|Zhang",
    ),
    _last_c(
        "who",
        "Which Sun Microsystems executive pitched Sun Grid as computing for 'a buck an hour'?",
        "bbc-tech-022",
        "Jonathan Schwartz|Schwartz",
    ),
    _last_c(
        "who",
        "Who is the boss of Broadreach, the hotspot firm teaming up with Skype?",
        "bbc-tech-042",
        "Magnus McEwen-King|McEwen-King",
    ),
    _last_c(
        "who",
        "Who is the managing director of Email Systems, the firm tracking the rise in spam?",
        "bbc-tech-055",
        "Neil Hammerton|Hammerton",
    ),
    _last_c(
        "who",
        "Who is PC Pro's news and features editor, who explained why Sony won the innovation "
        "award?",
        "bbc-tech-111",
        "Paul Trotter|Trotter",
    ),
    _last_c(
        "when",
        "When are the European Indoor Championships where Sarah Claxton hopes to win her first "
        "major medal?",
        "bbc-sport-001",
        "5-6 March",
    ),
    _last_c(
        "when",
        "What date is the Great Edinburgh International Cross Country that Susan Chepkemei has "
        "entered?",
        "bbc-sport-024",
        "15 January",
    ),
    _last_c(
        "when",
        "When will Justin Gatlin and Joanna Hayes be presented with their Jesse Owens Awards?",
        "bbc-sport-041",
        "3 December",
    ),
    _last_c(
        "when", "When did Cristiano Ronaldo join Manchester United?", "bbc-sport-098", "August 2003"
    ),
    _last_c(
        "when",
        "Which weekend will the FA Cup sixth-round ties be played?",
        "bbc-sport-122",
        "12-13 March",
    ),
    _last_c(
        "when",
        "When do Middlesbrough play Sporting Lisbon in the Uefa Cup?",
        "bbc-sport-171",
        "17 March",
    ),
    _last_c(
        "when",
        "When is the Merseyside derby that James Beattie will be available for?",
        "bbc-sport-175",
        "20 March",
    ),
    _last_c("when", "When was Glenn Hoddle sacked by Spurs?", "bbc-sport-226", "September 2003"),
    _last_c(
        "when",
        "When is the concert at Parken stadium marking Hans Christian Andersen's bicentenary?",
        "bbc-entertainment-002",
        "2 April",
    ),
    _last_c(
        "when",
        "What's the release date of Harry Potter and the Half-Blood Prince?",
        "bbc-entertainment-025",
        "16 July",
    ),
    _last_c(
        "when",
        "When will this year's Cesar awards ceremony be held?",
        "bbc-entertainment-063",
        "26 February",
    ),
    _last_c(
        "when",
        "When is the Da Vinci Code film due to be released in the US and France?",
        "bbc-entertainment-068",
        "May 19, 2006",
    ),
    _last_c(
        "when",
        "When did conductor Marcello Viotti give his last public performance?",
        "bbc-entertainment-023",
        "5 February",
    ),
    _last_c(
        "when",
        "When will the winner of the second Lit Idol contest be announced?",
        "bbc-entertainment-027",
        "14 March",
    ),
    _last_c(
        "when",
        "Outside mainland Europe, Xboxes made before what date are covered by the power cable "
        "replacement?",
        "bbc-tech-015",
        "23 October 2003",
    ),
    _last_c(
        "when",
        "When are William Trowbridge and Michael Chicoine due to be sentenced for peer-to-peer "
        "piracy?",
        "bbc-tech-075",
        "29 April",
    ),
    _last_c(
        "when",
        "From what date does California's new anti-spyware law apply?",
        "bbc-tech-096",
        "1 January",
    ),
    _last_c("when", "When does the Nintendo DS go on sale in Japan?", "bbc-tech-160", "2 December"),
    _last_c(
        "where",
        "Where did the IAAF hold its anti-doping meeting with coaches and athletes?",
        "bbc-sport-004",
        "Monaco",
    ),
    _last_c(
        "where",
        "In which city did James McIlroy win the 800m at the TEAG indoor meeting?",
        "bbc-sport-064",
        "Erfurt",
    ),
    _last_c(
        "where",
        "Where did Jo Pavey help the British cross country team win team silver?",
        "bbc-sport-074",
        "Heringsdorf",
    ),
    _last_c(
        "where",
        "Where is the New Year Sprint that Dougie Walker had hoped to run in staged?",
        "bbc-sport-031",
        "Musselburgh Racecourse|Musselburgh",
    ),
    _last_c(
        "where",
        "Where did Darren Campbell win the European 100m title in 1998?",
        "bbc-sport-028",
        "Budapest",
    ),
    _last_c(
        "where",
        "At which ground did Wes Brown last play for England, in the defeat by Australia?",
        "bbc-sport-123",
        "Upton Park",
    ),
    _last_c(
        "where",
        "Which stadium is hosting the Cosafa Cup final between Zambia and Angola?",
        "bbc-sport-215",
        "Independence stadium|Lusaka",
    ),
    _last_c(
        "where",
        "Where will Wolves unveil Glenn Hoddle as their new manager?",
        "bbc-sport-226",
        "Molineux",
    ),
    _last_c(
        "where",
        "Where did Theo van Gogh's last film, 06/05, have its premiere?",
        "bbc-entertainment-057",
        "The Hague|Hague",
    ),
    _last_c(
        "where",
        "At which film festival was the Baghdad Blogger film shown?",
        "bbc-entertainment-029",
        "Rotterdam Film Festival|Rotterdam",
    ),
    _last_c(
        "where",
        "At which New York theatre will previews of The Glass Menagerie with Christian Slater "
        "begin?",
        "bbc-entertainment-019",
        "Ethel Barrymore Theatre|Ethel Barrymore",
    ),
    _last_c(
        "where",
        "In which hotel was Ossie Davis's body found?",
        "bbc-entertainment-044",
        "Shore Club hotel|Shore Club",
    ),
    _last_c(
        "where",
        "Which Atlanta college did Spike Lee go back to, urging students to aim for jobs "
        "behind the camera?",
        "bbc-entertainment-052",
        "Morehouse College|Morehouse",
    ),
    _last_c(
        "where",
        "At what event will the Lit Idol winner be revealed?",
        "bbc-entertainment-027",
        "London Book Fair",
    ),
    _last_c(
        "where",
        "Which London gallery has a Christmas tree that can receive text messages?",
        "bbc-entertainment-001",
        "Tate Britain",
    ),
    _last_c(
        "where",
        "In which German city will Nokia let bus passengers pay for tickets with their phones?",
        "bbc-tech-181",
        "Hanau",
    ),
    _last_c(
        "where",
        "In which Chinese province is the Wolong Nature Reserve?",
        "bbc-tech-107",
        "Sichuan Province|Sichuan",
    ),
    _last_c(
        "where",
        "In which US state were Jeremy Jaynes and his sister convicted of spamming AOL users?",
        "bbc-tech-132",
        "Virginia",
    ),
    _last_c(
        "how many",
        "What time did Sarah Claxton run to win the AAAs 60m hurdles title?",
        "bbc-sport-001",
        "7.96 seconds",
    ),
    _last_c(
        "how many",
        "When Michelle Collins got her eight-year ban, how many athletes had been sanctioned "
        "in connection with the Balco scandal?",
        "bbc-sport-035",
        "13",
    ),
    _last_c(
        "how many",
        "How much will Real Sociedad pay Rangers to take Dragan Mladenovic on loan?",
        "bbc-sport-117",
        "£150,000",
    ),
    _last_c(
        "how many",
        "How big a stake in Manchester United does Malcolm Glazer own?",
        "bbc-sport-124",
        "28.1%",
    ),
    _last_c(
        "how many",
        "How much did Iran reward Arash Miresmaeili for refusing to fight an Israeli at the "
        "Athens Olympics?",
        "bbc-sport-136",
        "$125,000",
    ),
    _last_c("how many", "How old was Rinus Michels when he died?", "bbc-sport-149", "77"),
    _last_c(
        "how many",
        "How much did Arsenal pay Seville for Jose Antonio Reyes?",
        "bbc-sport-154",
        "£17m",
    ),
    _last_c(
        "how many",
        "For how many consecutive minutes has Petr Cech gone without conceding a Premiership goal?",
        "bbc-sport-174",
        "961",
    ),
    _last_c(
        "how many",
        "What was the attendance at Mansfield's defeat by Leyton Orient?",
        "bbc-sport-214",
        "3,803",
    ),
    _last_c(
        "how many",
        "How many books were submitted for the 2005 Richard and Judy book award shortlist?",
        "bbc-entertainment-004",
        "301",
    ),
    _last_c(
        "how many",
        "How much did the Mary Poppins stage musical cost to bring to the stage?",
        "bbc-entertainment-005",
        "£9m",
    ),
    _last_c(
        "how many",
        "How much did A Series of Unfortunate Events take in its debut weekend in North America?",
        "bbc-entertainment-060",
        "$30.2m",
    ),
    _last_c(
        "how many", "How old was Ossie Davis when he was found dead?", "bbc-entertainment-044", "87"
    ),
    _last_c(
        "how many",
        "Into how many languages can the Zafi.D virus translate its Merry Christmas subject line?",
        "bbc-tech-008",
        "15",
    ),
    _last_c(
        "how many",
        "How many Xbox power cables is Microsoft replacing over the fire fears?",
        "bbc-tech-015",
        "14 million",
    ),
    _last_c("how many", "Roughly how much did Doom 3 cost to make?", "bbc-tech-126", "$15m"),
    _last_c(
        "how many",
        "At how many UK hotspots are Broadreach and Skype rolling out free net calls?",
        "bbc-tech-042",
        "350",
    ),
    _last_c(
        "how many",
        "How many hours have gamers spent playing Halo 2 on Xbox Live?",
        "bbc-tech-160",
        "28 million",
    ),
)

LAST_NEAR_MISSES_BBC_SPORT_ARTS_TECH = (
    "Which London venue hosted Rooster's gig that was broadcast live to 3G phones?",
    "How much did Chelsea pay PSV Eindhoven to sign Arjen Robben?",
    "How much does Sharp's motion-sensitive V603SH phone cost in Japan?",
    "How much does the Nokia 3220 handset used in the Hanau bus ticket trial cost?",
    "How many copies has Doom 3 sold?",
    "Who was the radio DJ who tricked Jose Antonio Reyes by pretending to be Emilio Butragueno?",
    "When was conductor Marcello Viotti born?",
    "How much prize money does a Smarties Book Prize winner receive?",
    "How many people have signed up to Microsoft's MSN Spaces blogging service?",
    "How many fans watched Newcastle beat Heerenveen 2-1 in the Uefa Cup?",
    "How old is convicted spammer Jeremy Jaynes?",
    "How much does Sony's PCG-X505/P Vaio laptop cost?",
    "How old is Jean-Michel Jarre?",
    "How much did Intel spend on the wireless network at the Wolong Nature Reserve?",
    "How many copies has Fergus Crane, the Smarties prize winner, sold?",
    "Where was actor Ossie Davis born?",
    "What was the attendance at the Carling Cup final in Cardiff where Chelsea beat Liverpool 3-2?",
    "How many tickets have been sold for the Hans Christian Andersen concert at Parken stadium?",
    "How much did Jon Thoday pay Philip van Doren Stern's family for the rights to The "
    "Greatest Gift?",
    "How many fans saw Tottenham beat Nottingham Forest 3-0 in the FA Cup fifth round?",
    "Where was sprinter Dougie Walker born?",
    "How many copies of Metal Slug 3 have been sold?",
    "How much did the plates from Tate Britain's Christmas tree raise for ArtWorks?",
    "Who coaches British hurdler Sarah Claxton?",
    "When was Rinus Michels born?",
)

LAST_SAMPLES = (
    _last_s(
        "who",
        "Which Tejo Capital economist called logistics one of the quiet success stories of "
        "Portugal's economy?",
        "port-of-lisbon",
        "Sofia Marçal|Marçal",
    ),
    _last_s(
        "who",
        "Who leads the opposition Lisbon Forward group?",
        "short-term-rentals",
        "Nuno Baptista|Baptista",
    ),
    _last_s(
        "who",
        "Which Hawaiian surfer did Inês Carvalho beat in the Nazaré final?",
        "nazare",
        "Kainoa Pauley|Pauley",
    ),
    _last_s(
        "who",
        "Who scored both of New Zealand's tries in their 27-24 loss to France?",
        "france-beat",
        "Ropata Henare|Henare",
    ),
    _last_s(
        "who",
        "Who is Saxony's economy minister?",
        "veridian-semiconductors-dresden",
        "Katrin Vogelsang|Vogelsang",
    ),
    _last_s(
        "who",
        "Which Kyoto physicist pointed out that Qubitron's experiment stored information but "
        "didn't compute with it?",
        "qubitron",
        "Mei Takahashi|Takahashi",
    ),
    _last_s(
        "who",
        "Who is project manager of the River Wenn flood defence scheme?",
        "river-wenn",
        "Laura Greenwood|Greenwood",
    ),
    _last_s(
        "who",
        "Which Fjordbank Markets economist described the rate cut as a relief, not a rescue?",
        "mortgage-relief",
        "Lars Eide|Eide",
    ),
    _last_s(
        "when",
        "When did Santa Clara hospital bring in its new triage system?",
        "santa-clara",
        "August",
    ),
    _last_s(
        "when",
        "The malaria antibody hasn't been tested on under-fives yet - when does that trial start?",
        "cuts-cases-71",
        "March 2027",
    ),
    _last_s(
        "when",
        "What time did controllers confirm that Halcyon had reached orbit around Tenrai?",
        "halcyon",
        "04:12 GMT|04:12",
    ),
    _last_s("when", "When was the Beacon-4 satellite launched?", "orbit-forge", "2024"),
    _last_s(
        "when",
        "When do Northfield Town host league leaders Brackley Vale?",
        "harrowby",
        "5 December",
    ),
    _last_s(
        "when",
        "When is the first new baking line at Hartley's due to start running?",
        "hartleys",
        "October 2027",
    ),
    _last_s("when", "When did Astrid Moe tear her knee ligament?", "ruka", "January"),
    _last_s(
        "when",
        "In what year did a fire next door damage the kitchen of Casa do Fado Velho?",
        "fado",
        "1989",
    ),
    _last_s(
        "where",
        "At which Lisbon terminal did Hanseo Line and Pacific Crest Shipping start weekly calls?",
        "port-of-lisbon",
        "Alcântara",
    ),
    _last_s(
        "where",
        "After Alfama and Mouraria, which Lisbon neighbourhood will the residents' association "
        "campaign for next?",
        "short-term-rentals",
        "Bairro Alto",
    ),
    _last_s(
        "where",
        "Where were blood samples from the African malaria injection trial analysed?",
        "injection-trial-africa",
        "Lisbon",
    ),
    _last_s(
        "where",
        "Where is the Iberian Fire Research Institute?",
        "portugal-november-wildfire",
        "Seville",
    ),
    _last_s(
        "where", "Where is the Atlantic Deep Ocean Institute based?", "azores", "Ponta Delgada"
    ),
    _last_s(
        "where",
        "Where will the Cape Town breast screening programme expand to next year?",
        "breast-screening",
        "Eastern Cape",
    ),
    _last_s(
        "where", "On which island does home dialysis patient Oddvar Lien live?", "dialysis", "Fedje"
    ),
    _last_s(
        "where", "Where is the hydrogen for the MF Brisen ferry produced?", "brisen", "Mongstad"
    ),
    _last_s(
        "how many",
        "How many nursing posts are vacant at Santa Clara hospital?",
        "santa-clara",
        "38",
    ),
    _last_s(
        "how many",
        "How much compensation have fishermen been offered over the Viana do Castelo wind farm?",
        "viana",
        "12 million euros",
    ),
    _last_s("how many", "How many employees does Sardinha Labs have?", "sardinha", "22"),
    _last_s("how many", "How many GPU hours did training Rook-34B take?", "corvid", "2.1 million"),
    _last_s(
        "how many",
        "How many points did Lucas Berthier score against the All Blacks?",
        "france-beat",
        "12",
    ),
    _last_s(
        "how many",
        "How much has the Otters' appeal for Ellie Marsden's travel costs raised?",
        "ellie-marsden",
        "£3,400",
    ),
    _last_s(
        "how many",
        "How far did the Nigardsbreen glacier tongue retreat?",
        "jostedalsbreen",
        "68 metres",
    ),
    _last_s("how many", "How many people can Casa do Fado Velho seat?", "fado", "46"),
)

LAST_NEAR_MISSES_SAMPLES = (
    "How much did Ardent Space pay Orbit Forge to refuel Beacon-4?",
    "How many homes has the wildfire near Évora destroyed?",
    "Who founded Casa do Fado Velho?",
    "How many turbines will the Figueira da Foz offshore wind farm have?",
    "How old is Sardinha Labs co-founder Marta Quintela?",
    "How many pupils attend St Aidan's High School in Northfield?",
    "How much did the Skyglass-1 sea-ice satellite cost?",
    "Who is the chief executive of Qubitron Labs?",
    "How old is Veridian chief executive Markus Feldmann?",
    "How much is a ticket on the MF Brisen hydrogen ferry?",
    "Who manages Harrowby Rovers?",
    "How old is the Swedish skier Elin Bergqvist?",
    "How much did the Jostedalsbreen glacier survey cost?",
    "How many members does the Alfama Residents' Association have?",
    "When was Kallio Compute founded?",
)


# -- Written fourth: a fourth batch, after the round of rules fitted to batch 3's tuning
# half, by writers who again never saw how /news ask answers (BBC articles no earlier
# question used: business; sport and entertainment; politics and tech).


_b4_c = partial(_c, batch=4)

B4_BBC_BUSINESS = (
    _b4_c(
        "who",
        "Which appeals court judge wrote the ruling that threw out the US government's $280bn "
        "racketeering case against the tobacco firms?",
        "bbc-business-291",
        "David Sentelle|Sentelle",
    ),
    _b4_c(
        "who",
        "Which Nobel-winning economist put his name to the Financial Economists Roundtable "
        "warning about the US pension insurer's deficit?",
        "bbc-business-368",
        "William Sharpe|Sharpe",
    ),
    _b4_c(
        "who",
        "Which Lehman Brothers analyst said the real story behind Barclays' record profits was "
        "costs?",
        "bbc-business-126",
        "Alex Potter|Potter",
    ),
    _b4_c(
        "who",
        "Who is the Ukrainian billionaire, described as the country's richest man, who co-founded "
        "the consortium that won the Krivorizhstal auction alongside Kuchma's son-in-law?",
        "bbc-business-197",
        "Rinat Akhmetov|Akhmetov",
    ),
    _b4_c(
        "who",
        "Who is the Yukos chief executive who said after the Houston ruling that the firm's "
        "assets had been illegally seized?",
        "bbc-business-025",
        "Steven Theede|Theede",
    ),
    _b4_c(
        "who",
        "Who is the chief executive of internet provider Plus.net, which said BT's plans would "
        "create a level playing field?",
        "bbc-business-252",
        "Lee Strafford|Strafford",
    ),
    _b4_c(
        "who",
        "Who holds the majority stake in Indian software company Wipro?",
        "bbc-business-480",
        "Azim Premji|Premji",
    ),
    _b4_c(
        "who",
        "At his fraud trial, which former WorldCom finance chief did Bernie Ebbers deny pushing "
        "to cook the books?",
        "bbc-business-100",
        "Scott Sullivan|Sullivan",
    ),
    _b4_c(
        "who",
        "Which schoolteacher from Portsmouth was picked by Apacs to make the purchase that marked "
        "cards overtaking cash?",
        "bbc-business-362",
        "Helen Carroll|Carroll",
    ),
    _b4_c(
        "who",
        "Who is the chairman that Chinese dairy firm Yili may remove after police detained its "
        "top executives?",
        "bbc-business-338",
        "Zheng Junhuai|Zheng",
    ),
    _b4_c(
        "who",
        "Which Gazprom chairman took part in the meeting where India and Russia signed their "
        "energy co-operation memorandum?",
        "bbc-business-181",
        "Aleksey Miller|Miller",
    ),
    _b4_c(
        "who",
        "Which South African president was held up on his way to Davos by peace talks on Ivory "
        "Coast?",
        "bbc-business-504",
        "Thabo Mbeki|Mbeki",
    ),
    _b4_c(
        "when",
        "In what year did the Clinton administration bring the racketeering lawsuit against the "
        "big tobacco companies?",
        "bbc-business-291",
        "1999",
    ),
    _b4_c(
        "when",
        "When was the Pension Benefit Guaranty Corporation set up?",
        "bbc-business-368",
        "1974",
    ),
    _b4_c(
        "when",
        "Since what year have figures on Japan's trade with China been recorded?",
        "bbc-business-505",
        "1947",
    ),
    _b4_c(
        "when",
        "When does President Bush plan to present his 'tough' budget aimed at halving the deficit?",
        "bbc-business-328",
        "next February|February",
    ),
    _b4_c(
        "when",
        "When did Argentina ditch the peso's link to the US dollar?",
        "bbc-business-330",
        "February 2002",
    ),
    _b4_c(
        "when",
        "By what deadline does Continental Airlines need to save $500m in wage costs to avoid a "
        "cash crunch?",
        "bbc-business-404",
        "the end of February|February",
    ),
    _b4_c(
        "when",
        "When was the Krivorizhstal steel mill sold to the consortium linked to the former "
        "Ukrainian president's family?",
        "bbc-business-197",
        "June 2004",
    ),
    _b4_c(
        "when",
        "On what date is the Paris Club due to meet, after it agreed a debt repayment freeze for "
        "tsunami-hit countries?",
        "bbc-business-411",
        "12 January",
    ),
    _b4_c(
        "when",
        "From what year will Shell's Qatargas-4 project handle 7.8 million tonnes of LNG a year?",
        "bbc-business-158",
        "2011",
    ),
    _b4_c(
        "when",
        "At what time on Wednesday did plastic card spending finally overtake cash in the UK, "
        "according to Apacs?",
        "bbc-business-362",
        "10.38am",
    ),
    _b4_c(
        "when",
        "When did the Yili management buyout that executives allegedly misused company funds for "
        "take place?",
        "bbc-business-338",
        "July 2003",
    ),
    _b4_c(
        "when",
        "When is Nissan planning to bring out its first hybrid model, using Toyota's technology?",
        "bbc-business-430",
        "2006",
    ),
    _b4_c(
        "where",
        "In which city did Nigeria launch its programme to triple cocoa output?",
        "bbc-business-120",
        "Ibadan",
    ),
    _b4_c(
        "where",
        "Where is Wells Fargo, the US bank Barclays reportedly held merger talks with, based?",
        "bbc-business-126",
        "California",
    ),
    _b4_c(
        "where",
        "Where is Menatep Group, the Yukos parent company suing Russia for $28.3bn, based?",
        "bbc-business-192",
        "Gibraltar",
    ),
    _b4_c(
        "where",
        "Where is the Falic Group, the firm in final talks to buy the Christian Lacroix couture "
        "house from LVMH, based?",
        "bbc-business-418",
        "Florida",
    ),
    _b4_c(
        "where",
        "Which city did Delta use to test its SimpliFares before cutting domestic fares by up to "
        "50%?",
        "bbc-business-395",
        "Cincinnati",
    ),
    _b4_c(
        "where",
        "Where are campaigners meeting for the World Social Forum, the rival event to Davos?",
        "bbc-business-504",
        "Porto Alegre",
    ),
    _b4_c(
        "where",
        "To which stock exchange did Changyu announce that Italy's Illva Saronno would buy a "
        "third of the company?",
        "bbc-business-039",
        "Shenzhen",
    ),
    _b4_c(
        "where",
        "Where is Blackwatch Petroleum Services, the oil consultancy that went into Iraq in 2003, "
        "based?",
        "bbc-business-284",
        "Aberdeen",
    ),
    _b4_c(
        "where",
        "Besides Baghdad, where in Iraq does Blackwatch's affiliate Falcon Group have staff "
        "working?",
        "bbc-business-284",
        "Kirkuk",
    ),
    _b4_c(
        "where",
        "Where is Reuters moving its headquarters to, a move expected to bring an £80m "
        "restructuring charge?",
        "bbc-business-053",
        "Canary Wharf",
    ),
    _b4_c(
        "where",
        "According to the ODPM, which region had the second-highest annual house price inflation "
        "in November, behind the North East?",
        "bbc-business-415",
        "Yorkshire and the Humber",
    ),
    _b4_c(
        "where",
        "In the Halifax's December figures, which area saw prices slip by 0.5%?",
        "bbc-business-405",
        "London",
    ),
    _b4_c(
        "how many",
        "How much will Johnson & Johnson pay for each Guidant share?",
        "bbc-business-300",
        "$76",
    ),
    _b4_c(
        "how many",
        "What was Germany's seasonally adjusted jobless total in December, according to the "
        "Bundesbank?",
        "bbc-business-387",
        "4.483 million",
    ),
    _b4_c(
        "how many",
        "By how much did UK retail sales rise month on month in November, according to the ONS?",
        "bbc-business-306",
        "0.6%",
    ),
    _b4_c(
        "how many",
        "How many jobs did US firms create in the month before the Fed lifted rates to 2%?",
        "bbc-business-121",
        "337,000",
    ),
    _b4_c(
        "how many",
        "How much net profit did General Electric make in the last three months of 2004?",
        "bbc-business-288",
        "$5.37bn|£2.86bn",
    ),
    _b4_c(
        "how many",
        "How big are Russia's gold and foreign currency reserves, now that S&P has given its debt "
        "investment grade?",
        "bbc-business-091",
        "$119bn",
    ),
    _b4_c(
        "how many",
        "How many manufacturing workers lost their jobs in the UK in the final quarter of 2004?",
        "bbc-business-061",
        "104,000",
    ),
    _b4_c(
        "how many",
        "How much was the Red Cross asking for in emergency aid after the Asian tsunami?",
        "bbc-business-353",
        "$6.5m",
    ),
    _b4_c(
        "how many",
        "How long could Bernie Ebbers spend in prison if he is convicted on every count?",
        "bbc-business-100",
        "85 years",
    ),
    _b4_c(
        "how many",
        "How many cars are now on Beijing's roads?",
        "bbc-business-461",
        "two and a half million",
    ),
    _b4_c(
        "how many",
        "How many people does Southcorp, the winemaker Fosters has bought into, employ?",
        "bbc-business-435",
        "2,700",
    ),
    _b4_c(
        "how many",
        "How many Deutsche Boerse jobs do unions in Frankfurt fear could be moved to London if "
        "the LSE takeover goes ahead?",
        "bbc-business-421",
        "300",
    ),
)

B4_NEAR_BBC_BUSINESS = (
    "Who is the chief executive of Guidant, the heart device maker Johnson & Johnson agreed to "
    "buy?",
    "Who chairs Changyu, the Chinese winemaker that Illva Saronno is buying a third of?",
    "Who took over running Solidere after its founder Rafik Hariri was assassinated?",
    "Who heads the Pension Benefit Guaranty Corporation, the US pension insurer that is deep in "
    "deficit?",
    "Who is the Yili finance chief that Chinese police detained along with the chairman?",
    "When was the Falic Group, the Florida firm buying the Christian Lacroix label, founded?",
    "When is Johnson & Johnson's $25bn takeover of Guidant expected to be completed?",
    "In what year did Rafik Hariri found Solidere?",
    "When will Yili hold its emergency meeting over the detention of its executives?",
    "When did the Chinese government approve Illva Saronno's purchase of the Changyu stake?",
    "Where is Guidant, the pacemaker maker Johnson & Johnson is buying, headquartered?",
    "Where are the detained Yili executives being held?",
    "Where is SpiceJet, the new Indian budget airline buying Boeing 737-800s, based?",
    "In which city is the Pension Benefit Guaranty Corporation based?",
    "In which Indian city will Airbus open its planned training centre?",
    "How much did the Falic Group pay for the Christian Lacroix label?",
    "How many people does Guidant employ?",
    "How much did Hitachi pay Fujitsu for its plasma display technology?",
    "How old was Rafik Hariri when he was assassinated?",
    "How many members does the Financial Economists Roundtable have?",
)

B4_BBC_SPORT_ARTS = (
    _b4_c(
        "who",
        "Who is the Academy executive director who admitted it worried them that this year's "
        "Oscar line-up had no Titanic-style blockbuster?",
        "bbc-entertainment-363",
        "Bruce Davis|Davis",
    ),
    _b4_c(
        "who",
        "Who was the man stabbed at the Vibe awards after he allegedly punched Dr Dre?",
        "bbc-entertainment-135",
        "Jimmy James Johnson|Johnson",
    ),
    _b4_c(
        "who",
        "Which Warner Brothers producer said the studio had a wonderful time working with Alfonso "
        "Cuaron on Harry Potter?",
        "bbc-entertainment-028",
        "Jeff Robinov|Robinov",
    ),
    _b4_c(
        "who",
        "According to Tony Robinson, which Blackadder star is now keener than before on doing "
        "another series?",
        "bbc-entertainment-310",
        "Rowan Atkinson|Atkinson",
    ),
    _b4_c(
        "who",
        "Who is the Tottenham sporting director who said Emil Hallfredsson turned down two other "
        "clubs to join Spurs?",
        "bbc-sport-262",
        "Frank Arnesen|Arnesen",
    ),
    _b4_c(
        "who",
        "Who spoke for Uefa about English fans' bad memories of the old plastic pitches at Luton "
        "and QPR?",
        "bbc-sport-204",
        "Rob Faulkner|Faulkner",
    ),
    _b4_c(
        "who",
        "Which Premiership footballer runs the record label that won an injunction to block Mark "
        "Morrison's album?",
        "bbc-entertainment-161",
        "Kevin Campbell|Campbell",
    ),
    _b4_c(
        "who",
        "Which Manchester United defender did Edu say should have been sent off for the way he "
        "tackled Reyes?",
        "bbc-sport-198",
        "Gary Neville|Neville",
    ),
    _b4_c(
        "who",
        "Who is the UK Film Council boss who commented on the study showing women in film earn "
        "less than men?",
        "bbc-entertainment-351",
        "John Woodward|Woodward",
    ),
    _b4_c(
        "who",
        "Which Later... With Jools Holland producer booked The Bravery the day after seeing them "
        "play a west London pub?",
        "bbc-entertainment-229",
        "Alison Howe|Howe",
    ),
    _b4_c(
        "who",
        "Who is the president of Red Sharks Veracruz, the Mexican club hoping to lure Juninho "
        "away from Celtic?",
        "bbc-sport-276",
        "Gustavo Parente Sanchez|Sanchez",
    ),
    _b4_c(
        "who",
        "Who was the actress Phil Spector is accused of shooting dead at his Los Angeles home?",
        "bbc-entertainment-149",
        "Lana Clarkson|Clarkson",
    ),
    _b4_c(
        "when",
        "When is rapper Young Buck due in court over the stabbing at the Vibe awards?",
        "bbc-entertainment-135",
        "20 December",
    ),
    _b4_c(
        "when",
        "When did Kevin Campbell's label 2 Wikid originally plan to put out Mark Morrison's album?",
        "bbc-entertainment-161",
        "24 January",
    ),
    _b4_c(
        "when",
        "When was The Bravery's debut single Unconditional released in the UK?",
        "bbc-entertainment-229",
        "November",
    ),
    _b4_c(
        "when",
        "By what date did Lana Clarkson's mother have to file her lawsuit against Phil Spector "
        "before the statute of limitations ran out?",
        "bbc-entertainment-149",
        "3 February 2005",
    ),
    _b4_c(
        "when",
        "When does the Australian Open that Jennifer Capriati pulled out of with a shoulder "
        "injury get under way?",
        "bbc-sport-471",
        "17 January",
    ),
    _b4_c(
        "when",
        "When will the Republic of Ireland play their friendly against China at Lansdowne Road?",
        "bbc-sport-132",
        "29 March",
    ),
    _b4_c(
        "when",
        "When is the Norwich Union Grand Prix in Birmingham that Mark Lewis-Francis has signed up "
        "for?",
        "bbc-sport-067",
        "18 February",
    ),
    _b4_c(
        "when",
        "When does the 55th Berlin Film Festival, where Hotel Rwanda got a standing ovation, "
        "finish?",
        "bbc-entertainment-047",
        "20 February",
    ),
    _b4_c(
        "when",
        "When are the World Championships in Helsinki where Maurice Greene hopes to regain his "
        "world title?",
        "bbc-sport-003",
        "August",
    ),
    _b4_c(
        "when",
        "When will the first international Booker Prize, with Muriel Spark on the shortlist, be "
        "handed out?",
        "bbc-entertainment-017",
        "June",
    ),
    _b4_c(
        "when",
        "In what year did a serious knee injury cut short Lawrence Dallaglio's Lions tour to "
        "Australia?",
        "bbc-sport-375",
        "2001",
    ),
    _b4_c(
        "when",
        "Since what year have Belle & Sebastian, voted best Scottish band ever, been having chart "
        "hits?",
        "bbc-entertainment-121",
        "1997",
    ),
    _b4_c(
        "where",
        "Where was most of Hotel Rwanda actually filmed?",
        "bbc-entertainment-047",
        "South Africa",
    ),
    _b4_c(
        "where",
        "In which part of London was the one-off Blackadder millennium special first shown?",
        "bbc-entertainment-310",
        "Greenwich|Millennium Dome",
    ),
    _b4_c(
        "where",
        "Where did the Republic of Ireland beat China in the only previous game between the two "
        "countries?",
        "bbc-sport-132",
        "Sapporo",
    ),
    _b4_c(
        "where",
        "In which city was the party held where Belle & Sebastian were revealed as the best "
        "Scottish band of all time?",
        "bbc-entertainment-121",
        "Glasgow",
    ),
    _b4_c(
        "where",
        "Where was the LTA winter training camp that Jimmy Connors spent three days at?",
        "bbc-sport-464",
        "La Manga",
    ),
    _b4_c(
        "where",
        "Where was the concert at which reggae singer Sizzla kept swearing despite police "
        "warnings?",
        "bbc-entertainment-246",
        "St Thomas",
    ),
    _b4_c(
        "where",
        "Where was Adriano's agent when he told BBC Sport that Chelsea had never been in touch?",
        "bbc-sport-168",
        "Rio de Janeiro",
    ),
    _b4_c(
        "where",
        "Where is the church at which former Korn guitarist Brian 'Head' Welch says he will "
        "explain his decision to quit?",
        "bbc-entertainment-134",
        "Bakersfield",
    ),
    _b4_c(
        "where",
        "Which city did Spain choose to host the Davis Cup final that Carlos Moya clinched "
        "against Andy Roddick?",
        "bbc-sport-466",
        "Seville",
    ),
    _b4_c(
        "where",
        "Where would Hinckley United's FA Cup replay against Brentford be played?",
        "bbc-sport-205",
        "Griffin Park",
    ),
    _b4_c(
        "where",
        "Where did Franz Ferdinand guitarist Nick McCarthy move from before the band got together "
        "in Glasgow?",
        "bbc-entertainment-236",
        "Munich",
    ),
    _b4_c(
        "where",
        "Where was the special dinner Steve Redgrave went to during the IOC evaluation visit to "
        "London?",
        "bbc-sport-072",
        "Buckingham Palace",
    ),
    _b4_c(
        "how many",
        "How many Americans have seen this year's five best picture Oscar nominees?",
        "bbc-entertainment-363",
        "51 million",
    ),
    _b4_c(
        "how many",
        "How old is Emil Hallfredsson, the Iceland Under-21 midfielder Tottenham are about to "
        "sign?",
        "bbc-sport-262",
        "20",
    ),
    _b4_c(
        "how many",
        "How many Brazil caps does Juninho have, according to his agent?",
        "bbc-sport-276",
        "50",
    ),
    _b4_c(
        "how many",
        "How much did Spurs offer Nottingham Forest for Andy Reid and Michael Dawson together?",
        "bbc-sport-191",
        "£8m",
    ),
    _b4_c(
        "how many",
        "How many viewers on average has Richard Branson's show The Rebel Billionaire been "
        "getting on Fox?",
        "bbc-entertainment-178",
        "five million",
    ),
    _b4_c(
        "how many",
        "How long a jail term did Sizzla get for swearing on stage in Jamaica?",
        "bbc-entertainment-246",
        "15 days",
    ),
    _b4_c(
        "how many",
        "What proportion of women in the UK film industry earn over £50,000?",
        "bbc-entertainment-351",
        "16%",
    ),
    _b4_c(
        "how many",
        "How much prize money does the new international Booker Prize carry?",
        "bbc-entertainment-017",
        "£60,000",
    ),
    _b4_c(
        "how many",
        "How much did Shark Tale make in its first week on DVD in the US?",
        "bbc-entertainment-359",
        "$80m|£42.4m",
    ),
    _b4_c(
        "how many",
        "How big a crowd was Seville's Olympic Stadium revamped to hold for the Davis Cup final "
        "against the USA?",
        "bbc-sport-466",
        "27,000",
    ),
    _b4_c(
        "how many",
        "How long did Lleyton Hewitt's five-set Australian Open quarter-final against David "
        "Nalbandian last?",
        "bbc-sport-483",
        "four hours and five minutes",
    ),
    _b4_c(
        "how many",
        "How old is Brian 'Head' Welch, the guitarist who has left Korn after a religious "
        "awakening?",
        "bbc-entertainment-134",
        "34",
    ),
)

B4_NEAR_BBC_SPORT_ARTS = (
    "Who have Korn brought in to replace guitarist Brian 'Head' Welch?",
    "Who directed Hotel Rwanda, the Don Cheadle film that got a standing ovation in Berlin?",
    "Who is the manager of Yeading, the non-League side drawn at home to Newcastle in the FA Cup?",
    "Who is the agent of Emil Hallfredsson, the Iceland Under-21 player joining Tottenham?",
    "Who is the editor of Radio Times, which named Matt Lucas and David Walliams the most "
    "powerful people in TV comedy?",
    "When were Belle & Sebastian formed?",
    "When is Korn's eighth studio album due out?",
    "When does Phil Spector's murder trial over the death of Lana Clarkson start?",
    "When was Vibe magazine, which runs the Vibe awards, founded?",
    "When will Sizzla be released from prison after his sentence for swearing on stage?",
    "Where will next year's Vibe awards be held after this year's stabbing?",
    "Where is Jet Star, the label Mark Morrison wants to release his album through, based?",
    "Where was Richard Branson's Fox reality show The Rebel Billionaire filmed?",
    "Which prison did Mark Morrison serve his jail sentences in?",
    "Where will Alfonso Cuaron shoot his first film under his new Warner Brothers deal?",
    "How old is Jennifer Capriati, who pulled out of the Australian Open with a shoulder injury?",
    "How much is Alfonso Cuaron's three-year deal with Warner Brothers worth?",
    "How much have Tottenham agreed to pay FH Hafnarfjordur for Emil Hallfredsson?",
    "How old is Sam Endicott, the singer with The Bravery?",
    "How many viewers watched the first episode of The Rebel Billionaire on Fox?",
)

B4_BBC_POLITICS_TECH = (
    _b4_c(
        "who",
        "Which Lib Dem spokesman put the emergency question to Charles Clarke about keeping "
        "foreign terror suspects locked up despite the law lords' ruling?",
        "bbc-politics-221",
        "David Heath|Heath",
    ),
    _b4_c(
        "who",
        "When Michael Howard made his pitch for the ethnic minority vote, which Tory hopeful "
        "billed as the first British Muslim woman picked to run for MP as a Conservative was he "
        "out supporting?",
        "bbc-politics-371",
        "Sayeeda Warsi|Warsi",
    ),
    _b4_c(
        "who",
        "Who is the Telewest products director who predicted less popular TV channels could fall "
        "by the wayside once video-on-demand arrives?",
        "bbc-tech-280",
        "Philip Snalune|Snalune",
    ),
    _b4_c(
        "who",
        "Who quit as constituency association president in protest after Jonathan Sayeed survived "
        "the bid to deselect him?",
        "bbc-politics-410",
        "Sir Stanley Odell|Stanley Odell|Odell",
    ),
    _b4_c(
        "who",
        "Which Yankee Group analyst said broadband operators need to differentiate how they offer "
        "live-play gaming after the Halo 2 traffic surge?",
        "bbc-tech-221",
        "Lindsay Schroth|Schroth",
    ),
    _b4_c(
        "who",
        "Which Newsnight journalist accidentally got Alastair Campbell's sweary e-mail about the "
        "Labour poster row?",
        "bbc-politics-009",
        "Andrew McFadyen|McFadyen",
    ),
    _b4_c(
        "who",
        "Who is the Electronic Arts executive in charge of European sales and marketing who "
        "talked about a reality TV show where viewers control the characters like in The Sims?",
        "bbc-tech-276",
        "Jan Bolz|Bolz",
    ),
    _b4_c(
        "who",
        "Slough Tories dropped a would-be candidate after he was photographed with guns and a "
        "hunting knife - what was his name?",
        "bbc-politics-399",
        "Robert Oulds|Oulds",
    ),
    _b4_c(
        "who",
        "Who at the University of Dayton warned that personal websites can be hazardous for "
        "employers and staff, in the story about the blogging Delta flight attendant?",
        "bbc-tech-102",
        "Jeffrey Matsuura|Matsuura",
    ),
    _b4_c(
        "who",
        "Which Welsh politician promoted the minimum wage rise to £5.05 in Cardiff alongside "
        "Peter Hain?",
        "bbc-politics-380",
        "Rhodri Morgan|Morgan",
    ),
    _b4_c(
        "who",
        "Who runs Authenti-corp, the US consultancy helping the ILO with the technical specs for "
        "biometric seafarers' ID cards?",
        "bbc-tech-131",
        "Cynthia Musselman|Musselman",
    ),
    _b4_c(
        "who",
        "Who is the chairman of Stop Stansted Expansion, which said the courts had never before "
        "overturned a government White Paper?",
        "bbc-politics-369",
        "Peter Sanders|Sanders",
    ),
    _b4_c(
        "when",
        "On what date did Halo 2 launch, sending Xbox Live traffic up fourfold according to "
        "Sandvine?",
        "bbc-tech-221",
        "9 November",
    ),
    _b4_c(
        "when",
        "When does the art installation marking the launch of BT's Connected World initiative "
        "open in Brussels?",
        "bbc-tech-005",
        "15 April",
    ),
    _b4_c(
        "when",
        "When is the adult minimum wage provisionally expected to rise again to £5.35 an hour?",
        "bbc-politics-380",
        "October 2006",
    ),
    _b4_c(
        "when",
        "When did Microsoft acquire the Romanian firm GeCAD Software to get its anti-virus "
        "technology?",
        "bbc-tech-177",
        "2003",
    ),
    _b4_c(
        "when",
        "When did Sir John Gieve become permanent secretary at the Home Office?",
        "bbc-politics-156",
        "April 2001",
    ),
    _b4_c(
        "when",
        "On what date did Delta suspend Ellen Simonetti, the flight attendant behind the Queen of "
        "the Sky blog?",
        "bbc-tech-102",
        "25 September",
    ),
    _b4_c(
        "when",
        "When is Sony's PSP released in the US, according to the story about Lions Gate putting "
        "films like Saw and Open Water on UMD?",
        "bbc-tech-345",
        "24 March",
    ),
    _b4_c(
        "when",
        "When is the Palestinian presidential election that Mahmoud Abbas was expected to win, "
        "around the time of Blair's Middle East trip?",
        "bbc-politics-149",
        "9 January",
    ),
    _b4_c(
        "when",
        "When is Sharp's motion-sensing V603SH phone, the one with the golf swing game, due to go "
        "on sale?",
        "bbc-tech-054",
        "mid-February",
    ),
    _b4_c(
        "when",
        "When was the aviation White Paper that Stop Stansted Expansion and other groups are "
        "challenging in the High Court published?",
        "bbc-politics-369",
        "December 2003",
    ),
    _b4_c(
        "when",
        "In what year did Terry Griffiths, who like Michael Howard comes from Llanelli, win the "
        "world snooker championship?",
        "bbc-politics-190",
        "1979",
    ),
    _b4_c(
        "when",
        "When did the Chinese authorities shut 700 websites and arrest 224 people in a net porn "
        "crackdown?",
        "bbc-tech-002",
        "August 2004",
    ),
    _b4_c(
        "where",
        "NTL and Telewest are trialling video-on-demand in one city each first - where will the "
        "NTL viewers be?",
        "bbc-tech-280",
        "Glasgow",
    ),
    _b4_c(
        "where",
        "Which seat did Jonathan Sayeed hold in the 1980s before becoming MP for Mid-Bedfordshire?",
        "bbc-politics-410",
        "Bristol East",
    ),
    _b4_c(
        "where",
        "Where is the Environmental Research Institute that worked with Southampton on Atlantic "
        "wave heights off Scotland's west coast?",
        "bbc-politics-090",
        "Thurso",
    ),
    _b4_c(
        "where",
        "Where did Tony Blair pay a visit to Yasser Arafat's tomb?",
        "bbc-politics-149",
        "Ramallah",
    ),
    _b4_c(
        "where",
        "Where are the hundreds of Department of Culture posts being moved to under Gordon "
        "Brown's Whitehall job cuts?",
        "bbc-politics-365",
        "Birmingham|Newcastle",
    ),
    _b4_c(
        "where",
        "Apart from the opening in Brussels, where will there be a further exhibit for BT's "
        "Connected World art project later in the summer?",
        "bbc-tech-005",
        "Madrid",
    ),
    _b4_c(
        "where",
        "Where was the BBC's Sarah Mukherjee with the Beaufort Hunt on the first day of the "
        "hunting ban?",
        "bbc-politics-137",
        "Badminton",
    ),
    _b4_c(
        "where",
        "Where did BNP founder John Tyndall make the speech that led to his arrest?",
        "bbc-politics-074",
        "Burnley",
    ),
    _b4_c(
        "where",
        "Where is Cranfield's Dr Phil Nobles due to give his talk on wireless cybercrime and evil "
        "twin hotspots?",
        "bbc-tech-073",
        "Dana Centre|Science Museum|London",
    ),
    _b4_c(
        "where",
        "Which hunt was anti-hunt monitor Penny Little watching when she said she saw gratuitous, "
        "spiteful killing of foxes?",
        "bbc-politics-152",
        "Bicester Hunt|Bicester",
    ),
    _b4_c(
        "where",
        "Where did Michael Howard admit to bunking off school to play snooker?",
        "bbc-politics-190",
        "Jack's Snooker Hall|Llanelli",
    ),
    _b4_c(
        "where",
        "Where was the cruise liner Crystal Harmony when its crew were testing biometric "
        "seafarers' ID cards?",
        "bbc-tech-131",
        "Gulf of Mexico",
    ),
    _b4_c(
        "how many",
        "How many distributed denial-of-service attacks did the Honeynet researchers watch bot "
        "nets launch?",
        "bbc-tech-357",
        "226",
    ),
    _b4_c(
        "how many",
        "How long did Gordon Brown speak for in the Budget where he doubled the stamp duty "
        "threshold to £120,000?",
        "bbc-politics-375",
        "49 minute|49",
    ),
    _b4_c(
        "how many",
        "How much did the Cepes-led wi-fi network for farmers in Peru's Huaral Valley cost?",
        "bbc-tech-006",
        "$200,000",
    ),
    _b4_c(
        "how many",
        "How many people can sign up for BT's Christmas offer of free internet phone calls?",
        "bbc-tech-136",
        "50,000",
    ),
    _b4_c(
        "how many",
        "How old is Sir John Gieve, the senior civil servant knighted after the Blunkett visa "
        "affair?",
        "bbc-politics-156",
        "54",
    ),
    _b4_c(
        "how many",
        "How much revenue did Electronic Arts make in 2004?",
        "bbc-tech-276",
        "$3bn|£1.65bn",
    ),
    _b4_c(
        "how many",
        "According to the Tory figures on Whitehall shredding, how many files did the Department "
        "of Work and Pensions destroy last year?",
        "bbc-politics-242",
        "37,000",
    ),
    _b4_c(
        "how many",
        "How many internet cafes did China close in the last three months of 2004?",
        "bbc-tech-002",
        "12,575",
    ),
    _b4_c(
        "how many",
        "How many US net users does Panlogic expect China's online population to overtake by 2008?",
        "bbc-tech-074",
        "137 million",
    ),
    _b4_c(
        "how many",
        "How many foxes were killed by the hunts that met legally on the first Saturday after the "
        "hunting ban came in?",
        "bbc-politics-152",
        "91",
    ),
    _b4_c(
        "how many",
        "How many American adults own an MP3 player according to the Pew Internet survey?",
        "bbc-tech-047",
        "22 million",
    ),
    _b4_c(
        "how many",
        "How many social security offices and Jobcentres are closing in the first wave of civil "
        "service job cuts?",
        "bbc-politics-084",
        "37",
    ),
)

B4_NEAR_BBC_POLITICS_TECH = (
    "Who founded the Honeynet Project, the security researchers who tracked the zombie 'bot nets "
    "of hijacked PCs?",
    "Who is the chief executive of Sandvine, the network monitoring firm that flagged the Halo 2 "
    "traffic surge?",
    "Who is the head of Cepes, the Peruvian organisation behind the wi-fi network for Huaral "
    "Valley farmers?",
    "Who will replace Jonathan Sayeed as the Conservative candidate in Mid-Bedfordshire?",
    "Who threw the fancy dress party where Prince Harry wore a Nazi uniform?",
    "When was the Honeynet Project set up?",
    "When did Ellen Simonetti start working as a flight attendant for Delta?",
    "When was Cepes, the Peruvian Centre for Social Studies, founded?",
    "When was Sandvine, the company that analysed Xbox Live traffic after the Halo 2 launch, "
    "founded?",
    "When did Nick Griffin become leader of the BNP?",
    "Where is Sandvine, the firm warning net providers about online gaming traffic, based?",
    "Where was the party at which Prince Harry wore the Nazi costume held?",
    "Which constituency is Sayeeda Warsi standing in for the Conservatives?",
    "Where is Panlogic, the analysts predicting China will overtake US net use, headquartered?",
    "Which real city was Delta flight attendant Ellen Simonetti based in, the one her blog called "
    "Quirksville?",
    "How much did Microsoft pay for the anti-spyware firm Giant Company Software?",
    "How old is Ellen Simonetti, the Delta flight attendant suspended over her Queen of the Sky "
    "blog?",
    "How much does Sharp's motion-sensing V603SH phone cost?",
    "How old is Telewest chief executive Eric Tveter?",
    "How much is BT spending on its Connected World initiative linking art and technology?",
)


# -- Written fifth: a fifth batch, after the round of rules fitted to batch 4's tuning
# half, by writers who again never saw how /news ask answers (BBC articles no earlier
# question used). Measured once, after that round: neither half was used to fit a rule.


_b5_c = partial(_c, batch=5)

B5_BBC_BUSINESS_POLITICS = (
    _b5_c(
        "who",
        "Who runs Retail Decisions, the anti-fraud firm warning that card fraudsters are moving "
        "online since chip and pin?",
        "bbc-business-236",
        "Carl Clump|Clump",
    ),
    _b5_c(
        "who",
        "Which law lord was the lone dissenter when the Lords backed the Belmarsh terror "
        "detainees' appeal?",
        "bbc-politics-224",
        "Lord Walker of Gestingthorpe|Lord Walker",
    ),
    _b5_c(
        "who",
        "Who was the Nortel boss sacked after the internal accounting audit?",
        "bbc-business-425",
        "Frank Dunn|Dunn",
    ),
    _b5_c(
        "who",
        "Which union leader told the Daily Record he wants a date set for Tony Blair to be "
        "replaced as Labour leader?",
        "bbc-politics-276",
        "Dave Prentis|Prentis",
    ),
    _b5_c(
        "who",
        "What is the name of the Evening Standard reporter Ken Livingstone compared to a "
        "concentration camp guard?",
        "bbc-politics-154",
        "Oliver Finegold|Finegold",
    ),
    _b5_c(
        "who",
        "Who has promised to fight Orange's trademark action against the new Easymobile phone "
        "service?",
        "bbc-business-205",
        "Stelios Haji-Ioannou|Haji-Ioannou",
    ),
    _b5_c(
        "who",
        "Who is the LSE chief executive that Euronext's boss is reported to have had private "
        "talks with about a takeover?",
        "bbc-business-319",
        "Clara Furse|Furse",
    ),
    _b5_c(
        "who",
        "Which hunt master said they would keep the hounds going and come back to hunt once it is "
        "legal again?",
        "bbc-politics-134",
        "Ian Farquhar|Farquhar",
    ),
    _b5_c(
        "who",
        "Who is the Eli Lilly chief executive whose open letter in newspaper adverts defends "
        "Prozac?",
        "bbc-business-449",
        "Sidney Taurel|Taurel",
    ),
    _b5_c(
        "who",
        "Which victims' campaigner accused Lord Woolf of contempt for victims over cutting "
        "sentences for murderers who plead guilty?",
        "bbc-politics-231",
        "Norman Brennan|Brennan",
    ),
    _b5_c(
        "who",
        "Who is the JP Morgan chief operating officer who co-signed the bank's apology over its "
        "links to slavery?",
        "bbc-business-477",
        "James Dimon|Dimon",
    ),
    _b5_c(
        "who",
        "Which shadow chancellor did Gordon Brown accuse of planning cuts as big as sacking every "
        "teacher, GP and nurse?",
        "bbc-politics-349",
        "Oliver Letwin|Letwin",
    ),
    _b5_c(
        "when",
        "When does the Brussels EU summit at which Jack Straw says Britain's rebate is not up for "
        "negotiation begin?",
        "bbc-politics-358",
        "16 December",
    ),
    _b5_c(
        "when",
        "When did the London Stock Exchange's earlier attempt to merge with Deutsche Boerse fall "
        "through?",
        "bbc-business-319",
        "2000",
    ),
    _b5_c(
        "when",
        "When are shares in Paion, the firm whose drug comes from vampire bat saliva, due to "
        "start trading in Frankfurt?",
        "bbc-business-233",
        "10 February",
    ),
    _b5_c(
        "when",
        "When is the Commission for Africa going to publish its report?",
        "bbc-politics-026",
        "11 March",
    ),
    _b5_c(
        "when",
        "By when does Fairmont expect the renovation work at the Savoy to be finished?",
        "bbc-business-470",
        "summer 2006",
    ),
    _b5_c(
        "when",
        "When does the government's Child Trust Fund scheme start?",
        "bbc-business-268",
        "April 2005",
    ),
    _b5_c(
        "when",
        "Since when has Jack Cunningham represented the seat now called Copeland?",
        "bbc-politics-236",
        "1970",
    ),
    _b5_c(
        "when",
        "During which years did Citizens Bank and Canal Bank accept slaves as collateral for "
        "loans?",
        "bbc-business-477",
        "between 1831 and 1865|1831 and 1865",
    ),
    _b5_c(
        "when",
        "Since when has Malcolm Glazer been pursuing Manchester United?",
        "bbc-business-179",
        "2003",
    ),
    _b5_c(
        "when",
        "When did police turn back the coaches of anti-war protesters heading to RAF Fairford?",
        "bbc-politics-131",
        "2003",
    ),
    _b5_c(
        "when",
        "From when will Iran start supplying India with gas under their $40bn deal?",
        "bbc-business-420",
        "2009",
    ),
    _b5_c(
        "when",
        "When was thriller writer Frederick Forsyth born?",
        "bbc-politics-290",
        "25 August, 1938|1938",
    ),
    _b5_c(
        "where",
        "Where did Nortel's shares rise 1.46% after it restated its 2003 profits?",
        "bbc-business-425",
        "Toronto",
    ),
    _b5_c(
        "where",
        "Where is the casino that is Labour donor Duncan Bannatyne's latest business venture?",
        "bbc-politics-276",
        "Newcastle",
    ),
    _b5_c(
        "where",
        "Where is the Save Our Community group trying to stop Wal-Mart from opening a store?",
        "bbc-business-449",
        "Rosemead, California|Rosemead",
    ),
    _b5_c(
        "where",
        "Where did Gordon Brown tell Labour's spring conference that the stakes were too high to "
        "stay at home at the election?",
        "bbc-politics-349",
        "Gateshead's Sage Centre|Sage Centre|Gateshead",
    ),
    _b5_c(
        "where",
        "In which county is the G8 summit that will use the Commission for Africa's report being "
        "held?",
        "bbc-politics-026",
        "Perthshire",
    ),
    _b5_c(
        "where",
        "Where were the coachloads of RAF Fairford protesters forced to go back to under police "
        "escort?",
        "bbc-politics-131",
        "London",
    ),
    _b5_c(
        "where",
        "In which city were the talks held that sealed India's gas import deal with Iran?",
        "bbc-business-420",
        "New Delhi",
    ),
    _b5_c(
        "where",
        "Apart from a hotel, which landmark was MP Quentin Davies close to when he was mugged in "
        "Nairobi?",
        "bbc-politics-144",
        "Anglican Cathedral",
    ),
    _b5_c(
        "where",
        "Where is David Blunkett's constituency, where he said he was getting ready for the "
        "election announcement?",
        "bbc-politics-397",
        "Sheffield",
    ),
    _b5_c(
        "where",
        "In which city was the train station terror attack that Swiss Re counted among 2004's "
        "costly disasters?",
        "bbc-business-311",
        "Madrid",
    ),
    _b5_c(
        "where",
        "Where is ABN Amro's largest single market, whose weak mortgage lending hit its profits?",
        "bbc-business-297",
        "United States",
    ),
    _b5_c(
        "where",
        "In which prison is detainee 'A', who urged the government to release the internees after "
        "the law lords' ruling, being held?",
        "bbc-politics-224",
        "Woodhill Prison|Woodhill",
    ),
    _b5_c("how many", "How many jobs is Dutch bank ABN Amro cutting?", "bbc-business-297", "2,850"),
    _b5_c(
        "how many",
        "How old is Quentin Davies, the MP who was mugged in a Nairobi park?",
        "bbc-politics-144",
        "60",
    ),
    _b5_c(
        "how many",
        "How many AOL subscribers did Time Warner lose in the fourth quarter?",
        "bbc-business-001",
        "464,000",
    ),
    _b5_c(
        "how many",
        "How much is Fairmont planning to spend doing up the Savoy?",
        "bbc-business-470",
        "$48m|£26m",
    ),
    _b5_c(
        "how many",
        "How many shares is Paion hoping to sell in its stock market flotation?",
        "bbc-business-233",
        "5 million",
    ),
    _b5_c(
        "how many",
        "How many members sit on the London Assembly, which passed motions asking Ken Livingstone "
        "to apologise?",
        "bbc-politics-154",
        "25",
    ),
    _b5_c(
        "how many",
        "How much did property insurance claims reach in 2004, according to Swiss Re?",
        "bbc-business-311",
        "$42bn|£21.5bn",
    ),
    _b5_c(
        "how many",
        "By how much is Deutsche Boerse raising its 2004 dividend?",
        "bbc-business-171",
        "27%",
    ),
    _b5_c(
        "how many",
        "How many adults lack the maths or English skills expected of school-leavers, according "
        "to the National Audit Office report?",
        "bbc-politics-080",
        "26 million",
    ),
    _b5_c(
        "how many",
        "How big a stake in Manchester United do JP McManus and John Magnier hold?",
        "bbc-business-179",
        "29%",
    ),
    _b5_c(
        "how many",
        "How old is Frederick Forsyth, who attacked the government's plans for control orders?",
        "bbc-politics-290",
        "66",
    ),
    _b5_c(
        "how many",
        "Under Lord Woolf's revised guidelines, how many years at most can be knocked off a "
        "murderer's minimum term for pleading guilty?",
        "bbc-politics-231",
        "five years",
    ),
)

B5_NEAR_BBC_BUSINESS_POLITICS = (
    "Who is the chairman of Retail Decisions, the anti-fraud consultancy tracking "
    "card-not-present fraud?",
    "Who is the chief executive of Paion, the German firm developing a stroke drug from vampire "
    "bat saliva?",
    "Who owns Quinlan Private, the Irish property company that sold the Savoy?",
    "Who were the two other Nortel executives fired along with Frank Dunn?",
    "Who will be Labour's candidate in Copeland now that Jack Cunningham is standing down?",
    "When did Duncan Bannatyne give his £50,000 donation to Labour?",
    "When was Quentin Davies first elected MP for Grantham and Stamford?",
    "When will the Orange versus Easymobile trademark case be heard in court?",
    "When did Prince Alwaleed buy the George V hotel in Paris?",
    "When will Paion's vampire bat drug desmoteplase go on sale to stroke patients?",
    "Where is Retail Decisions, the anti-fraud firm, headquartered?",
    "Where was Quentin Davies's stolen passport found?",
    "Where is Forest Laboratories, the company licensed to make Paion's desmoteplase, based?",
    "Where is Easygroup, the company behind Easymobile, headquartered?",
    "Where will the Commission for Africa's report be launched on 11 March?",
    "How much did Prince Alwaleed and HBOS pay for the Savoy hotel?",
    "How old is Carl Clump, the chief executive of Retail Decisions?",
    "How many people does Paion, the German bat-saliva drug firm, employ?",
    "How much in damages is Orange seeking from Easymobile over the use of the colour orange?",
    "How old is Jack Cunningham, the Labour veteran standing down at the next election?",
)

B5_BBC_SPORT_ARTS_TECH = (
    _b5_c(
        "who",
        "Who did Glenn Hoddle take over from as Wolves manager?",
        "bbc-sport-232",
        "Dave Jones|Jones",
    ),
    _b5_c(
        "who",
        "Who at Santa Barbara county gave the estimate of what security around the Michael "
        "Jackson courthouse costs each day?",
        "bbc-entertainment-108",
        "Jason Stilwell|Stilwell",
    ),
    _b5_c(
        "who",
        "Who from Hitachi explained why the Emiew robot moves on wheels rather than legs?",
        "bbc-tech-356",
        "Toshihiko Horiuchi|Horiuchi",
    ),
    _b5_c(
        "who",
        "Who at Portsmouth held the first talks with Gordon Strachan about becoming the club's "
        "manager?",
        "bbc-sport-270",
        "Terry Brady|Brady",
    ),
    _b5_c(
        "who",
        "Who is the Real Madrid official said to be pushing hardest to sign Everton's Thomas "
        "Gravesen?",
        "bbc-sport-193",
        "Arrigo Sacchi|Sacchi",
    ),
    _b5_c(
        "who",
        "Who wrote the Mary Queen of Scots biography that is second favourite behind Andrea Levy "
        "for the Whitbread book of the year?",
        "bbc-entertainment-007",
        "John Guy|Guy",
    ),
    _b5_c(
        "who",
        "Who took the young people's literature prize at the US National Book Awards the year "
        "Lily Tuck won for fiction?",
        "bbc-entertainment-024",
        "Pete Hautman|Hautman",
    ),
    _b5_c(
        "who",
        "Who accepted the best actor Bafta on Jamie Foxx's behalf by reading his speech?",
        "bbc-entertainment-357",
        "Helen Mirren|Mirren",
    ),
    _b5_c(
        "who",
        "Which assistant referee did Southampton's David Prutton confront after being sent off "
        "against Arsenal?",
        "bbc-sport-166",
        "Paul Norman|Norman",
    ),
    _b5_c(
        "who",
        "Who at Tennis Australia hit back at Lleyton Hewitt's complaints about the Melbourne Park "
        "court surface?",
        "bbc-sport-487",
        "Geoff Pollard|Pollard",
    ),
    _b5_c(
        "who",
        "Who from security firm Symantec commented on the Business Software Alliance survey about "
        "people buying from spam e-mails?",
        "bbc-tech-227",
        "William Plante|Plante",
    ),
    _b5_c(
        "who",
        "Who at Music Choice spoke about the poll that found Robbie Williams' Angels is Britain's "
        "favourite funeral song?",
        "bbc-entertainment-290",
        "Simon George|George",
    ),
    _b5_c(
        "when",
        "When is the Radio 2 session George Michael recorded at Abbey Road going out on air?",
        "bbc-entertainment-227",
        "18 December",
    ),
    _b5_c(
        "when",
        "When will Cat Deeley front her final edition of CD:UK?",
        "bbc-entertainment-274",
        "5 March",
    ),
    _b5_c(
        "when",
        "When is the CSI episode directed by Quentin Tarantino due to be shown in the US?",
        "bbc-entertainment-365",
        "19 May",
    ),
    _b5_c(
        "when",
        "When does the Australian Open start, the tournament Mark Philippoussis looks set to miss "
        "with his groin injury?",
        "bbc-sport-496",
        "17 January",
    ),
    _b5_c(
        "when",
        "When do Arsenal and Manchester United play each other again at Highbury after the "
        "Wenger-Ferguson food fight row?",
        "bbc-sport-235",
        "1 February",
    ),
    _b5_c(
        "when",
        "When is Leeds' home game against Saracens at Headingley?",
        "bbc-sport-324",
        "Friday, 25 February|25 February",
    ),
    _b5_c(
        "when",
        "When were the category winners of the Whitbread prizes, including Andrea Levy's Small "
        "Island, named?",
        "bbc-entertainment-007",
        "6 January",
    ),
    _b5_c(
        "when", "When did Spurs sack Glenn Hoddle, the new Wolves boss?", "bbc-sport-232", "2003"
    ),
    _b5_c(
        "when",
        "When did OutKast finally score their first UK hit with Ms Jackson?",
        "bbc-entertainment-132",
        "2001",
    ),
    _b5_c(
        "when",
        "When is the PlayStation 3, which will run on the Cell chip built by Sony, IBM and "
        "Toshiba, expected to arrive?",
        "bbc-tech-320",
        "2006",
    ),
    _b5_c(
        "when",
        "When did Ireland last win a rugby Grand Slam, according to the Keith Wood story?",
        "bbc-sport-352",
        "1948",
    ),
    _b5_c(
        "when",
        "When did Michael Johnson set the indoor 400m world record that LaShawn Merritt came "
        "close to?",
        "bbc-sport-018",
        "1995",
    ),
    _b5_c(
        "where",
        "Where did teenager LaShawn Merritt run the third fastest indoor 400m ever?",
        "bbc-sport-018",
        "Fayetteville|Arkansas",
    ),
    _b5_c(
        "where",
        "Where will George Michael play live for the BBC Radio 2 Sold on Song special?",
        "bbc-entertainment-227",
        "Abbey Road studios|Abbey Road|London",
    ),
    _b5_c(
        "where",
        "Where was Ozzy Osbourne when he told reporters the family would make no more episodes of "
        "The Osbournes?",
        "bbc-entertainment-206",
        "Rome",
    ),
    _b5_c(
        "where",
        "Where were the details of the Cell processor for the PlayStation 3 first presented?",
        "bbc-tech-320",
        "San Francisco",
    ),
    _b5_c(
        "where",
        "Where is the Wales friendly against Hungary, John Toshack's first game in charge, being "
        "played?",
        "bbc-sport-129",
        "Cardiff|Millennium Stadium",
    ),
    _b5_c(
        "where",
        "Where were the US National Book Awards handed out, when The News From Paraguay won the "
        "fiction prize?",
        "bbc-entertainment-024",
        "New York",
    ),
    _b5_c(
        "where",
        "Where did researchers show off their two-legged walking robot designs at the AAAS annual "
        "meeting?",
        "bbc-tech-356",
        "Washington DC|Washington",
    ),
    _b5_c(
        "where",
        "Where is England's Six Nations game against Ireland, which Olly Barkley has been passed "
        "fit for?",
        "bbc-sport-315",
        "Lansdowne Road",
    ),
    _b5_c(
        "where",
        "Where are Wales playing France, the game in which prop Adam Jones wants the forwards to "
        "take on the French pack?",
        "bbc-sport-337",
        "Paris|Stade de France",
    ),
    _b5_c(
        "where",
        "Where was the CSI team filming when Quentin Tarantino finally agreed to direct an "
        "episode?",
        "bbc-entertainment-365",
        "Las Vegas",
    ),
    _b5_c(
        "where",
        "Where is Rockstar, the developer behind Grand Theft Auto: San Andreas, based?",
        "bbc-tech-130",
        "Edinburgh",
    ),
    _b5_c(
        "where",
        "Where was Irish race walker Jamie Costin hurt in a car crash before the Olympics?",
        "bbc-sport-030",
        "near Athens|Athens",
    ),
    _b5_c(
        "how many",
        "How many potential jurors' questionnaires do news organisations want made public in the "
        "Michael Jackson trial?",
        "bbc-entertainment-108",
        "250",
    ),
    _b5_c(
        "how many",
        "How many of the new slimline PlayStation 2 consoles were sold in the UK in their first "
        "week?",
        "bbc-tech-130",
        "50,000",
    ),
    _b5_c(
        "how many",
        "How much did Meet The Fockers take at the North American box office on Christmas Day "
        "itself?",
        "bbc-entertainment-076",
        "$19.1m|£9.9m",
    ),
    _b5_c(
        "how many",
        "How much are the Osbourne family reported to have earned from The Osbournes?",
        "bbc-entertainment-206",
        "$85m|£46m",
    ),
    _b5_c(
        "how many",
        "How many people were surveyed for the Business Software Alliance study on spam e-mail "
        "buying habits?",
        "bbc-tech-227",
        "6,000",
    ),
    _b5_c(
        "how many",
        "How many people took part in the Music Choice poll on songs to be played at funerals?",
        "bbc-entertainment-290",
        "45,000",
    ),
    _b5_c(
        "how many",
        "How old is Lawrence Dallaglio, who wants a place on the Lions tour of New Zealand?",
        "bbc-sport-389",
        "32",
    ),
    _b5_c(
        "how many",
        "How old is Jelena Dokic, who has opted out of the Australian Open?",
        "bbc-sport-478",
        "21",
    ),
    _b5_c(
        "how many",
        "How many countries did the volunteers for IBM's earlier Smallpox Research Grid come from?",
        "bbc-tech-200",
        "226",
    ),
    _b5_c(
        "how many",
        "How many songs can today's flash-memory mobile phones hold, according to the piece on "
        "mobile music taking on the iPod?",
        "bbc-tech-383",
        "250",
    ),
    _b5_c(
        "how many",
        "How old is Middlesbrough football club, which is playing in Europe for the first time?",
        "bbc-sport-222",
        "128",
    ),
    _b5_c(
        "how many",
        "How many of his games as Scotland coach has Matt Williams lost?",
        "bbc-sport-318",
        "12",
    ),
)

B5_NEAR_BBC_SPORT_ARTS_TECH = (
    "Who will take over from Cat Deeley as the permanent presenter of CD:UK?",
    "Who is the chief executive of Music Choice, the digital TV station behind the funeral song "
    "poll?",
    "Who runs Chart-Track, the analysts who reported the slim PlayStation 2's sales figures?",
    "Who carried out the operation on Kim Clijsters' injured left wrist?",
    "Who is the president of Hitachi, the firm that unveiled the Emiew robot?",
    "When will Quentin Tarantino's CSI episode be shown on UK television?",
    "When was Matt Williams appointed as Scotland's rugby coach?",
    "When did The Osbournes first go on air on MTV?",
    "When was Lily Tuck's novel The News From Paraguay published?",
    "When was the mobile music firm Musiwave founded?",
    "Where is Musiwave, the mobile music company run by Gilles Babinet, based?",
    "Where will the overall Whitbread book of the year winner be announced?",
    "Where did Kim Clijsters have her wrist operation?",
    "Where was the premiere of Meet The Fockers held?",
    "Where will Southampton's David Prutton face his FA disciplinary hearing?",
    "How old is Gordon Strachan, the former Southampton boss who turned down Portsmouth?",
    "How old is Ozzy Osbourne?",
    "How much did Tennis Australia spend on making the Melbourne Park courts faster?",
    "How much does Hitachi's Emiew robot cost?",
    "How old is former Ireland rugby captain Keith Wood?",
)


# -- Written sixth: a sixth batch, written during the round that followed batch 5, by
# writers who never saw how /news ask answers (BBC articles no earlier question used).
# Measured at the round's start and at its end; neither half was used to fit a rule.


_b6_c = partial(_c, batch=6)
B6_BBC_BUSINESS_POLITICS_TECH = (
    _b6_c(
        "who",
        "Who was the solicitor general that helped prepare Lord Goldsmith's parliamentary answer "
        "saying the Iraq war was legal?",
        "bbc-politics-327",
        "Harriet Harman|Harman",
    ),
    _b6_c(
        "who",
        "Who is due to replace Louis Schweitzer at the top of Renault?",
        "bbc-business-247",
        "Carlos Ghosn|Ghosn",
    ),
    _b6_c("who", "Who runs MCI?", "bbc-business-202", "Michael Capellas|Capellas"),
    _b6_c(
        "who",
        "What is the name of the Iranian blogger who was arrested after using his own blog to "
        "condemn the detention of fellow online journalists?",
        "bbc-tech-035",
        "Arash Sigarchi|Sigarchi",
    ),
    _b6_c(
        "who",
        "Which fund manager is the largest investor in Borussia Dortmund?",
        "bbc-business-193",
        "Florian Hamm|Hamm",
    ),
    _b6_c(
        "who", "Who is UKIP's chairman in Scotland?", "bbc-politics-125", "Peter Nielson|Nielson"
    ),
    _b6_c(
        "who",
        "Who founded Speegle, the search engine that reads its results aloud?",
        "bbc-tech-261",
        "Gordon Renton|Renton",
    ),
    _b6_c(
        "who",
        "Which Japanese foreign minister warned Jack Straw in Tokyo that scrapping the EU's China "
        "arms ban was a security worry for East Asia?",
        "bbc-politics-386",
        "Nobutaka Machimura|Machimura",
    ),
    _b6_c(
        "who",
        "Which academic led the Birkbeck College research into the sexist treatment of women in "
        "the Commons?",
        "bbc-politics-008",
        "Joni Lovenduski|Lovenduski",
    ),
    _b6_c(
        "who",
        "Which Microsoft security manager commented on the Internet Explorer holes fixed in the "
        "company's monthly bulletin?",
        "bbc-tech-060",
        "Stephen Toulouse|Toulouse",
    ),
    _b6_c(
        "who",
        "Who interviewed Lord Butler for The Spectator when he criticised the way Blair's "
        "government works?",
        "bbc-politics-027",
        "Boris Johnson|Johnson",
    ),
    _b6_c(
        "who",
        "Who heads anti-virus research at F-Secure?",
        "bbc-tech-117",
        "Mikko Hypponen|Hypponen",
    ),
    _b6_c("when", "When was Sir Anthony Meyer born?", "bbc-politics-308", "27 October, 1920"),
    _b6_c(
        "when",
        "On what date does Sony's PlayStation Portable go on sale in Japan?",
        "bbc-tech-112",
        "12 December",
    ),
    _b6_c(
        "when",
        "Which day did the Committee to Protect Bloggers set aside for its online campaign to free"
        " the jailed Iranian bloggers?",
        "bbc-tech-035",
        "22 February 2005",
    ),
    _b6_c(
        "when",
        "When did Terry Semel take over from Tim Koogle as Yahoo's chief executive?",
        "bbc-tech-337",
        "May 2001",
    ),
    _b6_c(
        "when",
        "When did the Meibion Glyndwr group start setting fire to holiday homes in Wales?",
        "bbc-politics-177",
        "December 1979",
    ),
    _b6_c(
        "when",
        "In what year did the EU first impose its ban on arms sales to China?",
        "bbc-politics-386",
        "1989",
    ),
    _b6_c("when", "When did Halo 2 come out in the US?", "bbc-tech-139", "9 November"),
    _b6_c(
        "when",
        "On what date is the national strike by public sector workers over pension changes "
        "planned?",
        "bbc-politics-069",
        "23 March",
    ),
    _b6_c(
        "when",
        "When was the Federal Reserve meeting that lifted US interest rates to 2.25%?",
        "bbc-business-383",
        "14 December|December",
    ),
    _b6_c(
        "when",
        "In which month and year did Max Lyons put together the first gigapixel photograph, of "
        "Bryce Canyon?",
        "bbc-tech-201",
        "November 2003",
    ),
    _b6_c(
        "when", "When did CEC Systems launch its talking search site?", "bbc-tech-261", "November"
    ),
    _b6_c(
        "when",
        "When did British American Tobacco say it had got the go-ahead for a joint venture "
        "cigarette factory in China?",
        "bbc-business-437",
        "July 2004",
    ),
    _b6_c(
        "where",
        "Which constituency did Sir Anthony Meyer represent for over 20 years before his local "
        "party dropped him?",
        "bbc-politics-308",
        "Clwyd North West",
    ),
    _b6_c(
        "where",
        "Where did Gordon Brown head after spending two days in Tanzania on his Africa tour?",
        "bbc-politics-392",
        "Mozambique",
    ),
    _b6_c(
        "where",
        "In which US state's court did an MCI shareholder file suit to block the Verizon takeover?",
        "bbc-business-202",
        "Delaware",
    ),
    _b6_c("where", "Where is WMC's Olympic Dam mine?", "bbc-business-366", "South Australia"),
    _b6_c("where", "Where is Wells Fargo based?", "bbc-business-417", "California"),
    _b6_c(
        "where",
        "Which seat was the suspended UKIP candidate John Houston meant to contest at the "
        "election?",
        "bbc-politics-125",
        "East Kilbride",
    ),
    _b6_c(
        "where",
        "In which town was Charles Clarke speaking when he told Labour members Britain wanted more"
        " migrants?",
        "bbc-politics-147",
        "Gateshead",
    ),
    _b6_c(
        "where",
        "In which Indian city would Volkswagen's proposed car assembly plant be built?",
        "bbc-business-377",
        "Visakhapatnam",
    ),
    _b6_c(
        "where",
        "Which Dutch city is pictured in the record 2.5 gigapixel panorama made by TNO "
        "researchers?",
        "bbc-tech-201",
        "Delft",
    ),
    _b6_c(
        "where",
        "At which venue did Milburn, Brown and Prescott launch Labour's new poster campaign?",
        "bbc-politics-261",
        "Old Billingsgate Fish Market|Old Billingsgate",
    ),
    _b6_c(
        "where",
        "Which city's stock exchange does Deutsche Boerse run?",
        "bbc-business-454",
        "Frankfurt",
    ),
    _b6_c(
        "where",
        "In which country is the experimental TV drama steered by viewers' text messages being "
        "developed?",
        "bbc-tech-113",
        "Finland",
    ),
    _b6_c("how many", "What was Germany's jobless rate in January?", "bbc-business-275", "12.1%"),
    _b6_c(
        "how many",
        "What share of Manchester United do Malcolm Glazer and his family own?",
        "bbc-business-229",
        "28.1%",
    ),
    _b6_c("how many", "How big a stake does Renault hold in Nissan?", "bbc-business-247", "44%"),
    _b6_c(
        "how many",
        "To what rate is South Africa cutting its corporate tax in the 2005 budget?",
        "bbc-business-055",
        "29%",
    ),
    _b6_c(
        "how many",
        "By how much on average did the Welsh assembly government raise funding for councils?",
        "bbc-politics-101",
        "6%",
    ),
    _b6_c(
        "how many", "How much does the Nintendo DS cost in Europe?", "bbc-tech-351", "£99|149 euros"
    ),
    _b6_c(
        "how many",
        "What is the highest stake foreign investors may now take in an Indian domestic airline?",
        "bbc-business-380",
        "49%",
    ),
    _b6_c(
        "how many",
        "By what margin did peers vote to require that lord chancellors sit in the Lords?",
        "bbc-politics-273",
        "229 to 206",
    ),
    _b6_c(
        "how many",
        "How many text messages did UK mobile users send in December 2004?",
        "bbc-tech-287",
        "2.4 billion",
    ),
    _b6_c(
        "how many",
        "What was voter turnout at the 2001 general election?",
        "bbc-politics-372",
        "59%",
    ),
    _b6_c(
        "how many",
        "How many mobile phone owners did Ericsson interview for its research into how people use "
        "handsets?",
        "bbc-tech-212",
        "14,000",
    ),
    _b6_c("how many", "How many smokers does China have?", "bbc-business-437", "350 million"),
)

B6_NEAR_BBC_BUSINESS_POLITICS_TECH = (
    "Who is the chief executive of Wells Fargo, the US bank Barclays was reported to have held "
    "merger talks with?",
    "Who runs Xstrata, the Swiss mining group making a hostile bid for WMC Resources?",
    "Who is Volkswagen's chief executive?",
    "Who took over as Borussia Dortmund's chief executive after Gerd Niebaum stepped down?",
    "Who is the chief executive of Game, the retailer that opened its shops at midnight for the "
    "Nintendo DS launch?",
    "When did Sir Anthony Meyer die?",
    "On what date was the Iranian blogger Arash Sigarchi arrested?",
    "By when does Volkswagen expect to decide whether to go ahead with an Indian assembly plant?",
    "In what year did Microsoft buy Bungie, the studio behind Halo?",
    "When was CEC Systems, the Edinburgh company behind the Speegle search engine, founded?",
    "In which city is the newspaper edited by Arash Sigarchi published?",
    "Where is Sybari Software, the security firm Microsoft agreed to buy, based?",
    "Where will BMW build its planned crossover vehicle?",
    "Where is Grant Samuel, the firm that valued WMC's shares, headquartered?",
    "Where is the bank MM Warburg based?",
    "How much did Microsoft pay for Giant Company Software?",
    "How many votes did Sir Anthony Meyer win when he challenged Margaret Thatcher for the Tory "
    "leadership?",
    "How many people does Ericsson employ?",
    "How much will Volkswagen invest in its proposed Indian car plant?",
    "What was Borussia Dortmund's turnover in its last financial year?",
)

B6_BBC_SPORT_ARTS = (
    _b6_c(
        "who",
        "Who coaches Newcastle, Jonny Wilkinson's club?",
        "bbc-sport-345",
        "Rob Andrew|Andrew",
    ),
    _b6_c("who", "Who manages QPR?", "bbc-sport-173", "Ian Holloway|Holloway"),
    _b6_c(
        "who",
        "Which actor set up the Sundance Film Festival?",
        "bbc-entertainment-101",
        "Robert Redford|Redford",
    ),
    _b6_c(
        "who",
        "After thrashing Feliciano Lopez in Doha, who does Roger Federer meet next in the Qatar "
        "Open semi-finals?",
        "bbc-sport-459",
        "Nikolay Davydenko|Davydenko",
    ),
    _b6_c(
        "who",
        "Which British film-maker took this year's Oscar for best live-action short?",
        "bbc-entertainment-369",
        "Andrea Arnold|Arnold",
    ),
    _b6_c(
        "who",
        "What is the name of the Sheffield United manager whose side lost to Arsenal on penalties "
        "in the FA Cup replay?",
        "bbc-sport-163",
        "Neil Warnock|Warnock",
    ),
    _b6_c(
        "who",
        "Who directed The Return, the Russian drama that took BBC Four's World Cinema Award?",
        "bbc-entertainment-331",
        "Andrey Zvyagintsev|Zvyagintsev",
    ),
    _b6_c("who", "Who heads Athletics Kenya?", "bbc-sport-013", "Isaiah Kiplagat|Kiplagat"),
    _b6_c(
        "who",
        "Which actor, who plays Elvis in the Jailhouse Rock stage show, is performing One Night on"
        " Top of the Pops because no Presley footage can be used?",
        "bbc-entertainment-242",
        "Mario Kombou|Kombou",
    ),
    _b6_c(
        "who",
        "Who got England's try when Ireland beat them 19-13 in Dublin?",
        "bbc-sport-405",
        "Martin Corry|Corry",
    ),
    _b6_c(
        "who",
        "Who took over from Tim Kash as Top of the Pops presenter?",
        "bbc-entertainment-184",
        "Fearne Cotton",
    ),
    _b6_c(
        "who",
        "Which player knocked fifth seed Carlos Moya out in the first round in Melbourne?",
        "bbc-sport-477",
        "Guillermo Garcia-Lopez|Garcia-Lopez",
    ),
    _b6_c(
        "when",
        "When are Pete Doherty and Alan Wass due back in court?",
        "bbc-entertainment-276",
        "18 April",
    ),
    _b6_c(
        "when",
        "On what date does the Pattaya tournament, the Volvo Women's Open, get under way?",
        "bbc-sport-454",
        "31 January",
    ),
    _b6_c(
        "when",
        "When will the Whitbread judging panel meet to choose the overall Book of the Year?",
        "bbc-entertainment-013",
        "25 January",
    ),
    _b6_c(
        "when", "In what year did Top of the Pops first go on air?", "bbc-entertainment-184", "1964"
    ),
    _b6_c("when", "When did Snow Patrol form?", "bbc-entertainment-296", "1994"),
    _b6_c(
        "when",
        "By when do Kostas Kenteris and Katerina Thanou have to reply to the IAAF doping charges?",
        "bbc-sport-050",
        "16 December|midnight on 16 December",
    ),
    _b6_c(
        "when",
        "On what date is the tsunami fund-raising IRB Rugby Aid game between the Northern and "
        "Southern Hemisphere sides?",
        "bbc-sport-339",
        "5 March",
    ),
    _b6_c(
        "when",
        "When do the European Indoor Championships in Madrid, where Kelly Holmes has been picked "
        "for two events, start?",
        "bbc-sport-068",
        "4 March",
    ),
    _b6_c(
        "when",
        "From what date will downloads count towards the official UK singles chart?",
        "bbc-entertainment-278",
        "17 April",
    ),
    _b6_c(
        "when",
        "Before Jailhouse Rock's re-release, when was Elvis last at number one in the UK?",
        "bbc-entertainment-112",
        "June 2002",
    ),
    _b6_c(
        "when",
        "In what year did Oscars musical director Bill Conti win an Academy Award for his score to"
        " The Right Stuff?",
        "bbc-entertainment-280",
        "1983",
    ),
    _b6_c(
        "when",
        "When is the Lord of the Rings stage musical due to have its Toronto premiere?",
        "bbc-entertainment-294",
        "March 2006",
    ),
    _b6_c(
        "where",
        "Where did Byrds producer Terry Melcher die?",
        "bbc-entertainment-124",
        "Beverly Hills",
    ),
    _b6_c(
        "where",
        "At which venue did Babyshambles play the gig where Pete Doherty fought his guitarist on "
        "stage?",
        "bbc-entertainment-276",
        "Brixton Academy",
    ),
    _b6_c(
        "where",
        "Which London theatre is staging the Mary Poppins musical?",
        "bbc-entertainment-295",
        "Prince Edward Theatre",
    ),
    _b6_c(
        "where",
        "In which city did Taylor Dent beat top seed Lleyton Hewitt in the Australian Hardcourt "
        "Championships quarter-finals?",
        "bbc-sport-444",
        "Adelaide",
    ),
    _b6_c("where", "Where is the Mexican Open held?", "bbc-sport-429", "Acapulco"),
    _b6_c("where", "Where are Israeli club Hapoel Bnei Sakhnin based?", "bbc-sport-135", "Sakhnin"),
    _b6_c(
        "where",
        "At which court was Pete Doherty granted bail on the robbery and blackmail charges?",
        "bbc-entertainment-114",
        "Highbury Corner Magistrates Court|Highbury Corner",
    ),
    _b6_c(
        "where",
        "In which Spanish town did Benita Johnson win the Cross International Zornotza ahead of "
        "Kathy Butler and Hayley Yelling?",
        "bbc-sport-083",
        "Amorebieta",
    ),
    _b6_c(
        "where",
        "Where is the Nelly concert that Jonesboro church ministers want fans to boycott being "
        "held?",
        "bbc-entertainment-281",
        "Arkansas State University",
    ),
    _b6_c(
        "where",
        "In which city are Mauresmo and Sharapova playing the season-ending WTA Tour "
        "Championships?",
        "bbc-sport-474",
        "Los Angeles|Staples Centre",
    ),
    _b6_c(
        "where",
        "Where does veteran ballet teacher Eve Trew run her dance school?",
        "bbc-entertainment-022",
        "Gateshead",
    ),
    _b6_c(
        "where",
        "Where did England beat Fiji to win the opening IRB Sevens tournament of the season?",
        "bbc-sport-381",
        "Dubai",
    ),
    _b6_c(
        "how many",
        "How many films are having their debut at next year's Sundance festival?",
        "bbc-entertainment-101",
        "Forty-two",
    ),
    _b6_c(
        "how many",
        "How many people tuned in to the opening episode of the latest Little Britain series on "
        "BBC Three?",
        "bbc-entertainment-212",
        "1.8 million",
    ),
    _b6_c(
        "how many",
        "How much did Miyazaki's Howl's Moving Castle take at the Japanese box office in its first"
        " two days?",
        "bbc-entertainment-065",
        "1.5bn yen|$14.3m",
    ),
    _b6_c(
        "how many",
        "How many points did Andy Goode kick when Leicester thrashed Newcastle 83-10?",
        "bbc-sport-300",
        "28",
    ),
    _b6_c(
        "how many",
        "How many complaints had the BBC received before it screened Jerry Springer - The Opera?",
        "bbc-entertainment-192",
        "47,000",
    ),
    _b6_c(
        "how many",
        "How many caps has retiring Scarlets forward Dave Hodges won?",
        "bbc-sport-361",
        "54",
    ),
    _b6_c(
        "how many",
        "How much did Pirates of the Caribbean, the first film in the series, take at the US box "
        "office?",
        "bbc-entertainment-037",
        "$305m|£162m",
    ),
    _b6_c(
        "how many",
        "How much did it cost Sir Cameron Mackintosh to bring the Mary Poppins musical to the "
        "stage?",
        "bbc-entertainment-295",
        "£9m",
    ),
    _b6_c(
        "how many",
        "What fee did Chelsea pay AC Milan for Marcel Desailly in 1998?",
        "bbc-sport-182",
        "£4.6m",
    ),
    _b6_c(
        "how many",
        "What percentage of the viewers' vote did Zhang Yimou's Hero get in BBC Four's world "
        "cinema poll?",
        "bbc-entertainment-331",
        "32%",
    ),
    _b6_c(
        "how many",
        "How many league titles did new Scotland manager Walter Smith win at Rangers?",
        "bbc-sport-212",
        "seven",
    ),
    _b6_c(
        "how many",
        "What share of the TV audience did Five have in January?",
        "bbc-entertainment-216",
        "6.3%",
    ),
)

B6_NEAR_BBC_SPORT_ARTS = (
    "Who coaches Harlequins, the side Jonny Wilkinson hopes to make his comeback against?",
    "Who is the manager of Preston, the club taking QPR goalkeeper Chris Day on loan?",
    "Who manages Clyde?",
    "Who is Martina Hingis's coach?",
    "Who produced Snow Patrol's breakthrough album Final Straw?",
    "When will the Simpsons episode that Ricky Gervais is writing be broadcast?",
    "When does Howl's Moving Castle open in UK cinemas?",
    "In what year was Hapoel Bnei Sakhnin founded?",
    "When is Dave Hodges due to start his coaching job in the United States?",
    "When does Walter Smith's contract as Scotland manager run out?",
    "At which stadium will Hapoel Bnei Sakhnin play their home leg against Newcastle in the Uefa "
    "Cup?",
    "Where will the overall Whitbread Book of the Year winner be announced?",
    "At which university does flautist James Newton teach?",
    "Where does Morgan Spurlock, the director of Super Size Me, come from?",
    "Where is Walter Smith holding the Scotland training camp he chose instead of a friendly?",
    "How much did Super Size Me cost to make?",
    "How much did Chelsea pay to sign Adrian Mutu?",
    "How many tickets have been sold for the tsunami Rugby Aid game at Twickenham?",
    "How many fans came to the Babyshambles warm-up gig at The Garage?",
    "How much prize money does the winner of BBC Four's World Cinema Award receive?",
)


# -- Written seventh: a seventh batch, written in the same round as batch 6 and the same
# way, after that round's first rules. Measured once when added; after that, rules were
# fitted to its tuning half only.


_b7_c = partial(_c, batch=7)
B7_BBC_BUSINESS_POLITICS_TECH = (
    _b7_c(
        "who",
        "Which Argentine minister has offered the water company state help, but only in exchange "
        "for a board seat rather than as a subsidy?",
        "bbc-business-501",
        "Julio De Vido|De Vido",
    ),
    _b7_c(
        "who",
        "Which Standard Life Investments director argued that Deutsche Boerse must show buying the"
        " LSE beats a share buyback?",
        "bbc-business-220",
        "Richard Moffat|Moffat",
    ),
    _b7_c(
        "who",
        "Who carried out the Fraser of Allander research suggesting Scotland underestimated what "
        "free personal care would cost?",
        "bbc-politics-098",
        "Jim and Margaret Cuthbert|Cuthbert",
    ),
    _b7_c("who", "Who runs Workshare in Europe?", "bbc-tech-086", "Andrew Pearson|Pearson"),
    _b7_c(
        "who",
        "Who is Marsh & McLennan's chief executive?",
        "bbc-business-103",
        "Michael Cherkasky|Cherkasky",
    ),
    _b7_c(
        "who",
        "Which IDC research director thinks faster broadband could help BT Retail win back lost "
        "market share?",
        "bbc-tech-352",
        "Jill Finger|Finger",
    ),
    _b7_c(
        "who",
        "Who chairs the WTO working party handling Russia's membership bid?",
        "bbc-business-178",
        "Stefan Johannesson|Johannesson",
    ),
    _b7_c("who", "Who founded Air Deccan?", "bbc-business-339", "Gorur Gopinath|Gopinath"),
    _b7_c(
        "who",
        "What is the name of the Diageo North America president who talked up the US wine market "
        "after the Chalone deal?",
        "bbc-business-321",
        "Ivan Menezes|Menezes",
    ),
    _b7_c(
        "who",
        "Which Lib Dem chairman wrote to the information watchdog saying party phone calls to "
        "people registered with the TPS were illegal?",
        "bbc-politics-337",
        "Matthew Taylor|Taylor",
    ),
    _b7_c(
        "who", "Who is the director of the UK Internet Forum?", "bbc-tech-049", "Stephen Dyer|Dyer"
    ),
    _b7_c(
        "who",
        "Which DEC spokeswoman said the charity had asked Scotland Yard to help close down the "
        "bogus tsunami appeal site?",
        "bbc-tech-027",
        "Patricia Sanders|Sanders",
    ),
    _b7_c(
        "when",
        "When did UK Online launch its 8 megabit broadband service?",
        "bbc-tech-352",
        "November 2004",
    ),
    _b7_c(
        "when",
        "Since what year have the interactive Bafta awards been held?",
        "bbc-tech-046",
        "1997",
    ),
    _b7_c(
        "when",
        "In what year did Britain hold its earlier referendum on staying in the Common Market?",
        "bbc-politics-391",
        "1975",
    ),
    _b7_c(
        "when",
        "By when does Diageo expect US regulators to clear its purchase of Chalone?",
        "bbc-business-321",
        "first quarter of 2005",
    ),
    _b7_c(
        "when",
        "On what date will Iraq's communications ministry post the details of the phone licence "
        "tender on its website?",
        "bbc-business-129",
        "9 February",
    ),
    _b7_c(
        "when",
        "In which month is the IMF expected to publish the outlook report that slashes its German "
        "growth forecast?",
        "bbc-business-098",
        "April",
    ),
    _b7_c(
        "when",
        "Until what year can Malagasy francs still be swapped at banks in Madagascar?",
        "bbc-business-372",
        "2009",
    ),
    _b7_c(
        "when",
        "When is the salary fraud at Cameroon's finance ministry believed to have started?",
        "bbc-business-133",
        "1994",
    ),
    _b7_c(
        "when",
        "When do the laws currently used to hold foreign terror suspects without trial run out?",
        "bbc-politics-182",
        "14 March",
    ),
    _b7_c(
        "when",
        "On what date are Air China shares set to begin trading?",
        "bbc-business-269",
        "15 December",
    ),
    _b7_c(
        "when",
        "In what year did Jim Callaghan move into Downing Street after Harold Wilson stepped down?",
        "bbc-politics-400",
        "1976",
    ),
    _b7_c(
        "when",
        "When did the original Cabir mobile phone worm first surface?",
        "bbc-tech-290",
        "mid-June 2004|June 2004",
    ),
    _b7_c(
        "where",
        "In which Bolivian city did mass protests over water charges cost Suez a concession?",
        "bbc-business-501",
        "El Alto",
    ),
    _b7_c("where", "Where is Highfields Capital Management based?", "bbc-business-070", "Boston"),
    _b7_c(
        "where",
        "Where will the WTO summit that could approve Russia's entry take place in December?",
        "bbc-business-178",
        "Hong Kong",
    ),
    _b7_c(
        "where",
        "Near which Indian city is a Siemens-led consortium set to construct a new private "
        "airport?",
        "bbc-business-339",
        "Bangalore",
    ),
    _b7_c(
        "where",
        "In which city did Bafta hand out this year's interactive awards?",
        "bbc-tech-046",
        "London",
    ),
    _b7_c(
        "where",
        "Where is Iraq planning to hold an investor road-show for its new telephone licences?",
        "bbc-business-129",
        "Amman|Amman, Jordan",
    ),
    _b7_c(
        "where",
        "At which school was UKIP MEP Robert Kilroy-Silk doused with slurry as he arrived to "
        "record Any Questions?",
        "bbc-politics-157",
        "Manchester High School for Girls",
    ),
    _b7_c(
        "where",
        "Where is the 3GSM mobile industry conference taking place?",
        "bbc-tech-050",
        "Cannes|Cannes, France",
    ),
    _b7_c(
        "where",
        "In which city is the international tsunami conference at which Jack Straw will represent "
        "the G8?",
        "bbc-politics-135",
        "Jakarta",
    ),
    _b7_c(
        "where",
        "Where did Amnesty chief Irene Khan deliver a lecture saying human rights campaigners had "
        "failed?",
        "bbc-politics-279",
        "London School of Economics",
    ),
    _b7_c(
        "where",
        "Where is the fake tsunami donation website thought to be operated from?",
        "bbc-tech-027",
        "Romania",
    ),
    _b7_c(
        "where",
        "Where had escaped Carstairs patient Michael Ferguson been on the trip from which he never"
        " came back?",
        "bbc-politics-174",
        "East Kilbride",
    ),
    _b7_c(
        "how many",
        "What price per LSE share did Deutsche Boerse put forward in its informal December offer?",
        "bbc-business-220",
        "530 pence",
    ),
    _b7_c(
        "how many",
        "How much extra could free personal care cost by 2022, according to the Fraser of Allander"
        " report?",
        "bbc-politics-098",
        "£130m",
    ),
    _b7_c(
        "how many",
        "On average, what share of the documents in Workshare's survey held legally sensitive "
        "information?",
        "bbc-tech-086",
        "31%",
    ),
    _b7_c(
        "how many",
        "How big a loss did Marsh & McLennan post for the final quarter of 2004?",
        "bbc-business-103",
        "$676m|£352m",
    ),
    _b7_c(
        "how many",
        "How many new mortgages were approved in the UK in December?",
        "bbc-business-085",
        "83,000",
    ),
    _b7_c(
        "how many",
        "What do the Lib Dems want the stamp duty threshold lifted to?",
        "bbc-politics-054",
        "£150,000",
    ),
    _b7_c(
        "how many",
        "How much money did Mexicans working in the US send back home last year?",
        "bbc-business-084",
        "$16.6bn|£8.82bn",
    ),
    _b7_c(
        "how many", "By what percentage will Nestle lift its dividend?", "bbc-business-050", "11%"
    ),
    _b7_c(
        "how many",
        "According to the official February figures, how many people were jobless in Germany?",
        "bbc-business-139",
        "5.216 million|5.2 million",
    ),
    _b7_c(
        "how many",
        "How much might it cost to stage a vote in Britain on the EU constitution?",
        "bbc-politics-391",
        "£80m",
    ),
    _b7_c(
        "how many",
        "What stake in Virgin Blue does Patrick Corporation hold?",
        "bbc-business-474",
        "46%",
    ),
    _b7_c(
        "how many",
        "What value does Malcolm Glazer's latest proposal put on Manchester United?",
        "bbc-business-209",
        "£800m|$1.5bn",
    ),
)

B7_NEAR_BBC_BUSINESS_POLITICS_TECH = (
    "Who is the chief executive of Circuit City?",
    "Who is the chief executive of Aguas Argentinas, the Suez-controlled water firm in Argentina?",
    "Who is the boss of Jetstar, the Qantas budget airline taking on Virgin Blue?",
    "What is the name of the chief executive of Chalone, the wine company Diageo is buying?",
    "Who is the chief executive of telecoms firm Energis?",
    "When was Highfields Capital Management founded?",
    "When will Iraq announce which companies have won its two new telephone licences?",
    "By what date will Marsh & McLennan complete the spin-off of its MMC Capital private equity "
    "arm to staff?",
    "In what year was document security firm Workshare set up?",
    "When did Virgin Blue first list its shares on the Australian stock market?",
    "Where is Workshare headquartered?",
    "In which city does insurance broker Marsh & McLennan have its head office?",
    "Where is the analyst firm Jupiter Research based?",
    "Where is the consultancy Capgemini headquartered?",
    "In which city is the Iraqi Telecommunications and Post Company based?",
    "How many people does Circuit City employ?",
    "What were Chalone's revenues in 2004?",
    "How many households does Aguas Argentinas supply with water?",
    "How many shares is Air China selling in its flotation?",
    "How many money transfers did Mexicans in the US send home in 2003?",
)

B7_BBC_SPORT_ARTS = (
    _b7_c("who", "Who is Ashia Hansen's coach?", "bbc-sport-008", "Aston Moore|Moore"),
    _b7_c(
        "who",
        "Which coach, a former soldier, is credited with getting Northern Irish 800m runner James "
        "McIlroy's career back on course?",
        "bbc-sport-014",
        "Tony Lester|Lester",
    ),
    _b7_c(
        "who",
        "Who is the London Marathon's race director?",
        "bbc-sport-019",
        "David Bedford|Bedford",
    ),
    _b7_c(
        "who",
        "Which referee had to pull Patrick Vieira and Roy Keane apart before Arsenal's home defeat"
        " by Manchester United?",
        "bbc-sport-137",
        "Graham Poll|Poll",
    ),
    _b7_c(
        "who", "Who is the manager of Norwich?", "bbc-sport-186", "Nigel Worthington|Worthington"
    ),
    _b7_c(
        "who",
        "What is the name of Birmingham City's managing director?",
        "bbc-sport-273",
        "Karen Brady|Brady",
    ),
    _b7_c(
        "who",
        "Which SRU chairman quit the executive board along with three colleagues after a row with "
        "the general committee?",
        "bbc-sport-363",
        "David Mackay|Mackay",
    ),
    _b7_c(
        "who",
        "Which Springbok flanker was voted player of the year at the IRB awards?",
        "bbc-sport-369",
        "Schalk Burger|Burger",
    ),
    _b7_c("who", "Who coaches Marat Safin?", "bbc-sport-489", "Peter Lundgren|Lundgren"),
    _b7_c(
        "who",
        "Who is the director of the planned movie version of Philip Pullman's trilogy His Dark "
        "Materials?",
        "bbc-entertainment-094",
        "Chris Weitz|Weitz",
    ),
    _b7_c(
        "who",
        "Which ITV executive decided to bring The X Factor back for another series?",
        "bbc-entertainment-174",
        "Claudia Rosencrantz|Rosencrantz",
    ),
    _b7_c("who", "Who edits Kerrang! magazine?", "bbc-entertainment-268", "Ashley Bird"),
    _b7_c(
        "when",
        "On what date is the Bupa Great Ireland Run, which Sonia O'Sullivan plans to enter?",
        "bbc-sport-002",
        "9 April",
    ),
    _b7_c(
        "when",
        "On what date did the IAAF hand Greek sprinters Kenteris and Thanou their two-year "
        "suspensions?",
        "bbc-sport-023",
        "22 December",
    ),
    _b7_c(
        "when",
        "When did Rick Parry take up the chief executive's job at Liverpool?",
        "bbc-sport-121",
        "July 1998",
    ),
    _b7_c(
        "when",
        "When will Scotland play their friendly against Sweden?",
        "bbc-sport-208",
        "17 November",
    ),
    _b7_c(
        "when",
        "Before their 18-17 comeback win, in what year had France last beaten England at "
        "Twickenham?",
        "bbc-sport-286",
        "1997",
    ),
    _b7_c(
        "when",
        "On what date do England meet Italy in the game that could decide who gets the Six Nations"
        " wooden spoon?",
        "bbc-sport-330",
        "12 March",
    ),
    _b7_c(
        "when",
        "On what date did Svetlana Kuznetsova allegedly test positive for ephedrine?",
        "bbc-sport-448",
        "19 December",
    ),
    _b7_c(
        "when",
        "When is HBO showing the uncut version of the BBC film Dirty War?",
        "bbc-entertainment-080",
        "24 January",
    ),
    _b7_c(
        "when",
        "In what year was corporal punishment banned in Irish schools?",
        "bbc-entertainment-123",
        "1982",
    ),
    _b7_c(
        "when",
        "By when will the first series of The X Factor reach its final?",
        "bbc-entertainment-174",
        "11 December",
    ),
    _b7_c(
        "when",
        "When did Kanye West have the car accident that broke his jaw?",
        "bbc-entertainment-259",
        "October 2002|2002",
    ),
    _b7_c("when", "In what year did Freddie Mercury die?", "bbc-entertainment-138", "1991"),
    _b7_c(
        "where",
        "Where was the Kenyan national training camp that Susan Chepkemei failed to turn up at?",
        "bbc-sport-019",
        "Embu",
    ),
    _b7_c(
        "where",
        "In which city did Mido give the news conference at which he apologised to the Egyptian "
        "people?",
        "bbc-sport-100",
        "Cairo",
    ),
    _b7_c(
        "where",
        "At which ground did Ireland beat South Africa 17-12?",
        "bbc-sport-377",
        "Lansdowne Road",
    ),
    _b7_c(
        "where",
        "In which city does Kim Collins intend to defend his world 100m crown this summer?",
        "bbc-sport-010",
        "Helsinki",
    ),
    _b7_c("where", "Where is James McIlroy living now?", "bbc-sport-014", "Windsor"),
    _b7_c(
        "where",
        "Where is Liverpool planning to build its new stadium?",
        "bbc-sport-121",
        "Stanley Park",
    ),
    _b7_c(
        "where",
        "In which city was the exhibition tournament at which Kuznetsova was drug-tested?",
        "bbc-sport-448",
        "Charleroi",
    ),
    _b7_c(
        "where",
        "In which city was the rape lawsuit against Snoop Dogg filed?",
        "bbc-entertainment-115",
        "Los Angeles",
    ),
    _b7_c(
        "where",
        "Where is Chris Evans selling off his furniture and memorabilia?",
        "bbc-entertainment-181",
        "Camden Market",
    ),
    _b7_c(
        "where",
        "In which city is Joe Pasquale booked to play Jack in the pantomime Jack and the "
        "Beanstalk?",
        "bbc-entertainment-207",
        "Birmingham",
    ),
    _b7_c(
        "where",
        "Where does the eruption in BBC One's docu-drama Supervolcano take place?",
        "bbc-entertainment-214",
        "Yellowstone National Park|Yellowstone",
    ),
    _b7_c(
        "where",
        "Where did Black Sabbath live in their early days, according to Ozzy Osbourne?",
        "bbc-entertainment-268",
        "Aston, Birmingham|Aston",
    ),
    _b7_c(
        "how many",
        "What height did Yelena Isinbayeva clear for her world record and Olympic gold in Athens?",
        "bbc-sport-029",
        "4.91m",
    ),
    _b7_c(
        "how many",
        "How many appearances did Graham Stuart make for Chelsea?",
        "bbc-sport-186",
        "110",
    ),
    _b7_c("how many", "How much is Arsenal's new stadium costing?", "bbc-sport-143", "£350m"),
    _b7_c(
        "how many",
        "How many goals has Robbie Keane now scored for the Republic of Ireland?",
        "bbc-sport-217",
        "24",
    ),
    _b7_c(
        "how many",
        "How much could Liverpool offer in January for Real Madrid striker Fernando Morientes?",
        "bbc-sport-266",
        "£8m",
    ),
    _b7_c(
        "how many",
        "How much money did Blackburn reportedly put up front in their bid for Robbie Savage?",
        "bbc-sport-273",
        "£500,000",
    ),
    _b7_c(
        "how many",
        "By how many places did Elena Baltacha climb in the world rankings after the Australian "
        "Open?",
        "bbc-sport-441",
        "65",
    ),
    _b7_c(
        "how many",
        "How much did Robert De Niro's thriller Hide and Seek take as it went straight to number "
        "one in North America?",
        "bbc-entertainment-049",
        "$22m|£11.7m",
    ),
    _b7_c(
        "how many",
        "How much did Prince earn in 2004, according to Rolling Stone?",
        "bbc-entertainment-162",
        "$56.5m|£30.4m",
    ),
    _b7_c(
        "how many",
        "For how many hours did the Parents Television Council monitor MTV's output?",
        "bbc-entertainment-168",
        "171",
    ),
    _b7_c(
        "how many",
        "What share of the public vote did Caprice get when she was evicted from Celebrity Big "
        "Brother?",
        "bbc-entertainment-187",
        "5%",
    ),
    _b7_c(
        "how many",
        "How much did Viacom pay the FCC to settle its indecency investigations?",
        "bbc-entertainment-199",
        "$3.5m|£1.8m",
    ),
)

B7_NEAR_BBC_SPORT_ARTS = (
    "Who refereed the Carling Cup final that Chelsea won 3-2 against Liverpool?",
    "Who is Sania Mirza's coach?",
    "Who directed Hide and Seek, the thriller that put Robert De Niro back on top of the US box "
    "office?",
    "Who manages the pop band Busted?",
    "Who coaches sprinter Kim Collins?",
    "When did Graham Stuart join Charlton?",
    "When is the film of His Dark Materials due to come out?",
    "When did Robbie Keane win his first cap for the Republic of Ireland?",
    "When does the second series of The X Factor start?",
    "In what year did Brian McFadden join Westlife?",
    "Where did the Republic of Ireland play their friendly against Croatia?",
    "At which stadium did Wales beat Italy in Rome in the Six Nations?",
    "In which city will Queen open their tour with Paul Rodgers?",
    "Where will Scotland's friendly against Sweden be played?",
    "Where will Fightstar's 13-date UK tour finish?",
    "How much did Norwich pay Charlton for Graham Stuart?",
    "How many fans watched Liverpool's 3-1 Champions League win over Bayer Leverkusen at Anfield?",
    "How much money has Chris Evans made from his Camden Market sale?",
    "How many Kerrang! readers voted in the magazine's poll of the best British rock albums?",
    "What was the attendance at Lansdowne Road when Ireland beat South Africa 17-12?",
)


# -- Written eighth: an eighth batch, written blind the same way in the round after batch
# 7's. Measured once when added; after that, rules were fitted to its tuning half only.


_b8_c = partial(_c, batch=8)
B8_BBC_BUSINESS_POLITICS_TECH = (
    _b8_c(
        "who",
        "Which Saudi foreign minister announced that his ministry would take on female staff this"
        " year, a first for it?",
        "bbc-business-043",
        "Prince Saud Al-Faisal|Saud Al-Faisal|Prince Saud",
    ),
    _b8_c(
        "who",
        "Who heads the Ifo institute that reported German business confidence slipping to 95.5 in"
        " February?",
        "bbc-business-066",
        "Hans-Werner Sinn|Sinn",
    ),
    _b8_c(
        "who",
        "Who is taking over as Bombardier's chief executive now that Paul Tellier has gone?",
        "bbc-business-304",
        "Laurent Beaudoin|Beaudoin",
    ),
    _b8_c(
        "who",
        "Which Sal Oppenheim analyst thought Novartis was paying too much for Hexal and Eon Labs?",
        "bbc-business-201",
        "Birgit Kuhlhoff|Kuhlhoff",
    ),
    _b8_c(
        "who",
        "Who is the Cairn Energy boss, a former Scotland rugby player, who warned the new Indian "
        "gas find still needed more checks?",
        "bbc-business-433",
        "Bill Gammell|Gammell",
    ),
    _b8_c(
        "who",
        "Who was the Aer Lingus finance director leaving alongside Willie Walsh and Seamus "
        "Kearney?",
        "bbc-business-445",
        "Brian Dunne|Dunne",
    ),
    _b8_c(
        "who",
        "Which Lib Dem accused Charles Clarke of dodging the real issue over deporting the "
        "Belmarsh detainees?",
        "bbc-politics-097",
        "Mark Oaten|Oaten",
    ),
    _b8_c(
        "who",
        "Which UKIP London Assembly member defected to Robert Kilroy-Silk's Veritas and became "
        "its deputy leader?",
        "bbc-politics-288",
        "Damian Hockney|Hockney",
    ),
    _b8_c(
        "who",
        "Who is the Australian strategist running the Tory campaign who denied telling Michael "
        "Howard the election couldn't be won?",
        "bbc-politics-329",
        "Lynton Crosby|Crosby",
    ),
    _b8_c(
        "who",
        "Which Russian did US prosecutors name as a suspected ringleader of the Shadowcrew fraud "
        "website?",
        "bbc-tech-120",
        "Anatoly Tyukanov|Tyukanov",
    ),
    _b8_c(
        "who",
        "What's the name of the Nebraska man auctioning off his forehead as an ad billboard on "
        "eBay?",
        "bbc-tech-209",
        "Andrew Fisher|Fisher",
    ),
    _b8_c(
        "who",
        "Who is the so-called spam king behind OptInRealBig, the firm that went into Chapter 11?",
        "bbc-tech-390",
        "Scott Richter",
    ),
    _b8_c(
        "when",
        "On what date is Opec due to meet next on output, after Adnan Shihab-Eldin said a cut was"
        " now unlikely?",
        "bbc-business-144",
        "16 March",
    ),
    _b8_c(
        "when",
        "On what date are Willie Walsh and the other two Aer Lingus executives now leaving early?",
        "bbc-business-445",
        "28 January",
    ),
    _b8_c(
        "when",
        "When was the Krivorizhstal steelworks sold to the group including Viktor Pinchuk and "
        "Rinat Akhmetov?",
        "bbc-business-217",
        "June 2004",
    ),
    _b8_c(
        "when",
        "When did Paul Tellier start running Bombardier?",
        "bbc-business-304",
        "January 2003",
    ),
    _b8_c(
        "when",
        "In what year was Brazil's bankruptcy law overhaul first put forward?",
        "bbc-business-305",
        "1993",
    ),
    _b8_c(
        "when",
        "What date are Charles and Camilla getting married, in the story about the Telegraph poll"
        " on their engagement?",
        "bbc-politics-104",
        "8 April",
    ),
    _b8_c(
        "when",
        "What date were the public sector pension strikes pencilled in for, after the unions' "
        "talks with John Prescott in Gateshead stalled?",
        "bbc-politics-312",
        "23 March",
    ),
    _b8_c(
        "when",
        "When are the Kyrgyz parliamentary elections that will use invisible ink on voters' "
        "thumbs?",
        "bbc-tech-001",
        "27 February",
    ),
    _b8_c(
        "when",
        "When did Microsoft and Eliot Spitzer take OptInRealBig to court over spam?",
        "bbc-tech-390",
        "December 2003",
    ),
    _b8_c(
        "when",
        "When did the US Secret Service first get a tip-off about the Shadowcrew identity fraud "
        "site?",
        "bbc-tech-120",
        "July 2003",
    ),
    _b8_c(
        "when",
        "When did the US appeals court in San Francisco side with Grokster and StreamCast, as "
        "mentioned in the story on P2P being here to stay?",
        "bbc-tech-286",
        "August 2004",
    ),
    _b8_c(
        "when",
        "In what year does Alan Johnson say a review will decide whether to abolish retirement "
        "ages altogether?",
        "bbc-politics-132",
        "2011",
    ),
    _b8_c(
        "where",
        "Where is the Ifo institute, whose German business confidence index dropped in February, "
        "based?",
        "bbc-business-066",
        "Munich",
    ),
    _b8_c(
        "where",
        "Where is Victor Shum, the Purvin and Gertz analyst who blamed the weak dollar for oil "
        "staying above $50, based?",
        "bbc-business-138",
        "Singapore",
    ),
    _b8_c(
        "where",
        "In which city is Bombardier headquartered, according to the story on Paul Tellier's exit?",
        "bbc-business-304",
        "Montreal",
    ),
    _b8_c(
        "where",
        "Which city is Ferrovial, the buyer of Jarvis's Tube Lines stake, based in?",
        "bbc-business-341",
        "Madrid",
    ),
    _b8_c(
        "where",
        "In which Indian region did Cairn Energy's run of finds last year lift it into the FTSE "
        "100?",
        "bbc-business-433",
        "Rajasthan",
    ),
    _b8_c(
        "where",
        "At what event did DaimlerChrysler announce that its 2004 sales had risen 2.1%?",
        "bbc-business-410",
        "Detroit Motor Show|Detroit",
    ),
    _b8_c(
        "where",
        "Where will Charles and Camilla hold their civil wedding ceremony?",
        "bbc-politics-104",
        "Windsor Castle",
    ),
    _b8_c(
        "where",
        "Where did five public sector unions meet John Prescott for the pension talks that ended "
        "without a deal?",
        "bbc-politics-312",
        "Gateshead",
    ),
    _b8_c(
        "where",
        "Which school did Tony Blair and David Blunkett visit when Blunkett launched his "
        "neighbourhood policing shake-up?",
        "bbc-politics-234",
        "Welling School|Welling",
    ),
    _b8_c(
        "where",
        "In which county is Robert Kilroy-Silk's home, where the plans for launching Veritas were"
        " worked out?",
        "bbc-politics-288",
        "Buckinghamshire",
    ),
    _b8_c(
        "where",
        "Where does Andrew Fisher, the man auctioning his forehead on eBay, come from?",
        "bbc-tech-209",
        "Omaha|Nebraska",
    ),
    _b8_c(
        "where",
        "On which street are the Conservatives' new headquarters, just a few doors from Labour's "
        "new election base?",
        "bbc-politics-278",
        "Victoria Street",
    ),
    _b8_c(
        "how many",
        "How many Cadillac XLR, SRX and Pontiac Grand Prix cars is GM recalling over accelerator "
        "pedals in the cold?",
        "bbc-business-026",
        "19,924",
    ),
    _b8_c(
        "how many",
        "How many large estates were among the idle farms identified in Venezuela's land reform "
        "drive?",
        "bbc-business-388",
        "56",
    ),
    _b8_c(
        "how many",
        "How much a share did Novartis offer for the rest of Eon Labs?",
        "bbc-business-201",
        "$31",
    ),
    _b8_c(
        "how many",
        "How much is Ferrovial paying Jarvis for its stake in Tube Lines?",
        "bbc-business-341",
        "£146m|$281m",
    ),
    _b8_c(
        "how many",
        "How many customers does LG Card have, the South Korean card firm saved by a one trillion"
        " won rescue?",
        "bbc-business-375",
        "seven million",
    ),
    _b8_c(
        "how many",
        "How many Smart cars did DaimlerChrysler sell in 2004?",
        "bbc-business-410",
        "136,000",
    ),
    _b8_c(
        "how many",
        "In the Daily Telegraph poll on Charles and Camilla's engagement, what percentage said "
        "Camilla should get no title at all?",
        "bbc-politics-104",
        "47%",
    ),
    _b8_c(
        "how many",
        "How many hereditary peers were allowed to stay in the Lords after Labour's 1999 reform, "
        "according to Betty Boothroyd's call for a Lords Speaker story?",
        "bbc-politics-117",
        "92",
    ),
    _b8_c(
        "how many",
        "How much extra money did David Blunkett promise so 2,000 more community support officers"
        " could be hired straight away?",
        "bbc-politics-234",
        "£50m",
    ),
    _b8_c(
        "how many",
        "How much a month does UK Online charge for its eight megabit broadband service?",
        "bbc-tech-205",
        "£39.99",
    ),
    _b8_c(
        "how many",
        "How many blogs does Technorati reckon exist, according to the story on 'blog' being "
        "Merriam-Webster's word of the year?",
        "bbc-tech-151",
        "4.8 million",
    ),
    _b8_c(
        "how many",
        "How much in damages is Microsoft seeking from OptInRealBig?",
        "bbc-tech-390",
        "$46m",
    ),
)

B8_BBC_SPORT_ARTS = (
    _b8_c(
        "who",
        "Who was voted favourite female film star for a tenth year in a row at the People's "
        "Choice Awards where Michael Moore's Fahrenheit 9/11 took best film?",
        "bbc-entertainment-097",
        "Julia Roberts|Roberts",
    ),
    _b8_c(
        "who",
        "Who is the viewer suing NBC because Fear Factor showed contestants eating rats?",
        "bbc-entertainment-209",
        "Austin Aitken|Aitken",
    ),
    _b8_c(
        "who",
        "Which sheriff was furious that rapper C-Murder recorded scenes for a music video inside "
        "his jail?",
        "bbc-entertainment-279",
        "Harry Lee|Lee",
    ),
    _b8_c(
        "who",
        "Which screenwriter is helping Stan Lee write the script for the Foreverman superhero "
        "movie?",
        "bbc-entertainment-374",
        "Peter Briggs|Briggs",
    ),
    _b8_c(
        "who",
        "Who was named best actress at the Independent Spirit Awards the year Sideways swept all "
        "its categories?",
        "bbc-entertainment-370",
        "Catalina Sandino Moreno|Moreno",
    ),
    _b8_c(
        "who",
        "Who is the attorney through whom Marion Jones issued her denial of Victor Conte's doping"
        " allegations?",
        "bbc-sport-036",
        "Rich Nichols|Nichols",
    ),
    _b8_c(
        "who",
        "Which Aston Villa chairman praised David O'Leary when the manager agreed his contract "
        "extension?",
        "bbc-sport-264",
        "Doug Ellis|Ellis",
    ),
    _b8_c(
        "who",
        "Which Wales player scored twice in the 24-18 Six Nations comeback victory over France?",
        "bbc-sport-292",
        "Martyn Williams|Williams",
    ),
    _b8_c(
        "who",
        "Which Italy prop crossed for a consolation try at the end of Ireland's 28-17 win in "
        "Italy?",
        "bbc-sport-302",
        "Martin Castrogiovanni|Castrogiovanni",
    ),
    _b8_c(
        "who",
        "Who was Lleyton Hewitt's opponent in the Sydney International final he won 7-5 6-0?",
        "bbc-sport-450",
        "Ivo Minar|Minar",
    ),
    _b8_c(
        "who",
        "Who beat Andre Agassi in the SAP Open quarter-finals in San Jose?",
        "bbc-sport-509",
        "Jurgen Melzer|Melzer",
    ),
    _b8_c(
        "who",
        "Which Leicester Tigers boss said signing rugby league star Andy Farrell would be a big "
        "gamble?",
        "bbc-sport-398",
        "John Wells|Wells",
    ),
    _b8_c(
        "when",
        "On what date did the Fear Factor rat-eating stunt in Times Square, which Austin Aitken "
        "is suing NBC over, feature on the show?",
        "bbc-entertainment-209",
        "8 November",
    ),
    _b8_c(
        "when",
        "When is the Subhash Ghai film Kisna - the Warrior Poet, starring Antonia Bernath, "
        "released in UK cinemas?",
        "bbc-entertainment-300",
        "21 January",
    ),
    _b8_c(
        "when",
        "What year was Bonny Lee Bakley, the wife of actor Robert Blake, shot dead?",
        "bbc-entertainment-169",
        "2001",
    ),
    _b8_c(
        "when",
        "In what year was the rapper C-Murder first convicted over the killing of a teenager at a"
        " nightclub?",
        "bbc-entertainment-279",
        "2003",
    ),
    _b8_c(
        "when",
        "What date was Blackburn's FA Cup fifth round replay against Burnley at Ewood Park?",
        "bbc-sport-179",
        "1 March|Tuesday, 1 March",
    ),
    _b8_c(
        "when",
        "When did David O'Leary become manager of Aston Villa?",
        "bbc-sport-264",
        "May 2003|2003",
    ),
    _b8_c(
        "when",
        "In which year did Lindsay Davenport win her Wimbledon title?",
        "bbc-sport-460",
        "1999",
    ),
    _b8_c(
        "when",
        "On what date was Gloucester winger James Simpson-Daniel hoping to make his comeback "
        "against Worcester?",
        "bbc-sport-358",
        "29 January",
    ),
    _b8_c(
        "when",
        "In what year did Thorne Nogar, the sound engineer whose Elvis Presley tapes went unsold "
        "at the Bonhams and Butterfields auction, die?",
        "bbc-entertainment-152",
        "1994",
    ),
    _b8_c(
        "when",
        "In what year did Max Houck's West Virginia University forensic science course take its "
        "first students?",
        "bbc-entertainment-193",
        "1999",
    ),
    _b8_c(
        "when",
        "When is the UK government expected to name a successor to the Section 48 film tax relief"
        " scheme?",
        "bbc-entertainment-303",
        "July",
    ),
    _b8_c(
        "when",
        "In what year did Chris O'Neil become the last Australian to win the women's Australian "
        "Open title, as Alicia Molik tries to emulate her?",
        "bbc-sport-446",
        "1978",
    ),
    _b8_c(
        "where",
        "In which arena were the MTV Europe Music Awards held in Rome when OutKast won three "
        "prizes?",
        "bbc-entertainment-153",
        "Tor Di Valle arena|Tor Di Valle",
    ),
    _b8_c(
        "where",
        "Which city is home to Austin Aitken, the man suing NBC over Fear Factor's rat-eating "
        "stunt?",
        "bbc-entertainment-209",
        "Cleveland",
    ),
    _b8_c(
        "where",
        "In which city's jail did rapper C-Murder film footage for his Y'all Heard of Me video?",
        "bbc-entertainment-279",
        "New Orleans",
    ),
    _b8_c(
        "where",
        "Where was filming of the Johnny Depp film The Libertine moved to after UK film tax "
        "changes?",
        "bbc-entertainment-303",
        "Isle of Man",
    ),
    _b8_c(
        "where",
        "Where is Peter Jackson shooting his King Kong remake?",
        "bbc-entertainment-385",
        "Wellington",
    ),
    _b8_c(
        "where",
        "In which city did forensic experts discuss the 'CSI effect' at the American Association "
        "for the Advancement of Science meeting?",
        "bbc-entertainment-193",
        "Washington DC|Washington",
    ),
    _b8_c(
        "where",
        "Where were the AAAs Championships and Norwich Union indoor trials held at which Jason "
        "Gardener edged the men's 60m?",
        "bbc-sport-058",
        "Sheffield",
    ),
    _b8_c(
        "where",
        "Where was the indoor meeting at which Yelena Isinbayeva broke the pole vault world "
        "record again and Kelly Holmes beat Agnes Samaria?",
        "bbc-sport-070",
        "Birmingham|National Indoor Arena",
    ),
    _b8_c(
        "where",
        "In which city were the Republic of Ireland due to face the Faroe Islands after their "
        "draw with France in Paris?",
        "bbc-sport-133",
        "Dublin",
    ),
    _b8_c(
        "where",
        "At which stadium did Mike Ruddock's Wales recover from 15-6 down for a 24-18 win over "
        "France?",
        "bbc-sport-292",
        "Stade de France",
    ),
    _b8_c(
        "where",
        "In which city is the Hopman Cup that Lindsay Davenport pulled out of to rest her knee?",
        "bbc-sport-460",
        "Perth",
    ),
    _b8_c(
        "where",
        "In which city was Roger Federer presented with a Waterford Crystal trophy and a Mercedes"
        " convertible after beating Lleyton Hewitt?",
        "bbc-sport-473",
        "Houston",
    ),
    _b8_c(
        "how many",
        "How much did the Bonhams and Butterfields sale of Beatles suits and Elvis memorabilia "
        "raise in total?",
        "bbc-entertainment-152",
        "$1.1m|£600,000",
    ),
    _b8_c(
        "how many",
        "What percentage of the public vote went to keeping John McCririck in Celebrity Big "
        "Brother when Jackie Stallone was evicted?",
        "bbc-entertainment-225",
        "67%",
    ),
    _b8_c(
        "how many",
        "According to the Musicians' Union campaign on US red tape, how much does a British "
        "singer pay just to get an American visa?",
        "bbc-entertainment-289",
        "$1,300|£680",
    ),
    _b8_c(
        "how many",
        "How old is Dustin Hoffman, who complained that film culture is in a bad way while "
        "promoting Meet the Fockers?",
        "bbc-entertainment-315",
        "67",
    ),
    _b8_c(
        "how many",
        "How many prizes did Sideways collect at the Independent Spirit Awards?",
        "bbc-entertainment-370",
        "six",
    ),
    _b8_c(
        "how many",
        "How much did the first two Spider-Man movies earn worldwide, according to the report on "
        "Stan Lee's Foreverman project?",
        "bbc-entertainment-374",
        "$1.6bn|£857m",
    ),
    _b8_c(
        "how many",
        "How many league games had Arsenal gone without defeat before losing at Old Trafford, in "
        "the story where Sol Campbell talks about the Manchester United feud?",
        "bbc-sport-188",
        "49",
    ),
    _b8_c(
        "how many",
        "How much was Chelsea reportedly ready to bid for Steven Gerrard before Liverpool's Rick "
        "Parry ruled out a sale?",
        "bbc-sport-243",
        "£35m",
    ),
    _b8_c(
        "how many",
        "How many players are in the Sale Sharks squad, according to Philippe Saint-Andre's "
        "complaint about losing players to international duty?",
        "bbc-sport-358",
        "31",
    ),
    _b8_c(
        "how many",
        "What was Ivo Minar's world ranking when he lost to Lleyton Hewitt in the Sydney "
        "International final?",
        "bbc-sport-450",
        "158th",
    ),
    _b8_c(
        "how many",
        "How long a ban does Stefan Koubek say the International Tennis Federation gave him after"
        " his positive drugs test?",
        "bbc-sport-485",
        "three months|three-month",
    ),
    _b8_c(
        "how many",
        "How many visitors had the Sydney exhibition on Lord of the Rings drawn when Peter "
        "Jackson went to see it?",
        "bbc-entertainment-385",
        "140,000",
    ),
)

B8_NEAR_BBC_BUSINESS_POLITICS_TECH = (
    "Who is the chief executive of Ferrovial, the Spanish group buying Jarvis's share of Tube "
    "Lines?",
    "Who won the eBay auction to put their logo on Andrew Fisher's forehead?",
    "Who runs Eon Labs, the US generic drugs maker that Novartis is taking over?",
    "Who was appointed to succeed Willie Walsh as chief executive of Aer Lingus?",
    "Who is in charge of Venezuela's National Land Institute, the body that declared hundreds of "
    "farms idle?",
    "When did Scott Richter set up OptInRealBig?",
    "When was Laurent Beaudoin first made chief executive of Bombardier?",
    "When did Cairn Energy buy the Rajasthan exploration rights from Shell?",
    "When did GlaxoSmithKline start shipping its red-dyed Aids pills to Africa?",
    "On what date did Jarvis agree to sell its Tube Lines stake to Ferrovial?",
    "Where will Opec hold its 16 March meeting on production levels?",
    "Where is OptInRealBig, Scott Richter's spam-accused marketing company, based?",
    "Where was Anatoly Tyukanov, the suspected Shadowcrew ringleader, arrested?",
    "Which college is Andrew Fisher going to study graphic design at with his forehead ad money?",
    "Where is Jarvis, the engineering group that sold its Tube Lines stake, headquartered?",
    "How many jobs will Novartis cut after buying Hexal and Eon Labs?",
    "How much did Andrew Fisher's forehead advertising space finally sell for on eBay?",
    "How much did the US government spend paying for the invisible ink used in Kyrgyzstan's "
    "elections?",
    "How much is GlaxoSmithKline spending on recolouring and repackaging its cut-price Aids drugs"
    " for Africa?",
    "How many people does Aer Lingus employ?",
)

B8_NEAR_BBC_SPORT_ARTS = (
    "Who is directing the Foreverman superhero film that Stan Lee is making with Robert Evans?",
    "Who is the judge presiding over Robert Blake's trial for the murder of Bonny Lee Bakley?",
    "Which lawyer is representing Austin Aitken in his Fear Factor lawsuit against NBC?",
    "Which Austrian doctor gave Stefan Koubek the wrist injection he blames for his failed drugs "
    "test?",
    "What was the name of the 16-year-old that rapper C-Murder was accused of killing in a "
    "nightclub?",
    "When will Stan Lee's Foreverman superhero film be released in cinemas?",
    "When is the second murder trial of rapper C-Murder due to start?",
    "On what date did Austin Aitken file his lawsuit against NBC over the Fear Factor rat stunt?",
    "When did Robert Blake's murder trial in Los Angeles begin?",
    "When does Stefan Koubek's ITF doping ban come to an end?",
    "Where is Stan Lee's company POW! Entertainment based?",
    "Which court is hearing Austin Aitken's $2.5m lawsuit against NBC over Fear Factor?",
    "At which restaurant had Robert Blake and Bonny Lee Bakley been eating on the night she was "
    "shot?",
    "Where did rugby league captain Andy Farrell have his knee operation?",
    "At which nightclub did the killing that C-Murder was originally convicted of take place?",
    "How much did Paramount Pictures pay for Stan Lee's Foreverman project?",
    "How much is David O'Leary's new contract with Aston Villa worth?",
    "How much in damages is Peter Jackson seeking from New Line Cinema over The Fellowship of the"
    " Ring profits?",
    "How many people watched the Fear Factor episode in which contestants ate dead rats?",
    "How much is Peter Jackson being paid to direct the King Kong remake?",
)


# -- Written ninth: a ninth batch, written blind the same way in the same round as batch 8,
# and kept out of sight: measured once, with the round's final rules. No rule used it.


_b9_c = partial(_c, batch=9)
B9_BBC_BUSINESS_POLITICS_TECH = (
    _b9_c(
        "who",
        "Who is the head of the Association of European Airlines who objected to the EU's idea of"
        " taxing jet fuel to fund aid for poor countries?",
        "bbc-business-065",
        "Ulrich Schulte-Strathaus|Schulte-Strathaus",
    ),
    _b9_c(
        "who",
        "Which Fiat patriarch favoured GM's offer over DaimlerChrysler's in 2000 because he "
        "wanted to hold on to control of the group?",
        "bbc-business-078",
        "Gianni Agnelli|Agnelli",
    ),
    _b9_c(
        "who",
        "Who set up Shepherds Purse Cheeses, the British firm that could lose the right to call "
        "its cheese feta?",
        "bbc-business-135",
        "Judy Bell|Bell",
    ),
    _b9_c(
        "who",
        "Which South African financier put out a statement saying his group was interested in "
        "Marks & Spencer?",
        "bbc-business-184",
        "Mark Paulsmeier|Paulsmeier",
    ),
    _b9_c(
        "who",
        "Who is the chairman of the Sri Lanka Banks Association that warned of tsunami losses on "
        "bank loans?",
        "bbc-business-228",
        "AL Gooneratne|Gooneratne",
    ),
    _b9_c(
        "who",
        "Which Citigroup vice chairman was picked by Ariel Sharon to run the Bank of Israel?",
        "bbc-business-423",
        "Stanley Fischer|Fischer",
    ),
    _b9_c(
        "who",
        "Which Australian election strategist denied warning Michael Howard that the Tories could"
        " not win the election?",
        "bbc-politics-212",
        "Lynton Crosby|Crosby",
    ),
    _b9_c(
        "who",
        "Which journalist wrote the book about the Blair-Brown feud that Labour MPs complained "
        "about?",
        "bbc-politics-260",
        "Robert Peston|Peston",
    ),
    _b9_c(
        "who",
        "In the story about Adam Curry and podcasting, who runs the Podcast Alley website?",
        "bbc-tech-110",
        "Chris McIntyre|McIntyre",
    ),
    _b9_c(
        "who",
        "Which Microsoft Xbox executive gave the Game Developers Conference keynote that "
        "previewed the Xbox 2?",
        "bbc-tech-348",
        "J. Allard|Allard",
    ),
    _b9_c(
        "who",
        "Who is the San Diego man who started the Spanish-language hip-hop website "
        "latinohiphopradio.com with two friends?",
        "bbc-tech-090",
        "Manuel Millan|Millan",
    ),
    _b9_c(
        "who",
        "Which MP, as chair of the Commons public accounts committee, urged Britain to lead by "
        "example on EU fraud once it holds the EU presidency?",
        "bbc-politics-138",
        "Edward Leigh|Leigh",
    ),
    _b9_c(
        "when",
        "By what date did Fiat and General Motors have to settle their row over Fiat's option to "
        "offload its car business onto GM?",
        "bbc-business-078",
        "1 February",
    ),
    _b9_c(
        "when",
        "From what year will only Greek producers be allowed to label their cheese as feta?",
        "bbc-business-135",
        "2007",
    ),
    _b9_c(
        "when",
        "On what date is David Klein due to leave the top job at the Bank of Israel?",
        "bbc-business-423",
        "16 January",
    ),
    _b9_c(
        "when",
        "In the story on Turkey's new $10bn IMF loan deal, on what date was the EU set to decide "
        "whether to open membership talks with Turkey?",
        "bbc-business-469",
        "17 December",
    ),
    _b9_c(
        "when",
        "When did the EU say it would open accession negotiations with Croatia?",
        "bbc-politics-064",
        "April 2005",
    ),
    _b9_c(
        "when",
        "According to Robert Peston's book, when did John Prescott host the dinner at which Blair"
        " said he would stand down?",
        "bbc-politics-260",
        "November 2003",
    ),
    _b9_c(
        "when",
        "By when did Jane Hutt, health minister for Wales, promise that no one in Wales would "
        "have to wait over a year to get an outpatient appointment?",
        "bbc-politics-121",
        "March 2006",
    ),
    _b9_c(
        "when",
        "From when did Gordon Brown pledge to give pre-school children aged three and four 15 "
        "hours of free nursery education?",
        "bbc-politics-128",
        "April 2007",
    ),
    _b9_c(
        "when",
        "From what date was Apple's Mac mini going to be available to buy?",
        "bbc-tech-260",
        "22 January",
    ),
    _b9_c(
        "when",
        "On what dates was the CES gadget show at which Archos unveiled its Pocket Media "
        "Assistant PMA430?",
        "bbc-tech-222",
        "6 to 9 January",
    ),
    _b9_c(
        "when",
        "In what year did Adam Curry quit his MTV show to go and explore the internet?",
        "bbc-tech-110",
        "1995",
    ),
    _b9_c(
        "when",
        "In what year did Dhirubhai Ambani, the founder of Reliance, die?",
        "bbc-business-352",
        "2002",
    ),
    _b9_c(
        "where",
        "Where does Bundesbank board member Hans Reckers want Deutsche Boerse's cash trading to "
        "stay if it buys the London Stock Exchange?",
        "bbc-business-279",
        "Frankfurt",
    ),
    _b9_c(
        "where",
        "In the story about the EU's jet fuel tax idea, where did G7 finance ministers meet when "
        "they backed writing off poor nations' debts?",
        "bbc-business-065",
        "London",
    ),
    _b9_c(
        "where",
        "In which part of England is Shepherds Purse Cheeses, Britain's only feta maker, based?",
        "bbc-business-135",
        "Yorkshire",
    ),
    _b9_c(
        "where",
        "On which city's stock market did shares rise after Stanley Fischer was nominated to head"
        " the Bank of Israel?",
        "bbc-business-423",
        "Tel Aviv",
    ),
    _b9_c(
        "where",
        "Where was the EU summit Tony Blair was leaving when he praised the deal on Turkish "
        "membership talks?",
        "bbc-politics-064",
        "Brussels",
    ),
    _b9_c(
        "where",
        "Where did Tony Blair go sailing in a dinghy with schoolchildren while promoting Labour's"
        " education pledges?",
        "bbc-politics-352",
        "Bromsgrove, Worcestershire|Bromsgrove|Worcestershire",
    ),
    _b9_c(
        "where",
        "Which city is the Mexican hip-hop group Los Caballeros de Plan G from?",
        "bbc-tech-090",
        "Monterrey",
    ),
    _b9_c(
        "where",
        "Where did Steve Jobs unveil the Mac mini during his annual MacWorld speech?",
        "bbc-tech-260",
        "San Francisco",
    ),
    _b9_c(
        "where",
        "In which city did Archos launch its wi-fi enabled Pocket Media Assistant PMA430?",
        "bbc-tech-222",
        "Las Vegas",
    ),
    _b9_c(
        "where",
        "In which city does BBC columnist Bill Thompson live, where he wants an electronics "
        "recycling box alongside the green bins?",
        "bbc-tech-307",
        "Cambridge",
    ),
    _b9_c(
        "where",
        "In which country did podcasting pioneer Adam Curry grow up and host pirate radio shows?",
        "bbc-tech-110",
        "Netherlands|Holland",
    ),
    _b9_c(
        "where",
        "Which country did Latin American exports grow 34% to in 2004, according to the Inter-"
        "American Development Bank story?",
        "bbc-business-259",
        "China",
    ),
    _b9_c(
        "how many",
        "How much profit did Ask Jeeves make in the final three months of 2004?",
        "bbc-business-011",
        "$17m",
    ),
    _b9_c(
        "how many",
        "By what percentage did General Motors' US sales fall in February?",
        "bbc-business-099",
        "12.7%",
    ),
    _b9_c(
        "how many",
        "According to Goldman Sachs research, how much more expensive than the high-street "
        "average is a basket of M&S goods now?",
        "bbc-business-184",
        "11%",
    ),
    _b9_c(
        "how many",
        "What share of private banks' loans to customers in Sri Lanka's tsunami-hit area may have"
        " been wiped out or damaged, according to the banks association?",
        "bbc-business-228",
        "13.6%",
    ),
    _b9_c(
        "how many",
        "How many shares is Reliance planning to buy back under the plan backed by Mukesh Ambani?",
        "bbc-business-352",
        "52 million",
    ),
    _b9_c(
        "how many",
        "By how much did the UK economy grow in 2004, according to the ONS estimate?",
        "bbc-business-507",
        "3.1%",
    ),
    _b9_c(
        "how many",
        "How many suspected fraud or irregularity cases involving EU money in Britain were "
        "reported for 2003, according to the National Audit Office?",
        "bbc-politics-138",
        "922",
    ),
    _b9_c(
        "how many",
        "What limit on gifts to political parties did the Electoral Commission say was worth "
        "debating?",
        "bbc-politics-059",
        "£10,000",
    ),
    _b9_c(
        "how many",
        "How much did each applicant pay Icann to have a proposed domain such as .mobi or .jobs "
        "considered?",
        "bbc-tech-239",
        "£23,000",
    ),
    _b9_c(
        "how many",
        "How many lawsuits did the MPAA file against BitTorrent server operators at the start of "
        "its campaign?",
        "bbc-tech-255",
        "100",
    ),
    _b9_c(
        "how many",
        "In the Demos report on broadband Britain, how many UK net users go online from home each"
        " month according to Nielsen//NetRatings?",
        "bbc-tech-392",
        "22.8 million",
    ),
    _b9_c(
        "how many",
        "How much Whitehall cash did Gordon Brown move to local councils in the pre-Budget report"
        " to hold down council tax, as Nick Raynsford acknowledged?",
        "bbc-politics-357",
        "£512m",
    ),
)

B9_BBC_SPORT_ARTS = (
    _b9_c(
        "who",
        "Which actress is shortlisted for the Evening Standard best actress prize for playing in "
        "Notes on Falling Leaves, staged at the Royal Court?",
        "bbc-entertainment-008",
        "Pam Ferris|Ferris",
    ),
    _b9_c(
        "who",
        "What's the name of the Bishop of Durham who called Dan Brown's The Da Vinci Code a great"
        " thriller but bad history?",
        "bbc-entertainment-009",
        "Tom Wright|Wright",
    ),
    _b9_c(
        "who",
        "Which Academy president applauded Mel Gibson for skipping paid ads in the Oscar race for"
        " The Passion of the Christ?",
        "bbc-entertainment-041",
        "Frank Pierson|Pierson",
    ),
    _b9_c(
        "who",
        "Who directed The Return, the Russian drama that picked up the BBC Four World Cinema "
        "Award?",
        "bbc-entertainment-079",
        "Andrey Zvyagintsev|Zvyagintsev",
    ),
    _b9_c(
        "who",
        "Who was the manager of the HMV shop where Tony Blair turned up to buy the Band Aid 20 "
        "single?",
        "bbc-entertainment-143",
        "Clive Smith|Smith",
    ),
    _b9_c(
        "who",
        "Which Scrubs star's friendship reportedly got Colin Farrell his cameo in the hospital "
        "sitcom?",
        "bbc-entertainment-224",
        "Zach Braff|Braff",
    ),
    _b9_c(
        "who",
        "Who was the PR man speaking for the dancehall reggae industry in the truce with the Stop"
        " Murder Music campaigners?",
        "bbc-entertainment-248",
        "Glen Yearwood|Yearwood",
    ),
    _b9_c(
        "who",
        "Who is the lawyer trying to get the doping charges against Greek sprinter Kostas "
        "Kenteris thrown out?",
        "bbc-sport-017",
        "Gregory Ioannidis|Ioannidis",
    ),
    _b9_c(
        "who",
        "Who was left in temporary charge of Tottenham after Jacques Santini quit as manager?",
        "bbc-sport-202",
        "Martin Jol|Jol",
    ),
    _b9_c(
        "who",
        "Who is the Northern Irish FA chief executive proposing to bring back the Home "
        "International series that Walter Smith supports?",
        "bbc-sport-099",
        "Howard Wells|Wells",
    ),
    _b9_c(
        "who",
        "Which LTA performance director did Jimmy Connors praise after his time with British "
        "youngsters in Spain?",
        "bbc-sport-493",
        "David Felgate|Felgate",
    ),
    _b9_c(
        "who",
        "Which Wales physio said Colin Charvis would sit out the Scotland game because of his "
        "ankle?",
        "bbc-sport-341",
        "Mark Davies|Davies",
    ),
    _b9_c(
        "when",
        "When was Suge Knight jailed after the brawl a few hours before Tupac Shakur was shot "
        "dead in Las Vegas?",
        "bbc-entertainment-110",
        "October 1996|1996",
    ),
    _b9_c(
        "when",
        "On what date did USA For Africa's We Are The World first come out in the US?",
        "bbc-entertainment-157",
        "7 March 1985",
    ),
    _b9_c(
        "when",
        "When is the Scrubs episode with Colin Farrell's guest spot going to be shown?",
        "bbc-entertainment-224",
        "25 January",
    ),
    _b9_c(
        "when",
        "What deadline did the City of Seattle give for shifting the old home of Jimi Hendrix's "
        "father?",
        "bbc-entertainment-257",
        "22 February",
    ),
    _b9_c(
        "when",
        "In what year did Bono, The Edge, Adam Clayton and Larry Mullen Jr get U2 together at "
        "school?",
        "bbc-entertainment-291",
        "1977",
    ),
    _b9_c(
        "when",
        "What date does the new Magic Roundabout film, with Robbie Williams and Kylie Minogue "
        "voices, open in UK cinemas?",
        "bbc-entertainment-353",
        "11 February",
    ),
    _b9_c(
        "when",
        "Until what date does the Bangkok International Film Festival go on, despite the tsunami?",
        "bbc-entertainment-306",
        "24 January",
    ),
    _b9_c(
        "when",
        "In what year did ex-Playschool host Floella Benjamin receive her OBE?",
        "bbc-entertainment-070",
        "2001",
    ),
    _b9_c(
        "when",
        "On what date do Wales face Scotland at Murrayfield, the game injured flanker Colin "
        "Charvis is set to miss?",
        "bbc-sport-341",
        "13 March",
    ),
    _b9_c(
        "when",
        "Which date had Jonny Wilkinson been aiming at for his England return against Ireland in "
        "Dublin?",
        "bbc-sport-415",
        "27 February",
    ),
    _b9_c(
        "when",
        "In what year was the football Home International series scrapped, according to Walter "
        "Smith's backing for its return?",
        "bbc-sport-099",
        "1984",
    ),
    _b9_c(
        "when",
        "Before their thrilling win over France in Paris, when did Wales last win a rugby Grand "
        "Slam?",
        "bbc-sport-395",
        "1978",
    ),
    _b9_c(
        "where",
        "Where is the Evening Standard Theatre Awards ceremony, with The Producers up for best "
        "musical, being held?",
        "bbc-entertainment-008",
        "National Theatre|London",
    ),
    _b9_c(
        "where",
        "Where was Death Row Records founder Suge Knight stopped and arrested over the marijuana?",
        "bbc-entertainment-110",
        "Barstow, California|Barstow",
    ),
    _b9_c(
        "where",
        "In which city did Tony Blair drop into HMV to pick up the Band Aid 20 single?",
        "bbc-entertainment-143",
        "Edinburgh",
    ),
    _b9_c(
        "where",
        "Where was the Rock and Roll Hall of Fame ceremony held at which Bruce Springsteen "
        "inducted U2?",
        "bbc-entertainment-291",
        "Waldorf Astoria|New York",
    ),
    _b9_c(
        "where",
        "In which city is the house where Jimi Hendrix's father Al once lived, the one at the "
        "centre of the museum row?",
        "bbc-entertainment-257",
        "Seattle",
    ),
    _b9_c(
        "where",
        "In which city did Marion Jones file her defamation suit against Victor Conte of Balco?",
        "bbc-sport-049",
        "San Francisco",
    ),
    _b9_c(
        "where",
        "Where will Bernard Laporte announce his France side for the Six Nations game against "
        "England at Twickenham?",
        "bbc-sport-296",
        "Marcoussis",
    ),
    _b9_c(
        "where",
        "Where was the LTA winter camp Jimmy Connors spent three days at before announcing his "
        "link-up with British tennis?",
        "bbc-sport-493",
        "La Manga",
    ),
    _b9_c(
        "where",
        "Where did Roger Federer beat Ivan Ljubicic in a five-set final the week before their "
        "Dubai final?",
        "bbc-sport-425",
        "Rotterdam",
    ),
    _b9_c(
        "where",
        "Kostas Kenteris's lawyer says officials knew the sprinter was in which country when he "
        "supposedly skipped a drugs test in Chicago?",
        "bbc-sport-017",
        "Germany",
    ),
    _b9_c(
        "where",
        "In which city did Wales beat England 11-9 in the game where Danny Grewcock caught Dwayne"
        " Peel with his boot?",
        "bbc-sport-307",
        "Cardiff",
    ),
    _b9_c(
        "where",
        "Which St Helens ground would Paul Sculthorpe love to see Sonny Bill Williams move to?",
        "bbc-sport-397",
        "Knowsley Road",
    ),
    _b9_c(
        "how many",
        "Into how many languages has Dan Brown's The Da Vinci Code been translated?",
        "bbc-entertainment-009",
        "42",
    ),
    _b9_c(
        "how many",
        "How much did Mel Gibson's The Passion of the Christ earn at the box office around the "
        "world?",
        "bbc-entertainment-041",
        "$600m|£322m",
    ),
    _b9_c(
        "how many",
        "How many children took part in the fan vote that named Shrek 2 the top film at the "
        "children's Baftas?",
        "bbc-entertainment-070",
        "6,000",
    ),
    _b9_c(
        "how many",
        "How many promotional packs for CSI:NY did Five post out before the advertising watchdog "
        "stepped in?",
        "bbc-entertainment-173",
        "55,000",
    ),
    _b9_c(
        "how many",
        "How much did the horror film Boogeyman take in its opening three days in UK cinemas?",
        "bbc-entertainment-380",
        "£788,439",
    ),
    _b9_c(
        "how many",
        "What share of each ticket sold at the Bangkok International Film Festival is going to "
        "the tsunami fund?",
        "bbc-entertainment-306",
        "10%",
    ),
    _b9_c(
        "how many",
        "How many years after his death did Elvis Presley get back to number one in the UK with "
        "Jailhouse Rock?",
        "bbc-entertainment-234",
        "27",
    ),
    _b9_c(
        "how many",
        "How much is Marion Jones seeking in damages from Victor Conte, the Balco boss?",
        "bbc-sport-049",
        "$25m|£13m",
    ),
    _b9_c(
        "how many",
        "What percentage of the viewer poll did Zhang Yimou's Hero get in the BBC Four World "
        "Cinema Award?",
        "bbc-entertainment-079",
        "32%",
    ),
    _b9_c(
        "how many",
        "How old is Jimmy Connors, who has teamed up with Britain's Lawn Tennis Association?",
        "bbc-sport-493",
        "52",
    ),
    _b9_c(
        "how many",
        "How many weeks of the year does Paul Sculthorpe say top rugby league players are playing?",
        "bbc-sport-397",
        "42",
    ),
    _b9_c(
        "how many",
        "What kicking success rate does Dusty Hare credit Jonny Wilkinson with?",
        "bbc-sport-415",
        "80%",
    ),
)

B9_NEAR_BBC_BUSINESS_POLITICS_TECH = (
    "Who is the chief executive of Petrel Resources, the Irish oil firm whose shares more than "
    "halved over the Iraq contract report?",
    "Who runs Everasia, the Turkish company said to have won the contract for Iraq's Khurmala "
    "Dome oilfield?",
    "Who was behind the Phoenix Torrents file-sharing site that closed down during the MPAA's "
    "legal campaign?",
    "Who are the two friends who started latinohiphopradio.com together with Manuel Millan?",
    "Who was the instructor in the dinghy when Tony Blair went sailing with pupils from St "
    "Egwin's Middle School?",
    "When was the Spanish hip-hop website latinohiphopradio.com first launched?",
    "In what year did Judy Bell found Shepherds Purse Cheeses?",
    "On what date did Icann give its preliminary approval to the .mobi and .jobs domain names?",
    "In what year did Chris McIntyre start the Podcast Alley website?",
    "On what date did the BitTorrent site Phoenix Torrents shut down?",
    "In which Yorkshire town is Shepherds Purse Cheeses based?",
    "In which country is Archos, the maker of the PMA430 portable media player, headquartered?",
    "In which Finnish city was the BitTorrent site raided by police based?",
    "Where did John Prescott host the November 2003 dinner at which Blair reportedly told Brown "
    "he would stand down?",
    "Where did AL Gooneratne hold the news conference on tsunami losses at Sri Lankan banks?",
    "How many listeners does the web station latinohiphopradio.com have?",
    "How much did the BBC spend developing its Piero rugby analysis system?",
    "How much will the Archos Pocket Media Assistant PMA430 cost?",
    "How much was Mark Paulsmeier's group prepared to offer for Marks & Spencer?",
    "How many staff does Shepherds Purse Cheeses employ?",
)

B9_NEAR_BBC_SPORT_ARTS = (
    "Who was the 18-year-old woman arrested in Suge Knight's car in Barstow?",
    "What is the name of the Seattle mayor accused of putting Jimi Hendrix's father's house at "
    "risk?",
    "Who refereed Wales' 11-9 win over England in Cardiff, when Danny Grewcock caught Dwayne Peel"
    " with his boot?",
    "Who directed the new big-screen Magic Roundabout film that Robbie Williams and Kylie Minogue"
    " lend their voices to?",
    "Who was the HMV customer helper who first went up to Tony Blair when he came in for Band Aid"
    " 20?",
    "When did the young actor Vladimir Girin drown during the making of the Russian film The "
    "Return?",
    "On what date was Jacques Santini appointed manager of Tottenham?",
    "When is Colin Farrell's Miami Vice film, with him as Crockett, due out in cinemas?",
    "On what date is Paula Radcliffe running the Run London 10km race?",
    "On what date was the two-disc We Are The World DVD set marking its 20th anniversary released?",
    "Where did Marion Jones take the lie detector test she says she passed?",
    "At which ground did Wasps lose 12-9 to Bath in the game Matt Dawson missed with a calf "
    "injury?",
    "Where was Real Madrid's 1-0 defeat by Sevilla played, the loss that left David Beckham's "
    "side 13 points off Barcelona?",
    "In which lake did Vladimir Girin, the young star of The Return, drown?",
    "Where did Colin Farrell film his guest appearance in Scrubs?",
    "How much did it cost to make the new Magic Roundabout film?",
    "How much did Five spend on the CSI:NY mail-out that the Advertising Standards Authority "
    "stopped?",
    "How many votes were cast in the viewer poll for the BBC Four World Cinema Award won by The "
    "Return?",
    "How much will it cost to move Jimi Hendrix's father's house to Seattle's central district?",
    "What transfer fee would St Helens have to pay to sign Sonny Bill Williams?",
)


# -- Written tenth: a tenth batch, written blind the same way late in the round of batches 8
# and 9. Measured once when added; after that, rules were fitted to its tuning half only.


_b10_c = partial(_c, batch=10)
B10_BBC_BUSINESS_POLITICS_TECH = (
    _b10_c(
        "who",
        "Who has been running leisure group Rank as its chief executive since 1999, overseeing "
        "the sale of Odeon and Pinewood?",
        "bbc-business-021",
        "Mike Smith|Smith",
    ),
    _b10_c(
        "who",
        "Who is the turnaround expert the Italian government put in charge of Parmalat as it "
        "plans to get back on the stock market?",
        "bbc-business-048",
        "Enrico Bondi|Bondi",
    ),
    _b10_c(
        "who",
        "Which Electrolux boss warned that around ten of the appliance maker's factories in high-"
        "cost countries were at risk?",
        "bbc-business-058",
        "Hans Straberg|Straberg",
    ),
    _b10_c(
        "who",
        "Which Yukos spokesman said the winner of the Yuganskneftegas auction had landed itself a"
        " $9bn headache?",
        "bbc-business-314",
        "Alexander Shadrin|Shadrin",
    ),
    _b10_c(
        "who",
        "Who is the Southcorp chairman who said the winemaker's board would not back the Foster's"
        " takeover bid?",
        "bbc-business-451",
        "Brian Finn|Finn",
    ),
    _b10_c(
        "who",
        "Who is staying on as boss of Aggregate Industries after it agreed to the £1.8bn takeover"
        " by Holcim?",
        "bbc-business-485",
        "Peter Tom|Tom",
    ),
    _b10_c(
        "who",
        "Who heads the National Audit Office, whose report found the MoD's 20 biggest equipment "
        "projects had run £1.7bn over in a year?",
        "bbc-politics-076",
        "Sir John Bourn|John Bourn|Bourn",
    ),
    _b10_c(
        "who",
        "Which housing minister told councils to find more places for Gypsies and travellers to "
        "stop, while promising tougher powers against illegal camps?",
        "bbc-politics-176",
        "Yvette Cooper|Cooper",
    ),
    _b10_c(
        "who",
        "Who chairs the Environmental Audit Committee that warned the plan for a million new "
        "homes in south-east England would harm the environment?",
        "bbc-politics-167",
        "Peter Ainsworth|Ainsworth",
    ),
    _b10_c(
        "who",
        "Which MSN vice president spoke for Microsoft when it brought out a trial release of its "
        "desktop search software?",
        "bbc-tech-237",
        "Yusuf Mehdi|Mehdi",
    ),
    _b10_c(
        "who",
        "Which Jupiter Research analyst compared rival DRM systems to the old Betamax versus VHS "
        "fight, in the story on the Marlin alliance of Sony, Philips, Matsushita and Samsung?",
        "bbc-tech-285",
        "Ian Fogg|Fogg",
    ),
    _b10_c(
        "who",
        "Which QC and law professor claimed in his book Lawless World that the Attorney General's"
        " statement on whether the Iraq war was legal was drafted in Downing Street?",
        "bbc-politics-324",
        "Philippe Sands|Sands",
    ),
    _b10_c(
        "when",
        "When is Parmalat, the Italian dairy group that collapsed in an accounting scandal, "
        "hoping to have its shares trading again in Italy?",
        "bbc-business-048",
        "July",
    ),
    _b10_c(
        "when",
        "When did Inbev, the Belgian maker of Stella Artois, buy the Brazilian brewer Ambev?",
        "bbc-business-132",
        "August 2004",
    ),
    _b10_c(
        "when",
        "On what date did Foster's pick up its 18.8% stake in the winemaker Southcorp?",
        "bbc-business-451",
        "13 January",
    ),
    _b10_c(
        "when",
        "On what date did Krispy Kreme's directors decide the doughnut chain had to restate its "
        "accounts?",
        "bbc-business-386",
        "28 December",
    ),
    _b10_c(
        "when",
        "On what date did P&O's troubled cruise liner Aurora limp back into port, in the story "
        "about Carnival's shares barely moving?",
        "bbc-business-244",
        "20 January",
    ),
    _b10_c(
        "when",
        "On what date did Apple file its lawsuit against an unnamed person who leaked details of "
        "its unreleased products ahead of MacWorld?",
        "bbc-tech-248",
        "13 December",
    ),
    _b10_c(
        "when",
        "According to Philippe Sands, on what date did Lord Goldsmith warn Tony Blair that using "
        "force against Iraq might be unlawful?",
        "bbc-politics-324",
        "7 March 2003",
    ),
    _b10_c(
        "when",
        "When was David Miliband given the job of school standards minister, before his promotion"
        " to the Cabinet Office?",
        "bbc-politics-037",
        "May 2002",
    ),
    _b10_c(
        "when",
        "In what year did Christian Lacroix found the fashion label that LVMH has sold to the "
        "Falic Group?",
        "bbc-business-510",
        "1987",
    ),
    _b10_c(
        "when",
        "When did the Britannia Building Society start its scheme of sharing profits with members?",
        "bbc-business-237",
        "1997",
    ),
    _b10_c(
        "when",
        "When did Mori run the earlier Mail on Sunday poll on a hunting ban that its Countryfile "
        "survey was compared against?",
        "bbc-politics-381",
        "July 1999|1999",
    ),
    _b10_c(
        "when",
        "When did China last put up interest rates, its first rise in nine years, according to "
        "the report on its 9.5% growth in 2004?",
        "bbc-business-286",
        "October 2004",
    ),
    _b10_c(
        "where",
        "In which County Durham town does Electrolux make its cookers and ovens?",
        "bbc-business-058",
        "Spennymoor",
    ),
    _b10_c(
        "where",
        "Where is Aggregate Industries, the quarrying company Holcim is buying for £1.8bn, based?",
        "bbc-business-485",
        "Markfield, Leicestershire|Markfield",
    ),
    _b10_c(
        "where",
        "In which Scottish city is one of the planned Las Vegas-style super-casinos likely to go,"
        " in the story about the Scottish Parliament's vote on letting Westminster legislate?",
        "bbc-politics-010",
        "Glasgow",
    ),
    _b10_c(
        "where",
        "In which city did the Indian and Pakistani foreign ministers meet before announcing the "
        "Kashmir bus link that Jack Straw praised?",
        "bbc-politics-139",
        "Islamabad",
    ),
    _b10_c(
        "where",
        "At which temple was Charles Kennedy due to speak to 2,000 people in his drive to win "
        "over ethnic minority voters?",
        "bbc-politics-247",
        "Shri Swaminarayan Mandir Temple|Neasden",
    ),
    _b10_c(
        "where",
        "In which court did Apple lodge its lawsuit against the unidentified person who leaked "
        "confidential product information before MacWorld?",
        "bbc-tech-248",
        "Santa Clara California Superior Court|Santa Clara",
    ),
    _b10_c(
        "where",
        "Where was the 2005 Consumer Electronics Show held, at which Seagate's pocket hard drive "
        "and Hotseat's gaming chair were on display?",
        "bbc-tech-174",
        "Las Vegas",
    ),
    _b10_c(
        "where",
        "Where is the Falic Group, the US buyer of LVMH's Christian Lacroix label, based?",
        "bbc-business-510",
        "Florida",
    ),
    _b10_c(
        "where",
        "In which Russian region is Baikal Finance Group, the little-known winner of the "
        "Yuganskneftegas auction, officially registered?",
        "bbc-business-314",
        "Tver",
    ),
    _b10_c(
        "where",
        "Where does Gonzalo Frasca, the Uruguayan-born expert on political video games, do his "
        "research?",
        "bbc-tech-157",
        "Information Technology University of Copenhagen|Copenhagen",
    ),
    _b10_c(
        "where",
        "Which constituency does Stephen Pound, the Labour backbencher who dismissed casino-led "
        "regeneration plans as 'a pile of pants', represent?",
        "bbc-politics-133",
        "Ealing North",
    ),
    _b10_c(
        "where",
        "Where did David Miliband, the new Cabinet Office minister, take his master's degree in "
        "political science?",
        "bbc-politics-037",
        "Massachusetts Institute of Technology",
    ),
    _b10_c(
        "how many",
        "How many Grosvenor casinos does leisure group Rank own?",
        "bbc-business-021",
        "34",
    ),
    _b10_c(
        "how many",
        "How many factories does Electrolux run in North America and western Europe combined, of "
        "which about ten are to be moved?",
        "bbc-business-058",
        "27",
    ),
    _b10_c(
        "how many",
        "By how much did Germany's economy shrink in the final quarter of 2004?",
        "bbc-business-073",
        "0.2%",
    ),
    _b10_c(
        "how many",
        "By what percentage did Inbev's pre-tax profit go up in 2004 after it bought Ambev?",
        "bbc-business-132",
        "56%",
    ),
    _b10_c(
        "how many",
        "How much will each Britannia Building Society member get on average from the £42m profit"
        " share?",
        "bbc-business-237",
        "£52",
    ),
    _b10_c(
        "how many",
        "How fast did China's economy grow in 2004, beating forecasts?",
        "bbc-business-286",
        "9.5%",
    ),
    _b10_c(
        "how many",
        "How much did Krispy Kreme's shares drop on the day the doughnut firm revealed it needed "
        "to redo its 2004 accounts?",
        "bbc-business-386",
        "14.87%|$1.83",
    ),
    _b10_c(
        "how many",
        "By how much did eBay's shares fall in after-hours trading when its quarterly profit fell"
        " short of Wall Street's hopes?",
        "bbc-business-464",
        "9.8%",
    ),
    _b10_c(
        "how many",
        "How old was David Miliband when he was promoted to Cabinet Office minister?",
        "bbc-politics-037",
        "39",
    ),
    _b10_c(
        "how many",
        "How many Labour MPs had voted against the house arrest legislation, in the week Tony "
        "Blair defended it on Woman's Hour?",
        "bbc-politics-378",
        "32",
    ),
    _b10_c(
        "how many",
        "How many camera phones did Gartner expect to be sold worldwide in 2004?",
        "bbc-tech-103",
        "159 million",
    ),
    _b10_c(
        "how many",
        "In Mori's hunting poll for BBC One's Countryfile, what percentage of people backed a ban?",
        "bbc-politics-381",
        "47%",
    ),
)

B10_BBC_SPORT_ARTS = (
    _b10_c(
        "who",
        "Who founded the Belfast theatre that Liam Neeson is trying to raise money to rebuild?",
        "bbc-entertainment-012",
        "Mary O'Malley|O'Malley",
    ),
    _b10_c(
        "who",
        "Who hosted the British Comedy Awards night when Little Britain beat The Office?",
        "bbc-entertainment-201",
        "Jonathan Ross|Ross",
    ),
    _b10_c(
        "who",
        "Who was the director of L'Esquive, the low-budget film about Paris suburb teenagers that"
        " triumphed at the Cesars?",
        "bbc-entertainment-067",
        "Abdellatif Kechiche|Kechiche",
    ),
    _b10_c(
        "who",
        "Who is heading the jury picking the British Independent Film Awards winners, where Vera "
        "Drake and Dead Man's Shoes lead the nominations?",
        "bbc-entertainment-075",
        "Anthony Minghella|Minghella",
    ),
    _b10_c(
        "who",
        "Who co-wrote the country song Ring of Fire with Merle Kilgore?",
        "bbc-entertainment-119",
        "June Carter Cash",
    ),
    _b10_c(
        "who",
        "Who came top of the Sunday Times music rich list again in the year Mamma Mia! producer "
        "Judy Craymer joined it?",
        "bbc-entertainment-346",
        "Clive Calder|Calder",
    ),
    _b10_c(
        "who",
        "Which US judge delayed the preliminary hearing in the Balco steroid distribution case?",
        "bbc-sport-091",
        "Susan Illston|Illston|Ilston",
    ),
    _b10_c(
        "who",
        "Which Manchester City defender put the ball into his own net as United won the derby 2-0?",
        "bbc-sport-101",
        "Richard Dunne|Dunne",
    ),
    _b10_c(
        "who",
        "Who was in goal for Rangers when Vignal and Novo scored to beat Celtic at Celtic Park?",
        "bbc-sport-146",
        "Ronald Waterreus|Waterreus",
    ),
    _b10_c(
        "who",
        "Which referee decided Thierry Henry's knee to Gabriel Heinze's head was an accident?",
        "bbc-sport-200",
        "Mike Riley|Riley",
    ),
    _b10_c(
        "who",
        "Who did Harry Redknapp take over from as Southampton manager?",
        "bbc-sport-233",
        "Steve Wigley|Wigley",
    ),
    _b10_c(
        "who",
        "Who was Martina Hingis drawn against in the opening round of her comeback tournament in "
        "Thailand?",
        "bbc-sport-442",
        "Marlene Weingartner|Weingartner",
    ),
    _b10_c(
        "when",
        "When is the British Independent Film Awards ceremony at which Vera Drake is up for seven"
        " prizes?",
        "bbc-entertainment-075",
        "30 November",
    ),
    _b10_c(
        "when",
        "From what date do the extra suspensions handed to Henri Camara and Nacho Novo kick in?",
        "bbc-sport-253",
        "28 December",
    ),
    _b10_c(
        "when",
        "When is the final Star Trek: Enterprise episode due to be shown in the US?",
        "bbc-entertainment-183",
        "13 May",
    ),
    _b10_c(
        "when",
        "What year did Busted, the band going on a break while Charlie Simpson focuses on "
        "Fightstar, first get into the charts?",
        "bbc-entertainment-105",
        "2002",
    ),
    _b10_c(
        "when",
        "In what year did Ring of Fire co-writer Merle Kilgore have his first top 10 hit with a "
        "song of his own, Dear Mama?",
        "bbc-entertainment-119",
        "1959",
    ),
    _b10_c(
        "when",
        "When did George Michael's partner Anselmo Feleppa die?",
        "bbc-entertainment-269",
        "1993",
    ),
    _b10_c(
        "when",
        "To what date was the preliminary evidence hearing in the Balco steroid case put back?",
        "bbc-sport-091",
        "6 June",
    ),
    _b10_c(
        "when",
        "When is Brentford's FA Cup replay against Southampton?",
        "bbc-sport-180",
        "1 March|Tuesday, 1 March",
    ),
    _b10_c(
        "when",
        "When did Harry Redknapp resign as Portsmouth manager, before moving to Southampton?",
        "bbc-sport-233",
        "24 November",
    ),
    _b10_c(
        "when",
        "When was the Carling Cup game between Millwall and Liverpool that led to FA charges over"
        " crowd trouble?",
        "bbc-sport-234",
        "26 October",
    ),
    _b10_c(
        "when",
        "On what date is Kim Clijsters aiming to make her comeback at the Antwerp tournament?",
        "bbc-sport-443",
        "February 15",
    ),
    _b10_c(
        "when",
        "When do Wales play Scotland, one of the games captain Gareth Thomas will miss with his "
        "broken thumb?",
        "bbc-sport-291",
        "13 March",
    ),
    _b10_c(
        "where",
        "Where did Liam Neeson host his fundraising dinner for Belfast's Lyric Theatre?",
        "bbc-entertainment-012",
        "SoHo House|New York",
    ),
    _b10_c(
        "where",
        "Where are Star Trek fans staging a rally to try to save Enterprise from being axed?",
        "bbc-entertainment-183",
        "Los Angeles|Paramount studios",
    ),
    _b10_c(
        "where",
        "Where was the 15th British Comedy Awards ceremony held?",
        "bbc-entertainment-201",
        "London Studios|South Bank",
    ),
    _b10_c(
        "where",
        "At which festival did George Michael say his documentary marked the start of his "
        "retirement from public life?",
        "bbc-entertainment-269",
        "Berlin film festival|Berlin",
    ),
    _b10_c(
        "where",
        "At which ground did the crowd trouble happen during Millwall's Carling Cup tie with "
        "Liverpool?",
        "bbc-sport-234",
        "Den Stadium",
    ),
    _b10_c(
        "where",
        "At which court was Bollywood DVD pirate Jayanti Buhecha sentenced?",
        "bbc-entertainment-366",
        "Harrow Crown Court|Harrow",
    ),
    _b10_c(
        "where",
        "Which city hosted the athletics meeting where Jason Gardener won both of his 60m races?",
        "bbc-sport-075",
        "Glasgow",
    ),
    _b10_c(
        "where",
        "At what ground did Wasps beat London Irish 33-19?",
        "bbc-sport-294",
        "Madejski Stadium",
    ),
    _b10_c(
        "where",
        "Where was the Six Nations match in which Ireland struggled past Italy 28-17?",
        "bbc-sport-301",
        "Rome",
    ),
    _b10_c(
        "where",
        "Where was the tournament at which Olivier Rochus knocked out top seed Guillermo Coria?",
        "bbc-sport-452",
        "Auckland",
    ),
    _b10_c(
        "where",
        "At which ground is the Brentford v Southampton FA Cup replay being played?",
        "bbc-sport-180",
        "Griffin Park",
    ),
    _b10_c(
        "where",
        "Where did Conchita Martinez win her previous title before beating Anna-Lena Groenefeld "
        "in Pattaya?",
        "bbc-sport-504",
        "Berlin",
    ),
    _b10_c(
        "how many",
        "How much would it cost to rebuild Belfast's Lyric Theatre, the venue Liam Neeson is "
        "raising funds for?",
        "bbc-entertainment-012",
        "£8m",
    ),
    _b10_c(
        "how many",
        "How old was Merle Kilgore, who co-wrote Ring of Fire, when he died?",
        "bbc-entertainment-119",
        "70",
    ),
    _b10_c(
        "how many",
        "How old is Sara Forestier, the young actress honoured at the Cesars for L'Esquive?",
        "bbc-entertainment-067",
        "18",
    ),
    _b10_c(
        "how many",
        "How many years is it since Wales last won a Grand Slam, according to the story on Gareth"
        " Thomas's broken thumb?",
        "bbc-sport-291",
        "27",
    ),
    _b10_c(
        "how many",
        "What fortune does the Sunday Times rich list credit Mamma Mia! producer Judy Craymer "
        "with?",
        "bbc-entertainment-346",
        "£67m",
    ),
    _b10_c(
        "how many",
        "How much money is the fan site Trek United hoping to raise to fund a fifth run of Star "
        "Trek: Enterprise?",
        "bbc-entertainment-183",
        "$32m|£17m",
    ),
    _b10_c(
        "how many",
        "How many copies of each reissued Elvis Presley single will now be on sale in total after"
        " Sony BMG raised production?",
        "bbc-entertainment-240",
        "28,000",
    ),
    _b10_c(
        "how many",
        "How much did 50 Cent give the Boys Choir of Harlem when he made peace with The Game?",
        "bbc-entertainment-288",
        "$150,000|£77,800",
    ),
    _b10_c(
        "how many",
        "Within how many months does the Court of Arbitration for Sport usually rule on an appeal"
        " like sprinter Michelle Collins's?",
        "bbc-sport-026",
        "four",
    ),
    _b10_c(
        "how many",
        "How much was Bollywood DVD pirate Jayanti Buhecha making each month?",
        "bbc-entertainment-366",
        "£26,000",
    ),
    _b10_c(
        "how many",
        "How many fans attended the Manchester derby that United won 2-0 at City?",
        "bbc-sport-101",
        "47,111",
    ),
    _b10_c(
        "how many",
        "How many goals has Michael Owen scored for Real Madrid, in the interview where he says "
        "he is staying in Spain?",
        "bbc-sport-142",
        "11",
    ),
)

B10_NEAR_BBC_BUSINESS_POLITICS_TECH = (
    "Who is the chief executive of Krispy Kreme, the doughnut chain that has to restate its 2004 "
    "accounts?",
    "Who is the chief executive of the Britannia Building Society, which is sharing £42m of "
    "profits with its members?",
    "Which Scottish minister led the Holyrood debate on letting Westminster legislate for super-"
    "casinos?",
    "Who runs Ambev, the Brazilian brewer behind Inbev's jump in profits?",
    "Who is the chief executive of Holcim, the Swiss cement company bidding for ACC and Aggregate"
    " Industries?",
    "When did Electrolux open its cooker and oven factory in Spennymoor?",
    "When is Holcim's £1.8bn takeover of Aggregate Industries expected to be completed?",
    "When did LVMH first buy the Christian Lacroix fashion house that it has now sold to the "
    "Falic Group?",
    "On what date was the Marlin Joint Development Association set up by Sony, Philips, "
    "Matsushita and Samsung?",
    "On what date will Britannia Building Society members actually receive their profit share "
    "payments?",
    "In which city is MiraLab, the Swiss research group working on the virtual Pompeii project, "
    "based?",
    "In which US city is X1 Technologies, the firm whose desktop search technology Yahoo "
    "licensed, based?",
    "Where will the Falic Group open the new Christian Lacroix shops it is planning?",
    "In which Swedish city does Electrolux have its headquarters?",
    "Where is Hotseat, the company behind the Solo Chassis gaming chair, based?",
    "How much did the Falic Group pay LVMH for the Christian Lacroix label?",
    "How many people work at Electrolux's Spennymoor factory in County Durham?",
    "How many MSPs voted in favour of letting Westminster legislate on super-casinos?",
    "How many jobs will Holcim cut at Aggregate Industries after the takeover?",
    "How much in damages is Apple seeking from the unnamed person who leaked details of its "
    "unreleased products?",
)

B10_NEAR_BBC_SPORT_ARTS = (
    "Who was the judge who jailed Bollywood DVD pirate Jayanti Buhecha?",
    "Who refereed Wasps' 33-19 win over London Irish at the Madejski Stadium?",
    "Who will direct the episode of The Simpsons that Ricky Gervais is writing?",
    "Who is the mystery investor Liverpool are talking to, according to Rick Parry?",
    "Who designed the dress Imelda Staunton wore to the Bafta film awards?",
    "When did sprinter Michelle Collins lodge her appeal with the Court of Arbitration for Sport?",
    "When will Ricky Gervais's episode of The Simpsons be shown?",
    "On what date did Liam Neeson hold his New York dinner for Belfast's Lyric Theatre?",
    "When was Ring of Fire co-writer Merle Kilgore born?",
    "When did Judy Craymer remortgage her home to fund Mamma Mia!?",
    "Where did Ring of Fire co-writer Merle Kilgore die?",
    "Where did Southampton hold the news conference to unveil Harry Redknapp as their new manager?",
    "Where did Martina Hingis have surgery on her ankles before she retired?",
    "Where was Belfast's Lyric Theatre based before it moved to its Stranmillis site in 1968?",
    "How much money did Liam Neeson's New York dinner raise for the Lyric Theatre?",
    "How much is Ricky Gervais being paid to write his episode of The Simpsons?",
    "How much prize money did Conchita Martinez collect for winning the title in Pattaya?",
    "How many people watched Rangers beat Celtic at Celtic Park with goals from Vignal and Novo?",
    "How many spectators were at the Madejski Stadium for Wasps' win over London Irish?",
)


# -- Written eleventh: an eleventh batch, written blind the same way at the start of the next
# round (with batch 12). Measured once when added; after that, rules were fitted to its tuning
# half only.

_b11_c = partial(_c, batch=11)
B11_BBC_BUSINESS_POLITICS_TECH = (
    _b11_c(
        "who",
        "Which NUJ leader accused the Telegraph's bosses of sacking journalists to fund new "
        "printing presses?",
        "bbc-business-014",
        "Jeremy Dear|Dear",
    ),
    _b11_c(
        "who",
        "Which Ryanair executive called the new EU rules on compensating bumped and delayed "
        "air passengers a ridiculous law?",
        "bbc-business-015",
        "Michael Cawley|Cawley",
    ),
    _b11_c(
        "who",
        "Who is the head of Germany's Federal Labour Agency, which reported German "
        "unemployment rising for a tenth month in a row?",
        "bbc-business-022",
        "Frank-Juergen Weise|Weise",
    ),
    _b11_c(
        "who",
        "Who is the Cadbury Schweppes chief executive who said the confectioner would hit "
        "its 2005 targets despite the weak dollar?",
        "bbc-business-143",
        "Todd Stitzer|Stitzer",
    ),
    _b11_c(
        "who",
        "Who is the Eurotunnel chief executive who blamed no-frills airlines for falling "
        "Channel Tunnel sales?",
        "bbc-business-500",
        "Jean-Louis Raymond|Raymond",
    ),
    _b11_c(
        "who",
        "Which WorldCom board member did Scott Sullivan deny telling that Bernard Ebbers "
        "knew nothing about the accounting fraud?",
        "bbc-business-114",
        "Bert Roberts|Roberts",
    ),
    _b11_c(
        "who",
        "Who wrote the Essential Guide to British Quangos 2005, which called many of the "
        "UK's quangos useless?",
        "bbc-politics-085",
        "Dan Lewis|Lewis",
    ),
    _b11_c(
        "who",
        "Who is the Oxfam director who said rich nations are giving less aid as they grow "
        "richer, in the charity's Paying the Price report?",
        "bbc-politics-130",
        "Barbara Stocking|Stocking",
    ),
    _b11_c(
        "who",
        "Who runs the Powys Local Health Board that objected to Hereford hospital's plan to "
        "stop treating long-waiting Welsh patients?",
        "bbc-politics-170",
        "Andy Williams|Williams",
    ),
    _b11_c(
        "who",
        "Which Australian trade minister suggested Xstrata's hostile bid for WMC Resources "
        "might go against the national interest?",
        "bbc-business-125",
        "Mark Vaile|Vaile",
    ),
    _b11_c(
        "who",
        "Who was the managing director of Media Labs Europe, the MIT-linked research centre "
        "in Dublin that is closing down?",
        "bbc-tech-282",
        "Simon Jones|Jones",
    ),
    _b11_c(
        "who",
        "Which French Green MEP said it would insult the European Parliament if the "
        "Commission refused to redraft the software patents directive?",
        "bbc-tech-342",
        "Alain Lipietz|Lipietz",
    ),
    _b11_c(
        "when",
        "In what year did Malaysia first change its laws to permit Islamic banking?",
        "bbc-business-147",
        "1983",
    ),
    _b11_c(
        "when",
        "According to Oxfam's Paying the Price report, in what year did the G8 countries "
        "commit to giving 0.7% of their income in aid?",
        "bbc-politics-130",
        "1970",
    ),
    _b11_c(
        "when",
        "When did Lord Archer's libel case against the Daily Star, in which a jury later "
        "found he had lied, take place?",
        "bbc-politics-296",
        "1987",
    ),
    _b11_c(
        "when",
        "When did Microsoft first show off the test version of its MSN search engine?",
        "bbc-tech-053",
        "November 2003",
    ),
    _b11_c(
        "when",
        "In what year did Icann give the go-ahead to the earlier batch of seven domains such "
        "as .museum and .biz?",
        "bbc-tech-118",
        "2000",
    ),
    _b11_c(
        "when",
        "On what date is Dublin's Media Labs Europe due to close its doors?",
        "bbc-tech-282",
        "1 February",
    ),
    _b11_c(
        "when",
        "In which month did Symantec publish figures showing active bot computers jumping "
        "from 2,000 to 30,000 a day?",
        "bbc-tech-281",
        "September",
    ),
    _b11_c(
        "when",
        "The Georgia woman suing HP over ink cartridges wants to represent everyone who has "
        "bought one of HP's inkjet printers since when?",
        "bbc-tech-333",
        "February 2001",
    ),
    _b11_c(
        "when",
        "When did EU ministers strike the deal on the software patents directive that the "
        "Barroso Commission is refusing to rewrite?",
        "bbc-tech-342",
        "May 2004",
    ),
    _b11_c(
        "when",
        "What year did the Apple Powerbook 100, voted greatest gadget ever by Mobile PC "
        "magazine, come out?",
        "bbc-tech-379",
        "1991",
    ),
    _b11_c(
        "when", "When did the UK internet TV service Home Choice start up?", "bbc-tech-394", "1992"
    ),
    _b11_c(
        "when",
        "In what year did WMC Resources spin off its aluminium business to make itself more "
        "attractive to bidders?",
        "bbc-business-125",
        "2002",
    ),
    _b11_c(
        "where",
        "Where is Paul Sheard, the Lehman Brothers economist who said Japan's recovery was "
        "patchier than thought, based?",
        "bbc-business-006",
        "Tokyo",
    ),
    _b11_c(
        "where",
        "Where is Atinc Ozkan, the Finans Investment analyst who rated Turkcell's chances of "
        "going ahead in Iran as next to zero, based?",
        "bbc-business-074",
        "Istanbul",
    ),
    _b11_c(
        "where",
        "In which country's mobile market does the European Commission accuse Vodafone and "
        "T-Mobile of charging excessive roaming rates?",
        "bbc-business-113",
        "Germany",
    ),
    _b11_c(
        "where",
        "Where was the protocol setting up qualified industrial zones between Egypt, Israel "
        "and the US signed?",
        "bbc-business-478",
        "Cairo",
    ),
    _b11_c(
        "where",
        "Where is the Millennium Dome, whose first botched sale was criticised by the "
        "National Audit Office?",
        "bbc-politics-006",
        "Greenwich|London",
    ),
    _b11_c(
        "where",
        "Where was the 1987 libel trial in which Lord Archer was later found to have lied?",
        "bbc-politics-296",
        "High Court|London",
    ),
    _b11_c(
        "where",
        "Which constituency was Tory hopeful Danny Kruger due to fight against Tony Blair "
        "before he stood down?",
        "bbc-politics-404",
        "Sedgefield",
    ),
    _b11_c(
        "where",
        "What building was Dublin's Media Labs Europe set up in?",
        "bbc-tech-282",
        "Guinness brewery",
    ),
    _b11_c(
        "where",
        "Where was the 3GSM World Congress at which Siemens showed off a one gigabit per "
        "second mobile data system?",
        "bbc-tech-335",
        "Cannes",
    ),
    _b11_c(
        "where",
        "Where is The Travel Partnership, the trade group backing the proposed .travel web "
        "domain, based?",
        "bbc-tech-118",
        "New York",
    ),
    _b11_c(
        "where",
        "Which part of England and Wales saw the biggest annual house price rise in the "
        "final three months of 2004, according to the Land Registry?",
        "bbc-business-248",
        "Wales",
    ),
    _b11_c(
        "where",
        "Which US state is the woman suing Hewlett Packard over supposedly self-expiring ink "
        "cartridges from?",
        "bbc-tech-333",
        "Georgia",
    ),
    _b11_c(
        "how many",
        "How many journalists do the Daily and Sunday Telegraph employ between them?",
        "bbc-business-014",
        "521",
    ),
    _b11_c(
        "how many",
        "What is the most an air passenger can now claim under the new EU compensation rules "
        "for overbooking and cancellations?",
        "bbc-business-015",
        "600 euros",
    ),
    _b11_c(
        "how many",
        "How many people were unemployed in Germany in November, according to the Federal "
        "Labour Agency?",
        "bbc-business-022",
        "4.464 million",
    ),
    _b11_c(
        "how many",
        "By how much did US car sales fall in January, dragging down the retail sales figures?",
        "bbc-business-063",
        "3.3%",
    ),
    _b11_c(
        "how many",
        "How many hours was Scott Sullivan questioned by a federal prosecutor at Bernard "
        "Ebbers' WorldCom trial?",
        "bbc-business-114",
        "23",
    ),
    _b11_c(
        "how many",
        "By what percentage did nickel prices rise in 2004, helping WMC Resources' profits?",
        "bbc-business-125",
        "43%",
    ),
    _b11_c(
        "how many",
        "How many people does Cadbury Schweppes employ in the UK?",
        "bbc-business-143",
        "7,000",
    ),
    _b11_c(
        "how many",
        "According to the National Audit Office, how much did looking after the Millennium "
        "Dome and trying to sell it cost taxpayers over the four years following its closure?",
        "bbc-politics-006",
        "£28.7m",
    ),
    _b11_c(
        "how many",
        "How many quangos did John Redwood say a Conservative government would scrap?",
        "bbc-politics-085",
        "162",
    ),
    _b11_c(
        "how many",
        "How many Britons did Jack Straw say were dead or missing after the Asian tsunami, "
        "before Tony Blair promised the disaster would not divert aid from Africa?",
        "bbc-politics-195",
        "440",
    ),
    _b11_c(
        "how many",
        "How many web pages has Microsoft indexed for its new MSN search engine?",
        "bbc-tech-053",
        "5 billion",
    ),
    _b11_c(
        "how many",
        "How many IPTV subscribers does TDG Research forecast within six years?",
        "bbc-tech-394",
        "20 million",
    ),
)
B11_BBC_SPORT_ARTS = (
    _b11_c(
        "who",
        "Who was the Sony Pictures distribution chief who said Boogeyman's audience would be "
        "swayed more by the marketing than by the critics?",
        "bbc-entertainment-053",
        "Rory Bruer|Bruer",
    ),
    _b11_c(
        "who",
        "Which judge wrote the appeals court ruling that the Beastie Boys didn't infringe "
        "flautist James Newton's copyright with Pass the Mic?",
        "bbc-entertainment-147",
        "Mary Schroeder|Schroeder",
    ),
    _b11_c(
        "who",
        "Who is the boss of WRAZ-TV, the Fox station that wouldn't air the adoption game "
        "show Who's Your Daddy?",
        "bbc-entertainment-166",
        "Tommy Schenck|Schenck",
    ),
    _b11_c(
        "who",
        "Which EastEnders writer is reportedly teaming up with Simon Fuller on Fox's "
        "American version of the soap?",
        "bbc-entertainment-170",
        "Tony Jordan|Jordan",
    ),
    _b11_c(
        "who",
        "Who is going to direct Touching From A Distance, the film about Joy Division singer "
        "Ian Curtis?",
        "bbc-entertainment-228",
        "Anton Corbijn|Corbijn",
    ),
    _b11_c(
        "who",
        "Which judge handed Courtney Love probation instead of jail for the whisky bottle attack?",
        "bbc-entertainment-258",
        "Rand Rubin|Rubin",
    ),
    _b11_c(
        "who",
        "Who is producing the Wonder Woman movie that Buffy creator Joss Whedon is scripting "
        "and directing?",
        "bbc-entertainment-386",
        "Joel Silver|Silver",
    ),
    _b11_c(
        "who",
        "Who is the coach the IAAF suspended along with Greek sprinters Kostas Kenteris and "
        "Katerina Thanou?",
        "bbc-sport-033",
        "Christos Tzekos|Tzekos",
    ),
    _b11_c(
        "who",
        "Who is the brother acting as Edu's representative in the Arsenal midfielder's "
        "contract dispute?",
        "bbc-sport-211",
        "Amadeo Fensao|Fensao",
    ),
    _b11_c(
        "who",
        "Which Portsmouth player grabbed the late equaliser at Anfield after Jerzy Dudek "
        "spilled a cross?",
        "bbc-sport-259",
        "Lomana LuaLua|LuaLua",
    ),
    _b11_c(
        "who",
        "Which French kicker landed four second-half penalties as France came back to beat "
        "England by a point despite Charlie Hodgson's misses?",
        "bbc-sport-284",
        "Dimitri Yachvili|Yachvili",
    ),
    _b11_c(
        "who",
        "Who did Cyril Saulnier beat in the SAP Open semi-finals to set up a final against "
        "Andy Roddick?",
        "bbc-sport-511",
        "Jurgen Melzer|Melzer",
    ),
    _b11_c(
        "when",
        "When is this year's Oscars ceremony, going by the story about DiCaprio, Foxx and "
        "Swank attending the nominees' lunch?",
        "bbc-entertainment-084",
        "Sunday 27 February|27 February",
    ),
    _b11_c(
        "when",
        "On what date did Tonight Show host Johnny Carson die of emphysema?",
        "bbc-entertainment-222",
        "23 January",
    ),
    _b11_c(
        "when",
        "When does Patti Smith's Meltdown festival at the South Bank Centre get under way?",
        "bbc-entertainment-317",
        "11 June",
    ),
    _b11_c(
        "when",
        "When will Paul Schrader's shelved version of the Exorcist prequel get its premiere "
        "at the Brussels fantasy film festival?",
        "bbc-entertainment-362",
        "18 March",
    ),
    _b11_c(
        "when",
        "When do the World Cross Country Championships that Hicham El Guerrouj is "
        "considering start?",
        "bbc-sport-025",
        "19 March",
    ),
    _b11_c(
        "when",
        "On what date did Kostas Kenteris and Katerina Thanou miss a drugs test in Athens "
        "just before the Olympics opened?",
        "bbc-sport-033",
        "12 August",
    ),
    _b11_c(
        "when",
        "When is Mark Lewis-Francis racing Maurice Greene and Kim Collins in Birmingham?",
        "bbc-sport-094",
        "18 February",
    ),
    _b11_c(
        "when",
        "When was Edu's meeting with Arsenal to settle his contract future scheduled?",
        "bbc-sport-211",
        "6 or 7 January",
    ),
    _b11_c(
        "when",
        "On what date is Worcester's home match against injury-hit Sale at Sixways?",
        "bbc-sport-325",
        "Friday, 25 February|25 February",
    ),
    _b11_c(
        "when",
        "When do winless Italy, coached by John Kirwan, take on England at Twickenham in the "
        "Six Nations?",
        "bbc-sport-349",
        "12 March",
    ),
    _b11_c(
        "when",
        "When is Scotland's opening Six Nations game in Paris that injured flanker Scott "
        "Gray will miss?",
        "bbc-sport-353",
        "5 February",
    ),
    _b11_c(
        "when",
        "On what date is Martin Johnson's testimonial, where Jonah Lomu plans to make his "
        "comeback after a kidney transplant?",
        "bbc-sport-366",
        "4 June",
    ),
    _b11_c(
        "where",
        "Where is the Oscar nominees' lunch being held that Leonardo DiCaprio, Jamie Foxx "
        "and Hilary Swank will attend?",
        "bbc-entertainment-084",
        "Beverly Hilton hotel|Beverly Hilton|Los Angeles",
    ),
    _b11_c(
        "where",
        "Which US state is WRAZ-TV in, the station that turned down Fox's Who's Your Daddy?",
        "bbc-entertainment-166",
        "North Carolina",
    ),
    _b11_c(
        "where",
        "In which American city would Fox's planned remake of EastEnders be set?",
        "bbc-entertainment-170",
        "Chicago",
    ),
    _b11_c(
        "where",
        "Where did Charlie Simpson's band Fightstar play on the night he confirmed he was "
        "leaving Busted?",
        "bbc-entertainment-239",
        "University of Warwick|Warwick",
    ),
    _b11_c(
        "where",
        "Where are the Brit awards being held at which Devon teenager Joss Stone is up for "
        "three prizes?",
        "bbc-entertainment-249",
        "Earls Court|London",
    ),
    _b11_c(
        "where",
        "In which city was Sir Alan Parker presented with France's Order of Arts and Letters?",
        "bbc-entertainment-383",
        "Paris",
    ),
    _b11_c(
        "where",
        "Where in France will the World Cross Country Championships that Hicham El Guerrouj "
        "might run in take place?",
        "bbc-sport-025",
        "St Galmier",
    ),
    _b11_c(
        "where",
        "Rather than defending his 60m crown at the Night of Athletics, where is Jason "
        "Gardener competing on Sunday?",
        "bbc-sport-063",
        "Leipzig",
    ),
    _b11_c(
        "where",
        "Where is the Chelsea v Barcelona Champions League game that Damien Duff will miss "
        "with a knee problem?",
        "bbc-sport-103",
        "Nou Camp",
    ),
    _b11_c(
        "where",
        "Where are John Robertson's Hearts playing their Uefa Cup game against Ferencvaros?",
        "bbc-sport-267",
        "Murrayfield",
    ),
    _b11_c(
        "where",
        "Where did Sania Mirza win her first WTA title before knocking out Svetlana "
        "Kuznetsova in Dubai?",
        "bbc-sport-435",
        "Hyderabad",
    ),
    _b11_c(
        "where",
        "In which city is the SAP Open where Andy Roddick made the final against Cyril Saulnier?",
        "bbc-sport-511",
        "San Jose",
    ),
    _b11_c(
        "how many",
        "How much did the Sam Raimi-produced horror Boogeyman cost to make?",
        "bbc-entertainment-053",
        "$7m|£3.5m",
    ),
    _b11_c(
        "how many",
        "How many places did Elvis's It's Now or Never drop in the week Eminem's Like Toy "
        "Soldiers went to number one?",
        "bbc-entertainment-144",
        "13",
    ),
    _b11_c(
        "how many",
        "How many notes from James Newton's Choir did the Beastie Boys sample in Pass the Mic?",
        "bbc-entertainment-147",
        "three",
    ),
    _b11_c(
        "how many",
        "How old was John Peel when he had his heart attack, according to the story on the "
        "three DJs taking over his Radio 1 slot?",
        "bbc-entertainment-197",
        "65",
    ),
    _b11_c(
        "how many",
        "How much did Johnny Carson donate to Norfolk High School in Nebraska to pay for its "
        "performing arts building?",
        "bbc-entertainment-222",
        "$600,000",
    ),
    _b11_c(
        "how many",
        "How many tickets were sold for Fightstar's gig at Warwick after Charlie Simpson "
        "quit Busted?",
        "bbc-entertainment-239",
        "1,400",
    ),
    _b11_c(
        "how many",
        "How much was Courtney Love fined when she avoided jail for assault and drugs offences?",
        "bbc-entertainment-258",
        "$1,000|£535",
    ),
    _b11_c(
        "how many",
        "According to the BPI figures saying the UK buys the most music in the world, how "
        "many CDs does the average Briton buy each year?",
        "bbc-entertainment-321",
        "3.2",
    ),
    _b11_c(
        "how many",
        "How much does sprinter Mark Lewis-Francis weigh now after cutting out snacks?",
        "bbc-sport-094",
        "86.9kg|86.9",
    ),
    _b11_c(
        "how many",
        "How long did Kevin Keegan have left on his Manchester City contract when Stuart "
        "Pearce said he'd apply to replace him?",
        "bbc-sport-244",
        "18 months",
    ),
    _b11_c(
        "how many",
        "How many players were Sale without for their Friday night trip to Worcester?",
        "bbc-sport-325",
        "14",
    ),
    _b11_c(
        "how many",
        "How old was Sania Mirza when she beat reigning US Open winner Svetlana Kuznetsova "
        "in Dubai?",
        "bbc-sport-435",
        "18",
    ),
)
B11_NEAR_BBC_BUSINESS_POLITICS_TECH = (
    "Who is the chief executive of Turkcell, whose stake in Iran's new mobile network "
    "was cut by Iranian MPs?",
    "Who is the chairman of Eurotunnel, which blamed low-cost airlines for its falling sales?",
    "What is the name of the Georgia woman suing Hewlett Packard over ink cartridges "
    "that supposedly expire?",
    "Who heads The Travel Partnership, the New York trade group behind the .travel web domain?",
    "Who is the chief executive of Mirapoint, the security firm behind the survey on "
    "people clicking links in spam?",
    "On what date did Danny Kruger make his 'creative destruction' comment to the Guardian?",
    "When was Lord Archer convicted of perjury over his libel case against the Daily Star?",
    "When was Preventon, the net security firm behind the study on women buying security "
    "software, founded?",
    "When will Irancell, Turkcell's planned mobile network in Iran, start signing up customers?",
    "When did Todd Stitzer become chief executive of Cadbury Schweppes?",
    "Where is Preventon, the firm that commissioned the study on women buying net "
    "security software, based?",
    "Where is Mirapoint, the company behind the survey on bad e-mail habits and spam, "
    "headquartered?",
    "In which city is WMC Resources, the Australian miner fighting Xstrata's takeover "
    "bid, headquartered?",
    "Where did John Prescott host the dinner at which Tony Blair reportedly told Gordon "
    "Brown he would stand down?",
    "In which court was the lawsuit against Hewlett Packard over expiring ink cartridges filed?",
    "How many Powys patients faced being dropped from Hereford County Hospital's waiting lists?",
    "How much did the Barclay twins pay for the Telegraph Group?",
    "How many people does Eurotunnel employ?",
    "How many subscribers does Turkcell have in Turkey?",
    "How much did Microsoft spend developing its MSN search engine?",
)
B11_NEAR_BBC_SPORT_ARTS = (
    "Who hosts Fox's adoption game show Who's Your Daddy?",
    "Who refereed Worcester's Friday night game against Sale at Sixways?",
    "Which actor will play Ian Curtis in the Joy Division film Touching From A Distance?",
    "Who manages Ferencvaros, the side Hearts face at Murrayfield in the Uefa Cup?",
    "Who directed Boogeyman, the Sam Raimi-produced horror film that topped the US box office?",
    "When is Joss Whedon's Wonder Woman movie due in cinemas?",
    "When will Fox's American remake of EastEnders first go on air?",
    "On what date do Hearts play Ferencvaros at Murrayfield in the Uefa Cup?",
    "When was film director Alan Parker knighted?",
    "When did Charlie Simpson first form his band Fightstar?",
    "Where did Jonah Lomu have his kidney transplant?",
    "At which hospital did Blackburn striker Matt Jansen have his knee cartilage operation?",
    "Where will Joss Whedon shoot his Wonder Woman film?",
    "In which city did the appeals court sit when it ruled on James Newton's sampling "
    "case against the Beastie Boys?",
    "Where is the last date of Fightstar's 13-date UK tour?",
    "How many viewers watched the first episode of Fox's Who's Your Daddy?",
    "How much is Arsenal's latest contract offer to Edu worth?",
    "What is the budget for Touching From A Distance, the Ian Curtis biopic?",
    "How many fans were at Anfield for Liverpool's 3-1 Champions League win over Olympiakos?",
    "How much did Fox pay the BBC for the rights to remake EastEnders?",
)


# -- Written twelfth: a twelfth batch, written blind the same way with batch 11, and used by
# no rule: the blind check of that round, measured when added and at the end.

_b12_c = partial(_c, batch=12)
B12_BBC_BUSINESS_POLITICS_TECH = (
    _b12_c(
        "who",
        "Who is the Menatep Group managing director threatening to take Rosneft to "
        "international arbitration over the Yugansk loan?",
        "bbc-business-003",
        "Tim Osborne|Osborne",
    ),
    _b12_c(
        "who",
        "Who is the Qwest chairman that wrote to MCI's board promising a fresh bid after MCI "
        "agreed to Verizon's buyout?",
        "bbc-business-188",
        "Richard Notebaert|Notebaert",
    ),
    _b12_c(
        "who",
        "Who has Nissan picked as chief operating officer to handle the carmaker's "
        "day-to-day running once Carlos Ghosn moves to Renault?",
        "bbc-business-216",
        "Toshiyuki Shiga|Shiga",
    ),
    _b12_c(
        "who",
        "Which Morgan Stanley strategist forecast that the Nikkei would climb towards 13,000 "
        "in 2005?",
        "bbc-business-283",
        "Naoki Kamiyama|Kamiyama",
    ),
    _b12_c(
        "who",
        "Who was made Egypt's investment minister in July, a move seen as a signal that "
        "sell-offs like the Bank of Alexandria privatisation were coming?",
        "bbc-business-389",
        "Mahmoud Mohieldin|Mohieldin",
    ),
    _b12_c(
        "who",
        "Who from Campaign for Borders Rail wants the Waverley Line brought back into use?",
        "bbc-politics-038",
        "Anne Borthwick|Borthwick",
    ),
    _b12_c(
        "who",
        "Which children's minister announced a guaranteed national minimum allowance for "
        "foster carers?",
        "bbc-politics-103",
        "Margaret Hodge|Hodge",
    ),
    _b12_c(
        "who",
        "Who is the Police Federation chairman who objected to community support officers "
        "being allowed to hold suspects for half an hour?",
        "bbc-politics-239",
        "Jan Berry|Berry",
    ),
    _b12_c(
        "who",
        "Which work and pensions minister dismissed reports that Gordon Brown was about to "
        "push aside Alan Milburn as head of Labour's election campaign?",
        "bbc-politics-402",
        "Alan Johnson|Johnson",
    ),
    _b12_c(
        "who",
        "Who at MSN described Microsoft's new MSN Spaces blogging service as an easy tool "
        "for self-expression?",
        "bbc-tech-149",
        "Blake Irving|Irving",
    ),
    _b12_c(
        "who",
        "Which Stuff Essentials editor commented on the magazine's gadget list that put "
        "Sony's PSP ahead of the iPod?",
        "bbc-tech-341",
        "Adam Vaughan|Vaughan",
    ),
    _b12_c(
        "who",
        "Which Grassroots Media founder criticised Google's AutoLink toolbar feature as a "
        "bad idea?",
        "bbc-tech-010",
        "Dan Gillmor|Gillmor",
    ),
    _b12_c(
        "when",
        "By what date had Argentine bondholders owed $41bn signed up to the country's debt swap?",
        "bbc-business-093",
        "18 February",
    ),
    _b12_c(
        "when",
        "When did former Shell finance chief Judy Boynton finally leave the company?",
        "bbc-business-419",
        "31 December",
    ),
    _b12_c(
        "when",
        "In what year did Carlos Ghosn take over at Nissan before turning the carmaker around?",
        "bbc-business-216",
        "1999",
    ),
    _b12_c(
        "when",
        "When was US light crude last as low as the $43.25 it closed at after the EIA's "
        "report on US crude stocks?",
        "bbc-business-270",
        "10 September",
    ),
    _b12_c(
        "when",
        "Japan's Nikkei finished 2004 at its highest level since what date?",
        "bbc-business-283",
        "13 July",
    ),
    _b12_c(
        "when",
        "Since when has the Institute for Supply Management's manufacturing index stayed above 50?",
        "bbc-business-370",
        "June 2003",
    ),
    _b12_c(
        "when",
        "When did Dr Reddy's lose the court case that barred it from marketing its own "
        "version of Pfizer's Norvasc in the US?",
        "bbc-business-095",
        "March 2004",
    ),
    _b12_c(
        "when",
        "What is the deadline for companies to reply to Ofcom's consultation on Ultra Wideband?",
        "bbc-tech-275",
        "24 March",
    ),
    _b12_c(
        "when",
        "In which month is Telekom Austria's bigger TV-on-demand service set to start in Vienna?",
        "bbc-tech-365",
        "October",
    ),
    _b12_c(
        "when",
        "In what month does Britain take over the EU presidency from Luxembourg, according "
        "to Jack Straw's remarks on the China arms embargo?",
        "bbc-politics-058",
        "July",
    ),
    _b12_c(
        "when",
        "When did Robert Kilroy-Silk reveal on Breakfast with Frost that he wanted to lead UKIP?",
        "bbc-politics-292",
        "October 2004",
    ),
    _b12_c(
        "when",
        "In what year was the Waverley rail line through the Borders shut down?",
        "bbc-politics-038",
        "1969",
    ),
    _b12_c(
        "where",
        "In which city is Platon Lebedev standing trial alongside Mikhail Khodorkovsky?",
        "bbc-business-157",
        "Moscow",
    ),
    _b12_c(
        "where",
        "Where is Ian Hunter of Goodbody Stockbrokers, who commented on Elan's Tysabri "
        "setback, based?",
        "bbc-business-150",
        "Dublin",
    ),
    _b12_c(
        "where",
        "Which city's Pakistani community was President Musharraf due to visit during his "
        "trip to Britain?",
        "bbc-politics-155",
        "Manchester",
    ),
    _b12_c(
        "where",
        "Where are Borders rail campaigners holding a walk to mark the anniversary of the "
        "Waverley Line's closure?",
        "bbc-politics-038",
        "Tweedbank",
    ),
    _b12_c(
        "where",
        "Where is Ubisense, the company already using Ultra Wideband radio technology with "
        "customers worldwide, based?",
        "bbc-tech-275",
        "Cambridge",
    ),
    _b12_c(
        "where",
        "Which Austrian village is making its own internet TV news channel, Buntes "
        "Fernsehen, with Telekom Austria?",
        "bbc-tech-365",
        "Engerwitzdorf",
    ),
    _b12_c(
        "where",
        "Where is Giant Company Software, the anti-spyware firm Microsoft bought, based?",
        "bbc-tech-250",
        "New York",
    ),
    _b12_c(
        "where",
        "Where was Robert Kilroy-Silk due to launch his new party Veritas?",
        "bbc-politics-292",
        "Westminster",
    ),
    _b12_c(
        "where",
        "In which country were nine French peacekeepers killed, with British troops then put "
        "on standby to evacuate UK citizens?",
        "bbc-politics-129",
        "Ivory Coast",
    ),
    _b12_c(
        "where",
        "Where did Toshiba hold the press conference saying its HD-DVD players would reach "
        "shops before the close of 2005?",
        "bbc-tech-155",
        "Las Vegas",
    ),
    _b12_c(
        "where",
        "In which city will MTV's Asia Aid tsunami fundraiser, which HP is partnering, be held?",
        "bbc-tech-228",
        "Bangkok",
    ),
    _b12_c(
        "where",
        "Where did the crackdown on protesters take place that led to the EU's arms ban on China?",
        "bbc-politics-058",
        "Tiananmen Square",
    ),
    _b12_c(
        "how many",
        "What rate did India's rupee reach against the US dollar after S&P upgraded the "
        "country's rating?",
        "bbc-business-018",
        "43.305",
    ),
    _b12_c(
        "how many",
        "According to the World Bank report on the Palestinian economy, what share of young "
        "Palestinians are out of work?",
        "bbc-business-076",
        "37%",
    ),
    _b12_c(
        "how many",
        "By what percentage did Dr Reddy's profits drop in its latest quarter?",
        "bbc-business-095",
        "93%",
    ),
    _b12_c(
        "how many",
        "How much did Elan's shares lose in New York trading after Tysabri sales were halted?",
        "bbc-business-150",
        "70%",
    ),
    _b12_c(
        "how many",
        "How many new vehicles were sold in South Africa in 2004 according to NAAMSA?",
        "bbc-business-408",
        "449,603",
    ),
    _b12_c(
        "how many",
        "How much did Shell pay in fines to regulators over the way it reported its reserves?",
        "bbc-business-419",
        "£82.7m",
    ),
    _b12_c(
        "how many",
        "What weekly amount does the Fostering Network recommend for caring for a baby?",
        "bbc-politics-103",
        "£108.49",
    ),
    _b12_c(
        "how many",
        "How many quangos do the Conservatives plan to scrap under John Redwood's proposals?",
        "bbc-politics-265",
        "162",
    ),
    _b12_c(
        "how many",
        "How much did the Conservatives receive in donations in the last quarter of 2004?",
        "bbc-politics-322",
        "£4,610,849",
    ),
    _b12_c(
        "how many",
        "How much is Arts Alliance Digital Cinema's UK Film Council contract worth?",
        "bbc-tech-013",
        "£11.5m",
    ),
    _b12_c(
        "how many",
        "How many blogs does Technorati reckon now exist, according to the story on "
        "Microsoft launching MSN Spaces?",
        "bbc-tech-149",
        "4.8 million",
    ),
    _b12_c(
        "how many",
        "How much would it cost to buy all ten gadgets on Stuff Magazine's essentials list?",
        "bbc-tech-341",
        "£7,455",
    ),
)
B12_BBC_SPORT_ARTS = (
    _b12_c(
        "who",
        "Who was the man that sued Michael Mann claiming The Aviator was his idea, and then "
        "got left off the Oscar producer nominations?",
        "bbc-entertainment-039",
        "Charles Evans Jr|Evans",
    ),
    _b12_c(
        "who",
        "Who gave the eulogy at actor Ossie Davis's funeral?",
        "bbc-entertainment-043",
        "Harry Belafonte|Belafonte",
    ),
    _b12_c(
        "who",
        "Which actor handed Andrea Arnold her Oscar for the short film Wasp?",
        "bbc-entertainment-371",
        "Jeremy Irons|Irons",
    ),
    _b12_c(
        "who",
        "At the Michael Jackson trial, which Jackson associate rang PR woman Ann Kite to say "
        "the boy's family had left Neverland?",
        "bbc-entertainment-375",
        "Marc Schaffel|Schaffel",
    ),
    _b12_c(
        "who",
        "Which lawyer for Greek sprinters Kenteris and Thanou said the verdict on their "
        "missed doping tests would now come around mid-March?",
        "bbc-sport-016",
        "Michalis Dimitrakopoulos|Dimitrakopoulos",
    ),
    _b12_c(
        "who",
        "Who has been giving Irish race walker Jamie Costin his physio treatment in Limerick "
        "after his Athens car crash?",
        "bbc-sport-093",
        "Johnston McEvoy|McEvoy",
    ),
    _b12_c(
        "who",
        "Who is the Newry City boss threatening court action over the club being thrown out "
        "of the Irish Cup in the Andy Crawford registration row?",
        "bbc-sport-131",
        "Roy McCreadie|McCreadie",
    ),
    _b12_c(
        "who",
        "Which referee sent off Didier Drogba in Chelsea's Champions League defeat by Barcelona?",
        "bbc-sport-140",
        "Anders Frisk|Frisk",
    ),
    _b12_c(
        "who",
        "Which goalkeeper did Arsene Wenger pick ahead of the out-of-form Jens Lehmann for "
        "Arsenal's recent games?",
        "bbc-sport-242",
        "Manuel Almunia|Almunia",
    ),
    _b12_c(
        "who",
        "Who put Newcastle in front at Anfield before Titus Bramble's own goal sparked "
        "Liverpool's comeback?",
        "bbc-sport-269",
        "Patrick Kluivert|Kluivert",
    ),
    _b12_c(
        "who",
        "Which England forward came out in support of Jason Robinson as captain ahead of the "
        "Six Nations trip to Ireland?",
        "bbc-sport-336",
        "Martin Corry|Corry",
    ),
    _b12_c(
        "who",
        "Whose refereeing did Andy Robinson want looked at by Colin High and Steve Lander "
        "after England's loss to Ireland?",
        "bbc-sport-346",
        "Jonathan Kaplan|Kaplan",
    ),
    _b12_c(
        "when",
        "When did actor and civil rights campaigner Ossie Davis die?",
        "bbc-entertainment-043",
        "4 February 2005",
    ),
    _b12_c(
        "when",
        "When is the Academy Awards night at which Clint Eastwood is up for best film, "
        "director and actor for Million Dollar Baby?",
        "bbc-entertainment-039",
        "27 February",
    ),
    _b12_c(
        "when",
        "On what date are U2 due to perform live at the Grammy Awards?",
        "bbc-entertainment-139",
        "13 February",
    ),
    _b12_c(
        "when",
        "When is the opening night of the Billy Elliot stage musical directed by Stephen Daldry?",
        "bbc-entertainment-292",
        "12 May",
    ),
    _b12_c(
        "when",
        "What year was the university promo film featuring a young Jim Morrison of The Doors made?",
        "bbc-entertainment-381",
        "1964",
    ),
    _b12_c(
        "when",
        "In what year did Robert Redford set up the Sundance Film Festival?",
        "bbc-entertainment-301",
        "1981",
    ),
    _b12_c(
        "when",
        "On what date was Irish walker Jamie Costin finally able to walk without his crutches?",
        "bbc-sport-093",
        "10 January",
    ),
    _b12_c(
        "when",
        "When did Ireland last win a rugby Grand Slam, going into their Six Nations game "
        "against England at Lansdowne Road?",
        "bbc-sport-323",
        "1948",
    ),
    _b12_c(
        "when",
        "On what date did the Asian tsunami hit, according to the story about Carlos Moya "
        "giving his Chennai Open winnings to victims?",
        "bbc-sport-451",
        "26 December",
    ),
    _b12_c(
        "when",
        "When will the smaller paintings from Gianni Versace's art collection go under the "
        "hammer in London?",
        "bbc-entertainment-018",
        "22 and 23 June",
    ),
    _b12_c(
        "when",
        "In which month did Ole Gunnar Solskjaer have his knee cartilage transplant "
        "operation in Sweden?",
        "bbc-sport-249",
        "August",
    ),
    _b12_c(
        "when",
        "In what year did Nicolas Anelka win the Champions League with Real Madrid?",
        "bbc-sport-206",
        "2000",
    ),
    _b12_c(
        "where",
        "Where will the Grammys that U2, Alicia Keys and Green Day are playing at be held?",
        "bbc-entertainment-139",
        "Staples Center|Los Angeles",
    ),
    _b12_c(
        "where",
        "Where is the Golden Rose television festival being held, the one with nominations "
        "for Little Britain and Strictly Come Dancing?",
        "bbc-entertainment-191",
        "Lucerne|Switzerland",
    ),
    _b12_c(
        "where",
        "At which hotel was Morgan Spurlock given the Writers Guild of America prize for "
        "Super Size Me?",
        "bbc-entertainment-361",
        "Roosevelt Hotel|Hollywood",
    ),
    _b12_c(
        "where",
        "In which Californian town is the Michael Jackson abuse trial where PR expert Ann "
        "Kite testified being held?",
        "bbc-entertainment-375",
        "Santa Maria",
    ),
    _b12_c(
        "where",
        "In which city was Doors singer Jim Morrison found dead?",
        "bbc-entertainment-381",
        "Paris",
    ),
    _b12_c(
        "where",
        "Where in Poland has Irish race walker Jamie Costin been going for cryotherapy?",
        "bbc-sport-093",
        "Spala",
    ),
    _b12_c(
        "where",
        "In which city is the British Davis Cup team playing Israel, the tie Arvind Parmar "
        "has had to pull out of with a bad knee?",
        "bbc-sport-431",
        "Tel Aviv",
    ),
    _b12_c(
        "where",
        "Which Indian city is teenage tennis player Sania Mirza from?",
        "bbc-sport-447",
        "Hyderabad",
    ),
    _b12_c(
        "where",
        "At which tournament did Roger Federer save two match points to get past Juan Carlos "
        "Ferrero?",
        "bbc-sport-428",
        "Dubai",
    ),
    _b12_c(
        "where",
        "Where are France playing England in the match Serge Betsen has been recalled for?",
        "bbc-sport-306",
        "Twickenham",
    ),
    _b12_c(
        "where",
        "In which city is most of Dan Brown's Angels and Demons set?",
        "bbc-entertainment-376",
        "Rome",
    ),
    _b12_c(
        "where",
        "At which church did stars including Spike Lee and Bill Clinton gather for Ossie "
        "Davis's funeral?",
        "bbc-entertainment-043",
        "Riverside Church|New York",
    ),
    _b12_c(
        "how many",
        "How much has the Jamie Foxx biopic Ray taken in the US from home video, counting "
        "DVD sales and rentals together?",
        "bbc-entertainment-073",
        "$80m|£43m",
    ),
    _b12_c(
        "how many",
        "How many Elvis Presley reissues are being put out to mark 70 years since his birth?",
        "bbc-entertainment-129",
        "18",
    ),
    _b12_c(
        "how many",
        "How many episodes of Lisa Kudrow's new show Comeback has HBO ordered?",
        "bbc-entertainment-176",
        "Thirteen",
    ),
    _b12_c(
        "how many",
        "What share of the public vote did John McCririck get to stay in the Celebrity Big "
        "Brother house?",
        "bbc-entertainment-180",
        "67%",
    ),
    _b12_c(
        "how many",
        "How many people does Park City's population swell to during the Sundance festival?",
        "bbc-entertainment-336",
        "45,000",
    ),
    _b12_c(
        "how many",
        "What is Jackie Milburn's Newcastle goalscoring record that Alan Shearer is closing in on?",
        "bbc-sport-144",
        "200",
    ),
    _b12_c(
        "how many",
        "How many games in a row have Rangers failed to beat Celtic, ahead of the CIS Cup "
        "Old Firm game Neil Lennon talked about?",
        "bbc-sport-221",
        "seven",
    ),
    _b12_c(
        "how many",
        "How many points were Real Madrid behind Barcelona after losing to Sevilla, when "
        "David Beckham said he didn't want to be a manager?",
        "bbc-sport-275",
        "13",
    ),
    _b12_c(
        "how many",
        "How old is Liverpool captain Steven Gerrard in the story where he says the Reds "
        "probably won't win the Champions League?",
        "bbc-sport-102",
        "24",
    ),
    _b12_c(
        "how many",
        "How many viewers was Phil Redmond's soap Brookside down to when it was axed?",
        "bbc-entertainment-211",
        "1.5 million",
    ),
    _b12_c(
        "how many",
        "How long did it take Roger Federer to beat Juan Carlos Ferrero in Dubai?",
        "bbc-sport-428",
        "two hours 15 minutes",
    ),
    _b12_c(
        "how many",
        "How much prize money did Carlos Moya give to tsunami relief after retaining his "
        "Chennai Open title?",
        "bbc-sport-451",
        "£28,000",
    ),
)
B12_NEAR_BBC_BUSINESS_POLITICS_TECH = (
    "Who was the Egyptian Investment Ministry official who told Reuters the Bank of "
    "Alexandria would be sold?",
    "Who is the chief executive of Arts Alliance Digital Cinema, the company setting up "
    "the UK's digital screen network?",
    "Who is the chief executive of Indian drugmaker Dr Reddy's?",
    "Who was the patient who died after being treated with Tysabri and Avonex?",
    "Who heads the Energy Information Administration, which reported that US crude "
    "stocks were higher than a year earlier?",
    "On what date will the Campaign for Borders Rail walk at Tweedbank take place?",
    "When did Judy Boynton join Shell?",
    "When was Ubisense, the Cambridge Ultra Wideband firm, founded?",
    "When did Dr Maleeha Lodhi become Pakistan's High Commissioner to Britain?",
    "When did Telekom Austria launch its online TV channel Aon?",
    "Where is Indian drugmaker Dr Reddy's headquartered?",
    "Where did John Redwood and Michael Howard unveil the Tory plan to abolish 162 quangos?",
    "In which city is the Fostering Network based?",
    "Where is Arts Alliance Digital Cinema headquartered?",
    "In which city is Qwest, the phone company bidding against Verizon for MCI, headquartered?",
    "How much did Microsoft pay to acquire Giant Company Software?",
    "How many people turned out for the Borders rail campaign walk at Tweedbank?",
    "What was Judy Boynton's annual salary at Shell?",
    "How much did Telekom Austria spend setting up the Engerwitzdorf internet TV project?",
    "How much will Gwen Stefani's range of HP digital cameras cost?",
)
B12_NEAR_BBC_SPORT_ARTS = (
    "Who directed Why We Fight, the war documentary that won the Sundance grand jury prize?",
    "Who directed Happy Endings, the Lisa Kudrow comedy that opened the Sundance festival?",
    "Who refereed Newcastle's Uefa Cup win over Heerenveen when Alan Shearer scored?",
    "Who directed the Florida State University promotional film that Jim Morrison appeared in?",
    "Who is the coach of Indian tennis teenager Sania Mirza?",
    "When is Lisa Kudrow's HBO comedy Comeback due to start airing?",
    "When did Phil Redmond become chairman of Mersey TV?",
    "When did Roy Lichtenstein paint Blue Nude, the highlight of the Versace art sale?",
    "When did Stephen Daldry's film version of Billy Elliot come out?",
    "In what year was Newry City football club founded?",
    "What is the name of the ground where Newry City play their home games?",
    "In which Swedish city did Ole Gunnar Solskjaer have his knee operation?",
    "Where was actor Ossie Davis buried after his funeral?",
    "Where did Keane record their album Hopes and Fears?",
    "Where was Lisa Kudrow's HBO series Comeback filmed?",
    "How much did Phil Redmond offer to pay for Channel 4?",
    "How many copies has Dan Brown's Angels and Demons sold?",
    "How many people attended Ossie Davis's funeral at Riverside Church?",
    "How much is Lisa Kudrow being paid for her HBO series Comeback?",
    "What was the attendance at the Nou Camp for Barcelona's 2-1 win over Chelsea?",
)


# -- Written thirteenth: a thirteenth batch, written blind the same way in the middle of the
# round of batches 11 and 12. Measured once when added; after that, rules were fitted to its
# tuning half only.

_b13_c = partial(_c, batch=13)
B13_BBC_BUSINESS_POLITICS_TECH = (
    _b13_c(
        "who",
        "Who is going to run Yugansk as a separate state oil company now that it has been "
        "left out of the Gazprom-Rosneft merger?",
        "bbc-business-131",
        "Sergei Bogdanchikov|Bogdanchikov",
    ),
    _b13_c(
        "who",
        "Which Bank of America spokeswoman told Time magazine about the missing tapes with "
        "federal employees' account details?",
        "bbc-business-185",
        "Alexandra Tower|Tower",
    ),
    _b13_c(
        "who",
        "Which Borussia Dortmund chief executive quit as the football club battled its debt "
        "crisis?",
        "bbc-business-219",
        "Gerd Niebaum|Niebaum",
    ),
    _b13_c(
        "who",
        "Which Venezuelan minister announced Hugo Chavez's review of foreign mining contracts?",
        "bbc-business-231",
        "Victor Alvarez|Alvarez",
    ),
    _b13_c(
        "who",
        "Who is the research director at the Pensions Policy Institute who commented on men "
        "living longer than previously thought?",
        "bbc-business-235",
        "Chris Curry|Curry",
    ),
    _b13_c(
        "who",
        "Who is the new Marsh & McLennan boss trying to reach a settlement with Eliot "
        "Spitzer while the SEC looks into the broker?",
        "bbc-business-265",
        "Michael Cherkasky|Cherkasky",
    ),
    _b13_c(
        "who",
        "Which former Bank of China president received a 12-year prison sentence?",
        "bbc-business-498",
        "Wang Xuebing",
    ),
    _b13_c(
        "who",
        "Who was the chief executive of the failed UK e-University who was given a £44,914 bonus?",
        "bbc-politics-023",
        "John Beaumont|Beaumont",
    ),
    _b13_c(
        "who",
        "Which work and pensions secretary told MPs that Child Support Agency head Doug "
        "Smith was leaving, even though Smith remained in the job three months on?",
        "bbc-politics-315",
        "Alan Johnson|Johnson",
    ),
    _b13_c(
        "who",
        "Which Sri Lankan TV worker, known to bloggers as Morquendi, sent out text messages "
        "from the tsunami-hit coast?",
        "bbc-tech-142",
        "Sanjaya Senanayake|Senanayake",
    ),
    _b13_c(
        "who",
        "Who is the Virgin Radio station manager who talked about Nokia's Visual Radio "
        "service coming to the UK?",
        "bbc-tech-305",
        "Steve Taylor|Taylor",
    ),
    _b13_c(
        "who",
        "Which Sun Microsystems chief operating officer launched the Sun Grid service that "
        "rents out computing power by the hour?",
        "bbc-tech-380",
        "Jonathan Schwartz|Schwartz",
    ),
    _b13_c(
        "when",
        "On what date does Molsiris, the fund that owns Borussia Dortmund's Westfalen "
        "stadium, hold its AGM to consider the rescue plan?",
        "bbc-business-219",
        "14 March",
    ),
    _b13_c(
        "when",
        "US factory capacity use rose to 77.6% in November - the highest level since when?",
        "bbc-business-453",
        "May 2001",
    ),
    _b13_c(
        "when",
        "When did China last put up interest rates, taking them to 5.8% in its first rise "
        "for nine years?",
        "bbc-business-493",
        "October 2004",
    ),
    _b13_c(
        "when",
        "In what year did Bank of China and China Construction Bank split a $45bn government "
        "bailout?",
        "bbc-business-498",
        "2003",
    ),
    _b13_c(
        "when",
        "Lord Falconer is thinking about letting cameras into courts - when were they last "
        "allowed in?",
        "bbc-politics-118",
        "1925",
    ),
    _b13_c(
        "when",
        "According to Robert Peston's book Brown's Britain, when did Tony Blair change his "
        "mind about standing down?",
        "bbc-politics-252",
        "June 2004",
    ),
    _b13_c(
        "when",
        "In which year would the first identity cards be handed out under the bill Charles "
        "Clarke took over from David Blunkett?",
        "bbc-politics-227",
        "2008",
    ),
    _b13_c(
        "when",
        "On what date did Alan Johnson announce that CSA chief executive Doug Smith was going?",
        "bbc-politics-315",
        "17 November",
    ),
    _b13_c(
        "when",
        "In the prime minister's questions sketch about the anti-terror laws, what date was "
        "the smart money on for the general election?",
        "bbc-politics-326",
        "5 May",
    ),
    _b13_c(
        "when",
        "In which year did IBM invest $300m in a three-year Linux programme?",
        "bbc-tech-012",
        "2001",
    ),
    _b13_c(
        "when",
        "By what year does BT futurologist Ian Pearson think phones will be printed straight "
        "onto our wrists?",
        "bbc-tech-161",
        "2020",
    ),
    _b13_c(
        "when",
        "By when does Nokia reckon 100 million handsets able to run Visual Radio will be in use?",
        "bbc-tech-305",
        "end of 2006|2006",
    ),
    _b13_c(
        "where",
        "In which US state is Bank of America based, the bank that lost tapes holding "
        "details of federal employees?",
        "bbc-business-185",
        "North Carolina",
    ),
    _b13_c(
        "where",
        "Where was News Corp's Peter Chernin speaking at a conference when he talked about "
        "buying a video games company?",
        "bbc-business-254",
        "Phoenix, Arizona|Phoenix",
    ),
    _b13_c(
        "where",
        "In which town did Sri Lanka's President Kumaratunga attend the ceremony launching "
        "the tsunami reconstruction drive?",
        "bbc-business-471",
        "Hambantota",
    ),
    _b13_c(
        "where",
        "In which Chinese city did the two Bank of China officials who vanished along with "
        "up to $120m work?",
        "bbc-business-498",
        "Harbin",
    ),
    _b13_c(
        "where",
        "According to Charles Kennedy's New Year speech, where was the government detaining "
        "people without trial?",
        "bbc-politics-036",
        "Belmarsh Prison|Belmarsh",
    ),
    _b13_c(
        "where",
        "Where was the EU summit being held after Tony Blair's talks with Berlusconi and "
        "Schroeder on Turkey joining the EU?",
        "bbc-politics-035",
        "Brussels",
    ),
    _b13_c(
        "where",
        "Where was Edinburgh architect Dominic Stephenson on holiday when the tsunami hit?",
        "bbc-politics-164",
        "Koh Phi Phi",
    ),
    _b13_c(
        "where",
        "Where did Labour hold the spring conference at which Gordon Brown boasted of the "
        "party's economic record?",
        "bbc-politics-350",
        "Gateshead",
    ),
    _b13_c(
        "where",
        "Which country was Taran Rampersad in when he read Morquendi's tsunami text messages?",
        "bbc-tech-142",
        "Trinidad and Tobago",
    ),
    _b13_c(
        "where",
        "Where was the conference at which Baroness Susan Greenfield warned about technology "
        "merging with our bodies?",
        "bbc-tech-161",
        "Royal Society|London",
    ),
    _b13_c(
        "where",
        "In which city was the European Commission's Networked & Electronic Media project "
        "unveiled?",
        "bbc-tech-167",
        "Nice",
    ),
    _b13_c(
        "where",
        "In which US state was the Sun Microsystems Network Computing event where Sun Grid "
        "was launched?",
        "bbc-tech-380",
        "California",
    ),
    _b13_c(
        "how many",
        "By how much did the French economy grow over the whole of 2004, according to the "
        "INSEE flash estimate?",
        "bbc-business-023",
        "2.3%",
    ),
    _b13_c(
        "how many",
        "How much did Baikal Finance Group pay for Yukos' Yuganskneftegas unit?",
        "bbc-business-324",
        "$9.4bn|261bn roubles|£4.8bn",
    ),
    _b13_c(
        "how many",
        "How many defence department staff were among the people whose details were on Bank "
        "of America's lost tapes?",
        "bbc-business-185",
        "900,000",
    ),
    _b13_c(
        "how many",
        "How big was Borussia Dortmund's record loss for the 12 months to June?",
        "bbc-business-219",
        "68m euros",
    ),
    _b13_c(
        "how many",
        "What was Activision's stock market value when News Corp was said to be looking at "
        "buying a games firm?",
        "bbc-business-254",
        "$2.95bn|£1.57bn",
    ),
    _b13_c(
        "how many",
        "By what percentage did China's tax revenues go up in 2004, according to tax chief "
        "Xie Xuren?",
        "bbc-business-427",
        "25.7%",
    ),
    _b13_c(
        "how many",
        "How many homes is the housing project for Sri Lankan tsunami survivors, started by "
        "Prime Minister Mahinda Rajapakse, meant to provide?",
        "bbc-business-471",
        "6,000",
    ),
    _b13_c(
        "how many",
        "How many students did the UK e-University manage to attract before it was scrapped?",
        "bbc-politics-023",
        "900",
    ),
    _b13_c(
        "how many",
        "How much did Robert Kilroy-Silk say each successful asylum seeker costs Britain?",
        "bbc-politics-237",
        "£143,000",
    ),
    _b13_c(
        "how many",
        "What percentage of UK firms use broadband, according to the study welcomed by "
        "minister Mike O'Brien?",
        "bbc-politics-109",
        "69%",
    ),
    _b13_c(
        "how many",
        "How much is IBM spending over three years to boost its Linux commitment?",
        "bbc-tech-012",
        "$100m|£52m",
    ),
    _b13_c(
        "how many",
        "How many copies of World of Warcraft were sold during its opening two days, "
        "according to the BBC piece on EverQuest obsession?",
        "bbc-tech-401",
        "400,000",
    ),
)
B13_BBC_SPORT_ARTS = (
    _b13_c(
        "who",
        "Who played the stressed airport manager in the 1970 film version of Arthur Hailey's "
        "novel Airport?",
        "bbc-entertainment-016",
        "Burt Lancaster|Lancaster",
    ),
    _b13_c(
        "who",
        "Which Warner Bros executive commented on Ocean's Twelve going straight to the top "
        "of the US box office?",
        "bbc-entertainment-074",
        "Dan Fellman|Fellman",
    ),
    _b13_c(
        "who",
        "Which Kansas Republican senator wants a $3 million maximum penalty for broadcasters "
        "who keep breaking US TV indecency rules?",
        "bbc-entertainment-171",
        "Sam Brownbeck|Brownbeck",
    ),
    _b13_c(
        "who",
        "Who asked Ricky Gervais to write an episode of The Simpsons?",
        "bbc-entertainment-196",
        "Matt Groening|Groening",
    ),
    _b13_c(
        "who",
        "Who is the lawyer for Blackground Records in its failed lawsuit over Aaliyah's "
        "fatal plane crash?",
        "bbc-entertainment-230",
        "Frank Penski|Penski",
    ),
    _b13_c(
        "who",
        "Which American record executive spotted Joss Stone at an audition in New York?",
        "bbc-entertainment-251",
        "Steve Greenberg|Greenberg",
    ),
    _b13_c(
        "who",
        "Who is the coach Marat Safin hopes will keep working with him after his Australian "
        "Open win?",
        "bbc-sport-490",
        "Peter Lundgren|Lundgren",
    ),
    _b13_c(
        "who",
        "Who was the agent who paid tribute to Carry On actress Patsy Rowlands after her death?",
        "bbc-entertainment-307",
        "Simon Beresford|Beresford",
    ),
    _b13_c(
        "who",
        "Who put Manchester United ahead with a header in their FA Cup win at Everton on "
        "Wayne Rooney's return?",
        "bbc-sport-095",
        "Quinton Fortune|Fortune",
    ),
    _b13_c(
        "who",
        "Who chairs the Spanish FA disciplinary committee that fined Luis Aragones over his "
        "remarks about Thierry Henry?",
        "bbc-sport-170",
        "Alberto Flores|Flores",
    ),
    _b13_c(
        "who",
        "Which Bulgaria manager did Martin O'Neill talk to about the friendly that could "
        "take Stilian Petrov away from Celtic over Christmas?",
        "bbc-sport-277",
        "Hristo Stoichkov|Stoichkov",
    ),
    _b13_c(
        "who",
        "Who knocked Tim Henman out of the Dubai Open in a rain-hit quarter-final?",
        "bbc-sport-434",
        "Ivan Ljubicic|Ljubicic",
    ),
    _b13_c(
        "when",
        "When was the bestselling novelist Arthur Hailey born?",
        "bbc-entertainment-016",
        "5 April 1920|1920",
    ),
    _b13_c(
        "when",
        "On what date are the winners of the Bafta Interactive Awards, where the BBC has the "
        "most nominations, to be announced?",
        "bbc-entertainment-220",
        "2 March 2005",
    ),
    _b13_c(
        "when",
        "In what year did Aaliyah's family settle their negligence claim over the plane "
        "crash that killed her?",
        "bbc-entertainment-230",
        "2003",
    ),
    _b13_c(
        "when",
        "When did Muse, the Devon band that won a Brit for best live act, put out their "
        "first self-titled EP?",
        "bbc-entertainment-251",
        "1998",
    ),
    _b13_c(
        "when",
        "In which year did U2 release their album Achtung Baby?",
        "bbc-entertainment-262",
        "1991",
    ),
    _b13_c(
        "when",
        "When did Carry On actress Patsy Rowlands make her big-screen debut in Tom Jones?",
        "bbc-entertainment-307",
        "1963",
    ),
    _b13_c(
        "when",
        "What year was Annette Bening, Oscar nominee for Being Julia, born?",
        "bbc-entertainment-325",
        "1958",
    ),
    _b13_c(
        "when",
        "On what date is Bulgaria's friendly against Valenciana that Martin O'Neill is "
        "unhappy about?",
        "bbc-sport-277",
        "28 December",
    ),
    _b13_c(
        "when",
        "When is the draw for the Champions League knockout round, after all four English "
        "clubs got through the group stage?",
        "bbc-sport-237",
        "17 December",
    ),
    _b13_c(
        "when",
        "On what date do Ireland host France at Lansdowne Road in the 2005 Six Nations?",
        "bbc-sport-403",
        "12 March",
    ),
    _b13_c(
        "when",
        "Before their 18-17 Six Nations win over England, when had France last won at Twickenham?",
        "bbc-sport-414",
        "1997",
    ),
    _b13_c(
        "when",
        "When did Ireland first beat South Africa at rugby, before their 18-12 win at "
        "Lansdowne Road?",
        "bbc-sport-364",
        "1965",
    ),
    _b13_c(
        "where",
        "Where did Arthur Hailey move with his wife Sheila in 1969?",
        "bbc-entertainment-016",
        "Nassau|Bahamas",
    ),
    _b13_c(
        "where",
        "Where did the plane carrying R&B singer Aaliyah crash?",
        "bbc-entertainment-230",
        "Bahamas",
    ),
    _b13_c(
        "where",
        "In which town did the members of Muse first meet as young teenagers?",
        "bbc-entertainment-251",
        "Teignmouth|Teignmouth, south Devon",
    ),
    _b13_c(
        "where",
        "In which city did the school friends who became U2 first get together?",
        "bbc-entertainment-262",
        "Dublin",
    ),
    _b13_c(
        "where", "Where did Carry On actress Patsy Rowlands die?", "bbc-entertainment-307", "Hove"
    ),
    _b13_c(
        "where",
        "Where did stars like Leonardo DiCaprio and Cate Blanchett walk the red carpet at "
        "the 2005 Baftas?",
        "bbc-entertainment-354",
        "Leicester Square|London",
    ),
    _b13_c(
        "where",
        "Where are the European Indoor Championships at which hurdler Sarah Claxton could "
        "win a medal?",
        "bbc-sport-059",
        "Madrid",
    ),
    _b13_c(
        "where",
        "Where was the Great Edinburgh Cross Country held the previous year, when Eliud "
        "Kipchoge finished second?",
        "bbc-sport-076",
        "Newcastle",
    ),
    _b13_c(
        "where",
        "At which ground did Manchester United beat Everton in the FA Cup on Wayne Rooney's "
        "first return to his old club?",
        "bbc-sport-095",
        "Goodison Park",
    ),
    _b13_c(
        "where",
        "Where was the Carling Cup final at which Liverpool striker Milan Baros was left out "
        "of the starting line-up?",
        "bbc-sport-165",
        "Millennium Stadium",
    ),
    _b13_c(
        "where",
        "Where did Irish schoolboy rugby player John McCall die during an under-19 World Cup "
        "match against New Zealand?",
        "bbc-sport-364",
        "Durban",
    ),
    _b13_c(
        "where",
        "At which ground is Wales hooker Mefin Davies playing for Gloucester on a one-year "
        "contract?",
        "bbc-sport-297",
        "Kingsholm",
    ),
    _b13_c(
        "how many",
        "How much did Ocean's Twelve take in its first weekend at the US box office?",
        "bbc-entertainment-074",
        "$40.8m|£21m",
    ),
    _b13_c(
        "how many",
        "How much was CBS fined after Janet Jackson's breast was bared during the Super Bowl "
        "half-time show?",
        "bbc-entertainment-171",
        "$550,000|£293,264",
    ),
    _b13_c(
        "how many",
        "According to the story on the Tsunami Aid telethon, how much did the US TV benefit "
        "after the 11 September attacks raise?",
        "bbc-entertainment-182",
        "$150m|£80m",
    ),
    _b13_c(
        "how many",
        "How many downloads were sold in the UK in the final week of 2004, when downloads "
        "outsold physical singles in Britain for the first time?",
        "bbc-entertainment-103",
        "312,000",
    ),
    _b13_c(
        "how many",
        "How many nominations did the BBC get in this year's Bafta Interactive Awards?",
        "bbc-entertainment-220",
        "16",
    ),
    _b13_c(
        "how many",
        "How many albums had U2 sold worldwide before How To Dismantle An Atomic Bomb came out?",
        "bbc-entertainment-262",
        "125 million",
    ),
    _b13_c(
        "how many",
        "How many Grammys was Ray Charles awarded after his death?",
        "bbc-entertainment-264",
        "eight",
    ),
    _b13_c(
        "how many",
        "How old was Wayne Rooney when he went back to Goodison Park with Manchester United "
        "for the FA Cup tie against Everton?",
        "bbc-sport-095",
        "19",
    ),
    _b13_c(
        "how many",
        "How much was Spain coach Luis Aragones fined over what he said about Thierry Henry?",
        "bbc-sport-170",
        "3000 euros|£2,060",
    ),
    _b13_c(
        "how many",
        "What was the crowd at Fratton Park when Robben and Joe Cole scored late to give "
        "Chelsea a win over Portsmouth?",
        "bbc-sport-278",
        "20,210",
    ),
    _b13_c(
        "how many",
        "How old is Wales hooker Mefin Davies, who is wanted by the Neath-Swansea Ospreys?",
        "bbc-sport-297",
        "32",
    ),
    _b13_c(
        "how many",
        "How far did triple jumper Phillips Idowu leap at the European Indoor trials in Sheffield?",
        "bbc-sport-059",
        "17.30m",
    ),
)
B13_NEAR_BBC_BUSINESS_POLITICS_TECH = (
    "Who is the chief executive of Bank of America, the bank that lost tapes with "
    "federal employees' account details?",
    "Who coaches Borussia Dortmund, the club that lost 5-0 to Bayern Munich in the "
    "middle of its financial crisis?",
    "Who has been named to succeed Doug Smith as head of the Child Support Agency?",
    "Who is the chief executive of Activision, the games company News Corp was said to "
    "have its eye on?",
    "Who heads INSEE, the French statistics body that published the flash estimate of 2004 growth?",
    "On what date did Sun Microsystems launch Sun Grid, its hourly computing rental service?",
    "When was Gerd Niebaum first appointed to run Borussia Dortmund?",
    "When is Robert Peston's book Brown's Britain going on sale?",
    "When was the Pensions Policy Institute set up?",
    "When did Victor Alvarez become Venezuela's minister in charge of the mining review?",
    "Where was the back-up data centre that Bank of America's missing tapes were being shipped to?",
    "Where did John Prescott host the November 2003 dinner at which Tony Blair "
    "supposedly promised Gordon Brown he'd make way for him?",
    "Where is Molsiris, the property fund that owns Borussia Dortmund's stadium, based?",
    "Where are the two missing Bank of China officials from Harbin believed to have fled to?",
    "In which city did Venezuela's Victor Alvarez announce the review of foreign mining deals?",
    "How many people work for the Child Support Agency?",
    "How much will Nokia's 7710 handset with Visual Radio cost to buy?",
    "How much did it cost to build the Alert Retrieval Cache text message system?",
    "How many computer tapes did Bank of America lose?",
    "What annual salary did John Beaumont earn while running the UK e-University?",
)
B13_NEAR_BBC_SPORT_ARTS = (
    "Who was the video producer who booked the plane on which Aaliyah was killed?",
    "Who scored Liverpool's goals in their 3-1 Champions League win over Bayer "
    "Leverkusen at Anfield?",
    "Who was the umpire Tim Henman blamed for the rain chaos in his Dubai Open defeat by "
    "Ivan Ljubicic?",
    "Apart from Jonatan Johansson, who scored Charlton's goals in their 4-0 win over Norwich?",
    "Who directed Carry On Again Doctor, Patsy Rowlands' first Carry On film?",
    "When will the memorial service for Carry On actress Patsy Rowlands take place?",
    "When did Wales hooker Mefin Davies sign for Gloucester?",
    "When will the Simpsons episode written by Ricky Gervais be shown on TV?",
    "When did novelist Arthur Hailey marry his wife Sheila?",
    "When did goalkeeper Jens Lehmann join Arsenal?",
    "Where will Bulgaria play their friendly against Valenciana that Celtic want Stilian "
    "Petrov to miss?",
    "Where was Australian Open champion Marat Safin born?",
    "Where was NBC's Tsunami Aid benefit concert staged?",
    "Where did Muse record their album Absolution?",
    "How much did Aaliyah's family receive in their settlement over the plane crash?",
    "How many fans were at Goodison Park to see Manchester United beat Everton in the FA "
    "Cup on Rooney's return?",
    "How much prize money did Marat Safin collect for winning the Australian Open?",
    "How much money did NBC's Tsunami Aid telethon raise?",
    "How many copies have Arthur Hailey's novels sold worldwide?",
)


# -- Written fourteenth: a fourteenth batch, written blind in the round of 2026-12-04 by a
# writer who never saw how /news ask answers, over BBC articles no earlier batch used; its
# near misses ask for facts no article of the corpus states. Measured once when added;
# after that, rules were fitted to its tuning half only.

_b14_c = partial(_c, batch=14)
B14_BBC_BUSINESS_POLITICS_TECH = (
    # who
    _b14_c(
        "who",
        "Which ING broker tipped UPS and Deutsche Post as the likeliest bidders for logistics "
        "firm Exel?",
        "bbc-business-082",
        "Andrew Beh",
    ),
    _b14_c(
        "who",
        "Which lawyer for the victims of Pinochet's regime welcomed the Riggs Bank settlement?",
        "bbc-business-187",
        "Eduardo Contreras|Contreras",
    ),
    _b14_c(
        "who",
        "Who is the EMI Music boss who called the group's sales after its profit warning "
        "disappointing?",
        "bbc-business-207",
        "Alain Levy|Levy",
    ),
    _b14_c(
        "who",
        "Which BDO Stoy Hayward partner warned UK firms to brace for higher interest rates after "
        "the election?",
        "bbc-business-214",
        "Peter Hemington|Hemington",
    ),
    _b14_c(
        "who",
        "Who chairs Wembley, the gaming group selling its US division to BLB Investors?",
        "bbc-business-223",
        "Claes Hultman|Hultman",
    ),
    _b14_c(
        "who",
        "Which SEC chief accountant commented on giving foreign companies extra time to meet "
        "Sarbanes-Oxley rules?",
        "bbc-business-036",
        "Donald Nicolaisen|Nicolaisen",
    ),
    _b14_c(
        "who",
        "Which Hansard Society project manager is behind the Y Vote mock general election in "
        "schools?",
        "bbc-politics-217",
        "Michael Raftery|Raftery",
    ),
    _b14_c(
        "who",
        "Who runs the Bloggies, the annual awards for the best weblogs?",
        "bbc-tech-088",
        "Nikolai Nolan|Nolan",
    ),
    _b14_c(
        "who",
        "Who represented Spain at the two-day talks on the future of Gibraltar?",
        "bbc-politics-015",
        "Jose Maria Pons",
    ),
    _b14_c(
        "who",
        "Which founder of the Simon Wiesenthal Center said Prince Harry should go to Auschwitz?",
        "bbc-politics-018",
        "Marvin Hier|Hier",
    ),
    _b14_c(
        "who",
        "Which NetSurity executive warned businesses to secure their wi-fi networks after the RSA "
        "survey?",
        "bbc-tech-346",
        "Phil Cracknell|Cracknell",
    ),
    _b14_c(
        "who",
        "Which Sophos consultant criticised Lycos Europe's anti-spam screensaver campaign?",
        "bbc-tech-147",
        "Graham Cluley|Cluley",
    ),
    _b14_c(
        "who",
        "Who heads the Committee to Protect Bloggers, which called a day of action for two jailed "
        "Iranian bloggers?",
        "bbc-tech-016",
        "Curt Hopkins|Hopkins",
    ),
    # when
    _b14_c(
        "when",
        "In what year did Reliance Group buy the Indian government's stake in petrochemicals firm "
        "IPCL?",
        "bbc-business-486",
        "2002",
    ),
    _b14_c(
        "when",
        "From what year will UPS start taking delivery of its Airbus A380 freighters?",
        "bbc-business-424",
        "2009",
    ),
    _b14_c(
        "when",
        "On what date will Deutsche Boerse's annual meeting consider hedge fund TCI's call to "
        "remove its supervisory board?",
        "bbc-business-203",
        "May 25",
    ),
    _b14_c(
        "when",
        "When does Iranian President Mohammad Khatami's second term in office end?",
        "bbc-business-412",
        "1 August",
    ),
    _b14_c(
        "when",
        "Until what date has the SEC extended the deadline for foreign firms to comply with "
        "section 404 of Sarbanes-Oxley?",
        "bbc-business-036",
        "15 July 2006",
    ),
    _b14_c(
        "when",
        "When is the Crossrail bill reportedly due to go before the House of Commons?",
        "bbc-business-166",
        "23 February",
    ),
    _b14_c(
        "when",
        "When was Sir Nicholas Scott deselected as the Tory MP for Kensington and Chelsea?",
        "bbc-politics-183",
        "December 1996",
    ),
    _b14_c(
        "when",
        "In what year was Neil Kinnock selected for his first constituency, Bedwellty?",
        "bbc-politics-163",
        "1969",
    ),
    _b14_c(
        "when",
        "On what date does the Commons close for business at the end of the session before the "
        "expected May election?",
        "bbc-politics-401",
        "7 April",
    ),
    _b14_c(
        "when",
        "On what date did the Hatfield rail crash happen?",
        "bbc-politics-178",
        "17 October 2000",
    ),
    _b14_c(
        "when",
        "When did Alastair Campbell quit his job at Number 10?",
        "bbc-politics-306",
        "August 2003",
    ),
    _b14_c(
        "when",
        "When is the TFC 101 Tower, home of the world's fastest lifts, due to be officially "
        "opened?",
        "bbc-tech-253",
        "31 December",
    ),
    _b14_c(
        "when",
        "When was the game Half-Life 2 officially released?",
        "bbc-tech-195",
        "16 November",
    ),
    # where
    _b14_c(
        "where",
        "Where is logistics group Exel, the subject of takeover talk, based?",
        "bbc-business-082",
        "Bracknell",
    ),
    _b14_c(
        "where",
        "Where did the IPCL board meet amid the feud between the Ambani brothers?",
        "bbc-business-486",
        "Mumbai",
    ),
    _b14_c(
        "where",
        "Where was China Aviation Oil chief executive Chen Jiulin arrested?",
        "bbc-business-499",
        "Changi Airport|Singapore",
    ),
    _b14_c(
        "where",
        "Where was the painter Shani Rhys James, who opposes bringing Welsh arts funding under "
        "the assembly, born?",
        "bbc-politics-039",
        "Melbourne",
    ),
    _b14_c(
        "where",
        "Where were the two days of UK-Spain talks on Gibraltar's future held?",
        "bbc-politics-015",
        "Chevening|Kent",
    ),
    _b14_c(
        "where",
        "Where is Labour holding the spring conference that pro-hunt supporters plan to picket?",
        "bbc-politics-032",
        "Gateshead",
    ),
    _b14_c(
        "where",
        "Where was Care International aid worker Margaret Hassan abducted?",
        "bbc-politics-150",
        "Baghdad",
    ),
    _b14_c(
        "where",
        "Where was Iraqi hotel receptionist Baha Mousa arrested before he died in British custody?",
        "bbc-politics-229",
        "Basra",
    ),
    _b14_c(
        "where",
        "Where is Paul Boateng going as the UK's high commissioner?",
        "bbc-politics-407",
        "South Africa",
    ),
    _b14_c(
        "where",
        "Where is the E3 games expo at which Microsoft may unveil its next Xbox?",
        "bbc-tech-052",
        "Los Angeles",
    ),
    _b14_c(
        "where",
        "Where is the skyscraper whose lifts Guinness has certified as the fastest in the world?",
        "bbc-tech-253",
        "Taipei|Taiwan",
    ),
    _b14_c(
        "where",
        "Where will the 100 finalists of 3's video phone dating event meet?",
        "bbc-tech-386",
        "Institute of Contemporary Arts|London",
    ),
    _b14_c(
        "where",
        "Where will Toyota show off its i-unit and i-foot personal mobility robots?",
        "bbc-tech-229",
        "Aichi",
    ),
    # how many
    _b14_c(
        "how many",
        "How much will Riggs Bank give to victims of Augusto Pinochet's regime?",
        "bbc-business-187",
        "$8m",
    ),
    _b14_c(
        "how many",
        "By how much did Japan's industrial output fall in October?",
        "bbc-business-046",
        "1.6%",
    ),
    _b14_c(
        "how many",
        "How much did Chile's copper industry earn in 2004?",
        "bbc-business-360",
        "$14.2bn",
    ),
    _b14_c(
        "how many",
        "How much is BLB Investors paying for Wembley's US gaming business?",
        "bbc-business-223",
        "$339m|£182.5m",
    ),
    _b14_c(
        "how many",
        "How much did Metlife pay Citigroup for its Travelers Life & Annuity arm?",
        "bbc-business-088",
        "$11.5bn|£6.1bn",
    ),
    _b14_c(
        "how many",
        "How many manufacturing jobs does the TUC say were lost over the past year?",
        "bbc-business-227",
        "105,000",
    ),
    _b14_c(
        "how many",
        "How many firms took part in the British Chamber of Commerce's latest quarterly survey?",
        "bbc-business-289",
        "5,196",
    ),
    _b14_c(
        "how many",
        "What was the average UK house price in December, according to the Office of the Deputy "
        "Prime Minister?",
        "bbc-business-170",
        "£178,906",
    ),
    _b14_c(
        "how many",
        "How much does Scottish Tory leader David McLetchie earn from law firm Tods Murray?",
        "bbc-politics-045",
        "£30,000",
    ),
    _b14_c(
        "how many",
        "What was voter turnout at the 2001 general election, according to the story on the Power "
        "inquiry?",
        "bbc-politics-323",
        "59%",
    ),
    _b14_c(
        "how many",
        "How many text messages were sent in the UK over New Year's Eve and New Year's Day?",
        "bbc-tech-152",
        "133m",
    ),
    _b14_c(
        "how many",
        "How many players did Valve ban from Half-Life 2 for using pirated copies?",
        "bbc-tech-195",
        "20,000",
    ),
    _b14_c(
        "how many",
        "How many PCs does Forrester Research expect to be in use worldwide by 2010?",
        "bbc-tech-242",
        "1.3 billion",
    ),
)
B14_BBC_SPORT_ARTS = (
    # who
    _b14_c(
        "who",
        "Which William Hill spokesman commented on the rush of bets on Dougray Scott as the next "
        "James Bond?",
        "bbc-entertainment-333",
        "Rupert Adams|Adams",
    ),
    _b14_c(
        "who",
        "Who is to get a lifetime achievement award from the Directors Guild of Great Britain?",
        "bbc-entertainment-377",
        "Sam Mendes|Mendes",
    ),
    _b14_c(
        "who",
        "Who produced the Broadway musical Sweet Charity that closed after poor ticket sales?",
        "bbc-entertainment-343",
        "Barry Weissler|Weissler",
    ),
    _b14_c(
        "who",
        "Which director received a lifetime achievement award at the Bangkok International Film "
        "Festival?",
        "bbc-entertainment-309",
        "Joel Schumacher|Schumacher",
    ),
    _b14_c(
        "who",
        "Who created the cult website TV Go Home, where Chris Morris's Nathan Barley character "
        "began?",
        "bbc-entertainment-165",
        "Charlie Brooker|Brooker",
    ),
    _b14_c(
        "who",
        "Who is suing Motley Crue guitarist Mick Mars?",
        "bbc-entertainment-252",
        "Robin Mantooth|Mantooth",
    ),
    _b14_c(
        "who",
        "Which eighth seed did Nicolas Almagro beat to reach the last eight of the Buenos Aires "
        "Open?",
        "bbc-sport-508",
        "Mariano Zabaleta|Zabaleta",
    ),
    _b14_c(
        "who",
        "Which Spanish football federation president changed his mind and opened proceedings "
        "against Luis Aragones?",
        "bbc-sport-257",
        "Angel Maria Villar|Villar",
    ),
    _b14_c(
        "who",
        "Who refereed the France v Scotland Six Nations match that Matt Williams complained about?",
        "bbc-sport-298",
        "Nigel Williams",
    ),
    _b14_c(
        "who",
        "Which Greek athletics federation chief told parliament that Kenteris and Thanou would "
        "never race again?",
        "bbc-sport-080",
        "Vassilli Sevastis|Sevastis",
    ),
    _b14_c(
        "who",
        "Who is Liverpool winger Harry Kewell's agent?",
        "bbc-sport-127",
        "Bernie Mandic|Mandic",
    ),
    _b14_c(
        "who",
        "Who is the race director of the BUPA Great Caledonian Run?",
        "bbc-sport-085",
        "Matthew Turnbull|Turnbull",
    ),
    # when
    _b14_c(
        "when",
        "When was Christina Applegate's Sweet Charity due to have its official New York opening?",
        "bbc-entertainment-343",
        "21 April",
    ),
    _b14_c(
        "when",
        "When will Daniel Day-Lewis receive the Berlinale Camera award?",
        "bbc-entertainment-341",
        "15 February",
    ),
    _b14_c(
        "when",
        "When will the Los Angeles Film Critics Association hand out its awards to Sideways and "
        "the other winners?",
        "bbc-entertainment-091",
        "13 January",
    ),
    _b14_c(
        "when",
        "When are the Billboard music awards, where Usher leads the nominations, being held?",
        "bbc-entertainment-150",
        "8 December",
    ),
    _b14_c(
        "when",
        "In what year did Paul Bosvelt move to Manchester City from Feyenoord?",
        "bbc-sport-116",
        "2003",
    ),
    _b14_c(
        "when",
        "When does the Nasdaq-100 Open in Miami begin?",
        "bbc-sport-439",
        "21 March",
    ),
    _b14_c(
        "when",
        "When is Liverpool's Champions League tie with Bayer Leverkusen that Harry Kewell hoped "
        "to be fit for?",
        "bbc-sport-127",
        "22 February",
    ),
    _b14_c(
        "when",
        "In what year did Celestine Babayaro join Chelsea from Anderlecht?",
        "bbc-sport-279",
        "1997",
    ),
    _b14_c(
        "when",
        "When does Derartu Tulu run in the BUPA Great Caledonian Run in Edinburgh?",
        "bbc-sport-085",
        "8 May",
    ),
    _b14_c(
        "when",
        "When do Sir Clive Woodward's Lions leave for their tour of New Zealand?",
        "bbc-sport-386",
        "24 May",
    ),
    _b14_c(
        "when",
        "When does Raw T, the rap act signed by Factory Records founder Tony Wilson, release its "
        "first single?",
        "bbc-entertainment-245",
        "21 February",
    ),
    _b14_c(
        "when",
        "When was Theo van Gogh's film Submission due to be shown before the festival pulled it?",
        "bbc-entertainment-329",
        "30 January",
    ),
    # where
    _b14_c(
        "where",
        "At which venue will Leonardo DiCaprio present an Oscar for the first time?",
        "bbc-entertainment-081",
        "Kodak Theatre|Los Angeles",
    ),
    _b14_c(
        "where",
        "Where will the Directors Guild of Great Britain awards ceremony take place?",
        "bbc-entertainment-377",
        "Curzon Mayfair|London",
    ),
    _b14_c(
        "where",
        "Where was The Sea Inside named best picture, with Javier Bardem best actor?",
        "bbc-entertainment-309",
        "Bangkok",
    ),
    _b14_c(
        "where",
        "Where did Britney Spears and Kevin Federline go on honeymoon?",
        "bbc-entertainment-345",
        "Fiji",
    ),
    _b14_c(
        "where",
        "Where is Scotland's T in the Park music festival held?",
        "bbc-entertainment-267",
        "Balado|Kinross",
    ),
    _b14_c(
        "where",
        "In which city will Fifa name its World Player of the Year, with Thierry Henry on the "
        "shortlist?",
        "bbc-sport-271",
        "Zurich",
    ),
    _b14_c(
        "where",
        "Where did Sania Mirza become the first Indian woman to win a WTA Tour title?",
        "bbc-sport-439",
        "Hyderabad",
    ),
    _b14_c(
        "where",
        "Which ground is the likeliest venue for the north v south rugby match in aid of tsunami "
        "victims?",
        "bbc-sport-402",
        "Olympic Stadium|Sydney",
    ),
    _b14_c(
        "where",
        "Where will Italy play Scotland in their Six Nations wooden-spoon decider?",
        "bbc-sport-335",
        "Murrayfield|Edinburgh",
    ),
    _b14_c(
        "where",
        "Where will the 2005 Lions play their first Test against the All Blacks?",
        "bbc-sport-386",
        "Christchurch",
    ),
    _b14_c(
        "where",
        "In which city will the Los Angeles Film Critics Association awards ceremony be held?",
        "bbc-entertainment-091",
        "Las Vegas",
    ),
    _b14_c(
        "where",
        "Where did Radio 1 DJ John Peel die?",
        "bbc-entertainment-231",
        "Peru",
    ),
    # how many
    _b14_c(
        "how many",
        "How many Academy voters had to return their Oscar ballots by the deadline?",
        "bbc-entertainment-081",
        "5,808",
    ),
    _b14_c(
        "how many",
        "How much did one punter stake on Dougray Scott becoming the next James Bond?",
        "bbc-entertainment-333",
        "£870",
    ),
    _b14_c(
        "how many",
        "How many copies did the original 1984 Band Aid single sell in its first week?",
        "bbc-entertainment-159",
        "750,000",
    ),
    _b14_c(
        "how many",
        "How many copies of the Band Aid 20 single were sold on its first day of release?",
        "bbc-entertainment-160",
        "72,000",
    ),
    _b14_c(
        "how many",
        "How many Wales caps has veteran lock Gareth Llewellyn won?",
        "bbc-sport-413",
        "92",
    ),
    _b14_c(
        "how many",
        "How many complaints did Chris Morris's Brass Eye satire on paedophilia provoke?",
        "bbc-entertainment-165",
        "2,500",
    ),
    _b14_c(
        "how many",
        "How much is Mick Mars's former girlfriend suing him for?",
        "bbc-entertainment-252",
        "$10 million|£5.4 million",
    ),
    _b14_c(
        "how many",
        "How much does Apple give to charity for each Band Aid 20 download sold on iTunes?",
        "bbc-entertainment-160",
        "70p",
    ),
    _b14_c(
        "how many",
        "How much did the tsunami charity cricket match at the Melbourne Cricket Ground raise?",
        "bbc-sport-402",
        "£5.9m",
    ),
    _b14_c(
        "how many",
        "How much did Chelsea pay Anderlecht for Celestine Babayaro?",
        "bbc-sport-279",
        "£2.25m",
    ),
    _b14_c(
        "how many",
        "How much did Lazio pay Manchester United for Jaap Stam?",
        "bbc-sport-158",
        "£16.5m",
    ),
    _b14_c(
        "how many",
        "How many tickets were sold for the 2005 T in the Park festival?",
        "bbc-entertainment-267",
        "130,000",
    ),
)
B14_NEAR_BBC_BUSINESS_POLITICS_TECH = (
    "Who is the chief executive of Exel, the Bracknell logistics group tipped as a takeover "
    "target?",
    "How many people does the US insurer Metlife employ?",
    "When was former Northern Ireland minister Sir Nicholas Scott born?",
    "Who will replace Paul Boateng as Chief Secretary to the Treasury?",
    "How much did IBM's Blue Gene/L supercomputer cost to build?",
    "Who is the president of Chile's state copper commission, Cochilco?",
    "How many people work for the Singapore jet fuel supplier China Aviation Oil?",
    "What share of voters backed the congestion charge in Edinburgh's transport referendum?",
    "When did blogger Ellen Simonetti start working as a Delta flight attendant?",
    "Who designed the TFC 101 Tower in Taipei?",
    "How much will Alastair Campbell be paid for his role in Labour's election campaign?",
    "Where was the kidnapped aid worker Margaret Hassan born?",
    "When will former WorldCom finance chief Scott Sullivan be sentenced?",
    "How much is UPS paying Airbus for its order of A380 freighters?",
    "Who is the chief executive of Wembley, the group selling its UK greyhound tracks?",
    "When will the new forum on Gibraltar's future hold its first meeting?",
    "How many Mac mini computers did Apple sell in their first week on sale?",
    "Who is the chief executive of Lycos Europe?",
    "Who was driving the train that derailed in the Hatfield rail crash?",
    "How much does Georgia expect to raise from Mikhail Saakashvili's tax amnesty?",
    "Who founded the UK music download service Wippit?",
    "Where is the South African bank Absa, the target of Barclays, headquartered?",
)
B14_NEAR_BBC_SPORT_ARTS = (
    "Who directed the Broadway revival of Sweet Charity starring Christina Applegate?",
    "Who will host the Directors Guild of Great Britain awards at the Curzon Mayfair?",
    "Who is Manchester City midfielder Paul Bosvelt's agent?",
    "How much did Newcastle pay Chelsea for Celestine Babayaro?",
    "How much prize money does the winner of the Great Caledonian Run in Edinburgh get?",
    "Where will Motley Crue's reunion world tour begin?",
    "Who was named Fifa World Player of the Year at the ceremony in Zurich?",
    "Who replaced Christina Applegate in Sweet Charity after she broke her foot?",
    "How much did AC Milan pay Lazio for defender Jaap Stam?",
    "When was Luis Aragones appointed coach of Spain?",
    "How much does a weekend ticket for T in the Park 2005 cost?",
    "Who will Nicolas Almagro face in the Buenos Aires Open quarter-finals?",
    "When did Britney Spears and Kevin Federline get engaged?",
    "How many fans are expected at Sydney's Olympic Stadium for the north v south tsunami "
    "rugby match?",
    "How many tickets have been sold for Martin Johnson's testimonial at Twickenham?",
    "Who is actor Dougray Scott's agent?",
    "Who will referee Scotland's Six Nations match against Italy at Murrayfield?",
    "How much did Mick Mars pay for his home in Malibu?",
)


# -- Written fifteenth: a fifteenth batch, written blind in the round of 2026-12-04 (the
# second session) by a writer who never saw how /news ask answers, over BBC articles no
# earlier batch used; its near misses ask for facts no article of the corpus states.
# Measured once when added, on the code of the last stop and of this session so far.

_b15_c = partial(_c, batch=15)
B15_BBC_BUSINESS_POLITICS_TECH = (
    # who
    _b15_c(
        "who",
        "Which Indian finance minister attacked rich nations' farm subsidies in London on the "
        "eve of the G7 meeting?",
        "bbc-business-008",
        "Palaniappan Chidambaram|Chidambaram",
    ),
    _b15_c(
        "who",
        "Which Hibernian Investment Managers executive said Irish shares still offered quality "
        "growth at a fair price when the ISEQ hit a record?",
        "bbc-business-031",
        "Roy Asher",
    ),
    _b15_c(
        "who",
        "Which UBS Securities chief economist in Tokyo commented on Japan's growth slowing to "
        "0.1% in the three months to September?",
        "bbc-business-110",
        "Hiromichi Shirakawa|Shirakawa",
    ),
    _b15_c(
        "who",
        "Which Manchester Central MP vowed to take the fight against Malcolm Glazer's Man Utd "
        "takeover to Tony Blair?",
        "bbc-business-224",
        "Tony Lloyd",
    ),
    _b15_c(
        "who",
        "Which Jamaican finance minister spoke about the government taking back control of Air "
        "Jamaica?",
        "bbc-business-343",
        "Omar Davies",
    ),
    _b15_c(
        "who",
        "Who carried out the University College London research saying a 50mg drink-drive limit "
        "would save more lives?",
        "bbc-politics-115",
        "Richard Allsop|Allsop",
    ),
    _b15_c(
        "who",
        "Which Labour MP chaired the joint human rights committee that called the rate of deaths "
        "in custody shocking?",
        "bbc-politics-214",
        "Jean Corston|Corston",
    ),
    _b15_c(
        "who",
        "Which Indian writer edits the group blog Dogs without Borders that published text "
        "messages from tsunami-hit Sri Lanka?",
        "bbc-tech-106",
        "Rohit Gupta",
    ),
    _b15_c(
        "who",
        "Which civil servants' union leader did Gordon Brown accuse of trying to block the "
        "Gershon reforms?",
        "bbc-politics-095",
        "Jonathan Baume|Baume",
    ),
    _b15_c(
        "who",
        "Which Pipex spokeswoman said customers were being hit by denial-of-service attacks "
        "every four to five days?",
        "bbc-tech-270",
        "Maria Capella",
    ),
    _b15_c(
        "who",
        "Who started the Gameboyzz Orchestra Project after using a GameBoy as a drum machine in "
        "his band?",
        "bbc-tech-256",
        "Jarek Kujda|Kujda",
    ),
    _b15_c(
        "who",
        "Which Mac Format editor called the Mac Mini revolutionary because of its size and looks?",
        "bbc-tech-336",
        "Graham Barlow",
    ),
    _b15_c(
        "who",
        "Which IMRG director said shoppers were now happy to buy big-ticket items like LCD TVs "
        "online for Christmas?",
        "bbc-tech-235",
        "James Roper|Roper",
    ),
    # when
    _b15_c(
        "when",
        "In which month did Durex maker SSL International sell its surgical gloves and "
        "antiseptics businesses?",
        "bbc-business-364",
        "May",
    ),
    _b15_c(
        "when",
        "When did the MPAA file its first lawsuits against people swapping movies online?",
        "bbc-tech-091",
        "November 2004",
    ),
    _b15_c(
        "when",
        "When did teenager Joseph Scholes hang himself in his cell at Stoke Heath young offender "
        "institution?",
        "bbc-politics-214",
        "March 2002",
    ),
    _b15_c(
        "when",
        "When was BMW's new Mini launched?",
        "bbc-business-049",
        "summer 2001|2001",
    ),
    _b15_c(
        "when",
        "In what year did Tony Blair pledge £750m for school sports facilities, of which the "
        "Tories say only £41m has been spent?",
        "bbc-politics-171",
        "2000",
    ),
    _b15_c(
        "when",
        "Japanese retail sales rose in January at their fastest pace since what year?",
        "bbc-business-156",
        "1997",
    ),
    _b15_c(
        "when",
        "Georgia's new government is destroying all tax records from before which date?",
        "bbc-business-199",
        "1 January",
    ),
    _b15_c(
        "when",
        "The Nationwide said UK house prices fell 0.4% in October; since when had they not "
        "fallen so much in a month?",
        "bbc-business-137",
        "February 2001",
    ),
    _b15_c(
        "when",
        "By what year does Gordon Brown say an extra five million lives could be saved if Gavi "
        "got another £4bn for immunisation?",
        "bbc-politics-385",
        "2015",
    ),
    _b15_c(
        "when",
        "The EU software patent directive criticised by Bill Thompson amends the European Patent "
        "Convention of which year?",
        "bbc-tech-399",
        "1973",
    ),
    _b15_c(
        "when",
        "In what year was the Sony Betamax ruling that Grokster's defenders cited at the US "
        "Supreme Court?",
        "bbc-tech-370",
        "1984",
    ),
    _b15_c(
        "when",
        "In which month did News Corp investors vote to move the company's legal home from "
        "Australia to the US?",
        "bbc-business-422",
        "October",
    ),
    # where
    _b15_c(
        "where",
        "Where is the Mini factory in which BMW is investing £100m and creating 200 jobs?",
        "bbc-business-049",
        "Oxford|Cowley",
    ),
    _b15_c(
        "where",
        "In which city did the St Enoch's Shopping Centre expect a record 140,000 shoppers on "
        "the last Saturday before Christmas?",
        "bbc-business-317",
        "Glasgow",
    ),
    _b15_c(
        "where",
        "In which country is Carlsberg cutting 200 jobs because drinkers are switching to cheap "
        "imported beer?",
        "bbc-business-173",
        "Sweden",
    ),
    _b15_c(
        "where",
        "In which city did Lesotho's factory workers union brief reporters on the closure of six "
        "textile factories?",
        "bbc-business-442",
        "Maseru",
    ),
    _b15_c(
        "where",
        "Where is Clearstream, the Deutsche Boerse clearing unit seen as the main obstacle to a "
        "deal with the LSE, based?",
        "bbc-business-392",
        "Luxembourg",
    ),
    _b15_c(
        "where",
        "To which US state is News Corp moving its corporate domicile?",
        "bbc-business-422",
        "Delaware",
    ),
    _b15_c(
        "where",
        "Where will Cardinal Cormac Murphy-O'Connor tell a congregation of 2,000 at Christmas "
        "Midnight Mass that peace is worth striving for?",
        "bbc-politics-060",
        "Westminster Cathedral",
    ),
    _b15_c(
        "where",
        "In which constituency will the Save the Scottish Regiments group stand a candidate "
        "against armed forces minister Adam Ingram?",
        "bbc-politics-238",
        "East Kilbride",
    ),
    _b15_c(
        "where",
        "Where in London is the Gizmondo store that will sell the new gaming handheld?",
        "bbc-tech-359",
        "Regent Street",
    ),
    _b15_c(
        "where",
        "In which US city does blogger Ramdhan Yadav Kotamaraja, who collected tsunami donations "
        "through his website, live?",
        "bbc-tech-106",
        "Dallas",
    ),
    _b15_c(
        "where",
        "In which country is the Gameboyzz Orchestra Project, which makes music with six "
        "GameBoys, based?",
        "bbc-tech-256",
        "Poland",
    ),
    _b15_c(
        "where",
        "Where did about 300 fans protest against Malcolm Glazer's plans for Manchester United?",
        "bbc-business-224",
        "Old Trafford",
    ),
    # how many
    _b15_c(
        "how many",
        "At what level did Ireland's ISEQ index close when Irish shares hit a record high?",
        "bbc-business-031",
        "6661.89",
    ),
    _b15_c(
        "how many",
        "By how much did Heineken's annual profits fall in 2004?",
        "bbc-business-173",
        "33%",
    ),
    _b15_c(
        "how many",
        "How many garment workers lost their jobs when six foreign-owned textile factories shut "
        "in Lesotho?",
        "bbc-business-442",
        "6,650",
    ),
    _b15_c(
        "how many",
        "How many business leaders were surveyed for the World Economic Forum report on how "
        "firms respond to HIV/Aids?",
        "bbc-business-482",
        "9,000",
    ),
    _b15_c(
        "how many",
        "By what percentage did Maruti's net profit rise in the last three months of 2004?",
        "bbc-business-503",
        "70%",
    ),
    _b15_c(
        "how many",
        "How many lives a year would cutting the drink-drive limit to 50mg save, according to "
        "the UCL research?",
        "bbc-politics-115",
        "65",
    ),
    _b15_c(
        "how many",
        "How many members would the second chamber have under the cross-party MPs' draft bill to "
        "replace the House of Lords?",
        "bbc-politics-319",
        "385",
    ),
    _b15_c(
        "how many",
        "How much weekly maternity pay do the Lib Dems promise new mothers in their manifesto "
        "for women?",
        "bbc-politics-340",
        "£170",
    ),
    _b15_c(
        "how many",
        "How much did Gordon Brown pledge over 15 years to the international immunisation "
        "finance scheme?",
        "bbc-politics-385",
        "£960m",
    ),
    _b15_c(
        "how many",
        "How many broadband connections did BT add in its record quarter for sign-ups?",
        "bbc-tech-129",
        "600,000",
    ),
    _b15_c(
        "how many",
        "How much does the Gizmondo handheld cost in the UK?",
        "bbc-tech-359",
        "£229",
    ),
    _b15_c(
        "how many",
        "How much a year would the Tories' Club2School plan give local sports clubs for "
        "after-school sport?",
        "bbc-politics-171",
        "£250m",
    ),
    _b15_c(
        "how many",
        "How many firms are surveyed for the Bank of Japan's Tankan index?",
        "bbc-business-295",
        "10,227",
    ),
)
B15_BBC_SPORT_ARTS = (
    # who
    _b15_c(
        "who",
        "Who wrote Biscuit Bear, the winner of the under-fives category of the Smarties Book "
        "Prize?",
        "bbc-entertainment-014",
        "Mini Grey",
    ),
    _b15_c(
        "who",
        "Which co-producer announced that Harry Connick Jr will star in a Broadway revival of "
        "The Pajama Game?",
        "bbc-entertainment-232",
        "Jeffrey Richards",
    ),
    _b15_c(
        "who",
        "Which Wasps coach told the Daily Mirror the club would offer Matt Dawson a new contract?",
        "bbc-sport-390",
        "Warren Gatland|Gatland",
    ),
    _b15_c(
        "who",
        "Which US entrepreneur bought Simon Fuller's 19 Entertainment?",
        "bbc-entertainment-319",
        "Robert Sillerman|Sillerman",
    ),
    _b15_c(
        "who",
        "Which XXL editor-in-chief said 50 Cent's feud with The Game would boost publicity for "
        "his new album?",
        "bbc-entertainment-282",
        "Elliott Wilson",
    ),
    _b15_c(
        "who",
        "Which Empire reviews editor predicted Vera Drake would win five or six Baftas?",
        "bbc-entertainment-352",
        "Dan Jolin|Jolin",
    ),
    _b15_c(
        "who",
        "Who was Bob Marley's head of press at Island Records?",
        "bbc-entertainment-120",
        "Rob Partridge|Partridge",
    ),
    _b15_c(
        "who",
        "Who scored inside the first minute for Hearts against Livingston in the Scottish Cup "
        "quarter-final?",
        "bbc-sport-109",
        "Lee Miller|Miller",
    ),
    _b15_c(
        "who",
        "Who proposed the All Blacks' black kit with the silver fern?",
        "bbc-sport-371",
        "Tom Ellison",
    ),
    _b15_c(
        "who",
        "Which Argentina fly-half kicked 14 points in the Pumas' 21-19 defeat by Ireland?",
        "bbc-sport-380",
        "Felipe Contepomi|Contepomi",
    ),
    _b15_c(
        "who",
        "Which Wigan chairman said there would be no quick decision on Andy Farrell's possible "
        "switch to rugby union?",
        "bbc-sport-399",
        "Maurice Lindsay|Lindsay",
    ),
    _b15_c(
        "who",
        "Who did Sania Mirza beat in the Hyderabad Open final to become the first Indian to win "
        "a WTA singles title?",
        "bbc-sport-510",
        "Alyona Bondarenko|Bondarenko",
    ),
    # when
    _b15_c(
        "when",
        "On what date will NBC screen its hour-long celebrity special for tsunami relief?",
        "bbc-entertainment-195",
        "15 January",
    ),
    _b15_c(
        "when",
        "When is the Broadway revival of The Pajama Game starring Harry Connick Jr due to open?",
        "bbc-entertainment-232",
        "November",
    ),
    _b15_c(
        "when",
        "In what year did Stan Lee come up with the Fantastic Four?",
        "bbc-entertainment-305",
        "1961",
    ),
    _b15_c(
        "when",
        "In what year did Irish forward Trevor Brennan move from Leinster to Toulouse?",
        "bbc-sport-321",
        "2003",
    ),
    _b15_c(
        "when",
        "When was New Zealand's first rugby match, between Nelson Town and Nelson College, played?",
        "bbc-sport-371",
        "14 May, 1870|1870",
    ),
    _b15_c(
        "when",
        "In what year did Martina Navratilova first retire from tennis?",
        "bbc-sport-462",
        "1994",
    ),
    _b15_c(
        "when",
        "In what year was Casino Royale first adapted for television, with Barry Nelson as Bond?",
        "bbc-entertainment-347",
        "1954",
    ),
    _b15_c(
        "when",
        "When is the English rugby injury audit that Andy Robinson wants everyone to read due out?",
        "bbc-sport-360",
        "March",
    ),
    _b15_c(
        "when",
        "At which year's Berlin Film Festival did Catalina Sandino Moreno share the best actress "
        "prize with Charlize Theron?",
        "bbc-entertainment-324",
        "2004",
    ),
    _b15_c(
        "when",
        "At what time did a burglar break into Ozzy Osbourne's home, where the singer chased him "
        "off?",
        "bbc-entertainment-141",
        "0400 GMT",
    ),
    _b15_c(
        "when",
        "At what time will BBC One show the 2004 TV Moments, in which Kelly Holmes' Olympic win "
        "came top?",
        "bbc-entertainment-189",
        "2000 GMT",
    ),
    _b15_c(
        "when",
        "When are the trials at Wollaton Park to pick the rest of the GB team for the World "
        "Cross Country Championships?",
        "bbc-sport-087",
        "5 March",
    ),
    _b15_c(
        "when",
        "In which month was Greg Rusedski cleared of a doping offence before climbing back into "
        "the top 50?",
        "bbc-sport-495",
        "March",
    ),
    # where
    _b15_c(
        "where",
        "Where was the Annie Awards ceremony at which The Incredibles beat Shrek 2 held?",
        "bbc-entertainment-332",
        "Alex Theater|Los Angeles",
    ),
    _b15_c(
        "where",
        "Where did Radio 1 DJs JK and Joel first meet before moving to Key 103?",
        "bbc-entertainment-284",
        "Viking Radio|Hull",
    ),
    _b15_c(
        "where",
        "Where was the previous world indoor 5,000m record that Tirunesh Dibaba broke in Boston "
        "set?",
        "bbc-sport-005",
        "Stuttgart",
    ),
    _b15_c(
        "where",
        "Where is the Uncle Toby's Hardcourts tournament at which Martina Navratilova partners "
        "Nathalie Dechy?",
        "bbc-sport-462",
        "Gold Coast",
    ),
    _b15_c(
        "where",
        "In which Indian state is the film Sins, about a priest's affair with a young woman, set?",
        "bbc-entertainment-085",
        "Kerala",
    ),
    _b15_c(
        "where",
        "In which village is Ozzy Osbourne's Buckinghamshire home, where he tackled a jewel thief?",
        "bbc-entertainment-141",
        "Chalfont St Peter",
    ),
    _b15_c(
        "where",
        "Where were the NRJ Music Awards held, at which Blue beat U2 to the international group "
        "prize?",
        "bbc-entertainment-243",
        "Cannes",
    ),
    _b15_c(
        "where",
        "In which city did Catalina Sandino Moreno act in amateur productions before Maria Full "
        "of Grace?",
        "bbc-entertainment-324",
        "Bogota",
    ),
    _b15_c(
        "where",
        "Where did Michael Johnson accuse British sprinters of lacking pride, at an elite "
        "coaches' conference?",
        "bbc-sport-037",
        "Birmingham",
    ),
    _b15_c(
        "where",
        "Outside which New York radio station's studios was a man shot while 50 Cent was on air?",
        "bbc-entertainment-282",
        "Hot 97",
    ),
    _b15_c(
        "where",
        "Where in London did Bob Marley play four days of indoor football in 1980?",
        "bbc-entertainment-120",
        "Fulham",
    ),
    _b15_c(
        "where",
        "Where was Martin Campbell, the Goldeneye director chosen for Casino Royale, born?",
        "bbc-entertainment-347",
        "New Zealand",
    ),
    _b15_c(
        "where",
        "Where did Manchester City win 3-2 as Robbie Fowler's brace took him past 150 "
        "Premiership goals?",
        "bbc-sport-176",
        "Norwich",
    ),
    # how many
    _b15_c(
        "how many",
        "About how many children voted for this year's Smarties Book Prize winners?",
        "bbc-entertainment-014",
        "6,000",
    ),
    _b15_c(
        "how many",
        "How much did National Treasure take in its third weekend at the top of the US box office?",
        "bbc-entertainment-083",
        "$17.1m|17.1m",
    ),
    _b15_c(
        "how many",
        "How much did Sandra Bullock give the American Red Cross for tsunami relief?",
        "bbc-entertainment-195",
        "$1m",
    ),
    _b15_c(
        "how many",
        "How much did Simon Fuller sell 19 Entertainment for?",
        "bbc-entertainment-319",
        "$156m|£81.5m",
    ),
    _b15_c(
        "how many",
        "How many copies a year was Marvel selling at the height of Stan Lee's success?",
        "bbc-entertainment-305",
        "50 million",
    ),
    _b15_c(
        "how many",
        "What share of the online votes did The Shawshank Redemption get in Five Live's poll of "
        "the best film never to win best picture?",
        "bbc-entertainment-368",
        "52%",
    ),
    _b15_c(
        "how many",
        "How much did Gerard Jugnot earn in 2004 to become France's best-paid actor?",
        "bbc-entertainment-045",
        "5.45m Euros|£3.77m",
    ),
    _b15_c(
        "how many",
        "How many Premiership goals has Robbie Fowler scored after overtaking Les Ferdinand?",
        "bbc-sport-176",
        "151",
    ),
    _b15_c(
        "how many",
        "How many years has Andy Farrell served Wigan, according to chairman Maurice Lindsay?",
        "bbc-sport-399",
        "12 years",
    ),
    _b15_c(
        "how many",
        "What was Sania Mirza's world ranking when she won the Hyderabad Open?",
        "bbc-sport-510",
        "134",
    ),
    _b15_c(
        "how many",
        "In what time did Kelly Holmes win the 1,000m at the Birmingham Indoor Grand Prix?",
        "bbc-sport-069",
        "two minutes, 35.39 seconds|35.39",
    ),
    _b15_c(
        "how many",
        "How many weeks after its release did Maroon 5's Songs About Jane climb to number seven "
        "in the album chart?",
        "bbc-entertainment-109",
        "47",
    ),
)
B15_NEAR_BBC_BUSINESS_POLITICS_TECH = (
    "Who is the chief executive of Maruti, the Suzuki-controlled carmaker that sells half of "
    "India's cars?",
    "Who is the chief executive of Danish brewer Carlsberg?",
    "Who is the chief executive of Bridgewell Securities, whose chief economist expected UK "
    "rates to stay on hold?",
    "Who founded the Save the Scottish Regiments campaign that is targeting Labour seats?",
    "Who is Georgia's finance minister, in charge of President Saakashvili's tax amnesty?",
    "In what year was SSL International formed from the merger of Seton Healthcare, Scholl and "
    "London International Group?",
    "When did the US pass the African Growth and Opportunity Act, which gave Lesotho's clothing "
    "exports duty-free access?",
    "When was the Global Alliance for Vaccines and Immunisation (Gavi) set up?",
    "When was the Interactive Media in Retail Group, which represents UK online retailers, "
    "founded?",
    "In what year was Cormac Murphy-O'Connor made a cardinal?",
    "Where is Saint Bernard Software, the security firm that studied Christmas shopping at work, "
    "based?",
    "In which Polish city is the Gameboyzz Orchestra Project based?",
    "Where is Peoplesoft's headquarters, where staff built a shrine to the company after Oracle "
    "took over?",
    "In which city is Hibernian Investment Managers headquartered?",
    "Where is StreamCast Networks, the company behind the Morpheus file-sharing software, based?",
    "How much did Eircom pay to get back into the Irish mobile phone market?",
    "How much did hotel tycoon Gordon Stewart pay for his majority stake in Air Jamaica?",
    "How many members does the First Division Association, the top civil servants' union led by "
    "Jonathan Baume, have?",
    "How much did BMW pay when it bought Rover?",
    "How much did it cost to fix the computer crash that left Department for Work and Pensions "
    "staff without e-mail?",
)
B15_NEAR_BBC_SPORT_ARTS = (
    "Who coaches European cross-country champion Hayley Yelling?",
    "Which team will Hearts meet in the Scottish Cup semi-finals after knocking out Livingston?",
    "Who is the president of the International Animated Film Society, which hands out the Annie "
    "awards?",
    "Which record label signed The Bravery after the bidding war over the New York band?",
    "Who will take over as Wigan captain if Andy Farrell switches to rugby union?",
    "When did Martina Navratilova win her first Wimbledon singles title?",
    "On what date does the fourth series of 24, criticised by the Muslim Council of Britain, "
    "start on Sky One?",
    "When is filming on the Bond film Casino Royale due to start?",
    "When was Ethiopian runner Tirunesh Dibaba born?",
    "When did Wes Butters start presenting Radio 1's chart show?",
    "Where was Stan Lee, the creator of Spider-Man, born?",
    "Where was Maria Full of Grace, starring Catalina Sandino Moreno, filmed?",
    "At which Broadway theatre will the Pajama Game revival with Harry Connick Jr be staged?",
    "Where was French actor Gerard Jugnot, star of The Chorus, born?",
    "Where did Ozzy and Sharon Osbourne renew their wedding vows?",
    "How many copies has Paul Stewart and Chris Riddell's Fergus Crane sold?",
    "How much did Robert Sillerman pay for his 85% share of Elvis Presley's estate?",
    "How much prize money did Kelly Holmes earn for winning the 1,000m at the Birmingham Indoor "
    "Grand Prix?",
    "How much prize money did Sania Mirza take home for winning the Hyderabad Open?",
    "How much did The Incredibles cost to make?",
)


# -- Written sixteenth: a sixteenth batch, written blind in the round of 2026-12-04 (the
# third session) by a writer who never saw how /news ask answers, over BBC articles no
# earlier batch used; its near misses ask for facts no article of the corpus states.
# Measured once when added, on the code of the last stop.

_b16_c = partial(_c, batch=16)
B16_BBC_BUSINESS_POLITICS_TECH = (
    # who
    _b16_c(
        "who",
        "Which Fathers 4 Justice campaigner called Lord Falconer's child contact plans a cynical "
        "recycling of existing law?",
        "bbc-politics-390",
        "John Ison",
    ),
    _b16_c(
        "who",
        "Which Microsoft licence compliance manager urged people to check whether their copy of "
        "Windows XP was genuine?",
        "bbc-tech-194",
        "Alex Hilton",
    ),
    _b16_c(
        "who",
        "Which Ask Jeeves spokesman said the Pew report on search habits matched the firm's own "
        "research?",
        "bbc-tech-081",
        "Tony Macklin|Macklin",
    ),
    _b16_c(
        "who",
        "Which Barclays Capital energy analyst said oil prices were settling into a $40 to $50 "
        "range?",
        "bbc-business-028",
        "Orin Middleton",
    ),
    _b16_c(
        "who",
        "Which Labour MP drew up an alternative plan to merge just two Scottish regiments and "
        "keep the others?",
        "bbc-politics-245",
        "Eric Joyce",
    ),
    _b16_c(
        "who",
        "Which former Labour leader told Radio Five Live that Gordon Brown would never encourage "
        "a coup against Blair?",
        "bbc-politics-256",
        "Neil Kinnock|Kinnock",
    ),
    _b16_c(
        "who",
        "Whose defection to Labour did Charles Kennedy cite as proof there was little to choose "
        "between Labour and the Tories?",
        "bbc-politics-272",
        "Robert Jackson",
    ),
    _b16_c(
        "who",
        "Who is the South Korean central bank governor who said the worst for the economy seemed "
        "to have passed?",
        "bbc-business-072",
        "Park Seung",
    ),
    _b16_c(
        "who",
        "Which former Tory leader tabled an amendment to the Mental Capacity Bill to stop "
        "decisions that would bring about death?",
        "bbc-politics-068",
        "Iain Duncan Smith",
    ),
    _b16_c(
        "who",
        "Which Tory leader dismissed Gordon Brown's pre-election Budget as a vote now, pay later "
        "trick?",
        "bbc-politics-362",
        "Michael Howard|Mr Howard",
    ),
    _b16_c(
        "who",
        "Which Macworld news editor called the Mac mini the bravest move Apple had made yet?",
        "bbc-tech-300",
        "Jonny Evans",
    ),
    _b16_c(
        "who",
        "Which Lord Chief Justice told MPs he wanted a veto over judges being picked to chair "
        "public inquiries?",
        "bbc-politics-211",
        "Lord Woolf|Woolf",
    ),
    _b16_c(
        "who",
        "Which German finance minister said the Commission's deficit truce showed Berlin was on "
        "the right track?",
        "bbc-business-413",
        "Hans Eichel",
    ),
    _b16_c(
        "who",
        "Which British Retail Consortium director general said not even pay-day or longer "
        "discounts could tempt January shoppers?",
        "bbc-business-225",
        "Kevin Hawkins",
    ),
    # when
    _b16_c(
        "when",
        "Before the letters to the two freed Guantanamo men, when had the Royal Prerogative last "
        "been used to withhold a passport?",
        "bbc-politics-065",
        "1976",
    ),
    _b16_c(
        "when",
        "In what year did the original Half-Life, where scientist Gordon Freeman first appeared, "
        "come out?",
        "bbc-tech-154",
        "1998",
    ),
    _b16_c(
        "when",
        "When is Multiplex due to finish building the new Wembley stadium?",
        "bbc-business-062",
        "January",
    ),
    _b16_c(
        "when",
        "At what time did Tony Blair say he went to bed on US election night, thinking John Kerry "
        "might have won?",
        "bbc-politics-126",
        "2230GMT",
    ),
    _b16_c(
        "when",
        "On what date was Lycos's anti-spam screensaver due to be launched across Europe?",
        "bbc-tech-189",
        "1 December",
    ),
    _b16_c(
        "when",
        "On what date did George W Bush's re-election website start using Akamai's services?",
        "bbc-tech-101",
        "21 October",
    ),
    _b16_c(
        "when",
        "Between which years are the 70 Boeing 737-800s in Ryanair's new order due to be "
        "delivered?",
        "bbc-business-047",
        "2008 and 2012",
    ),
    _b16_c(
        "when",
        "Before Labour's Elizabeth Blackman won Erewash in 1997, since what year had the Tories "
        "held the seat?",
        "bbc-politics-333",
        "1970",
    ),
    _b16_c(
        "when",
        "In what year did Frank Allan Bruvik set up napster.no as a school project?",
        "bbc-tech-092",
        "2001",
    ),
    _b16_c(
        "when",
        "By when does Deloitte expect UK interest rates to have fallen to 3.5%?",
        "bbc-business-459",
        "end of 2006",
    ),
    # where
    _b16_c(
        "where",
        "In which city was the sham marriage network based whose 25 members were jailed in "
        "January?",
        "bbc-politics-215",
        "Leicester",
    ),
    _b16_c(
        "where",
        "In which Norwegian town was Frank Allan Bruvik studying computer engineering when he "
        "launched napster.no?",
        "bbc-tech-092",
        "Lillehammer",
    ),
    _b16_c(
        "where",
        "Which cities have said they want to be among the 50 new areas getting extra help against "
        "anti-social behaviour?",
        "bbc-politics-092",
        "Exeter|Cardiff",
    ),
    _b16_c(
        "where",
        "Which part of London does freed Guantanamo detainee Feroz Abbasi come from?",
        "bbc-politics-065",
        "Croydon",
    ),
    _b16_c(
        "where",
        "Which Derbyshire constituency will Robert Kilroy-Silk contest for Veritas at the general "
        "election?",
        "bbc-politics-333",
        "Erewash",
    ),
    _b16_c(
        "where",
        "In which city did militant attacks briefly revive fears over Saudi Arabia's oil supplies?",
        "bbc-business-381",
        "Riyadh",
    ),
    _b16_c(
        "where",
        "In which area of Darlington did Royal Mail fail to deliver ballot papers for the North "
        "East assembly referendum?",
        "bbc-politics-061",
        "Mowden",
    ),
    _b16_c(
        "where",
        "In which country was Lycos Europe's anti-spam screensaver trialled before its wider "
        "launch?",
        "bbc-tech-189",
        "Sweden",
    ),
    _b16_c(
        "where",
        "Where is Rockstar, the developer behind GTA San Andreas, based?",
        "bbc-tech-178",
        "Edinburgh",
    ),
    _b16_c(
        "where",
        "At which Cumbrian site is the foreign intermediate-level nuclear waste now kept?",
        "bbc-politics-146",
        "Sellafield",
    ),
    _b16_c(
        "where",
        "In which country did Sony try out the PSX, its PlayStation-based living room machine?",
        "bbc-tech-319",
        "Japan",
    ),
    _b16_c(
        "where",
        "In which town did Charles Kennedy unveil the Lib Dems' 'real alternative' election "
        "slogan?",
        "bbc-politics-417",
        "Harrogate",
    ),
    _b16_c(
        "where",
        "Where did Michael Howard give the speech to the Conservative National Women's Committee "
        "in which he backed stem cell research?",
        "bbc-politics-086",
        "Westminster",
    ),
    # how many
    _b16_c(
        "how many",
        "How many people are thought to have downloaded Lycos Europe's Make Love, Not Spam "
        "screensaver before it was dropped?",
        "bbc-tech-214",
        "100,000",
    ),
    _b16_c(
        "how many",
        "How much will the Home Office's certificate of marriage approval cost foreign nationals "
        "who want to marry in the UK?",
        "bbc-politics-215",
        "£135",
    ),
    _b16_c(
        "how many",
        "How many Labour rebels backed the cross-party amendment to the Prevention of Terrorism "
        "Bill?",
        "bbc-politics-072",
        "62",
    ),
    _b16_c(
        "how many",
        "What is the Chinese government's official growth target, with the economy actually "
        "growing at 9.1%?",
        "bbc-business-016",
        "7%",
    ),
    _b16_c(
        "how many",
        "How many failed asylum seekers did David Davis say the government had failed to remove "
        "from the UK?",
        "bbc-politics-153",
        "250,000",
    ),
    _b16_c(
        "how many",
        "By how much were Nordstrom's December same-store sales up on a year earlier?",
        "bbc-business-406",
        "9.3%",
    ),
    _b16_c(
        "how many",
        "How much had the Disasters Emergency Committee's website raised in tsunami donations so "
        "far?",
        "bbc-tech-097",
        "£8 million",
    ),
    _b16_c(
        "how many",
        "To how much a year have employers' contributions to final salary pension schemes risen, "
        "according to Incomes Data Services?",
        "bbc-business-238",
        "£8.2bn",
    ),
    _b16_c(
        "how many",
        "According to PC Pro's tests, how much would Snappy Snaps charge for an 8x10in print?",
        "bbc-tech-243",
        "£9.99",
    ),
    _b16_c(
        "how many",
        "How many recommendations did the all-party betting and gaming group make to protect "
        "punters and the integrity of sports betting?",
        "bbc-politics-240",
        "15",
    ),
    _b16_c(
        "how many",
        "What operating profit did Ericsson make in the three months to 31 December?",
        "bbc-business-118",
        "9.5bn kronor",
    ),
    _b16_c(
        "how many",
        "How many banks has Parmalat's administrator Enrico Bondi now sued?",
        "bbc-business-017",
        "49",
    ),
    _b16_c(
        "how many",
        "How many search enquiries were typed into the BBC's online search engine in 2004?",
        "bbc-tech-232",
        "277 million",
    ),
)
B16_BBC_SPORT_ARTS = (
    # who
    _b16_c(
        "who",
        "Which Blackburn assistant manager said Matt Jansen's knee cartilage operation was a tiny "
        "piece of work?",
        "bbc-sport-213",
        "Mark Bowen|Bowen",
    ),
    _b16_c(
        "who",
        "Which former Ground Force presenter fronts the BBC series British Isles, now out on DVD?",
        "bbc-entertainment-055",
        "Alan Titchmarsh|Titchmarsh",
    ),
    _b16_c(
        "who",
        "Which unseeded German knocked Australian Open champion Marat Safin out in the first "
        "round in Dubai?",
        "bbc-sport-422",
        "Nicolas Kiefer|Kiefer",
    ),
    _b16_c(
        "who",
        "Which fly-half does Philippe Sella want Bernard Laporte to bring back for France's game "
        "against Ireland?",
        "bbc-sport-327",
        "Frederic Michalak|Michalak",
    ),
    _b16_c(
        "who",
        "Which Middlesbrough winger did Steve McClaren say Sven-Goran Eriksson would have to pick "
        "after the 3-2 win over Manchester City?",
        "bbc-sport-229",
        "Stewart Downing",
    ),
    _b16_c(
        "who",
        "Whom did Roger Federer beat in the final to win the Dubai Championship?",
        "bbc-sport-433",
        "Ivan Ljubicic|Ljubicic",
    ),
    _b16_c(
        "who",
        "Which Chelsea defender did Everton striker James Beattie headbutt, earning a red card?",
        "bbc-sport-097",
        "William Gallas|Gallas",
    ),
    _b16_c(
        "who",
        "Who does Sven-Goran Eriksson plan to pair with Jamie Carragher in central defence "
        "against the Netherlands?",
        "bbc-sport-113",
        "Wes Brown",
    ),
    _b16_c(
        "who",
        "Which Dragons captain said Wales' international players would benefit from a game for "
        "the region?",
        "bbc-sport-316",
        "Jason Forster|Forster",
    ),
    _b16_c(
        "who",
        "Which editor of British Hit Singles and Albums unveiled the formula for the perfect "
        "Christmas single?",
        "bbc-entertainment-136",
        "David Roberts",
    ),
    _b16_c(
        "who",
        "Which ATP vice president agreed with Greg Rusedski that the contamination-free "
        "supplements should have come sooner?",
        "bbc-sport-461",
        "David Higdon|Higdon",
    ),
    # when
    _b16_c(
        "when",
        "On what date did Jonny Wilkinson injure his bicep before his comeback against Edinburgh?",
        "bbc-sport-388",
        "17 October",
    ),
    _b16_c(
        "when",
        "On what date is England's first autumn Test, against Canada, under new captain Jonny "
        "Wilkinson?",
        "bbc-sport-373",
        "13 November",
    ),
    _b16_c(
        "when",
        "In what year did Mira Nair make her debut feature, Salaam Bombay!?",
        "bbc-entertainment-061",
        "1988",
    ),
    _b16_c(
        "when",
        "Duran Duran's album Astronaut is the first from their original line-up since which year?",
        "bbc-entertainment-208",
        "1983",
    ),
    _b16_c(
        "when",
        "On what date did Glasgow forward Euan Murray's ban for stamping come to an end?",
        "bbc-sport-295",
        "2 February",
    ),
    _b16_c(
        "when",
        "When is Ron Howard's film of The Da Vinci Code, starring Tom Hanks, due to be released?",
        "bbc-entertainment-098",
        "May 2006",
    ),
    _b16_c(
        "when",
        "On what date does the Australian Open that Kim Clijsters may miss get under way?",
        "bbc-sport-479",
        "17 January",
    ),
    _b16_c(
        "when",
        "In what year did Brookside, in which Anna Keaveney played Marie Jackson, start on "
        "Channel 4?",
        "bbc-entertainment-198",
        "1982",
    ),
    _b16_c(
        "when",
        "In what year did Roni Size's album New Forms win the Mercury Music Prize?",
        "bbc-entertainment-237",
        "1997",
    ),
    _b16_c(
        "when",
        "On what date are the Independent Spirit Awards, where Sideways has six nominations, "
        "being held?",
        "bbc-entertainment-040",
        "26 February",
    ),
    _b16_c(
        "when",
        "In which month was Oxfam's Make Fair Trade gig at the Hammersmith Apollo that made "
        "Virgin Radio's top 10?",
        "bbc-entertainment-128",
        "October",
    ),
    _b16_c(
        "when",
        "On what date can fans watch the Rugby Aid teams train for free at Twickenham?",
        "bbc-sport-331",
        "4 March",
    ),
    _b16_c(
        "when",
        "When does Oscars voting close, according to the report on Jamie Foxx and Hilary Swank's "
        "Screen Actors Guild wins?",
        "bbc-entertainment-051",
        "22 February",
    ),
    _b16_c(
        "when",
        "When were Johnny Vaughan and Denise Van Outen signed up to host Passport to Paradise?",
        "bbc-entertainment-186",
        "July",
    ),
    _b16_c(
        "when",
        "In which minute did Kieron Dyer score Newcastle's winner against Bolton?",
        "bbc-sport-105",
        "69th minute|69",
    ),
    # where
    _b16_c(
        "where",
        "At which ground did Ulster hold on to beat Borders 20-19 in the Celtic League?",
        "bbc-sport-384",
        "Netherdale",
    ),
    _b16_c(
        "where",
        "In which city did Jason Gardener win the 60m despite an upset stomach?",
        "bbc-sport-009",
        "Leipzig",
    ),
    _b16_c(
        "where",
        "Where did Ireland win the weekend before their Six Nations game against Scotland?",
        "bbc-sport-417",
        "Rome",
    ),
    _b16_c(
        "where",
        "At which film festival did Mira Nair's Monsoon Wedding win the Golden Lion?",
        "bbc-entertainment-061",
        "Venice",
    ),
    _b16_c(
        "where",
        "To which country is India deporting Bollywood actress Negar Khan?",
        "bbc-entertainment-349",
        "Norway",
    ),
    _b16_c(
        "where",
        "Where is the IRB Rugby Aid match for the tsunami appeal being played?",
        "bbc-sport-331",
        "Twickenham",
    ),
    _b16_c(
        "where",
        "Which county does Joss Stone, winner of the Brit for best British urban act, come from?",
        "bbc-entertainment-256",
        "Devon",
    ),
    _b16_c(
        "where",
        "Where were Charlene Ellis and Letisha Shakespeare shot in the 2003 killing that haunted "
        "Beverley Knight?",
        "bbc-entertainment-237",
        "Aston|Birmingham",
    ),
    _b16_c(
        "where",
        "At which festival did Scissor Sisters play the show Virgin Radio listeners voted gig of "
        "the year?",
        "bbc-entertainment-128",
        "V Festival",
    ),
    _b16_c(
        "where",
        "Outside which theatre were plastic tents put up to keep rain off the Oscars red carpet?",
        "bbc-entertainment-367",
        "Kodak Theatre",
    ),
    _b16_c(
        "where",
        "Where do Larne, the club Robbie Weir is set to leave for Sunderland, play their home "
        "games?",
        "bbc-sport-130",
        "Inver Park",
    ),
    _b16_c(
        "where",
        "At which ground did Ulster play Gloucester in the Heineken Cup match Andy Robinson cited "
        "over the disallowed Cueto try?",
        "bbc-sport-404",
        "Ravenhill",
    ),
    # how many
    _b16_c(
        "how many",
        "After how many games in charge did Jacques Santini quit as Tottenham coach?",
        "bbc-sport-207",
        "13",
    ),
    _b16_c(
        "how many",
        "How many spectators saw Hereford beat Doncaster on penalties after a 1-1 draw?",
        "bbc-sport-225",
        "1,375",
    ),
    _b16_c(
        "how many",
        "By what score did England thrash Ireland in Dublin two years ago, in the game Paul "
        "O'Connell came on as a replacement?",
        "bbc-sport-409",
        "42-6",
    ),
    _b16_c(
        "how many",
        "How many international points had Jonny Wilkinson scored when he was named England "
        "captain?",
        "bbc-sport-373",
        "817",
    ),
    _b16_c(
        "how many",
        "How much did Diary of a Mad Black Woman take in its first three days in North American "
        "cinemas?",
        "bbc-entertainment-312",
        "$22.7m",
    ),
    _b16_c(
        "how many",
        "How many John Wayne films are in the DVD collection reviewed alongside Spider-Man 2?",
        "bbc-entertainment-077",
        "34",
    ),
    _b16_c(
        "how many",
        "How many places did Il Divo's debut album climb in the week Doves went to number one?",
        "bbc-entertainment-126",
        "23",
    ),
    _b16_c(
        "how many",
        "How many of their Six Nations matches this year had England lost after the 19-13 defeat "
        "by Ireland?",
        "bbc-sport-406",
        "three",
    ),
    _b16_c(
        "how many",
        "To how many matches did Roger Federer extend his career-best winning streak at the "
        "Australian Open?",
        "bbc-sport-480",
        "24",
    ),
    _b16_c(
        "how many",
        "How much did Meet the Fockers take in its third week at the top of the US box office?",
        "bbc-entertainment-297",
        "$28.5m",
    ),
    _b16_c(
        "how many",
        "With how many able-bodied players did Chelsea end their FA Cup defeat at Newcastle?",
        "bbc-sport-111",
        "seven",
    ),
    _b16_c(
        "how many",
        "How many days after the Athens marathon will Paula Radcliffe run in New York?",
        "bbc-sport-040",
        "77",
    ),
)
B16_NEAR_BBC_BUSINESS_POLITICS_TECH = (
    "Who is the chief executive of Multiplex, the Australian firm rebuilding Wembley stadium?",
    "Who is the chief executive of the Disasters Emergency Committee, which took tsunami "
    "donations online?",
    "Who is the chief executive of British Nuclear Fuels, which was meant to send foreign nuclear "
    "waste home?",
    "Who founded Snappy Snaps, the High Street chain whose prints PC Pro compared with home "
    "printing?",
    "Who is the chief executive of Nordstrom, the upscale store that did well over Christmas?",
    "When did Norway's Court of Appeal clear Frank Allan Bruvik over his napster.no site?",
    "When did Park Seung become governor of South Korea's central bank?",
    "When is the Mental Capacity Bill, which would give legal force to living wills, expected to "
    "become law?",
    "In what year was the Parliamentary Group on Betting and Gaming set up?",
    "When did David Bonderman become chairman of Ryanair?",
    "Where is Akamai, the company George W Bush's re-election website used to deliver its pages, "
    "based?",
    "Where is Valve, the developer of Half-Life 2, based?",
    "Which constituency does Labour MP Eric Joyce, author of an alternative plan for the Scottish "
    "regiments, represent?",
    "Where are Incomes Data Services, which surveyed 280 final salary pension schemes, based?",
    "Where is Netcraft, the net monitoring firm that spotted the Bush website block, based?",
    "How many copies of Half-Life 2 has Valve sold?",
    "How many spam websites were on the target list of Lycos Europe's Make Love, Not Spam "
    "screensaver?",
    "How many counterfeit copies of Windows XP did Microsoft replace under its UK pilot scheme?",
    "How much does the Epson R800 photo printer tested by PC Pro cost to buy?",
    "How many people attended the Liberal Democrats' spring conference in Harrogate?",
)
B16_NEAR_BBC_SPORT_ARTS = (
    "Who manages Doncaster Rovers, the side Hereford knocked out on penalties?",
    "Who is the lawyer acting for Bollywood actress Negar Khan over her deportation from India?",
    "Who directed the comedy Diary of a Mad Black Woman?",
    "Who is the spokesman who said Kim Clijsters had simply delayed her Australian Open entry?",
    "Which player did Glasgow forward Euan Murray stamp on to earn his eight-week ban?",
    "When will the funeral of Brookside actress Anna Keaveney take place?",
    "When did Mark Bowen become Blackburn's assistant manager?",
    "On what date does Duran Duran's US tour begin?",
    "In what year were Manchester band Doves formed?",
    "When did Robbie Weir first join Larne?",
    "In which city is the mansion where Diary of a Mad Black Woman was filmed?",
    "Where did Duran Duran record the studio performance for their VH1 special?",
    "Where are Moped, the chart prank group behind Gonna Have a No 1 This Christmas, from?",
    "At which hospital did Matt Jansen have his knee cartilage operation?",
    "In which hospital did Brookside actress Anna Keaveney die?",
    "How much are Sunderland paying Larne for teenage midfielder Robbie Weir?",
    "How much did the IRB Rugby Aid match at Twickenham raise for tsunami victims?",
    "How much does the 34-film John Wayne DVD collection cost?",
    "How many votes did Scissor Sisters get in Virgin Radio's gig of the year poll?",
    "How many episodes of Passport to Paradise did the BBC broadcast?",
)


# -- Written seventeenth: a seventeenth batch, written blind in the round of 2026-12-04 (the
# fourth session) by a writer who never saw how /news ask answers, over BBC articles no
# earlier batch used; its near misses ask for facts no article of the corpus states.
# Measured once when added, on the code of the last stop.

_b17_c = partial(_c, batch=17)
B17_BBC_BUSINESS_POLITICS_TECH = (
    # who
    _b17_c(
        "who",
        "Which Indian communications minister said the telecoms sector needed at least $20bn of "
        "new investment?",
        "bbc-business-019",
        "Dayanidhi Maran|Mr Maran",
    ),
    _b17_c(
        "who",
        "Which deputy director of the Council of Mortgage Lenders said January's figures showed "
        "the housing slowdown beyond doubt?",
        "bbc-business-194",
        "Peter Williams",
    ),
    _b17_c(
        "who",
        "Which DBS Vickers analyst said other parties could still make a counter bid for Sina "
        "after Shanda bought its stake?",
        "bbc-business-208",
        "Wallace Cheung|Mr Cheung",
    ),
    _b17_c(
        "who",
        "Which spokesman for the campaign group Liberty said more lawyers might quit the panel "
        "that represents terror suspects?",
        "bbc-politics-160",
        "Barry Hugill",
    ),
    _b17_c(
        "who",
        "Which Scottish justice minister abandoned plans to merge the prison service into a "
        "single correctional agency?",
        "bbc-politics-204",
        "Cathy Jamieson|Ms Jamieson",
    ),
    _b17_c(
        "who",
        "Which Medical Research Council professor warned that Ruth Kelly's views mattered "
        "because she is responsible for training future scientists?",
        "bbc-politics-244",
        "Nancy Rothwell|Professor Rothwell",
    ),
    _b17_c(
        "who",
        "Which former Home Office minister declared a £100,000 advance for her third and fourth "
        "novels in the register of members' interests?",
        "bbc-politics-320",
        "Ann Widdecombe",
    ),
    _b17_c(
        "who",
        "Which Jewish Chronicle editor blamed 'cock-up not conspiracy' for Labour's poster of "
        "Michael Howard as a hypnotist?",
        "bbc-politics-331",
        "Ned Temko|Mr Temko",
    ),
    _b17_c(
        "who",
        "Which former union leader accused Labour and the Tories of a bidding war over who could "
        "be nastiest to asylum seekers?",
        "bbc-politics-334",
        "Sir Bill Morris",
    ),
    _b17_c(
        "who",
        "Who created Jeremiah, the virtual face shown at the Science Museum's Future Face "
        "exhibition?",
        "bbc-tech-143",
        "Richard Bowden|Dr Bowden",
    ),
    _b17_c(
        "who",
        "Who is the new chair of the Internet Engineering Task Force, the body overseeing the "
        "move to IPv6?",
        "bbc-tech-366",
        "Brian Carpenter|Dr Carpenter",
    ),
    _b17_c(
        "who",
        "Which anti-virus expert warned that the public's appetite for gossip about the Beckhams "
        "could lead to computer infections?",
        "bbc-tech-385",
        "Graham Cluley",
    ),
    # when
    _b17_c(
        "when",
        "The CIPS employment index for UK manufacturing fell to its lowest level since when?",
        "bbc-business-086",
        "June 2003",
    ),
    _b17_c(
        "when",
        "In what year did Fiat and General Motors form the alliance that GM has now paid 1.55bn "
        "euros to get out of?",
        "bbc-business-160",
        "2000",
    ),
    _b17_c(
        "when",
        "In what year did Jet Airways, India's biggest airline, launch operations?",
        "bbc-business-169",
        "1993",
    ),
    _b17_c(
        "when",
        "Singapore's 8.1% economic growth in 2004 was its best performance since which year?",
        "bbc-business-256",
        "2000",
    ),
    _b17_c(
        "when",
        "When were Vivendi Universal and its former boss Jean-Marie Messier each fined 1m euros "
        "by the French market regulator?",
        "bbc-business-475",
        "December",
    ),
    _b17_c(
        "when",
        "Until what year does Datamonitor expect British children to stay at the top of Europe's "
        "youth income table?",
        "bbc-business-484",
        "2008",
    ),
    _b17_c(
        "when",
        "On what date did Citigroup traders sell 11bn euros of government bonds within a few "
        "minutes?",
        "bbc-business-489",
        "2 August",
    ),
    _b17_c(
        "when",
        "In what year was Lib Dem leader Charles Kennedy first elected to Parliament?",
        "bbc-politics-223",
        "1983",
    ),
    _b17_c(
        "when",
        "In what year was the age of majority lowered to 18 while the minimum age for MPs stayed "
        "at 21?",
        "bbc-politics-345",
        "1969",
    ),
    _b17_c(
        "when",
        "In what year is the PlayStation 2 game GTA: San Andreas set?",
        "bbc-tech-135",
        "1992",
    ),
    _b17_c(
        "when",
        "On what date was version 1.0 of the Firefox web browser released?",
        "bbc-tech-196",
        "9 November",
    ),
    _b17_c(
        "when",
        "When did the first member of the Bofra family of Windows worms appear?",
        "bbc-tech-210",
        "10 November",
    ),
    _b17_c(
        "when",
        "By what year does Toshiba expect sales of HD-DVDs to reach 300bn yen?",
        "bbc-tech-219",
        "2010",
    ),
    _b17_c(
        "when",
        "When was Nokia's N-Gage game phone launched?",
        "bbc-tech-311",
        "late 2003",
    ),
    # where
    _b17_c(
        "where",
        "In which country did the central bank's plan to shift reserves into Australian and "
        "Canadian dollars spark a fall in the US dollar?",
        "bbc-business-180",
        "South Korea",
    ),
    _b17_c(
        "where",
        "In which Indian state is the N-C extension area where Cairn Energy's drilling tests "
        "disappointed investors?",
        "bbc-business-307",
        "Rajasthan",
    ),
    _b17_c(
        "where",
        "In which city was the Monsanto subsidiary where the firm discovered irregularities in "
        "2001?",
        "bbc-business-400",
        "Jakarta",
    ),
    _b17_c(
        "where",
        "Which constituency does William Hague hope to keep representing now that he has given "
        "up his ambition to be prime minister?",
        "bbc-politics-083",
        "Richmond, North Yorks|Richmond",
    ),
    _b17_c(
        "where",
        "In which city did David Blunkett meet EU interior ministers to discuss streamlining "
        "decisions on immigration?",
        "bbc-politics-193",
        "Luxembourg",
    ),
    _b17_c(
        "where",
        "Where did Charles Kennedy launch the Liberal Democrats' campaign to win students' votes?",
        "bbc-politics-213",
        "London School of Economics",
    ),
    _b17_c(
        "where",
        "In which country's largest slum did schoolgirls perform a chant for free education in "
        "front of Gordon Brown?",
        "bbc-politics-274",
        "Kenya",
    ),
    _b17_c(
        "where",
        "In which city was George W Bush sworn in for his second term as US president?",
        "bbc-politics-280",
        "Washington DC",
    ),
    _b17_c(
        "where",
        "In which town did Liam Fox open the Conservative Party's spring conference?",
        "bbc-politics-374",
        "Brighton",
    ),
    _b17_c(
        "where",
        "In which London prison are most of the foreign terror suspects detained without trial "
        "being held?",
        "bbc-politics-384",
        "Belmarsh",
    ),
    _b17_c(
        "where",
        "In which city was the World Summit on the Information Society meeting when it agreed to "
        "create a Digital Solidarity Fund?",
        "bbc-tech-033",
        "Geneva",
    ),
    _b17_c(
        "where",
        "Where have BT's two new schemes against rogue dialler scams been undergoing trials?",
        "bbc-tech-397",
        "Ireland",
    ),
    # how many
    _b17_c(
        "how many",
        "How many teams around the world does sportswear firm Umbro supply?",
        "bbc-business-040",
        "150",
    ),
    _b17_c(
        "how many",
        "How many short and medium-distance flights did Lufthansa cancel because of George W "
        "Bush's arrival in Frankfurt?",
        "bbc-business-064",
        "77",
    ),
    _b17_c(
        "how many",
        "How many vehicles did DaimlerChrysler sell worldwide in 2004?",
        "bbc-business-117",
        "4.7 million",
    ),
    _b17_c(
        "how many",
        "How many with-profits policyholders is Standard Life estimated to have?",
        "bbc-business-206",
        "2.4 million",
    ),
    _b17_c(
        "how many",
        "How many working people are not saving enough for retirement, according to the Pensions "
        "Commission's initial report?",
        "bbc-business-255",
        "12 million",
    ),
    _b17_c(
        "how many",
        "How many recommendations did the environment select committee make about the draft "
        "animal welfare bill?",
        "bbc-politics-048",
        "101",
    ),
    _b17_c(
        "how many",
        "How many visa applications a year is each UK entry clearance officer expected to process?",
        "bbc-politics-071",
        "8,000",
    ),
    _b17_c(
        "how many",
        "To how many constituencies will the pensioners' election manifesto be sent?",
        "bbc-politics-250",
        "659",
    ),
    _b17_c(
        "how many",
        "How many independent games developers are left in the UK, according to the head of Tiga?",
        "bbc-tech-082",
        "150",
    ),
    _b17_c(
        "how many",
        "How many households have Sky set-top boxes, according to the report on TV loyalty cards?",
        "bbc-tech-124",
        "7.4 million",
    ),
    _b17_c(
        "how many",
        "How many levels does the 2D shoot-em-up Metal Slug 3 have?",
        "bbc-tech-169",
        "five",
    ),
    _b17_c(
        "how many",
        "How many complaints about rogue-dialling internet scams has the regulator Icstis "
        "received in recent months?",
        "bbc-tech-188",
        "45,000",
    ),
    _b17_c(
        "how many",
        "How many search warrants were executed around the world in Operation Buccaneer against "
        "the Drink Or Die network?",
        "bbc-tech-354",
        "Seventy",
    ),
)
B17_BBC_SPORT_ARTS = (
    # who
    _b17_c(
        "who",
        "Who received the lifetime achievement award at the South Bank Show Awards won for the "
        "first time by a soap?",
        "bbc-entertainment-215",
        "Paul Abbott",
    ),
    _b17_c(
        "who",
        "Who founded Percept Films, the Indian company making a diamond-robbery film with "
        "Michael Douglas?",
        "bbc-entertainment-330",
        "Shailendra Singh|Mr Singh",
    ),
    _b17_c(
        "who",
        "Who directed Because of Winn-Dixie, the family comedy that came third at the North "
        "American box office behind Hitch?",
        "bbc-entertainment-364",
        "Wayne Wang",
    ),
    _b17_c(
        "who",
        "Which player scored Bayer Leverkusen's last-minute goal in their 3-1 defeat by "
        "Liverpool at Anfield?",
        "bbc-sport-155",
        "Franca",
    ),
    _b17_c(
        "who",
        "Who is the Bayern Munich coach who said he was far from happy despite his side's 3-1 "
        "win over Arsenal?",
        "bbc-sport-157",
        "Felix Magath",
    ),
    _b17_c(
        "who",
        "Who is the agent who said Juninho wanted talks with Martin O'Neill about his future at "
        "Celtic?",
        "bbc-sport-195",
        "Brian Hassell|Hassel|Hassall",
    ),
    _b17_c(
        "who",
        "Which injured Manchester United player was replaced by Roy Keane during the 1-0 win at "
        "Aston Villa?",
        "bbc-sport-282",
        "John O'Shea",
    ),
    _b17_c(
        "who",
        "Which Sale player, besides Josh Lewsey, had a try disallowed in England's Six Nations "
        "defeat by Ireland?",
        "bbc-sport-288",
        "Mark Cueto|Cueto",
    ),
    _b17_c(
        "who",
        "Who is the Italy rugby team manager who said his side were going to Scotland for their "
        "first away win?",
        "bbc-sport-350",
        "Marco Bollesan",
    ),
    _b17_c(
        "who",
        "Which former Wales and Lions prop coaches uncapped prop John Yapp at the Blues?",
        "bbc-sport-359",
        "Dai Young",
    ),
    _b17_c(
        "who",
        "Who is the All England Club chairman whose alleged remark about prize money angered "
        "Lindsay Davenport?",
        "bbc-sport-438",
        "Tim Phillips",
    ),
    _b17_c(
        "who",
        "Which Chilean Olympic gold medallist did Andre Agassi beat at the Kooyong Classic?",
        "bbc-sport-468",
        "Nicolas Massu",
    ),
    _b17_c(
        "who",
        "Which Belgian sports minister refused to apologise for his doping claims against "
        "Svetlana Kuznetsova?",
        "bbc-sport-502",
        "Claude Eerdekens",
    ),
    # when
    _b17_c(
        "when",
        "Since what date had the works in the Royal Academy's Secrets postcard sale been on view?",
        "bbc-entertainment-011",
        "19 November",
    ),
    _b17_c(
        "when",
        "In what year did the US box office set the all-time ticket sales record that 2004 was "
        "expected to beat?",
        "bbc-entertainment-066",
        "2002",
    ),
    _b17_c(
        "when",
        "On what date did singer Brian Harvey quit I'm A Celebrity after a row with Janet "
        "Street-Porter?",
        "bbc-entertainment-200",
        "26 November",
    ),
    _b17_c(
        "when",
        "In what year was Ray Charles arrested as a result of his heroin addiction?",
        "bbc-entertainment-263",
        "1965",
    ),
    _b17_c(
        "when",
        "In what year did the German music market reach its peak, according to the report on the "
        "industry's 'zombie' state?",
        "bbc-entertainment-271",
        "1997",
    ),
    _b17_c(
        "when",
        "On what date is the 2005 London Marathon in which Paula Radcliffe will go for a third "
        "title?",
        "bbc-sport-065",
        "17 April",
    ),
    _b17_c(
        "when",
        "On which day of the week were Arsenal due to play at Newcastle, who were 14th in the "
        "Premiership?",
        "bbc-sport-281",
        "Wednesday",
    ),
    _b17_c(
        "when",
        "On what date do England play Six Nations leaders Ireland in Dublin, after Phil Vickery "
        "broke his forearm?",
        "bbc-sport-285",
        "27 February",
    ),
    _b17_c(
        "when",
        "Before Gavin Henson's winning kick, when had Wales last beaten England in Cardiff?",
        "bbc-sport-303",
        "1993",
    ),
    _b17_c(
        "when",
        "When is referee Jonathan Kaplan due to take charge of Scotland's Six Nations match "
        "against Wales?",
        "bbc-sport-343",
        "13 March",
    ),
    _b17_c(
        "when",
        "On what date do France play Wales at the Stade de France in the 2005 Six Nations?",
        "bbc-sport-412",
        "26 February",
    ),
    # where
    _b17_c(
        "where",
        "At which venue was the first Australian MTV Music Awards ceremony held?",
        "bbc-entertainment-286",
        "Luna Park",
    ),
    _b17_c(
        "where",
        "Where was Leonardo DiCaprio given an award for his exceptional career, presented by "
        "Martin Scorsese?",
        "bbc-entertainment-337",
        "Santa Barbara International Film Festival|Santa Barbara",
    ),
    _b17_c(
        "where",
        "In which city did Halloween screenwriter and producer Debra Hill die?",
        "bbc-entertainment-378",
        "Los Angeles",
    ),
    _b17_c(
        "where",
        "In which country were the 2004 world junior athletics championships at which Britain "
        "won no medals?",
        "bbc-sport-034",
        "Italy",
    ),
    _b17_c(
        "where",
        "In which city did Kostas Kenteris win his Olympic 200m gold medal?",
        "bbc-sport-047",
        "Sydney",
    ),
    _b17_c(
        "where",
        "In which city will Kelly Holmes make her first track appearance on home soil since her "
        "Olympic double?",
        "bbc-sport-052",
        "Glasgow",
    ),
    _b17_c(
        "where",
        "In which city did Scottish hurdler Allan Scott finish fourth in the 60m hurdles on his "
        "international circuit debut?",
        "bbc-sport-086",
        "Madrid",
    ),
    _b17_c(
        "where",
        "In which city will Liverpool play Chelsea in the Carling Cup final?",
        "bbc-sport-141",
        "Cardiff",
    ),
    _b17_c(
        "where",
        "At which stadium will Chelsea play the first leg of their Champions League last-16 tie "
        "against Barcelona?",
        "bbc-sport-183",
        "Nou Camp",
    ),
    _b17_c(
        "where",
        "In which city did Ireland beat Italy in the Six Nations game in which Brian O'Driscoll "
        "starred?",
        "bbc-sport-308",
        "Rome",
    ),
    _b17_c(
        "where",
        "At which ground were Great Britain's rugby league side facing Australia in the "
        "Tri-Nations final?",
        "bbc-sport-370",
        "Elland Road",
    ),
    _b17_c(
        "where",
        "Where will Wales play Scotland in their next Six Nations match after winning in Paris?",
        "bbc-sport-396",
        "Murrayfield",
    ),
    _b17_c(
        "where",
        "In which city was the Davis Cup final between Spain and the United States played?",
        "bbc-sport-472",
        "Seville",
    ),
    # how many
    _b17_c(
        "how many",
        "How many students from the Florida School for the Deaf and the Blind will accompany "
        "Alicia Keys at the Super Bowl?",
        "bbc-entertainment-175",
        "150",
    ),
    _b17_c(
        "how many",
        "How many contestants were left in Celebrity Big Brother after Germaine Greer walked out?",
        "bbc-entertainment-203",
        "eight",
    ),
    _b17_c(
        "how many",
        "How many episodes of the new series of 24 had the Muslim Council of Britain seen before "
        "complaining?",
        "bbc-entertainment-210",
        "five",
    ),
    _b17_c(
        "how many",
        "From how many US radio stations did Citadel drop Howard Stern's show?",
        "bbc-entertainment-218",
        "four",
    ),
    _b17_c(
        "how many",
        "How many title-winning seasons did Phil Thompson enjoy as a Liverpool player?",
        "bbc-sport-177",
        "seven",
    ),
    _b17_c(
        "how many",
        "How many spectators watched Manchester United's FA Cup third round replay win at Exeter?",
        "bbc-sport-240",
        "9,033",
    ),
    _b17_c(
        "how many",
        "How many England caps had Bath prop Matt Stevens won as a replacement before his first "
        "start?",
        "bbc-sport-334",
        "two",
    ),
    _b17_c(
        "how many",
        "How many days will Scotland's players have spent with the national team between July "
        "and the Six Nations, according to Matt Williams?",
        "bbc-sport-365",
        "16",
    ),
    _b17_c(
        "how many",
        "How many changes did Ireland make from the side that started against South Africa for "
        "their match with the USA?",
        "bbc-sport-378",
        "nine",
    ),
    _b17_c(
        "how many",
        "How many uncapped players did Ireland include in their Six Nations squad alongside "
        "Kieran Campbell?",
        "bbc-sport-379",
        "five",
    ),
    _b17_c(
        "how many",
        "How many players did Andy Robinson invite to England's three-day training session in "
        "Leeds?",
        "bbc-sport-383",
        "42",
    ),
    _b17_c(
        "how many",
        "For how many minutes did Simon Taylor play in Saracens' win over Northampton during his "
        "loan?",
        "bbc-sport-410",
        "20",
    ),
)
B17_NEAR_BBC_BUSINESS_POLITICS_TECH = (
    "Who is the chief executive of Jet Airways, the Indian airline whose share offer sold out "
    "within minutes?",
    "Who is the chief executive of Lufthansa, which considered suing over George W Bush's "
    "arrival in Frankfurt?",
    "Who is the chief executive of Monsanto, which agreed to pay a $1.5m fine for bribery in "
    "Indonesia?",
    "Which Indonesian environment ministry official received the $50,000 bribe arranged by a "
    "Monsanto manager?",
    "Who is the president of BaFin, the German watchdog that passed the Citigroup bond case to "
    "prosecutors?",
    "Who presents The Wright Stuff, the Channel Five show on which Charles Kennedy answered "
    "viewers' questions?",
    "Which company developed the 2D shoot-em-up Metal Slug 3?",
    "Who is the chief executive of Shanda Interactive Entertainment, which bought 20% of the "
    "Sina web portal?",
    "When will Finn the fish, the next version of the Jeremiah avatar from the University of "
    "Surrey, be released?",
    "When is the draft animal welfare bill that worried anglers due to be introduced to "
    "Parliament?",
    "In what year did Ian MacDonald QC join the panel of Special Advocates that he has now quit?",
    "In what year was Standard Life, Europe's largest mutual life insurer, founded?",
    "In which country was the Bofra virus, which turns infected PCs into web servers, first "
    "written?",
    "In which city is market analyst Datamonitor, which reported on British children's incomes, "
    "based?",
    "Where is Tiga, the trade body representing independent UK games developers, based?",
    "In which city does Cairn Energy have its headquarters?",
    "How many Citigroup traders are facing a criminal investigation in Germany over the August "
    "bond deal?",
    "How many people were arrested in Britain during Operation Buccaneer against the Drink Or "
    "Die network?",
    "How many people does UK sportswear firm Umbro employ?",
    "How many people work for Cairn Energy, the oil firm exploring in Rajasthan?",
)
B17_NEAR_BBC_SPORT_ARTS = (
    "Who is the chief executive of Citadel Broadcasting, which dropped Howard Stern from four "
    "stations?",
    "Who is the chief executive of Sirius, the satellite radio service that Howard Stern is "
    "joining?",
    "Who will direct Racing The Monsoon, Michael Douglas's diamond-robbery adventure set in India?",
    "Which Hollywood star is being lined up to co-star with Michael Douglas in Racing The Monsoon?",
    "Who is directing the remake of The Fog that Debra Hill was co-producing at her death?",
    "Who is the head of the Florida School for the Deaf and the Blind, whose students will sing "
    "with Alicia Keys?",
    "Who directed Son of the Mask, the comedy adventure that came fourth behind Hitch at the US "
    "box office?",
    "In what year was the Royal College of Art's Fine Art Student Award Fund set up?",
    "When was the Jose M Cagigal Memorial indoor athletics meeting in Madrid first held?",
    "In what year was the box office tracking firm Exhibitor Relations founded?",
    "In what year did Delta Goodrem first appear as Nina Tucker in the soap Neighbours?",
    "On what date did Fox begin showing the fourth series of 24 in the United States?",
    "In which city is Citadel Broadcasting, the firm that dropped Howard Stern, based?",
    "Where was the 1978 horror film Halloween, co-written by Debra Hill, shot?",
    "In which Indian city is Percept Films, Michael Douglas's partner on Racing The Monsoon, "
    "based?",
    "Where was Germaine Greer born, the feminist writer who walked out of Celebrity Big Brother?",
    "How many postcards were on sale at the Royal Academy's annual Secrets sale?",
    "How many people attended the Santa Barbara International Film Festival that honoured "
    "DiCaprio?",
    "How many votes were cast for the Pepsi Viewers Choice Award won by Delta Goodrem?",
    "How many listeners does Howard Stern's syndicated radio show have across the US?",
)


# -- Written eighteenth: an eighteenth batch, written blind in the round of 2026-12-04 (the
# sixth session) by a writer who never saw how /news ask answers, over BBC articles no
# earlier batch used; its near misses ask for facts no article of the corpus states.
# Measured once when added, on the code of the last stop.

_b18_c = partial(_c, batch=18)
B18_BBC_BUSINESS_POLITICS_TECH = (
    # who
    _b18_c(
        "who",
        "Which IXIS economist expected the US trade deficit to keep widening in 2005 even if the "
        "dollar resumed its fall?",
        "bbc-business-024",
        "Marie-Pierre Ripert",
    ),
    _b18_c(
        "who",
        "Who chairs the CBI's SME Council, who said smaller manufacturers face an uphill struggle?",
        "bbc-business-168",
        "Hugh Morgan Williams",
    ),
    _b18_c(
        "who",
        "Who founded Yukos and was arrested a year before the Centre for Economic Policy "
        "Research report?",
        "bbc-business-266",
        "Mikhail Khodorkovsky",
    ),
    _b18_c(
        "who",
        "Which director of Universities Scotland played down top-up fees as a reason for English "
        "applications to Scottish universities?",
        "bbc-politics-047",
        "David Caldwell",
    ),
    _b18_c(
        "who",
        "Which North Devon landowner was told by Defra he could use his four dogs to chase away "
        "deer and foxes?",
        "bbc-politics-169",
        "Giles Bradshaw|Mr Bradshaw",
    ),
    _b18_c(
        "who",
        "Which senior BT figure did the Liberal Democrats hire as director of general election "
        "communications?",
        "bbc-politics-235",
        "Sandy Walkington|Mr Walkington",
    ),
    _b18_c(
        "who",
        "Who did Tony Blair put in charge of Labour's election planning in place of Gordon Brown?",
        "bbc-politics-258",
        "Alan Milburn",
    ),
    _b18_c(
        "who",
        "Which Birmingham woman confronted Tony Blair over her local hospital during the 2001 "
        "election campaign?",
        "bbc-politics-353",
        "Sharron Storer",
    ),
    _b18_c(
        "who",
        "Which CompTIA public policy director argued that European inventors prosper only when "
        "intellectual property is protected?",
        "bbc-tech-014",
        "Hugo Lueders",
    ),
    _b18_c(
        "who",
        "Which Spamhaus director warned that a new spam-routing trick could make the net's "
        "e-mail system fail?",
        "bbc-tech-026",
        "Steve Linford",
    ),
    _b18_c(
        "who",
        "Who heads the threat laboratory at security firm Clearswift, which says malware is now "
        "about outright criminality?",
        "bbc-tech-077",
        "Pete Simpson|Mr Simpson",
    ),
    _b18_c(
        "who",
        "Which editor of Digital Camera magazine commented on the growth of online photo storage "
        "services?",
        "bbc-tech-278",
        "Marcus Hawkins|Mr Hawkins",
    ),
    _b18_c(
        "who",
        "Which Radicati Group analyst called the findings of the spam survey with Mirapoint "
        "surprising and somewhat shocking?",
        "bbc-tech-362",
        "Marcel Nienhuis",
    ),
    # when
    _b18_c(
        "when",
        "On what date did the US Federal Reserve raise interest rates by a quarter point, its "
        "sixth such rise in as many months?",
        "bbc-business-002",
        "2 February",
    ),
    _b18_c(
        "when",
        "In which month is Kirin launching its own third-type beer-flavoured drink in Japan?",
        "bbc-business-071",
        "April",
    ),
    _b18_c(
        "when",
        "On what date did Merck voluntarily stop selling the painkiller Vioxx?",
        "bbc-business-191",
        "30 September",
    ),
    _b18_c(
        "when",
        "In which month did the FSA take over regulation of the general insurance sector?",
        "bbc-business-232",
        "January",
    ),
    _b18_c(
        "when",
        "By what time of day had Petrel Resources shares fallen from 97p to 44p after the Iraqi "
        "contract report?",
        "bbc-business-313",
        "1700 GMT",
    ),
    _b18_c(
        "when",
        "In what year did EuroDisney open near Paris?",
        "bbc-business-483",
        "1992",
    ),
    _b18_c(
        "when",
        "On what date do many at Westminster believe the general election will be held, after "
        "Blair's campaign-launching speech?",
        "bbc-politics-264",
        "5 May",
    ),
    _b18_c(
        "when",
        "In what year did the Act of Settlement confirm that Parliament determines the title to "
        "the throne?",
        "bbc-politics-266",
        "1701",
    ),
    _b18_c(
        "when",
        "In which month does the EU's WEEE directive on recycling electrical equipment come into "
        "effect?",
        "bbc-tech-072",
        "August",
    ),
    _b18_c(
        "when",
        "On what date did the Nintendo DS go on sale in Japan?",
        "bbc-tech-247",
        "2 December",
    ),
    _b18_c(
        "when",
        "In which month of 2004 did BT quietly announce a 70% cut in the cost of local loop "
        "unbundling?",
        "bbc-tech-264",
        "May",
    ),
    _b18_c(
        "when",
        "By what year could women overtake men as the main buyers of home PC security software, "
        "according to the Preventon study?",
        "bbc-tech-316",
        "2007",
    ),
    # where
    _b18_c(
        "where",
        "Officials in which Venezuelan state said farmland owned by a Vestey Group subsidiary "
        "would be seized?",
        "bbc-business-029",
        "Cojedes",
    ),
    _b18_c(
        "where",
        "In which English county is UK Coal, the country's biggest coal producer, based?",
        "bbc-business-042",
        "South Yorkshire",
    ),
    _b18_c(
        "where",
        "In which tsunami-hit country did the main stock index fall only 5% after the waves "
        "struck?",
        "bbc-business-261",
        "Sri Lanka",
    ),
    _b18_c(
        "where",
        "In which country was the Apec summit where President Bush said he remained committed to "
        "halving the budget deficit?",
        "bbc-business-273",
        "Chile",
    ),
    _b18_c(
        "where",
        "In which US state did Richard Scrushy co-found HealthSouth?",
        "bbc-business-508",
        "Alabama",
    ),
    _b18_c(
        "where",
        "At which London station did Labour MP Stephen Pound first meet his long-lost daughter "
        "Lucy?",
        "bbc-politics-113",
        "King Cross|King Cross station",
    ),
    _b18_c(
        "where",
        "In which village did Dr Brian Gibbons work as a GP before becoming AM for Aberavon?",
        "bbc-politics-124",
        "Blaengwynfi",
    ),
    _b18_c(
        "where",
        "In which Israeli city did the suicide bombing that Mahmoud Abbas said he would not "
        "tolerate take place?",
        "bbc-politics-209",
        "Tel Aviv",
    ),
    _b18_c(
        "where",
        "For which east London seat was councillor Lyn Brown chosen as Labour's candidate?",
        "bbc-politics-318",
        "West Ham",
    ),
    _b18_c(
        "where",
        "Where did the University of Hertfordshire show off its pass-the-parcel playing robot?",
        "bbc-tech-121",
        "Science Museum|London's Science Museum",
    ),
    _b18_c(
        "where",
        "In which city will the first stop of the CPL Painkiller world tour be held?",
        "bbc-tech-140",
        "Istanbul|Istanbul, Turkey",
    ),
    _b18_c(
        "where",
        "Which country's mobile market did 3D audio firm Sonaptic focus on first because it is "
        "so advanced?",
        "bbc-tech-325",
        "Japan",
    ),
    # how many
    _b18_c(
        "how many",
        "On average, how many seconds of canned music do call centre customers listen to before "
        "hanging up, according to the Dimension Data survey?",
        "bbc-business-020",
        "65 seconds|65",
    ),
    _b18_c(
        "how many",
        "How many jobs did Qantas warn it might move out of Australia?",
        "bbc-business-128",
        "7,000",
    ),
    _b18_c(
        "how many",
        "About how many federal programmes could be cut or axed under President Bush's budget "
        "proposals?",
        "bbc-business-204",
        "150",
    ),
    _b18_c(
        "how many",
        "How many barrels of oil did BP produce in 2004?",
        "bbc-business-221",
        "3.997 billion",
    ),
    _b18_c(
        "how many",
        "How many countries are now seeking membership of the World Trade Organisation?",
        "bbc-business-320",
        "27",
    ),
    _b18_c(
        "how many",
        "How many safety whistleblowers have lost their jobs since 1999, according to TUC figures?",
        "bbc-politics-162",
        "1,500",
    ),
    _b18_c(
        "how many",
        "How many Google entries on the prisoner's dilemma are cited in the analysis of why the "
        "Blair-Brown squabbles snowball?",
        "bbc-politics-263",
        "283,000",
    ),
    _b18_c(
        "how many",
        "How many people in England need care, according to the government's adult social care "
        "plans?",
        "bbc-politics-388",
        "1.7m",
    ),
    _b18_c(
        "how many",
        "How many people had downloaded Microsoft's anti-spyware tool targeted by the Bankash-A "
        "Trojan?",
        "bbc-tech-003",
        "six million",
    ),
    _b18_c(
        "how many",
        "Around how many voice commands are available in the Opera 8.0 browser?",
        "bbc-tech-089",
        "50",
    ),
    _b18_c(
        "how many",
        "How many copies has the Xbox game Halo 2 sold since its November release, according to "
        "Bill Gates' CES speech?",
        "bbc-tech-134",
        "6.23 million",
    ),
    _b18_c(
        "how many",
        "How many British Sign Language users are there in the UK, according to the RNID video "
        "relay story?",
        "bbc-tech-251",
        "70,000",
    ),
    _b18_c(
        "how many",
        "How many free-to-air channels can viewers initially receive on France's new TNT digital "
        "terrestrial service?",
        "bbc-tech-371",
        "14",
    ),
)
B18_BBC_SPORT_ARTS = (
    # who
    _b18_c(
        "who",
        "Who directed The Woodsman, the Kevin Bacon film that won the Satyajit Ray Award at the "
        "London Film Festival?",
        "bbc-entertainment-099",
        "Nicole Kassell",
    ),
    _b18_c(
        "who",
        "Who will co-host BBC One's Strictly Ice Dancing special with Bruce Forsyth?",
        "bbc-entertainment-188",
        "Tess Daly",
    ),
    _b18_c(
        "who",
        "Which Screen International news editor said the Oscars overlooked Fahrenheit 9/11 and "
        "The Passion of the Christ?",
        "bbc-entertainment-326",
        "Tim Dams|Mr Dams",
    ),
    _b18_c(
        "who",
        "Which Portuguese runner did Kathy Butler shake off to win the Cross Internacional de "
        "Venta de Banos?",
        "bbc-sport-078",
        "Ines Monteiro",
    ),
    _b18_c(
        "who",
        "Which teenage substitute headed Middlesbrough's late equaliser in the 2-2 draw with "
        "Charlton?",
        "bbc-sport-106",
        "Danny Graham",
    ),
    _b18_c(
        "who",
        "Who captained Tottenham and scored the crucial second goal in the 3-0 FA Cup win over "
        "Nottingham Forest?",
        "bbc-sport-150",
        "Robbie Keane",
    ),
    _b18_c(
        "who",
        "Which Spanish Federation press officer asked English reporters what they had done to "
        "contribute to the racism row?",
        "bbc-sport-216",
        "Fernando Garrido",
    ),
    _b18_c(
        "who",
        "Which Manchester United goalkeeper spilled Pedro Mendes' 50-yard shot over the line "
        "before hooking it clear?",
        "bbc-sport-283",
        "Roy Carroll",
    ),
    _b18_c(
        "who",
        "Which Wasps coach said Matt Dawson had a good chance of playing against Wales?",
        "bbc-sport-356",
        "Warren Gatland",
    ),
    _b18_c(
        "who",
        "Who is the agent who warned Bath they could lose Mike Tindall to a rival club?",
        "bbc-sport-393",
        "Dipo Alli",
    ),
    _b18_c(
        "who",
        "Which Gloucester director of rugby said Phil Vickery would be out for at least six weeks?",
        "bbc-sport-411",
        "Nigel Melville",
    ),
    _b18_c(
        "who",
        "Which Indian wildcard reached the quarter-finals of the Dubai Open, where she faced "
        "Jelena Jankovic?",
        "bbc-sport-430",
        "Sania Mirza",
    ),
    # when
    _b18_c(
        "when",
        "On what date will this year's Oscars be handed out, according to the report on "
        "bookmakers backing The Aviator?",
        "bbc-entertainment-086",
        "27 February",
    ),
    _b18_c(
        "when",
        "In what year did Godzilla first appear on screen?",
        "bbc-entertainment-093",
        "1954",
    ),
    _b18_c(
        "when",
        "On what date was the Grammy Awards ceremony at which Jennifer Lopez and Marc Anthony "
        "were to sing a duet?",
        "bbc-entertainment-146",
        "13 February",
    ),
    _b18_c(
        "when",
        "When was Jamelia's daughter Teja born?",
        "bbc-entertainment-254",
        "March 2001",
    ),
    _b18_c(
        "when",
        "In which month is Ricky Gervais' cartoon book Flanimals released in the US?",
        "bbc-entertainment-167",
        "March",
    ),
    _b18_c(
        "when",
        "On what date is Kenenisa Bekele due to attack the world indoor two mile record in "
        "Birmingham?",
        "bbc-sport-032",
        "18 February",
    ),
    _b18_c(
        "when",
        "Before the Athens 4x100m gold, when had Britain last won an Olympic relay medal?",
        "bbc-sport-066",
        "1912",
    ),
    _b18_c(
        "when",
        "In what year does Germany host the World Cup that Jens Lehmann hopes to play in?",
        "bbc-sport-194",
        "2006",
    ),
    _b18_c(
        "when",
        "Until when would O'Leary's backroom staff be tied to Aston Villa under the deals he "
        "wants for them?",
        "bbc-sport-230",
        "summer of 2008|2008",
    ),
    _b18_c(
        "when",
        "In what year did England win the first Rugby World Cup Sevens?",
        "bbc-sport-400",
        "1993",
    ),
    _b18_c(
        "when",
        "In what year was Serena Williams' sister Yetunde Price murdered?",
        "bbc-sport-445",
        "2003",
    ),
    _b18_c(
        "when",
        "In what year did Mark Edmondson become the last Australian to win the Australian Open?",
        "bbc-sport-486",
        "1976",
    ),
    _b18_c(
        "when",
        "When did Manchester City buy Nicolas Anelka from Paris Saint-Germain?",
        "bbc-sport-254",
        "May 2002",
    ),
    # where
    _b18_c(
        "where",
        "In which county was the lawsuit against Wal-Mart over the Evanescence CD filed?",
        "bbc-entertainment-113",
        "Washington County",
    ),
    _b18_c(
        "where",
        "In which city did a Fatboy Slim beach party draw a crowd of 360,000?",
        "bbc-entertainment-122",
        "Rio",
    ),
    _b18_c(
        "where",
        "In which city will the BBC's new head of comedy commissioning be based?",
        "bbc-entertainment-313",
        "Glasgow",
    ),
    _b18_c(
        "where",
        "At which court did Nicole Kidman win a restraining order against two paparazzi "
        "photographers?",
        "bbc-entertainment-327",
        "Waverley Local Court",
    ),
    _b18_c(
        "where",
        "In which town were the Northern Ireland Cross Country Championships that Dermot "
        "Donnelly would not run in?",
        "bbc-sport-062",
        "Coleraine",
    ),
    _b18_c(
        "where",
        "In which city are the European Indoor Championships that long jumper Jade Johnson was "
        "undecided about?",
        "bbc-sport-073",
        "Madrid",
    ),
    _b18_c(
        "where",
        "At which stadium did Real Madrid beat Espanyol 4-0 with a first goal from Thomas "
        "Gravesen?",
        "bbc-sport-120",
        "Bernabeu|the Bernabeu",
    ),
    _b18_c(
        "where",
        "Where did Chester suffer the 5-0 defeat that left Ian Rush's side just above the "
        "relegation zone?",
        "bbc-sport-153",
        "Shrewsbury",
    ),
    _b18_c(
        "where",
        "Which city granted Sir Bobby Robson its freedom before he warned Jose Mourinho to learn "
        "how to lose?",
        "bbc-sport-172",
        "Newcastle",
    ),
    _b18_c(
        "where",
        "At which ground did Mourinho admit Chelsea were lucky to beat Portsmouth?",
        "bbc-sport-280",
        "Fratton Park",
    ),
    _b18_c(
        "where",
        "To which city did Lewis Moody fly to join England's camp despite an infected finger?",
        "bbc-sport-338",
        "Dublin",
    ),
    _b18_c(
        "where",
        "In which city is the ABN AMRO World Tennis Tournament where Juan Carlos Ferrero faced "
        "Rainer Schuettler?",
        "bbc-sport-423",
        "Rotterdam",
    ),
    _b18_c(
        "where",
        "In which US state did 15-year-old Donald Young lose to Robby Ginepri on his ATP debut?",
        "bbc-sport-426",
        "California",
    ),
    # how many
    _b18_c(
        "how many",
        "How many theatre fans voted in the Whatsonstage.com Theatregoers' Choice Awards?",
        "bbc-entertainment-006",
        "11,000",
    ),
    _b18_c(
        "how many",
        "How many secondary schools have already requested British Music Rights' copyright "
        "education pack?",
        "bbc-entertainment-148",
        "1,600",
    ),
    _b18_c(
        "how many",
        "How many viewers did The Two Ronnies attract at its peak?",
        "bbc-entertainment-311",
        "17 million",
    ),
    _b18_c(
        "how many",
        "How many Oscar nominations did the quirky comedy Sideways receive?",
        "bbc-entertainment-340",
        "five",
    ),
    _b18_c(
        "how many",
        "With how many other national Olympic bodies does adidas, UK Athletics' new kit "
        "supplier, have deals?",
        "bbc-sport-015",
        "20",
    ),
    _b18_c(
        "how many",
        "How many times did Yelena Isinbayeva break the pole vault world record in 2004?",
        "bbc-sport-066",
        "seven",
    ),
    _b18_c(
        "how many",
        "After how many seconds did John Arne Riise volley Liverpool ahead in the League Cup "
        "final against Chelsea?",
        "bbc-sport-104",
        "45 seconds|45",
    ),
    _b18_c(
        "how many",
        "How many goals a season did Graeme Souness say Craig Bellamy had scored in senior "
        "football?",
        "bbc-sport-138",
        "9.3",
    ),
    _b18_c(
        "how many",
        "How many months had passed since Sol Campbell's previous goal when he hit Arsenal's "
        "winner at Portsmouth?",
        "bbc-sport-268",
        "16 months|16",
    ),
    _b18_c(
        "how many",
        "How many points did Ronan O'Gara kick in Ireland's 19-13 win over England?",
        "bbc-sport-290",
        "14",
    ),
    _b18_c(
        "how many",
        "How many England caps did prop Julian White have before the Six Nations opener in "
        "Cardiff?",
        "bbc-sport-313",
        "27",
    ),
    _b18_c(
        "how many",
        "How many international caps does former France fly-half Thomas Castaignede have?",
        "bbc-sport-340",
        "43",
    ),
)
B18_NEAR_BBC_BUSINESS_POLITICS_TECH = (
    "Who is the chief executive of Dimension Data, the IT firm that commissioned the call centre "
    "survey?",
    "Who is the chief executive of the Vestey Group, whose Venezuelan cattle ranch faced seizure?",
    "Who is the chief executive of Petrel Resources, the Irish oil firm hit by the Iraqi "
    "contract report?",
    "Who heads Everasia, the Turkish firm reported to have won Iraq's Khurmala Dome oilfield "
    "contract?",
    "Who founded Operation Black Vote, the group calling for all-black shortlists?",
    "When was former HealthSouth boss Richard Scrushy first indicted over the accounting fraud?",
    "In what year did Sandy Walkington, the Lib Dems' new election communications chief, join BT?",
    "In what year was the Four-Kings gaming clan, which is hunting for Painkiller players, formed?",
    "When was the anti-spam group Spamhaus founded?",
    "In what year was Hazards magazine, which researched the TUC's safety whistleblower figures, "
    "founded?",
    "In which city is Sonaptic, the British firm behind 3D positional audio for mobiles, based?",
    "Where is 2d3, the UK company that wrote the software for the Lifeplus augmented reality "
    "project, based?",
    "Where is Sybari Software, the anti-virus firm Microsoft agreed to buy, based?",
    "Where is Mirapoint, the security firm behind the spam survey with the Radicati Group, based?",
    "In which city is Opera, the Norwegian maker of the voice-controlled Opera 8.0 browser, based?",
    "How many people does UK Coal, the country's biggest coal producer, employ?",
    "How many staff does Preventon, the net security firm behind the study on women buying "
    "security software, employ?",
    "How many members does the Middle Way Group, co-chaired by Lembit Opik and Peter Luff, have?",
    "How many children does Lucy, the long-lost daughter of Labour MP Stephen Pound, have?",
    "How many staff does the Royal National Institute for Deaf People employ?",
)
B18_NEAR_BBC_SPORT_ARTS = (
    "What is the name of the 13-year-old daughter of Trevin Skeens, who sued Wal-Mart over the "
    "Evanescence CD?",
    "Who has been appointed the BBC's new head of comedy commissioning in Glasgow?",
    "Who refereed Barcelona's 2-0 home defeat by Atletico Madrid in which Fernando Torres scored "
    "twice?",
    "Who coaches British distance runner Kathy Butler?",
    "Who is the father of Jamelia's daughter Teja?",
    "When did Fatboy Slim DJ Norman Cook marry Radio One presenter Zoe Ball?",
    "In what year was British Music Rights, the body behind the anti-piracy school lessons, "
    "formed?",
    "When is Eucalyptus, the film Nicole Kidman is making with Russell Crowe in Sydney, due for "
    "release?",
    "When did Chelsea sign Adrian Mutu, the striker they sacked after a positive cocaine test?",
    "When will Ricky Gervais' sitcom Extras, with Ben Stiller and Samuel L Jackson, first be "
    "broadcast?",
    "Where will BBC One's Strictly Ice Dancing Christmas special be filmed?",
    "Where was Donald Young, the 15-year-old who lost on his ATP debut in San Jose, born?",
    "Where was The Woodsman, the Kevin Bacon film that won at the London Film Festival, shot?",
    "In which hospital did England prop Phil Vickery have the operation on his broken arm?",
    "Where was Godzilla: Final Wars, the monster's 28th film, shot?",
    "How many spectators watched Tottenham's 3-0 FA Cup fifth-round win over Nottingham Forest?",
    "How many spectators saw Ireland beat England 19-13 in the Six Nations at Lansdowne Road?",
    "How many copies has Fatboy Slim's album Palookaville sold?",
    "How many copies of Evanescence's Anywhere But Home CD did Wal-Mart sell in Maryland?",
    "How many people attended the ceremony giving Godzilla a star on the Hollywood Walk of Fame?",
)


# -- Written nineteenth: a nineteenth batch, written blind in the same session as the
# eighteenth, by a writer who never saw how /news ask answers, over BBC articles no earlier
# batch used; its near misses ask for facts no article of the corpus states. Measured once
# when added, on the code of that session's rules up to then.

_b19_c = partial(_c, batch=19)
B19_BBC_BUSINESS_POLITICS_TECH = (
    # who
    _b19_c(
        "who",
        "Which Nottinghamshire police chief warned that innocent people would suffer if pub "
        "opening hours were extended?",
        "bbc-politics-202",
        "Steve Green",
    ),
    _b19_c(
        "who",
        "Which US senator discussed climate change with Tony Blair during a recent visit to "
        "Downing Street?",
        "bbc-politics-197",
        "John McCain|Mr McCain",
    ),
    _b19_c(
        "who",
        "Who was France Telecom's chief executive when Orange's subscriber growth boosted its "
        "2004 profits?",
        "bbc-business-112",
        "Thierry Breton",
    ),
    _b19_c(
        "who",
        "Which Kraft senior vice president spoke about encouraging adults and children to eat "
        "more nutritionally balanced diets?",
        "bbc-business-443",
        "Lance Friedmann",
    ),
    _b19_c(
        "who",
        "Which Conservative co-chairman called Alastair Campbell's return to Labour campaigning a "
        "sign of abusive politics?",
        "bbc-politics-196",
        "Liam Fox",
    ),
    _b19_c(
        "who",
        "Which Investec chief economist said the weak December retail sales figures would not "
        "immediately affect interest rates?",
        "bbc-business-481",
        "Philip Shaw|Mr Shaw",
    ),
    _b19_c(
        "who",
        "Who heads the Tate's digital programme, which is testing BT's ArtGarden search "
        "technology?",
        "bbc-tech-085",
        "Jemima Rellie|Ms Rellie",
    ),
    _b19_c(
        "who",
        "Who is chief scientist at 2d3, the UK firm whose software matches real and virtual views "
        "in the Lifeplus project?",
        "bbc-tech-115",
        "Andrew Stoddart",
    ),
    _b19_c(
        "who",
        "What is the name of Kimberly Quinn's former nanny, whose visa application Sir Alan Budd "
        "is investigating?",
        "bbc-politics-046",
        "Leoncia Casalme",
    ),
    _b19_c(
        "who",
        "Who is the new Bar Council chairman who warned that ID cards could drive people on the "
        "margins of society towards extremists?",
        "bbc-politics-081",
        "Guy Mansfield QC|Guy Mansfield",
    ),
    _b19_c(
        "who",
        "Which In-Stat/MDR wireless research director commented on the growth of India's mobile "
        "gaming market?",
        "bbc-tech-192",
        "Clint Wheelock",
    ),
    _b19_c(
        "who",
        "Who is the director of Intel's photonics technology lab, which made a continuous laser "
        "from silicon?",
        "bbc-tech-019",
        "Dr Mario Paniccia|Mario Paniccia|Dr Paniccia",
    ),
    _b19_c(
        "who",
        "Which spokesperson for the operator 3 described the Rooster gig phone cast to 3G "
        "handsets as being virtually at a concert?",
        "bbc-tech-182",
        "Belinda Henderson|Ms Henderson",
    ),
    # when
    _b19_c(
        "when",
        "Since which financial year had the Office for National Statistics been double counting "
        "some spending on roads?",
        "bbc-business-154",
        "1998/9",
    ),
    _b19_c(
        "when",
        "In what year did Nasdaq technically go public, when its stock started trading on the OTC "
        "Bulletin Board?",
        "bbc-business-267",
        "2002",
    ),
    _b19_c(
        "when",
        "In which month did Contrack International withdraw from its $325m contract to rebuild "
        "Iraq's transport system?",
        "bbc-business-334",
        "November",
    ),
    _b19_c(
        "when",
        "When did Gazprom take over the nuclear fuel company Atomstroieksport?",
        "bbc-business-456",
        "October 2004",
    ),
    _b19_c(
        "when",
        "In what year did Lord Scarman chair the tribunal investigating civil disturbances in "
        "Northern Ireland?",
        "bbc-politics-119",
        "1969",
    ),
    _b19_c(
        "when",
        "In what year did Jane Campbell become the first woman to divorce her husband, according "
        "to the parliamentary archives?",
        "bbc-politics-393",
        "1801",
    ),
    _b19_c(
        "when",
        "When did Apple begin its court case to make online journalists reveal their sources for "
        "stories about unreleased products?",
        "bbc-tech-044",
        "December 2004",
    ),
    _b19_c(
        "when",
        "Until what year does Gartner think real-time TV broadcasts to mobile phones are unlikely "
        "in Europe?",
        "bbc-tech-059",
        "2007",
    ),
    _b19_c(
        "when",
        "When was the Creative Nomad Jukebox launched, according to the Jupiter Research report "
        "on portable media players?",
        "bbc-tech-183",
        "mid-2000",
    ),
    _b19_c(
        "when",
        "Until when will Transport for London's Safe Travel at Night campaign with infra-red "
        "posters run?",
        "bbc-tech-230",
        "Boxing Day",
    ),
    _b19_c(
        "when",
        "In what year did a Forrester Research survey find that short battery life was laptop "
        "users' biggest complaint?",
        "bbc-tech-367",
        "2000",
    ),
    _b19_c(
        "when",
        "When is Microsoft's Longhorn version of Windows due to be released commercially?",
        "bbc-tech-369",
        "late 2006",
    ),
    # where
    _b19_c(
        "where",
        "Where was the Western Refining Company refinery whose fire helped push US petrol prices "
        "to a record high?",
        "bbc-business-045",
        "Texas",
    ),
    _b19_c(
        "where",
        "In which town is Beck-Crespel, the specialist steel firm near Lille that makes bolts for "
        "power stations, based?",
        "bbc-business-183",
        "Armentieres",
    ),
    _b19_c(
        "where",
        "Which part of the UK saw the biggest rise in the value of its housing stock over the "
        "decade, according to Halifax?",
        "bbc-business-239",
        "Northern Ireland",
    ),
    _b19_c(
        "where",
        "In which country is the nursery where Phytopharm grows the Hoodia cactus?",
        "bbc-business-302",
        "South Africa",
    ),
    _b19_c(
        "where",
        "In which city's US bankruptcy court had Yukos filed for Chapter 11 protection to try to "
        "block the Yuganskneftegas auction?",
        "bbc-business-332",
        "Houston",
    ),
    _b19_c(
        "where",
        "Which constituency does Spectator editor Boris Johnson represent as a Tory MP?",
        "bbc-politics-075",
        "Henley-on-Thames",
    ),
    _b19_c(
        "where",
        "At which prison did armed robber Robert Napier develop eczema from slopping out?",
        "bbc-politics-173",
        "Barlinnie Prison|Barlinnie",
    ),
    _b19_c(
        "where",
        "At which all-girl south London school did Tony Blair shoot basketball hoops while "
        "launching his £500m school sport plan?",
        "bbc-politics-181",
        "Waverley Sports College",
    ),
    _b19_c(
        "where",
        "In which country was Tony Blair on holiday when Gordon Brown appeared to take the lead "
        "on the government's tsunami response?",
        "bbc-politics-251",
        "Egypt",
    ),
    _b19_c(
        "where",
        "In which city was the 3GSM trade show where T-Mobile's chief executive promoted its "
        "pocket office devices?",
        "bbc-tech-041",
        "Cannes",
    ),
    _b19_c(
        "where",
        "In which city have courts adopted mobile phone photos as formal evidence?",
        "bbc-tech-208",
        "Beijing",
    ),
    _b19_c(
        "where",
        "Where was the Game Developers Conference at which Will Wright previewed his game Spore "
        "held?",
        "bbc-tech-396",
        "San Francisco",
    ),
    # how many
    _b19_c(
        "how many",
        "How many sports utility vehicles did Mitsubishi Motors agree to supply to Peugeot?",
        "bbc-business-013",
        "30,000",
    ),
    _b19_c(
        "how many",
        "How many French vintners will be helped to take early retirement under the government's "
        "wine aid package?",
        "bbc-business-090",
        "500",
    ),
    _b19_c(
        "how many",
        "From how many countries did the aerospace firms attending the Aero India 2005 air show "
        "come?",
        "bbc-business-130",
        "31",
    ),
    _b19_c(
        "how many",
        "How many UK top 250 companies produced social and environmental reports, according to "
        "the annual Directions survey?",
        "bbc-business-397",
        "145",
    ),
    _b19_c(
        "how many",
        "In the Law Commission's consultation, how many judges said a mandatory life sentence for "
        "every murder was indefensible?",
        "bbc-politics-031",
        "21",
    ),
    _b19_c(
        "how many",
        "How many workers are represented by the unions threatening united action over public "
        "sector pension plans?",
        "bbc-politics-042",
        "4.5m",
    ),
    _b19_c(
        "how many",
        "How many super-casinos are proposed from 2010 if the Gambling Bill becomes law?",
        "bbc-politics-377",
        "Eight",
    ),
    _b19_c(
        "how many",
        "How many women in England and Wales had terminations last year, as cited in the row over "
        "Michael Howard's abortion views?",
        "bbc-politics-405",
        "180,000",
    ),
    _b19_c(
        "how many",
        "How many people did Mori interview for Nokia's research into the use of home phones and "
        "mobiles?",
        "bbc-tech-109",
        "6,000",
    ),
    _b19_c(
        "how many",
        "How many musicians, songwriters and music publishers took part in Pew Internet's online "
        "survey?",
        "bbc-tech-145",
        "2,755",
    ),
    _b19_c(
        "how many",
        "How many net cafes in China have to use software to control access to websites "
        "considered harmful?",
        "bbc-tech-186",
        "110,000",
    ),
    _b19_c(
        "how many",
        "How many US broadband lines were provided by cable, according to the FCC figures for "
        "June 2004?",
        "bbc-tech-262",
        "18.6 million",
    ),
    _b19_c(
        "how many",
        "How many T-Mobile customers had their names and social security numbers taken by hacker "
        "Nicholas Lee Jacobsen?",
        "bbc-tech-271",
        "400",
    ),
)
B19_BBC_SPORT_ARTS = (
    # who
    _b19_c(
        "who",
        "Who won the Chicago Film Critics Association's best actress award for the abortion drama "
        "Vera Drake?",
        "bbc-entertainment-030",
        "Imelda Staunton",
    ),
    _b19_c(
        "who",
        "Which Philadelphia district attorney decided Bill Cosby would not face charges over the "
        "sexual misconduct allegation?",
        "bbc-entertainment-204",
        "Bruce L Castor Jr",
    ),
    _b19_c(
        "who",
        "Which William Hill spokesman said the bets on the Celebrity Big Brother double eviction "
        "were unlikely to be an inspired guess?",
        "bbc-entertainment-221",
        "Rupert Adams|Mr Adams",
    ),
    _b19_c(
        "who",
        "Which judge ruled that Stan Lee should get a tenth of Marvel's profits from its film and "
        "TV productions?",
        "bbc-entertainment-298",
        "Robert W Sweet",
    ),
    _b19_c(
        "who",
        "Who directed Shall We Dance?, whose UK charity premiere Jennifer Lopez missed through "
        "illness?",
        "bbc-entertainment-360",
        "Peter Chelsom",
    ),
    _b19_c(
        "who",
        "Whom did psychologist Dave Collins succeed as UK Athletics performance director?",
        "bbc-sport-043",
        "Max Jones",
    ),
    _b19_c(
        "who",
        "Which chairman of the London Marathon was made an OBE in the New Year Honours?",
        "bbc-sport-090",
        "James Clarke",
    ),
    _b19_c(
        "who",
        "Whom did Walter Smith replace as Scotland manager?",
        "bbc-sport-119",
        "Berti Vogts",
    ),
    _b19_c(
        "who",
        "Whose own goal gave Liverpool their 1-0 Champions League win against Deportivo La Coruna?",
        "bbc-sport-223",
        "Jorge Andrade",
    ),
    _b19_c(
        "who",
        "Which recalled Italy scrum-half did coach John Kirwan praise after the 28-17 Six Nations "
        "defeat by Ireland?",
        "bbc-sport-305",
        "Alessandro Troncon|Troncon",
    ),
    _b19_c(
        "who",
        "Who is the Bath director of rugby who welcomed scrum-half Andy Williams back to the club?",
        "bbc-sport-392",
        "Jack Rowell",
    ),
    _b19_c(
        "who",
        "Who replaced the injured Mark Philippoussis in Australia's Hopman Cup team?",
        "bbc-sport-497",
        "Paul Baccanello",
    ),
    # when
    _b19_c(
        "when",
        "In what year was White Rose resistance member Sophie Scholl arrested and beheaded?",
        "bbc-entertainment-090",
        "1943",
    ),
    _b19_c(
        "when",
        "When do tickets for the V Festival featuring Prodigy and the Chemical Brothers go on "
        "sale?",
        "bbc-entertainment-283",
        "Friday 11 March|11 March",
    ),
    _b19_c(
        "when",
        "In what year did Jimi Hendrix die of a drug overdose?",
        "bbc-entertainment-270",
        "1970",
    ),
    _b19_c(
        "when",
        "When does sprinter Dwain Chambers' two-year ban for testing positive for THG run out?",
        "bbc-sport-092",
        "November",
    ),
    _b19_c(
        "when",
        "On what date was Manchester United's Champions League tie with AC Milan, which Ruud van "
        "Nistelrooy had targeted for his return?",
        "bbc-sport-096",
        "23 February",
    ),
    _b19_c(
        "when",
        "When did the BBC say it would televise Exeter's FA Cup replay against Manchester United?",
        "bbc-sport-192",
        "Wednesday 19 January|19 January",
    ),
    _b19_c(
        "when",
        "On what date is France's Six Nations match against Ireland in Dublin, for which Imanol "
        "Harinordoquy was dropped?",
        "bbc-sport-332",
        "12 March",
    ),
    _b19_c(
        "when",
        "At what time on Tuesday was Wales coach Mike Ruddock due to name his starting line-up "
        "for the England game?",
        "bbc-sport-355",
        "1830 GMT",
    ),
    _b19_c(
        "when",
        "When did Mark Edmondson, the last Australian man to win the Australian Open, take the "
        "title?",
        "bbc-sport-476",
        "1976",
    ),
    _b19_c(
        "when",
        "On what date did Wasps and Leicester draw 17-17 in the Premiership, thanks to an "
        "injury-time try by Austin Healey?",
        "bbc-sport-391",
        "21 November",
    ),
    _b19_c(
        "when",
        "By what date does injured England centre Mike Tindall aim to be fit, in his bid to make "
        "the Lions tour?",
        "bbc-sport-419",
        "18 April",
    ),
    _b19_c(
        "when",
        "In what year did Slovakia first win the Hopman Cup, with Karol Kucera and Karina "
        "Habsudova?",
        "bbc-sport-455",
        "1998",
    ),
    _b19_c(
        "when",
        "On what dates will the Sydney International tennis tournament, where Justine "
        "Henin-Hardenne returns, take place?",
        "bbc-sport-484",
        "9-15 January",
    ),
    # where
    _b19_c(
        "where",
        "In which city did Oliver Stone collect a lifetime achievement award as Alexander "
        "struggled at the US box office?",
        "bbc-entertainment-072",
        "Stockholm",
    ),
    _b19_c(
        "where",
        "In which city was Matrix actor Keanu Reeves born?",
        "bbc-entertainment-339",
        "Beirut",
    ),
    _b19_c(
        "where",
        "Where were the British trials at which Phillips Idowu jumped 17.30m to lead the world "
        "triple jump rankings?",
        "bbc-sport-012",
        "Sheffield",
    ),
    _b19_c(
        "where",
        "In which country was the Champions League final that Wayne Rooney hoped Manchester "
        "United would reach?",
        "bbc-sport-152",
        "Turkey",
    ),
    _b19_c(
        "where",
        "Where was Robin van Persie sent off, leaving Arsenal without fully fit strikers for the "
        "Sheffield United replay?",
        "bbc-sport-178",
        "Southampton|St Mary's",
    ),
    _b19_c(
        "where",
        "Where were England due to face France in their Six Nations match after the 11-9 defeat "
        "by Wales?",
        "bbc-sport-299",
        "Twickenham",
    ),
    _b19_c(
        "where",
        "At which ground does the new amalgamated Wales Under-18 rugby side play its first match, "
        "against Italy?",
        "bbc-sport-362",
        "the Gnoll|Gnoll",
    ),
    _b19_c(
        "where",
        "At which stadium did Leicester beat European champions Wasps 37-31 in the Heineken Cup?",
        "bbc-sport-376",
        "Causeway Stadium",
    ),
    _b19_c(
        "where",
        "In which city did Conchita Martinez come from a set down to beat Roberta Vinci at the "
        "Qatar Open?",
        "bbc-sport-440",
        "Doha",
    ),
    _b19_c(
        "where",
        "At which ground did Arsenal and Chelsea draw after Thierry Henry scored twice for the "
        "home side?",
        "bbc-sport-246",
        "Highbury",
    ),
    _b19_c(
        "where",
        "Where do Premiership leaders Chelsea have to travel in the FA Cup fifth round draw?",
        "bbc-sport-184",
        "Newcastle",
    ),
    _b19_c(
        "where",
        "At which ground did Roy Hodgson watch Liverpool play Bayer Leverkusen as a member of "
        "Uefa's technical committee?",
        "bbc-sport-160",
        "Anfield",
    ),
    _b19_c(
        "where",
        "Where was Wallabies coach Eddie Jones arriving back when he said there was no number one "
        "side in world rugby?",
        "bbc-sport-368",
        "Sydney",
    ),
    # how many
    _b19_c(
        "how many",
        "In how many cinemas did the recut, less violent version of The Passion of the Christ "
        "open?",
        "bbc-entertainment-384",
        "957",
    ),
    _b19_c(
        "how many",
        "How many dates were on Britney Spears' Onyx Hotel tour, which she cancelled after a knee "
        "injury?",
        "bbc-entertainment-247",
        "82",
    ),
    _b19_c(
        "how many",
        "How many league and cup goals did Jackie Milburn score for Newcastle?",
        "bbc-sport-156",
        "200",
    ),
    _b19_c(
        "how many",
        "How many caps had Wales number eight Michael Owen won when he was set to take over as "
        "captain from Gareth Thomas?",
        "bbc-sport-348",
        "22",
    ),
    _b19_c(
        "how many",
        "From how many metres out did Gavin Henson kick the penalty that won the match for Wales "
        "against England?",
        "bbc-sport-401",
        "44",
    ),
    _b19_c(
        "how many",
        "How many Davis Cup wins had Tim Henman recorded when he quit Davis Cup tennis?",
        "bbc-sport-449",
        "36",
    ),
    _b19_c(
        "how many",
        "How many times had Andre Agassi won the Australian Open when a hip injury forced him out "
        "of the Kooyong Classic?",
        "bbc-sport-475",
        "four",
    ),
    _b19_c(
        "how many",
        "How many months did Andy Roddick's partnership with coach Brad Gilbert last?",
        "bbc-sport-482",
        "18",
    ),
    _b19_c(
        "how many",
        "How many titles had Lleyton Hewitt won, according to Marat Safin after the Australian "
        "Open final?",
        "bbc-sport-503",
        "24",
    ),
    _b19_c(
        "how many",
        "How many fouls did Jade Johnson have before her winning 6.50m long jump at the AAAs "
        "indoor trials?",
        "bbc-sport-061",
        "four",
    ),
    _b19_c(
        "how many",
        "How many weeks' wages did Newcastle fine Craig Bellamy after his row with Graeme Souness?",
        "bbc-sport-260",
        "two",
    ),
    _b19_c(
        "how many",
        "How many points did Andy Goode kick in Leicester's Heineken Cup win at Wasps?",
        "bbc-sport-376",
        "22",
    ),
)
B19_NEAR_BBC_BUSINESS_POLITICS_TECH = (
    "Who is the chief executive of Contrack International, the US firm that pulled out of an Iraq "
    "transport contract?",
    "Who is the chief executive of Nomad Digital, which provides the technology for wi-fi on "
    "Southern trains?",
    "Who founded Hypertag, the company that makes the infra-red technology in Transport for "
    "London's posters?",
    "Who is the chief executive of SpiceJet, the Indian budget airline buying 737-800 planes from "
    "Boeing?",
    "Who is the general secretary of the Secondary Heads Association, which dislikes ring-fenced "
    "school sport funds?",
    "When will Western Refining's Texas refinery resume petrol production after the fire?",
    "When is Nicholas Lee Jacobsen due to stand trial for hacking into T-Mobile's computers?",
    "When was Rooster, the London band that played the first gig phone cast to 3G handsets, "
    "formed?",
    "In what year was Phytopharm, the UK firm developing Hoodia slimming snacks with Unilever, "
    "founded?",
    "In what year was the Electronic Frontier Foundation, which is representing reporters against "
    "Apple, founded?",
    "In which Indian city was the Aero India 2005 air show held?",
    "Where is Context, the corporate social responsibility firm behind the annual Directions "
    "survey, based?",
    "In which Chinese city is crane maker Huisman Itrec setting up its new factory?",
    "Where is Energy Merchant, whose analyst Ed Silliere commented on the Texas refinery "
    "problems, based?",
    "In which city is Stone & McCarthy Research, whose analyst Ken Kim predicted a US rate rise, "
    "based?",
    "How many copies has the video game Star Wars: Battlefront sold?",
    "How many members does the FNSEA agricultural union, which criticised France's wine aid "
    "package, have?",
    "How many casinos does the British Casino Association represent?",
    "How many pupils attend Waverley Sports College, where Tony Blair launched his school sport "
    "plan?",
    "How many Nokia 7610 phones were infected by the Skulls program?",
)
B19_NEAR_BBC_SPORT_ARTS = (
    "Who bought Jimi Hendrix's 1965 Fender Stratocaster for £100,000 at the London auction?",
    "Who won the Celebrity Big Brother series in which Bez, Brigitte Nielsen and Kenzie reached "
    "the final?",
    "Who coaches British triple jumper Phillips Idowu?",
    "Who is the captain of the Wales Students rugby team, whose fixtures against England and "
    "France were cancelled?",
    "Who is Daniela Hantuchova's coach?",
    "When will the Chicago Film Critics Association hold the awards ceremony honouring Sideways?",
    "When did Bob Terry sell his collection of Jimi Hendrix memorabilia to another collector?",
    "In what year did Dean Goldfine become an assistant coach for the US Davis Cup team?",
    "In what year was the Kooyong Classic, from which Andre Agassi withdrew with a hip injury, "
    "first held?",
    "When is the film Sophie Scholl - The Final Days due to be released in UK cinemas?",
    "Where was Britney Spears filming the video for Outrageous when she injured her knee?",
    "Where is Cooper Owen, the auctioneers that sold the Jimi Hendrix memorabilia, based?",
    "In which city was Dave Collins, UK Athletics' new performance director, born?",
    "Where has Dwain Chambers been training while learning American football in the US?",
    "Where was Wales centre Gavin Henson born?",
    "How many spectators watched Leicester beat Wasps 37-31 in the Heineken Cup at the Causeway "
    "Stadium?",
    "How many tickets have been sold for this year's V Festival at Hylands Park and Weston Park?",
    "How many people attended the Hopman Cup final between Slovakia and Argentina in Perth?",
    "How many international caps has Bath scrum-half Nick Walshe won?",
    "In how many cinemas did the animated film Robots open in the US and Canada?",
)


# -- Written twentieth: a twentieth batch, written blind in the session of 2026-12-04 (the
# seventh of that round), by writers who never saw how /news ask answers, over BBC articles
# no earlier batch used; its near misses ask for facts no article of the corpus states.
# Measured once when added, on the code of the session before (a5cb51f).

_b20_c = partial(_c, batch=20)
B20_BBC_A = (
    # who
    _b20_c(
        "who",
        "Who is the British Airways boss who called the airline's results respectable despite "
        "soaring fuel costs?",
        "bbc-business-004",
        "Rod Eddington|Mr Eddington",
    ),
    _b20_c(
        "who",
        "Which Indian minister announced that foreign firms could own up to 100% of construction"
        " projects?",
        "bbc-business-068",
        "Kamal Nath|Mr Nath",
    ),
    _b20_c(
        "who",
        "Which French minister said eurozone finance ministers were unanimous in worrying about "
        "the falling dollar hitting their exports?",
        "bbc-business-089",
        "Nicolas Sarkozy|Mr Sarkozy",
    ),
    _b20_c(
        "who",
        "Which IBM executive gave the Royal Academy of Engineering's Hinton Lecture on invention"
        " and innovation?",
        "bbc-tech-137",
        "Nick Donofrio|Mr Donofrio",
    ),
    _b20_c(
        "who",
        "Which Monetary Policy Committee member was the lone vote for raising UK interest rates "
        "to 5%?",
        "bbc-business-151",
        "Paul Tucker",
    ),
    _b20_c(
        "who",
        "Which Russian natural resources minister said foreign ownership in resource tenders "
        "would be handled under competition law?",
        "bbc-business-222",
        "Yuri Trutnev|Mr Trutnev",
    ),
    _b20_c(
        "who",
        "Who is the SEC chief accountant who said Fannie Mae's hedge accounting methods were "
        "inadequate?",
        "bbc-business-298",
        "Donald Nicolaisen",
    ),
    _b20_c(
        "who",
        "Which Rightmove director said house sellers would have to be more realistic about "
        "asking prices?",
        "bbc-business-323",
        "Miles Shipside|Mr Shipside",
    ),
    _b20_c(
        "who",
        "Who is the Age Concern director general who attacked the default retirement age of 65?",
        "bbc-business-382",
        "Gordon Lishman",
    ),
    _b20_c(
        "who",
        "Who is the Arbor Networks sales director behind the scheme to fingerprint net attacks?",
        "bbc-tech-368",
        "Rob Pollard|Mr Pollard",
    ),
    _b20_c(
        "who",
        "Which US Attorney said he expected the food suppliers charged in the Ahold accounting "
        "case to plead guilty?",
        "bbc-business-448",
        "David Kelley",
    ),
    _b20_c(
        "who",
        "Who is PricewaterhouseCoopers' global chief executive quoted on its survey of company "
        "bosses' optimism?",
        "bbc-business-509",
        "Samuel DiPiazza|Mr DiPiazza",
    ),
    _b20_c(
        "who",
        "Who chairs the Qualifications and Curriculum Authority that warned ministers not to "
        "water down the Tomlinson diploma?",
        "bbc-politics-020",
        "Sir Anthony Greener",
    ),
    _b20_c(
        "who",
        "Which academic wrote the Foreign Policy Centre report saying a nuclear terror strike is"
        " the main danger?",
        "bbc-politics-052",
        "Amitai Etzioni|Prof Etzioni|Professor Etzioni",
    ),
    _b20_c(
        "who",
        "Who runs the Swansea Bay Race Equality Council that reported the BNP mosque leaflet to "
        "police?",
        "bbc-politics-185",
        "Taha Idris|Mr Idris",
    ),
    _b20_c(
        "who",
        "Who chairs the Commons committee whose MPs went to Scotland on a fishing industry fact-"
        "finding trip?",
        "bbc-politics-243",
        "Austin Mitchell",
    ),
    _b20_c(
        "who",
        "Whose book repeated the claim that Tony Blair broke a deal to hand Gordon Brown the "
        "premiership?",
        "bbc-politics-254",
        "Robert Peston",
    ),
    _b20_c(
        "who",
        "Which Tory co-chairman said Labour's campaign plans showed Blair was terrified of "
        "proper scrutiny?",
        "bbc-politics-305",
        "Liam Fox",
    ),
    _b20_c(
        "who",
        "Which deputy Conservative chairman was sacked after suggesting Michael Howard was "
        "secretly planning bigger cuts?",
        "bbc-politics-395",
        "Howard Flight",
    ),
    _b20_c(
        "who",
        "Who is the chairman of the Greek athletics federation that cleared Kenteris and Thanou?",
        "bbc-sport-081",
        "Vassilis Sevastis",
    ),
    _b20_c(
        "who",
        "Which referee did Jose Mourinho suggest was influenced by Alex Ferguson at half-time in"
        " the Carling Cup tie?",
        "bbc-sport-231",
        "Neale Barry",
    ),
    _b20_c(
        "who",
        "Which Wasps director of rugby tipped Johnny O'Connor as a possible Lions Test openside?",
        "bbc-sport-420",
        "Warren Gatland",
    ),
    _b20_c(
        "who",
        "Who is the eDonkey chief executive who defended big brands advertising on peer-to-peer "
        "networks?",
        "bbc-tech-206",
        "Sam Yagan",
    ),
    _b20_c(
        "who",
        "Which IBM researcher came up with the mouse adapter for people with hand tremors after "
        "watching his uncle struggle?",
        "bbc-tech-353",
        "Jim Levine",
    ),
    _b20_c(
        "who",
        "Which Google vice-president of operations said search was always important?",
        "bbc-tech-267",
        "Urs Holzle|Mr Holzle",
    ),
    # when
    _b20_c(
        "when",
        "When are US interest rates widely expected to rise after the strong fourth-quarter GDP "
        "figures?",
        "bbc-business-094",
        "22 March",
    ),
    _b20_c(
        "when",
        "By what year could BMW have a crossover people carrier on the market?",
        "bbc-business-141",
        "2008",
    ),
    _b20_c(
        "when",
        "When was Freddie Mac investigated, sparking wider worries about the US mortgage industry?",
        "bbc-business-298",
        "June 2003",
    ),
    _b20_c(
        "when",
        "When is the G7 meeting at which France's finance minister wants action on the weak "
        "dollar?",
        "bbc-business-344",
        "February",
    ),
    _b20_c(
        "when",
        "From when will UK employers be barred from imposing arbitrary retirement ages?",
        "bbc-business-382",
        "2006",
    ),
    _b20_c(
        "when",
        "On what day was the formal agreement on the former WorldCom directors' payout expected "
        "to be signed?",
        "bbc-business-403",
        "Thursday",
    ),
    _b20_c(
        "when",
        "When did Ahold first hit the headlines over accounting problems at its US Foodservice "
        "arm?",
        "bbc-business-448",
        "February 2003",
    ),
    _b20_c(
        "when",
        "What date were the Oscars being handed out the year Vera Drake got three nominations?",
        "bbc-entertainment-323",
        "27 February",
    ),
    _b20_c(
        "when",
        "When did David Blunkett quit as home secretary over the nanny visa row?",
        "bbc-politics-206",
        "December",
    ),
    _b20_c(
        "when",
        "When was Norfolk farmer Tony Martin released from prison?",
        "bbc-politics-230",
        "July 2003",
    ),
    _b20_c(
        "when",
        "On what day was Tony Blair due to reassure Labour MPs at their first meeting of the new"
        " year amid the rift with Gordon Brown?",
        "bbc-politics-254",
        "Monday",
    ),
    _b20_c(
        "when",
        "When was the general election widely expected when Alan Milburn unveiled Labour's "
        "campaign plans?",
        "bbc-politics-305",
        "May",
    ),
    _b20_c(
        "when",
        "On which day did Gordon Brown give his speech to Labour's spring conference that fired "
        "up party members?",
        "bbc-politics-336",
        "Saturday",
    ),
    _b20_c(
        "when",
        "When were the anti-terror house arrest plans due to face further Commons scrutiny "
        "before going to the Lords?",
        "bbc-politics-379",
        "Monday",
    ),
    _b20_c(
        "when",
        "On what date was Tony Blair expected to call the general election for?",
        "bbc-politics-395",
        "5 May",
    ),
    _b20_c(
        "when",
        "On what date did Kenteris and Thanou miss the drugs test before the Athens Olympics?",
        "bbc-sport-081",
        "12 August",
    ),
    _b20_c(
        "when",
        "In what year did Ryan Giggs win his first Wales cap?",
        "bbc-sport-115",
        "1991",
    ),
    _b20_c(
        "when",
        "On what day did Chelsea sack Adrian Mutu after his positive cocaine test?",
        "bbc-sport-201",
        "Friday",
    ),
    _b20_c(
        "when",
        "When did Johnny O'Connor make his Ireland debut against South Africa?",
        "bbc-sport-420",
        "November",
    ),
    _b20_c(
        "when",
        "In which month did Pew carry out its survey showing a boom in American blog readers?",
        "bbc-tech-078",
        "November",
    ),
    _b20_c(
        "when",
        "When was wikinews.com launched?",
        "bbc-tech-099",
        "November",
    ),
    _b20_c(
        "when",
        "By what year has the BBC committed to making all its output in high definition?",
        "bbc-tech-240",
        "2010",
    ),
    _b20_c(
        "when",
        "In which month did British Airways raise its long-haul fuel surcharge to £10?",
        "bbc-business-004",
        "October",
    ),
    _b20_c(
        "when",
        "On what day did Scottish Tory leader David McLetchie resign as a partner at Tods Murray?",
        "bbc-politics-089",
        "Friday",
    ),
    _b20_c(
        "when",
        "On which day did Oracle start telling staff about redundancies after buying Peoplesoft?",
        "bbc-business-460",
        "Friday",
    ),
    # where
    _b20_c(
        "where",
        "Where did India's commerce minister announce the decision to open construction to full "
        "foreign ownership?",
        "bbc-business-068",
        "Delhi",
    ),
    _b20_c(
        "where",
        "Where did eurozone finance ministers meet when they blamed the US for the weak dollar?",
        "bbc-business-089",
        "Brussels",
    ),
    _b20_c(
        "where",
        "Which motor show was BMW's boss at when he revealed plans for a crossover vehicle?",
        "bbc-business-141",
        "Geneva",
    ),
    _b20_c(
        "where",
        "Apart from London, which city has Unilever had a headquarters in since 1930?",
        "bbc-business-111",
        "Rotterdam",
    ),
    _b20_c(
        "where",
        "In which state did Wal-Mart agree to settle a lawsuit over gun sales violations?",
        "bbc-business-390",
        "California",
    ),
    _b20_c(
        "where",
        "Where was the court hearing for the signing of the WorldCom directors' $54m settlement?",
        "bbc-business-403",
        "Manhattan",
    ),
    _b20_c(
        "where",
        "Where were the Oscars being handed out the year Imelda Staunton was nominated for Vera "
        "Drake?",
        "bbc-entertainment-323",
        "Hollywood",
    ),
    _b20_c(
        "where",
        "Expansion plans for which airport were behind the row over David McLetchie's legal work?",
        "bbc-politics-089",
        "Edinburgh Airport|Edinburgh",
    ),
    _b20_c(
        "where",
        "Where does BNP leader Nick Griffin live, according to the story on the Swansea mosque "
        "leaflet?",
        "bbc-politics-185",
        "Welshpool",
    ),
    _b20_c(
        "where",
        "Where do Swansea's Muslims sometimes have to travel for cultural events because their "
        "mosque is too small?",
        "bbc-politics-185",
        "Llanelli",
    ),
    _b20_c(
        "where",
        "Where were the MPs on the fishing industry inquiry going to hear from fishermen and "
        "processors?",
        "bbc-politics-243",
        "Aberdeen|Peterhead",
    ),
    _b20_c(
        "where",
        "Where was Labour's spring conference at which Tony Blair told supporters he was back?",
        "bbc-politics-336",
        "Gateshead",
    ),
    _b20_c(
        "where",
        "Which city's bombing did Sir Ian Blair say terrorists would remember in the run-up to "
        "the UK election?",
        "bbc-politics-379",
        "Madrid",
    ),
    _b20_c(
        "where",
        "Where did Wales play Hungary in Ryan Giggs' 50th cap match?",
        "bbc-sport-115",
        "Cardiff",
    ),
    _b20_c(
        "where",
        "Where did Chris Paterson's penalties give Scotland an 18-10 win over Italy?",
        "bbc-sport-407",
        "Murrayfield",
    ),
    _b20_c(
        "where",
        "Where did Kenteris and Thanou miss the drugs test that led them to pull out of the "
        "Athens Games?",
        "bbc-sport-081",
        "Olympic Village",
    ),
    _b20_c(
        "where",
        "Where was the Linux summit at which Linus Torvalds attacked software patents?",
        "bbc-tech-029",
        "California",
    ),
    _b20_c(
        "where",
        "In which part of the UK are RFID tags used as a passcard for the M6 Toll?",
        "bbc-tech-061",
        "Midlands",
    ),
    _b20_c(
        "where",
        "Which country saw the biggest jump in broadband users in Europe, according to "
        "Nielsen/NetRatings?",
        "bbc-tech-146",
        "Italy",
    ),
    _b20_c(
        "where",
        "Where does Bill Thompson's girlfriend Anne live, whose cable modem blew up?",
        "bbc-tech-184",
        "Cambridge",
    ),
    _b20_c(
        "where",
        "Where was Bill Thompson's girlfriend planning a fossil-hunting trip when her broadband "
        "went down?",
        "bbc-tech-184",
        "Norfolk",
    ),
    _b20_c(
        "where",
        "In which city's trading did the dollar hit a record low of $1.3516 against the euro?",
        "bbc-business-344",
        "New York",
    ),
    _b20_c(
        "where",
        "Which Russian oil field has Exxon signed preliminary agreements to develop?",
        "bbc-business-222",
        "Sakhalin 3",
    ),
    _b20_c(
        "where",
        "Where were companies lacking confidence in PwC's survey of global bosses?",
        "bbc-business-509",
        "Western Europe",
    ),
    _b20_c(
        "where",
        "Which country's 2006 World Cup will be broadcast in high definition?",
        "bbc-tech-240",
        "Germany",
    ),
    # how many
    _b20_c(
        "how many",
        "How many jobs has British Airways cut since the 11 September attacks?",
        "bbc-business-004",
        "13,000",
    ),
    _b20_c(
        "how many",
        "At what annual rate did the US economy grow in the last three months of 2004?",
        "bbc-business-094",
        "3.8%",
    ),
    _b20_c(
        "how many",
        "By how much did Unilever's pre-tax profit fall in 2004?",
        "bbc-business-111",
        "36%",
    ),
    _b20_c(
        "how many",
        "At what level did the Bank of England hold interest rates when its committee voted 8-1?",
        "bbc-business-151",
        "4.75%",
    ),
    _b20_c(
        "how many",
        "How much growth did the UNECE forecast for the eight newest EU members in 2005?",
        "bbc-business-172",
        "4.6%",
    ),
    _b20_c(
        "how many",
        "How much cheaper are GlaxoSmithKline's Aids drugs in Africa than in Europe?",
        "bbc-business-176",
        "thirty times",
    ),
    _b20_c(
        "how many",
        "How much did BP spend to set up TNK-BP in Russia?",
        "bbc-business-222",
        "$7.5bn",
    ),
    _b20_c(
        "how many",
        "How many jobs did the US economy add in December according to the Labor Department?",
        "bbc-business-292",
        "157,000",
    ),
    _b20_c(
        "how many",
        "According to Rightmove, how long does it now take to sell a home?",
        "bbc-business-323",
        "81 days",
    ),
    _b20_c(
        "how many",
        "How much did Wal-Mart agree to pay to settle the California gun sales lawsuit?",
        "bbc-business-390",
        "$14.5m",
    ),
    _b20_c(
        "how many",
        "How much does the cheaper, less powerful version of Apple's Mac mini cost?",
        "bbc-tech-301",
        "£339",
    ),
    _b20_c(
        "how many",
        "How many jobs is Oracle cutting after its takeover of Peoplesoft?",
        "bbc-business-460",
        "5,000",
    ),
    _b20_c(
        "how many",
        "How many days did it take for news of the Department of Work and Pensions computer "
        "crash to leak out?",
        "bbc-tech-187",
        "four",
    ),
    _b20_c(
        "how many",
        "How many British nominees were there at the Oscars the year Vera Drake got three "
        "nominations?",
        "bbc-entertainment-323",
        "24",
    ),
    _b20_c(
        "how many",
        "What share of the world's fissile material outside America does Russia hold, according "
        "to Amitai Etzioni?",
        "bbc-politics-052",
        "90%",
    ),
    _b20_c(
        "how many",
        "How many years was David McLetchie part of the law firm Tods Murray?",
        "bbc-politics-089",
        "29",
    ),
    _b20_c(
        "how many",
        "How many people were found to have been prosecuted for attacking intruders in the past "
        "15 years?",
        "bbc-politics-230",
        "11",
    ),
    _b20_c(
        "how many",
        "How much did Michael Howard say Gordon Brown planned to borrow over the next six years?",
        "bbc-politics-364",
        "£168 billion",
    ),
    _b20_c(
        "how many",
        "How many Labour rebels voted with the opposition when the Commons approved the house "
        "arrest plans, as Sir Ian Blair warned of an election terror threat?",
        "bbc-politics-379",
        "32",
    ),
    _b20_c(
        "how many",
        "How many penalties did Chris Paterson kick in Scotland's 18-10 win over Italy?",
        "bbc-sport-407",
        "Six",
    ),
    _b20_c(
        "how many",
        "How many of its patents has IBM made freely available?",
        "bbc-tech-029",
        "500",
    ),
    _b20_c(
        "how many",
        "How many people did Capgemini survey about RFID tags?",
        "bbc-tech-061",
        "2,000",
    ),
    _b20_c(
        "how many",
        "How many Americans started reading blogs in 2004, according to Pew?",
        "bbc-tech-078",
        "32 million",
    ),
    _b20_c(
        "how many",
        "How long does the Respond consortium take to turn satellite data into maps for Darfur "
        "aid workers?",
        "bbc-tech-223",
        "12 hours",
    ),
    _b20_c(
        "how many",
        "How much will IBM's mouse adapter for people with hand tremors cost?",
        "bbc-tech-353",
        "£70",
    ),
)
B20_NEAR_BBC_A = (
    "Who is the chief executive of Arbor Networks, the firm behind the net-attack fingerprinting"
    " system?",
    "Who is the chief executive of Russian gold miner Highland Gold?",
    "Who chairs the Sea Fish Industry Authority that MPs on the Scottish fishing fact-finding "
    "trip planned to meet?",
    "Who heads the Respond consortium that makes satellite maps for aid workers in Darfur?",
    "Who runs Euro1080, the high-definition TV service already operating in Europe?",
    "When will the anti-tremor mouse adapter developed by IBM and Montrose Secam go on sale?",
    "When do Swansea's Muslims expect to open their new mosque in the former St Andrews church?",
    "When will Russia hold the new tender for the Sakhalin 3 field that Exxon had a preliminary "
    "deal on?",
    "When will the Commons environment, food and rural affairs committee publish its report on "
    "the fishing industry?",
    "When did Capgemini carry out its survey of shoppers' worries about RFID tags?",
    "In which city is Arbor Networks, the firm behind the net-attack fingerprinting scheme, based?",
    "Where are DLF Builders, who welcomed India's construction investment decision, headquartered?",
    "Where will Unilever put its single head office after merging its two boards?",
    "Where will BMW build its planned crossover people carrier?",
    "Where was Mike Leigh's film Vera Drake shot?",
    "How much money do Swansea's Muslims need to raise to renovate the old church as a mosque?",
    "How many maps has the Respond consortium produced for aid groups in Darfur?",
    "How many people work at Montrose Secam, the firm making IBM's anti-tremor mouse adapter?",
    "How many Wal-Mart stores in California were selling guns before it suspended firearms sales?",
    "How many people attended Labour's spring conference in Gateshead?",
)
B20_BBC_B = (
    # who
    _b20_c(
        "who",
        "Who is the Turkcell chief operating officer said to have met Israeli telecoms executives?",
        "bbc-business-092",
        "Ruhi Dogusoy",
    ),
    _b20_c(
        "who",
        "Which former Dutch prime minister wrote the report saying the EU's Lisbon targets would"
        " be badly missed?",
        "bbc-business-146",
        "Wim Kok|Mr Kok",
    ),
    _b20_c(
        "who",
        "Which McDonald's chief executive credited the menu for a rise in January sales?",
        "bbc-business-226",
        "Jim Skinner",
    ),
    _b20_c(
        "who",
        "Who is the Deutsche Boerse boss who might come back with a better offer for the London "
        "Stock Exchange?",
        "bbc-business-316",
        "Werner Seifert|Mr Seifert",
    ),
    _b20_c(
        "who",
        "Who is the RICS housing spokesman who said buyers now had more power to negotiate?",
        "bbc-business-329",
        "Ian Perry|Mr Perry",
    ),
    _b20_c(
        "who",
        "Who is the Next chief executive who said menswear ranges were too similar to the year "
        "before?",
        "bbc-business-384",
        "Simon Wolfson|Mr Wolfson",
    ),
    _b20_c(
        "who",
        "Which Scissor Sisters singer collected the best international album prize at the Brit "
        "Awards?",
        "bbc-entertainment-253",
        "Ana Matronic",
    ),
    _b20_c(
        "who",
        "Which member of the Guildford Four said the families were delighted with Tony Blair's "
        "apology?",
        "bbc-politics-012",
        "Gerry Conlon|Mr Conlon",
    ),
    _b20_c(
        "who",
        "Which Tory MP put forward a private member's bill to change the law on householders "
        "using force against burglars?",
        "bbc-politics-034",
        "Patrick Mercer",
    ),
    _b20_c(
        "who",
        "Which Sunderland No campaigner clashed with Ray Mallon over the North East assembly?",
        "bbc-politics-200",
        "Neil Herron|Mr Herron",
    ),
    _b20_c(
        "who",
        "Who chairs the Commons committee that said public bodies were ill-prepared for freedom "
        "of information?",
        "bbc-politics-233",
        "Alan Beith",
    ),
    _b20_c(
        "who",
        "Which backbench Labour MP warned against Alan Milburn's proposed changes to incapacity "
        "benefits?",
        "bbc-politics-268",
        "Karen Buck",
    ),
    _b20_c(
        "who",
        "Which Labour spokesman said Michael Howard's New Year message would be better released "
        "on 1 April?",
        "bbc-politics-367",
        "Fraser Kemp|Mr Kemp",
    ),
    _b20_c(
        "who",
        "Which Conservative MP asked Gordon Brown whether the Treasury had leaned on the ONS "
        "over road repairs spending?",
        "bbc-politics-389",
        "Michael Fallon|Mr Fallon",
    ),
    _b20_c(
        "who",
        "Which Dundee United player scored twice in the 4-1 Scottish Cup win over Aberdeen?",
        "bbc-sport-107",
        "James Grady|Grady",
    ),
    _b20_c(
        "who",
        "Which Manchester City goalkeeper's saves earned a draw against leaders Chelsea?",
        "bbc-sport-139",
        "David James|James",
    ),
    _b20_c(
        "who",
        "Which Boca Juniors player left for Vasco da Gama 65 years ago and gave his name to the "
        "Brazilian word for ballboy?",
        "bbc-sport-210",
        "Bernardo Gandulla",
    ),
    _b20_c(
        "who",
        "Which Liverpool boss might switch his attention to Nicolas Anelka instead of Fernando "
        "Morientes?",
        "bbc-sport-272",
        "Rafa Benitez",
    ),
    _b20_c(
        "who",
        "Who chairs the Bafta games awards in the year Half-Life 2 won six prizes?",
        "bbc-tech-057",
        "Grant Dean",
    ),
    _b20_c(
        "who",
        "Who is the managing director of Lateral Visions, the firm behind the Racing Academy "
        "game for schools?",
        "bbc-tech-071",
        "Dr Carl Gavin|Carl Gavin|Dr Gavin",
    ),
    _b20_c(
        "who",
        "Which Nintendo Europe general manager said the DS would appeal to all ages and both "
        "genders?",
        "bbc-tech-185",
        "David Yarnton",
    ),
    _b20_c(
        "who",
        "Which IPPR senior research fellow proposed a government-run online civic commons?",
        "bbc-tech-191",
        "Will Davies|Mr Davies",
    ),
    _b20_c(
        "who",
        "Which Gracenote vice president said voice control would change the car entertainment "
        "experience?",
        "bbc-tech-279",
        "Ross Blanchard",
    ),
    _b20_c(
        "who",
        "Which technology analyst wrote the BBC column asking whether we can really trust "
        "trusted computing PCs?",
        "bbc-tech-358",
        "Bill Thompson",
    ),
    _b20_c(
        "who",
        "Who is the president of Shanghai Media Group who told a London conference China's new "
        "media market is growing explosively?",
        "bbc-tech-384",
        "Li Ruigang",
    ),
    # when
    _b20_c(
        "when",
        "By what year do the richest countries want to lift aid to 0.7% of national income, "
        "according to the story about the EU jet fuel levy?",
        "bbc-business-075",
        "2015",
    ),
    _b20_c(
        "when",
        "When had Australia last raised interest rates before the hike to a four-year high?",
        "bbc-business-101",
        "December 2003",
    ),
    _b20_c(
        "when",
        "When did MCI come out of bankruptcy, before Verizon agreed to buy it?",
        "bbc-business-162",
        "April",
    ),
    _b20_c(
        "when",
        "Until when does the Treasury say its spending plans are funded, in response to the "
        "NIESR golden rule warning?",
        "bbc-business-195",
        "2008",
    ),
    _b20_c(
        "when",
        "When did Euronext buy the London futures and options exchange Liffe?",
        "bbc-business-316",
        "2001",
    ),
    _b20_c(
        "when",
        "Before 2004, when had US retail sales last grown as strongly for a year?",
        "bbc-business-450",
        "1999",
    ),
    _b20_c(
        "when",
        "When did Brazil's unemployment rate hit its peak of 13.1%?",
        "bbc-business-490",
        "April 2004",
    ),
    _b20_c(
        "when",
        "When was the Brit Awards ceremony won by Scissor Sisters due to be shown on ITV1?",
        "bbc-entertainment-253",
        "Thursday",
    ),
    _b20_c(
        "when",
        "When did the Court of Appeal quash the Guildford Four's sentences?",
        "bbc-politics-012",
        "October 1989",
    ),
    _b20_c(
        "when",
        "What was the deadline for voting in the North East regional assembly referendum?",
        "bbc-politics-200",
        "4 November",
    ),
    _b20_c(
        "when",
        "When does the Freedom of Information Act come into force in England, Wales and Northern"
        " Ireland?",
        "bbc-politics-233",
        "1 January",
    ),
    _b20_c(
        "when",
        "When did Labour last hold its annual conference in Manchester before choosing it for "
        "2006?",
        "bbc-politics-330",
        "1917",
    ),
    _b20_c(
        "when",
        "On what date will Gordon Brown deliver his last Budget before the general election?",
        "bbc-politics-354",
        "16 March",
    ),
    _b20_c(
        "when",
        "When is the general election expected to be held, according to the report on Gordon "
        "Brown's Budget date?",
        "bbc-politics-354",
        "5 May",
    ),
    _b20_c(
        "when",
        "When does the Brazilian Championship that Carlos Tevez will play in get under way?",
        "bbc-sport-210",
        "end of April",
    ),
    _b20_c(
        "when",
        "On what day was the Bafta games awards ceremony where Half-Life 2 won best game?",
        "bbc-tech-057",
        "Tuesday",
    ),
    _b20_c(
        "when",
        "When was Nintendo's DS handheld due to go on sale in Europe?",
        "bbc-tech-084",
        "11 March",
    ),
    _b20_c(
        "when",
        "When did Peter Molyneux leave Bullfrog to set up Lionhead Studios?",
        "bbc-tech-100",
        "1997",
    ),
    _b20_c(
        "when",
        "When was the first supercomputer, the Cray-1, installed at Los Alamos?",
        "bbc-tech-141",
        "1976",
    ),
    _b20_c(
        "when",
        "On which dates did the CES gadget fair officially run, the year Bill Gates was expected"
        " to talk about the next Xbox?",
        "bbc-tech-163",
        "6 to 9 January",
    ),
    _b20_c(
        "when",
        "In what year did Nintendo first launch its GameBoy console?",
        "bbc-tech-185",
        "1989",
    ),
    _b20_c(
        "when",
        "When did Honda's Asimo robot go to a state dinner with the Japanese prime minister?",
        "bbc-tech-246",
        "August 2003",
    ),
    _b20_c(
        "when",
        "When do ScanSoft and Gracenote expect their voice control technology for media players "
        "to be available?",
        "bbc-tech-279",
        "fourth quarter of 2005",
    ),
    _b20_c(
        "when",
        "When did Motorola and Apple announce a version of iTunes for Motorola phones?",
        "bbc-tech-338",
        "July last year",
    ),
    _b20_c(
        "when",
        "By when does China's broadcasting regulator SARFT plan to move all programmes to digital?",
        "bbc-tech-384",
        "2015",
    ),
    # where
    _b20_c(
        "where",
        "Where were EU finance ministers meeting to talk about a tax on jet fuel?",
        "bbc-business-075",
        "Brussels",
    ),
    _b20_c(
        "where",
        "Which new Tehran airport did the Iranian army close on its opening day in May 2004?",
        "bbc-business-092",
        "Imam Khomeini International Airport",
    ),
    _b20_c(
        "where",
        "In which city did EU leaders meet in 2000 to set targets for Europe to overtake the US "
        "economy by 2010?",
        "bbc-business-146",
        "Lisbon",
    ),
    _b20_c(
        "where",
        "On which river is the Xiluodu Dam, sister project of the Three Gorges Dam, being built?",
        "bbc-business-174",
        "Jinshajiang",
    ),
    _b20_c(
        "where",
        "Which swing state did John Kerry give up hopes of winning before conceding to George W "
        "Bush?",
        "bbc-business-294",
        "Ohio",
    ),
    _b20_c(
        "where",
        "In which city is Deutsche Boerse, the rejected bidder for the London Stock Exchange, "
        "based?",
        "bbc-business-316",
        "Frankfurt",
    ),
    _b20_c(
        "where",
        "In which part of the UK were house prices still rising, according to the RICS survey "
        "showing a slowdown in November?",
        "bbc-business-329",
        "Scotland",
    ),
    _b20_c(
        "where",
        "In which city did the Soros-funded Open Society Institute shut its office last year?",
        "bbc-business-357",
        "Moscow",
    ),
    _b20_c(
        "where",
        "Where did Tony Blair meet the Conlon and Maguire families to apologise to them?",
        "bbc-politics-012",
        "Westminster",
    ),
    _b20_c(
        "where",
        "To which country does the UK government plan to send back unaccompanied asylum-seeking "
        "children in a pilot scheme?",
        "bbc-politics-078",
        "Albania",
    ),
    _b20_c(
        "where",
        "Where was Gordon Brown travelling the next week to win support for his plans to double "
        "aid?",
        "bbc-politics-127",
        "America",
    ),
    _b20_c(
        "where",
        "Where is the headquarters of the official No campaign that Ray Mallon branded two-bit "
        "Tories?",
        "bbc-politics-200",
        "Durham",
    ),
    _b20_c(
        "where",
        "Where is the Welsh assembly building that was hit by the civil service strike, with "
        "only pass-holders let in?",
        "bbc-politics-210",
        "Cardiff Bay",
    ),
    _b20_c(
        "where",
        "Where did David Blunkett say the number of illegal immigrants detected had fallen "
        "sharply thanks to work with the French?",
        "bbc-politics-248",
        "Dover",
    ),
    _b20_c(
        "where",
        "Where will Labour hold its 2006 autumn party conference instead of Blackpool?",
        "bbc-politics-330",
        "Manchester",
    ),
    _b20_c(
        "where",
        "Where will the European Indoor Championships that James McIlroy is preparing for be held?",
        "bbc-sport-060",
        "Madrid",
    ),
    _b20_c(
        "where",
        "Where was the Northern Ireland Cross Country Championship won by Stephen Cairns and "
        "Jill Shannon held?",
        "bbc-sport-060",
        "Coleraine",
    ),
    _b20_c(
        "where",
        "Where did Wales beat Italy 38-8 in the Six Nations?",
        "bbc-sport-416",
        "Rome",
    ),
    _b20_c(
        "where",
        "Which country did the Forum for the Future report look at in depth to see how recycled "
        "mobile phones are used?",
        "bbc-tech-017",
        "Romania",
    ),
    _b20_c(
        "where",
        "In which city's secondary schools was the educational car racing game Racing Academy "
        "trialled?",
        "bbc-tech-071",
        "Bristol",
    ),
    _b20_c(
        "where",
        "Where are Peter Molyneux's Lionhead Studios based?",
        "bbc-tech-100",
        "Surrey",
    ),
    _b20_c(
        "where",
        "Where is the International Supercomputer Conference at which the Top 500 list is "
        "presented held?",
        "bbc-tech-141",
        "Pittsburgh",
    ),
    _b20_c(
        "where",
        "In which city is the annual Consumer Electronics Show held where Bill Gates was "
        "expected to talk about the next Xbox?",
        "bbc-tech-163",
        "Las Vegas",
    ),
    _b20_c(
        "where",
        "In which city was 14-year-old Stefan Pakeerah stabbed to death, in the case linked to "
        "the game Manhunt?",
        "bbc-tech-231",
        "Leicester",
    ),
    _b20_c(
        "where",
        "In which country did Honda's robot Asimo attend a state dinner as a goodwill envoy?",
        "bbc-tech-246",
        "Czech Republic",
    ),
    # how many
    _b20_c(
        "how many",
        "According to the UN's Food and Agriculture Organisation, how many people in the "
        "developing world depend on farming?",
        "bbc-business-067",
        "2.5 billion",
    ),
    _b20_c(
        "how many",
        "At what rate did the Bank of England leave interest rates for the sixth month running?",
        "bbc-business-119",
        "4.75%",
    ),
    _b20_c(
        "how many",
        "How much was Verizon's winning bid for MCI reported to be worth?",
        "bbc-business-162",
        "$6.8bn",
    ),
    _b20_c(
        "how many",
        "How much net income did Three Gorges Dam operator Yangtze Electric Power make in 2004?",
        "bbc-business-174",
        "3bn yuan",
    ),
    _b20_c(
        "how many",
        "By how much does the NIESR think UK taxes need to go up to keep the government's golden"
        " rule?",
        "bbc-business-195",
        "£10bn",
    ),
    _b20_c(
        "how many",
        "How much in back taxes and fines did Kazakhstan demand from George Soros's Open Society"
        " Institute?",
        "bbc-business-357",
        "$600,000",
    ),
    _b20_c(
        "how many",
        "What level were US interest rates expected to rise to at the Fed meeting for the fifth "
        "rise since June?",
        "bbc-business-402",
        "2.25%",
    ),
    _b20_c(
        "how many",
        "How much did Germany's GDP grow in 2004, its fastest rate in four years?",
        "bbc-business-439",
        "1.7%",
    ),
    _b20_c(
        "how many",
        "What were total US retail sales for 2004, the first year they topped $4 trillion?",
        "bbc-business-450",
        "$4.06 trillion",
    ),
    _b20_c(
        "how many",
        "What did Brazil's unemployment rate fall to in December, its lowest in three years?",
        "bbc-business-490",
        "9.6%",
    ),
    _b20_c(
        "how many",
        "How many householders or business occupiers have been prosecuted over tackling "
        "intruders in the last 15 years, according to the DPP?",
        "bbc-politics-034",
        "11",
    ),
    _b20_c(
        "how many",
        "How many under-18s have come to the UK to claim asylum without family members since 2002?",
        "bbc-politics-078",
        "9,000",
    ),
    _b20_c(
        "how many",
        "How many children die unnecessarily every day, according to Gordon Brown when setting "
        "out goals for the UK's G8 presidency?",
        "bbc-politics-127",
        "30,000",
    ),
    _b20_c(
        "how many",
        "How many of the civil service jobs cut by Gordon Brown were expected to go in Wales?",
        "bbc-politics-210",
        "6,000",
    ),
    _b20_c(
        "how many",
        "How many people on incapacity benefit want the chance to work, according to Alan Milburn?",
        "bbc-politics-268",
        "one million",
    ),
    _b20_c(
        "how many",
        "What level did Labour say interest rates reached when Michael Howard was in government?",
        "bbc-politics-367",
        "15%",
    ),
    _b20_c(
        "how many",
        "Roughly how much are Corinthians paying Boca Juniors for Carlos Tevez?",
        "bbc-sport-210",
        "$20m",
    ),
    _b20_c(
        "how many",
        "How much did Liverpool reportedly bid for Real Madrid striker Fernando Morientes?",
        "bbc-sport-272",
        "£3.5m",
    ),
    _b20_c(
        "how many",
        "How many tries did Wales score in their 38-8 Six Nations win in Italy?",
        "bbc-sport-416",
        "six",
    ),
    _b20_c(
        "how many",
        "How many mobile phones go out of use each year in the UK, according to Forum for the "
        "Future?",
        "bbc-tech-017",
        "15 million",
    ),
    _b20_c(
        "how many",
        "How much will the Nintendo DS cost in the UK?",
        "bbc-tech-084",
        "£99",
    ),
    _b20_c(
        "how many",
        "What speed did IBM's Blue Gene/L reach when it pushed Japan's Earth Simulator off the "
        "top of the supercomputer list?",
        "bbc-tech-141",
        "70.72 teraflops",
    ),
    _b20_c(
        "how many",
        "What share of UK households have internet access, according to the IPPR's report on "
        "online communities?",
        "bbc-tech-191",
        "53%",
    ),
    _b20_c(
        "how many",
        "How many mobile phones were sold worldwide last year, according to Gartner's record-"
        "breaking figures?",
        "bbc-tech-338",
        "674 million",
    ),
    _b20_c(
        "how many",
        "To how many other iTunes users could people once stream the music they had bought?",
        "bbc-tech-358",
        "five",
    ),
)
B20_NEAR_BBC_B = (
    "Who is the chief executive of Turkcell, the Turkish mobile firm that signed the deal to "
    "build Iran's Irancell network?",
    "Who runs Yangtze Electric Power, the company that operates China's Three Gorges Dam?",
    "Who is the chief executive of ScanSoft, the firm developing voice control for media players"
    " with Gracenote?",
    "Who heads Forum for the Future, the group behind the report on giving old mobile phones a "
    "second life?",
    "Who is the coach of Corinthians, the Brazilian club Carlos Tevez is joining from Boca "
    "Juniors?",
    "When will Peter Molyneux go to collect his OBE for services to the computer games industry?",
    "When will MTV start showing the McDonald's-sponsored show Advance Warning on its channels "
    "around the world?",
    "When will the Racing Academy car racing game be made available to schools across the UK?",
    "When was Lateral Visions, the Liverpool games firm behind Racing Academy, set up?",
    "When will Carlos Tevez make his debut for Corinthians?",
    "Where is Gracenote, the music database company working with ScanSoft on voice control, "
    "headquartered?",
    "In which city is the office of the Soros Foundation in Kazakhstan that the authorities are "
    "trying to close?",
    "Where is Futurelab, the organisation testing video games in classrooms, based?",
    "Where did Honda's Asimo robot make his first public run?",
    "How many copies of Half-Life 2 have been sold?",
    "How many people work at Peter Molyneux's Lionhead Studios?",
    "How many pupils took part in the Racing Academy trials at Bristol secondary schools?",
    "How many years is Carlos Tevez's contract with Corinthians?",
    "How many subscribers does Turkcell, Turkey's biggest private mobile operator, have?",
)


# -- Written twenty-first: a twenty-first batch, written blind in the ninth session of
# 2026-12-04, by writers who never saw how /news ask answers, over BBC articles no earlier
# batch used; its near misses ask for facts no article of the corpus states. Measured once
# when added, on the code of the session before (6ec4675).

_b21_c = partial(_c, batch=21)
B21_BBC_A = (
    # who
    _b21_c(
        "who",
        "Which Japanese economic minister insisted the economy was still in a recovery stage "
        "after figures showed Japan back in recession?",
        "bbc-business-044",
        "Heizo Takenaka|Mr Takenaka",
    ),
    _b21_c(
        "who",
        "Which witness, who had already pleaded guilty, told the Bernie Ebbers trial that Ebbers"
        " never made accounting decisions at Worldcom?",
        "bbc-business-087",
        "David Myers|Mr Myers",
    ),
    _b21_c(
        "who",
        "Who did AstraZeneca put in charge of drug development after its lung cancer drug Iressa"
        " failed a big trial?",
        "bbc-business-309",
        "John Patterson|Mr Patterson",
    ),
    _b21_c(
        "who",
        "Who heads Ukraine's state gas company Naftohaz and said he was fully happy with the "
        "Turkmen gas deal?",
        "bbc-business-378",
        "Yury Boyko",
    ),
    _b21_c(
        "who",
        "Which US Treasury Secretary put a brave face on the record November trade deficit?",
        "bbc-business-440",
        "John Snow",
    ),
    _b21_c(
        "who",
        "Which REM band member was taken to hospital with severe flu-like symptoms, forcing "
        "concerts to be cancelled?",
        "bbc-entertainment-118",
        "Mike Mills|Mills",
    ),
    _b21_c(
        "who",
        "Which arts minister welcomed the report on barriers facing minority ethnic led film and"
        " TV production companies?",
        "bbc-entertainment-194",
        "Estelle Morris",
    ),
    _b21_c(
        "who",
        "Which Trade and Industry Secretary attacked 'career sexism' and called for longer paid "
        "maternity leave in Labour's manifesto?",
        "bbc-politics-003",
        "Patricia Hewitt|Ms Hewitt",
    ),
    _b21_c(
        "who",
        "Which Alcohol Focus Scotland chief executive called Jack McConnell's drink remark ill-"
        "advised?",
        "bbc-politics-019",
        "Jack Law|Mr Law",
    ),
    _b21_c(
        "who",
        "Which Age Concern boss warned political parties not to take the grey vote for granted?",
        "bbc-politics-043",
        "Gordon Lishman|Mr Lishman",
    ),
    _b21_c(
        "who",
        "Which Islamic Human Rights Commission chairman accused Hazel Blears of playing an "
        "Islamophobia card over stop and search?",
        "bbc-politics-105",
        "Massoud Shadjareh",
    ),
    _b21_c(
        "who",
        "Which Tory backbencher told the Financial Times he would have come up sooner with much "
        "bigger tax cuts than Michael Howard's £4bn?",
        "bbc-politics-275",
        "Edward Leigh",
    ),
    _b21_c(
        "who",
        "Who was the last prime minister installed at a younger age than Tony Blair?",
        "bbc-politics-295",
        "Lord Liverpool",
    ),
    _b21_c(
        "who",
        "Which student asked Tony Blair about his personal integrity in the Five News session "
        "with first-time voters?",
        "bbc-politics-314",
        "David Dunne",
    ),
    _b21_c(
        "who",
        "Which UKIP chairman wrote urging the two Veritas defectors to give up their London "
        "Assembly seats?",
        "bbc-politics-325",
        "Petrina Holdsworth",
    ),
    _b21_c(
        "who",
        "Which Conservative co-chairman called Tony Blair a disappointment of historic "
        "proportions?",
        "bbc-politics-414",
        "Liam Fox",
    ),
    _b21_c(
        "who",
        "Which Newcastle boss was said to be ready to bid for Manchester City defender Richard "
        "Dunne?",
        "bbc-sport-250",
        "Graeme Souness",
    ),
    _b21_c(
        "who",
        "Who led Ireland to their Grand Slam clean sweep in 1948?",
        "bbc-sport-354",
        "Karl Mullen",
    ),
    _b21_c(
        "who",
        "Who from mobile firm Intervoice said Britain was a nation of lazy so-and-sos who don't "
        "write phone numbers down?",
        "bbc-tech-069",
        "David Noone|Mr Noone",
    ),
    _b21_c(
        "who",
        "Which analyst argued that the real danger to your data is what happens when it arrives,"
        " after the FSA warned of criminal gangs infiltrating banks?",
        "bbc-tech-164",
        "Bill Thompson",
    ),
    _b21_c(
        "who",
        "Who is the man behind the Live-Shot website planning remote-controlled hunting over the"
        " internet?",
        "bbc-tech-202",
        "John Underwood|Mr Underwood",
    ),
    _b21_c(
        "who",
        "Which Sophos spokesman warned staff might think the Cellery worm's Tetris game was "
        "simply a new game installed at work?",
        "bbc-tech-272",
        "Graham Cluley",
    ),
    _b21_c(
        "who",
        "Which Macrovision executive said RipGuard would evolve beyond anti-piracy?",
        "bbc-tech-326",
        "Steve Weinstein",
    ),
    _b21_c(
        "who",
        "Who is Wanadoo's chief executive, quoted on the launch of its broadband phone service?",
        "bbc-tech-350",
        "Eric Abensur",
    ),
    _b21_c(
        "who",
        "Who designed the RSS format that podcasts rely on and doubts podcasting will make much "
        "money?",
        "bbc-tech-364",
        "Dave Winer",
    ),
    # when
    _b21_c(
        "when",
        "On what date is South African bank Absa due to release its results, while its talks "
        "with Barclays continue?",
        "bbc-business-218",
        "30 May",
    ),
    _b21_c(
        "when",
        "When did Malcolm Glazer first say he was considering a bid for Manchester United?",
        "bbc-business-242",
        "February 2004",
    ),
    _b21_c(
        "when",
        "When did South Korea's LG Card get its $4.5bn bail-out that handed control to creditors?",
        "bbc-business-349",
        "January 2004",
    ),
    _b21_c(
        "when",
        "When was the Paris Club of creditors due to meet to discuss a debt freeze for tsunami-"
        "hit countries?",
        "bbc-business-398",
        "12 January",
    ),
    _b21_c(
        "when",
        "When did Charlie Bell resign as McDonald's boss to fight his cancer?",
        "bbc-business-452",
        "November",
    ),
    _b21_c(
        "when",
        "On what date was GM due to reveal its 2004 earnings, after warning 2005 profits would "
        "fall?",
        "bbc-business-462",
        "19 January",
    ),
    _b21_c(
        "when",
        "What date was REM's cancelled Glasgow gig moved to?",
        "bbc-entertainment-118",
        "15 June",
    ),
    _b21_c(
        "when",
        "When was the Child Support Agency introduced?",
        "bbc-politics-116",
        "1993",
    ),
    _b21_c(
        "when",
        "In what year was Diane Abbott elected alongside Keith Vaz, Paul Boateng and Bernie Grant?",
        "bbc-politics-143",
        "1987",
    ),
    _b21_c(
        "when",
        "When was the general election widely expected when Michael Howard defended his £4bn tax"
        " cut plans?",
        "bbc-politics-275",
        "May",
    ),
    _b21_c(
        "when",
        "When was Leo Blair, the first child born to a serving prime minister in more than 150 "
        "years, born?",
        "bbc-politics-295",
        "20 May, 2000",
    ),
    _b21_c(
        "when",
        "When were Damian Hockney and Peter Hulme-Cross elected to the London Assembly?",
        "bbc-politics-325",
        "2004",
    ),
    _b21_c(
        "when",
        "In which year did Margaret Thatcher secure the UK's EU rebate?",
        "bbc-politics-373",
        "1984",
    ),
    _b21_c(
        "when",
        "Which night were Thanou, Kenteris and their coach quizzed about at the Greek "
        "disciplinary hearing?",
        "bbc-sport-054",
        "12 August",
    ),
    _b21_c(
        "when",
        "What time was the Rugby Aid match with Tama Umaga to be shown on BBC One?",
        "bbc-sport-329",
        "1400 GMT",
    ),
    _b21_c(
        "when",
        "In which year were Ireland whitewashed after winning the Triple Crown under Mick Doyle?",
        "bbc-sport-354",
        "1986",
    ),
    _b21_c(
        "when",
        "By when was Scotland's Simon Taylor expected to be back playing, according to Lions "
        "coach Clive Woodward?",
        "bbc-sport-387",
        "March",
    ),
    _b21_c(
        "when",
        "On what day was BBC Sport's Piero tool to be unveiled at the Wales v England rugby match?",
        "bbc-tech-028",
        "Saturday",
    ),
    _b21_c(
        "when",
        "When does the International Atomic Energy Agency aim to start upgrading its outdated "
        "computer systems?",
        "bbc-tech-105",
        "November",
    ),
    _b21_c(
        "when",
        "When is the full launch of the PlayStation 3 console expected, according to the Cell "
        "chip report?",
        "bbc-tech-190",
        "2006",
    ),
    _b21_c(
        "when",
        "Since when has the British Library's wireless internet service been on trial?",
        "bbc-tech-204",
        "May",
    ),
    _b21_c(
        "when",
        "By when does the Mobile Data Association predict 75% of UK mobiles will be able to go "
        "online via GPRS?",
        "bbc-tech-265",
        "end of 2005",
    ),
    _b21_c(
        "when",
        "When is Macrovision's RipGuard DVD copy protection expected to be rolled out?",
        "bbc-tech-326",
        "middle of 2005",
    ),
    _b21_c(
        "when",
        "In what year did Worldcom, the phone company Bernie Ebbers ran, collapse?",
        "bbc-business-087",
        "2002",
    ),
    _b21_c(
        "when",
        "In what year was Luiz Inacio Lula da Silva elected Brazil's first working-class "
        "president?",
        "bbc-business-272",
        "2002",
    ),
    # where
    _b21_c(
        "where",
        "In which city did Pernod Ricard's shares slip 1.2% amid reports it was eyeing Allied "
        "Domecq?",
        "bbc-business-005",
        "Paris",
    ),
    _b21_c(
        "where",
        "In which city's court did ex-WorldCom finance chief Scott Sullivan testify that Ebbers "
        "had a hands-on grasp of financial information?",
        "bbc-business-246",
        "New York",
    ),
    _b21_c(
        "where",
        "Where will General Motors make the six-cylinder engines that are to replace Alfa "
        "Romeo's own, according to the Fiat unions?",
        "bbc-business-148",
        "Australia",
    ),
    _b21_c(
        "where",
        "Where did thousands of rural farm workers protest against President Lula da Silva's "
        "economic policies?",
        "bbc-business-272",
        "Brasilia",
    ),
    _b21_c(
        "where",
        "Where is Miller Tabak bond strategist Anthony Crescenzi, quoted on the US trade gap "
        "with China, based?",
        "bbc-business-429",
        "New York",
    ),
    _b21_c(
        "where",
        "In which city is Brian Taylor of Wells Fargo, who called the dollar's fall sudden and "
        "violent, based?",
        "bbc-business-440",
        "Minneapolis",
    ),
    _b21_c(
        "where",
        "In which country did Charlie Bell become McDonald's youngest store manager at 19?",
        "bbc-business-452",
        "Australia",
    ),
    _b21_c(
        "where",
        "In which country are GM's biggest European job losses?",
        "bbc-business-462",
        "Germany",
    ),
    _b21_c(
        "where",
        "In which city did shares in Saudi insurer NCCI make their trading debut?",
        "bbc-business-476",
        "Riyadh",
    ),
    _b21_c(
        "where",
        "Where did REM have to cut short a Monday night show and play a short acoustic set?",
        "bbc-entertainment-118",
        "Sheffield",
    ),
    _b21_c(
        "where",
        "Where in London was the Bafta film awards ceremony held the year The Aviator led the "
        "nominations?",
        "bbc-entertainment-355",
        "Odeon|Leicester Square",
    ),
    _b21_c(
        "where",
        "Where were the pupils Jack McConnell was talking to about binge drinking when he said "
        "it was okay to get drunk once in a while?",
        "bbc-politics-019",
        "Highlands",
    ),
    _b21_c(
        "where",
        "Hazel Blears, the Home Office minister who said Muslims were more likely to be stopped "
        "and searched, is MP for where?",
        "bbc-politics-105",
        "Salford",
    ),
    _b21_c(
        "where",
        "Which seat is Labour's Shahid Malik running for at the election?",
        "bbc-politics-143",
        "Dewsbury",
    ),
    _b21_c(
        "where",
        "David Dunne, the student who quizzed Tony Blair about trust on Five News, was a student"
        " from which city?",
        "bbc-politics-314",
        "Liverpool",
    ),
    _b21_c(
        "where",
        "Where was Jacques Chirac speaking when he called Britain's EU rebate unjustified?",
        "bbc-politics-373",
        "Brussels",
    ),
    _b21_c(
        "where",
        "Which town's Labour Party members' newsletter did the Lib Dems quote in their cold-"
        "calling complaint?",
        "bbc-politics-396",
        "Stevenage",
    ),
    _b21_c(
        "where",
        "At which Olympics was Kostas Kenteris 200m champion?",
        "bbc-sport-054",
        "Sydney",
    ),
    _b21_c(
        "where",
        "Where was Manchester City goalkeeper Nicky Weaver due to make his comeback in a reserve"
        " game?",
        "bbc-sport-250",
        "Blackburn",
    ),
    _b21_c(
        "where",
        "Where was the IRB Rugby Aid tsunami match featuring Tama Umaga and Brian O'Driscoll "
        "played?",
        "bbc-sport-329",
        "Twickenham",
    ),
    _b21_c(
        "where",
        "Where are the British and Irish Lions touring under Clive Woodward, who said he won't "
        "pick retired World Cup winners?",
        "bbc-sport-387",
        "New Zealand",
    ),
    _b21_c(
        "where",
        "In which city is the International Solid State Circuits Conference where full details "
        "of the PlayStation 3's Cell chip were to be released?",
        "bbc-tech-190",
        "San Francisco",
    ),
    _b21_c(
        "where",
        "Which busy mainline stations are close to the British Library, explaining why visitors "
        "use it as a business centre?",
        "bbc-tech-204",
        "Kings Cross|Euston",
    ),
    _b21_c(
        "where",
        "In which city is the MG Rover plant that union leader Tony Woodley said needed new "
        "models to secure its future?",
        "bbc-business-034",
        "Birmingham|Longbridge",
    ),
    _b21_c(
        "where",
        "Where did podcasting pioneer Adam Curry tour the big brands and advertising agencies?",
        "bbc-tech-364",
        "Madison Avenue",
    ),
    # how many
    _b21_c(
        "how many",
        "By how much did Allied Domecq shares rise in London on talk of a takeover by Pernod "
        "Ricard?",
        "bbc-business-005",
        "4%",
    ),
    _b21_c(
        "how many",
        "How many jobs could go at MG Rover's Midlands plant if the Shanghai Automotive "
        "investment deal happens, according to the FT?",
        "bbc-business-034",
        "2,000",
    ),
    _b21_c(
        "how many",
        "How much did Japan's economy grow overall in 2004, the year it slipped back into "
        "recession?",
        "bbc-business-044",
        "2.6%",
    ),
    _b21_c(
        "how many",
        "How many Manchester United directors did Malcolm Glazer use his stake to vote off the "
        "board at the club's AGM?",
        "bbc-business-242",
        "three",
    ),
    _b21_c(
        "how many",
        "How long a sentence could Bernie Ebbers face if convicted on all the WorldCom fraud "
        "charges?",
        "bbc-business-246",
        "85 years",
    ),
    _b21_c(
        "how many",
        "How many jobs would be lost if Fiat ends engine production at its Arese plant, "
        "according to the unions?",
        "bbc-business-148",
        "800",
    ),
    _b21_c(
        "how many",
        "How many patients took part in the AstraZeneca Iressa trial that found the drug no "
        "better than a placebo?",
        "bbc-business-309",
        "1,692",
    ),
    _b21_c(
        "how many",
        "What price per 1,000 cubic metres did Ukraine agree to pay Turkmenistan for gas after "
        "the supply cut-off?",
        "bbc-business-378",
        "$58",
    ),
    _b21_c(
        "how many",
        "How much is Sri Lanka asking the IMF for to help pay for tsunami relief?",
        "bbc-business-398",
        "$320m",
    ),
    _b21_c(
        "how many",
        "How big was the US trade deficit in October, when higher oil prices pushed it to a "
        "record?",
        "bbc-business-429",
        "$55.5bn|£29bn",
    ),
    _b21_c(
        "how many",
        "How many applicants got shares in the Saudi NCCI insurance flotation?",
        "bbc-business-476",
        "800,000",
    ),
    _b21_c(
        "how many",
        "How many Bafta nominations did Mike Leigh's film Vera Drake get?",
        "bbc-entertainment-355",
        "11",
    ),
    _b21_c(
        "how many",
        "How much less than men do women in full-time work earn, according to the Equal "
        "Opportunities Commission figures cited by Patricia Hewitt?",
        "bbc-politics-003",
        "19%",
    ),
    _b21_c(
        "how many",
        "How many adults were interviewed for the Age Concern survey on older people's voting?",
        "bbc-politics-043",
        "3,028",
    ),
    _b21_c(
        "how many",
        "How many Child Support Agency cases had yet to be processed, according to the Commons "
        "work and pensions committee?",
        "bbc-politics-116",
        "250,000",
    ),
    _b21_c(
        "how many",
        "How much in spending cuts by 2011 did Gordon Brown claim the Conservatives' plans would"
        " mean?",
        "bbc-politics-282",
        "£50bn",
    ),
    _b21_c(
        "how many",
        "Of the Tories' planned £35bn efficiency savings, how much would go on their spending "
        "plans?",
        "bbc-politics-344",
        "£23 billion",
    ),
    _b21_c(
        "how many",
        "How many telephone numbers are on the Telephone Preference Service lists that ban "
        "marketing calls?",
        "bbc-politics-396",
        "seven million",
    ),
    _b21_c(
        "how many",
        "How much did the government say it would spend on drugs to treat a possible bird flu "
        "outbreak?",
        "bbc-politics-414",
        "£200m",
    ),
    _b21_c(
        "how many",
        "How much storage does Apple's new iPod mini have?",
        "bbc-tech-040",
        "6GB",
    ),
    _b21_c(
        "how many",
        "About how many mobile phones are lost or stolen every month, according to the "
        "Intervoice survey report?",
        "bbc-tech-069",
        "10,000",
    ),
    _b21_c(
        "how many",
        "How many visits a year do IAEA nuclear inspectors make to facilities worldwide?",
        "bbc-tech-105",
        "3,000",
    ),
    _b21_c(
        "how many",
        "How much will each remote hunting session on the Live-Shot site cost?",
        "bbc-tech-202",
        "$150",
    ),
    _b21_c(
        "how many",
        "About how many people own a mobile phone in the UK, according to the Mobile Data "
        "Association figures?",
        "bbc-tech-265",
        "53 million",
    ),
    _b21_c(
        "how many",
        "How many people have downloaded the Skype Voip software, according to the firm's website?",
        "bbc-tech-350",
        "83 million",
    ),
)
B21_NEAR_BBC_A = (
    "Who is the chief executive of Allied Domecq, the drinks firm tipped as a takeover target "
    "for Pernod Ricard?",
    "Who is the chief executive of Absa, the South African bank in talks over selling a majority"
    " stake to Barclays?",
    "Who runs the online bank Cahoot, which admitted customer account details could be read by "
    "anyone guessing a login name?",
    "Who is the chief executive of Macrovision, the firm behind the RipGuard DVD copy protection?",
    "Who is the chairman of Shanghai Automotive Industry Corp, the Chinese carmaker planning to "
    "invest in MG Rover?",
    "When was the Cellery worm, which installs a Tetris game on infected PCs, first discovered?",
    "When was the Live-Shot website, which lets people shoot at targets over the internet, "
    "launched?",
    "On what date does Wanadoo's broadband phone service with the free Livebox go on sale in the"
    " UK?",
    "When was the Manchester United supporters' group Shareholders United set up?",
    "When was the Saudi insurer NCCI, the National Company for Cooperative Insurance, founded?",
    "Where is Intervoice, the mobile firm whose poll found people fear losing their friends "
    "along with their phones, based?",
    "Where is the anti-virus firm Sophos headquartered?",
    "Where is SecureWave, the company that can lock down USB ports on office computers, based?",
    "Near which town is John Underwood's Texas ranch, where Live-Shot plans remote-controlled "
    "hunting?",
    "Where is Alcohol Focus Scotland, the charity that criticised Jack McConnell's drink remark,"
    " based?",
    "How many DVD players could have problems playing discs protected by Macrovision's RipGuard?",
    "How many computers have been infected by the Cellery Tetris worm?",
    "How many fans were at REM's Sheffield Arena show that was cut short when Mike Mills fell ill?",
    "How many copies has the game Prince of Persia: Warrior Within sold?",
)
B21_BBC_B = (
    # who
    _b21_c(
        "who",
        "Which WorldCom whistleblower did Bernie Ebbers' lawyers call as their first defence "
        "witness?",
        "bbc-business-059",
        "Cynthia Cooper|Ms Cooper",
    ),
    _b21_c(
        "who",
        "Which freelance writer featured in the BBC's office makeover series was planning to "
        "turn a barn into her workplace?",
        "bbc-business-243",
        "Marianne Petersen",
    ),
    _b21_c(
        "who",
        "Which FSA spokesman explained why the split-caps compensation settlement came in below "
        "the £350m first reported?",
        "bbc-business-263",
        "Rob McIvor|Mr McIvor",
    ),
    _b21_c(
        "who",
        "Which US judge was due to hear Deutsche Bank's motion to throw out Yukos's Chapter 11 "
        "filing?",
        "bbc-business-391",
        "Letitia Clark",
    ),
    _b21_c(
        "who",
        "Who at the British Chambers of Commerce said the Bank of England was right to keep "
        "rates at 4.75%?",
        "bbc-business-438",
        "David Frost|Mr Frost",
    ),
    _b21_c(
        "who",
        "Which Capital Economics economist said the UK trade figures were better than expected "
        "but the trend still poor?",
        "bbc-business-441",
        "Paul Dales",
    ),
    _b21_c(
        "who",
        "Which actress, nominated for her role in Closer, was announced as an Oscar presenter "
        "alongside Chris Rock's hosting job?",
        "bbc-entertainment-185",
        "Natalie Portman|Portman",
    ),
    _b21_c(
        "who",
        "Which home secretary published plans for a points system for economic migrants in the "
        "week Blair and Howard clashed over National Insurance?",
        "bbc-politics-022",
        "Charles Clarke",
    ),
    _b21_c(
        "who",
        "Which Green MSP warned that thousands of people could miss out on voting in Edinburgh's"
        " congestion charge referendum?",
        "bbc-politics-114",
        "Mark Ballard|Mr Ballard",
    ),
    _b21_c(
        "who",
        "Which Labour campaign coordinator accused the Tories of launching Thatcherism in "
        "instalments?",
        "bbc-politics-159",
        "Alan Milburn",
    ),
    _b21_c(
        "who",
        "Which Electoral Commission boss backed the Y Vote mock elections in schools?",
        "bbc-politics-309",
        "Sam Younger",
    ),
    _b21_c(
        "who",
        "Which Tory chairman called Labour's claim about £35bn of Tory cuts a downright lie?",
        "bbc-politics-387",
        "Liam Fox|Dr Fox",
    ),
    _b21_c(
        "who",
        "Which Australian strategist was credited with the Tories' improved campaign under "
        "Michael Howard?",
        "bbc-politics-411",
        "Lynton Crosby",
    ),
    _b21_c(
        "who",
        "Which former Olympian and BBC pundit said deep down Kelly Holmes wants to keep running?",
        "bbc-sport-057",
        "Steve Cram|Cram",
    ),
    _b21_c(
        "who",
        "Who has been captaining England at full-back during their Six Nations defeats, in the "
        "absence of Jonny Wilkinson?",
        "bbc-sport-347",
        "Jason Robinson",
    ),
    _b21_c(
        "who",
        "Which WRU chairman put forward the plan to split the rugby season into four blocks?",
        "bbc-sport-372",
        "David Pickering|Pickering",
    ),
    _b21_c(
        "who",
        "Which Google vice president said the company would ultimately like to have all TV "
        "programming indexed?",
        "bbc-tech-076",
        "Jonathan Rosenberg",
    ),
    _b21_c(
        "who",
        "Which Microsoft finance chief announced that a test version of its desktop search "
        "software would be out by the end of the year?",
        "bbc-tech-108",
        "John Connors",
    ),
    _b21_c(
        "who",
        "What alias did the hacker thought to have written the Skulls program for Nokia 7610 "
        "phones use?",
        "bbc-tech-197",
        "Tee-222",
    ),
    _b21_c(
        "who",
        "Which Elspa director general called 2004 a stellar year for UK games sales?",
        "bbc-tech-203",
        "Roger Bennett",
    ),
    _b21_c(
        "who",
        "Who is the managing director of Ontrack Data Recovery, which listed the weirdest "
        "computer mishaps?",
        "bbc-tech-207",
        "Adrian Palmer|Mr Palmer",
    ),
    _b21_c(
        "who",
        "Which Texas attorney general sued two men said to be among the world's top five spammers?",
        "bbc-tech-273",
        "Greg Abbott|Mr Abbott",
    ),
    _b21_c(
        "who",
        "Who heads BT's new Entertainment unit, which plans to offer TV over broadband?",
        "bbc-tech-349",
        "Andrew Burke|Mr Burke",
    ),
    _b21_c(
        "who",
        "Jemima Khan reportedly left her iPod, phone and purse in a cab - who was the friend she"
        " asked to have them returned to?",
        "bbc-tech-375",
        "Hugh Grant",
    ),
    # when
    _b21_c(
        "when",
        "When did Megawati Sukarnoputri's government try to cut Indonesian fuel subsidies before"
        " backing down over protests?",
        "bbc-business-012",
        "2003",
    ),
    _b21_c(
        "when",
        "When did Fujitsu say it was getting out of the LCD panel business and handing its "
        "operations to Sharp?",
        "bbc-business-211",
        "Monday",
    ),
    _b21_c(
        "when",
        "When is the G8 summit by which Gordon Brown wanted more details drawn up on his "
        "International Finance Facility?",
        "bbc-business-241",
        "July",
    ),
    _b21_c(
        "when",
        "On what date was the EU due to decide whether to open membership talks with Turkey?",
        "bbc-business-277",
        "17 December",
    ),
    _b21_c(
        "when",
        "When is the loss-making Independent newspaper expected to break even, according to the "
        "report on Independent News & Media's Jagran deal?",
        "bbc-business-325",
        "2006",
    ),
    _b21_c(
        "when",
        "When did the Kremlin hold the auction of Yukos's main oil unit Yuganskneftegas?",
        "bbc-business-358",
        "19 December",
    ),
    _b21_c(
        "when",
        "When was the next hearing in Yukos's US bankruptcy case expected after Deutsche Bank's "
        "court challenge?",
        "bbc-business-358",
        "6 January",
    ),
    _b21_c(
        "when",
        "On what date was a US court to hear arguments for throwing out Yukos's bankruptcy "
        "claim, as ONGC eyed the former Yukos assets?",
        "bbc-business-399",
        "16 February",
    ),
    _b21_c(
        "when",
        "Since when had UK interest rates been held at 4.75% when the Bank left them unchanged "
        "again after a poor Christmas for retailers?",
        "bbc-business-438",
        "August",
    ),
    _b21_c(
        "when",
        "When did Chinese officials order a halt to dam work on the Nu River?",
        "bbc-business-472",
        "April 2004",
    ),
    _b21_c(
        "when",
        "On what date was Chris Rock due to host the Oscars, when he promised to keep his "
        "language clean?",
        "bbc-entertainment-185",
        "27 February",
    ),
    _b21_c(
        "when",
        "When was the Oscars ceremony first shown on television, with Bob Hope as host?",
        "bbc-entertainment-314",
        "1953",
    ),
    _b21_c(
        "when",
        "When do Edward Fox and Terry Palmer hope to reopen Swansea's old Palace Theatre?",
        "bbc-entertainment-358",
        "summer 2006",
    ),
    _b21_c(
        "when",
        "When would the Tories' proposed sunset clause have forced ministers to revisit Labour's"
        " anti-terror bill?",
        "bbc-politics-014",
        "November",
    ),
    _b21_c(
        "when",
        "According to the book Brown's Britain, when did Tony Blair tell Gordon Brown he would "
        "stand down before the next election?",
        "bbc-politics-099",
        "2003",
    ),
    _b21_c(
        "when",
        "When is the voting deadline for Edinburgh's transport referendum on congestion charging?",
        "bbc-politics-114",
        "February",
    ),
    _b21_c(
        "when",
        "In what year was the EU arms embargo on China imposed?",
        "bbc-politics-136",
        "1989",
    ),
    _b21_c(
        "when",
        "When is Paula Radcliffe due to run the Run London 10km race?",
        "bbc-sport-038",
        "the end of the year",
    ),
    _b21_c(
        "when",
        "When did Wales last win the Six Nations title before their strong start in 2005?",
        "bbc-sport-320",
        "1994",
    ),
    _b21_c(
        "when",
        "When would the Six Nations be played under the Welsh Rugby Union's proposed season "
        "overhaul?",
        "bbc-sport-372",
        "April and May",
    ),
    _b21_c(
        "when",
        "Since when has Google Video been indexing US programmes from PBS, the NBA, Fox News and"
        " C-SPAN?",
        "bbc-tech-076",
        "December",
    ),
    _b21_c(
        "when",
        "On what date did Google release its desktop search software?",
        "bbc-tech-108",
        "14 October",
    ),
    _b21_c(
        "when",
        "What dates did the CES trade show officially run, when the casual gaming panel spoke?",
        "bbc-tech-170",
        "6 to 9 January",
    ),
    _b21_c(
        "when",
        "On which day was Apple's lawsuit over the leaked Tiger operating system filed?",
        "bbc-tech-259",
        "Monday",
    ),
    _b21_c(
        "when",
        "By when does the BBC plan to make all its TV output meet HDTV standards?",
        "bbc-tech-360",
        "2010",
    ),
    # where
    _b21_c(
        "where",
        "In which city was the jury that heard former WorldCom accounting head Cynthia Cooper "
        "testify at the Ebbers fraud trial?",
        "bbc-business-059",
        "New York",
    ),
    _b21_c(
        "where",
        "Where is MEPS, the steel consultancy whose analyst called CVRD's ore price rise "
        "uncharted territory, based?",
        "bbc-business-140",
        "Sheffield",
    ),
    _b21_c(
        "where",
        "Where were the G8 countries due to meet during the UK's 2005 presidency, according to "
        "the G7 Africa debt relief story?",
        "bbc-business-241",
        "Gleneagles|Scotland",
    ),
    _b21_c(
        "where",
        "In which country is the barn that Marianne Petersen wants to convert into a writing "
        "office?",
        "bbc-business-243",
        "Sweden",
    ),
    _b21_c(
        "where",
        "Which city did Deutsche Bank say Yukos owned no property in and did no business in, "
        "when it challenged the firm's US bankruptcy filing?",
        "bbc-business-358",
        "Houston",
    ),
    _b21_c(
        "where",
        "In which overseas city did Qantas more than double the number of flight attendants it "
        "has based there?",
        "bbc-business-455",
        "London",
    ),
    _b21_c(
        "where",
        "Besides power stations, China's environment agency halted work on a port in which "
        "province?",
        "bbc-business-472",
        "Fujian",
    ),
    _b21_c(
        "where",
        "Which country came out as the most pessimistic in the BBC World Service poll on "
        "economic prospects?",
        "bbc-business-495",
        "South Korea",
    ),
    _b21_c(
        "where",
        "Where was the very first Academy Awards dinner held in 1929?",
        "bbc-entertainment-314",
        "Hollywood Roosevelt Hotel",
    ),
    _b21_c(
        "where",
        "Where was Sir Anthony Hopkins, who made his professional debut at Swansea's Palace "
        "Theatre, born?",
        "bbc-entertainment-358",
        "Port Talbot",
    ),
    _b21_c(
        "where",
        "In which town did Tony Blair give his speech promising personal prosperity for all and "
        "an unremittingly New Labour manifesto?",
        "bbc-politics-099",
        "Chatham|Kent",
    ),
    _b21_c(
        "where",
        "Where was Jack Straw due to hold talks on Thursday amid the row over lifting the EU "
        "arms ban on China?",
        "bbc-politics-136",
        "Beijing",
    ),
    _b21_c(
        "where",
        "Where did Michael Howard give his speech about the Tories standing up for the forgotten"
        " majority?",
        "bbc-politics-159",
        "Northamptonshire",
    ),
    _b21_c(
        "where",
        "Where did Robert Kilroy-Silk tell his East Midlands constituents why he was quitting "
        "UKIP?",
        "bbc-politics-281",
        "Hinckley|Leicestershire",
    ),
    _b21_c(
        "where",
        "Where was the Conservative spring conference at which Michael Howard made his ad-libbed"
        " rallying call to activists?",
        "bbc-politics-411",
        "Brighton",
    ),
    _b21_c(
        "where",
        "Which city's marathon did Paula Radcliffe win to make up for her Athens disappointment?",
        "bbc-sport-038",
        "New York",
    ),
    _b21_c(
        "where",
        "Where are the World Championships at which Kelly Holmes could still chase her first "
        "world gold?",
        "bbc-sport-057",
        "Helsinki",
    ),
    _b21_c(
        "where",
        "At which stadium were France hosting Wales in their Six Nations match on 26 February?",
        "bbc-sport-320",
        "Stade de France",
    ),
    _b21_c(
        "where",
        "Where was the Davis Cup final in which Carlos Moya beat Andy Roddick to clinch the "
        "title for Spain?",
        "bbc-sport-470",
        "Seville",
    ),
    _b21_c(
        "where",
        "Where did Spain win their previous Davis Cup title, against Australia?",
        "bbc-sport-470",
        "Valencia",
    ),
    _b21_c(
        "where",
        "Apart from the US, which country already ran a national alert service like the UK's new"
        " IT Safe virus warning site?",
        "bbc-tech-034",
        "Netherlands",
    ),
    _b21_c(
        "where",
        "In which city is the Consumer Electronics Show held, where experts predicted casual "
        "gaming would take off?",
        "bbc-tech-170",
        "Las Vegas",
    ),
    _b21_c(
        "where",
        "In which city is the MacWorld conference held, which came weeks after Apple sued people"
        " for leaking Tiger?",
        "bbc-tech-259",
        "San Francisco",
    ),
    _b21_c(
        "where",
        "Where is Mark Stephen Trotter, one of the two alleged spammers sued by Texas, from?",
        "bbc-tech-273",
        "California",
    ),
    _b21_c(
        "where",
        "Where did industry experts gather for the 2nd European HDTV Summit?",
        "bbc-tech-360",
        "Bafta|London",
    ),
    # how many
    _b21_c(
        "how many",
        "How much did Indonesia spend on fuel subsidies in 2004?",
        "bbc-business-012",
        "59.2 trillion rupiah|$6.58bn|£3.5bn",
    ),
    _b21_c(
        "how many",
        "How big was the record US budget deficit last year that Alan Greenspan warned Congress "
        "about?",
        "bbc-business-041",
        "$412bn",
    ),
    _b21_c(
        "how many",
        "How much more did Nippon Steel agree to pay for iron ore, sending steel shares lower "
        "worldwide?",
        "bbc-business-140",
        "72%",
    ),
    _b21_c(
        "how many",
        "How many countries could benefit from the G7's plan to write off up to 100% of poor "
        "nations' debts?",
        "bbc-business-241",
        "37",
    ),
    _b21_c(
        "how many",
        "How many investment firms agreed to the £194m split-capital trust compensation deal "
        "with the FSA?",
        "bbc-business-263",
        "Eighteen|eighteen",
    ),
    _b21_c(
        "how many",
        "How much does Turkey owe the International Monetary Fund?",
        "bbc-business-277",
        "$23bn",
    ),
    _b21_c(
        "how many",
        "How big a stake did Irish publisher Independent News & Media take in the Indian "
        "newspaper group Jagran?",
        "bbc-business-325",
        "26%",
    ),
    _b21_c(
        "how many",
        "How much was Yuganskneftegas sold for to the state oil firm Rosneft?",
        "bbc-business-391",
        "$9.4bn",
    ),
    _b21_c(
        "how many",
        "How many barrels of oil a day does India produce, according to the story on ONGC's "
        "interest in Yukos assets?",
        "bbc-business-399",
        "793,000",
    ),
    _b21_c(
        "how many",
        "How big was the UK's trade gap in November, when exports outside the EU jumped 7.5%?",
        "bbc-business-441",
        "£3.1bn",
    ),
    _b21_c(
        "how many",
        "How many Qantas jobs could be moved out of Australia, according to newspaper reports "
        "about the airline's cost cutting?",
        "bbc-business-455",
        "7,000",
    ),
    _b21_c(
        "how many",
        "How many people were questioned in the BBC World Service poll that found gloom about "
        "the world economy?",
        "bbc-business-495",
        "22,953|23,000",
    ),
    _b21_c(
        "how many",
        "How much in tax cuts had the Tories promised without saying where they would fall, when"
        " Michael Howard claimed National Insurance would rise under Labour?",
        "bbc-politics-022",
        "£4bn",
    ),
    _b21_c(
        "how many",
        "How many seats did UKIP win at the European elections before Kilroy-Silk walked out?",
        "bbc-politics-281",
        "12",
    ),
    _b21_c(
        "how many",
        "How many years has Charles Kennedy been an MP in the Commons, according to the piece on"
        " his cautious optimism before the election?",
        "bbc-politics-284",
        "22",
    ),
    _b21_c(
        "how many",
        "What share of 16 to 20-year-olds feel strongly about issues like crime and education, "
        "according to Electoral Commission research?",
        "bbc-politics-309",
        "81%",
    ),
    _b21_c(
        "how many",
        "What proportion of households already struggle with debt, according to Lib Dem Vince "
        "Cable?",
        "bbc-politics-338",
        "one in eight",
    ),
    _b21_c(
        "how many",
        "By how much a year would the Lib Dems' local income tax benefit the typical household, "
        "according to Charles Kennedy's Budget response?",
        "bbc-politics-363",
        "£450",
    ),
    _b21_c(
        "how many",
        "How much did Tony Blair claim a Tory government would cut from public services after "
        "Gordon Brown's ninth Budget?",
        "bbc-politics-387",
        "£35bn",
    ),
    _b21_c(
        "how many",
        "How many malicious programs were circulating in September 2004, according to the IT "
        "Safe launch story?",
        "bbc-tech-034",
        "100,000",
    ),
    _b21_c(
        "how many",
        "How many people signed the online petition against ESPN's deal with EA Sports?",
        "bbc-tech-056",
        "18,000",
    ),
    _b21_c(
        "how many",
        "How much did UK gamers spend on games in 2004, the year GTA: San Andreas broke sales "
        "records?",
        "bbc-tech-203",
        "£1.34bn",
    ),
    _b21_c(
        "how many",
        "How many subscribers does Home Choice, the London TV-over-broadband service, have?",
        "bbc-tech-349",
        "15,000",
    ),
    _b21_c(
        "how many",
        "What share of flat panel screens sold in the UK can actually show high-definition, "
        "according to GfK?",
        "bbc-tech-360",
        "1.3%",
    ),
    _b21_c(
        "how many",
        "How many mobile phones were left in London black cabs over six months, according to the"
        " survey?",
        "bbc-tech-375",
        "63,000",
    ),
)
B21_NEAR_BBC_B = (
    "Who was the executive who froze his broken hard disk, topping Ontrack's list of the "
    "weirdest data disasters?",
    "Who bought Swansea's Palace Theatre at auction for £340,000?",
    "Who is the boss of Home Choice, the broadband TV service in London?",
    "Who is the chief executive of Symbian, which played down the Skulls phone program?",
    "Who runs GlobeScan, the polling firm behind the BBC World Service economy poll?",
    "Where is Pointsec, the firm behind the survey of gadgets left in taxis, based?",
    "Where are Leadplex and PayPerAction, the firms named in the Texas spam lawsuit, based?",
    "Where was the hacker Tee-222, who is thought to have written the Skulls phone program, based?",
    "Where will Hitachi and Matsushita carry out their joint plasma TV research?",
    "Where will the International Rugby Board meet to discuss the WRU's plan to overhaul the "
    "rugby season?",
    "When did Marianne Petersen buy the Swedish barn she is converting into an office?",
    "When will Fujitsu's LCD staff and factories actually be handed over to Sharp?",
    "When will Valve release sales figures for Half-Life 2?",
    "When will BT's TV-over-broadband service go on sale to customers?",
    "When is Independent News & Media's purchase of the Jagran stake due to be completed?",
    "How much money has Swansea business adviser Keith Poulton put into the Palace Theatre "
    "project?",
    "How much did EA pay ESPN for the rights to its TV branding and on-air talent?",
    "How many copies a day does the Hindi newspaper Dainik Jagran sell?",
    "How many people have signed up for the government's IT Safe virus alerts?",
    "How much did Yahoo pay for desktop search firm Stata Labs?",
)


# -- Written twenty-second: a twenty-second batch, written blind in the tenth session of
# 2026-12-04, by writers who never saw how /news ask answers, over BBC articles no earlier
# batch used; its near misses ask for facts no article of the corpus states. Measured once
# when added, on the code of the session before (d19ed1a).

_b22_c = partial(_c, batch=22)
B22_BBC_A = (
    # who
    _b22_c(
        "who",
        "Who is the new boss of bankrupt US grocer Winn-Dixie?",
        "bbc-business-145",
        "Peter Lynch|Mr Lynch",
    ),
    _b22_c(
        "who",
        "Which Thai tourism minister said the tsunami could cost 30bn baht in lost tourism "
        "earnings?",
        "bbc-business-354",
        "Sontaya Kunplome",
    ),
    _b22_c(
        "who",
        "Which Russian economy minister said the state's grab of Yukos assets and oil "
        "renationalisation should be reversed?",
        "bbc-business-426",
        "German Gref|Mr Gref",
    ),
    _b22_c(
        "who",
        "Who is the president of the European Central Bank that kept rates at 2% for a 19th month?",
        "bbc-business-436",
        "Jean-Claude Trichet",
    ),
    _b22_c(
        "who",
        "Who is the chief executive of AMR, the parent company of American Airlines?",
        "bbc-business-466",
        "Gerard Arpey",
    ),
    _b22_c(
        "who",
        "Which Ladbrokes spokesman said Sheila Ferguson was favourite to be voted off I'm A "
        "Celebrity?",
        "bbc-entertainment-223",
        "Warren Lush|Mr Lush",
    ),
    _b22_c(
        "who",
        "Which documentary maker got behind-the-scenes access to Michael Howard for No More Mr "
        "Nasty?",
        "bbc-politics-013",
        "Michael Cockerell|Cockerell",
    ),
    _b22_c(
        "who",
        "Who is the chairman of the pressure group Migration Watch?",
        "bbc-politics-025",
        "Sir Andrew Green",
    ),
    _b22_c(
        "who",
        "Which Tory shadow education secretary said Ruth Kelly had no idea what to put in place "
        "of the Tomlinson report?",
        "bbc-politics-055",
        "Tim Collins",
    ),
    _b22_c(
        "who",
        "Which MSP is behind a bill to keep big shops shut on Christmas Day and New Year's Day?",
        "bbc-politics-063",
        "Karen Whitefield|Ms Whitefield",
    ),
    _b22_c(
        "who",
        "Which BBC political editor called Gordon Brown's Guardian article a warning shot to "
        "Tony Blair?",
        "bbc-politics-107",
        "Andrew Marr|Mr Marr",
    ),
    _b22_c(
        "who",
        "Which Tory MP defected to Labour on the day Michael Howard made his tax cut pledge?",
        "bbc-politics-270",
        "Robert Jackson",
    ),
    _b22_c(
        "who",
        "Which Labour backbencher said the Tories had been a lot smarter in their election "
        "campaign?",
        "bbc-politics-415",
        "Derek Wyatt|Mr Wyatt",
    ),
    _b22_c(
        "who",
        "Which Kenyan runner did Paula Radcliffe outsprint to win the New York Marathon?",
        "bbc-sport-042",
        "Susan Chepkemei|Chepkemei",
    ),
    _b22_c(
        "who",
        "Which World Anti-Doping chief said he would appeal if the IAAF did not challenge "
        "Katerina Thanou's clearance?",
        "bbc-sport-089",
        "Dick Pound",
    ),
    _b22_c(
        "who",
        "Which Chelsea defender predicted a two-horse title race with Arsenal?",
        "bbc-sport-209",
        "William Gallas|Gallas",
    ),
    _b22_c(
        "who",
        "Which Real Madrid striker did Steven Gerrard urge Liverpool to sign in the January "
        "window?",
        "bbc-sport-274",
        "Fernando Morientes|Morientes",
    ),
    _b22_c(
        "who",
        "Which PC Pro editor warned broadband users that they were probably being ripped off?",
        "bbc-tech-021",
        "Tim Danton|Mr Danton",
    ),
    _b22_c(
        "who",
        "Which Ofcom chairman refused to rule out regulating net content?",
        "bbc-tech-087",
        "Lord Currie",
    ),
    _b22_c(
        "who",
        "Which THX executive who worked on the Star Wars DVDs talked about high-definition discs?",
        "bbc-tech-094",
        "Rick Dean|Mr Dean",
    ),
    _b22_c(
        "who",
        "Whose symphonies feature throughout the Star Wars: Battlefront video game?",
        "bbc-tech-125",
        "John Williams",
    ),
    _b22_c(
        "who",
        "Who is the man behind suprnova.org who is developing the Exeem file-swapping network?",
        "bbc-tech-156",
        "Sloncek",
    ),
    _b22_c(
        "who",
        "Who is the Ask Jeeves spokesman who said the future is about developing your own "
        "personal web?",
        "bbc-tech-213",
        "Tony Macklin|Mr Macklin",
    ),
    _b22_c(
        "who",
        "Which Austrian Green MEP said the EU software patent directive protects only big "
        "companies?",
        "bbc-tech-258",
        "Eva Lichtenberg",
    ),
    _b22_c(
        "who",
        "Which Electronic Arts studio general manager in Europe called the first year of next-"
        "gen development a horrendous effort?",
        "bbc-tech-309",
        "Rory Armes|Mr Armes",
    ),
    # when
    _b22_c(
        "when",
        "When did Ed Balls hint that Gordon Brown's Budget giveaway would come?",
        "bbc-business-106",
        "16 March",
    ),
    _b22_c(
        "when",
        "What was the date of the presidential election that came just after the US third-"
        "quarter growth figures?",
        "bbc-business-165",
        "2 November",
    ),
    _b22_c(
        "when",
        "According to the Economic Policy Institute, from what year will the US Social Security "
        "Trust Fund need cash returns on its bonds?",
        "bbc-business-245",
        "2018",
    ),
    _b22_c(
        "when",
        "On what date is the WTO's Multi-Fibre Agreement on textile quotas due to end?",
        "bbc-business-296",
        "31 December",
    ),
    _b22_c(
        "when",
        "When did Putin's adviser Andrei Illarionov call the Yukos sale the swindle of the "
        "century?",
        "bbc-business-426",
        "28 December",
    ),
    _b22_c(
        "when",
        "The US budget deficit hit a record $412bn in the 12 months up to what date?",
        "bbc-business-488",
        "30 September 2004",
    ),
    _b22_c(
        "when",
        "On which day was the first I'm A Celebrity eviction due when Sheila Ferguson was the "
        "bookies' favourite to go?",
        "bbc-entertainment-223",
        "Monday",
    ),
    _b22_c(
        "when",
        "When was the Michael Howard documentary No More Mr Nasty being shown on BBC2?",
        "bbc-politics-013",
        "Saturday 12 February",
    ),
    _b22_c(
        "when",
        "When did Ruth Kelly enter the Cabinet after David Blunkett resigned?",
        "bbc-politics-055",
        "last month",
    ),
    _b22_c(
        "when",
        "When does the consultation on the Christmas and New Year's Day Trading Bill close?",
        "bbc-politics-063",
        "7 February",
    ),
    _b22_c(
        "when",
        "By what date do voters have to register if the general election is on 5 May, according "
        "to the Electoral Commission?",
        "bbc-politics-079",
        "11 March",
    ),
    _b22_c(
        "when",
        "In what year did pensioners protest after the average English council tax bill went up "
        "12.9%?",
        "bbc-politics-317",
        "2003",
    ),
    _b22_c(
        "when",
        "When did a Greek tribunal overturn sprinter Katerina Thanou's provisional ban?",
        "bbc-sport-089",
        "18 March",
    ),
    _b22_c(
        "when",
        "When does Ashley Cole's current contract with Arsenal run out?",
        "bbc-sport-125",
        "2007",
    ),
    _b22_c(
        "when",
        "When did Wales last win a Five or Six Nations title, according to the preview of their "
        "trip to Paris?",
        "bbc-sport-310",
        "1994",
    ),
    _b22_c(
        "when",
        "On what date is Martin Johnson's testimonial match?",
        "bbc-sport-367",
        "4 June",
    ),
    _b22_c(
        "when",
        "On which day did the EU ministers' meeting fail to adopt the computer-implemented "
        "inventions law?",
        "bbc-tech-080",
        "Monday",
    ),
    _b22_c(
        "when",
        "On what date did Firefox 1.0 come out?",
        "bbc-tech-138",
        "9 November",
    ),
    _b22_c(
        "when",
        "On what dates did the 2005 Consumer Electronics Show officially run?",
        "bbc-tech-193",
        "6 to 9 January",
    ),
    _b22_c(
        "when",
        "In what month did the MyDoom virus outbreak happen, according to MessageLabs' 2004 "
        "report?",
        "bbc-tech-217",
        "January",
    ),
    _b22_c(
        "when",
        "When is Boeing's 787 Dreamliner due to take to the skies?",
        "bbc-business-069",
        "2008",
    ),
    _b22_c(
        "when",
        "In what year did Clint Eastwood win his first best director Oscar, for Unforgiven?",
        "bbc-entertainment-372",
        "1993",
    ),
    _b22_c(
        "when",
        "When does GW Pharma expect full Canadian approval for its cannabis drug Sativex?",
        "bbc-business-327",
        "early in 2005|the early part of 2005",
    ),
    _b22_c(
        "when",
        "When is a test version of the Exeem file-swapping program due to be released?",
        "bbc-tech-156",
        "late January",
    ),
    _b22_c(
        "when",
        "When did the FBI shut down its fbi.gov accounts because of a security breach?",
        "bbc-tech-039",
        "earlier this month",
    ),
    # where
    _b22_c(
        "where",
        "Where did Boeing hold the roll-out of its long-range 777-200LR jet?",
        "bbc-business-069",
        "Seattle",
    ),
    _b22_c(
        "where",
        "Which West Yorkshire Labour seat is Gordon Brown's former economic adviser Ed Balls "
        "standing in?",
        "bbc-business-106",
        "Normanton",
    ),
    _b22_c(
        "where",
        "Which city is the supermarket chain Winn-Dixie based in?",
        "bbc-business-145",
        "Jacksonville",
    ),
    _b22_c(
        "where",
        "Which city is the Economic Policy Institute, the think tank critical of Bush's budget, "
        "based in?",
        "bbc-business-245",
        "Washington",
    ),
    _b22_c(
        "where",
        "Which country did Christian Aid say would lose almost a million textile jobs when the "
        "quotas end?",
        "bbc-business-296",
        "Bangladesh",
    ),
    _b22_c(
        "where",
        "Which country was set to be the first to approve GW Pharmaceuticals' cannabis mouth "
        "spray Sativex?",
        "bbc-business-327",
        "Canada",
    ),
    _b22_c(
        "where",
        "Which under-developed part of Indonesia did analysts name as one of the areas worst hit"
        " by the tsunami?",
        "bbc-business-354",
        "Aceh",
    ),
    _b22_c(
        "where",
        "In which city are the children of prostitutes filmed in the Oscar-winning documentary "
        "Born into Brothels?",
        "bbc-entertainment-372",
        "Calcutta",
    ),
    _b22_c(
        "where",
        "Where was Michael Howard a student, according to Anne Robinson's remarks about him "
        "being a dashing lover?",
        "bbc-politics-013",
        "Cambridge",
    ),
    _b22_c(
        "where",
        "Which constituency is former Home Office minister Barbara Roche the MP for?",
        "bbc-politics-025",
        "Hornsey and Wood Green",
    ),
    _b22_c(
        "where",
        "Where would large retailers have to stay closed on Christmas Day and 1 January under "
        "the bill backed by the Usdaw union?",
        "bbc-politics-063",
        "Scotland",
    ),
    _b22_c(
        "where",
        "Which part of the UK lost voters off the register when it switched to individual "
        "registration?",
        "bbc-politics-079",
        "Northern Ireland",
    ),
    _b22_c(
        "where",
        "In which country was Guantanamo detainee Martin Mubanga arrested?",
        "bbc-politics-100",
        "Zambia",
    ),
    _b22_c(
        "where",
        "At which airports were travellers tested for TB last year, in the report on the "
        "Conservatives' migrant health checks?",
        "bbc-politics-122",
        "Heathrow and Gatwick",
    ),
    _b22_c(
        "where",
        "Which constituency does Labour MP Derek Wyatt represent?",
        "bbc-politics-415",
        "Sittingbourne and Sheppey",
    ),
    _b22_c(
        "where",
        "Where was the final mile of the New York Marathon that Paula Radcliffe won on her "
        "comeback?",
        "bbc-sport-042",
        "Central Park",
    ),
    _b22_c(
        "where",
        "In which city was the hotel where Ashley Cole reportedly met Chelsea's bosses?",
        "bbc-sport-125",
        "London",
    ),
    _b22_c(
        "where",
        "In which city were Wales due to play Italy after beating England in the Six Nations?",
        "bbc-sport-304",
        "Rome",
    ),
    _b22_c(
        "where",
        "Where will Martin Johnson's farewell game against Jonah Lomu's team be played?",
        "bbc-sport-367",
        "Twickenham",
    ),
    _b22_c(
        "where",
        "In which city did EU ministers fail to adopt the software patents law as planned?",
        "bbc-tech-080",
        "Brussels",
    ),
    _b22_c(
        "where",
        "Where is Swarm Systems, the firm behind the Exeem file-sharing technology, based?",
        "bbc-tech-156",
        "Saint Kitts and Nevis",
    ),
    _b22_c(
        "where",
        "In which city was the CES gadget show where 11% growth in gadgets was predicted for 2005?",
        "bbc-tech-193",
        "Las Vegas",
    ),
    _b22_c(
        "where",
        "Which country's last-minute intervention put the EU's software patent rules on hold?",
        "bbc-tech-258",
        "Poland",
    ),
    _b22_c(
        "where",
        "Besides Pearl Harbour, which Pacific battle is one of the arenas in Medal of Honor: "
        "Pacific Assault?",
        "bbc-tech-288",
        "Guadalcanal",
    ),
    _b22_c(
        "where",
        "Which country came last in Jupiter Research's European Digital Life Index?",
        "bbc-tech-361",
        "Greece",
    ),
    # how many
    _b22_c(
        "how many",
        "How much did US core producer prices jump in January, the biggest rise since 1998?",
        "bbc-business-163",
        "0.8%",
    ),
    _b22_c(
        "how many",
        "At what annual rate did the US economy grow between July and September, just before the"
        " Bush-Kerry election?",
        "bbc-business-165",
        "3.7%",
    ),
    _b22_c(
        "how many",
        "What was France's jobless rate when a batch of weak data cast doubt on the French "
        "economy?",
        "bbc-business-182",
        "9.9%",
    ),
    _b22_c(
        "how many",
        "How much did Germany's economy grow in 2004, in the report on the ECB leaving rates on "
        "hold?",
        "bbc-business-436",
        "1.7%",
    ),
    _b22_c(
        "how many",
        "How many Boeing jets did AMR put off taking delivery of to cut costs?",
        "bbc-business-466",
        "54",
    ),
    _b22_c(
        "how many",
        "What shortfall for the 2005 fiscal year had the Congressional Budget Office predicted "
        "before it raised its deficit forecast to $368bn?",
        "bbc-business-488",
        "$348bn",
    ),
    _b22_c(
        "how many",
        "For how many months was Briton Martin Mubanga held at Guantanamo Bay?",
        "bbc-politics-100",
        "33",
    ),
    _b22_c(
        "how many",
        "How many people were screened for TB at UK airports last year, according to the story "
        "on Tory health checks for migrants?",
        "bbc-politics-122",
        "185,000",
    ),
    _b22_c(
        "how many",
        "What did Tessa Jowell cap the number of new casinos at in her climbdown?",
        "bbc-politics-187",
        "24",
    ),
    _b22_c(
        "how many",
        "How much of Michael Howard's planned £35bn of savings would go to plugging Labour's "
        "alleged black hole?",
        "bbc-politics-270",
        "£12bn",
    ),
    _b22_c(
        "how many",
        "How many MPs did Labour win in the February 1974 election that produced a hung "
        "parliament?",
        "bbc-politics-303",
        "301",
    ),
    _b22_c(
        "how many",
        "By how much on average did the Tories say they could cut pensioners' council tax bills?",
        "bbc-politics-317",
        "£340",
    ),
    _b22_c(
        "how many",
        "How much more did Gordon Brown set aside for Iraq and Afghanistan in his pre-Budget "
        "report?",
        "bbc-politics-355",
        "£520m",
    ),
    _b22_c(
        "how many",
        "How old was Steven Gerrard when he said he wanted to stay at Anfield despite Chelsea's "
        "interest?",
        "bbc-sport-274",
        "24",
    ),
    _b22_c(
        "how many",
        "What was the score when Gavin Henson's late penalty gave Wales victory over England?",
        "bbc-sport-304",
        "11-9",
    ),
    _b22_c(
        "how many",
        "By what score did Wales beat Italy before Mike Ruddock made two changes for the France "
        "game?",
        "bbc-sport-310",
        "38-8",
    ),
    _b22_c(
        "how many",
        "How many broadband users did PC Pro Magazine survey about their internet service?",
        "bbc-tech-021",
        "2,000",
    ),
    _b22_c(
        "how many",
        "How many UK households could have broadband by the end of 2005, according to the Ofcom "
        "net regulation story?",
        "bbc-tech-087",
        "eight million",
    ),
    _b22_c(
        "how many",
        "How many human hours did it take just to make sure the menu buttons on the Star Wars "
        "DVDs worked?",
        "bbc-tech-094",
        "45",
    ),
    _b22_c(
        "how many",
        "How much money had Firefox fans raised for an advert in the New York Times?",
        "bbc-tech-138",
        "$250,000",
    ),
    _b22_c(
        "how many",
        "How many trade professionals went to the Consumer Electronics Show in January 2005?",
        "bbc-tech-193",
        "120,000",
    ),
    _b22_c(
        "how many",
        "How many phishing e-mails did MessageLabs detect in 2004?",
        "bbc-tech-217",
        "18 million",
    ),
    _b22_c(
        "how many",
        "How many individuals had the film studios started suing for swapping films online, the "
        "month before they went after BitTorrent tracker sites?",
        "bbc-tech-241",
        "200",
    ),
    _b22_c(
        "how many",
        "How much could a starter disc for next-generation consoles cost, according to EA's "
        "Gerhard Florin?",
        "bbc-tech-309",
        "10 euros",
    ),
    _b22_c(
        "how many",
        "How many UK households have digital TV, according to Ofcom figures in the Jupiter "
        "Research digital Europe story?",
        "bbc-tech-361",
        "14 million",
    ),
)
B22_NEAR_BBC_A = (
    "Who is the chief executive of GW Pharmaceuticals, the company behind the cannabis drug "
    "Sativex?",
    "Who is the chief executive of Southwest Airlines, whose profits were hit by record fuel "
    "prices?",
    "Who is the chief executive of MessageLabs, the security firm that tracked the boom in "
    "phishing e-mails?",
    "Who is the director of Christian Aid, the charity that warned about textile job losses when"
    " the quotas end?",
    "Who runs Swarm Systems, the Caribbean company that developed the technology behind Exeem?",
    "When will the Premier League commission hear the case over Chelsea's alleged approach for "
    "Ashley Cole?",
    "When will Pakistan International Airlines take delivery of its first Boeing 777-200LR?",
    "When did Sheila Ferguson first join the Three Degrees?",
    "When was the Economic Policy Institute, the think tank that criticised Bush's budget, set up?",
    "When did Lord Currie become chairman of Ofcom?",
    "Where was marathon runner Paula Radcliffe born?",
    "Where is games developer Codemasters based?",
    "Where is THX, the digital content company that worked on the Star Wars DVDs, headquartered?",
    "Where is the desktop search start-up Blinkx based?",
    "Where is internet provider Tiscali headquartered?",
    "How many passengers can Boeing's new 777-200LR carry?",
    "How big a majority does Labour have in Normanton, the seat Ed Balls is defending?",
    "How many people does the bankrupt supermarket chain Winn-Dixie employ?",
    "How many members does Opus Dei have in Britain?",
)
B22_BBC_B = (
    # who
    _b22_c(
        "who",
        "Who is the president of Sumitomo Mitsui Financial, the bank said to be in merger talks "
        "with Daiwa Securities?",
        "bbc-business-116",
        "Yoshifumi Nishikawa",
    ),
    _b22_c(
        "who",
        "What is the name of the 101-year-old Japanese man who eats raw fish almost every day "
        "and wants to be Japan's oldest person?",
        "bbc-business-287",
        "Torao Toshitsune|Mr Toshitsune",
    ),
    _b22_c(
        "who",
        "Who is expected to take over from Philippe Camus as co-head of EADS?",
        "bbc-business-308",
        "Noel Forgeard|Mr Forgeard",
    ),
    _b22_c(
        "who",
        "Who is the Fiat boss who met GM to argue over the put option on Fiat's car unit?",
        "bbc-business-359",
        "Sergio Marchionne|Mr Marchionne",
    ),
    _b22_c(
        "who",
        "Which former FBI agent was convicted of feeding confidential information to internet "
        "stock picker Anthony Elgindy?",
        "bbc-business-497",
        "Jeffrey Royer|Mr Royer",
    ),
    _b22_c(
        "who",
        "Who is the executive producer of the Hitchhiker's Guide To The Galaxy film that cast "
        "Stephen Fry as the Guide?",
        "bbc-entertainment-299",
        "Robbie Stamp|Mr Stamp",
    ),
    _b22_c(
        "who",
        "Whose inquiry into David Blunkett linked him to the fast-tracking of his ex-lover's "
        "nanny's visa?",
        "bbc-politics-028",
        "Sir Alan Budd",
    ),
    _b22_c(
        "who",
        "Which new Metropolitan Police Commissioner backed the government's control orders for "
        "terror suspects?",
        "bbc-politics-070",
        "Sir Ian Blair",
    ),
    _b22_c(
        "who",
        "Which former Buckingham Palace press spokesman said Prince Harry should make a "
        "broadcast apology for his Nazi costume?",
        "bbc-politics-120",
        "Dicky Arbiter",
    ),
    _b22_c(
        "who",
        "Which Association of Chief Police Officers president wanted powers to shut rowdy pubs "
        "for up to a week?",
        "bbc-politics-165",
        "Chris Fox|Mr Fox",
    ),
    _b22_c(
        "who",
        "Who is the Police Federation chairman who warned that elected police commissioners "
        "could let extremists dictate policing?",
        "bbc-politics-347",
        "Jan Berry",
    ),
    _b22_c(
        "who",
        "Which Celtic defender scored twice in the 5-0 Scottish Cup win over Clyde?",
        "bbc-sport-108",
        "Stan Varga|Varga",
    ),
    _b22_c(
        "who",
        "Who scored the late 20-yard winner as Liverpool beat Olympiakos to stay in the "
        "Champions League?",
        "bbc-sport-236",
        "Steven Gerrard|Gerrard",
    ),
    _b22_c(
        "who",
        "Who scored Gloucester's last-gasp try to draw 27-27 at Newcastle?",
        "bbc-sport-293",
        "Luke Narraway|Narraway",
    ),
    _b22_c(
        "who",
        "Which Ireland coach stayed calm at half-time during the bruising win over Italy, "
        "according to Geordan Murphy?",
        "bbc-sport-309",
        "O'Sullivan|Eddie",
    ),
    _b22_c(
        "who",
        "Who scored Scotland's early try in their Six Nations defeat by Ireland at Murrayfield?",
        "bbc-sport-311",
        "Hugo Southwell|Southwell",
    ),
    _b22_c(
        "who",
        "Who from Activcard explained its bank card reader system for generating one-time "
        "passcodes?",
        "bbc-tech-031",
        "Steve Ash|Mr Ash",
    ),
    _b22_c(
        "who",
        "Who from EduVision described the satellite-linked E-slates used by Kenyan schoolchildren?",
        "bbc-tech-066",
        "Matthew Herren|Mr Herren",
    ),
    _b22_c(
        "who",
        "Who is the Californian iTunes customer suing Apple because his songs only play on an "
        "iPod?",
        "bbc-tech-148",
        "Thomas Slattery|Mr Slattery",
    ),
    _b22_c(
        "who",
        "Who is BBC Broadcast's futurologist, who said the UK would follow US TV trends within a"
        " year?",
        "bbc-tech-216",
        "Adam Hume",
    ),
    _b22_c(
        "who",
        "Who is the chief executive of UK music download service Wippit?",
        "bbc-tech-263",
        "Paul Myers|Mr Myers",
    ),
    _b22_c(
        "who",
        "Which Gartner vice president downloaded Google's desktop search but then removed it?",
        "bbc-tech-269",
        "Alexander Linden",
    ),
    _b22_c(
        "who",
        "Who is the games systems director at THX who said HD support would be mandatory in "
        "next-generation consoles?",
        "bbc-tech-306",
        "Mark Tuffy|Dr Tuffy",
    ),
    # when
    _b22_c(
        "when",
        "When did May Department Stores boss Gene Kahn step down, speeding up the Federated "
        "takeover talks?",
        "bbc-business-155",
        "January",
    ),
    _b22_c(
        "when",
        "When was the two-day US court hearing on Yukos's lawsuit over the Yuganskneftegas sale "
        "set to start?",
        "bbc-business-164",
        "16 February",
    ),
    _b22_c(
        "when",
        "On which day was Rafik Hariri assassinated, sending shares in his company Solidere "
        "tumbling?",
        "bbc-business-167",
        "Monday",
    ),
    _b22_c(
        "when",
        "In what year was the contract signed that Fiat says obliges GM to buy the rest of its "
        "car unit?",
        "bbc-business-359",
        "2000",
    ),
    _b22_c(
        "when",
        "When is the summit due that should agree changes to the EU stability pact Gerhard "
        "Schroeder wants loosened?",
        "bbc-business-457",
        "March",
    ),
    _b22_c(
        "when",
        "When was the Hitchhiker's Guide To The Galaxy film starring Martin Freeman due to be "
        "released?",
        "bbc-entertainment-299",
        "May",
    ),
    _b22_c(
        "when",
        "By what year did Labour plan to extend paid maternity leave to nine months?",
        "bbc-politics-001",
        "2007",
    ),
    _b22_c(
        "when",
        "When was the pilot scheme for citizenship ceremonies for 18-year-olds due to begin?",
        "bbc-politics-056",
        "October",
    ),
    _b22_c(
        "when",
        "Since when had the Egyptian terror suspect known only as C been held without charge "
        "before his release?",
        "bbc-politics-070",
        "December 2001",
    ),
    _b22_c(
        "when",
        "When did the government suggest the UK referendum on the EU constitution could be held?",
        "bbc-politics-082",
        "spring 2006",
    ),
    _b22_c(
        "when",
        "Between which hours did the police chiefs' leader say the late-night drinking problem "
        "already occurs?",
        "bbc-politics-165",
        "11pm to 2am",
    ),
    _b22_c(
        "when",
        "What was the expected polling day for the general election, ahead of Gordon Brown's "
        "last pre-election Budget?",
        "bbc-politics-360",
        "5 May",
    ),
    _b22_c(
        "when",
        "On what day were Kenteris and Thanou expected to hear whether the IAAF would ban them "
        "for missing drugs tests?",
        "bbc-sport-051",
        "Wednesday",
    ),
    _b22_c(
        "when",
        "When was Microsoft's Windows Genuine Advantage anti-piracy scheme first launched as a "
        "pilot?",
        "bbc-tech-083",
        "September 2004",
    ),
    _b22_c(
        "when",
        "In which month did Vodafone launch its 3G mobile service for consumers?",
        "bbc-tech-093",
        "November",
    ),
    _b22_c(
        "when",
        "When was Delta flight attendant Ellen Simonetti, the Queen of the Sky blogger, suspended?",
        "bbc-tech-133",
        "25 September",
    ),
    _b22_c(
        "when",
        "In what year did the James Bond film GoldenEye come out, as recalled in the review of "
        "Rogue Agent?",
        "bbc-tech-245",
        "1995",
    ),
    _b22_c(
        "when",
        "By when does the BBC intend to make all its programmes in high definition?",
        "bbc-tech-306",
        "2010",
    ),
    _b22_c(
        "when",
        "By what year is Japan's population expected to peak at 127 million?",
        "bbc-business-287",
        "2007",
    ),
    _b22_c(
        "when",
        "When was the A380 superjumbo, which ran over budget under EADS co-head Philippe Camus, "
        "due to enter service?",
        "bbc-business-308",
        "2006",
    ),
    _b22_c(
        "when",
        "For which year did General Motors warn profits would be lower than in 2004?",
        "bbc-business-467",
        "2005",
    ),
    _b22_c(
        "when",
        "When does the UK take over the chairmanship of the EU, according to Jack Straw's White "
        "Paper debate?",
        "bbc-politics-082",
        "July",
    ),
    _b22_c(
        "when",
        "When did Argonaut Games first warn it was heading for a £6m loss?",
        "bbc-tech-114",
        "August",
    ),
    _b22_c(
        "when",
        "In what year did Apple launch the iPod, as mentioned in the story about a customer "
        "suing over iTunes?",
        "bbc-tech-148",
        "2001",
    ),
    _b22_c(
        "when",
        "In what year had Yahoo only just launched, when Jakob Nielsen drew up his web usability"
        " guidelines?",
        "bbc-tech-168",
        "1994",
    ),
    # where
    _b22_c(
        "where",
        "In which city did Yukos file its damages claim against Gazprom, Baikal and Rosneft over"
        " the Yugansk auction?",
        "bbc-business-164",
        "Houston",
    ),
    _b22_c(
        "where",
        "In which region is MG Rover's Longbridge car plant?",
        "bbc-business-212",
        "West Midlands",
    ),
    _b22_c(
        "where",
        "In which city does 101-year-old centenarian Torao Toshitsune live?",
        "bbc-business-287",
        "Osaka",
    ),
    _b22_c(
        "where",
        "In which city were the bosses of Fiat and General Motors due to meet over the future of"
        " Fiat's car business?",
        "bbc-business-359",
        "Zurich",
    ),
    _b22_c(
        "where",
        "Which Indonesian province had the worst death toll from the tsunami, according to the "
        "ADB report on poverty?",
        "bbc-business-434",
        "Aceh",
    ),
    _b22_c(
        "where",
        "Where was the court that found ex-FBI man Jeffrey Royer and analyst Anthony Elgindy "
        "guilty?",
        "bbc-business-497",
        "New York",
    ),
    _b22_c(
        "where",
        "Which country's ceremonies were Charles Clarke's 18th birthday citizenship events "
        "modelled on?",
        "bbc-politics-056",
        "Australia",
    ),
    _b22_c(
        "where",
        "In which county was Michael Howard due to speak to Tory activists about the cost of "
        "asylum?",
        "bbc-politics-106",
        "Kent",
    ),
    _b22_c(
        "where",
        "Where did Charles Kennedy suggest Prince Harry would learn some self-discipline after "
        "the Nazi uniform row?",
        "bbc-politics-120",
        "Sandhurst",
    ),
    _b22_c(
        "where",
        "Which constituency does Tory leader Michael Howard represent, the top target on the Lib"
        " Dem hit list?",
        "bbc-politics-416",
        "Folkestone & Hythe",
    ),
    _b22_c(
        "where",
        "Where were Kenteris and Thanou caught training when they had told officials they would "
        "be in Crete?",
        "bbc-sport-051",
        "Qatar",
    ),
    _b22_c(
        "where",
        "In which stand did riot police clash with West Ham supporters at the Chelsea Carling "
        "Cup game?",
        "bbc-sport-197",
        "Matthew Harding stand",
    ),
    _b22_c(
        "where",
        "At which ground were Ireland due to host England after beating Scotland in the Six "
        "Nations?",
        "bbc-sport-311",
        "Lansdowne Road",
    ),
    _b22_c(
        "where",
        "Which Kenyan primary school is piloting EduVision's handheld E-slate computers?",
        "bbc-tech-066",
        "Mbita Point",
    ),
    _b22_c(
        "where",
        "Where was the UK's first Wimax wireless network likely to be built?",
        "bbc-tech-093",
        "Kent",
    ),
    _b22_c(
        "where",
        "Where is the north London headquarters of Harry Potter games maker Argonaut?",
        "bbc-tech-114",
        "Edgware",
    ),
    _b22_c(
        "where",
        "Ellen Simonetti hired a law firm from which US state to sue Delta over her sacking?",
        "bbc-tech-133",
        "Texas",
    ),
    _b22_c(
        "where",
        "In which city's federal court was the anti-competition lawsuit against Apple over "
        "iTunes and the iPod filed?",
        "bbc-tech-148",
        "San Jose",
    ),
    _b22_c(
        "where",
        "In which city did the Consumer Electronics Show panel discuss the future of TV watching?",
        "bbc-tech-216",
        "Las Vegas",
    ),
    _b22_c(
        "where",
        "In which German city is the Cebit technology fair held?",
        "bbc-tech-347",
        "Hanover",
    ),
    _b22_c(
        "where",
        "In which UK city was O2 trialling a mobile TV system, as mentioned in the Cebit preview?",
        "bbc-tech-347",
        "Oxford",
    ),
    _b22_c(
        "where",
        "In which part of Beirut does Solidere, the company founded by Rafik Hariri, own much of"
        " the property?",
        "bbc-business-167",
        "central Beirut",
    ),
    _b22_c(
        "where",
        "Hutch, which uses Celltick's broadcast technology, is the largest mobile firm in which "
        "country?",
        "bbc-tech-389",
        "India",
    ),
    _b22_c(
        "where",
        "In which countries is high-definition TV already hugely popular, according to the "
        "article on gamers driving HD?",
        "bbc-tech-306",
        "Japan|US",
    ),
    # how many
    _b22_c(
        "how many",
        "How much money did Chinese banks end up lending so Rosneft could buy the Yukos unit "
        "Yugansk?",
        "bbc-business-077",
        "$6bn",
    ),
    _b22_c(
        "how many",
        "Roughly how many stores will the combined Federated and May department store group run?",
        "bbc-business-155",
        "1,000",
    ),
    _b22_c(
        "how many",
        "How many Longbridge jobs could go if MG Rover's tie-up with Shanghai Automotive goes "
        "through, according to the Observer?",
        "bbc-business-212",
        "3,000",
    ),
    _b22_c(
        "how many",
        "What did Thai prime minister Thaksin Shinawatra estimate the tsunami damage in Thailand"
        " at, in baht?",
        "bbc-business-345",
        "20bn baht",
    ),
    _b22_c(
        "how many",
        "How many people in India does the Asian Development Bank think could be pushed into "
        "poverty by the tsunami?",
        "bbc-business-434",
        "645,000",
    ),
    _b22_c(
        "how many",
        "How much profit did General Motors make in the last three months of 2004?",
        "bbc-business-467",
        "$630m",
    ),
    _b22_c(
        "how many",
        "How much extra would new mothers get under Patricia Hewitt's plan to increase maternity"
        " pay?",
        "bbc-politics-001",
        "£1,400",
    ),
    _b22_c(
        "how many",
        "How much did the Foreign Office say Jack Straw's EU White Paper cost to design, print "
        "and deliver?",
        "bbc-politics-082",
        "£2,500",
    ),
    _b22_c(
        "how many",
        "How much did Michael Howard say English councils had spent on asylum since Labour came "
        "to power?",
        "bbc-politics-106",
        "£3bn",
    ),
    _b22_c(
        "how many",
        "How many countries were in the tsunami aid alliance announced by President Bush that "
        "Clare Short criticised?",
        "bbc-politics-191",
        "four",
    ),
    _b22_c(
        "how many",
        "Above what level of annual earnings did Charles Kennedy want a penny extra income tax "
        "to apply?",
        "bbc-politics-283",
        "£100,000",
    ),
    _b22_c(
        "how many",
        "By how much did police numbers fall while Michael Howard was home secretary, according "
        "to Labour?",
        "bbc-politics-347",
        "1,132",
    ),
    _b22_c(
        "how many",
        "How big is the 'black hole' in Gordon Brown's finances that the Tories say will need "
        "tax rises to fill?",
        "bbc-politics-360",
        "£11 billion",
    ),
    _b22_c(
        "how many",
        "What majority did Michael Howard win his seat with in 2001?",
        "bbc-politics-416",
        "5,907",
    ),
    _b22_c(
        "how many",
        "What was the crowd for Celtic's 5-0 Scottish Cup rout of Clyde?",
        "bbc-sport-108",
        "8,200",
    ),
    _b22_c(
        "how many",
        "How many people were arrested after the Carling Cup match between Chelsea and West Ham "
        "marred by crowd trouble?",
        "bbc-sport-197",
        "11",
    ),
    _b22_c(
        "how many",
        "How far did Mathew Tait run to score his try for Newcastle against Gloucester?",
        "bbc-sport-293",
        "30m",
    ),
    _b22_c(
        "how many",
        "How many days did Ireland have to recover from the Italy game before facing Scotland, "
        "according to Murphy?",
        "bbc-sport-309",
        "six",
    ),
    _b22_c(
        "how many",
        "What proportion of people downloading TV shows illegally were in the UK, according to "
        "Envisional?",
        "bbc-tech-011",
        "18%",
    ),
    _b22_c(
        "how many",
        "How many Britons manage their finances online, according to the story on phishing and "
        "net security fears?",
        "bbc-tech-031",
        "12 million",
    ),
    _b22_c(
        "how many",
        "What is the estimated rate of software piracy in China, according to Sophos?",
        "bbc-tech-083",
        "92%",
    ),
    _b22_c(
        "how many",
        "How many words on average do people now type into search engines, according to Jakob "
        "Nielsen?",
        "bbc-tech-168",
        "2.2",
    ),
    _b22_c(
        "how many",
        "How much does Napster To Go cost per month in the US?",
        "bbc-tech-263",
        "$15",
    ),
    _b22_c(
        "how many",
        "What share of businesses' critical information is kept in e-mail, according to the "
        "Radicati Group?",
        "bbc-tech-269",
        "45%",
    ),
    _b22_c(
        "how many",
        "How many mobile handsets were sold worldwide between July and September 2004, according"
        " to Gartner?",
        "bbc-tech-389",
        "167 million",
    ),
)
B22_NEAR_BBC_B = (
    "Who is the chief executive of Envisional, the web tracking firm behind the report on UK TV "
    "downloads?",
    "Who is the boss of Solidere, the Beirut property company founded by Rafik Hariri?",
    "Which judge presided over the trial of ex-FBI agent Jeffrey Royer and stock picker Anthony "
    "Elgindy?",
    "Which lawyer is representing Thomas Slattery in his iTunes lawsuit against Apple?",
    "Who is directing the Hitchhiker's Guide To The Galaxy film in which Stephen Fry voices the "
    "Guide?",
    "When was Solidere, the Lebanese property developer, founded?",
    "When are Jeffrey Royer and Anthony Elgindy due to be sentenced?",
    "When did EduVision begin its handheld computer pilot at the Mbita Point school in Kenya?",
    "When was Envisional, the firm that tracks illegal TV downloads, set up?",
    "Where is the MMS company Adamind based?",
    "Where did 101-year-old Torao Toshitsune run his clothing business?",
    "At which ground was Clyde's Scottish Cup tie against Celtic played?",
    "Where is Activcard, the firm trialling one-time passcodes with UK banks, headquartered?",
    "How many subscribers did Anthony Elgindy's stock-tipping newsletter have?",
    "How many pupils at the Mbita Point school in Kenya are using EduVision's E-slates?",
    "How much in damages is Thomas Slattery seeking from Apple in his iTunes lawsuit?",
    "How many copies has the video game GoldenEye: Rogue Agent sold?",
)


# -- Written twenty-third: a twenty-third batch, written blind in the first session of
# 2026-12-05, by writers who never saw how /news ask answers. The BBC articles no earlier
# batch used are nearly all taken, so half its articles are new and half were used by one
# earlier question each; its questions there ask for other facts. Its near misses ask for
# facts no article of the corpus states. Measured once when added, on the code of the
# session before (5cbeeac).

_b23_c = partial(_c, batch=23)
B23_BBC_A = (
    # who
    _b23_c(
        "who",
        "Who is the boss of advertising group WPP who told Reuters the firm had made a proposal "
        "for NOP World?",
        "bbc-business-035",
        "Martin Sorrell",
    ),
    _b23_c(
        "who",
        "Who runs Burren Energy, the British oil explorer that won two exploration contracts in "
        "Egypt?",
        "bbc-business-096",
        "Finian O'Sullivan",
    ),
    _b23_c(
        "who",
        "Which Cameroonian prime minister promised tough punishments for officials caught up in "
        "the finance ministry payroll scam?",
        "bbc-business-133",
        "Ephraim Inoni|Mr Inoni",
    ),
    _b23_c(
        "who",
        "Which ING Mutual Fund analyst called NTPC shares a good investment bet when they made "
        "their stock market debut?",
        "bbc-business-276",
        "Suhas Naik",
    ),
    _b23_c(
        "who",
        "Who is the Libyan central bank vice president who said Libya was opening accounts in US"
        " banks after withdrawing its unfrozen funds?",
        "bbc-business-301",
        "Farhat Omar Ben Gadaravice",
    ),
    _b23_c(
        "who",
        "Which French finance minister said Asia should allow greater currency flexibility to "
        "take the pressure off the euro?",
        "bbc-business-496",
        "Herve Gaymard",
    ),
    _b23_c(
        "who",
        "Who directed Sins, the Bollywood film about a priest that Catholic groups in India "
        "wanted withdrawn?",
        "bbc-entertainment-085",
        "Vinod Pande|Mr Pande",
    ),
    _b23_c(
        "who",
        "What is the real name of The Streets, whose A Grand Don't Come for Free topped Q "
        "magazine's album of the year poll?",
        "bbc-entertainment-106",
        "Mike Skinner|Skinner",
    ),
    _b23_c(
        "who",
        "Who is Ricky Gervais' writing partner on his sitcom Extras?",
        "bbc-entertainment-167",
        "Stephen Merchant",
    ),
    _b23_c(
        "who",
        "Who is the general secretary of the Music Managers' Forum who complained about US visa "
        "rules for British acts?",
        "bbc-entertainment-289",
        "James Seller|Mr Seller",
    ),
    _b23_c(
        "who",
        "Which magistrate granted Nicole Kidman a restraining order against two paparazzi "
        "photographers?",
        "bbc-entertainment-327",
        "Lee Gilmore",
    ),
    _b23_c(
        "who",
        "Which Evil Dead director could New Line not agree terms with over a new Friday the 13th"
        " sequel?",
        "bbc-entertainment-379",
        "Sam Raimi",
    ),
    _b23_c(
        "who",
        "Which Unison leader accused MPs of breathtaking hypocrisy over plans to change public "
        "sector pensions?",
        "bbc-politics-042",
        "Dave Prentis|Mr Prentis",
    ),
    _b23_c(
        "who",
        "Which Commons Speaker warned MPs they would be thrown out of the chamber for using "
        "Blackberries?",
        "bbc-politics-123",
        "Michael Martin|Mr Martin",
    ),
    _b23_c(
        "who",
        "Which Tory MP, a co-chairman of the Middle Way Group, said the hunting ban was so badly"
        " drafted that nobody could define the offence?",
        "bbc-politics-169",
        "Peter Luff",
    ),
    _b23_c(
        "who",
        "Which Labour campaign spokesman said the poster showing Michael Howard as a hypnotist "
        "had been misunderstood?",
        "bbc-politics-331",
        "Fraser Kemp",
    ),
    _b23_c(
        "who",
        "Which British athlete came fourth in the 1500m and was Team GB's best finisher at the "
        "2004 world junior championships?",
        "bbc-sport-034",
        "Dani Barnes",
    ),
    _b23_c(
        "who",
        "Which Liverpool player put the ball into his own net to bring Chelsea level in the "
        "League Cup final?",
        "bbc-sport-104",
        "Steven Gerrard|Gerrard",
    ),
    _b23_c(
        "who",
        "Which Aston Villa manager said Carlton Cole would be out for four to six weeks with a "
        "knee injury?",
        "bbc-sport-162",
        "David O'Leary|O'Leary",
    ),
    _b23_c(
        "who",
        "Who now represents Adrian Mutu as the banned former Chelsea striker looks for a new club?",
        "bbc-sport-203",
        "Alessandro Moggi",
    ),
    _b23_c(
        "who",
        "Which Charlton striker scored twice in the 4-0 win over Norwich and was praised by Alan"
        " Curbishley?",
        "bbc-sport-220",
        "Jonatan Johansson|Johansson",
    ),
    _b23_c(
        "who",
        "Which Everton defender played down talk of European football after the win over "
        "Liverpool put them second in the Premiership?",
        "bbc-sport-256",
        "David Weir|Weir",
    ),
    _b23_c(
        "who",
        "Who was coaching Wales when they came back from 15-6 down at half-time to beat France "
        "in Paris in the Six Nations?",
        "bbc-sport-395",
        "Mike Ruddock|Ruddock",
    ),
    _b23_c(
        "who",
        "Who at Yahoo said personalisation would be a big area for the future of web search?",
        "bbc-tech-267",
        "Yonca Brunini|Ms Brunini",
    ),
    _b23_c(
        "who",
        "Which Wedbush Morgan Securities analyst said the Sony PSP was more a portable "
        "entertainment device than a gaming one?",
        "bbc-tech-363",
        "Michael Pachter",
    ),
    # when
    _b23_c(
        "when",
        "By what year did WPP say its operating margin could reach 14.8%?",
        "bbc-business-035",
        "2006",
    ),
    _b23_c(
        "when",
        "When is IMF head Rodrigo Rato due to present his study on selling the fund's gold to "
        "pay for debt relief?",
        "bbc-business-210",
        "April",
    ),
    _b23_c(
        "when",
        "In what year did Ronald Reagan impose the US trade ban on Libya?",
        "bbc-business-301",
        "1986",
    ),
    _b23_c(
        "when",
        "When did US Airways come out of its first Chapter 11 bankruptcy?",
        "bbc-business-394",
        "March 2003",
    ),
    _b23_c(
        "when",
        "When did the Oatley family sell the Rosemount Estates wine label to Southcorp?",
        "bbc-business-435",
        "2001",
    ),
    _b23_c(
        "when",
        "On what day was the merger of Nigeria's United Bank of Africa and Standard Trust Bank "
        "announced?",
        "bbc-business-473",
        "Tuesday",
    ),
    _b23_c(
        "when",
        "When was Sins, the Bollywood film about a priest who falls for a young woman, due to be"
        " released?",
        "bbc-entertainment-085",
        "Friday",
    ),
    _b23_c(
        "when",
        "When did the original Friday the 13th film, which Quentin Tarantino may follow up, come"
        " out?",
        "bbc-entertainment-379",
        "1980",
    ),
    _b23_c(
        "when",
        "When is the G8 deal to suspend debt repayments by tsunami-hit countries thought to have"
        " been hammered out?",
        "bbc-politics-017",
        "Thursday night|Thursday",
    ),
    _b23_c(
        "when",
        "When was the TUC due to discuss the government's review of public sector pensions?",
        "bbc-politics-042",
        "next Monday|Monday",
    ),
    _b23_c(
        "when",
        "In which year was a planned TV debate between Tony Blair and John Major called off?",
        "bbc-politics-249",
        "1997",
    ),
    _b23_c(
        "when",
        "When did Amnesty International members vote to widen the group's work to social and "
        "economic rights?",
        "bbc-politics-279",
        "2001",
    ),
    _b23_c(
        "when",
        "Until when did Gordon Brown freeze petrol duty in the Budget that doubled the stamp "
        "duty threshold?",
        "bbc-politics-375",
        "September",
    ),
    _b23_c(
        "when",
        "When was Lord Sainsbury, the science minister who gave Labour £2m for the election, "
        "made a life peer?",
        "bbc-politics-413",
        "1997",
    ),
    _b23_c(
        "when",
        "When did Australian runner Benita Johnson win the world cross country championships?",
        "bbc-sport-034",
        "March",
    ),
    _b23_c(
        "when",
        "On what day were Carolina Kluft and Kelly Sotherton due to go head to head in Birmingham?",
        "bbc-sport-056",
        "Friday",
    ),
    _b23_c(
        "when",
        "On which day did Steve Redgrave tour the London Olympic sites with the IOC evaluation "
        "team?",
        "bbc-sport-072",
        "Thursday",
    ),
    _b23_c(
        "when",
        "When will Adrian Mutu be allowed to play again after his FA ban for taking cocaine?",
        "bbc-sport-203",
        "next May",
    ),
    _b23_c(
        "when",
        "When was Taylor Dent due to play Joachim Johansson in the Adelaide final?",
        "bbc-sport-498",
        "Sunday",
    ),
    _b23_c(
        "when",
        "On which day did Greg Rusedski pull out of the Open 13 with a rib injury?",
        "bbc-sport-506",
        "Thursday",
    ),
    _b23_c(
        "when",
        "When did the previous Prince of Persia game, The Sands Of Time, come out?",
        "bbc-tech-218",
        "last year",
    ),
    _b23_c(
        "when",
        "When was Auric Goldfinger last seen before he turned up again in the game GoldenEye: "
        "Rogue Agent?",
        "bbc-tech-245",
        "1964",
    ),
    _b23_c(
        "when",
        "By which month of 2004 had broadband connections in the UK overtaken dial-up?",
        "bbc-tech-264",
        "September",
    ),
    _b23_c(
        "when",
        "On what day did Sony's PlayStation Portable go on sale in the US?",
        "bbc-tech-363",
        "Thursday",
    ),
    # where
    _b23_c(
        "where",
        "Which country is OAO Mobile Telesystems from, the firm whose stake Deutsche Telekom "
        "sold to help cut its debt?",
        "bbc-business-038",
        "Russia",
    ),
    _b23_c(
        "where",
        "Where are the Egyptian oil exploration areas that Burren Energy won contracts for?",
        "bbc-business-096",
        "Gulf of Suez",
    ),
    _b23_c(
        "where",
        "Where is Fidelis Nanga, the journalist who spoke about Cameroon's payroll fraud, based?",
        "bbc-business-133",
        "Yaounde",
    ),
    _b23_c(
        "where",
        "Where did the G7 finance ministers meet when they backed writing off up to 100% of the "
        "poorest countries' debts?",
        "bbc-business-210",
        "London",
    ),
    _b23_c(
        "where",
        "In which city did Honda win its copyright case against motorbike maker Chongqing Lifan?",
        "bbc-business-342",
        "Beijing",
    ),
    _b23_c(
        "where",
        "On which city's stock market did Fosters and Southcorp have trading in their shares "
        "suspended?",
        "bbc-business-435",
        "Sydney",
    ),
    _b23_c(
        "where",
        "Where is Global Depository Receipts, one of United Bank of Africa's foreign investors, "
        "based?",
        "bbc-business-473",
        "New York",
    ),
    _b23_c(
        "where",
        "Where were Catholics planning to protest against the Bollywood film Sins?",
        "bbc-entertainment-085",
        "Mumbai",
    ),
    _b23_c(
        "where",
        "In which city is the mansion that Nicole Kidman said paparazzi made her afraid to leave?",
        "bbc-entertainment-327",
        "Sydney",
    ),
    _b23_c(
        "where",
        "Opponents of Charles Clarke's ID cards bill pointed to a rail bombing in which city "
        "that similar schemes had not prevented?",
        "bbc-politics-227",
        "Madrid",
    ),
    _b23_c(
        "where",
        "In which country is the US camp at Guantanamo Bay that Amnesty's Irene Khan cited in "
        "her lecture?",
        "bbc-politics-279",
        "Cuba",
    ),
    _b23_c(
        "where",
        "Out of which part of the country did Gordon Brown say 7,800 civil service posts had "
        "been moved?",
        "bbc-politics-375",
        "south east of England",
    ),
    _b23_c(
        "where",
        "Where does the New York City Marathon course that Paula Radcliffe entered after Athens "
        "finish?",
        "bbc-sport-040",
        "Central Park",
    ),
    _b23_c(
        "where",
        "Where were the European Indoor Championships being held that Kluft and Sotherton were "
        "preparing for?",
        "bbc-sport-056",
        "Madrid",
    ),
    _b23_c(
        "where",
        "Where did Carolina Kluft win the sprint hurdles, long jump and 400m at the GE Galan "
        "meeting?",
        "bbc-sport-056",
        "Stockholm",
    ),
    _b23_c(
        "where",
        "Against which country was Carlton Cole playing for England Under-21s when he hurt his "
        "knee?",
        "bbc-sport-162",
        "Holland",
    ),
    _b23_c(
        "where",
        "Where did Real Madrid win 3-0 to reach the Champions League knockout stage, to David "
        "Beckham's relief?",
        "bbc-sport-239",
        "Roma",
    ),
    _b23_c(
        "where",
        "Where did England lose to Ireland in the Six Nations game in which Mark Cueto was ruled"
        " offside?",
        "bbc-sport-349",
        "Dublin",
    ),
    _b23_c(
        "where",
        "Where do Wales go next after their win in Paris, a ground where they had lost on their "
        "last three visits?",
        "bbc-sport-395",
        "Murrayfield",
    ),
    _b23_c(
        "where",
        "Where is the Australian Open held, the event Mark Philippoussis may miss with a groin "
        "injury?",
        "bbc-sport-457",
        "Melbourne",
    ),
    _b23_c(
        "where",
        "Where was the hardcourt tournament in which Taylor Dent beat Juan Ignacio Chela 6-1 6-1?",
        "bbc-sport-498",
        "Adelaide",
    ),
    _b23_c(
        "where",
        "Where is the Open 13 tennis tournament that Greg Rusedski withdrew from?",
        "bbc-sport-506",
        "Marseille",
    ),
    _b23_c(
        "where",
        "Which city leads the world's wi-fi hotspot league, with more than 1,000 hotspots?",
        "bbc-tech-073",
        "London",
    ),
    _b23_c(
        "where",
        "Which real city is Los Santos in GTA: San Andreas modelled on?",
        "bbc-tech-135",
        "Los Angeles",
    ),
    _b23_c(
        "where",
        "In which countries were homes already routinely getting broadband speeds of up to 15Mb,"
        " according to a review of broadband in 2004?",
        "bbc-tech-264",
        "France and the Netherlands",
    ),
    # how many
    _b23_c(
        "how many",
        "How far did Deutsche Telekom bring its debt down after selling stakes in other firms?",
        "bbc-business-038",
        "35.8bn euros",
    ),
    _b23_c(
        "how many",
        "How fast does the UNECE expect the UK economy to grow in 2005?",
        "bbc-business-172",
        "2.5%",
    ),
    _b23_c(
        "how many",
        "How many shares were offered in the partial sell-off of India's biggest power producer "
        "NTPC?",
        "bbc-business-276",
        "865 million",
    ),
    _b23_c(
        "how many",
        "How much were Libya's funds frozen in the US originally worth?",
        "bbc-business-301",
        "$400m",
    ),
    _b23_c(
        "how many",
        "How much compensation was Chongqing Lifan ordered to pay Honda?",
        "bbc-business-342",
        "1.47m yuan",
    ),
    _b23_c(
        "how many",
        "How many public sector workers went on strike in Israel in 2004, closing banks and "
        "hospitals?",
        "bbc-business-355",
        "400,000",
    ),
    _b23_c(
        "how many",
        "How many flight attendants are in the union that accepted a pay cut at US Airways?",
        "bbc-business-394",
        "5,200",
    ),
    _b23_c(
        "how many",
        "What share of Southcorp did the brewer Fosters buy?",
        "bbc-business-435",
        "18.8%",
    ),
    _b23_c(
        "how many",
        "By how much did China's exports rise in 2004, as Europe urged Asia to let its "
        "currencies rise?",
        "bbc-business-496",
        "35%",
    ),
    _b23_c(
        "how many",
        "In how many countries was Baywatch shown at its height?",
        "bbc-entertainment-217",
        "140",
    ),
    _b23_c(
        "how many",
        "How many pages long is the petition a sponsor has to file for a British musician to get"
        " a US visa?",
        "bbc-entertainment-289",
        "30",
    ),
    _b23_c(
        "how many",
        "How many sequels has the original Friday the 13th film spawned?",
        "bbc-entertainment-379",
        "ten",
    ),
    _b23_c(
        "how many",
        "How much a year did Gordon Brown say a G8 debt freeze would save the countries hit by "
        "the tsunami?",
        "bbc-politics-017",
        "£3bn",
    ),
    _b23_c(
        "how many",
        "How much do the Blackberry handheld computers that MPs were banned from using in the "
        "Commons cost?",
        "bbc-politics-123",
        "£200",
    ),
    _b23_c(
        "how many",
        "How many Labour MPs could rebel against the ID cards bill in Charles Clarke's first "
        "test as home secretary?",
        "bbc-politics-227",
        "30",
    ),
    _b23_c(
        "how many",
        "How much were McDonald's listed as giving in the Electoral Commission's party donation "
        "figures for the last quarter of 2004?",
        "bbc-politics-322",
        "£10,575",
    ),
    _b23_c(
        "how many",
        "How long had Labour's poster of Michael Howard as a hypnotist been up on the party's "
        "website before it was taken down?",
        "bbc-politics-331",
        "two weeks",
    ),
    _b23_c(
        "how many",
        "How much has Lord Sainsbury given the Labour Party since 1999?",
        "bbc-politics-413",
        "£10m",
    ),
    _b23_c(
        "how many",
        "How many times has Tanni Grey Thompson won the London Marathon wheelchair race?",
        "bbc-sport-072",
        "six times",
    ),
    _b23_c(
        "how many",
        "How many Six Nations defeats in a row had England suffered, equalling an 18-year low, "
        "before facing Italy?",
        "bbc-sport-349",
        "four",
    ),
    _b23_c(
        "how many",
        "How many wi-fi hotspots are analysts expecting there to be by 2008?",
        "bbc-tech-073",
        "200,000",
    ),
    _b23_c(
        "how many",
        "How much music and pictures does columnist Bill Thompson say he doesn't want to carry "
        "around in his pocket?",
        "bbc-tech-198",
        "60GB",
    ),
    _b23_c(
        "how many",
        "How many Britons had signed up for broadband at home by the autumn of 2004?",
        "bbc-tech-264",
        "five million",
    ),
    _b23_c(
        "how many",
        "How much revenue did Google make in the three months to September 2004?",
        "bbc-tech-267",
        "$805.9m",
    ),
    _b23_c(
        "how many",
        "How much did Sony's PSP cost when it went on sale in the US?",
        "bbc-tech-363",
        "$250",
    ),
)
B23_NEAR_BBC_A = (
    "Who is the chief executive of Standard Trust Bank, which agreed to merge with United Bank "
    "of Africa?",
    "Who is the chief executive of US Airways, the bankrupt carrier whose flight attendants "
    "accepted a pay cut?",
    "Who runs Chongqing Lifan, the motorbike maker ordered to pay Honda compensation?",
    "Who is the chairman of NTPC, India's largest power producer?",
    "Who plays the young woman the priest falls in love with in the Bollywood film Sins?",
    "When is Quentin Tarantino's Friday the 13th film due to be released?",
    "When will the merger of United Bank of Africa and Standard Trust Bank be completed?",
    "When is the Juventus v Fiorentina match that Adrian Mutu was due to watch from the stands?",
    "Where will the memorial to the Queen Mother announced in Gordon Brown's Budget be built?",
    "Where was the England Under-21 match against Holland in which Carlton Cole hurt his knee "
    "played?",
    "Where was Amnesty International secretary-general Irene Khan born?",
    "Where will Adrian Mutu undergo his drug education and rehabilitation programme?",
    "Where will Quentin Tarantino's Friday the 13th film be shot?",
    "How many people have been arrested over the salary fraud at Cameroon's finance ministry?",
    "How many Catholics took part in the protest in Mumbai against the film Sins?",
    "How many people does Burren Energy employ?",
    "How many wi-fi hotspots does BT Openzone run in the UK?",
)
B23_BBC_B = (
    # who
    _b23_c(
        "who",
        'Who is the GlaxoSmithKline boss who called 2004 a "difficult year" after profits fell?',
        "bbc-business-115",
        "Jean-Pierre Garnier|Mr Garnier",
    ),
    _b23_c(
        "who",
        "Which Axa spokesman said the stock market had not grown enough to undo the damage of "
        "2001 and 2002?",
        "bbc-business-281",
        "Mark Hamilton",
    ),
    _b23_c(
        "who",
        "Which Japanese economics minister forecast growth slowing to 1.6% and said the country "
        "was on track to beat deflation?",
        "bbc-business-322",
        "Heizo Takenaka|Mr Takenaka",
    ),
    _b23_c(
        "who",
        "Who is the Exhibitor Relations president who predicted the average US cinema ticket "
        "could cost $6.25 in 2004?",
        "bbc-entertainment-066",
        "Paul Dergarabedian|Mr Dergarabedian",
    ),
    _b23_c(
        "who",
        "Which classical composer spoke alongside Alex Kapranos at the Edinburgh Lectures event "
        "on Scottish music?",
        "bbc-entertainment-131",
        "James MacMillan",
    ),
    _b23_c(
        "who",
        "Who is the chief co-ordinator of Meeting Point, the Angolan TV show that reunites "
        "families?",
        "bbc-entertainment-213",
        "Sergio Gera",
    ),
    _b23_c(
        "who",
        "Which R&B star previously scored a chart first with three singles in the US top 10 at "
        "once, in the story about 50 Cent's chart record?",
        "bbc-entertainment-285",
        "Usher",
    ),
    _b23_c(
        "who",
        "Who co-founded Roxy Music in 1971 with Bryan Ferry and Andy Mackay?",
        "bbc-entertainment-318",
        "Brian Eno",
    ),
    _b23_c(
        "who",
        "Which British costume designer won an Oscar for The Aviator on the night UK stars "
        "missed out on the major awards?",
        "bbc-entertainment-373",
        "Sandy Powell|Ms Powell",
    ),
    _b23_c(
        "who",
        "Which Essex County Council leader told the Today programme that politicians should not "
        "decide where runways go?",
        "bbc-politics-033",
        "Lord Hanningfield",
    ),
    _b23_c(
        "who",
        "Which Tory co-chairman accused Labour of breaking its immigration pledge after Charles "
        "Clarke said he wanted more migrants?",
        "bbc-politics-147",
        "Liam Fox|Dr Fox",
    ),
    _b23_c(
        "who",
        "Which Lord Chancellor insisted on having the final say over which judges chair public "
        "inquiries, in the clash with Lord Woolf?",
        "bbc-politics-211",
        "Lord Falconer",
    ),
    _b23_c(
        "who",
        "Which Home Office minister defended letting community support officers detain suspects "
        "for up to 30 minutes?",
        "bbc-politics-239",
        "Hazel Blears|Ms Blears",
    ),
    _b23_c(
        "who",
        "Which Derby North MP asked the first question at the prime minister's questions session"
        " on the anti-terror laws?",
        "bbc-politics-326",
        "Bob Laxton",
    ),
    _b23_c(
        "who",
        "Which Lib Dem local government spokesman predicted the party's best ever election "
        "results under Charles Kennedy?",
        "bbc-politics-398",
        "Ed Davey|Mr Davey",
    ),
    _b23_c(
        "who",
        "Which marathon world record holder told the Sunday Times that athletes caught doping "
        "should be treated as criminals?",
        "bbc-sport-046",
        "Paula Radcliffe|Radcliffe",
    ),
    _b23_c(
        "who",
        "Who was the Republic of Ireland manager who praised Steve Finnan and Stephen Carr after"
        " the draw at the Stade de France?",
        "bbc-sport-133",
        "Brian Kerr|Kerr",
    ),
    _b23_c(
        "who",
        "Which Fulham player scored the late long-range equaliser in the 1-1 draw with "
        "Manchester United?",
        "bbc-sport-252",
        "Bouba Diop",
    ),
    _b23_c(
        "who",
        "Who is the Middlesbrough boss who wanted to top their Uefa Cup group by beating "
        "Partizan Belgrade?",
        "bbc-sport-261",
        "Steve McClaren|McClaren",
    ),
    _b23_c(
        "who",
        "Which England team doctor said Mike Tindall should see a second specialist about his "
        "foot fracture?",
        "bbc-sport-394",
        "Simon Kemp",
    ),
    _b23_c(
        "who",
        "Which Spain Davis Cup captain dropped Juan Carlos Ferrero for the final against the USA?",
        "bbc-sport-423",
        "Jordi Arrese",
    ),
    _b23_c(
        "who",
        "Which Kyrgyz president pushed through the law to use invisible ink on voters' thumbs?",
        "bbc-tech-001",
        "Askar Akaev",
    ),
    _b23_c(
        "who",
        "Who was the BT Wholesale chief executive quoted about the surge in broadband orders "
        "after ADSL was stretched beyond 6km?",
        "bbc-tech-129",
        "Paul Reynolds",
    ),
    # when
    _b23_c(
        "when",
        "In what year did Yoshiaki Tsutsumi tell a weekly magazine about the pressure of dining "
        "with his father?",
        "bbc-business-037",
        "1987",
    ),
    _b23_c(
        "when",
        "When was the ONS due to publish its second estimate of third-quarter growth, according "
        "to the story about Rachel Lomax's speech?",
        "bbc-business-057",
        "Friday",
    ),
    _b23_c(
        "when",
        "Nationwide's February figures pushed the annual house price rise down to 10.2% - the "
        "lowest since when?",
        "bbc-business-153",
        "June 2001",
    ),
    _b23_c(
        "when",
        "In what year were Bush's tax cuts due to 'sunset', according to the story on his 2006 "
        "budget?",
        "bbc-business-249",
        "2010",
    ),
    _b23_c(
        "when",
        "When does the Japanese fiscal year start for which the government forecast 1.6% growth?",
        "bbc-business-322",
        "April 2005",
    ),
    _b23_c(
        "when",
        "Since which month had the dollar fallen from about $1.20 against the euro, when it hit "
        "its new low of $1.364?",
        "bbc-business-350",
        "September",
    ),
    _b23_c(
        "when",
        "When was Mitsubishi Motors due to unveil its recovery plan, amid talks with PSA Peugeot"
        " Citroen?",
        "bbc-business-431",
        "January",
    ),
    _b23_c(
        "when",
        "When did Parmalat collapse after the 4bn euros in its Bank of America account turned "
        "out not to exist?",
        "bbc-business-492",
        "December 2003",
    ),
    _b23_c(
        "when",
        "On what date was the Golden Globes ceremony due to take place, the year Jamie Foxx got "
        "two nominations?",
        "bbc-entertainment-092",
        "16 January",
    ),
    _b23_c(
        "when",
        "In what year did Angola's 30-year civil war finally end?",
        "bbc-entertainment-213",
        "2002",
    ),
    _b23_c(
        "when",
        "What dates was the Isle of Wight festival with REM headlining and Roxy Music on the "
        "bill due to run?",
        "bbc-entertainment-318",
        "10-12 June",
    ),
    _b23_c(
        "when",
        "On what day were Amicus and the TGWU due to hold executive meetings about forming a "
        "'super union'?",
        "bbc-politics-108",
        "Wednesday",
    ),
    _b23_c(
        "when",
        "By what year did the government want 25,000 community support officers on the streets?",
        "bbc-politics-239",
        "2008",
    ),
    _b23_c(
        "when",
        "In what year did the middle England voters Tony Blair was courting first switch to "
        "Labour?",
        "bbc-politics-264",
        "1997",
    ),
    _b23_c(
        "when",
        "In which week was the announcement of election day expected to come, according to the "
        "PMQs sketch on the anti-terror row?",
        "bbc-politics-326",
        "4 April",
    ),
    _b23_c(
        "when",
        "When were Chelsea due to host Barcelona in the Champions League second leg, which the "
        "injured Arjen Robben expected to miss?",
        "bbc-sport-167",
        "8 March",
    ),
    _b23_c(
        "when",
        "On which weekend were the FA Cup third round ties, including Yeading v Newcastle, to be"
        " played?",
        "bbc-sport-205",
        "8/9 January",
    ),
    _b23_c(
        "when",
        "When does the regular Zurich Premiership season end, which injured Mike Tindall was "
        "aiming to return before?",
        "bbc-sport-394",
        "30 April",
    ),
    _b23_c(
        "when",
        "In what year did Pat Cash lose the Australian Open final to Mats Wilander?",
        "bbc-sport-486",
        "1988",
    ),
    _b23_c(
        "when",
        "When was Britain's Davis Cup tie against Israel, the first after Tim Henman's "
        "retirement from the team?",
        "bbc-sport-500",
        "March",
    ),
    _b23_c(
        "when",
        "When did Google launch its simplified Chinese version of Google News?",
        "bbc-tech-186",
        "September",
    ),
    _b23_c(
        "when",
        "By when did Sony aim to ship three million PSP consoles?",
        "bbc-tech-238",
        "March 2005",
    ),
    _b23_c(
        "when",
        "In what year did Apple's iTunes music store launch?",
        "bbc-tech-284",
        "2003",
    ),
    _b23_c(
        "when",
        "When did Amit Yoran take up his post as head of the US National Cyber Security Division?",
        "bbc-tech-400",
        "September 2003",
    ),
    # where
    _b23_c(
        "where",
        "In which city was Japanese tycoon Yoshiaki Tsutsumi led away in a van outside one of "
        "his Prince hotels?",
        "bbc-business-037",
        "Tokyo",
    ),
    _b23_c(
        "where",
        "Besides South Korea, which other country's traders withdrew bids to buy dollars, as the"
        " dollar fell on reserve worries?",
        "bbc-business-180",
        "Taiwan",
    ),
    _b23_c(
        "where",
        "Which was the only one of the 12 regions in the Fed's Beige Book to get a 'mixed' "
        "rating rather than stronger growth?",
        "bbc-business-463",
        "Cleveland",
    ),
    _b23_c(
        "where",
        "Consob, still allowed to sue in the Parmalat case, is the stock market regulator of "
        "which country?",
        "bbc-business-492",
        "Italy",
    ),
    _b23_c(
        "where",
        "In which hall of the University of Edinburgh did Alex Kapranos address a 300-strong "
        "audience?",
        "bbc-entertainment-131",
        "Reid Hall",
    ),
    _b23_c(
        "where",
        "In which Angolan city does the Red Cross run the Gazetta, a book listing missing and "
        "displaced people?",
        "bbc-entertainment-213",
        "Wambo",
    ),
    _b23_c(
        "where",
        "Campaigners challenging UK airport expansion said the government failed to consider a "
        "new airport planned where, east of London?",
        "bbc-politics-033",
        "Isle of Sheppey",
    ),
    _b23_c(
        "where",
        "Which city does Sion Simon, the Labour MP who suggested holding the general election "
        "now, represent?",
        "bbc-politics-326",
        "Birmingham",
    ),
    _b23_c(
        "where",
        "Where did Michael Howard stay to lead opposition to the Prevention of Terrorism Bill, "
        "delaying his Tory spring conference welcome speech?",
        "bbc-politics-374",
        "London",
    ),
    _b23_c(
        "where",
        "Where were the European Indoor trials that Jason Gardener turned his attention to after"
        " his Leipzig win?",
        "bbc-sport-009",
        "Sheffield",
    ),
    _b23_c(
        "where",
        "At which meeting did Jadel Gregorio win the triple jump, in the round-up of British "
        "indoor athletes' weekend form?",
        "bbc-sport-009",
        "Ghent",
    ),
    _b23_c(
        "where",
        "In which city were the European Indoor Championships where Jason Gardener was "
        "struggling to win the men's 60m?",
        "bbc-sport-070",
        "Madrid",
    ),
    _b23_c(
        "where",
        "Besides Tel Aviv and Athens, in which city were Kenteris and Thanou charged with "
        "avoiding drugs tests?",
        "bbc-sport-079",
        "Chicago",
    ),
    _b23_c(
        "where",
        "Apart from Paris, where did the Republic of Ireland get an away draw in their World Cup"
        " qualifying group?",
        "bbc-sport-133",
        "Basel",
    ),
    _b23_c(
        "where",
        "Where were Conference side Exeter City drawn to play holders Manchester United in the "
        "FA Cup third round?",
        "bbc-sport-205",
        "Old Trafford",
    ),
    _b23_c(
        "where",
        "Where was the British and Irish Lions tour that Mike Tindall hoped to be fit for after "
        "his foot injury?",
        "bbc-sport-394",
        "New Zealand",
    ),
    _b23_c(
        "where",
        "In which city did Juan Carlos Ferrero have to face Joachim Johansson in the first round?",
        "bbc-sport-423",
        "Marseille",
    ),
    _b23_c(
        "where",
        "In which city's crowd did Lleyton Hewitt thrill with his semi-final comeback win over "
        "Andy Roddick?",
        "bbc-sport-486",
        "Melbourne",
    ),
    _b23_c(
        "where",
        "In which city did Tim Henman make his Davis Cup debut against Romania?",
        "bbc-sport-500",
        "Manchester",
    ),
    _b23_c(
        "where",
        "In which country did Christian and Islamic leaders reassure people that invisible "
        "election ink was not against their religion?",
        "bbc-tech-001",
        "Serbia",
    ),
    _b23_c(
        "where",
        "Which country had 15.8 broadband connections per 100 people, compared with 7.5 in the "
        "UK, according to Ofcom?",
        "bbc-tech-129",
        "Netherlands",
    ),
    _b23_c(
        "where",
        "Where is Reporters Without Borders, the group that accused China of blocking Google "
        "News, based?",
        "bbc-tech-186",
        "Paris",
    ),
    _b23_c(
        "where",
        "In which country, according to UK Online's eight megabit broadband story, is video-on-"
        "demand cheaper than renting a DVD?",
        "bbc-tech-205",
        "South Korea",
    ),
    _b23_c(
        "where",
        "In which country did gamers snap up almost all of the first batch of Sony's PSP consoles?",
        "bbc-tech-238",
        "Japan",
    ),
    # how many
    _b23_c(
        "how many",
        "What third-quarter growth figure did Rachel Lomax say the UK economy had probably beaten?",
        "bbc-business-057",
        "0.4%",
    ),
    _b23_c(
        "how many",
        "How much profit did GlaxoSmithKline make in 2004 after its 9% fall?",
        "bbc-business-115",
        "£6.2bn",
    ),
    _b23_c(
        "how many",
        "What was the price of an average UK home according to Nationwide's February survey?",
        "bbc-business-153",
        "£152,879",
    ),
    _b23_c(
        "how many",
        "How much does South Korea hold in foreign reserves, in the story about its plan to "
        "diversify away from the dollar?",
        "bbc-business-180",
        "$200bn",
    ),
    _b23_c(
        "how many",
        "How big was President Bush's 2006 budget submitted to Congress?",
        "bbc-business-249",
        "$2.58 trillion",
    ),
    _b23_c(
        "how many",
        "How many with-profits investors were hit by Axa Sun Life's bonus cut?",
        "bbc-business-281",
        "50,000",
    ),
    _b23_c(
        "how many",
        "By how much did Skis Rossignol shares jump on talk of a bid from Quiksilver?",
        "bbc-business-373",
        "15%",
    ),
    _b23_c(
        "how many",
        "By how much had Mitsubishi Motors' sales slid over the past year, when it confirmed "
        "talks with PSA Peugeot Citroen?",
        "bbc-business-431",
        "41%",
    ),
    _b23_c(
        "how many",
        "How many of the 12 US regions in the Fed's Beige Book showed stronger growth?",
        "bbc-business-463",
        "11",
    ),
    _b23_c(
        "how many",
        "How much did the horror film The Grudge cost Sony to make?",
        "bbc-entertainment-066",
        "$10 million",
    ),
    _b23_c(
        "how many",
        "How many British nominees were on the initial list for the Oscars at which UK stars "
        "missed out on the major awards?",
        "bbc-entertainment-373",
        "24",
    ),
    _b23_c(
        "how many",
        "Over how many years did MPs on the Commons science committee expect 'major problems' as"
        " the social science workforce ages?",
        "bbc-politics-016",
        "10",
    ),
    _b23_c(
        "how many",
        "How much would the new runway at Stansted cost, according to opponents challenging the "
        "expansion in the High Court?",
        "bbc-politics-033",
        "£2bn",
    ),
    _b23_c(
        "how many",
        "How many members does Amicus have, in the story about its possible merger with the TGWU?",
        "bbc-politics-108",
        "1.2 million",
    ),
    _b23_c(
        "how many",
        "How much in tax cuts did Oliver Letwin promise at the Tory spring conference?",
        "bbc-politics-374",
        "£4bn",
    ),
    _b23_c(
        "how many",
        "In how many English council areas were local elections being held when the Lib Dems "
        "launched their local campaign?",
        "bbc-politics-398",
        "37",
    ),
    _b23_c(
        "how many",
        "What time did Jason Gardener run to win the 60m in Leipzig despite his upset stomach?",
        "bbc-sport-009",
        "6.56",
    ),
    _b23_c(
        "how many",
        "How many medals did Marion Jones win at the 2000 Olympics?",
        "bbc-sport-039",
        "five",
    ),
    _b23_c(
        "how many",
        "How much does Yelena Isinbayeva get every time she breaks the pole vault world record?",
        "bbc-sport-070",
        "$30,000",
    ),
    _b23_c(
        "how many",
        "By what score did Manchester United's second-string side lose to Fenerbahce in the "
        "Champions League?",
        "bbc-sport-238",
        "3-0",
    ),
    _b23_c(
        "how many",
        "How many of his 50 Davis Cup matches did Tim Henman win?",
        "bbc-sport-500",
        "36",
    ),
    _b23_c(
        "how many",
        "How many deputies sit in the single-chamber Kyrgyz parliament created by the 2003 "
        "referendum?",
        "bbc-tech-001",
        "75",
    ),
    _b23_c(
        "how many",
        "Around how many telephone exchanges was UK Online's eight megabit broadband service "
        "first available?",
        "bbc-tech-205",
        "230",
    ),
    _b23_c(
        "how many",
        "How many users did the BitTorrent site raided by Finnish police reportedly let share "
        "pirated films and music?",
        "bbc-tech-255",
        "10,000",
    ),
    _b23_c(
        "how many",
        "How many cat characters do players create in the Xbox game Blinx 2?",
        "bbc-tech-266",
        "two",
    ),
)
B23_NEAR_BBC_B = (
    "Who is the chief executive of Quiksilver, the US surfwear firm linked with a bid for ski-"
    "maker Rossignol?",
    "Who runs Axa Sun Life, the insurer that cut bonuses for its with-profits investors?",
    "Who directed the Sony horror film The Grudge?",
    "Who heads Reporters Without Borders, the watchdog that accused China of blocking Google News?",
    "Who founded iDefence, the security firm that warned about the iTunes playlist flaw?",
    "When was the Suprnova.org BitTorrent site first set up?",
    "When did the original Blinx game come out on the Xbox?",
    "When did the Edinburgh Lectures series begin?",
    "When was the ski-maker Skis Rossignol founded?",
    "When was President Bush's Millennium Challenge Corporation set up?",
    "In which town is the ski-maker Skis Rossignol headquartered?",
    "Where is UK Online, the provider behind the eight megabit broadband service, based?",
    "At which hospital was Mike Tindall due to have surgery on his fractured foot?",
    "Where is the box office tracker Exhibitor Relations based?",
    "Which country does Fulham's Bouba Diop, scorer of the equaliser against Manchester United, "
    "come from?",
    "How much did Quiksilver offer for Rossignol?",
    "How many users did Suprnova.org have before it shut down?",
    "How many members does the Stop Stansted Expansion campaign have?",
    "How much did Andrea Arnold's Oscar-winning short film Wasp cost to make?",
    "How many copies has the Xbox game Blinx 2 sold?",
)


def _near_misses(store: str, questions: tuple[str, ...], batch: int = 1) -> tuple[Question, ...]:
    return tuple(Question("none", q, store, batch=batch) for q in questions)


QUESTIONS: tuple[Question, ...] = (
    CORPUS
    + SAMPLES
    + _near_misses("corpus", GENERAL + NEAR_MISSES_CORPUS)
    + _near_misses("samples", NEAR_MISSES_SAMPLES)
    + LATER_CNNDM
    + LATER_BBC
    + LATER_SAMPLES
    + ROUND3_BBC_A
    + ROUND3_BBC_B
    + _near_misses(
        "corpus",
        LATER_NEAR_MISSES_CNNDM
        + LATER_NEAR_MISSES_BBC
        + ROUND3_NEAR_MISSES_BBC_A
        + ROUND3_NEAR_MISSES_BBC_B,
        batch=2,
    )
    + _near_misses("samples", LATER_NEAR_MISSES_SAMPLES, batch=2)
    + LAST_BBC_BUSINESS_POLITICS
    + LAST_BBC_SPORT_ARTS_TECH
    + LAST_SAMPLES
    + _near_misses(
        "corpus",
        LAST_NEAR_MISSES_BBC_BUSINESS_POLITICS + LAST_NEAR_MISSES_BBC_SPORT_ARTS_TECH,
        batch=3,
    )
    + _near_misses("samples", LAST_NEAR_MISSES_SAMPLES, batch=3)
    + B4_BBC_BUSINESS
    + B4_BBC_SPORT_ARTS
    + B4_BBC_POLITICS_TECH
    + _near_misses(
        "corpus",
        B4_NEAR_BBC_BUSINESS + B4_NEAR_BBC_SPORT_ARTS + B4_NEAR_BBC_POLITICS_TECH,
        batch=4,
    )
)


# -- Written twenty-fourth: a twenty-fourth batch, written blind in the second session
# of 2026-12-05, by writers who never saw how /news ask answers. Nearly all its articles
# were used by one earlier question each; its questions there ask for other facts. Its
# near misses ask for facts no article of the corpus states. Measured once when added,
# on the code of the session before (73a8f4a).

_b24_c = partial(_c, batch=24)
B24_BBC_A = (
    # who
    _b24_c(
        "who",
        "Who is the Time Warner chairman and chief executive who said the company met or beat "
        "all its full-year objectives when it reported a 76% profit jump?",
        "bbc-business-001",
        "Richard Parsons",
    ),
    _b24_c(
        "who",
        "Which Numis Securities analyst said it was unusual to see such a big downgrade just "
        "because of phasing when EMI issued its profit warning?",
        "bbc-business-207",
        "Paul Richards",
    ),
    _b24_c(
        "who",
        "Which Deutsche Bank analyst said the stock market treated the Aurora cruise ship "
        "problems as a one-off event for Carnival?",
        "bbc-business-244",
        "Simon Champion|Mr Champion",
    ),
    _b24_c(
        "who",
        "Which Renaissance Capital analyst said Gazprom had 'screwed up the financing' for the "
        "Yuganskneftegas auction?",
        "bbc-business-318",
        "Ronald Smith",
    ),
    _b24_c(
        "who",
        "Which Evolution Securities analyst said profits of around £420m would be well within "
        "the comfort zone for Next?",
        "bbc-business-384",
        "Nick Bubb",
    ),
    _b24_c(
        "who",
        "Which Labour MP, chairman of the Commons education select committee, warned it would be"
        " a tragedy if the government gave a half-hearted response to the Tomlinson report?",
        "bbc-politics-020",
        "Barry Sheerman",
    ),
    _b24_c(
        "who",
        "Who was the Lib Dem home affairs spokesman who said the Tory decision to back ID cards "
        "looked like Michael Howard overruling his colleagues?",
        "bbc-politics-081",
        "Mark Oaten",
    ),
    _b24_c(
        "who",
        "Which peer chaired the parliamentary inquiry that called for tougher rules on betting "
        "on sport?",
        "bbc-politics-240",
        "Lord Faulkner of Worcester|Lord Faulkner",
    ),
    _b24_c(
        "who",
        "Who is the Family Planning Association chief executive who asked what the benefit was "
        "of forcing a woman to have a baby, in the row over Michael Howard's abortion stance?",
        "bbc-politics-405",
        "Anne Weyman",
    ),
    _b24_c(
        "who",
        "Who scored Dundee United's opening goal in their 4-1 Scottish Cup win over Aberdeen?",
        "bbc-sport-107",
        "Alan Archibald|Archibald",
    ),
    _b24_c(
        "who",
        "Which Manchester City player cleared William Gallas's header off the line in the "
        "goalless draw with Chelsea?",
        "bbc-sport-139",
        "Paul Bosvelt|Bosvelt",
    ),
    _b24_c(
        "who",
        "Which Liverpool manager said Steven Gerrard could win everything he wanted without "
        "leaving the club, after his late winner against Olympiakos?",
        "bbc-sport-243",
        "Rafael Benitez|Benitez",
    ),
    _b24_c(
        "who",
        "Off which Portsmouth player did Arjen Robben's late shot deflect in Chelsea's win at "
        "Fratton Park?",
        "bbc-sport-278",
        "Matthew Taylor",
    ),
    _b24_c(
        "who",
        "Who scored the converted try that made sure of Ireland's 28-17 Six Nations victory over"
        " Italy?",
        "bbc-sport-302",
        "Denis Hickie|Hickie",
    ),
    _b24_c(
        "who",
        "Who is the boss of the paid-for music service Wippit who wrote an open letter naming "
        "brands advertising on eDonkey?",
        "bbc-tech-206",
        "Paul Myers",
    ),
    _b24_c(
        "who",
        "Which German teenager confessed to being behind the Netsky and Sasser viruses?",
        "bbc-tech-281",
        "Sven Jaschen",
    ),
    _b24_c(
        "who",
        "Who is Clearswift's director of research who warned about clicking links in sex-related"
        " spam?",
        "bbc-tech-362",
        "Alyn Hockey",
    ),
    _b24_c(
        "who",
        "Who is Intel's chief mobile technology evangelist who talked about laptops lasting a "
        "full working day on a battery charge?",
        "bbc-tech-367",
        "Mike Trainor",
    ),
    _b24_c(
        "who",
        "Which Nielsen/NetRatings analyst said high-speed internet users now make up more than "
        "half of Europe's online audience?",
        "bbc-tech-146",
        "Gabrielle Prior",
    ),
    _b24_c(
        "who",
        "Which former Fiat chief executive recruited Herbert Demel to run the car business?",
        "bbc-business-189",
        "Giuseppe Morchio|Mr Morchio",
    ),
    _b24_c(
        "who",
        "Which QC resigned from the panel of special advocates in protest at the government's "
        "anti-terror laws, saying they were giving Britain a bad name?",
        "bbc-politics-160",
        "Ian MacDonald|Mr MacDonald",
    ),
    _b24_c(
        "who",
        "Who from the League Against Cruel Sports urged hunts to switch to drag hunting as the "
        "hunting ban came in?",
        "bbc-politics-179",
        "Mike Hobday",
    ),
    _b24_c(
        "who",
        "Which actress asked Oscars musical director Bill Conti not to get ready to play her off"
        " because she had so much to say?",
        "bbc-entertainment-280",
        "Julia Roberts",
    ),
    _b24_c(
        "who",
        "Which Jupiter Research analyst said dedicated music players were the only established "
        "digital media players in Europe?",
        "bbc-tech-183",
        "Ian Fogg|Mr Fogg",
    ),
    _b24_c(
        "who",
        "Which Gartner research director called Yahoo the seminal brand on the web as the "
        "company turned 10?",
        "bbc-tech-337",
        "Allen Weiner|Mr Weiner",
    ),
    # when
    _b24_c(
        "when",
        "When did Herbert Demel take charge of Fiat Auto before being replaced by Sergio "
        "Marchionne?",
        "bbc-business-189",
        "November 2003",
    ),
    _b24_c(
        "when",
        "When did Argentina's unemployment rate hit 20% after its economic crisis?",
        "bbc-business-330",
        "May 2002",
    ),
    _b24_c(
        "when",
        "By when is Standard Chartered's takeover of Korea First Bank expected to be completed?",
        "bbc-business-409",
        "April 2005",
    ),
    _b24_c(
        "when",
        "When did the Manic Street Preachers release their third album, The Holy Bible, while "
        "Richey Edwards was still in the band?",
        "bbc-entertainment-244",
        "October 1994",
    ),
    _b24_c(
        "when",
        "In what year was Bill Conti's first Oscars show as musical director, when the orchestra"
        " smelt smoke in the pit?",
        "bbc-entertainment-280",
        "1977",
    ),
    _b24_c(
        "when",
        "When is the Lord of the Rings musical now expected to reach London at the earliest?",
        "bbc-entertainment-294",
        "December 2006",
    ),
    _b24_c(
        "when",
        "In what year did Plaid Cymru's Rhodri Glyn Thomas say Welsh health minister Jane Hutt "
        "had set exactly the same waiting target before?",
        "bbc-politics-121",
        "1999",
    ),
    _b24_c(
        "when",
        "In what year was the Anti-Terrorism, Crime and Security Act, which lets foreign terror "
        "suspects be held without trial, introduced?",
        "bbc-politics-160",
        "2001",
    ),
    _b24_c(
        "when",
        "At what time did the ban on hunting with dogs in England and Wales come into effect?",
        "bbc-politics-179",
        "0001 GMT",
    ),
    _b24_c(
        "when",
        "When was George W Bush due in Europe on his first foreign visit of his second term, "
        "according to Tony Blair?",
        "bbc-politics-280",
        "end of January",
    ),
    _b24_c(
        "when",
        "When did Gordon Brown pledge not to put up income tax, before raising National "
        "Insurance, according to Charles Kennedy's Budget response?",
        "bbc-politics-363",
        "2001",
    ),
    _b24_c(
        "when",
        "In which month was the general election expected when the Lib Dems unveiled their 'real"
        " alternative' slogan?",
        "bbc-politics-417",
        "May",
    ),
    _b24_c(
        "when",
        "When had Wales flanker Martyn Williams last started a game before being picked to face "
        "England?",
        "bbc-sport-333",
        "1 January",
    ),
    _b24_c(
        "when",
        "On what date were France due to play Ireland when Castaignede said pressure was "
        "mounting on Laporte?",
        "bbc-sport-340",
        "12 March",
    ),
    _b24_c(
        "when",
        "At what time did Great Britain kick off against Australia in the rugby league Tri-"
        "Nations final on the day England's union side also played the Wallabies?",
        "bbc-sport-370",
        "1815 GMT",
    ),
    _b24_c(
        "when",
        "On what date were Wales due at Murrayfield to face Scotland after beating France in "
        "Paris?",
        "bbc-sport-396",
        "13 March",
    ),
    _b24_c(
        "when",
        "When did Andy Robinson take over from Sir Clive Woodward as England coach?",
        "bbc-sport-406",
        "September",
    ),
    _b24_c(
        "when",
        "When was Apple's iPod launched, according to Jupiter Research's report on portable "
        "media players?",
        "bbc-tech-183",
        "October 2001",
    ),
    _b24_c(
        "when",
        "When was the malicious Skulls program, which contained a version of the Cabir phone "
        "virus, found?",
        "bbc-tech-290",
        "late November",
    ),
    _b24_c(
        "when",
        "In what year did Yahoo choose Google to power its search so it could concentrate on its"
        " portal?",
        "bbc-tech-337",
        "2000",
    ),
    _b24_c(
        "when",
        "In what year did Netscape set up the Mozilla Foundation, the maker of Firefox?",
        "bbc-tech-196",
        "1998",
    ),
    _b24_c(
        "when",
        "On what date did new European efficiency standards for external power supplies come "
        "into effect, in the story about gadgets and the environment?",
        "bbc-tech-072",
        "1 January",
    ),
    _b24_c(
        "when",
        "Since when had German unemployment not been as high as the five million recorded in "
        "January?",
        "bbc-business-275",
        "1930s",
    ),
    _b24_c(
        "when",
        "When did a court rule that A Very Long Engagement was too American to compete in French"
        " film festivals?",
        "bbc-entertainment-063",
        "November",
    ),
    _b24_c(
        "when",
        "When did the Qualifications and Curriculum Authority send ministers its advice against "
        "watering down the Tomlinson diploma plan?",
        "bbc-politics-020",
        "December",
    ),
    # where
    _b24_c(
        "where",
        "In which state's court did prosecutors file documents ahead of the sentencing of former"
        " Boeing finance chief Michael Sears?",
        "bbc-business-161",
        "Virginia",
    ),
    _b24_c(
        "where",
        "Which Indonesian province was the $1.7bn donors' aid package meant to rebuild?",
        "bbc-business-491",
        "Aceh",
    ),
    _b24_c(
        "where",
        "Near which landmark did police find missing Manic Street Preachers guitarist Richey "
        "Edwards' car?",
        "bbc-entertainment-244",
        "Severn Bridge",
    ),
    _b24_c(
        "where",
        "At which Toronto theatre will the Lord of the Rings stage musical have its world "
        "premiere?",
        "bbc-entertainment-294",
        "Princess of Wales Theatre",
    ),
    _b24_c(
        "where",
        "In which Indian city did Jack Straw visit the Golden Temple and try making roti?",
        "bbc-politics-139",
        "Amritsar",
    ),
    _b24_c(
        "where",
        "Which part of Nottingham did the county's police chief use as an example when "
        "questioning powers to shut problem pubs under the 24-hour drinking plans?",
        "bbc-politics-202",
        "Market Square",
    ),
    _b24_c(
        "where",
        "Where did King Abdullah of Jordan pay for Tony Blair to go on a sightseeing tour, "
        "according to the register of members' interests?",
        "bbc-politics-320",
        "Wadi Rum",
    ),
    _b24_c(
        "where",
        "From where did Charles Kennedy launch the Lib Dem campaign when he called the Tories a "
        "'fading' force?",
        "bbc-politics-272",
        "Westminster",
    ),
    _b24_c(
        "where",
        "In which city were Wales due to play England when Tom Shanklin was moved into the centre?",
        "bbc-sport-333",
        "Cardiff",
    ),
    _b24_c(
        "where",
        "At which ground were France due to face Ireland when Thomas Castaignede warned of "
        "pressure on Bernard Laporte?",
        "bbc-sport-340",
        "Lansdowne Road",
    ),
    _b24_c(
        "where",
        "Where were Jason Robinson's England rugby union side playing Australia on the day Great"
        " Britain met the Aussies in the rugby league Tri-Nations final?",
        "bbc-sport-370",
        "Twickenham",
    ),
    _b24_c(
        "where",
        "In which city did England lose 19-13 to Ireland when Andy Robinson said he was livid "
        "with the referee?",
        "bbc-sport-406",
        "Dublin",
    ),
    _b24_c(
        "where",
        "At which tournament had Carlos Moya won at the start of the year, before his first-"
        "round exit at the Australian Open?",
        "bbc-sport-477",
        "Chennai Open|Chennai",
    ),
    _b24_c(
        "where",
        "In which state's Superior court did the Electronic Frontier Foundation try to stop "
        "Apple pursuing online journalists' sources?",
        "bbc-tech-044",
        "California",
    ),
    _b24_c(
        "where",
        "In which city was the Consumer Electronics Show where eBay announced its Rethink "
        "recycling project?",
        "bbc-tech-072",
        "Las Vegas",
    ),
    _b24_c(
        "where",
        "In which city is the web analytics firm OneStat.com, which reported Internet Explorer's"
        " share falling below 90%, based?",
        "bbc-tech-196",
        "Amsterdam",
    ),
    _b24_c(
        "where",
        "In which country was the move from landlines to mobiles most pronounced, according to "
        "Nokia's research on home phones?",
        "bbc-tech-109",
        "South Korea",
    ),
    _b24_c(
        "where",
        "In which region does Standard Chartered, which bought Korea First Bank, do two thirds "
        "of its business?",
        "bbc-business-409",
        "Asia",
    ),
    _b24_c(
        "where",
        "In which German states were elections due that economists said could be hit by "
        "unemployment topping five million?",
        "bbc-business-275",
        "Schleswig-Holstein|North Rhine-Westphalia",
    ),
    _b24_c(
        "where",
        "Which constituencies had the lowest university participation rate, at 8%, in the Higher"
        " Education Funding Council report?",
        "bbc-politics-246",
        "Nottingham North|Sheffield Brightside",
    ),
    _b24_c(
        "where",
        "Which country's experience did Charles Kennedy cite in his Budget response to warn that"
        " seven million English households would pay more after council tax revaluation?",
        "bbc-politics-363",
        "Wales",
    ),
    _b24_c(
        "where",
        "A court in which city ruled the Audrey Tautou film A Very Long Engagement was too "
        "American to compete for French prizes?",
        "bbc-entertainment-063",
        "Paris",
    ),
    _b24_c(
        "where",
        "Which country did Tony Blair refuse to say whether the SAS had been operating in, after"
        " claims US forces had scouted targets there?",
        "bbc-politics-280",
        "Iran",
    ),
    _b24_c(
        "where",
        "Where was Argentine entrepreneur Drayton Valentine born?",
        "bbc-business-330",
        "United States",
    ),
    # how many
    _b24_c(
        "how many",
        "How many other contracts did the Pentagon say it would examine over Darleen Druyun's "
        "role at the Air Force?",
        "bbc-business-161",
        "eight",
    ),
    _b24_c(
        "how many",
        "How much had Time Warner offered to pay to settle the SEC's charges over AOL?",
        "bbc-business-001",
        "$300m",
    ),
    _b24_c(
        "how many",
        "How much profit did EMI expect to make after its profit warning over delayed Coldplay "
        "and Gorillaz albums?",
        "bbc-business-207",
        "£138m",
    ),
    _b24_c(
        "how many",
        "To what price did an investment bank raise its target for Carnival shares just before "
        "the Aurora setback?",
        "bbc-business-244",
        "£36.20",
    ),
    _b24_c(
        "how many",
        "How much has Yukos been hit with in taxes and fines?",
        "bbc-business-318",
        "$27bn",
    ),
    _b24_c(
        "how many",
        "By how much did Next say its annual profit would fall short of previous expectations "
        "after a disappointing clearance sale?",
        "bbc-business-384",
        "£5m",
    ),
    _b24_c(
        "how many",
        "How big was the donors' aid package that Indonesia's economics minister said made the "
        "Paris Club debt moratorium unnecessary?",
        "bbc-business-491",
        "$1.7bn",
    ),
    _b24_c(
        "how many",
        "For how many years at least will ESPN's deal selling EA Sports its TV branding and on-"
        "air talent change the sports games market?",
        "bbc-tech-056",
        "15 years",
    ),
    _b24_c(
        "how many",
        "How much did Jane Hutt announce would be spent on Welsh health services to cut waiting "
        "times and modernise pay?",
        "bbc-politics-121",
        "£264m",
    ),
    _b24_c(
        "how many",
        "How many people in the UK, Germany, US and South Korea now use only a mobile phone, "
        "according to Nokia's research?",
        "bbc-tech-109",
        "45 million",
    ),
    _b24_c(
        "how many",
        "What is the current maximum jail sentence for gambling cheats that Lord Condon called "
        "derisory?",
        "bbc-politics-240",
        "two years",
    ),
    _b24_c(
        "how many",
        "How many times more likely are teenagers from well-off backgrounds to go to university "
        "than those from the most deprived areas, according to Hefce?",
        "bbc-politics-246",
        "six",
    ),
    _b24_c(
        "how many",
        "How much did William Hague earn on top of his MP's salary, according to the register of"
        " members' interests?",
        "bbc-politics-320",
        "£820,000",
    ),
    _b24_c(
        "how many",
        "To how many weeks does Michael Howard want the legal limit for abortions cut?",
        "bbc-politics-405",
        "20",
    ),
    _b24_c(
        "how many",
        "By what majority did the government win the Commons vote on anti-terror laws that "
        "Charles Kennedy missed?",
        "bbc-politics-417",
        "14",
    ),
    _b24_c(
        "how many",
        "What was the attendance for Dundee United's 4-1 Scottish Cup win over Aberdeen?",
        "bbc-sport-107",
        "8,661",
    ),
    _b24_c(
        "how many",
        "What was the crowd for the Manchester City v Chelsea game in which David James kept the"
        " leaders out?",
        "bbc-sport-139",
        "42,093",
    ),
    _b24_c(
        "how many",
        "What was the score when Steven Gerrard's late goal against Olympiakos put Liverpool "
        "into the Champions League knockout stages?",
        "bbc-sport-243",
        "3-1",
    ),
    _b24_c(
        "how many",
        "What was the score when Wales beat France in Paris for their third Six Nations win?",
        "bbc-sport-396",
        "24-18",
    ),
    _b24_c(
        "how many",
        "What was Guillermo Garcia-Lopez's world ranking when he knocked Carlos Moya out of the "
        "Australian Open?",
        "bbc-sport-477",
        "106",
    ),
    _b24_c(
        "how many",
        "How many sources does Apple want the online reporters to reveal over leaks about "
        "products like the Mac Mini?",
        "bbc-tech-044",
        "20",
    ),
    _b24_c(
        "how many",
        "By how much did Lycos Europe say the number of phishing e-mails it caught had increased"
        " in 2004?",
        "bbc-tech-281",
        "500%",
    ),
    _b24_c(
        "how many",
        "By how much has sex-related spam risen over the last month, according to Clearswift?",
        "bbc-tech-362",
        "180%",
    ),
    _b24_c(
        "how many",
        "How much power do laptop makers want their 14 and 15 inch screens to draw?",
        "bbc-tech-367",
        "three watts",
    ),
    _b24_c(
        "how many",
        "How many Europeans are connected to the net via broadband, according to "
        "Nielsen/NetRatings?",
        "bbc-tech-146",
        "54 million",
    ),
)
B24_NEAR_BBC_A = (
    "Who is the chief executive of Carnival Corporation, the US owner of P&O Cruises?",
    "Who is the chief executive of Mirapoint, the security firm that ran the spam survey with "
    "the Radicati Group?",
    "Who is the chief executive of Korea First Bank, the lender Standard Chartered agreed to buy?",
    "Who founded the Radicati Group, the market research firm behind the survey on bad e-mail "
    "habits?",
    "Who directed the police drama 36, Quai Des Orfevres, which was up for best film at the "
    "Cesars?",
    "When will Coldplay's delayed new album, blamed for EMI's profit warning, finally be released?",
    "When will the bus service between Srinagar and Muzaffarabad across the Kashmir ceasefire "
    "line start running?",
    "When was the web traffic monitor OneStat.com founded?",
    "When did Ian MacDonald QC join the panel of special advocates that represents terror "
    "suspects?",
    "In which Paris venue is the Cesar film awards ceremony held?",
    "Which West End theatre will stage the Lord of the Rings musical when it finally comes to "
    "London?",
    "In which port did P&O's cruise ship Aurora dock when it limped back on 20 January?",
    "Where was Oscars musical director Bill Conti born?",
    "Where was Guillermo Garcia-Lopez, the Spaniard who knocked Carlos Moya out of the "
    "Australian Open, born?",
    "How many branches does Korea First Bank have?",
    "How many passengers were booked on the Aurora's cancelled three-month cruise?",
    "How many members does the Quorn hunt have?",
    "How many seats does Toronto's Princess of Wales Theatre, venue of the Lord of the Rings "
    "musical premiere, have?",
)
B24_BBC_B = (
    # who
    _b24_c(
        "who",
        "Which son-in-law of former Ukrainian president Leonid Kuchma was in the consortium that"
        " bought the Krivorizhstal steel mill?",
        "bbc-business-136",
        "Viktor Pinchuk",
    ),
    _b24_c(
        "who",
        "Who is the chairman of India's ONGC, which signed an energy pact with Gazprom?",
        "bbc-business-181",
        "Subir Raha|Mr Raha",
    ),
    _b24_c(
        "who",
        "Which World Bank president said his agency was only beginning to grasp the scale of the"
        " tsunami disaster?",
        "bbc-business-345",
        "James Wolfensohn",
    ),
    _b24_c(
        "who",
        "Who is the Deloitte chief economic adviser who warned the UK's golden economic period "
        "may end?",
        "bbc-business-459",
        "Roger Bootle|Mr Bootle",
    ),
    _b24_c(
        "who",
        "Who is the president of the Royal Academy of Dance, who launched a new young dancers "
        "competition to halt the decline of British ballet?",
        "bbc-entertainment-022",
        "Dame Antoinette Sibley|Antoinette Sibley",
    ),
    _b24_c(
        "who",
        "Who is the president of the Parents Television Council, which accused MTV of selling "
        "raunchy sex to kids?",
        "bbc-entertainment-168",
        "Brent Bozell",
    ),
    _b24_c(
        "who",
        "Which presenter was dropped from Radio 1's chart show to make way for JK and Joel?",
        "bbc-entertainment-284",
        "Wes Butters",
    ),
    _b24_c(
        "who",
        "Who won best director at the 2005 Baftas for Vera Drake?",
        "bbc-entertainment-357",
        "Mike Leigh",
    ),
    _b24_c(
        "who",
        "Who was sacked as Welsh health minister and replaced by Dr Brian Gibbons?",
        "bbc-politics-124",
        "Jane Hutt|Ms Hutt",
    ),
    _b24_c(
        "who",
        "Which newly appointed Metropolitan Police commissioner came out in favour of allowing "
        "phone-tap evidence in court?",
        "bbc-politics-216",
        "Sir Ian Blair",
    ),
    _b24_c(
        "who",
        "Which Family Planning Association chief executive worried that Ruth Kelly's views could"
        " affect sex education?",
        "bbc-politics-244",
        "Anne Weyman",
    ),
    _b24_c(
        "who",
        "Which Labour peer is behind the Succession to the Crown Bill to end male preference in "
        "the royal line?",
        "bbc-politics-266",
        "Lord Dubs",
    ),
    _b24_c(
        "who",
        "Which American sprinter did Mark Lewis-Francis hold off on the last leg of the Olympic "
        "4x100m relay final?",
        "bbc-sport-090",
        "Maurice Greene",
    ),
    _b24_c(
        "who",
        "Which Sheffield Wednesday manager was linked with a return to Dundee United in place of"
        " Ian McCall?",
        "bbc-sport-126",
        "Paul Sturrock|Sturrock",
    ),
    _b24_c(
        "who",
        "Who stood in for the injured Xabi Alonso in Liverpool's midfield in the Champions "
        "League win over Deportivo?",
        "bbc-sport-223",
        "Igor Biscan|Biscan",
    ),
    _b24_c(
        "who",
        "Which England player had a try ruled out just before half-time in the 19-13 defeat by "
        "Ireland?",
        "bbc-sport-290",
        "Mark Cueto",
    ),
    _b24_c(
        "who",
        "Which Wales scrum-half did the pundit say he would not want as his Lions scrum-half?",
        "bbc-sport-308",
        "Dwayne Peel",
    ),
    _b24_c(
        "who",
        "Who is the USA rugby coach that Eddie O'Sullivan said would have the Eagles well "
        "organised?",
        "bbc-sport-378",
        "Tom Billups",
    ),
    _b24_c(
        "who",
        "Who beat Marat Safin in the 2002 Australian Open final?",
        "bbc-sport-490",
        "Thomas Johansson",
    ),
    _b24_c(
        "who",
        "Who co-founded Yahoo with Jerry Yang at Stanford?",
        "bbc-tech-065",
        "David Filo",
    ),
    _b24_c(
        "who",
        "Which BT researcher who worked on ArtGarden was frustrated trying to buy his wife a "
        "Christmas present online?",
        "bbc-tech-085",
        "Richard Tateson",
    ),
    _b24_c(
        "who",
        "Which telecoms ombudsman said she would expect phone companies to spot unusual calling "
        "like credit card firms do?",
        "bbc-tech-188",
        "Elizabeth France",
    ),
    _b24_c(
        "who",
        "What is the name of Bill Thompson's son, whose 3G phone changed his mind about music "
        "videos on mobiles?",
        "bbc-tech-198",
        "Max",
    ),
    _b24_c(
        "who",
        "Which Energis security expert said net attacks were getting more diffuse and "
        "sophisticated?",
        "bbc-tech-368",
        "Malcolm Seagrave",
    ),
    # when
    _b24_c(
        "when",
        "On what day did Manchester United reveal it had received a detailed new proposal from "
        "Malcolm Glazer?",
        "bbc-business-229",
        "Sunday",
    ),
    _b24_c(
        "when",
        "When was the New York attorney general's inquiry into insurance broker Marsh & McLennan"
        " launched?",
        "bbc-business-265",
        "October",
    ),
    _b24_c(
        "when",
        "On what day did Fannie Mae say that Franklin Raines was taking early retirement?",
        "bbc-business-326",
        "Tuesday",
    ),
    _b24_c(
        "when",
        "In what year was the Indonesian environment official paid the Monsanto bribe over GM "
        "cotton?",
        "bbc-business-400",
        "2002",
    ),
    _b24_c(
        "when",
        "In what year were 16 of the Royal Ballet's 21 principal dancers British?",
        "bbc-entertainment-022",
        "1985",
    ),
    _b24_c(
        "when",
        "When was reggae star Sizzla's UK tour cancelled because of the Stop Murder Music "
        "campaign?",
        "bbc-entertainment-248",
        "November",
    ),
    _b24_c(
        "when",
        "From when will download sales be counted in the Radio 1 chart rundown hosted by JK and "
        "Joel?",
        "bbc-entertainment-284",
        "April",
    ),
    _b24_c(
        "when",
        "When did Cate Blanchett win her earlier Bafta for her leading role in Elizabeth?",
        "bbc-entertainment-357",
        "1999",
    ),
    _b24_c(
        "when",
        "On what day is the bill to create a supreme court and a judicial appointments "
        "commission going back to the House of Lords?",
        "bbc-politics-118",
        "Tuesday",
    ),
    _b24_c(
        "when",
        "On what day of the week did the slurry attack on Robert Kilroy-Silk take place?",
        "bbc-politics-157",
        "Friday",
    ),
    _b24_c(
        "when",
        "In what year did prisoner Robert Napier first raise his human rights challenge over "
        "slopping out?",
        "bbc-politics-173",
        "2001",
    ),
    _b24_c(
        "when",
        "On what day was the Commons vote on the Prevention of Terrorism Bill's control orders "
        "expected?",
        "bbc-politics-182",
        "Wednesday",
    ),
    _b24_c(
        "when",
        "In what year did the government say it supported in principle ending gender "
        "discrimination in the royal succession?",
        "bbc-politics-266",
        "1998",
    ),
    _b24_c(
        "when",
        "In what year did Gordon Brown marry PR executive Sarah Macaulay?",
        "bbc-politics-406",
        "2000",
    ),
    _b24_c(
        "when",
        "When did Ireland last win a Grand Slam, according to the preview of Martin Corry and "
        "England's trip to Lansdowne Road?",
        "bbc-sport-336",
        "1948",
    ),
    _b24_c(
        "when",
        "On what date did Ireland play the USA at Lansdowne Road in the autumn internationals?",
        "bbc-sport-378",
        "20 November",
    ),
    _b24_c(
        "when",
        "In what year did Gareth Llewellyn make his Wales debut against New Zealand?",
        "bbc-sport-413",
        "1989",
    ),
    _b24_c(
        "when",
        "On what date did Gareth Llewellyn break Neil Jenkins' Wales caps record?",
        "bbc-sport-413",
        "12 June 2004",
    ),
    _b24_c(
        "when",
        "When was the Xbox launched in Europe?",
        "bbc-tech-052",
        "March 2002",
    ),
    _b24_c(
        "when",
        "On what date is Yahoo's 10th anniversary officially being marked?",
        "bbc-tech-065",
        "2 March",
    ),
    _b24_c(
        "when",
        "When did Microsoft buy anti-spyware firm Giant Company Software?",
        "bbc-tech-177",
        "December 2004",
    ),
    _b24_c(
        "when",
        "When did Lycos Europe's Make Love, Not Spam campaign begin?",
        "bbc-tech-214",
        "late November|November",
    ),
    _b24_c(
        "when",
        "When was the UK's previous monthly texting record set, before December 2004?",
        "bbc-tech-287",
        "October 2004",
    ),
    _b24_c(
        "when",
        "From when will the Waste Electronic and Electrical Equipment directive oblige "
        "manufacturers to take back products for recycling?",
        "bbc-tech-307",
        "August",
    ),
    _b24_c(
        "when",
        "By when could the Xbox 2 be on shop shelves, after its sneak preview at the Game "
        "Developers Conference?",
        "bbc-tech-348",
        "November",
    ),
    # where
    _b24_c(
        "where",
        "Where is LNM, the steel group that lost out in the original Krivorizhstal sale, based?",
        "bbc-business-136",
        "Netherlands",
    ),
    _b24_c(
        "where",
        "In which far eastern part of Russia could India's ONGC invest in oil and gas fields "
        "under its deal with Gazprom?",
        "bbc-business-181",
        "Sakhalin",
    ),
    _b24_c(
        "where",
        "In which US city did Yukos file for bankruptcy in a bid to stop the Yugansk auction?",
        "bbc-business-192",
        "Houston",
    ),
    _b24_c(
        "where",
        "Where is the St David's Shopping Centre, which expected about 200,000 shoppers on the "
        "last Saturday before Christmas?",
        "bbc-business-317",
        "Cardiff",
    ),
    _b24_c(
        "where",
        "In which city is Key 103, the station where JK and Joel worked before Radio 1?",
        "bbc-entertainment-284",
        "Manchester",
    ),
    _b24_c(
        "where",
        "Which seat is new Welsh health minister Brian Gibbons the assembly member for?",
        "bbc-politics-124",
        "Aberavon",
    ),
    _b24_c(
        "where",
        "Towards which road did the man who threw slurry at Kilroy-Silk run off, according to "
        "police?",
        "bbc-politics-157",
        "Wilmslow Road",
    ),
    _b24_c(
        "where",
        "At which university is Professor Nancy Rothwell, who raised concerns about Ruth Kelly "
        "and stem cell research, vice-president of research?",
        "bbc-politics-244",
        "Manchester University",
    ),
    _b24_c(
        "where",
        "Which country's system are the Conservatives' health checks for immigrants closely "
        "modelled on?",
        "bbc-politics-382",
        "New Zealand",
    ),
    _b24_c(
        "where",
        "At which restaurant did Gordon Brown reportedly agree to give Tony Blair a clear run at"
        " the Labour leadership in 1994?",
        "bbc-politics-406",
        "Granita|Islington",
    ),
    _b24_c(
        "where",
        "Where is MBE sprinter Darren Campbell based?",
        "bbc-sport-090",
        "Newport",
    ),
    _b24_c(
        "where",
        "Where were Rangers due to play away on the weekend Nacho Novo's ban began?",
        "bbc-sport-253",
        "Kilmarnock",
    ),
    _b24_c(
        "where",
        "Where are the Lions heading this summer, the tour Gavin Henson staked an early claim "
        "for with his Six Nations display?",
        "bbc-sport-308",
        "New Zealand",
    ),
    _b24_c(
        "where",
        "Where do England face Ireland in the Six Nations, the venue Martin Corry called "
        "tremendous?",
        "bbc-sport-336",
        "Lansdowne Road",
    ),
    _b24_c(
        "where",
        "Where is the Rugby World Cup Sevens, for which England have been handed a tough draw, "
        "being held?",
        "bbc-sport-400",
        "Hong Kong",
    ),
    _b24_c(
        "where",
        "Where did England win the first event of the IRB World Sevens series?",
        "bbc-sport-400",
        "Dubai",
    ),
    _b24_c(
        "where",
        "Which French club is Wales lock Gareth Llewellyn playing for on a one-season deal?",
        "bbc-sport-413",
        "Narbonne",
    ),
    _b24_c(
        "where",
        "Where was Jimmy Connors speaking when he praised the LTA's winter camp?",
        "bbc-sport-464",
        "Queen's Club",
    ),
    _b24_c(
        "where",
        "Where are Stuff and What Hi-Fi? holding their best-of gadget show?",
        "bbc-tech-127",
        "London",
    ),
    _b24_c(
        "where",
        "Where is Sony's Qrio robot flying in from for the Stuff gadget show?",
        "bbc-tech-127",
        "Japan",
    ),
    _b24_c(
        "where",
        "Where did new IETF chair Brian Carpenter spend 20 years?",
        "bbc-tech-366",
        "Cern",
    ),
    _b24_c(
        "where",
        "Which region does Robert Kilroy-Silk represent as an MEP?",
        "bbc-politics-157",
        "East Midlands",
    ),
    _b24_c(
        "where",
        "Which constituency did Gordon Brown win in 1983 after failing to get into Westminster "
        "for Edinburgh South?",
        "bbc-politics-406",
        "Dunfermline East",
    ),
    # how many
    _b24_c(
        "how many",
        "How much was Yugansk bought for by the little-known group that Rosneft then took over?",
        "bbc-business-192",
        "$9.4bn",
    ),
    _b24_c(
        "how many",
        "By how much did Manchester United's shares close up after Malcolm Glazer's new approach?",
        "bbc-business-229",
        "4.75%",
    ),
    _b24_c(
        "how many",
        "How many credit rating agencies have downgraded Marsh & McLennan since the insurance "
        "bid-rigging scandal broke?",
        "bbc-business-265",
        "three",
    ),
    _b24_c(
        "how many",
        "By how much were sales up at Manchester's Trafford Centre in what it called its biggest"
        " Christmas to date?",
        "bbc-business-317",
        "5%",
    ),
    _b24_c(
        "how many",
        "How big a fine did Freddie Mac have to pay after an investigation of its books?",
        "bbc-business-326",
        "$125m",
    ),
    _b24_c(
        "how many",
        "How much annual growth did some observers say Sri Lanka could lose because of the "
        "tsunami?",
        "bbc-business-345",
        "1%",
    ),
    _b24_c(
        "how many",
        "How big was the bribe a former Monsanto manager arranged for an official in Indonesia's"
        " environment ministry?",
        "bbc-business-400",
        "$50,000",
    ),
    _b24_c(
        "how many",
        "What rate of UK economic growth is Deloitte forecasting this year, below Gordon Brown's"
        " forecast?",
        "bbc-business-459",
        "2%",
    ),
    _b24_c(
        "how many",
        "How many flashes of nudity or sexual situations did the Parents Television Council "
        "count during MTV's Spring Break coverage?",
        "bbc-entertainment-168",
        "3,056",
    ),
    _b24_c(
        "how many",
        "How many dancehall reggae stars are covered by the deal to stop homophobic songs?",
        "bbc-entertainment-248",
        "eight",
    ),
    _b24_c(
        "how many",
        "How many MPs signed a petition supporting Iain Duncan Smith's amendment to the Mental "
        "Capacity Bill?",
        "bbc-politics-068",
        "Ninety one",
    ),
    _b24_c(
        "how many",
        "What proportion of magistrates' courts does Lord Falconer want to have facilities "
        "keeping witnesses away from defendants?",
        "bbc-politics-118",
        "90%",
    ),
    _b24_c(
        "how many",
        "How much compensation was armed robber Robert Napier awarded over slopping out in prison?",
        "bbc-politics-173",
        "£2,450",
    ),
    _b24_c(
        "how many",
        "How much Labour waste did Michael Howard claim a Tory government could save to spend on"
        " public services?",
        "bbc-politics-278",
        "£35 billion",
    ),
    _b24_c(
        "how many",
        "What share of pensioners are paying marginal tax rates of 50%, according to the Lib "
        "Dems' Vince Cable?",
        "bbc-politics-355",
        "40%",
    ),
    _b24_c(
        "how many",
        "By how much do the Tories say TB in England has risen over the last 10 years?",
        "bbc-politics-382",
        "25%",
    ),
    _b24_c(
        "how many",
        "How many disciplinary points were Henri Camara and Nacho Novo each given for their Old "
        "Firm offences?",
        "bbc-sport-253",
        "12",
    ),
    _b24_c(
        "how many",
        "How many days together did Ireland's rugby players have in the summer, according to "
        "Scotland coach Matt Williams?",
        "bbc-sport-365",
        "70",
    ),
    _b24_c(
        "how many",
        "How many Xbox consoles had Microsoft sold worldwide, according to the report that the "
        "Xbox 2 would probably be unveiled in May rather than at GDC?",
        "bbc-tech-052",
        "19.9 million",
    ),
    _b24_c(
        "how many",
        "How many calls a day does BT handle, making monitoring for rogue dialling quite a task?",
        "bbc-tech-188",
        "180 million",
    ),
    _b24_c(
        "how many",
        "How much spare capacity did Lycos Europe say its anti-spam screensaver left the "
        "targeted sites with?",
        "bbc-tech-214",
        "5%",
    ),
    _b24_c(
        "how many",
        "How many text messages were sent in the UK in the whole of 2004?",
        "bbc-tech-287",
        "26 billion",
    ),
    _b24_c(
        "how many",
        "How many subscribers is Microsoft aiming for with the Xbox 2, according to J Allard?",
        "bbc-tech-348",
        "10-20 million",
    ),
    _b24_c(
        "how many",
        "How many addresses is the current IPv4 internet protocol limited to?",
        "bbc-tech-366",
        "four billion",
    ),
    _b24_c(
        "how many",
        "How many large net service firms have switched on Arbor Networks' system to fingerprint"
        " net attacks?",
        "bbc-tech-368",
        "Eighty",
    ),
)
B24_NEAR_BBC_B = (
    "Who threw the bucket of slurry over Robert Kilroy-Silk outside the Any Questions recording "
    "in Manchester?",
    "Who is the chief executive of Lycos Europe, which scrapped its Make Love, Not Spam "
    "screensaver?",
    "Who was named to replace Franklin Raines as chief executive of Fannie Mae?",
    "Who was the Indonesian environment ministry official who was paid the Monsanto bribe?",
    "When will the final of the Royal Academy of Dance's Fonteyn Nureyev Young Dancers "
    "competition be held?",
    "When will Microsoft start charging users for its anti-spyware tool?",
    "When did Wales lock Gareth Llewellyn sign for French club Narbonne?",
    "When did Manchester's Trafford Centre shopping mall open?",
    "When was Robert Napier convicted of the armed robbery that landed him in Barlinnie?",
    "In which city is agrochemical giant Monsanto headquartered?",
    "Where is the Parents Television Council, the group that attacked MTV for sleaze, based?",
    "Where will the final of the Fonteyn Nureyev Young Dancers competition take place?",
    "In which city is US mortgage giant Fannie Mae headquartered?",
    "In which US city is Arbor Networks based?",
    "How much did Malcolm Glazer pay for the Tampa Bay Buccaneers?",
    "How many shoppers visited Manchester's Trafford Centre on the last Saturday before Christmas?",
    "How much did Microsoft pay for Romanian anti-virus firm GeCAD Software?",
    "How much did BT spend developing its ArtGarden art-browsing search technology?",
)

# -- Written twenty-fifth: a twenty-fifth batch, written blind in the third session
# of 2026-12-05, by writers who never saw how /news ask answers. Nearly all its articles
# were used by one earlier question each; its questions there ask for other facts. Its
# near misses ask for facts no article of the corpus states. Measured once when added,
# on the code of the session before (4f44ad5).

_b25_c = partial(_c, batch=25)
B25_BBC_A = (
    # who
    _b25_c(
        "who",
        "Which UFJ Bank economist said Japan's economic adjustment phase was stronger than "
        "expected?",
        "bbc-business-046",
        "Takashi Yamanaka",
    ),
    _b25_c(
        "who",
        "Which Standard & Poor's analyst warned of growing political risk in Russia when the "
        "agency upgraded Russian debt to investment grade?",
        "bbc-business-091",
        "Helena Hessel|Ms Hessel",
    ),
    _b25_c(
        "who",
        "Who is the governor of the Reserve Bank of Australia who said spare capacity in the "
        "economy was becoming limited?",
        "bbc-business-101",
        "Ian Macfarlane",
    ),
    _b25_c(
        "who",
        "Who is the head of the Turkish Central Bank who called the new lira a symbol of a "
        "stable economy?",
        "bbc-business-257",
        "Sureyya Serdengecti",
    ),
    _b25_c(
        "who",
        "Which US transportation secretary ordered an investigation into the Christmas travel "
        "chaos at US Airways and Comair?",
        "bbc-business-348",
        "Norman Mineta|Mr Mineta",
    ),
    _b25_c(
        "who",
        "Which Comerica chief economist said the November US industrial output figures fitted an"
        " economy growing at 3.5 to 4%?",
        "bbc-business-453",
        "David Littman",
    ),
    _b25_c(
        "who",
        "Who was organising The Vagina Monologues in Uganda and said she was outraged at the "
        "hypocrisy of the ban?",
        "bbc-entertainment-010",
        "Sarah Mukasa",
    ),
    _b25_c(
        "who",
        "Which producer was brought in to oversee the Super Bowl half-time show that Paul "
        "McCartney played?",
        "bbc-entertainment-133",
        "Don Mischer",
    ),
    _b25_c(
        "who",
        "Which Only Fools and Horses star said British TV had become too safe and too cheap?",
        "bbc-entertainment-311",
        "David Jason",
    ),
    _b25_c(
        "who",
        "Which Archbishop of Canterbury, like Cardinal Murphy-O'Connor, wanted weapons "
        "inspectors to get more time in Iraq?",
        "bbc-politics-060",
        "Dr Rowan Williams|Rowan Williams",
    ),
    _b25_c(
        "who",
        "Which late actor was mentioned as an advocate of stem cell research in the story about "
        "Michael Howard backing it?",
        "bbc-politics-086",
        "Christopher Reeve",
    ),
    _b25_c(
        "who",
        "Which health secretary warned that those fuelling Blair-Brown rift reports would not be"
        " easily forgiven?",
        "bbc-politics-255",
        "John Reid",
    ),
    _b25_c(
        "who",
        "Which Liberal Democrat leader said the difference between income tax and a tax on "
        "income meant nothing to most families?",
        "bbc-politics-362",
        "Charles Kennedy",
    ),
    _b25_c(
        "who",
        "Which Tory said the EU stability and growth pact had turned out to be a fake?",
        "bbc-politics-389",
        "David Heathcoat-Amory",
    ),
    _b25_c(
        "who",
        "Who conducted the Radio Five Live Sportsweek interview in which Michael Owen said he "
        "was happy at Real Madrid?",
        "bbc-sport-142",
        "Garry Richardson",
    ),
    _b25_c(
        "who",
        "Which former Spurs and England defender said he wouldn't be surprised if Tottenham's "
        "structure caused a rift with Santini?",
        "bbc-sport-207",
        "Gary Stevens",
    ),
    _b25_c(
        "who",
        "Who did William Gallas describe as the icing on the cake at Chelsea?",
        "bbc-sport-209",
        "Mourinho|Jose Mourinho",
    ),
    _b25_c(
        "who",
        "Who scored Manchester United's opening goal in the FA Cup replay at Exeter?",
        "bbc-sport-240",
        "Cristiano Ronaldo|Ronaldo",
    ),
    _b25_c(
        "who",
        "Which Bath player came on for Mathew Tait and improved England's field position against"
        " Wales?",
        "bbc-sport-299",
        "Olly Barkley",
    ),
    _b25_c(
        "who",
        "Which Electronic Frontier Foundation figure said Google should not be penalised for its"
        " dominance over the AutoLink toolbar?",
        "bbc-tech-010",
        "Cory Doctorow|Mr Doctorow",
    ),
    _b25_c(
        "who",
        "Who is Tata Teleservices' vice president of networks, who explained the use of laser "
        "links?",
        "bbc-tech-023",
        "R. Sridharan|Mr Sridharan",
    ),
    _b25_c(
        "who",
        "Who is the director of the US think-tank the Media Center who said blogs were a key "
        "part of the US election?",
        "bbc-tech-099",
        "Andrew Nachison|Mr Nachison",
    ),
    _b25_c(
        "who",
        "Who is the managing director of media consultancy Decipher who talked about TV pocket "
        "money cards?",
        "bbc-tech-124",
        "Nigel Whalley|Mr Whalley",
    ),
    _b25_c(
        "who",
        "Which researcher, along with Dennis McFarlane, led the brainwave cap study that let "
        "people move a cursor by thought?",
        "bbc-tech-165",
        "Jonathan Wolpaw",
    ),
    _b25_c(
        "who",
        "Which Blinkx co-founder said rival desktop search tools had validated the problem his "
        "firm tackles?",
        "bbc-tech-213",
        "Suranga Chandratillake|Mr Chandratillake",
    ),
    # when
    _b25_c(
        "when",
        "Since what year has the Vestey Group owned the Venezuelan ranch land the Chavez "
        "government wants to seize?",
        "bbc-business-029",
        "1920",
    ),
    _b25_c(
        "when",
        "By when does Mercedes hope to revive its fortunes against luxury rivals like BMW?",
        "bbc-business-117",
        "2006",
    ),
    _b25_c(
        "when",
        "The US probe into the Christmas airline chaos focuses on compliance with a passenger "
        "service agreement from which year?",
        "bbc-business-348",
        "1999",
    ),
    _b25_c(
        "when",
        "When did Franz Ferdinand sign with the independent label Domino?",
        "bbc-entertainment-236",
        "June 2003",
    ),
    _b25_c(
        "when",
        "Between which years did The Two Ronnies originally run?",
        "bbc-entertainment-311",
        "1971 to 1987",
    ),
    _b25_c(
        "when",
        "On what day was the sixth national truancy sweep due to take place?",
        "bbc-politics-030",
        "Monday",
    ),
    _b25_c(
        "when",
        "When was Cardinal Cormac Murphy-O'Connor due to repeat his message on war spending at "
        "Midnight Mass?",
        "bbc-politics-060",
        "Friday",
    ),
    _b25_c(
        "when",
        "On what date was the BBC Wales Maniffesto programme with Elfyn Llwyd's arson claims due"
        " to be shown on S4C?",
        "bbc-politics-177",
        "12 December",
    ),
    _b25_c(
        "when",
        "On which day did President Musharraf meet Tony Blair at Downing Street on his UK visit?",
        "bbc-politics-155",
        "Monday",
    ),
    _b25_c(
        "when",
        "When was Sion Aubrey Roberts convicted of sending letter bombs in the Welsh nationalist"
        " campaign?",
        "bbc-politics-177",
        "1993",
    ),
    _b25_c(
        "when",
        "According to Robert Peston's book Brown's Britain, when did Tony Blair first decide he "
        "would quit?",
        "bbc-politics-255",
        "November 2003",
    ),
    _b25_c(
        "when",
        "On what day did Labour students dressed as Regency dandies and disco fans help unveil "
        "the party's economic posters?",
        "bbc-politics-261",
        "Tuesday",
    ),
    _b25_c(
        "when",
        "On what date did Lord Goldsmith reportedly warn Tony Blair the Iraq war could be "
        "illegal without a second UN resolution?",
        "bbc-politics-327",
        "7 March 2003",
    ),
    _b25_c(
        "when",
        "On what date was the general election widely expected when Blair went sailing with "
        "schoolchildren?",
        "bbc-politics-352",
        "5 May",
    ),
    _b25_c(
        "when",
        "After which election did Gordon Brown raise national insurance contributions despite a "
        "pledge not to raise income tax?",
        "bbc-politics-362",
        "2001",
    ),
    _b25_c(
        "when",
        "On which day were Liverpool due to face Chelsea in the Carling Cup final?",
        "bbc-sport-102",
        "Sunday",
    ),
    _b25_c(
        "when",
        "When will Sky switch on the spare slot in its set-top boxes that could be used for TV "
        "loyalty cards?",
        "bbc-tech-124",
        "January",
    ),
    _b25_c(
        "when",
        "In which year was IBM's Nick Donofrio named Industry Week's Technology Leader of the "
        "Year?",
        "bbc-tech-137",
        "2003",
    ),
    _b25_c(
        "when",
        "When was Warren Leblanc jailed for life over the killing of Stefan Pakeerah?",
        "bbc-tech-231",
        "September",
    ),
    _b25_c(
        "when",
        "When did eBay stop supporting Microsoft's Passport log-in?",
        "bbc-tech-369",
        "January 2005",
    ),
    _b25_c(
        "when",
        "On which day did Yushchenko say 98% of Ukraine's privatisations had been carried out "
        "legally?",
        "bbc-business-217",
        "Monday",
    ),
    _b25_c(
        "when",
        "In which month did the ONS reclassify road repair spending as public investment, "
        "shortly before Brown's Budget?",
        "bbc-politics-389",
        "March",
    ),
    _b25_c(
        "when",
        "On which day did Frank Arnesen say Tottenham would clarify the situation after Santini "
        "quit?",
        "bbc-sport-207",
        "Monday",
    ),
    _b25_c(
        "when",
        "On which day did the IMF warn that India's budget deficit was too large and would "
        "hamper growth?",
        "bbc-business-008",
        "Thursday",
    ),
    # where
    _b25_c(
        "where",
        "Which country did Siemens threaten to move its German cordless phone factory to, before"
        " staff agreed to work extra hours unpaid?",
        "bbc-business-183",
        "Hungary",
    ),
    _b25_c(
        "where",
        "In which port city is the specialist crane maker Huisman Itrec, which lifted the Kursk "
        "submarine, based?",
        "bbc-business-183",
        "Rotterdam",
    ),
    _b25_c(
        "where",
        "Where was Viktor Yushchenko heading to meet George W Bush and other Nato leaders?",
        "bbc-business-217",
        "Brussels",
    ),
    _b25_c(
        "where",
        "Comair blamed its Christmas flight cancellations on a severe winter storm in which "
        "region?",
        "bbc-business-348",
        "Ohio River Valley",
    ),
    _b25_c(
        "where",
        "Apart from Rio, in which Brazilian city is Fatboy Slim planning a gig in a famous "
        "football stadium?",
        "bbc-entertainment-122",
        "Sao Paolo",
    ),
    _b25_c(
        "where",
        "At which film festival did Vera Drake pick up a prize ahead of the Baftas?",
        "bbc-entertainment-352",
        "Venice",
    ),
    _b25_c(
        "where",
        "Which seat held by Defence Secretary Geoff Hoon was Kilroy-Silk rumoured to have his "
        "sights on when he launched Veritas?",
        "bbc-politics-111",
        "Ashfield",
    ),
    _b25_c(
        "where",
        "Where was the leaked dossier about Musharraf's UK visit found, according to the Mirror?",
        "bbc-politics-155",
        "London",
    ),
    _b25_c(
        "where",
        "Where did Tony Blair hold the monthly news conference at which he called Goldsmith's "
        "statement a fair summary?",
        "bbc-politics-327",
        "Downing Street",
    ),
    _b25_c(
        "where",
        "Where is the middle school whose pupils went sailing in a dinghy with Tony Blair?",
        "bbc-politics-352",
        "Evesham",
    ),
    _b25_c(
        "where",
        "Where did councillors backing Howard Flight meet the local Tory agent and chairman?",
        "bbc-politics-399",
        "Arundel",
    ),
    _b25_c(
        "where",
        "At which university is new UK Athletics performance director Dave Collins a professor?",
        "bbc-sport-043",
        "Edinburgh University",
    ),
    _b25_c(
        "where",
        "Where were the 2005 World Championships held after UK Athletics lost them?",
        "bbc-sport-043",
        "Helsinki",
    ),
    _b25_c(
        "where",
        "Which stadium did Michael Owen move to when he left Liverpool for Real Madrid?",
        "bbc-sport-142",
        "Bernabeu",
    ),
    _b25_c(
        "where",
        "On which ground's muddy pitch did a Wayne Rooney shot get stuck as Man Utd knocked "
        "Exeter City out of the cup?",
        "bbc-sport-240",
        "St James Park",
    ),
    _b25_c(
        "where",
        "Where did England lose to Wales in the Six Nations, a place Andy Robinson called "
        "unforgiving for Mathew Tait?",
        "bbc-sport-299",
        "Cardiff",
    ),
    _b25_c(
        "where",
        "Where does David Campese expect the possible Grand Slam decider between Wales and "
        "Ireland to be played?",
        "bbc-sport-330",
        "Millennium Stadium",
    ),
    _b25_c(
        "where",
        "Which country did the 1997 Lions tour that Lawrence Dallaglio played on visit?",
        "bbc-sport-375",
        "South Africa",
    ),
    _b25_c(
        "where",
        "Where did Roger Federer's record run of 13 straight final wins begin in 2003?",
        "bbc-sport-473",
        "Vienna",
    ),
    _b25_c(
        "where",
        "In which country is Google's AutoLink toolbar feature available?",
        "bbc-tech-010",
        "US",
    ),
    _b25_c(
        "where",
        "Where is Victor Wong, the blind student who turned colours into music, originally from?",
        "bbc-tech-051",
        "Hong Kong",
    ),
    _b25_c(
        "where",
        "In which city is the State University of New York team behind the brainwave cursor cap "
        "based?",
        "bbc-tech-165",
        "Albany",
    ),
    _b25_c(
        "where",
        "In which city did Kilroy-Silk hold the news conference launching his Veritas party?",
        "bbc-politics-111",
        "London",
    ),
    _b25_c(
        "where",
        "Where were this year's world junior athletics championships, at which Britain failed to"
        " win a single medal?",
        "bbc-sport-043",
        "Italy",
    ),
    _b25_c(
        "where",
        "Where were the documents revealing Edward Heath's failed 1974 coalition talks with the "
        "Liberals released?",
        "bbc-politics-303",
        "National Archives",
    ),
    # how many
    _b25_c(
        "how many",
        "What growth rate did the IMF forecast for India's economy in the year to March 2005?",
        "bbc-business-008",
        "6.5%",
    ),
    _b25_c(
        "how many",
        "How many farms does the Vestey Group's Agroflora subsidiary run in Venezuela?",
        "bbc-business-029",
        "13",
    ),
    _b25_c(
        "how many",
        "How big is Russia's foreign public debt, according to the S&P investment grade story?",
        "bbc-business-091",
        "$113bn",
    ),
    _b25_c(
        "how many",
        "What level did the Reserve Bank of Australia lift its benchmark interest rate to?",
        "bbc-business-101",
        "5.5%",
    ),
    _b25_c(
        "how many",
        "How much operating profit did Mercedes-Benz make in the fourth quarter when it dragged "
        "down DaimlerChrysler's results?",
        "bbc-business-117",
        "20m euros",
    ),
    _b25_c(
        "how many",
        "How big was the IMF loan Turkey took after its economy nearly collapsed in 2001?",
        "bbc-business-257",
        "$18bn",
    ),
    _b25_c(
        "how many",
        "How many Ugandan NGOs were behind the banned production of The Vagina Monologues?",
        "bbc-entertainment-010",
        "four",
    ),
    _b25_c(
        "how many",
        "How many people turned up to Fatboy Slim's 2002 beach party on Brighton sea front?",
        "bbc-entertainment-122",
        "250,000",
    ),
    _b25_c(
        "how many",
        "How many record labels turned up to one early Franz Ferdinand gig in Glasgow?",
        "bbc-entertainment-236",
        "40",
    ),
    _b25_c(
        "how many",
        "In how many Bafta categories was Mike Leigh's Vera Drake nominated?",
        "bbc-entertainment-352",
        "11",
    ),
    _b25_c(
        "how many",
        "How much have government schemes to tackle truancy in England cost, according to the "
        "Ruth Kelly crackdown story?",
        "bbc-politics-030",
        "£885m",
    ),
    _b25_c(
        "how many",
        "Roughly how many fire-bombing incidents was Meibion Glyndwr linked to?",
        "bbc-politics-177",
        "220",
    ),
    _b25_c(
        "how many",
        "How many Labour students in fancy dress helped unveil Labour's poster campaign with "
        "Milburn and Brown?",
        "bbc-politics-261",
        "six",
    ),
    _b25_c(
        "how many",
        "How old was the HIV-positive Aids orphan whose memory Gordon Brown says is burnt into "
        "him?",
        "bbc-politics-274",
        "12",
    ),
    _b25_c(
        "how many",
        "How many Liberal MPs did Edward Heath hope would prop up his government after the "
        "February 1974 election?",
        "bbc-politics-303",
        "14",
    ),
    _b25_c(
        "how many",
        "How much spending on road repairs did the Office of National Statistics reclassify as "
        "public investment?",
        "bbc-politics-389",
        "£3.4bn",
    ),
    _b25_c(
        "how many",
        "How many signatures do Howard Flight's supporters need to force an extraordinary "
        "general meeting?",
        "bbc-politics-399",
        "50",
    ),
    _b25_c(
        "how many",
        "How many points were Liverpool off fourth place in the Premiership when Gerrard played "
        "down their Champions League hopes?",
        "bbc-sport-102",
        "five",
    ),
    _b25_c(
        "how many",
        "How many international caps did David Campese win?",
        "bbc-sport-330",
        "101",
    ),
    _b25_c(
        "how many",
        "How much prize money did Roger Federer collect when he beat Lleyton Hewitt in Houston?",
        "bbc-sport-473",
        "$1.5m",
    ),
    _b25_c(
        "how many",
        "How many piano notes does Victor Wong's colour-to-music software use?",
        "bbc-tech-051",
        "88",
    ),
    _b25_c(
        "how many",
        "How much is the EU putting into the NM2 project that lets viewers edit TV shows?",
        "bbc-tech-113",
        "7.5m euro|£5.1m",
    ),
    _b25_c(
        "how many",
        "What share of SET industry board seats does a DTI-funded UK centre want women to hold?",
        "bbc-tech-137",
        "40%",
    ),
    _b25_c(
        "how many",
        "How much did Britons spend on video games in 2003?",
        "bbc-tech-231",
        "£1,152m",
    ),
    _b25_c(
        "how many",
        "How much did ID fraud criminals net in the UK last year, according to the Microsoft "
        "info cards story?",
        "bbc-tech-369",
        "£1.3bn",
    ),
)
B25_NEAR_BBC_A = (
    "Who is the chief executive of Tata Teleservices, the Indian firm using laser links to "
    "extend its network?",
    "Who runs Comair, the Delta subsidiary whose crew scheduling computer crashed over Christmas?",
    "Who heads the Ugandan Media Council that banned The Vagina Monologues?",
    "Who was the lead designer of the Xbox platform game Blinx 2?",
    "When was Sion Aubrey Roberts released from prison after being convicted of sending letter "
    "bombs?",
    "When will Microsoft's new info cards ID system be available to Windows users?",
    "When will the viewer-edited interactive version of the BBC's Gormenghast be shown?",
    "When did staff at the Siemens cordless phone plant in Boscholt start working four extra "
    "hours a week for no extra pay?",
    "In which country was the Hackarmy trojan, spread with fake pictures of David Beckham, "
    "written?",
    "In which city is Decipher, the media consultancy run by Nigel Whalley, based?",
    "At which university did Franz Ferdinand singer Alex Kapranos study English?",
    "Where is Illuminations Television, the TV producer involved in the EU's NM2 interactive TV "
    "project, based?",
    "Where is the head office of Agroflora, the Vestey subsidiary that runs farms in Venezuela?",
    "How many people does the Dutch crane maker Huisman Itrec employ?",
    "How many tickets had been sold for The Vagina Monologues in Kampala before Uganda banned it?",
    "How many people were injured in the Meibion Glyndwr holiday home arson campaign in Wales?",
)
B25_BBC_B = (
    # who
    _b25_c(
        "who",
        "Under which US president did the federal budget swing from a record surplus to a record"
        " deficit, according to Greenspan's warning to Congress?",
        "bbc-business-041",
        "George W Bush|President George W Bush",
    ),
    _b25_c(
        "who",
        "Which Goldman Sachs analyst said the big Wembley writeback had hurt Multiplex "
        "management's credibility?",
        "bbc-business-062",
        "Simon Wheatley",
    ),
    _b25_c(
        "who",
        "Who is the Argentine economy minister overseeing the $102.6bn debt swap?",
        "bbc-business-093",
        "Roberto Lavagna",
    ),
    _b25_c(
        "who",
        "Who is the Qantas finance chief who warned of less fuel hedging benefit in the second "
        "half?",
        "bbc-business-128",
        "Peter Gregg",
    ),
    _b25_c(
        "who",
        "Which Daiwa Securities analyst called December's US jobs data a respectable report?",
        "bbc-business-292",
        "Michael Moran",
    ),
    _b25_c(
        "who",
        "Which EU spokesman in Washington called the US complaint over EU customs tariffs very "
        "weak?",
        "bbc-business-446",
        "Anthony Gooch",
    ),
    _b25_c(
        "who",
        "Who plays Buck in the camp 1979 sci-fi series whose first season was reviewed on DVD "
        "alongside Spider-Man 2?",
        "bbc-entertainment-077",
        "Gil Gerard",
    ),
    _b25_c(
        "who",
        "Which rapper presented the MTV Europe Music Awards in the year Usher won best male and "
        "Muse best alternative act?",
        "bbc-entertainment-153",
        "Xzibit",
    ),
    _b25_c(
        "who",
        "Which editor of the Indian film journal Trade Guide said Bollywood had truly gone global?",
        "bbc-entertainment-300",
        "Taran Adarsh",
    ),
    _b25_c(
        "who",
        "Whose Howard Hughes biopic did Screen International's news editor pick as his Oscar "
        "favourite, in the year Fahrenheit 9/11 was overlooked?",
        "bbc-entertainment-326",
        "Martin Scorsese",
    ),
    _b25_c(
        "who",
        "Which defence procurement minister said he was still disappointed by the cost and time "
        "overruns in the NAO's report on big MoD projects?",
        "bbc-politics-076",
        "Lord Bach",
    ),
    _b25_c(
        "who",
        "Which Welsh assembly finance minister called the council funding settlement a good deal"
        " for local government?",
        "bbc-politics-101",
        "Sue Essex|Ms Essex",
    ),
    _b25_c(
        "who",
        "Who is the boss of the Hereford Hospitals NHS Trust that planned to stop treating some "
        "long-waiting Welsh patients?",
        "bbc-politics-170",
        "David Rose",
    ),
    _b25_c(
        "who",
        "Which lawyer represents Guantanamo detainees Feroz Abbasi and Martin Mubanga?",
        "bbc-politics-192",
        "Louise Christian",
    ),
    _b25_c(
        "who",
        "Which Conservative co-chairman compared Tony Blair and Gordon Brown to self-obsessed "
        "schoolboys?",
        "bbc-politics-256",
        "Liam Fox",
    ),
    _b25_c(
        "who",
        "Which Tory shadow chancellor was shown with Michael Howard as flying pigs in the Labour"
        " poster Tony Blair distanced himself from?",
        "bbc-politics-316",
        "Oliver Letwin",
    ),
    _b25_c(
        "who",
        "Which mother confronted Tony Blair on the Wright Stuff show over her autistic son's "
        "school facing closure?",
        "bbc-politics-353",
        "Maria Hutchings|Mrs Hutchings",
    ),
    _b25_c(
        "who",
        "Which BBC political correspondent said a concession on control orders would probably be"
        " needed to get the terror law through the Lords?",
        "bbc-politics-378",
        "Vicky Young",
    ),
    _b25_c(
        "who",
        "Which former international development secretary questioned whether debt relief works "
        "against poverty, as Gordon Brown toured Africa?",
        "bbc-politics-392",
        "Clare Short",
    ),
    _b25_c(
        "who",
        "Which IAAF spokesman said the body was very surprised by the Greek tribunal clearing "
        "Kenteris and Thanou?",
        "bbc-sport-082",
        "Nick Davies",
    ),
    _b25_c(
        "who",
        "Which journalist wrote in AS that Spain was still 'in nappies' when it came to dealing "
        "with multi-culturalism?",
        "bbc-sport-216",
        "Guillem Balague",
    ),
    _b25_c(
        "who",
        "Which Birmingham manager said he was still in shock at drawing Chelsea away in the FA "
        "Cup fourth round?",
        "bbc-sport-192",
        "Steve Bruce|Bruce",
    ),
    _b25_c(
        "who",
        "Who would take Lewis Moody's place in England's back row against Ireland if the flanker"
        " failed to recover from his infected finger?",
        "bbc-sport-338",
        "Andy Hazell",
    ),
    _b25_c(
        "who",
        "Who is the Snappy Snaps marketing manager who defended High Street photo printing "
        "against PC Pro's tests?",
        "bbc-tech-243",
        "Ann Simpson",
    ),
    _b25_c(
        "who",
        "Which Gartner analyst said Apple's new Mac mini doesn't change the world?",
        "bbc-tech-300",
        "Brian Gammage|Mr Gammage",
    ),
    # when
    _b25_c(
        "when",
        "When did General Motors say higher healthcare costs in North America would hurt its "
        "2005 performance?",
        "bbc-business-026",
        "January",
    ),
    _b25_c(
        "when",
        "What year did the 14-year Liberian conflict finish, according to the IMF report on the "
        "country's economic recovery?",
        "bbc-business-107",
        "2003",
    ),
    _b25_c(
        "when",
        "On what day did MCI accept Verizon's buyout offer, turning down Qwest's higher bid?",
        "bbc-business-188",
        "Monday",
    ),
    _b25_c(
        "when",
        "Since what year had UK retailers not had a Christmas as bad as 2004's, by some counts?",
        "bbc-business-481",
        "1981",
    ),
    _b25_c(
        "when",
        "What year is the camp Buck Rogers TV series from, whose first season was reviewed on "
        "DVD alongside Spider-Man 2?",
        "bbc-entertainment-077",
        "1979",
    ),
    _b25_c(
        "when",
        "In which decade did Oscar winner Andrea Arnold present children's TV shows Number 73 "
        "and Motormouth?",
        "bbc-entertainment-369",
        "1980s",
    ),
    _b25_c(
        "when",
        "In what year did David Blunkett's guide dog Lucy throw up in the Commons chamber?",
        "bbc-politics-041",
        "1999",
    ),
    _b25_c(
        "when",
        "On which dates did YouGov carry out its Sunday Times poll on the David Blunkett row?",
        "bbc-politics-112",
        "16-18 December",
    ),
    _b25_c(
        "when",
        "When had Tony Blair decided to quit over losing voters' trust on Iraq, according to the"
        " new book on his rift with Gordon Brown?",
        "bbc-politics-256",
        "November 2003",
    ),
    _b25_c(
        "when",
        "In what year did viewer Diana Gould grill Margaret Thatcher about the Belgrano on "
        "Nationwide?",
        "bbc-politics-353",
        "1983",
    ),
    _b25_c(
        "when",
        "In which minute did Chris Riggott equalise for Middlesbrough in the 2-2 draw with "
        "Charlton?",
        "bbc-sport-106",
        "74th|74",
    ),
    _b25_c(
        "when",
        "On what day did Berti Vogts resign as Scotland manager?",
        "bbc-sport-208",
        "Monday",
    ),
    _b25_c(
        "when",
        "When were Bristol relegated from the Zurich Premiership, leading Leicester to sign prop"
        " Julian White?",
        "bbc-sport-313",
        "summer of 2003|2003",
    ),
    _b25_c(
        "when",
        "When will the selection of cinemas to receive the UK Film Council's digital screening "
        "technology conclude?",
        "bbc-tech-013",
        "May",
    ),
    _b25_c(
        "when",
        "On what date in 1985 did Cellnet launch its mobile service, ending Vodafone's time as "
        "the only UK network?",
        "bbc-tech-098",
        "10 January",
    ),
    _b25_c(
        "when",
        "When did Netcraft say the blocking of visitors from outside the US to georgewbush.com "
        "began?",
        "bbc-tech-101",
        "25 October|Monday",
    ),
    _b25_c(
        "when",
        "In what year was the original Doom released, according to the report on Doom 3's Golden"
        " Joystick win?",
        "bbc-tech-126",
        "1994",
    ),
    _b25_c(
        "when",
        "When was Howard Dean's Iowa Game, the first official political campaign video game, "
        "launched?",
        "bbc-tech-157",
        "last week of 2003|2003",
    ),
    _b25_c(
        "when",
        "When should Hotseat's Solo Chassis gaming chair go on sale?",
        "bbc-tech-174",
        "April",
    ),
    _b25_c(
        "when",
        "When is Universal due to start producing films on the HD-DVD format?",
        "bbc-tech-219",
        "2005",
    ),
    _b25_c(
        "when",
        "When did Argentina's economy minister expect the results of the debt restructuring to "
        "be ready?",
        "bbc-business-093",
        "3 March|next Thursday",
    ),
    _b25_c(
        "when",
        "On what day did the US Supreme Court hear the Grokster file-sharing case?",
        "bbc-tech-370",
        "Tuesday",
    ),
    _b25_c(
        "when",
        "When were health chiefs due to meet after Hereford County Hospital suspended its plan "
        "to stop treating some Welsh patients?",
        "bbc-politics-170",
        "early in January|January",
    ),
    _b25_c(
        "when",
        "In what year did Marat Safin beat Pete Sampras in the US Open final for his first Grand"
        " Slam title?",
        "bbc-sport-489",
        "2000",
    ),
    _b25_c(
        "when",
        "Aamir Khan's film The Rising, with British actor Toby Stephens, is set during the "
        "Indian mutiny of which year?",
        "bbc-entertainment-300",
        "1857",
    ),
    # where
    _b25_c(
        "where",
        "Apart from Wembley, where in London did Multiplex see rising costs on a separate "
        "development?",
        "bbc-business-062",
        "Docklands|London's Docklands",
    ),
    _b25_c(
        "where",
        "Apart from Argentina itself, which country is home to the biggest share of Argentina's "
        "bondholders?",
        "bbc-business-093",
        "Italy",
    ),
    _b25_c(
        "where",
        "Where did house prices rise the slowest in late 2004, according to the Land Registry?",
        "bbc-business-248",
        "Greater London",
    ),
    _b25_c(
        "where",
        "Where is Kurt Karl, the Swiss Re economist upbeat about US job creation, based?",
        "bbc-business-292",
        "New York",
    ),
    _b25_c(
        "where",
        "Where did Sir Cliff Richard record his part for the tsunami charity single Grief Never "
        "Grows Old?",
        "bbc-entertainment-130",
        "Barbados",
    ),
    _b25_c(
        "where",
        "Where was Ronan Keating holidaying when he was lined up to sing on the tsunami charity "
        "single with Cliff Richard and Boy George?",
        "bbc-entertainment-130",
        "Switzerland",
    ),
    _b25_c(
        "where",
        "Where were the previous year's MTV Europe Music Awards held, when Justin Timberlake won"
        " three trophies?",
        "bbc-entertainment-153",
        "Edinburgh",
    ),
    _b25_c(
        "where",
        "In which city was Antonia Bernath picked from hundreds of girls at an audition for the "
        "Bollywood film Kisna?",
        "bbc-entertainment-300",
        "London",
    ),
    _b25_c(
        "where",
        "At which film festival did Michael Moore's Fahrenheit 9/11 win the Palme d'Or?",
        "bbc-entertainment-326",
        "Cannes",
    ),
    _b25_c(
        "where",
        "In which town is Andrea Arnold's Oscar-winning short film Wasp set?",
        "bbc-entertainment-369",
        "Dartford",
    ),
    _b25_c(
        "where",
        "Which Sheffield seat did David Blunkett first stand for, in 1974?",
        "bbc-politics-041",
        "Sheffield Hallam",
    ),
    _b25_c(
        "where",
        "Which council area is Welsh Local Government Association finance spokesman Bob "
        "Wellington from?",
        "bbc-politics-101",
        "Torfaen",
    ),
    _b25_c(
        "where",
        "Where do Guantanamo detainees Martin Mubanga, Richard Belmar and Feroz Abbasi come from?",
        "bbc-politics-192",
        "London",
    ),
    _b25_c(
        "where",
        "Where is writer Neil Coppendale from, who asked Tony Blair on TV how he could sleep at "
        "night after Iraq?",
        "bbc-politics-353",
        "West Sussex",
    ),
    _b25_c(
        "where",
        "In which country was Labour MP Barbara Follett's first husband killed while under house"
        " arrest?",
        "bbc-politics-378",
        "South Africa",
    ),
    _b25_c(
        "where",
        "Where did Darren Campbell win his Olympic 200m silver?",
        "bbc-sport-028",
        "Sydney",
    ),
    _b25_c(
        "where",
        "In which country was the 1986 World Cup where Walter Smith was Alex Ferguson's "
        "assistant with Scotland?",
        "bbc-sport-208",
        "Mexico",
    ),
    _b25_c(
        "where",
        "Where did Serbia & Montenegro win 2-0 in a World Cup qualifier on the night England "
        "lost to Spain?",
        "bbc-sport-216",
        "Belgium",
    ),
    _b25_c(
        "where",
        "Which stadium does England prop Julian White call one of his favourite places to play?",
        "bbc-sport-313",
        "Millennium Stadium|The Millennium Stadium",
    ),
    _b25_c(
        "where",
        "At which ground did Lewis Moody cut his finger playing against France?",
        "bbc-sport-338",
        "Twickenham",
    ),
    _b25_c(
        "where",
        "Where do Wales have to beat Scotland before their possible Six Nations Grand Slam "
        "decider with Ireland in 2005?",
        "bbc-sport-403",
        "Murrayfield",
    ),
    _b25_c(
        "where",
        "At which ground did Danny Graham's late header earn Middlesbrough a 2-2 draw with "
        "Charlton?",
        "bbc-sport-106",
        "Riverside|the Riverside",
    ),
    _b25_c(
        "where",
        "Where was Vodafone's head office, above a curry house, when Britain's first mobile "
        "phone call was made?",
        "bbc-tech-098",
        "Newbury",
    ),
    _b25_c(
        "where",
        "Besides the US, in which country did some web users report they could still browse "
        "George W Bush's re-election site?",
        "bbc-tech-101",
        "Canada",
    ),
    _b25_c(
        "where",
        "For which country's political party did games researcher Gonzalo Frasca create the "
        "puzzle game Cambiemos?",
        "bbc-tech-157",
        "Uruguay",
    ),
    # how many
    _b25_c(
        "how many",
        "How many pickups, vans and SUVs are covered by GM's largest recall, over possible "
        "braking system faults?",
        "bbc-business-026",
        "155,465",
    ),
    _b25_c(
        "how many",
        "How much did Liberia's economy expand in 2004, after years of civil war, according to "
        "the IMF mission?",
        "bbc-business-107",
        "2%",
    ),
    _b25_c(
        "how many",
        "What was Qantas's record first-half net profit, helped by cost cutting?",
        "bbc-business-128",
        "A$458.4m",
    ),
    _b25_c(
        "how many",
        "How much did Qwest pay the Securities and Exchange Commission to settle charges that it"
        " massaged its earnings?",
        "bbc-business-188",
        "$250m",
    ),
    _b25_c(
        "how many",
        "What was the average house price in England and Wales in the last quarter of 2004, "
        "according to the Land Registry?",
        "bbc-business-248",
        "£182,920",
    ),
    _b25_c(
        "how many",
        "How much was US trade with the 25 EU member countries worth in 2003?",
        "bbc-business-446",
        "$155.2bn",
    ),
    _b25_c(
        "how many",
        "How much did UK retail sales drop on the month in December, making it by some counts "
        "the worst Christmas in 23 years?",
        "bbc-business-481",
        "1%",
    ),
    _b25_c(
        "how many",
        "What is the expected total cost of the MoD's 20 biggest equipment projects, according "
        "to the National Audit Office?",
        "bbc-politics-076",
        "£50bn",
    ),
    _b25_c(
        "how many",
        "What share of voters in the Sunday Times poll thought Tony Blair had been damaged by "
        "the Blunkett visa row?",
        "bbc-politics-112",
        "68%",
    ),
    _b25_c(
        "how many",
        "How much a year is the Powys health board's contract with Hereford County Hospital worth?",
        "bbc-politics-170",
        "£7m",
    ),
    _b25_c(
        "how many",
        "How big a tax rise on those earning over £100,000 a year do Charles Kennedy's Lib Dems "
        "propose?",
        "bbc-politics-284",
        "1%",
    ),
    _b25_c(
        "how many",
        "How many months after the Bush-Kerry TV clashes did the Hansard Society call for a "
        "televised UK leaders' debate?",
        "bbc-politics-348",
        "four",
    ),
    _b25_c(
        "how many",
        "To how many poorer nations did Gordon Brown say the UK would offer debt relief deals "
        "like the one signed with Tanzania?",
        "bbc-politics-392",
        "70",
    ),
    _b25_c(
        "how many",
        "What is Darren Campbell's personal best for the 100m?",
        "bbc-sport-028",
        "10.04secs",
    ),
    _b25_c(
        "how many",
        "What was the attendance at the Middlesbrough v Charlton 2-2 draw at the Riverside?",
        "bbc-sport-106",
        "29,603",
    ),
    _b25_c(
        "how many",
        "How many matches did France say were left before the World Cup, when Laporte picked "
        "Laharrague against Wales?",
        "bbc-sport-287",
        "25",
    ),
    _b25_c(
        "how many",
        "How many appearances off the bench had Bath prop Matt Stevens made before being called "
        "up to face Ireland?",
        "bbc-sport-338",
        "49",
    ),
    _b25_c(
        "how many",
        "In up to how many cinemas will the UK Film Council's digital screen network install "
        "digital projectors?",
        "bbc-tech-013",
        "150",
    ),
    _b25_c(
        "how many",
        "What percentage of American MP3 player owners are men, according to the Pew Internet "
        "survey?",
        "bbc-tech-047",
        "59%",
    ),
    _b25_c(
        "how many",
        "How many years into the future did robotics professor Kerstin Dautenhahn put the "
        "arrival of robot companions?",
        "bbc-tech-121",
        "20",
    ),
    _b25_c(
        "how many",
        "How much is Universal Electronics' NevoSL universal controller expected to cost?",
        "bbc-tech-174",
        "$799",
    ),
    _b25_c(
        "how many",
        "What share of DVD content do Paramount, Universal and Warner Brothers produce between "
        "them?",
        "bbc-tech-219",
        "45%",
    ),
    _b25_c(
        "how many",
        "How many entertainment firms brought the file-sharing lawsuit against Grokster and "
        "Morpheus?",
        "bbc-tech-370",
        "28",
    ),
    _b25_c(
        "how many",
        "How many pages a month do UK broadband users view on average, according to "
        "Nielsen//NetRatings?",
        "bbc-tech-392",
        "1,444",
    ),
    _b25_c(
        "how many",
        "How many of their 14 matches since winning the World Cup in Sydney had England lost "
        "going into the last rounds of the 2005 Six Nations?",
        "bbc-sport-403",
        "nine",
    ),
)
B25_NEAR_BBC_B = (
    "Who is the chief executive of Seagate, whose pocket hard drive won an innovation award at "
    "the 2005 Consumer Electronics Show?",
    "Who directed The Downfall, the German film about Hitler's last days in his bunker that was "
    "nominated for the best foreign film Oscar?",
    "Who produced the tsunami charity single Grief Never Grows Old, recorded by the One World "
    "Project?",
    "Who is the boss of camera chain Jessops, one of the retailers that reported strong sales "
    "over Christmas 2004?",
    "Who chairs the Welsh Local Government Association, which warned of service cuts ahead of "
    "the council funding settlement?",
    "When was the Golden Joystick awards ceremony held at which Doom 3 was named Ultimate Game "
    "of the year?",
    "When was the Hansard Society, which wants a televised debate between party leaders, founded?",
    "When did the European Cogniron robotics project, behind the pass-the-parcel playing robot, "
    "get under way?",
    "When was the Bollywood film Kisna - the Warrior Poet released in India?",
    "When did Hereford County Hospital first open its doors?",
    "Where is Universal Electronics, maker of the NevoSL universal controller, based?",
    "Where is Eton Corporation, maker of the Porsche-designed P7131 digital radio, based?",
    "Where was Antonia Bernath, the British actress making her Bollywood debut in Kisna, born?",
    "In which city is the Pew Internet and American Life Project, which surveyed MP3 player "
    "ownership in the US, based?",
    "Where is Sanyo, maker of the tiny VPC-C4 camcorder shown at CES, headquartered?",
    "How many pupils attend the school for autistic children that Maria Hutchings raised with "
    "Tony Blair on the Wright Stuff?",
    "How many shops does the Snappy Snaps chain have in the UK?",
    "What was the budget of Subhash Ghai's Bollywood epic Kisna - the Warrior Poet?",
    "How many children took part in the pass-the-parcel games with the University of "
    "Hertfordshire's robot?",
    "How many people were in the studio audience when Tony Blair took questions on Five's The "
    "Wright Stuff?",
)


# the BBC batches from the fifth on: (batch, answerable, near misses)


# -- Written twenty-sixth: a twenty-sixth batch, written blind in the fourth session
# of 2026-12-05, by writers who never saw how /news ask answers. All its articles were
# used by one earlier question each; its questions there ask for other facts. Its near
# misses ask for facts no article of the corpus states. Measured once when added, on the
# code of the session before (869a2d0).

_b26_c = partial(_c, batch=26)
B26_BBC_A = (
    # who
    _b26_c(
        "who",
        "Which French agriculture minister announced the 70m euro rescue package for the "
        "country's wine industry?",
        "bbc-business-090",
        "Dominique Bussereau|Mr Bussereau",
    ),
    _b26_c(
        "who",
        "Who is the Nigerian agriculture minister behind the plan to triple the country's cocoa "
        "production?",
        "bbc-business-120",
        "Adamu Bello|Mr Bello",
    ),
    _b26_c(
        "who",
        "Which Standard Life Investments equities chief said Manchester United fans could do "
        "nothing to stop Malcolm Glazer?",
        "bbc-business-209",
        "David Cummings",
    ),
    _b26_c(
        "who",
        "Who at Argus Research said markets were starting to fear a more aggressive Federal "
        "Reserve in 2005?",
        "bbc-business-383",
        "Richard Yamarone",
    ),
    _b26_c(
        "who",
        "Who was France's finance minister when the European Commission called a truce with "
        "Paris and Berlin over their budget deficits?",
        "bbc-business-413",
        "Herve Gaymard",
    ),
    _b26_c(
        "who",
        "Which EEF chief economist said 'recession' was not a word manufacturers would "
        "recognise, despite the fall in production output at the end of 2004?",
        "bbc-business-507",
        "Steve Radley",
    ),
    _b26_c(
        "who",
        "Who was the producer of the 77th Oscars ceremony who said the bleep machine was ready "
        "for Chris Rock?",
        "bbc-entertainment-064",
        "Gil Cates|Cates",
    ),
    _b26_c(
        "who",
        "Which DJ got the Wednesday night slot on Radio 1's OneMusic show, which replaced John "
        "Peel's programme?",
        "bbc-entertainment-197",
        "Ras Kwame",
    ),
    _b26_c(
        "who",
        "What is the real name of rapper The Game, who patched up his feud with 50 Cent?",
        "bbc-entertainment-288",
        "Jayceon Taylor",
    ),
    _b26_c(
        "who",
        "Who chairs the Commons environment committee that warned anglers could be prosecuted "
        "under the draft animal welfare bill?",
        "bbc-politics-048",
        "Michael Jack|Mr Jack",
    ),
    _b26_c(
        "who",
        "Which British hostage's death was the subject of the Spectator article that Boris "
        "Johnson had to apologise for?",
        "bbc-politics-075",
        "Ken Bigley|Mr Bigley",
    ),
    _b26_c(
        "who",
        "Who is the editor of Hazards magazine, which did the research for the TUC on sacked "
        "safety whistleblowers?",
        "bbc-politics-162",
        "Rory O' Neill",
    ),
    _b26_c(
        "who",
        "Which leader of the London Assembly Conservatives said Ken Livingstone's administration"
        " was in crisis after the Standards Board launched its probe?",
        "bbc-politics-232",
        "Bob Neill",
    ),
    _b26_c(
        "who",
        "Which Dickens character did critics compare Labour's poster of Michael Howard swinging "
        "a pocket watch to?",
        "bbc-politics-316",
        "Fagin",
    ),
    _b26_c(
        "who",
        "Which Lib Dem president called Michael Howard 'arrogant and wrong' for saying the "
        "Tories were the natural party for ethnic minorities?",
        "bbc-politics-371",
        "Simon Hughes",
    ),
    _b26_c(
        "who",
        "Who is due to succeed Max Jones as head of UK Athletics after the European Indoor "
        "Championships in Madrid?",
        "bbc-sport-068",
        "Dave Collins",
    ),
    _b26_c(
        "who",
        "Who refereed Hearts' 2-1 Scottish Cup quarter-final win over Livingston?",
        "bbc-sport-109",
        "Alan Freeland|A Freeland",
    ),
    _b26_c(
        "who",
        "Who was preparing for his first game in charge of Wales, a friendly against Hungary, "
        "when Walter Smith opted for a training camp instead of a friendly?",
        "bbc-sport-119",
        "John Toshack",
    ),
    _b26_c(
        "who",
        "Which goalkeeper played for Arsenal instead of Jens Lehmann in the 2-2 draw with "
        "Chelsea in which Thierry Henry scored twice?",
        "bbc-sport-246",
        "Manuel Almunia|Almunia",
    ),
    _b26_c(
        "who",
        "Which Dragons lock, who fell out with Steve Hansen, was recalled to the Wales Six "
        "Nations squad along with John Yapp?",
        "bbc-sport-359",
        "Ian Gough",
    ),
    _b26_c(
        "who",
        "Which Ireland player scored all of his side's points in the 17-12 win over South Africa?",
        "bbc-sport-377",
        "Ronan O'Gara|O'Gara",
    ),
    _b26_c(
        "who",
        "Which Brive back got his first France call-up as a replacement for Pepito Elhorga "
        "during the 2005 Six Nations?",
        "bbc-sport-412",
        "Julien Laharrague",
    ),
    _b26_c(
        "who",
        "Which 15-year-old did Lindsay Davenport beat to reach the last 16 of the Australian Open?",
        "bbc-sport-446",
        "Nicole Vaidisova|Vaidisova",
    ),
    _b26_c(
        "who",
        "Who was the Spain Davis Cup coach who rested Rafael Nadal for the doubles against the "
        "Bryan brothers in the final?",
        "bbc-sport-472",
        "Jordi Arrese|Arrese",
    ),
    _b26_c(
        "who",
        "Which Unosat official described the detailed road, river and village maps the Respond "
        "consortium made for Darfur?",
        "bbc-tech-223",
        "Einar Bjorgo",
    ),
    # when
    _b26_c(
        "when",
        "On which day was the FDA advisory panel due to give its verdict on Cox-2 painkillers "
        "such as Celebrex and Vioxx?",
        "bbc-business-191",
        "Friday",
    ),
    _b26_c(
        "when",
        "When did economists expect the Fed to meet next and possibly raise US rates again, "
        "after the December minutes signalled more increases?",
        "bbc-business-383",
        "early February",
    ),
    _b26_c(
        "when",
        "When did France and Germany persuade other EU members to put the stability pact's "
        "deficit penalties on hold?",
        "bbc-business-413",
        "November 2003",
    ),
    _b26_c(
        "when",
        "On what date did prosecutors question Parmalat founder Calisto Tanzi for five hours "
        "before he apologised to investors?",
        "bbc-business-458",
        "15 January",
    ),
    _b26_c(
        "when",
        "In what year did USA For Africa get together to record We Are The World?",
        "bbc-entertainment-159",
        "1985",
    ),
    _b26_c(
        "when",
        "On which night of the week does Huw Stephens host his part of the Radio 1 show that "
        "replaced John Peel's?",
        "bbc-entertainment-197",
        "Tuesday",
    ),
    _b26_c(
        "when",
        "When was filming of The Da Vinci Code due to start at the Louvre?",
        "bbc-entertainment-376",
        "May",
    ),
    _b26_c(
        "when",
        "When did Boris Johnson apologise for perpetuating an outdated stereotype of Liverpool "
        "in The Spectator?",
        "bbc-politics-075",
        "October",
    ),
    _b26_c(
        "when",
        "On which day was the government due to name the 50 extra towns and cities joining its "
        "crackdown on yobs and nuisance behaviour?",
        "bbc-politics-092",
        "Thursday",
    ),
    _b26_c(
        "when",
        "On which day did the Beaufort Hunt have a pack out when the fox hunting ban came into "
        "force?",
        "bbc-politics-134",
        "Thursday",
    ),
    _b26_c(
        "when",
        "In what year was the mass IRA escape from the Maze that Sir Nicholas Scott rode out as "
        "a Northern Ireland minister?",
        "bbc-politics-183",
        "1983",
    ),
    _b26_c(
        "when",
        "By what year was Labour's manifesto target of a 20% cut in greenhouse gases meant to be"
        " met?",
        "bbc-politics-197",
        "2010",
    ),
    _b26_c(
        "when",
        "When did Cathy Jamieson plan to hold an anti-sectarian summit with club officials, "
        "church leaders and police?",
        "bbc-politics-219",
        "next month",
    ),
    _b26_c(
        "when",
        "On what day did deputy mayor Nicky Gavron expect Ken Livingstone to say sorry to the "
        "wider Jewish community?",
        "bbc-politics-232",
        "Tuesday",
    ),
    _b26_c(
        "when",
        "On which day were fuller details of the Conservatives' £35bn spending savings plan due "
        "to be unveiled?",
        "bbc-politics-271",
        "Monday",
    ),
    _b26_c(
        "when",
        "In what year was the composer George Frideric Handel made a British citizen by act of "
        "Parliament?",
        "bbc-politics-393",
        "1727",
    ),
    _b26_c(
        "when",
        "When did Sir Alex Ferguson sell Jaap Stam to Lazio?",
        "bbc-sport-158",
        "August 2001",
    ),
    _b26_c(
        "when",
        "On what date was Ireland's 2005 Six Nations match against England at Lansdowne Road?",
        "bbc-sport-323",
        "27 February",
    ),
    _b26_c(
        "when",
        "When was France coach Bernard Laporte due to name his starting line-up for the Six "
        "Nations game against Wales?",
        "bbc-sport-412",
        "next Tuesday|Tuesday",
    ),
    _b26_c(
        "when",
        "When was the wireless network linking community computer centres for farmers in Peru's "
        "Huaral Valley officially inaugurated?",
        "bbc-tech-006",
        "September",
    ),
    _b26_c(
        "when",
        "On what dates did the 3GSM mobile industry show in Cannes run in 2005?",
        "bbc-tech-041",
        "14 to 17 February",
    ),
    _b26_c(
        "when",
        "On which day did Google release its free Picasa software for organising digital photos?",
        "bbc-tech-278",
        "Tuesday",
    ),
    _b26_c(
        "when",
        "When was Microsoft's Xbox 2 expected to reach the shops?",
        "bbc-tech-396",
        "end of 2005",
    ),
    _b26_c(
        "when",
        "On what day were the Wales players, including uncapped prop John Yapp, due to report "
        "for Six Nations training?",
        "bbc-sport-359",
        "Sunday",
    ),
    # where
    _b26_c(
        "where",
        "In which city was Silvio Berlusconi meeting industrialists and trade union leaders to "
        "unveil his Action Plan for the Development of Italy?",
        "bbc-business-052",
        "Rome",
    ),
    _b26_c(
        "where",
        "Which famous French wine region is cited as struggling to invest in new technology and "
        "build brands for overseas buyers?",
        "bbc-business-090",
        "Burgundy",
    ),
    _b26_c(
        "where",
        "Which Nigerian state does the cocoa farmer who said non-farmers would hijack the new "
        "subsidy come from?",
        "bbc-business-120",
        "Edo state|Edo",
    ),
    _b26_c(
        "where",
        "Officials in which German state spoke out against Deutsche Boerse moving its "
        "headquarters out of Frankfurt?",
        "bbc-business-279",
        "Hessen",
    ),
    _b26_c(
        "where",
        "Which other country had broken the 3% deficit ceiling, although the Commission would "
        "not comment on action against it when it let France and Germany off?",
        "bbc-business-413",
        "Greece",
    ),
    _b26_c(
        "where",
        "In which city was the People's Choice Awards ceremony held where Fahrenheit 9/11 was "
        "named best film?",
        "bbc-entertainment-097",
        "Pasadena",
    ),
    _b26_c(
        "where",
        "In which US cities was an import version of the Band Aid 20 single said to be selling "
        "very well?",
        "bbc-entertainment-159",
        "Los Angeles and New York",
    ),
    _b26_c(
        "where",
        "Which city's schools music programme did The Game also give money to when he ended his "
        "row with 50 Cent?",
        "bbc-entertainment-288",
        "Compton",
    ),
    _b26_c(
        "where",
        "In which London theatre district was Christian Slater starring in One Flew Over The "
        "Cuckoo's Nest at the time of the 2005 Baftas?",
        "bbc-entertainment-354",
        "West End",
    ),
    _b26_c(
        "where",
        "Which Paris church is on the special tours retracing Robert Langdon's footsteps from "
        "The Da Vinci Code?",
        "bbc-entertainment-376",
        "Saint Sulpice Church",
    ),
    _b26_c(
        "where",
        "Where would the Tories hold a referendum on scrapping the devolved assembly, under "
        "Michael Howard's plans to shrink government?",
        "bbc-politics-096",
        "Wales",
    ),
    _b26_c(
        "where",
        "Which constituency does Labour MP Tony Banks, who said the hunting row would soon be "
        "forgotten, represent?",
        "bbc-politics-134",
        "West Ham",
    ),
    _b26_c(
        "where",
        "In which town was the Tory conference at which Sir Nicholas Scott was found slumped in "
        "the street by police?",
        "bbc-politics-183",
        "Bournemouth",
    ),
    _b26_c(
        "where",
        "In which tower of the Palace of Westminster are the parliamentary archives with their "
        "old divorce records kept?",
        "bbc-politics-393",
        "Victoria Tower",
    ),
    _b26_c(
        "where",
        "The oldest act held in the parliamentary archives deals with workers in the woollen "
        "industry in which county?",
        "bbc-politics-393",
        "Norfolk",
    ),
    _b26_c(
        "where",
        "Where did Jason Gardener beat Mark Lewis-Francis to the European Indoor 60m title three"
        " years before the Madrid championships?",
        "bbc-sport-068",
        "Vienna",
    ),
    _b26_c(
        "where",
        "In which Dutch town did Jaap Stam grow up?",
        "bbc-sport-158",
        "Kampen",
    ),
    _b26_c(
        "where",
        "At which stadium did Gavin Henson kick the winning penalty for Wales against England in"
        " the 2005 Six Nations?",
        "bbc-sport-401",
        "Millennium Stadium",
    ),
    _b26_c(
        "where",
        "In which city did Elena Dementieva beat Daniela Hantuchova in a three-set match to "
        "reach the last 16?",
        "bbc-sport-446",
        "Melbourne",
    ),
    _b26_c(
        "where",
        "At which stadium in Seville did Mike and Bob Bryan win the doubles to keep the US in "
        "the Davis Cup final?",
        "bbc-sport-472",
        "Olympic Stadium",
    ),
    _b26_c(
        "where",
        "Which Peruvian community with no electricity had to build a mini-hydraulic dam to power"
        " its telecentre?",
        "bbc-tech-006",
        "Cuyo",
    ),
    _b26_c(
        "where",
        "On which UK rail route was T-Mobile trialling high-speed wi-fi on trains with Southern?",
        "bbc-tech-041",
        "London to Brighton",
    ),
    _b26_c(
        "where",
        "In which fictional city is Half-Life 2 set?",
        "bbc-tech-154",
        "City 17",
    ),
    _b26_c(
        "where",
        "In which city were Sony, Microsoft and Nintendo set to unveil their next-generation "
        "consoles at E3?",
        "bbc-tech-396",
        "Los Angeles",
    ),
    _b26_c(
        "where",
        "Where is Natural Motion, the firm behind the Endorphin animation tool for game artists,"
        " based?",
        "bbc-tech-396",
        "Oxford",
    ),
    # how many
    _b26_c(
        "how many",
        "How much does Italy hope to raise from privatisations in 2005, including a partial "
        "flotation of the post office and Enel?",
        "bbc-business-052",
        "25bn euros",
    ),
    _b26_c(
        "how many",
        "How many litres of surplus wine does France want EU approval to distil into alcohol?",
        "bbc-business-090",
        "250 million litres",
    ),
    _b26_c(
        "how many",
        "How much of Nigeria's cocoa funding has been set aside for cocoa plant nurseries?",
        "bbc-business-120",
        "91m naira",
    ),
    _b26_c(
        "how many",
        "How many American deaths might Vioxx be linked to, according to the FDA's David Graham?",
        "bbc-business-191",
        "56,000",
    ),
    _b26_c(
        "how many",
        "How much less debt did the supporters' club spokesman say Malcolm Glazer's latest "
        "Manchester United proposal involved compared with his earlier ones?",
        "bbc-business-209",
        "£200m",
    ),
    _b26_c(
        "how many",
        "How much was Euronext reported to be ready to raise to fund a cash bid for the London "
        "Stock Exchange?",
        "bbc-business-279",
        "£1.4bn",
    ),
    _b26_c(
        "how many",
        "How many people lost money when the Italian dairy firm Parmalat collapsed?",
        "bbc-business-458",
        "130,000",
    ),
    _b26_c(
        "how many",
        "What was the UK's quarterly GDP growth in the final quarter of 2004, according to the "
        "ONS?",
        "bbc-business-507",
        "0.7%",
    ),
    _b26_c(
        "how many",
        "How many online voters picked the winners at the People's Choice Awards where "
        "Fahrenheit 9/11 won best film?",
        "bbc-entertainment-097",
        "21 million",
    ),
    _b26_c(
        "how many",
        "How much had the Band Aid Trust handed out to famine relief projects in Africa between "
        "1985 and 2004?",
        "bbc-entertainment-159",
        "$144m",
    ),
    _b26_c(
        "how many",
        "How old was Harry Potter actress Emma Watson when she walked the red carpet at the 2005"
        " Baftas?",
        "bbc-entertainment-354",
        "14",
    ),
    _b26_c(
        "how many",
        "How many organisations and individuals gave evidence to the MPs who examined the draft "
        "animal welfare bill?",
        "bbc-politics-048",
        "51",
    ),
    _b26_c(
        "how many",
        "How many anti-social behaviour orders did the courts issue in the year after ministers "
        "launched their anti-social behaviour plan?",
        "bbc-politics-092",
        "2,600",
    ),
    _b26_c(
        "how many",
        "What is the average size of an English constituency, according to Michael Howard?",
        "bbc-politics-096",
        "70,000",
    ),
    _b26_c(
        "how many",
        "Above what level of earnings would the Lib Dems' 50% income tax rate apply, as Charles "
        "Kennedy defended it on Channel Five?",
        "bbc-politics-223",
        "£100,000",
    ),
    _b26_c(
        "how many",
        "By how much could Home Office spending be cut, according to David James's review for "
        "the Tories?",
        "bbc-politics-271",
        "£1.6bn",
    ),
    _b26_c(
        "how many",
        "What was the score in the Everton v Chelsea game in which James Beattie was sent off?",
        "bbc-sport-097",
        "1-0",
    ),
    _b26_c(
        "how many",
        "How old is Brazilian midfielder Juninho, who was frustrated at his lack of first-team "
        "football at Celtic?",
        "bbc-sport-195",
        "30",
    ),
    _b26_c(
        "how many",
        "What size of crowd did Hearts boss John Robertson say it would have been fantastic for "
        "Tynecastle to host for the Ferencvaros game?",
        "bbc-sport-267",
        "30,000",
    ),
    _b26_c(
        "how many",
        "How old was Gavin Henson when his long-range penalty beat England in Cardiff?",
        "bbc-sport-401",
        "23",
    ),
    _b26_c(
        "how many",
        "How many wi-fi hotspots did T-Mobile plan to have worldwide after nearly doubling its "
        "network?",
        "bbc-tech-041",
        "20,000",
    ),
    _b26_c(
        "how many",
        "How much is India's mobile gaming market expected to be worth by 2009?",
        "bbc-tech-192",
        "$336m",
    ),
    _b26_c(
        "how many",
        "What were worldwide sales of digital cameras worth last year, according to the story on"
        " online photo storage firms?",
        "bbc-tech-278",
        "$24bn",
    ),
    _b26_c(
        "how many",
        "How many hijacked home computers made up the largest bot net spied on by the Honeynet "
        "Project?",
        "bbc-tech-357",
        "50,000",
    ),
)
B26_NEAR_BBC_A = (
    "Who is the chief executive of Enel, the Italian utility the government plans to partly float?",
    "Who heads the Telecom Regulatory Authority of India?",
    "Who leads the German arm of the Honeynet Project, which tracked bot nets of hijacked PCs?",
    "Who is the founder and boss of Valve, the developer of Half-Life 2?",
    "When is Will Wright's evolution game Spore due to go on sale?",
    "When will the government introduce its animal welfare bill to Parliament?",
    "When will football banning orders for sectarian troublemakers come into force in Scotland?",
    "When will the EU decide whether France can distil its surplus wine into alcohol?",
    "Where is Sertit, the imaging partner in the Respond satellite mapping consortium, based?",
    "Where will the Scottish Executive's anti-sectarian summit with Celtic and Rangers officials"
    " be held?",
    "Where is market research firm In-Stat/MDR headquartered?",
    "Where is Argus Research, whose economist Richard Yamarone warned about the Fed, based?",
    "Where is Pixagogo, the online photo storage site that charges a monthly fee, based?",
    "How many people does the Italian dairy firm Parmalat employ?",
    "How many cocoa farmers are there in Nigeria?",
    "How many people work at Will Wright's Maxis studio?",
)
B26_BBC_B = (
    # who
    _b26_c(
        "who",
        "Which Investec Securities economist thought UK interest rates would stay at 4.75% for "
        "the rest of the year?",
        "bbc-business-119",
        "Philip Shaw",
    ),
    _b26_c(
        "who",
        "Which Group Menatep director warned buyers of Yuganskneftegaz they would face a "
        "lifetime of litigation?",
        "bbc-business-127",
        "Tim Osborne",
    ),
    _b26_c(
        "who",
        "Which author won the Whitbread children's fiction award for a third time with Not the "
        "End of the World?",
        "bbc-entertainment-013",
        "Geraldine McCaughrean|McCaughrean",
    ),
    _b26_c(
        "who",
        "Which X Factor judge is presenting Sky's live coverage of the Oscars?",
        "bbc-entertainment-086",
        "Sharon Osbourne",
    ),
    _b26_c(
        "who",
        "Which 1Xtra DJ thinks OutKast will take a break after their year of huge success?",
        "bbc-entertainment-132",
        "G Money",
    ),
    _b26_c(
        "who",
        "Who is Chris Evans' business partner in the market stall selling off his furniture?",
        "bbc-entertainment-181",
        "Pete Winterbottom",
    ),
    _b26_c(
        "who",
        "Which actor played Tony Wilson in the film 24 Hour Party People?",
        "bbc-entertainment-245",
        "Steve Coogan",
    ),
    _b26_c(
        "who",
        "Who is the boss of Labour's ad agency TBWA, whom Alastair Campbell wanted to issue a "
        "statement to Newsnight?",
        "bbc-politics-009",
        "Trevor Beattie",
    ),
    _b26_c(
        "who",
        "Which Tory spokesman accused David Blunkett of the politics of confusion over EU asylum"
        " and immigration voting?",
        "bbc-politics-193",
        "David Davis|Mr Davis",
    ),
    _b26_c(
        "who",
        "Which solicitor for the Iraqi families called the High Court ruling on Baha Mousa's "
        "death a historic day for human rights?",
        "bbc-politics-229",
        "Phil Shiner",
    ),
    _b26_c(
        "who",
        "Who is the co-ordinator of the Elect the Lords Campaign who welcomed the MPs' draft "
        "bill on Lords reform?",
        "bbc-politics-319",
        "Peter Facey",
    ),
    _b26_c(
        "who",
        "Which health minister called the government's adult social care plans the antithesis of"
        " the nanny state?",
        "bbc-politics-388",
        "Stephen Ladyman|Mr Ladyman",
    ),
    _b26_c(
        "who",
        "Who headed Newcastle's first goal in their 2-1 win over Bolton?",
        "bbc-sport-105",
        "Lee Bowyer|Bowyer",
    ),
    _b26_c(
        "who",
        "Which outfield player finished Chelsea's FA Cup defeat at Newcastle in goal?",
        "bbc-sport-111",
        "Glen Johnson",
    ),
    _b26_c(
        "who",
        "Which Barcelona assistant coach called Chelsea's expected complaint to Uefa pathetic?",
        "bbc-sport-140",
        "Henk Ten Cate|Ten Cate",
    ),
    _b26_c(
        "who",
        "Who refereed Blackburn's FA Cup replay against Burnley?",
        "bbc-sport-179",
        "Howard Webb",
    ),
    _b26_c(
        "who",
        "Which Manchester City chairman said Nicolas Anelka had apologised for criticising the "
        "club's ambitions?",
        "bbc-sport-254",
        "John Wardle|Wardle",
    ),
    _b26_c(
        "who",
        "Which England centre took three penalties that were out of Charlie Hodgson's range in "
        "the 18-17 loss to France?",
        "bbc-sport-284",
        "Olly Barkley|Barkley",
    ),
    _b26_c(
        "who",
        "Which France coach dropped Imanol Harinordoquy after a poor display against Wales?",
        "bbc-sport-332",
        "Bernard Laporte|Laporte",
    ),
    _b26_c(
        "who",
        "Which 18-year-old Newcastle centre was named in England's training squad when Matt "
        "Dawson was recalled?",
        "bbc-sport-383",
        "Mathew Tait|Tait",
    ),
    _b26_c(
        "who",
        "Who refereed Ireland's 19-13 Six Nations win over England?",
        "bbc-sport-405",
        "Jonathan Kaplan",
    ),
    _b26_c(
        "who",
        "Which British player did Ivan Ljubicic beat in the Dubai quarter-finals before losing "
        "the final to Federer?",
        "bbc-sport-433",
        "Tim Henman",
    ),
    _b26_c(
        "who",
        "Whom did Tim Henman beat 6-1 7-5 at the Kooyong Classic to start his 2005 season?",
        "bbc-sport-468",
        "David Nalbandian|Nalbandian",
    ),
    _b26_c(
        "who",
        "Which French tennis player demanded an apology from the Belgian minister over the "
        "Kuznetsova doping allegations?",
        "bbc-sport-502",
        "Nathalie Dechy|Dechy",
    ),
    _b26_c(
        "who",
        "Which singer joined HP boss Carly Fiorina on stage at CES to promote digital cameras "
        "she helped design?",
        "bbc-tech-228",
        "Gwen Stefani",
    ),
    # when
    _b26_c(
        "when",
        "On what date did Yukos file its bankruptcy application in the US court?",
        "bbc-business-083",
        "14 December",
    ),
    _b26_c(
        "when",
        "In what month was Eduard Shevardnadze's regime toppled by a popular uprising in Georgia?",
        "bbc-business-199",
        "November",
    ),
    _b26_c(
        "when",
        "In what month did Sunderland FC take its shares off the stock market?",
        "bbc-business-367",
        "August",
    ),
    _b26_c(
        "when",
        "Until what year did German economy minister Wolfgang Clement not expect a strong and "
        "lasting turnaround in the jobs market?",
        "bbc-business-387",
        "2006",
    ),
    _b26_c(
        "when",
        "In what year did Geraldine McCaughrean win the Whitbread Prize with A Little Lower than"
        " Angels?",
        "bbc-entertainment-013",
        "1987",
    ),
    _b26_c(
        "when",
        "When is Raw T's album Realise And Witness due out on Tony Wilson's F4 label?",
        "bbc-entertainment-245",
        "March",
    ),
    _b26_c(
        "when",
        "At what time were the Academy Awards to be shown in the UK on Sky Movies 1?",
        "bbc-entertainment-368",
        "0130 GMT",
    ),
    _b26_c(
        "when",
        "By what date were the postal votes in the North East regional assembly referendum due "
        "to be handed in?",
        "bbc-politics-061",
        "4 November",
    ),
    _b26_c(
        "when",
        "In what year did the government launch its Get On scheme against adult illiteracy and "
        "innumeracy?",
        "bbc-politics-080",
        "2001",
    ),
    _b26_c(
        "when",
        "When was Iraqi hotel receptionist Baha Mousa arrested before his death in British "
        "custody?",
        "bbc-politics-229",
        "September 2003",
    ),
    _b26_c(
        "when",
        "In what year did 600 hereditary peers lose their seats in the House of Lords?",
        "bbc-politics-319",
        "1999",
    ),
    _b26_c(
        "when",
        "By what year do ministers suggest the number of people needing care in England could "
        "quadruple?",
        "bbc-politics-388",
        "2050",
    ),
    _b26_c(
        "when",
        "When did Jonah Lomu have his kidney transplant?",
        "bbc-sport-366",
        "July 2004",
    ),
    _b26_c(
        "when",
        "When did Ireland last win the Five Nations title before their 19-13 win over England?",
        "bbc-sport-405",
        "1985",
    ),
    _b26_c(
        "when",
        "On what day was Tim Henman next due to play Roger Federer at the Kooyong Classic?",
        "bbc-sport-468",
        "Friday",
    ),
    _b26_c(
        "when",
        "In what year did Jez San found the games developer Argonaut?",
        "bbc-tech-119",
        "1982",
    ),
    _b26_c(
        "when",
        "When will MTV's Asia Aid tsunami fundraiser, partnered by HP, be held?",
        "bbc-tech-228",
        "3 February",
    ),
    _b26_c(
        "when",
        "On what date will the top 100 contestants in 3's video mobile dating event meet?",
        "bbc-tech-386",
        "30 November",
    ),
    _b26_c(
        "when",
        "From when will BT customers be able to download its free software to stop rogue dialler"
        " scams?",
        "bbc-tech-397",
        "May",
    ),
    _b26_c(
        "when",
        "On what day was Charles Clarke due to unveil his points-based immigration plans?",
        "bbc-politics-220",
        "Monday",
    ),
    _b26_c(
        "when",
        "When did Celestine Babayaro leave Chelsea to join Newcastle?",
        "bbc-sport-111",
        "January",
    ),
    _b26_c(
        "when",
        "When was OutKast's double album Speakerboxxx/The Love Below released?",
        "bbc-entertainment-132",
        "2003",
    ),
    _b26_c(
        "when",
        "When did the Bank of England's run of five interest rate rises begin?",
        "bbc-business-119",
        "November 2003",
    ),
    # where
    _b26_c(
        "where",
        "In which US city was the two-day court hearing where Deutsche Bank accused Yukos of "
        "backdating documents?",
        "bbc-business-083",
        "Houston",
    ),
    _b26_c(
        "where",
        "Where could the arbitration of Group Menatep's $28bn lawsuit against Russia take place?",
        "bbc-business-127",
        "Stockholm|The Hague",
    ),
    _b26_c(
        "where",
        "In which Swiss resort was the World Economic Forum meeting where business failures on "
        "HIV/Aids were to be highlighted?",
        "bbc-business-482",
        "Davos",
    ),
    _b26_c(
        "where",
        "In which city are the Oscars being handed out in the year bookmakers made The Aviator "
        "favourite for best film?",
        "bbc-entertainment-086",
        "Hollywood",
    ),
    _b26_c(
        "where",
        "Which US state are the rap duo OutKast, Andre 3000 and Big Boi, from?",
        "bbc-entertainment-132",
        "Georgia",
    ),
    _b26_c(
        "where",
        "In which city was the Hacienda club owned by Factory Records?",
        "bbc-entertainment-245",
        "Manchester",
    ),
    _b26_c(
        "where",
        "In which country is the extended family studied in the Dutch documentary Shape of the "
        "Moon, which won at Sundance?",
        "bbc-entertainment-336",
        "Indonesia",
    ),
    _b26_c(
        "where",
        "In which county did police arrest four men suspected of hunting with dogs on the first "
        "day of the hunting ban?",
        "bbc-politics-137",
        "Wiltshire",
    ),
    _b26_c(
        "where",
        "Where was Gordon Brown going for a week while Tony Blair gave a keynote speech on "
        "third-term election themes?",
        "bbc-politics-258",
        "Africa",
    ),
    _b26_c(
        "where",
        "In which city is the Carling Cup final that Carlo Cudicini will miss through suspension?",
        "bbc-sport-111",
        "Cardiff",
    ),
    _b26_c(
        "where",
        "At which stadium did Chelsea lose 2-1 to Barcelona before complaining about referee "
        "Anders Frisk?",
        "bbc-sport-140",
        "Nou Camp",
    ),
    _b26_c(
        "where",
        "Where did Burnley lose 1-0 in the league before their FA Cup replay at Blackburn?",
        "bbc-sport-179",
        "Preston",
    ),
    _b26_c(
        "where",
        "At which ground was the October Manchester United v Arsenal game that ended in the food"
        " fight?",
        "bbc-sport-235",
        "Old Trafford",
    ),
    _b26_c(
        "where",
        "Where will Jonah Lomu lead a southern hemisphere side in Martin Johnson's testimonial?",
        "bbc-sport-366",
        "Twickenham",
    ),
    _b26_c(
        "where",
        "Where in north London is Argonaut's headquarters?",
        "bbc-tech-119",
        "Edgware",
    ),
    _b26_c(
        "where",
        "In which area did BT's Everybody Online training help unemployed people rewrite their "
        "CVs?",
        "bbc-tech-211",
        "Cornwall",
    ),
    _b26_c(
        "where",
        "Besides Russia, where are the World War 2 battlefronts in Call of Duty: Finest Hour?",
        "bbc-tech-288",
        "North Africa",
    ),
    _b26_c(
        "where",
        "Where is the US base attacked in the early set-piece scene of Medal of Honor: Pacific "
        "Assault?",
        "bbc-tech-288",
        "Hawaii",
    ),
    _b26_c(
        "where",
        "In which county were around 300 homes left without ballot papers for the North East "
        "assembly referendum?",
        "bbc-politics-061",
        "County Durham",
    ),
    _b26_c(
        "where",
        "Apart from London, where did Chris Evans have a home whose furniture he is now selling "
        "off?",
        "bbc-entertainment-181",
        "Los Angeles",
    ),
    _b26_c(
        "where",
        "At which ground did Brian O'Driscoll's try help Ireland beat England 19-13?",
        "bbc-sport-405",
        "Lansdowne Road",
    ),
    _b26_c(
        "where",
        "Where is the hedge fund Atticus Capital, which called Deutsche Boerse's bid for the LSE"
        " empire-building, based?",
        "bbc-business-454",
        "US",
    ),
    # how many
    _b26_c(
        "how many",
        "What annual rate did UK inflation hit in December, its highest in six months, when the "
        "Bank of England held rates again?",
        "bbc-business-119",
        "1.6%",
    ),
    _b26_c(
        "how many",
        "What income tax rate will Georgians pay if they declare wealth hidden during the "
        "Shevardnadze era under the tax amnesty?",
        "bbc-business-199",
        "1%",
    ),
    _b26_c(
        "how many",
        "How many final salary pension schemes did Incomes Data Services survey in its study of "
        "employer contributions?",
        "bbc-business-238",
        "280",
    ),
    _b26_c(
        "how many",
        "What price per share did Bob Murray pay for BSkyB's stake in Sunderland football club?",
        "bbc-business-367",
        "31p",
    ),
    _b26_c(
        "how many",
        "How much is Deutsche Boerse offering for the London Stock Exchange, the bid shareholder"
        " fund TCI says is too high?",
        "bbc-business-454",
        "£1.35bn",
    ),
    _b26_c(
        "how many",
        "What HIV prevalence does mining company Anglo-American estimate among its Southern "
        "African workforce?",
        "bbc-business-482",
        "24%",
    ),
    _b26_c(
        "how many",
        "What price was on the sofa Chris Evans labelled as Bob Dylan's old sofa at his market "
        "stall?",
        "bbc-entertainment-181",
        "£4,250",
    ),
    _b26_c(
        "how many",
        "How many of the critics polled by the BBC News website tipped Martin Scorsese to win "
        "best director for The Aviator?",
        "bbc-entertainment-368",
        "Five",
    ),
    _b26_c(
        "how many",
        "How many civil service jobs are to be axed or changed under the Gershon report plans?",
        "bbc-politics-095",
        "84,000",
    ),
    _b26_c(
        "how many",
        "How much cash did Gordon Brown's pre-Budget report set aside to extend paid maternity "
        "leave from six months to nine?",
        "bbc-politics-128",
        "£285m",
    ),
    _b26_c(
        "how many",
        "How many hunts are believed to have gone out on the Saturday after the hunting ban came"
        " in?",
        "bbc-politics-137",
        "270",
    ),
    _b26_c(
        "how many",
        "About how many independent Jewish faith schools did Ofsted's David Bell say there were?",
        "bbc-politics-172",
        "50",
    ),
    _b26_c(
        "how many",
        "How much worse off a year did Liam Fox say families would be under the Lib Dems' tax "
        "plans?",
        "bbc-politics-301",
        "£630",
    ),
    _b26_c(
        "how many",
        "How many times was Margaret Dixon's operation cancelled, a case Michael Howard raised?",
        "bbc-politics-408",
        "seven",
    ),
    _b26_c(
        "how many",
        "What height did Yelena Isinbayeva clear for her new pole vault world record at the "
        "Birmingham Indoor Grand Prix?",
        "bbc-sport-069",
        "4.88m",
    ),
    _b26_c(
        "how many",
        "What was the attendance when Newcastle beat Bolton 2-1 to end their 10-game unbeaten run?",
        "bbc-sport-105",
        "50,430",
    ),
    _b26_c(
        "how many",
        "How much was Arsene Wenger fined for accusing Ruud van Nistelrooy of cheating?",
        "bbc-sport-235",
        "£15,000",
    ),
    _b26_c(
        "how many",
        "What debts had Manchester City recently announced when Anelka apologised to the club?",
        "bbc-sport-254",
        "£62m",
    ),
    _b26_c(
        "how many",
        "What was England's half-time lead before France came back to win 18-17?",
        "bbc-sport-284",
        "17-6",
    ),
    _b26_c(
        "how many",
        "How many players are in England's revised elite squad that includes Phil Greening and "
        "Mark Cueto?",
        "bbc-sport-383",
        "56",
    ),
    _b26_c(
        "how many",
        "By how much did downloads of TV programmes rise in the last year, according to "
        "Envisional?",
        "bbc-tech-011",
        "150%",
    ),
    _b26_c(
        "how many",
        "How much data will a Blu-ray disc be able to store?",
        "bbc-tech-155",
        "50GB",
    ),
    _b26_c(
        "how many",
        "How many Britons will still be without home internet access in 2025, according to BT's "
        "report?",
        "bbc-tech-211",
        "23 million",
    ),
    _b26_c(
        "how many",
        "How many BT customers will get the new anti-rogue-dialler schemes?",
        "bbc-tech-397",
        "20 million",
    ),
    _b26_c(
        "how many",
        "How many doctors in the NHS did Trevor Phillips point to in the debate over Charles "
        "Clarke's immigration points system?",
        "bbc-politics-220",
        "44,000",
    ),
)
B26_NEAR_BBC_B = (
    "Who is the chief executive of TCI, the hedge fund fighting Deutsche Boerse's bid for the "
    "London Stock Exchange?",
    "Who is the chief executive of mining group Anglo-American, which gives HIV treatment to its"
    " Southern African workers?",
    "Who donated the kidney for Jonah Lomu's transplant?",
    "Who is the lead rapper in Raw T, the group Tony Wilson signed to his F4 label?",
    "When did Andrea Levy win the Orange Prize for Small Island?",
    "When did Medal of Honor: Pacific Assault come out on PC?",
    "When did Sunderland FC first float its shares on the stock market?",
    "When is the Georgian parliament due to vote on President Saakashvili's tax amnesty?",
    "When did Labour hire TBWA as the advertising agency for its election posters?",
    "Where is the web tracking company Envisional, which studied illegal TV downloads, based?",
    "Where is Big Boi of OutKast's dog-breeding business based?",
    "How many copies has OutKast's Speakerboxxx/The Love Below sold worldwide?",
    "How much did Jez San pay to buy back Argonaut's Morpheme and Just Add Monsters studios?",
    "How many young people took part in the Ofsted citizenship survey released with David Bell's"
    " speech on faith schools?",
)

# -- Written twenty-seventh: a twenty-seventh batch, written blind in the fifth session
# of 2026-12-05, by writers who never saw how /news ask answers. All its articles were
# used by one earlier question each; its questions there ask for other facts. Its near
# misses ask for facts no article of the corpus states. Measured once when added, on the
# code of the session before (c66a6eb).

_b27_c = partial(_c, batch=27)
B27_BBC_A = (
    # who
    _b27_c(
        "who",
        "Which Bank of America currency strategist said Alan Greenspan was now taking a much "
        "more relaxed view of the US current account deficit?",
        "bbc-business-002",
        "Robert Sinche",
    ),
    _b27_c(
        "who",
        "Which senior OECD economist told the BBC that the oil shock was not enormous by "
        "historical standards and could be absorbed within a few quarters?",
        "bbc-business-030",
        "Vincent Koen",
    ),
    _b27_c(
        "who",
        "Which analyst at the brokerage Aton said China was trying to get leverage in Russia "
        "with its Rosneft oil supply deal?",
        "bbc-business-077",
        "Dmitry Lukashov|Mr Lukashov",
    ),
    _b27_c(
        "who",
        "Who is the chief UK economist at Capital Economics who said the ONS road spending "
        "correction didn't change the big picture on public finances?",
        "bbc-business-154",
        "Jonathan Loynes",
    ),
    _b27_c(
        "who",
        "Which Democratic senator complained that President Bush's austere budget left the "
        "country facing huge financial commitments beyond 2009?",
        "bbc-business-204",
        "Kent Conrad",
    ),
    _b27_c(
        "who",
        "Who is the governor of the Korean Development Bank, one of LG Card's major creditors, "
        "who threatened sanctions against LG Group?",
        "bbc-business-349",
        "Yoo Ji-chang",
    ),
    _b27_c(
        "who",
        "Which novelist stood up for Oliver Stone's Alexander, calling it barrier-breaking for "
        "how it showed bisexuality?",
        "bbc-entertainment-072",
        "Gore Vidal",
    ),
    _b27_c(
        "who",
        "Who is the IFPI's managing director in Germany who said the state of the German music "
        "business wasn't as dramatic as Tim Renner claimed?",
        "bbc-entertainment-271",
        "Peter Zombic|Mr Zombic",
    ),
    _b27_c(
        "who",
        "Which Home Office minister said the government had no intention of scrapping the "
        "mandatory life sentence for murder after the Law Commission report?",
        "bbc-politics-031",
        "Baroness Scotland",
    ),
    _b27_c(
        "who",
        "Which Tory leader in the Lords warned ministers to expect the Prevention of Terrorism "
        "Bill to be substantially rewritten by peers?",
        "bbc-politics-072",
        "Lord Strathclyde",
    ),
    _b27_c(
        "who",
        "Which Conservative local government spokeswoman said John Prescott's building programme"
        " would leave a concrete scar across rural England?",
        "bbc-politics-167",
        "Caroline Spelman",
    ),
    _b27_c(
        "who",
        "Which Labour peer, chairing the Power Inquiry into political disengagement, warned that"
        " dirty-tricks campaigning would deepen public distrust?",
        "bbc-politics-196",
        "Baroness Kennedy",
    ),
    _b27_c(
        "who",
        "Who is the information commissioner the Tories asked to investigate the stepped-up "
        "shredding of Whitehall files before the Freedom of Information Act?",
        "bbc-politics-242",
        "Richard Thomas|Mr Thomas",
    ),
    _b27_c(
        "who",
        "Which rural affairs minister did the pro-hunting lobby accuse of avoiding them and "
        "cancelling engagements?",
        "bbc-politics-250",
        "Alun Michael",
    ),
    _b27_c(
        "who",
        "Which home secretary came up with a points system for immigrants as Labour and the "
        "Tories made immigration an election issue?",
        "bbc-politics-334",
        "Charles Clarke",
    ),
    _b27_c(
        "who",
        "Which Capital Radio DJ was choosing the public's texted and e-mailed questions for Tony"
        " Blair at Labour's spring conference?",
        "bbc-politics-350",
        "Margherita Taylor",
    ),
    _b27_c(
        "who",
        "Which Frenchman broke Jason Gardener's European 60m record on the weekend of the AAAs "
        "indoor championships?",
        "bbc-sport-058",
        "Ronald Pognon",
    ),
    _b27_c(
        "who",
        "Who was the AC Milan coach looking forward to returning to Old Trafford for the "
        "Champions League tie against Manchester United?",
        "bbc-sport-152",
        "Carlo Ancelotti|Ancelotti",
    ),
    _b27_c(
        "who",
        "Which Middlesbrough player scored both goals when Boro beat Lazio 2-0 in the Uefa Cup?",
        "bbc-sport-222",
        "Boudewijn Zenden|Zenden",
    ),
    _b27_c(
        "who",
        "Which London Irish replacement became only the fourth Premiership player to reach 1,000"
        " points in the defeat by Wasps?",
        "bbc-sport-294",
        "Barry Everitt",
    ),
    _b27_c(
        "who",
        "Who was the Ireland coach who picked uncapped Ulster scrum-half Kieran Campbell for the"
        " Six Nations squad?",
        "bbc-sport-379",
        "Eddie O'Sullivan|O'Sullivan",
    ),
    _b27_c(
        "who",
        "Who is the British Davis Cup captain who named Alex Bogdanovic and Andrew Murray as "
        "possible replacements for Tim Henman?",
        "bbc-sport-449",
        "Jeremy Bates",
    ),
    _b27_c(
        "who",
        "Which director general of the British Chambers of Commerce welcomed Microsoft's scheme "
        "to swap counterfeit copies of Windows XP?",
        "bbc-tech-194",
        "David Frost",
    ),
    _b27_c(
        "who",
        "Who wrote the Analysys report on pushing 3G mobile networks beyond their limits with "
        "HSDPA?",
        "bbc-tech-335",
        "Dr Alastair Brydon|Alastair Brydon",
    ),
    _b27_c(
        "who",
        "Which tennis player's name has been used by virus writers in the past, like the Beckham"
        " trojan that spread on the net?",
        "bbc-tech-385",
        "Anna Kournikova",
    ),
    # when
    _b27_c(
        "when",
        "When was the record oil price of $55.67 set, according to the OECD report on soaring "
        "oil hitting the world economy?",
        "bbc-business-030",
        "late October",
    ),
    _b27_c(
        "when",
        "When did Bank of America buy rival FleetBoston in its $47bn merger?",
        "bbc-business-122",
        "last March",
    ),
    _b27_c(
        "when",
        "When was Germany's Hartz-IV welfare and labour market reform introduced?",
        "bbc-business-139",
        "January",
    ),
    _b27_c(
        "when",
        "From when did BT propose cutting the wholesale price of its most popular broadband "
        "product by around 8%?",
        "bbc-business-252",
        "April",
    ),
    _b27_c(
        "when",
        "In what year did Vladimir Putin become Russian president, according to the report "
        "arguing tougher tax enforcement helped Russian firms?",
        "bbc-business-266",
        "2000",
    ),
    _b27_c(
        "when",
        "When did South Korea's LG Card return to profit?",
        "bbc-business-349",
        "September 2004|September",
    ),
    _b27_c(
        "when",
        "When did the London Stock Exchange turn down Deutsche Boerse's £1.3bn takeover offer?",
        "bbc-business-421",
        "mid-December|December",
    ),
    _b27_c(
        "when",
        "On what day did Oliver Stone's Alexander open in US cinemas because of the Thanksgiving"
        " holiday?",
        "bbc-entertainment-072",
        "Wednesday",
    ),
    _b27_c(
        "when",
        "On what day did Brigitte Nielsen's former mother-in-law Jackie Stallone join the "
        "Celebrity Big Brother house?",
        "bbc-entertainment-203",
        "Monday",
    ),
    _b27_c(
        "when",
        "On what day were peers due to start three days of detailed debate on the anti-terror "
        "bill after Tony Blair turned down the Tory sunset clause?",
        "bbc-politics-014",
        "Thursday",
    ),
    _b27_c(
        "when",
        "In Charles Kennedy's New Year message, for which year's general election did he say the"
        " Liberal Democrats were ready?",
        "bbc-politics-036",
        "2005",
    ),
    _b27_c(
        "when",
        "By what date did the government want the Prevention of Terrorism Bill to become law, "
        "when the existing detention powers expire?",
        "bbc-politics-072",
        "14 March",
    ),
    _b27_c(
        "when",
        "When were the new temporary stop notices against unauthorised Gypsy and traveller sites"
        " expected to come into force?",
        "bbc-politics-176",
        "spring",
    ),
    _b27_c(
        "when",
        "On what date was the Freedom of Information Act due to come into force, according to "
        "the Tory figures on Whitehall shredding?",
        "bbc-politics-242",
        "1 January",
    ),
    _b27_c(
        "when",
        "When does the hunting ban come into force, according to the pro-hunting campaigners "
        "planning their election lobbying?",
        "bbc-politics-250",
        "18 February",
    ),
    _b27_c(
        "when",
        "When did Ken Bates step down as Chelsea chairman?",
        "bbc-sport-251",
        "March last year",
    ),
    _b27_c(
        "when",
        "In which years did Wales win back-to-back games at the Stade de France under Graham "
        "Henry?",
        "bbc-sport-337",
        "1999 and 2001",
    ),
    _b27_c(
        "when",
        "Before her second Australian Open title, when had Serena Williams last won a Grand Slam?",
        "bbc-sport-488",
        "Wimbledon in 2003|2003",
    ),
    _b27_c(
        "when",
        "When was the first full version of the Firefox browser released?",
        "bbc-tech-020",
        "November 2004|November",
    ),
    _b27_c(
        "when",
        "In what year did Jef Raskin join Apple?",
        "bbc-tech-068",
        "1978",
    ),
    _b27_c(
        "when",
        "When did Microsoft say that Windows XP Service Pack 2 would not work with the most "
        "widely pirated copies of the system?",
        "bbc-tech-194",
        "June",
    ),
    _b27_c(
        "when",
        "In which year's edition of Merriam-Webster's printed dictionary will the word 'blog' "
        "appear?",
        "bbc-tech-151",
        "2005",
    ),
    _b27_c(
        "when",
        "When does Siemens expect the next generation of mobile communication to make its debut?",
        "bbc-tech-335",
        "2015",
    ),
    # where
    _b27_c(
        "where",
        "In which city did Alan Greenspan make the speech before the G7 finance ministers' "
        "meeting that pushed the dollar to a three-month high against the euro?",
        "bbc-business-002",
        "London",
    ),
    _b27_c(
        "where",
        "In which city is the OECD, which cut its growth forecasts because of high oil prices, "
        "based?",
        "bbc-business-030",
        "Paris",
    ),
    _b27_c(
        "where",
        "In which city's federal court did the SEC bring civil fraud charges against former "
        "Columbia Funds Distributor executives?",
        "bbc-business-122",
        "Boston",
    ),
    _b27_c(
        "where",
        "Where is Euronext, the rival to Deutsche Boerse in the race to buy the London Stock "
        "Exchange, based?",
        "bbc-business-421",
        "Paris",
    ),
    _b27_c(
        "where",
        "In which Utah town is Robert Redford's Sundance festival held?",
        "bbc-entertainment-032",
        "Park City",
    ),
    _b27_c(
        "where",
        "Which Thai beach resort was Jack Straw going to visit during his trip to tsunami-hit "
        "countries?",
        "bbc-politics-135",
        "Phuket",
    ),
    _b27_c(
        "where",
        "Where had Tony Blair been on holiday when the tsunami struck, before he spoke publicly "
        "about UK aid?",
        "bbc-politics-135",
        "Egypt",
    ),
    _b27_c(
        "where",
        "In which county is Cottenham, one of the most controversial traveller sites caught up "
        "in a legal battle?",
        "bbc-politics-176",
        "Cambridgeshire",
    ),
    _b27_c(
        "where",
        "Where did Tony Blair start the whistle-stop tour of marginal seats on which he unveiled"
        " Labour's six pre-election pledges?",
        "bbc-politics-350",
        "London",
    ),
    _b27_c(
        "where",
        "At which Olympics did Greek sprinter Kostas Kenteris win 200m gold?",
        "bbc-sport-023",
        "Sydney",
    ),
    _b27_c(
        "where",
        "Apart from Chicago, where are Kenteris and Thanou alleged to have dodged drugs tests "
        "ahead of the Athens Games?",
        "bbc-sport-023",
        "Tel Aviv",
    ),
    _b27_c(
        "where",
        "Where are the European indoor championships that British athletes were trying to "
        "qualify for at the AAAs in Sheffield?",
        "bbc-sport-058",
        "Madrid",
    ),
    _b27_c(
        "where",
        "Where had triple jumper Phillips Idowu been training over the winter before setting a "
        "championship record at the AAAs?",
        "bbc-sport-058",
        "Australia",
    ),
    _b27_c(
        "where",
        "At which ground did AC Milan beat Juventus on penalties to win the Champions League two"
        " seasons before facing Manchester United?",
        "bbc-sport-152",
        "Old Trafford",
    ),
    _b27_c(
        "where",
        "Where is The Forward Sports Fund, the company through which Ken Bates bought his stake "
        "in Leeds United, based?",
        "bbc-sport-251",
        "Geneva",
    ),
    _b27_c(
        "where",
        "Where were London Irish due to play their Powergen Cup semi-final after losing to Wasps?",
        "bbc-sport-294",
        "Leeds",
    ),
    _b27_c(
        "where",
        "Where is the Lions tour that Wales prop Adam Jones expects Gethin Jenkins to be picked "
        "for?",
        "bbc-sport-337",
        "New Zealand",
    ),
    _b27_c(
        "where",
        "Besides a home game against Biarritz, where do Leicester still have to travel in their "
        "Heineken Cup pool after the double-header with Wasps?",
        "bbc-sport-391",
        "Calvisano",
    ),
    _b27_c(
        "where",
        "In which city did Simon Taylor suffer the knee ligament injury against Ireland during "
        "the 2004 Six Nations?",
        "bbc-sport-410",
        "Dublin",
    ),
    _b27_c(
        "where",
        "In which city was the RSA Security conference at which Bill Gates announced Internet "
        "Explorer 7?",
        "bbc-tech-020",
        "San Francisco",
    ),
    _b27_c(
        "where",
        "In which US state was the home where Macintosh pioneer Jef Raskin died?",
        "bbc-tech-068",
        "California",
    ),
    _b27_c(
        "where",
        "In which country had Sony's portable PlayStation only just gone on sale when UK gadget "
        "fans started buying it on eBay?",
        "bbc-tech-235",
        "Japan",
    ),
    _b27_c(
        "where",
        "On which island's 3G network was MMO2 planning to offer HSDPA data speeds of 3.6Mbps?",
        "bbc-tech-335",
        "Isle of Man",
    ),
    _b27_c(
        "where",
        "In which city did the RSA Security survey find 31% of wi-fi networks still using "
        "default settings?",
        "bbc-tech-346",
        "New York",
    ),
    _b27_c(
        "where",
        "On which ice planet from The Empire Strikes Back can you fight in the video game Star "
        "Wars: Battlefront?",
        "bbc-tech-125",
        "Hoth",
    ),
    # how many
    _b27_c(
        "how many",
        "How much was Yukos's Yugansk unit sold for at last year's auction?",
        "bbc-business-077",
        "$9.3bn",
    ),
    _b27_c(
        "how many",
        "Using the International Labour Organisation's method, how many people were out of work "
        "in Germany in January?",
        "bbc-business-139",
        "3.97 million",
    ),
    _b27_c(
        "how many",
        "How big is the annual 'black hole' the Conservatives said would force Gordon Brown to "
        "raise taxes after the election?",
        "bbc-business-154",
        "£10.5bn",
    ),
    _b27_c(
        "how many",
        "By how much did President Bush's budget propose cutting Medicaid, the health scheme for"
        " the poorest Americans?",
        "bbc-business-204",
        "$45bn",
    ),
    _b27_c(
        "how many",
        "How much did BT say it would invest over the next five years to build its 21st Century "
        "network?",
        "bbc-business-252",
        "£10bn",
    ),
    _b27_c(
        "how many",
        "To what level did Sibneft's overall effective tax rate rise after Putin came to power?",
        "bbc-business-266",
        "10.4%",
    ),
    _b27_c(
        "how many",
        "How big a fine could the China Three Gorges Project Corp face for carrying on building "
        "the Xiluodu dam?",
        "bbc-business-282",
        "200,000 yuan",
    ),
    _b27_c(
        "how many",
        "How much prize money, to be given to charity, were the Celebrity Big Brother housemates"
        " competing for when Germaine Greer walked out?",
        "bbc-entertainment-203",
        "£50,000",
    ),
    _b27_c(
        "how many",
        "How old was Joss Stone when she won the Brit award for best British urban act?",
        "bbc-entertainment-256",
        "17",
    ),
    _b27_c(
        "how many",
        "How much were German music sales worth in 2003, according to the report on the "
        "industry's 'zombie' state?",
        "bbc-entertainment-271",
        "1.6bn euros",
    ),
    _b27_c(
        "how many",
        "Within how many days would the less stringent control orders in Blair's anti-terror "
        "bill face a court appeal?",
        "bbc-politics-014",
        "14",
    ),
    _b27_c(
        "how many",
        "How many new homes a year did the Treasury's Barker Review say Britain needed?",
        "bbc-politics-167",
        "140,000",
    ),
    _b27_c(
        "how many",
        "How much does it cost taxpayers each year to provide a single prison place in Scotland,"
        " according to Cathy Jamieson?",
        "bbc-politics-204",
        "£35,000",
    ),
    _b27_c(
        "how many",
        "How much did Michael Howard earmark for tax cuts if the Tories won the next election?",
        "bbc-politics-344",
        "£4 billion",
    ),
    _b27_c(
        "how many",
        "How old is Ken Bates, the former Chelsea chairman who took over Leeds United?",
        "bbc-sport-251",
        "73",
    ),
    _b27_c(
        "how many",
        "How many Munster players are in the Ireland Six Nations squad that includes uncapped "
        "scrum-half Kieran Campbell?",
        "bbc-sport-379",
        "12",
    ),
    _b27_c(
        "how many",
        "How many England caps had Leicester's Austin Healey won before the 2003 World Cup?",
        "bbc-sport-391",
        "51",
    ),
    _b27_c(
        "how many",
        "What was 17-year-old Andrew Murray's place in the ATP entry list when he was tipped as "
        "a Davis Cup replacement for Tim Henman?",
        "bbc-sport-449",
        "407th",
    ),
    _b27_c(
        "how many",
        "How many points in a row did Serena Williams win to take the second set off Lindsay "
        "Davenport in the Australian Open final?",
        "bbc-sport-488",
        "nine",
    ),
    _b27_c(
        "how many",
        "According to the Pew report on search engine habits, what percentage of searchers "
        "didn't know that some of the results they see are paid for?",
        "bbc-tech-081",
        "62%",
    ),
    _b27_c(
        "how many",
        "How much in damages can consumers seek under California's new anti-spyware law?",
        "bbc-tech-096",
        "$1,000",
    ),
    _b27_c(
        "how many",
        "How often is a new blog created, according to Pew Internet & American Life?",
        "bbc-tech-151",
        "5.8 seconds",
    ),
    _b27_c(
        "how many",
        "How much was each UK online Christmas shopper expected to spend on average, according "
        "to the IMRG?",
        "bbc-tech-235",
        "£220",
    ),
    _b27_c(
        "how many",
        "What proportion of the wi-fi networks RSA found in London, Frankfurt, New York and San "
        "Francisco had basic security turned off?",
        "bbc-tech-346",
        "33%|more than a third",
    ),
    _b27_c(
        "how many",
        "How many goals had Middlesbrough conceded in their four European games when McClaren "
        "praised their Uefa Cup spirit?",
        "bbc-sport-222",
        "one",
    ),
)
B27_NEAR_BBC_A = (
    "Who is the chief executive of the China Three Gorges Project Corp, the firm accused of "
    "defying Beijing over the Xiluodu dam?",
    "Who is the boss of LG Card, the South Korean credit card company whose creditors threatened"
    " liquidation?",
    "Which Merriam-Webster editor announced that 'blog' was the dictionary's word of the year?",
    "Who is the chief executive of telecoms analysts Ovum, which said BT had given a lot of "
    "ground to its rivals?",
    "Who is the chief executive of Shopping.com?",
    "When is China's Xiluodu dam due to be completed?",
    "In what year was Jef Raskin, who led the original Macintosh team, born?",
    "When did Robert Redford launch the Sundance TV Channel?",
    "On what date did Germaine Greer go into the Celebrity Big Brother house?",
    "In what year did Ken Bates first become chairman of Chelsea?",
    "Where was Germaine Greer born?",
    "In which city is LG Card, South Korea's top credit card firm, headquartered?",
    "Where is Information Appliance, the company Jef Raskin set up after leaving Apple, based?",
    "Where is blog analysis firm Technorati based?",
    "How much was Germaine Greer paid to appear on Celebrity Big Brother?",
    "How many computers have been infected by the Hackarmy trojan spread using David Beckham's "
    "name?",
    "How many staff will work in BT's new Access Services division?",
)
B27_BBC_B = (
    # who
    _b27_c(
        "who",
        "Which GM sales executive said the calendar year was starting off slower than expected?",
        "bbc-business-099",
        "Mark LaNeve",
    ),
    _b27_c(
        "who",
        "Which Libyan oil minister said Opec did not need to cut supply unless prices fell below"
        " $35 a barrel?",
        "bbc-business-152",
        "Fathi Bin Shatwan",
    ),
    _b27_c(
        "who",
        "Who is the GM boss who defended the Fiat alliance by saying GM needed scale in Europe?",
        "bbc-business-160",
        "Rick Wagoner",
    ),
    _b27_c(
        "who",
        "Which Beijing official in charge of parking fees said price differences between indoor "
        "and outdoor car parks were unreasonable?",
        "bbc-business-461",
        "Wang Yan|Mr Wang",
    ),
    _b27_c(
        "who",
        "Which actress did Cyril Fletcher marry?",
        "bbc-entertainment-190",
        "Betty Astell",
    ),
    _b27_c(
        "who",
        "Which producer, a friend of Ray Charles, called him a brother in every sense of the word?",
        "bbc-entertainment-263",
        "Quincy Jones",
    ),
    _b27_c(
        "who",
        "Which LA Daily News film critic complained that there are too many televised awards "
        "ceremonies?",
        "bbc-entertainment-367",
        "Bob Strauss|Mr Strauss",
    ),
    _b27_c(
        "who",
        "Which Institute for Fiscal Studies economist doubted Gordon Brown's pre-Budget "
        "forecasts would work out OK?",
        "bbc-politics-021",
        "Carl Emmerson",
    ),
    _b27_c(
        "who",
        "Who chairs the Electoral Commission that said a cap on party donations should not be "
        "introduced yet?",
        "bbc-politics-059",
        "Sam Younger",
    ),
    _b27_c(
        "who",
        "Which Lib Dem environment spokesman accused ministers of turning Britain into a nuclear"
        " dumpsite?",
        "bbc-politics-146",
        "Norman Baker|Mr Baker",
    ),
    _b27_c(
        "who",
        "Which British Casino Association chairman said her members were outraged by the cap on "
        "new casinos?",
        "bbc-politics-187",
        "Penny Cobham",
    ),
    _b27_c(
        "who",
        "Which Tory MP, whose father and grandfather were both lord chancellor, called the "
        "Constitutional Reform Bill largely unnecessary?",
        "bbc-politics-273",
        "Douglas Hogg",
    ),
    _b27_c(
        "who",
        "Which assistant information commissioner said parties ringing TPS-registered voters "
        "might break the rules depending on the script?",
        "bbc-politics-337",
        "Phil Jones|Mr Jones",
    ),
    _b27_c(
        "who",
        "Which young Dragons player did Wales coach Mike Ruddock call a great prospect for the "
        "future?",
        "bbc-sport-316",
        "James Ireland",
    ),
    _b27_c(
        "who",
        "Who will coach the Southern Hemisphere side against Clive Woodward's team in the "
        "tsunami Rugby Aid match?",
        "bbc-sport-339",
        "Rod Macqueen",
    ),
    _b27_c(
        "who",
        "Which Borders substitute scored the late try in the 20-19 Celtic League defeat by Ulster?",
        "bbc-sport-384",
        "Jonny Weston",
    ),
    _b27_c(
        "who",
        "Which French scrum-half kicked six penalties to beat England 18-17 at Twickenham?",
        "bbc-sport-414",
        "Dimitri Yachvili|Yachvili",
    ),
    _b27_c(
        "who",
        "Who did Lleyton Hewitt draw in the first round of the Australian Open?",
        "bbc-sport-476",
        "Arnaud Clement",
    ),
    _b27_c(
        "who",
        "Which Symantec manager said warnings that a new spam trick could end e-mail were "
        "premature?",
        "bbc-tech-026",
        "Kevin Hogan|Mr Hogan",
    ),
    _b27_c(
        "who",
        "Which Opera spokeswoman said the company would not want to exclude disabled computer "
        "users?",
        "bbc-tech-089",
        "Berit Hanson|Ms Hanson",
    ),
    _b27_c(
        "who",
        "Which Google director said the library scanning project aims to bring offline "
        "information online?",
        "bbc-tech-236",
        "Susan Wojcicki",
    ),
    _b27_c(
        "who",
        "Which Mac Format reviews editor described the Mac Mini as a laptop in a biscuit tin?",
        "bbc-tech-336",
        "Mark Sparrow",
    ),
    _b27_c(
        "who",
        "Which Newcastle striker pulled out of the Anfield game with a back injury picked up in "
        "the warm-up?",
        "bbc-sport-269",
        "Craig Bellamy",
    ),
    _b27_c(
        "who",
        "Which referees chief wanted Jose Mourinho to retract his comments about Alex Ferguson "
        "and the referee?",
        "bbc-sport-231",
        "Keith Hackett",
    ),
    _b27_c(
        "who",
        "Which professor from the Swiss research group MiraLab worked on the virtual Pompeii "
        "tour project?",
        "bbc-tech-115",
        "Nadia Magnenat-Thalman",
    ),
    # when
    _b27_c(
        "when",
        "Which year held the previous record for the US trade deficit before it hit $671.7bn in "
        "2004?",
        "bbc-business-024",
        "2003",
    ),
    _b27_c(
        "when",
        "By what year did Suzuki plan to triple its US car sales?",
        "bbc-business-099",
        "2007",
    ),
    _b27_c(
        "when",
        "In which month last year did oil hit its peak of $55.67 a barrel?",
        "bbc-business-152",
        "October",
    ),
    _b27_c(
        "when",
        "In what year did Fiat sell half its finance arm and recapitalise, halving GM's stake in"
        " the carmaker?",
        "bbc-business-160",
        "2003",
    ),
    _b27_c(
        "when",
        "In what year was Adam Smith born, according to Alan Greenspan's Kirkcaldy lecture?",
        "bbc-business-213",
        "1723",
    ),
    _b27_c(
        "when",
        "From which season is Arsenal due to play at its new stadium?",
        "bbc-business-271",
        "2006/07",
    ),
    _b27_c(
        "when",
        "On what day is Yukos going back to a US court to seek sanctions against Baikal Finance "
        "Group?",
        "bbc-business-324",
        "Wednesday",
    ),
    _b27_c(
        "when",
        "In what year did comedian Cyril Fletcher make his first TV appearance?",
        "bbc-entertainment-190",
        "1937",
    ),
    _b27_c(
        "when",
        "When did Ray Charles release his protest album A Message from the People?",
        "bbc-entertainment-263",
        "1972",
    ),
    _b27_c(
        "when",
        "On what date does the ban on hunting with dogs in England and Wales come into force, "
        "according to the report on the Labour conference protest?",
        "bbc-politics-032",
        "18 February",
    ),
    _b27_c(
        "when",
        "In which month does the anti-terror detention measure come up for renewal, when the Lib"
        " Dems said they would vote against it?",
        "bbc-politics-097",
        "March",
    ),
    _b27_c(
        "when",
        "In what year did Michael Ferguson, the patient who escaped from Carstairs, attack a man"
        " in a doctors' surgery?",
        "bbc-politics-174",
        "1994",
    ),
    _b27_c(
        "when",
        "When did the Council of Scottish Colonels propose merging the Royal Scots with the "
        "King's Own Scottish Borderers?",
        "bbc-politics-245",
        "October",
    ),
    _b27_c(
        "when",
        "When did the House of Lords reject Lord Falconer's plea that the lord chancellor need "
        "not be a lawyer or a peer?",
        "bbc-politics-273",
        "December",
    ),
    _b27_c(
        "when",
        "The laws that set the current voting age date from what year, according to the report "
        "on letting teenagers become MPs?",
        "bbc-politics-345",
        "1695",
    ),
    _b27_c(
        "when",
        "When is Tim Montgomery's rescheduled hearing over the Balco doping charges?",
        "bbc-sport-035",
        "June next year",
    ),
    _b27_c(
        "when",
        "On what day were the Dragons playing Ulster without their Wales internationals?",
        "bbc-sport-316",
        "Friday",
    ),
    _b27_c(
        "when",
        "On what day was Ireland's Six Nations clash with England that Paul O'Connell said he "
        "was focused on?",
        "bbc-sport-409",
        "Sunday",
    ),
    _b27_c(
        "when",
        "By when does Intel expect products using its silicon laser breakthrough to appear?",
        "bbc-tech-019",
        "the end of the decade",
    ),
    _b27_c(
        "when",
        "According to the Panlogic report on China's net users, when are foreign banks due to "
        "arrive in China?",
        "bbc-tech-074",
        "2006",
    ),
    _b27_c(
        "when",
        "When was the Xbox game Halo 2 released in the UK?",
        "bbc-tech-178",
        "11 November",
    ),
    _b27_c(
        "when",
        "When is SK Telecom launching its satellite TV-to-mobile service in South Korea?",
        "bbc-tech-378",
        "May",
    ),
    _b27_c(
        "when",
        "In what year did Hurricane Mitch hit Central America, the disaster the World Bank "
        "compared to the Asian tsunami?",
        "bbc-business-353",
        "1998",
    ),
    _b27_c(
        "when",
        "When is the voice-controlled Opera 8.0 browser due for official release?",
        "bbc-tech-089",
        "the end of next month",
    ),
    # where
    _b27_c(
        "where",
        "Where was much of the hurricane rebuilding and clean-up work that boosted US "
        "construction jobs in October?",
        "bbc-business-134",
        "Florida",
    ),
    _b27_c(
        "where",
        "Chrysler was the only carmaker based in which US city to increase its market share in "
        "February, when GM and Ford cut output?",
        "bbc-business-099",
        "Detroit",
    ),
    _b27_c(
        "where",
        "In which city's trading did Brent crude rise when cold weather pushed US oil back above"
        " $50 a barrel?",
        "bbc-business-152",
        "London",
    ),
    _b27_c(
        "where",
        "On which city's stock exchange did Fiat shares jump after GM agreed to pay to get out "
        "of the put option deal?",
        "bbc-business-160",
        "Milan",
    ),
    _b27_c(
        "where",
        "Where did Alan Greenspan receive his honorary knighthood from the Queen?",
        "bbc-business-213",
        "Balmoral",
    ),
    _b27_c(
        "where",
        "Where is Arsenal's new Emirates Stadium, the one the club will move into before "
        "considering a full share listing?",
        "bbc-business-271",
        "Ashburton Grove",
    ),
    _b27_c(
        "where",
        "In which Indian Ocean country hit by the tsunami do two-thirds of all jobs depend on "
        "tourism?",
        "bbc-business-353",
        "Maldives|Maldives islands",
    ),
    _b27_c(
        "where",
        "In which city did Jamie Foxx accept his Screen Actors Guild award for playing Ray "
        "Charles?",
        "bbc-entertainment-051",
        "Los Angeles",
    ),
    _b27_c(
        "where",
        "Which city does R&B singer Jamelia come from?",
        "bbc-entertainment-254",
        "Birmingham",
    ),
    _b27_c(
        "where",
        "Pro-hunt protesters agreed to demonstrate on the other side of which river from "
        "Labour's spring conference?",
        "bbc-politics-032",
        "River Tyne",
    ),
    _b27_c(
        "where",
        "Apart from Belmarsh, at which prison were the terror suspects covered by the Law Lords "
        "ruling being held?",
        "bbc-politics-097",
        "Woodhill|Milton Keynes",
    ),
    _b27_c(
        "where",
        "In which town did Carstairs escapee Michael Ferguson slash a man in a doctors' surgery?",
        "bbc-politics-174",
        "Coatbridge",
    ),
    _b27_c(
        "where",
        "Which by-election did Tory Edward Turnour, thought to be the youngest ever MP, win aged"
        " 21?",
        "bbc-politics-345",
        "Horsham",
    ),
    _b27_c(
        "where",
        "Where did the Green Party put up a billboard accusing the government of lying over the "
        "Iraq war?",
        "bbc-politics-403",
        "Palace of Westminster",
    ),
    _b27_c(
        "where",
        "Where is the Balco laboratory at the centre of the doping case that got sprinter "
        "Michelle Collins banned based?",
        "bbc-sport-035",
        "San Francisco",
    ),
    _b27_c(
        "where",
        "In which city are the European Indoor Championships that Kelly Sotherton and Jade "
        "Johnson qualified for being held?",
        "bbc-sport-061",
        "Madrid",
    ),
    _b27_c(
        "where",
        "In which country is former Chelsea captain Marcel Desailly now winding down his career?",
        "bbc-sport-182",
        "Qatar",
    ),
    _b27_c(
        "where",
        "At which ground will Clive Woodward's Northern Hemisphere side play the tsunami IRB "
        "Rugby Aid match?",
        "bbc-sport-339",
        "Twickenham",
    ),
    _b27_c(
        "where",
        "Where are the Lions touring this summer, the trip Paul O'Connell has been tipped to "
        "captain?",
        "bbc-sport-409",
        "New Zealand",
    ),
    _b27_c(
        "where",
        "In which city did Tim Henman come from two sets down to beat Cyril Saulnier last year?",
        "bbc-sport-476",
        "Paris",
    ),
    _b27_c(
        "where",
        "In which Indian state are trials of Raj Reddy's PCtvt computer-television due to start?",
        "bbc-tech-199",
        "Andhra Pradesh",
    ),
    _b27_c(
        "where",
        "In which city is the university of Dr Erel Avineri, who questioned whether Toyota's "
        "robotic pods suit elderly users?",
        "bbc-tech-229",
        "Bristol",
    ),
    _b27_c(
        "where",
        "Where is Nokia planning a party this spring to launch its TV-to-mobile activities?",
        "bbc-tech-378",
        "Singapore",
    ),
    _b27_c(
        "where",
        "Where is Stuart Stanton-Davies, the reader who warned the BBC that the MMORPG problem "
        "would mushroom, from?",
        "bbc-tech-401",
        "Huddersfield",
    ),
    # how many
    _b27_c(
        "how many",
        "For how many developing countries does a single product bring in more than 20% of "
        "export income, according to the FAO?",
        "bbc-business-067",
        "43",
    ),
    _b27_c(
        "how many",
        "How much do almost 30 wealthy nations spend on agricultural subsidies, according to the"
        " FAO report?",
        "bbc-business-067",
        "$300bn",
    ),
    _b27_c(
        "how many",
        "When the US trade gap hit a record $671.7bn in 2004, how big was the deficit with China"
        " alone?",
        "bbc-business-024",
        "$162bn",
    ),
    _b27_c(
        "how many",
        "How much money has South Korea set aside for the first half of 2005 to boost its economy?",
        "bbc-business-258",
        "100 trillion won",
    ),
    _b27_c(
        "how many",
        "What economic growth rate target has South Korea set for 2005?",
        "bbc-business-258",
        "5%",
    ),
    _b27_c(
        "how many",
        "How many new construction jobs did the US add in October?",
        "bbc-business-134",
        "71,000",
    ),
    _b27_c(
        "how many",
        "How many seats will Arsenal's new stadium hold?",
        "bbc-business-271",
        "60,000",
    ),
    _b27_c(
        "how many",
        "How much in damages does Yukos plan to sue Baikal Finance Group and others for over the"
        " Yuganskneftegas sale?",
        "bbc-business-324",
        "$20bn",
    ),
    _b27_c(
        "how many",
        "What is the most Beijing residents pay in compulsory monthly fees for indoor parking, "
        "according to the story on parking charges?",
        "bbc-business-461",
        "400 yuan",
    ),
    _b27_c(
        "how many",
        "How many super casinos did the government's Gambling Bill originally plan for before "
        "Tessa Jowell's climbdown?",
        "bbc-politics-187",
        "40",
    ),
    _b27_c(
        "how many",
        "To what level does the Electoral Commission want national election spending limits cut?",
        "bbc-politics-059",
        "£15m",
    ),
    _b27_c(
        "how many",
        "How much will storing foreign intermediate-level nuclear waste in the UK raise for the "
        "nuclear clean-up, according to Patricia Hewitt?",
        "bbc-politics-146",
        "£680m",
    ),
    _b27_c(
        "how many",
        "By what margin did Gordon Brown forecast he would meet his golden rule, a figure "
        "Investec called way too optimistic?",
        "bbc-politics-021",
        "£8bn",
    ),
    _b27_c(
        "how many",
        "How many new seats do the Lib Dems think student votes could win them at the election?",
        "bbc-politics-213",
        "27",
    ),
    _b27_c(
        "how many",
        "Under the Army shake-up, Scotland's six single-battalion regiments would be cut to how "
        "many?",
        "bbc-politics-245",
        "five",
    ),
    _b27_c(
        "how many",
        "How many telephone numbers are registered with the Telephone Preference Service, in the"
        " story about parties making election cold calls?",
        "bbc-politics-337",
        "seven million",
    ),
    _b27_c(
        "how many",
        "What percentage of voters in the ICM poll for the BBC said politicians never give a "
        "straight answer?",
        "bbc-politics-403",
        "92%",
    ),
    _b27_c(
        "how many",
        "What was the crowd at Anfield when Liverpool beat 10-man Newcastle?",
        "bbc-sport-269",
        "43,856",
    ),
    _b27_c(
        "how many",
        "What was Ulster's lead over Borders before the Borders fightback in their Celtic League"
        " game?",
        "bbc-sport-384",
        "20-6",
    ),
    _b27_c(
        "how many",
        "What share of the junk mail filtered by Brightmail is spotted without looking at net "
        "addresses?",
        "bbc-tech-026",
        "90%",
    ),
    _b27_c(
        "how many",
        "At what capacity did Lycos Europe want its Make Love Not Spam screensaver to keep spam "
        "websites running?",
        "bbc-tech-147",
        "95%",
    ),
    _b27_c(
        "how many",
        "Roughly how many people use Opera, the Norwegian-born browser whose version 8.0 can be "
        "controlled by voice?",
        "bbc-tech-089",
        "10 million",
    ),
    _b27_c(
        "how many",
        "How many books is Harvard limiting its part in Google's library scanning project to?",
        "bbc-tech-236",
        "40,000",
    ),
    _b27_c(
        "how many",
        "How big is the hard drive on the larger Mac Mini model?",
        "bbc-tech-336",
        "80GB",
    ),
)
B27_NEAR_BBC_B = (
    "Who is the chairman of Baikal Finance Group, the little-known firm that bought "
    "Yuganskneftegas?",
    "Who founded 2d3, the UK company whose software matches real and virtual views for the "
    "digital Pompeii tour?",
    "Who coaches Borders, the bottom club beaten 20-19 by Ulster at Netherdale?",
    "Who runs Rockstar Games, the makers of the video game Manhunt?",
    "When will Google finish scanning the 19th Century books from Oxford's Bodleian Library?",
    "When did the EU-funded Lifeplus augmented reality project start?",
    "When did Raj Reddy join Carnegie Mellon University?",
    "When was Jamelia's comeback single Superstar released?",
    "When did Cyril Fletcher start presenting his gardening programme for Channel TV?",
    "Where was Carstairs escapee Michael Ferguson eventually caught?",
    "In which city is the anti-spam group Spamhaus based?",
    "Where is Panlogic, the analysts who predicted China would overtake the US in net users, "
    "based?",
    "In which city is Ciphertrust, the e-mail filtering firm whose UK managing director is David"
    " Stanley, headquartered?",
    "How many casinos are operating in the UK now, before Tessa Jowell's cap on new ones?",
    "How many copies of the violent video game Manhunt have been sold in the UK?",
    "How many people does Fiat, Italy's largest private employer, employ?",
    "How many fans watched Borders lose 20-19 to Ulster at Netherdale?",
    "How many members does the Countryside Alliance have?",
)


# -- Written twenty-eighth: a twenty-eighth batch, written blind in the sixth session
# of 2026-12-05, by writers who never saw how /news ask answers. All its articles were
# used by one earlier question each; its questions there ask for other facts. Its near
# misses ask for facts no article of the corpus states. Measured once when added, on the
# code of the session before (ad6db15).

_b28_c = partial(_c, batch=28)
B28_BBC_A = (
    # who
    _b28_c(
        "who",
        "Who is the new Mitsubishi Motors chief executive who welcomed the SUV supply deal with "
        "Peugeot?",
        "bbc-business-013",
        "Takashi Nishioka",
    ),
    _b28_c(
        "who",
        "Who is the Nestle boss who said selling Perrier was still an option?",
        "bbc-business-050",
        "Peter Brabeck-Letmathe",
    ),
    _b28_c(
        "who",
        "Who led the delegation of European firms that lobbied the SEC over the Sarbanes-Oxley "
        "rules in December?",
        "bbc-business-215",
        "Digby Jones",
    ),
    _b28_c(
        "who",
        "Which Solaris Asset Management investment chief said markets were relieved to have a "
        "decision after Bush's re-election?",
        "bbc-business-294",
        "Tim Ghriskey",
    ),
    _b28_c(
        "who",
        "Who is the Euronext chief due to meet LSE boss Clara Furse about a possible bid for the"
        " London exchange?",
        "bbc-business-392",
        "Jean-Francois Theodore",
    ),
    _b28_c(
        "who",
        "Which EU trade commissioner announced talks with the US on ending subsidies to Airbus "
        "and Boeing?",
        "bbc-business-424",
        "Peter Mandelson|Mr Mandelson",
    ),
    _b28_c(
        "who",
        "Which ING Barings economist said there was no sign of a slowdown in China's economy in "
        "2005?",
        "bbc-business-493",
        "Tim Congdon",
    ),
    _b28_c(
        "who",
        "What is the name of the child heroine of Philip Pullman's His Dark Materials books, "
        "which Chris Weitz is filming?",
        "bbc-entertainment-094",
        "Lyra Belacqua",
    ),
    _b28_c(
        "who",
        "Which Fox TV host did George Clooney clash with over whether Tsunami Aid money would "
        "reach the victims?",
        "bbc-entertainment-182",
        "Bill O'Reilly|O'Reilly",
    ),
    _b28_c(
        "who",
        "Who is the BPI chairman who credited new British acts like Keane and Scissor Sisters "
        "with boosting UK music sales?",
        "bbc-entertainment-321",
        "Peter Jameson|Mr Jameson",
    ),
    _b28_c(
        "who",
        "Which former cabinet secretary, Lord Butler's predecessor, backed his criticism of "
        "Blair's style of government on Newsnight?",
        "bbc-politics-027",
        "Lord Armstrong",
    ),
    _b28_c(
        "who",
        "Which Parliamentary standards watchdog is looking into David Blunkett giving free rail "
        "tickets to Kimberly Quinn?",
        "bbc-politics-046",
        "Sir Philip Mawer",
    ),
    _b28_c(
        "who",
        "Who is the director of the anti-EU constitution campaign group Vote No?",
        "bbc-politics-142",
        "Neil O'Brien",
    ),
    _b28_c(
        "who",
        "Which senior law lord said holding foreign terror suspects without trial was "
        "incompatible with the European Convention on Human Rights?",
        "bbc-politics-221",
        "Lord Bingham",
    ),
    _b28_c(
        "who",
        "In Prince of Persia: Warrior Within, who does the prince have to kill to get rid of the"
        " Dahaka?",
        "bbc-tech-218",
        "Empress Of Time",
    ),
    _b28_c(
        "who",
        "Which Irish 10,000m runner got a two-year ban after testing positive for EPO just "
        "before the Athens Olympics?",
        "bbc-sport-030",
        "Cathal Lombard|Lombard",
    ),
    _b28_c(
        "who",
        "Who was the Rangers manager who got his first win at Celtic Park when Vignal and Novo "
        "scored?",
        "bbc-sport-146",
        "Alex McLeish|McLeish",
    ),
    _b28_c(
        "who",
        "Who did Brian Kerr succeed as Republic of Ireland manager?",
        "bbc-sport-217",
        "Mick McCarthy",
    ),
    _b28_c(
        "who",
        "Who is the Newcastle chairman who accused Craig Bellamy of cheating the club?",
        "bbc-sport-260",
        "Freddy Shepherd|Shepherd",
    ),
    _b28_c(
        "who",
        "Which England player put them ahead late on before Gavin Henson's winning penalty for "
        "Wales in Cardiff?",
        "bbc-sport-303",
        "Charlie Hodgson",
    ),
    _b28_c(
        "who",
        "Who will Lleyton Hewitt face in the Australian Open semi-finals after beating David "
        "Nalbandian?",
        "bbc-sport-483",
        "Andy Roddick",
    ),
    _b28_c(
        "who",
        "Which Texas Instruments marketing vice president talked about bringing multimedia to "
        "'meat-and-potatoes phones'?",
        "bbc-tech-050",
        "Doug Rasor",
    ),
    _b28_c(
        "who",
        "Who is the Finjan spokesman who warned about the Bofra virus spreading through web links?",
        "bbc-tech-210",
        "Tim Warner|Mr Warner",
    ),
    _b28_c(
        "who",
        "Which judge ruled that Apple could get e-mail records from the bloggers who leaked "
        "details of its Asteroid product?",
        "bbc-tech-355",
        "James Kleinberg|Judge Kleinberg",
    ),
    _b28_c(
        "who",
        "Who is the chief executive of mobile music firm Musiwave?",
        "bbc-tech-383",
        "Gilles Babinet|Mr Babinet",
    ),
    # when
    _b28_c(
        "when",
        "Since when has Mitsubishi Motors been making cars for Nissan?",
        "bbc-business-013",
        "2003",
    ),
    _b28_c(
        "when",
        "When did the European Commission send Vodafone and O2 statements of objections over "
        "their UK roaming charges?",
        "bbc-business-113",
        "July last year",
    ),
    _b28_c(
        "when",
        "When did the Bush administration bring in even tighter restrictions on Cuba?",
        "bbc-business-200",
        "May",
    ),
    _b28_c(
        "when",
        "When does the Sarbanes-Oxley Act come into force?",
        "bbc-business-215",
        "mid-2005",
    ),
    _b28_c(
        "when",
        "On what day was the forced auction of Yukos's main production unit that Baikal won?",
        "bbc-business-332",
        "Sunday",
    ),
    _b28_c(
        "when",
        "On which day was Deutsche Boerse chief Werner Seifert due to meet LSE boss Clara Furse?",
        "bbc-business-392",
        "Thursday",
    ),
    _b28_c(
        "when",
        "In what year was the EU-US deal limiting subsidies to civil aircraft makers, which the "
        "US later scrapped, reached?",
        "bbc-business-424",
        "1992",
    ),
    _b28_c(
        "when",
        "On what day was NBC's Tsunami Aid special with Brad Pitt and Robert De Niro going out?",
        "bbc-entertainment-182",
        "Saturday",
    ),
    _b28_c(
        "when",
        "When did BBC One's drama Pompei pull in 10 million viewers?",
        "bbc-entertainment-214",
        "October 2003",
    ),
    _b28_c(
        "when",
        "When did Kanye West's Through the Wire become his first UK hit?",
        "bbc-entertainment-259",
        "April 2004",
    ),
    _b28_c(
        "when",
        "When was the government's Iraq weapons dossier that Lord Butler criticised published?",
        "bbc-politics-027",
        "September 2002",
    ),
    _b28_c(
        "when",
        "On what day did Lord Scarman die?",
        "bbc-politics-119",
        "Wednesday",
    ),
    _b28_c(
        "when",
        "When is the UK's referendum on the EU constitution expected to take place?",
        "bbc-politics-142",
        "2006|spring 2006",
    ),
    _b28_c(
        "when",
        "When did the law lords rule against detaining foreign terror suspects, on Charles "
        "Clarke's first day as home secretary?",
        "bbc-politics-221",
        "last Thursday",
    ),
    _b28_c(
        "when",
        "When is the next general election widely expected to be held, as Charles Kennedy tours "
        "the country for the Lib Dems?",
        "bbc-politics-338",
        "5 May",
    ),
    _b28_c(
        "when",
        "When was individual electoral registration introduced in Northern Ireland?",
        "bbc-politics-372",
        "2002",
    ),
    _b28_c(
        "when",
        "When was Paul Boateng first elected to Parliament?",
        "bbc-politics-407",
        "1987",
    ),
    _b28_c(
        "when",
        "When was Annadale Striders athlete Andy Campbell found dead at his home?",
        "bbc-sport-030",
        "18 December",
    ),
    _b28_c(
        "when",
        "In what year did Maurice Greene set the 60m world record that Jason Gardener hopes to "
        "get closer to?",
        "bbc-sport-075",
        "1998",
    ),
    _b28_c(
        "when",
        "By what year does the WSIS campaign aim for 50% of people to have access to telephones?",
        "bbc-tech-033",
        "2015",
    ),
    _b28_c(
        "when",
        "By when is the first stage of NTT DoCoMo and Vodafone's 'super 3G' network development "
        "due to be finished?",
        "bbc-tech-050",
        "2007",
    ),
    _b28_c(
        "when",
        "By when does Gartner expect most camera phones to take pictures of more than two "
        "megapixels?",
        "bbc-tech-103",
        "mid-2005",
    ),
    _b28_c(
        "when",
        "In which month do you have to sign up to BT broadband to get its free internet phone "
        "calls offer?",
        "bbc-tech-136",
        "December",
    ),
    # where
    _b28_c(
        "where",
        "Where will the sports utility vehicles Mitsubishi is supplying to Peugeot be built?",
        "bbc-business-013",
        "Japan",
    ),
    _b28_c(
        "where",
        "In which Swedish town is the loss-making Saab factory that will build the Cadillac BLS?",
        "bbc-business-149",
        "Trollhaettan",
    ),
    _b28_c(
        "where",
        "Which country did Barclays Capital's Jose Barrionuevo point to as an example of a "
        "currency black market when discussing Cuba's dollar tax?",
        "bbc-business-200",
        "Venezuela",
    ),
    _b28_c(
        "where",
        "Where were the 1993 floods that a University of Delaware study found left 70% of local "
        "businesses no worse off?",
        "bbc-business-261",
        "Des Moines",
    ),
    _b28_c(
        "where",
        "Where will Air China have its primary listing, with London as its secondary one?",
        "bbc-business-269",
        "Hong Kong",
    ),
    _b28_c(
        "where",
        "Where did Vladimir Putin hold the year-end press conference at which he defended "
        "Rosneft buying the Yukos unit?",
        "bbc-business-332",
        "Moscow",
    ),
    _b28_c(
        "where",
        "Which London square is the National Gallery on, whose pedestrianisation helped boost "
        "its visitor numbers?",
        "bbc-entertainment-026",
        "Trafalgar Square",
    ),
    _b28_c(
        "where",
        "In which city is the young heroine of His Dark Materials a schoolchild?",
        "bbc-entertainment-094",
        "Oxford",
    ),
    _b28_c(
        "where",
        "Which city's film festival dropped its red carpet opening night because of the tsunami "
        "and gave its ticket money to charity?",
        "bbc-entertainment-182",
        "Bangkok",
    ),
    _b28_c(
        "where",
        "Where had Kanye West been at a late-night recording session before the car crash that "
        "broke his jaw?",
        "bbc-entertainment-259",
        "Los Angeles",
    ),
    _b28_c(
        "where",
        "Which city did Tony Blair visit with David Blunkett in a show of unity during the "
        "inquiries into the home secretary?",
        "bbc-politics-046",
        "Sheffield",
    ),
    _b28_c(
        "where",
        "In which part of London did the 1981 riots investigated by Lord Scarman begin?",
        "bbc-politics-119",
        "Brixton",
    ),
    _b28_c(
        "where",
        "At which London police station were the four Britons freed from Guantanamo Bay held for"
        " questioning?",
        "bbc-politics-151",
        "Paddington Green",
    ),
    _b28_c(
        "where",
        "Which constituency is Conservative policy co-ordinator David Cameron MP for?",
        "bbc-politics-252",
        "Witney",
    ),
    _b28_c(
        "where",
        "Where was ex-Cabinet minister Helen Liddell to become high commissioner, an appointment"
        " Michael Ancram attacked along with Paul Boateng's?",
        "bbc-politics-407",
        "Australia",
    ),
    _b28_c(
        "where",
        "Where did Sonia O'Sullivan win the Flora Lite 5K road race a few weeks after the Athens"
        " Olympics?",
        "bbc-sport-030",
        "London",
    ),
    _b28_c(
        "where",
        "Where did Jason Gardener win his Olympic 100m relay gold?",
        "bbc-sport-075",
        "Athens",
    ),
    _b28_c(
        "where",
        "Where will Arsenal play their FA Cup quarter-final after knocking out Sheffield United "
        "on penalties?",
        "bbc-sport-163",
        "Bolton",
    ),
    _b28_c(
        "where",
        "Where do Wales play their next Six Nations match after beating England in Cardiff?",
        "bbc-sport-303",
        "Italy",
    ),
    _b28_c(
        "where",
        "In which city do France play Ireland in the Six Nations, the game Philippe Sella calls "
        "France's hardest?",
        "bbc-sport-327",
        "Dublin",
    ),
    _b28_c(
        "where",
        "At which ground did Ronan O'Gara's injury-time drop goal beat Argentina 21-19?",
        "bbc-sport-380",
        "Lansdowne Road",
    ),
    _b28_c(
        "where",
        "At which Los Angeles arena, where the Lakers play, is the WTA Tour Championships being "
        "held?",
        "bbc-sport-474",
        "Staples Centre",
    ),
    _b28_c(
        "where",
        "In which country will 95% of mobiles sold have cameras by 2008, according to Gartner?",
        "bbc-tech-103",
        "Japan",
    ),
    _b28_c(
        "where",
        "In which county's superior court did Apple win its fight to make bloggers reveal their "
        "sources?",
        "bbc-tech-355",
        "Santa Clara County",
    ),
    _b28_c(
        "where",
        "In which region does most of EMI's digital revenue come from mobile phones, according "
        "to Ted Cohen?",
        "bbc-tech-383",
        "Asia",
    ),
    # how many
    _b28_c(
        "how many",
        "How much is Nestle planning to spend buying back its own shares?",
        "bbc-business-050",
        "1bn Swiss francs",
    ),
    _b28_c(
        "how many",
        "Up to what share of their annual turnover could the European Commission fine Vodafone "
        "and T-Mobile over roaming charges?",
        "bbc-business-113",
        "10%",
    ),
    _b28_c(
        "how many",
        "How many test cars is GM putting out across Europe so drivers can try Opel and Vauxhall"
        " models?",
        "bbc-business-149",
        "35,000",
    ),
    _b28_c(
        "how many",
        "How big is the global capital market, according to the BBC piece on stock markets "
        "shrugging off the tsunami?",
        "bbc-business-261",
        "$30 trillion",
    ),
    _b28_c(
        "how many",
        "How many new planes did Airbus agree to sell to Air China during Gerhard Schroeder's "
        "trip to Beijing?",
        "bbc-business-269",
        "23",
    ),
    _b28_c(
        "how many",
        "At what level did the Dow Jones close as Wall Street cheered George W Bush's election "
        "win?",
        "bbc-business-294",
        "10,137",
    ),
    _b28_c(
        "how many",
        "How much per share did Deutsche Boerse offer for the London Stock Exchange last month?",
        "bbc-business-392",
        "530 pence",
    ),
    _b28_c(
        "how many",
        "How many visitors did the National Gallery get in 2004?",
        "bbc-entertainment-026",
        "Five million",
    ),
    _b28_c(
        "how many",
        "How much is BBC One's winter schedule, with Supervolcano and the return of Doctor Who, "
        "worth?",
        "bbc-entertainment-214",
        "£178m",
    ),
    _b28_c(
        "how many",
        "Roughly how many albums are released in the UK each year?",
        "bbc-entertainment-321",
        "26,000",
    ),
    _b28_c(
        "how many",
        "How much did David Blunkett pay back for the first class rail tickets he gave Kimberly "
        "Quinn?",
        "bbc-politics-046",
        "£180",
    ),
    _b28_c(
        "how many",
        "How much in efficiency savings do the Tories say would let them improve services and "
        "cut taxes, in the debate over the Lib Dems' tax plans?",
        "bbc-politics-283",
        "£35bn",
    ),
    _b28_c(
        "how many",
        "How much less was Gordon Brown's council tax rebate for pensioners than the Tories' "
        "offer, according to Michael Howard?",
        "bbc-politics-364",
        "£300",
    ),
    _b28_c(
        "how many",
        "About how many people eligible to vote in the UK are not registered, according to the "
        "MPs' report on electoral fraud?",
        "bbc-politics-372",
        "three million",
    ),
    _b28_c(
        "how many",
        "How many Old Firm derbies in a row had Celtic gone unbeaten at home before Rangers won "
        "at Celtic Park?",
        "bbc-sport-146",
        "11",
    ),
    _b28_c(
        "how many",
        "What was the crowd at Sheffield United's FA Cup replay against Arsenal that went to "
        "penalties?",
        "bbc-sport-163",
        "27,595",
    ),
    _b28_c(
        "how many",
        "How many home games have the Republic of Ireland gone unbeaten since Brian Kerr took "
        "over?",
        "bbc-sport-217",
        "14",
    ),
    _b28_c(
        "how many",
        "How many penalties did Ronan O'Gara kick in Ireland's 21-19 win over Argentina?",
        "bbc-sport-380",
        "five",
    ),
    _b28_c(
        "how many",
        "How long did Amelie Mauresmo need to beat Vera Zvonareva at the Tour Championships?",
        "bbc-sport-474",
        "54 minutes",
    ),
    _b28_c(
        "how many",
        "What share of the world's population has access to a mobile network, according to the "
        "World Bank report on the digital divide?",
        "bbc-tech-033",
        "77%",
    ),
    _b28_c(
        "how many",
        "How many broadband subscribers does BT have?",
        "bbc-tech-136",
        "1.3 million",
    ),
    _b28_c(
        "how many",
        "How many different mobile game titles does Wireless Gaming Review list for some UK "
        "networks?",
        "bbc-tech-311",
        "200",
    ),
    _b28_c(
        "how many",
        "How much faster can Rambus's XDR memory, which goes with the Cell processor, run than "
        "Intel's current standard?",
        "bbc-tech-319",
        "eight times",
    ),
    _b28_c(
        "how many",
        "How many downloads are in the EMI catalogue it offers for both PCs and mobile phones?",
        "bbc-tech-383",
        "200,000",
    ),
)
B28_NEAR_BBC_A = (
    "Who is the chief executive of Peugeot, the French car maker buying sports utility vehicles "
    "from Mitsubishi?",
    "Who directed the BBC One docu-drama Supervolcano about an eruption at Yellowstone?",
    "Who refereed Ireland's 21-19 win over Argentina at Lansdowne Road?",
    "Who is the boss of Sony Ericsson, whose profits tripled thanks to camera phones?",
    "When will the Cadillac BLS built at Saab's Swedish factory go on sale in Europe?",
    "When did Nestle buy the French mineral water brand Perrier?",
    "When will Apple launch the Asteroid product whose details were leaked to bloggers?",
    "When will Lord Scarman's funeral take place?",
    "Where was Lord Scarman, who led the Brixton riots inquiry, born?",
    "Where is mobile music firm Musiwave based?",
    "Where is anti-virus firm Finjan headquartered?",
    "How many Cadillac BLS cars a year will Saab's Swedish factory build?",
    "How many people does Nestle's Perrier mineral water business employ?",
    "How many visitors did Blackpool Pleasure Beach attract in 2004?",
)
B28_BBC_B = (
    # who
    _b28_c(
        "who",
        "Who at IT firm Dimension Data spoke about call centre customers losing patience?",
        "bbc-business-020",
        "Cara Diemont|Ms Diemont",
    ),
    _b28_c(
        "who",
        "Who runs Standard Life's life and pensions division, and defended its with-profits "
        "payouts after the bonus cuts?",
        "bbc-business-206",
        "John Gill|Mr Gill",
    ),
    _b28_c(
        "who",
        "Who is the chairwoman of James Hardie, which agreed an asbestos compensation deal?",
        "bbc-business-337",
        "Meredith Hellicar",
    ),
    _b28_c(
        "who",
        "What was the name of Marlon Brando's assistant who urged him to read The Godfather?",
        "bbc-entertainment-056",
        "Alice Marchak",
    ),
    _b28_c(
        "who",
        "Which songwriter, known for his work with Robbie Williams, backed the anti-piracy "
        "lessons for school pupils?",
        "bbc-entertainment-148",
        "Guy Chambers|Chambers",
    ),
    _b28_c(
        "who",
        "Who is the Radio 1 controller who announced the One Music shows replacing John Peel's "
        "programme?",
        "bbc-entertainment-231",
        "Andy Parfitt",
    ),
    _b28_c(
        "who",
        "Which Welsh culture minister called it crass and ignorant to compare the assembly "
        "government with Hitler's Germany?",
        "bbc-politics-039",
        "Alun Pugh|Mr Pugh",
    ),
    _b28_c(
        "who",
        "Which judge said three Aston councillors were running a vote-forging factory on an "
        "industrial estate?",
        "bbc-politics-148",
        "Richard Mawrey|Mr Mawrey",
    ),
    _b28_c(
        "who",
        "Who is standing for Save the Scottish Regiments against armed forces minister Adam "
        "Ingram?",
        "bbc-politics-238",
        "Allan Hendry",
    ),
    _b28_c(
        "who",
        "Which Treasury chief secretary attacked the Conservatives' plans to abolish 162 quangos?",
        "bbc-politics-265",
        "Paul Boateng",
    ),
    _b28_c(
        "who",
        "Which Operation Black Vote campaigner said all-black shortlists were the only way to "
        "get more minority candidates, after Labour's West Ham selection?",
        "bbc-politics-318",
        "Ashok Vishwanathan|Mr Vishwanathan",
    ),
    _b28_c(
        "who",
        "Which Labour minister for women accused the Lib Dems of making false promises in their "
        "women's manifesto?",
        "bbc-politics-340",
        "Jacqui Smith",
    ),
    _b28_c(
        "who",
        "Which Tory shadow family secretary called Lord Falconer's child access plans inadequate?",
        "bbc-politics-390",
        "Theresa May",
    ),
    _b28_c(
        "who",
        "Which Egypt coach dropped Mido after he missed a national call-up claiming a groin "
        "injury?",
        "bbc-sport-100",
        "Marco Tardelli",
    ),
    _b28_c(
        "who",
        "Which Southampton manager was due to go with David Prutton to his FA disciplinary "
        "hearing?",
        "bbc-sport-166",
        "Harry Redknapp|Redknapp",
    ),
    _b28_c(
        "who",
        "Which former Arsenal goalkeeper said Jens Lehmann deserved another chance after being "
        "dropped for Almunia?",
        "bbc-sport-227",
        "David Seaman|Seaman",
    ),
    _b28_c(
        "who",
        "Who refereed Portsmouth v Arsenal when Sol Campbell scored the only goal?",
        "bbc-sport-268",
        "Howard Webb|Webb",
    ),
    _b28_c(
        "who",
        "Who did Marat Safin beat at the Australian Open despite turning his ankle in the fourth"
        " set?",
        "bbc-sport-480",
        "Mario Ancic|Ancic",
    ),
    _b28_c(
        "who",
        "Who heads the MPAA, which released the Parent File Scan software?",
        "bbc-tech-091",
        "Dan Glickman|Mr Glickman",
    ),
    _b28_c(
        "who",
        "Who is the chief operating officer of France's TNT digital terrestrial TV platform?",
        "bbc-tech-371",
        "Olivier Gerolami|Mr Gerolami",
    ),
    _b28_c(
        "who",
        "Who is head of group marketing at Transport for London, who spoke about the infra-red "
        "posters for safe travel at night?",
        "bbc-tech-230",
        "Nigel Marson",
    ),
    _b28_c(
        "who",
        "Which PC Pro deputy labs editor said the upgrade path matters most when buying a cheap "
        "PC, in the comparison with Apple's Mac mini?",
        "bbc-tech-301",
        "Nick Ross",
    ),
    _b28_c(
        "who",
        "Which ING analyst said people had been over-ambitious about how quickly Cairn Energy "
        "could develop its Indian oil reserves?",
        "bbc-business-307",
        "Jason Kenney",
    ),
    _b28_c(
        "who",
        "Which Ireland flanker scooped the ball away to stop Josh Lewsey touching down near the "
        "end of the win over England?",
        "bbc-sport-404",
        "Johnny O'Connor",
    ),
    _b28_c(
        "who",
        "Which fired flight attendant blogger is a deputy director of the Committee to Protect "
        "Bloggers?",
        "bbc-tech-016",
        "Ellen Simonetti",
    ),
    # when
    _b28_c(
        "when",
        "By what date must US government lawyers file their appeal in the $280bn tobacco "
        "racketeering case?",
        "bbc-business-104",
        "21 March",
    ),
    _b28_c(
        "when",
        "In which year was Standard Life looking to float on the stock market?",
        "bbc-business-206",
        "2006",
    ),
    _b28_c(
        "when",
        "Children born after what date qualify for the government's Child Trust Fund?",
        "bbc-business-268",
        "1st September 2002",
    ),
    _b28_c(
        "when",
        "In what year did James Hardie set up its first fund to compensate asbestos victims?",
        "bbc-business-337",
        "2001",
    ),
    _b28_c(
        "when",
        "In which year did Laura Ashley float on the London Stock Exchange?",
        "bbc-business-393",
        "1995",
    ),
    _b28_c(
        "when",
        "On which day were the 12 eurozone finance ministers due to meet to discuss the "
        "stability pact, after Schroeder called for reform?",
        "bbc-business-457",
        "Monday",
    ),
    _b28_c(
        "when",
        "In what year did ballerina Alicia Markova retire from dancing?",
        "bbc-entertainment-021",
        "1963",
    ),
    _b28_c(
        "when",
        "From what date will the One Music shows take over John Peel's old Radio 1 slot?",
        "bbc-entertainment-231",
        "1 February",
    ),
    _b28_c(
        "when",
        "When did Johnny Depp's film career begin with A Nightmare On Elm Street?",
        "bbc-entertainment-316",
        "1984",
    ),
    _b28_c(
        "when",
        "On what dates is the Golden Rose television festival being held?",
        "bbc-entertainment-191",
        "3-8 May",
    ),
    _b28_c(
        "when",
        "In what year did Shani Rhys James win the Jerwood painting prize?",
        "bbc-politics-039",
        "2003",
    ),
    _b28_c(
        "when",
        "When are top-up fees in England due to come in, according to the story about English "
        "students applying to Scottish universities?",
        "bbc-politics-047",
        "autumn 2006",
    ),
    _b28_c(
        "when",
        "On what date was the local election at the centre of the Aston ward vote-rigging case "
        "in Birmingham?",
        "bbc-politics-148",
        "10 June|June 2004",
    ),
    _b28_c(
        "when",
        "When is Charles Kennedy's first child due?",
        "bbc-politics-340",
        "April",
    ),
    _b28_c(
        "when",
        "When has the judge provisionally set the Balco steroid trial to take place?",
        "bbc-sport-045",
        "March",
    ),
    _b28_c(
        "when",
        "In what year did Paolo di Canio push referee Paul Alcock over?",
        "bbc-sport-166",
        "1998",
    ),
    _b28_c(
        "when",
        "When were the first US convictions for peer-to-peer piracy handed out, according to the"
        " story on the MPAA's Parent File Scan?",
        "bbc-tech-091",
        "January",
    ),
    _b28_c(
        "when",
        "When did UK broadband households first outnumber dial-up users, according to the Office"
        " of National Statistics?",
        "bbc-tech-316",
        "July last year|July",
    ),
    _b28_c(
        "when",
        "Since when has the US Federal Reserve been raising interest rates gradually, according "
        "to the report on January's producer price jump?",
        "bbc-business-163",
        "June 2004",
    ),
    _b28_c(
        "when",
        "By what year does the government want every pupil to get two hours of PE a week, under "
        "Tony Blair's school sport plan?",
        "bbc-politics-181",
        "2010",
    ),
    _b28_c(
        "when",
        "When did some economists warn the Fed might raise US rates again, after it lifted them "
        "to 2%?",
        "bbc-business-121",
        "December",
    ),
    _b28_c(
        "when",
        "By what year does French regulator the CSA aim to bring digital terrestrial TV to 85% "
        "of the population?",
        "bbc-tech-371",
        "2007",
    ),
    _b28_c(
        "when",
        "In what year did Annette Bening get her breakthrough role as con artist Myra Langtry in"
        " The Grifters?",
        "bbc-entertainment-325",
        "1990",
    ),
    _b28_c(
        "when",
        "Since when has Mido been left out of the Egypt national team?",
        "bbc-sport-100",
        "July last year",
    ),
    _b28_c(
        "when",
        "When is the general election likely to be held, according to Families Need Fathers' Jim"
        " Parton?",
        "bbc-politics-390",
        "May",
    ),
    # where
    _b28_c(
        "where",
        "Which city was Alicia Markova, Britain's first prima ballerina of the modern age, born "
        "in?",
        "bbc-entertainment-021",
        "London",
    ),
    _b28_c(
        "where",
        "In which US state was the Finding Neverland star Johnny Depp born?",
        "bbc-entertainment-316",
        "Kentucky",
    ),
    _b28_c(
        "where",
        "In which US state was actress Annette Bening born?",
        "bbc-entertainment-325",
        "Texas",
    ),
    _b28_c(
        "where",
        "Near which village does Welsh painter Shani Rhys James have her studio?",
        "bbc-politics-039",
        "Llangadfan",
    ),
    _b28_c(
        "where",
        "Off which road was the warehouse where police found Birmingham councillors handling "
        "unsealed postal ballots?",
        "bbc-politics-148",
        "Birch Road East",
    ),
    _b28_c(
        "where",
        "Where will Save the Scottish Regiments join other campaigners for a rally in the spring?",
        "bbc-politics-238",
        "London",
    ),
    _b28_c(
        "where",
        "To which region are 300 Department of Health jobs moving out of London, as part of the "
        "civil service relocations?",
        "bbc-politics-365",
        "Yorkshire",
    ),
    _b28_c(
        "where",
        "In which city was the pre-trial hearing where the judge refused to dismiss the Balco "
        "steroids case?",
        "bbc-sport-045",
        "San Francisco",
    ),
    _b28_c(
        "where",
        "At which university does Richard Bowden, creator of the virtual face Jeremiah, lecture?",
        "bbc-tech-143",
        "University of Surrey",
    ),
    _b28_c(
        "where",
        "In which country is NEC's phone that can show analogue TV on sale, as shown at CeBit?",
        "bbc-tech-395",
        "China",
    ),
    _b28_c(
        "where",
        "Where was the Laura Ashley business originally founded?",
        "bbc-business-393",
        "Kent",
    ),
    _b28_c(
        "where",
        "In which country did US Treasury Secretary John Snow say the strong dollar policy was "
        "unchanged?",
        "bbc-business-273",
        "UK",
    ),
    _b28_c(
        "where",
        "In which country was Danny Grewcock sent off in a Test, becoming only the second "
        "England player to be dismissed?",
        "bbc-sport-307",
        "New Zealand",
    ),
    _b28_c(
        "where",
        "At which ground did Hearts lose 2-1 to Rangers in the match where Saulius Mikoliunas "
        "was sent off?",
        "bbc-sport-147",
        "Tynecastle",
    ),
    _b28_c(
        "where",
        "In which city was the debate held to launch the music piracy lessons for secondary "
        "schools?",
        "bbc-entertainment-148",
        "London",
    ),
    _b28_c(
        "where",
        "Where did Rolf Harris lead the effort to create a life-size painting for his Golden "
        "Rose-nominated programme?",
        "bbc-entertainment-191",
        "Trafalgar Square",
    ),
    _b28_c(
        "where",
        "In which country are bloggers Arash Sigarchi and Mojtaba Saminejad imprisoned?",
        "bbc-tech-016",
        "Iran",
    ),
    _b28_c(
        "where",
        "At which institution is Anthony Sebok, who commented on the tobacco appeal, a professor?",
        "bbc-business-104",
        "Brooklyn Law School",
    ),
    _b28_c(
        "where",
        "In which country did 45% of people Ericsson questioned use their camera phone at least "
        "once a month?",
        "bbc-tech-212",
        "Japan",
    ),
    _b28_c(
        "where",
        "In which city did Alan Johnson speak at Age Concern's Age Agenda conference about "
        "scrapping the retirement age?",
        "bbc-politics-132",
        "London",
    ),
    _b28_c(
        "where",
        "In which country does Maurice Greene have another indoor meeting before going back to "
        "outdoor training?",
        "bbc-sport-003",
        "France",
    ),
    _b28_c(
        "where",
        "Where did a 14-year-old Alicia Markova join Sergei Diaghilev's Ballets Russes?",
        "bbc-entertainment-021",
        "Monte Carlo",
    ),
    _b28_c(
        "where",
        "Where are many of the criminal gangs behind profit-driven viruses based, according to "
        "the story on women buying net security software?",
        "bbc-tech-316",
        "Eastern Europe",
    ),
    _b28_c(
        "where",
        "Where does Laura Ashley still have its main UK factory?",
        "bbc-business-393",
        "Mid Wales",
    ),
    _b28_c(
        "where",
        "Where will France play their opening Six Nations game, according to the review of "
        "rugby's November internationals?",
        "bbc-sport-368",
        "Paris",
    ),
    # how many
    _b28_c(
        "how many",
        "How many call centres took part in the Dimension Data survey on caller patience?",
        "bbc-business-020",
        "166",
    ),
    _b28_c(
        "how many",
        "Where did the Dow Jones close on the day the Fed raised US interest rates to 2%?",
        "bbc-business-121",
        "10,385.48",
    ),
    _b28_c(
        "how many",
        "What did the University of Michigan consumer confidence index fall to in early February?",
        "bbc-business-163",
        "94.2",
    ),
    _b28_c(
        "how many",
        "How much a year can parents and relatives add to a child's Child Trust Fund?",
        "bbc-business-268",
        "£1,200",
    ),
    _b28_c(
        "how many",
        "How much did Tokyo's Nikkei 225 fall on the day weak dollar fears hit markets after the"
        " G20 meeting?",
        "bbc-business-273",
        "2.11%",
    ),
    _b28_c(
        "how many",
        "By what percentage did Cairn Energy shares close down after its disappointing Indian "
        "drilling update?",
        "bbc-business-307",
        "18%",
    ),
    _b28_c(
        "how many",
        "How much has James Hardie agreed to pay to victims of asbestos-related diseases?",
        "bbc-business-337",
        "$1.1bn|£568m",
    ),
    _b28_c(
        "how many",
        "At what age did the Godfather star Marlon Brando die?",
        "bbc-entertainment-056",
        "80",
    ),
    _b28_c(
        "how many",
        "How many children do Annette Bening and Warren Beatty have?",
        "bbc-entertainment-325",
        "four",
    ),
    _b28_c(
        "how many",
        "By what percentage did applications from England and Wales to Scottish universities rise?",
        "bbc-politics-047",
        "17%",
    ),
    _b28_c(
        "how many",
        "What employment rate is Alan Johnson's work and pensions department aiming for in the "
        "long term?",
        "bbc-politics-132",
        "80%",
    ),
    _b28_c(
        "how many",
        "How many specialist sport colleges will there be under Tony Blair's £500m school sport "
        "plan?",
        "bbc-politics-181",
        "400",
    ),
    _b28_c(
        "how many",
        "How much do the Tories say their plan to scrap quangos and government units would save?",
        "bbc-politics-265",
        "£4.3bn",
    ),
    _b28_c(
        "how many",
        "How many MPs are from a visible ethnic minority group, according to the story on "
        "Labour's West Ham selection?",
        "bbc-politics-318",
        "13",
    ),
    _b28_c(
        "how many",
        "How many jobs are to go at the Department for Work and Pensions under the Whitehall cuts?",
        "bbc-politics-365",
        "30,000",
    ),
    _b28_c(
        "how many",
        "How many Hearts fans were arrested for throwing coins in the game against Rangers at "
        "Tynecastle?",
        "bbc-sport-147",
        "three",
    ),
    _b28_c(
        "how many",
        "What was the attendance when Sol Campbell's goal won it for Arsenal at Portsmouth?",
        "bbc-sport-268",
        "20,170",
    ),
    _b28_c(
        "how many",
        "How long did Dominik Hrbaty's five-set win over the 10th seed at the Australian Open "
        "last?",
        "bbc-sport-480",
        "four hours and 21 minutes",
    ),
    _b28_c(
        "how many",
        "How many drug molecules did IBM's Smallpox Research Grid help analyse?",
        "bbc-tech-200",
        "35 million",
    ),
    _b28_c(
        "how many",
        "What percentage of people in the UK now take a camera phone picture at least once a "
        "month, according to Ericsson?",
        "bbc-tech-212",
        "14%",
    ),
    _b28_c(
        "how many",
        "How many DS consoles had Nintendo sold in Japan and the US before the European launch?",
        "bbc-tech-351",
        "4m",
    ),
    _b28_c(
        "how many",
        "How many companies are exhibiting at the CeBit technology fair, whose theme this year "
        "was the digital home?",
        "bbc-tech-395",
        "6,000",
    ),
    _b28_c(
        "how many",
        "How many experts gathered in Nice for the launch of the European Commission's NEM "
        "initiative?",
        "bbc-tech-167",
        "120",
    ),
    _b28_c(
        "how many",
        "How many of the last 10 Six Nations titles have England and France won between them?",
        "bbc-sport-368",
        "nine",
    ),
    _b28_c(
        "how many",
        "How many new products were expected to be unveiled at the Consumer Electronics Show "
        "that Bill Gates opened?",
        "bbc-tech-134",
        "50,000",
    ),
)
B28_NEAR_BBC_B = (
    "Who is the chief executive of Standard Life, which cut its with-profits bonus rates for the"
    " sixth time in three years?",
    "Who chairs the Arts Council of Wales, whose future the painter Shani Rhys James is worried "
    "about?",
    "Who is the chief executive of Ucas, the admissions service that published the figures on "
    "English applicants to Scottish universities?",
    "Who replaced Peter MacDonald as chief executive of asbestos firm James Hardie?",
    "Who is the managing director of the Saffron Walden Building Society, which offers the "
    "Ladybird children's savings account?",
    "When did Hugo Chavez first become president of Venezuela?",
    "When will James Hardie's shareholders vote on the $1.1bn asbestos compensation deal?",
    "When did the designer Laura Ashley, founder of the fashion and furnishings retailer, die?",
    "When was the Golden Rose television festival first held?",
    "When was the Save the Scottish Regiments campaign group set up?",
    "Where is Sunovate, the firm that carried out Dimension Data's call centre survey, based?",
    "In which town or city is Hypertag, maker of the beaming technology in the Tube's Safe "
    "Travel at Night posters, based?",
    "Where was the Ecofin meeting of EU finance ministers that discussed the stability pact held?",
    "Where was Warren Beatty, Annette Bening's husband, born?",
    "Where is Universities Scotland, the body representing university principals, based?",
    "How many employees does IT company Dimension Data have worldwide?",
    "How many people have signed up to donate spare computer time to IBM's World Community Grid?",
    "How many members does the fathers' rights group Families Need Fathers have?",
    "How many foreign companies have mining contracts in Venezuela that Hugo Chavez's government"
    " is reviewing?",
    "How much will Lillian Tan be paid as Laura Ashley's new chief executive?",
)


# -- Written twenty-ninth: a twenty-ninth batch, written blind in the seventh session
# of 2026-12-05, by writers who never saw how /news ask answers. All its articles were
# used by one earlier question each; its questions there ask for other facts. Its near
# misses ask for facts no article of the corpus states. Measured once when added, on the
# code of the session before (e0343af).

_b29_c = partial(_c, batch=29)
B29_BBC_A = (
    # who
    _b29_c(
        "who",
        "Which Texas judge threw out Yukos's attempt to get bankruptcy protection in the US?",
        "bbc-business-025",
        "Letitia Clark|Judge Clark",
    ),
    _b29_c(
        "who",
        "Which South African finance minister presented the 'more for all' budget?",
        "bbc-business-055",
        "Trevor Manuel|Mr Manuel",
    ),
    _b29_c(
        "who",
        "Who is the Gazprom boss who confirmed Yugansk would be left out of the Rosneft merger?",
        "bbc-business-131",
        "Alexei Miller|Mr Miller",
    ),
    _b29_c(
        "who",
        "Which Algerian energy minister said Opec would probably leave output unchanged at its "
        "next meeting?",
        "bbc-business-270",
        "Chakib Khelil",
    ),
    _b29_c(
        "who",
        "Who is the Greenpeace UK campaigns director who said green reports were meaningless "
        "without knowledge of the supply chain?",
        "bbc-business-397",
        "Blake Lee-Harwood",
    ),
    _b29_c(
        "who",
        "Which RetailMetrics analyst said US retailers' Christmas results were still split?",
        "bbc-business-406",
        "Ken Perkins",
    ),
    _b29_c(
        "who",
        "Which Turkish economics minister said Turkey and the IMF had reached general agreement "
        "on a new three-year programme?",
        "bbc-business-469",
        "Ali Babacan",
    ),
    _b29_c(
        "who",
        "Who directed Black Friday, the film about the 1993 Mumbai bombings?",
        "bbc-entertainment-054",
        "Anurag Kashyap|Mr Kashyap",
    ),
    _b29_c(
        "who",
        "Who directed Sophie Scholl - The Final Days, the anti-Nazi film cheered at the Berlin "
        "Film Festival?",
        "bbc-entertainment-090",
        "Marc Rothemund",
    ),
    _b29_c(
        "who",
        "Who is the father suing Wal-Mart because the Evanescence CD he bought his daughter "
        "contained swearing?",
        "bbc-entertainment-113",
        "Trevin Skeens|Mr Skeens",
    ),
    _b29_c(
        "who",
        "Which former Westlife singer's duet with Delta Goodrem slipped to number five in the "
        "charts?",
        "bbc-entertainment-129",
        "Brian McFadden",
    ),
    _b29_c(
        "who",
        "Who is the lawyer for Bill Cosby who said the comedian was pleased not to face charges?",
        "bbc-entertainment-204",
        "Walter M Phillips Jr",
    ),
    _b29_c(
        "who",
        "Which music mogul who ran Joy Division's record label is co-executive producer of the "
        "Ian Curtis film?",
        "bbc-entertainment-228",
        "Tony Wilson|Mr Wilson",
    ),
    _b29_c(
        "who",
        "Which Blair ally took over planning Labour's election strategy, a job Gordon Brown used"
        " to do?",
        "bbc-politics-107",
        "Alan Milburn",
    ),
    _b29_c(
        "who",
        "Which Liberal Democrat chairman said people were turned off by the kind of campaign the"
        " other parties were fighting?",
        "bbc-politics-394",
        "Matthew Taylor",
    ),
    _b29_c(
        "who",
        "Which Manchester United defender was sent off for head-butting Freddie Ljungberg in the"
        " 4-2 win at Arsenal?",
        "bbc-sport-137",
        "Mikael Silvestre",
    ),
    _b29_c(
        "who",
        "Which Arsenal chairman said the club was delighted Wenger had signed a contract "
        "extension?",
        "bbc-sport-196",
        "Peter Hill-Wood",
    ),
    _b29_c(
        "who",
        "Which Bath boss rated Olly Barkley no better than 50-50 to face Ireland?",
        "bbc-sport-285",
        "John Connolly",
    ),
    _b29_c(
        "who",
        "Which Scotland doctor said a scan showed damage to Scott Gray's knee ligaments?",
        "bbc-sport-353",
        "James Robson",
    ),
    _b29_c(
        "who",
        "Who did Daniela Hantuchova beat to reach the quarter-finals of the Dubai Open?",
        "bbc-sport-430",
        "Elene Likhotseva",
    ),
    _b29_c(
        "who",
        "Who is the chief executive of Rebellion, one of the UK games firms warning about the "
        "move to next-generation consoles?",
        "bbc-tech-082",
        "Jason Kingsley",
    ),
    _b29_c(
        "who",
        "Who wrote the Pew Internet report finding musicians are upbeat about the net?",
        "bbc-tech-145",
        "Mary Madden|Ms Madden",
    ),
    _b29_c(
        "who",
        "Which Microsoft security vice president said the firm hadn't ruled out charging for its"
        " anti-spyware tool?",
        "bbc-tech-250",
        "Mike Nash",
    ),
    _b29_c(
        "who",
        "Which Electronic Frontier Foundation campaigner doubted that the Marlin DRM system "
        "would stop piracy?",
        "bbc-tech-285",
        "Cory Doctorow|Mr Doctorow",
    ),
    _b29_c(
        "who",
        "Who is the managing director of Sonaptic, the British firm putting 3D sound on mobile "
        "phones?",
        "bbc-tech-325",
        "David Monteith",
    ),
    # when
    _b29_c(
        "when",
        "When had the IMF previously said German growth would be 1.8% this year?",
        "bbc-business-098",
        "September",
    ),
    _b29_c(
        "when",
        "When did oil set its record high of $55.67 a barrel?",
        "bbc-business-270",
        "late October",
    ),
    _b29_c(
        "when",
        "The December Tankan survey showed Japanese manufacturers' confidence weakening for the "
        "first time since when?",
        "bbc-business-295",
        "March 2003",
    ),
    _b29_c(
        "when",
        "When does Turkey's existing $18.6bn loan agreement with the IMF run out?",
        "bbc-business-469",
        "February",
    ),
    _b29_c(
        "when",
        "On what date did the Mumbai explosions depicted in the film Black Friday happen?",
        "bbc-entertainment-054",
        "12 March 1993",
    ),
    _b29_c(
        "when",
        "When was the alleged incident behind the sexual misconduct claim against Bill Cosby "
        "supposed to have happened?",
        "bbc-entertainment-204",
        "January 2004",
    ),
    _b29_c(
        "when",
        "In what year did Joy Division singer Ian Curtis take his own life?",
        "bbc-entertainment-228",
        "1980",
    ),
    _b29_c(
        "when",
        "In which year did Debra Hill team up with John Carpenter again for Escape From LA?",
        "bbc-entertainment-378",
        "1996",
    ),
    _b29_c(
        "when",
        "When did Kenya bring in free primary education, the policy Gordon Brown wanted to learn"
        " about?",
        "bbc-politics-024",
        "early 2003",
    ),
    _b29_c(
        "when",
        "At what time did Tony Blair wake up to find George Bush had won the US election?",
        "bbc-politics-126",
        "0530GMT",
    ),
    _b29_c(
        "when",
        "On what day did Tony Blair say he would give MPs new figures on British tsunami deaths?",
        "bbc-politics-195",
        "Monday",
    ),
    _b29_c(
        "when",
        "On what day did David Davis say the Tories would fund their cuts by removing "
        "inefficiencies?",
        "bbc-politics-282",
        "Saturday",
    ),
    _b29_c(
        "when",
        "On what day did Gordon Brown deliver the pre-Budget report that shifted Whitehall money"
        " to councils?",
        "bbc-politics-357",
        "Thursday",
    ),
    _b29_c(
        "when",
        "The IFS blamed falling household incomes partly on the Chancellor's tax-raising Budget "
        "of which year?",
        "bbc-politics-394",
        "2002",
    ),
    _b29_c(
        "when",
        "Which date was Tony Blair expected to name as election day when Parliament returned "
        "from Easter?",
        "bbc-politics-401",
        "5 May",
    ),
    _b29_c(
        "when",
        "Until when did the Labour government officially have to hold the next general election?",
        "bbc-politics-401",
        "June 2006",
    ),
    _b29_c(
        "when",
        "In what year did Arsene Wenger arrive at Arsenal?",
        "bbc-sport-196",
        "1996",
    ),
    _b29_c(
        "when",
        "When did Nicholas Negroponte publish his bestseller Being Digital?",
        "bbc-tech-004",
        "1995",
    ),
    _b29_c(
        "when",
        "When did Google buy Pyra Labs, the company behind Blogger?",
        "bbc-tech-062",
        "2003",
    ),
    _b29_c(
        "when",
        "On what date did Halo 2 go on sale in Britain?",
        "bbc-tech-139",
        "11 November",
    ),
    _b29_c(
        "when",
        "When did the Xbox launch in the US, with Halo as one of its launch titles?",
        "bbc-tech-139",
        "November 15 2001",
    ),
    _b29_c(
        "when",
        "When did Pew Internet carry out its online survey of musicians and songwriters?",
        "bbc-tech-145",
        "March and April 2004",
    ),
    _b29_c(
        "when",
        "When was Nicholas Lee Jacobsen, the man accused of hacking T-Mobile, arrested?",
        "bbc-tech-271",
        "October",
    ),
    _b29_c(
        "when",
        "What year is the Zenith remote control that came second in Mobile PC's list of greatest"
        " gadgets from?",
        "bbc-tech-379",
        "1956",
    ),
    # where
    _b29_c(
        "where",
        "Where are the proxy shares listed that foreigners currently use to trade in Gazprom?",
        "bbc-business-131",
        "London",
    ),
    _b29_c(
        "where",
        "Where did Lord Browne say BP pays progressively more tax as its profits grow, when he "
        "rejected calls for a windfall tax?",
        "bbc-business-221",
        "the North Sea|North Sea",
    ),
    _b29_c(
        "where",
        "When oil slid to three-month lows after the EIA stocks report, in which city was the US"
        " light crude benchmark traded?",
        "bbc-business-270",
        "New York",
    ),
    _b29_c(
        "where",
        "In which city is Continental Airlines based?",
        "bbc-business-404",
        "Houston",
    ),
    _b29_c(
        "where",
        "Where were Sophie Scholl and the White Rose members arrested while dropping leaflets?",
        "bbc-entertainment-090",
        "Munich University",
    ),
    _b29_c(
        "where",
        "Which township is the Xhosa-language film of Bizet's Carmen shown in Berlin set in?",
        "bbc-entertainment-090",
        "Khayelitsha",
    ),
    _b29_c(
        "where",
        "Where does the father who sued Wal-Mart over the Evanescence album live?",
        "bbc-entertainment-113",
        "Brownsville",
    ),
    _b29_c(
        "where",
        "At which festival was an earlier Joy Division film announced that failed to win the "
        "Curtis family's backing?",
        "bbc-entertainment-228",
        "Cannes",
    ),
    _b29_c(
        "where",
        "In which city were the Grammys held where Ray Charles won his posthumous awards?",
        "bbc-entertainment-264",
        "Los Angeles",
    ),
    _b29_c(
        "where",
        "Where was Halloween co-writer Debra Hill born?",
        "bbc-entertainment-378",
        "New Jersey",
    ),
    _b29_c(
        "where",
        "In which country was Gordon Brown due to visit an HIV/Aids orphanage, on the Africa "
        "tour that also took in Kenya and Mozambique?",
        "bbc-politics-024",
        "Tanzania",
    ),
    _b29_c(
        "where",
        "Where was the EU summit at which Tony Blair told European leaders to end their denial "
        "over Bush's re-election?",
        "bbc-politics-126",
        "Brussels",
    ),
    _b29_c(
        "where",
        "Where was the Tony Blair-hosted conference on Palestinian reform held?",
        "bbc-politics-209",
        "London",
    ),
    _b29_c(
        "where",
        "Where is the Night of Athletics meeting in which Jolanda Ceplak is running on Friday?",
        "bbc-sport-063",
        "Erfurt",
    ),
    _b29_c(
        "where",
        "Where are the Norwich Union European trials being held?",
        "bbc-sport-063",
        "Sheffield",
    ),
    _b29_c(
        "where",
        "At which ground did the tunnel row between Patrick Vieira and Roy Keane take place?",
        "bbc-sport-137",
        "Highbury",
    ),
    _b29_c(
        "where",
        "At which ground were Arsenal due to face Newcastle when Wenger said he couldn't explain"
        " their slump?",
        "bbc-sport-281",
        "St James' Park",
    ),
    _b29_c(
        "where",
        "Where did Scott Gray win his first Scotland cap against Australia?",
        "bbc-sport-353",
        "Murrayfield",
    ),
    _b29_c(
        "where",
        "In which country did Nicholas Negroponte and his wife set up two schools where children"
        " were given laptops?",
        "bbc-tech-004",
        "Cambodia",
    ),
    _b29_c(
        "where",
        "In which US state were children given laptops to take home, the experiment behind "
        "Negroponte's $100 laptop idea?",
        "bbc-tech-004",
        "Maine",
    ),
    _b29_c(
        "where",
        "Where did BT provide space for one of the call centres handling tsunami donations?",
        "bbc-tech-097",
        "BT tower|London's BT tower",
    ),
    _b29_c(
        "where",
        "In which US state will camera phones be used to photograph crime scenes involving "
        "children?",
        "bbc-tech-208",
        "Alabama",
    ),
    _b29_c(
        "where",
        "Which city had the Dominican Republic-bound plane just taken off from when a passenger "
        "snapped metal falling off it?",
        "bbc-tech-208",
        "Zurich",
    ),
    _b29_c(
        "where",
        "In which city did a grand jury indict the man accused of hacking T-Mobile?",
        "bbc-tech-271",
        "Los Angeles",
    ),
    # how many
    _b29_c(
        "how many",
        "On how many of five key issues did Yukos claim the Houston court had backed it, despite"
        " losing its US bankruptcy bid?",
        "bbc-business-025",
        "four",
    ),
    _b29_c(
        "how many",
        "Under South Africa's 2005 budget, people earning less than how much a year will be "
        "exempt from income tax?",
        "bbc-business-055",
        "35,000 rand",
    ),
    _b29_c(
        "how many",
        "To what figure is the IMF reportedly cutting its 2005 growth forecast for Germany?",
        "bbc-business-098",
        "0.8%",
    ),
    _b29_c(
        "how many",
        "What share of Russia's total oil production will Gazprom control once it merges with "
        "Rosneft?",
        "bbc-business-131",
        "8%",
    ),
    _b29_c(
        "how many",
        "How much annual profit did BP report on the back of record oil prices?",
        "bbc-business-221",
        "$16.2bn",
    ),
    _b29_c(
        "how many",
        "By how much has card-not-present fraud in the UK gone up since the start of the year, "
        "according to Retail Decisions?",
        "bbc-business-236",
        "22%",
    ),
    _b29_c(
        "how many",
        "In the Directions survey of corporate green reports, what proportion of reporting firms"
        " failed to look at their supply chains?",
        "bbc-business-397",
        "76%",
    ),
    _b29_c(
        "how many",
        "By how much did Continental Airlines shares drop after it warned it could run out of "
        "cash?",
        "bbc-business-404",
        "6.87%",
    ),
    _b29_c(
        "how many",
        "How far did Pier 1 Imports' same store sales fall in December?",
        "bbc-business-406",
        "8.8%",
    ),
    _b29_c(
        "how many",
        "What was the average UK house price in November, according to the ODPM?",
        "bbc-business-415",
        "£180,226",
    ),
    _b29_c(
        "how many",
        "How much in damages does the Evanescence lawsuit seek from Wal-Mart for every customer "
        "who bought the CD?",
        "bbc-entertainment-113",
        "$74,500",
    ),
    _b29_c(
        "how many",
        "How many places did Keane's Hopes and Fears climb to get back to number one after the "
        "Brits?",
        "bbc-entertainment-129",
        "seven",
    ),
    _b29_c(
        "how many",
        "How many people live in Kibera, the Nairobi shantytown Gordon Brown visited?",
        "bbc-politics-024",
        "800,000",
    ),
    _b29_c(
        "how many",
        "How much did the Department for International Development originally set aside for the "
        "tsunami, money Blair said was well on the way to being spent?",
        "bbc-politics-195",
        "£50 million",
    ),
    _b29_c(
        "how many",
        "How many people were killed in the nightclub attack that Mahmoud Abbas called against "
        "Palestinian interests?",
        "bbc-politics-209",
        "five",
    ),
    _b29_c(
        "how many",
        "How much 'wasteful' spending did Michael Howard say the Tories would cut to pay for tax"
        " cuts?",
        "bbc-politics-282",
        "£35bn",
    ),
    _b29_c(
        "how many",
        "How much does Nick Raynsford hope to save by changing local government pension schemes?",
        "bbc-politics-357",
        "£100m",
    ),
    _b29_c(
        "how many",
        "How many archived articles does Bloglines hold that Ask Jeeves plans to use to round "
        "out its web index?",
        "bbc-tech-062",
        "300 million",
    ),
    _b29_c(
        "how many",
        "What share of its resources is Climax putting into preparing next-generation games?",
        "bbc-tech-082",
        "20%",
    ),
    _b29_c(
        "how many",
        "How many online donations an hour was the Disasters Emergency Committee site receiving "
        "after the tsunami?",
        "bbc-tech-097",
        "11,000",
    ),
    _b29_c(
        "how many",
        "What percentage of musicians in the Pew Internet study didn't think lawsuits against "
        "song swappers would benefit them?",
        "bbc-tech-145",
        "60%",
    ),
    _b29_c(
        "how many",
        "On average, how many spyware programs was each PC harbouring, according to the "
        "Earthlink and Webroot survey?",
        "bbc-tech-250",
        "28",
    ),
    _b29_c(
        "how many",
        "How many online music services are there now, according to the figures quoted by "
        "analyst Shelley Taylor?",
        "bbc-tech-285",
        "230",
    ),
    _b29_c(
        "how many",
        "What share of a handset's processor does Sonaptic say its 3D audio must use at most so "
        "games can still run?",
        "bbc-tech-325",
        "10 or 15%",
    ),
    _b29_c(
        "how many",
        "At what number did the Apple iPod come in Mobile PC's top 100 gadgets of all time?",
        "bbc-tech-379",
        "12|number 12",
    ),
)
B29_NEAR_BBC_A = (
    "Who founded Bloglines, the blog-reading website that Ask Jeeves bought?",
    "Who is the lead singer of Evanescence, the band whose CD prompted a lawsuit against Wal-Mart?",
    "Who is the chief executive of Continental Airlines, which warned it could run out of cash?",
    "Who heads Intertrust, the rights management firm whose technology the Marlin anti-piracy "
    "system is built on?",
    "Who produced Black Friday, the film about the 1993 Mumbai bombings?",
    "When will the first devices using the Marlin anti-piracy system from Sony, Philips, "
    "Matsushita and Samsung go on sale?",
    "When did Ask Jeeves complete its takeover of Bloglines?",
    "When is filming due to start on Touching From A Distance, the Ian Curtis biopic?",
    "Where is Retail Decisions, the anti-fraud firm that surveyed shoppers about chip and pin, "
    "based?",
    "Where is Rebellion, the games developer run by Jason Kingsley, based?",
    "Where was Halloween writer Debra Hill's funeral held?",
    "Where is SalterBaxter, the branding firm that co-publishes the Directions survey of company"
    " green reports, based?",
    "How many copies has Evanescence's album Anywhere But Home sold?",
    "How many people does Sonaptic, the British 3D mobile audio firm, employ?",
)
B29_BBC_B = (
    # who
    _b29_c(
        "who",
        "Which president ordered Venezuela to review all foreign contracts in its gold, "
        "aluminium and iron ore mining?",
        "bbc-business-231",
        "Hugo Chavez|Chavez",
    ),
    _b29_c(
        "who",
        "Who is the director general of the British Chamber of Commerce who complained about the"
        " relentless increase in regulations?",
        "bbc-business-289",
        "David Frost",
    ),
    _b29_c(
        "who",
        "Which Fannie Mae chief economist said the Fed felt it had a fair amount of flexibility "
        "on interest rates?",
        "bbc-business-402",
        "David Berson",
    ),
    _b29_c(
        "who",
        "Who leads the PCS union that warned of more walkouts over raising the public sector "
        "pension age to 65?",
        "bbc-politics-069",
        "Mark Serwotka",
    ),
    _b29_c(
        "who",
        "Which Lib Dem home affairs spokesman said it remained to be seen whether Charles Clarke"
        " could deliver a fair and efficient asylum system?",
        "bbc-politics-153",
        "Mark Oaten",
    ),
    _b29_c(
        "who",
        "Who heads the games industry body ELSPA, which said banning violent video games would "
        "be wrong?",
        "bbc-politics-199",
        "Roger Bennett",
    ),
    _b29_c(
        "who",
        "Which aid minister did both Tony Blair and Gordon Brown mention working with on tsunami"
        " and development policy, amid claims of a fresh rift?",
        "bbc-politics-251",
        "Hilary Benn",
    ),
    _b29_c(
        "who",
        "Who replaced Alastair Campbell in his Downing Street media job?",
        "bbc-politics-306",
        "David Hill",
    ),
    _b29_c(
        "who",
        "Which Liberty campaigner said adherence to the rule of law should not be a game of cat "
        "and mouse, over Charles Clarke's control orders?",
        "bbc-politics-384",
        "Shami Chakrabarti",
    ),
    _b29_c(
        "who",
        "Which Spurs boss said his team were robbed after Pedro Mendes' shot crossed the line "
        "but no goal was given?",
        "bbc-sport-283",
        "Martin Jol|Jol",
    ),
    _b29_c(
        "who",
        "Who was named to lead Ireland against Scotland with Brian O'Driscoll and Gordon D'Arcy "
        "both out injured?",
        "bbc-sport-417",
        "Paul O'Connell",
    ),
    _b29_c(
        "who",
        "Who beat Roger Federer in the third round of the French Open in 2004?",
        "bbc-sport-495",
        "Gustavo Kuerten",
    ),
    _b29_c(
        "who",
        "Which BBC head of development said the Piero rugby analysis tool would give core fans "
        "more detail?",
        "bbc-tech-028",
        "Andrew Thompson",
    ),
    _b29_c(
        "who",
        "Which Jupiter Research mobile analyst said phone music services must not try to compete"
        " with the PC music experience?",
        "bbc-tech-059",
        "Thomas Husson",
    ),
    _b29_c(
        "who",
        "Which former member of the 29A virus writing group, known as Benny, quit the malware "
        "scene?",
        "bbc-tech-077",
        "Marek Strihavka",
    ),
    _b29_c(
        "who",
        "Which St Bernard Software spokesman said the main motivation of virus writers now is "
        "money?",
        "bbc-tech-077",
        "Gary Stowell|Mr Stowell",
    ),
    _b29_c(
        "who",
        "Which Xbox executive said Halo 2 would bring in more revenue than any day-one box "
        "office blockbuster?",
        "bbc-tech-112",
        "Peter Moore",
    ),
    _b29_c(
        "who",
        "Who co-manages the Four-Kings gaming clan that was looking for UK Painkiller players?",
        "bbc-tech-140",
        "Philip Wride",
    ),
    _b29_c(
        "who",
        "Who chairs the Mobile Data Association, which recorded record New Year texting?",
        "bbc-tech-152",
        "Mike Short",
    ),
    _b29_c(
        "who",
        "Which Mindark director called the sale of a virtual island in Project Entropia a "
        "historic moment in gaming?",
        "bbc-tech-249",
        "Marco Behrmann",
    ),
    _b29_c(
        "who",
        "Who is the RNID technology director who said the telecoms sector was discriminating "
        "against deaf sign language users?",
        "bbc-tech-251",
        "Guido Gybels",
    ),
    _b29_c(
        "who",
        "Which amputee motorcycle racer invented the Pro-Shift electronic gear changer after "
        "losing part of his left leg?",
        "bbc-tech-277",
        "Roy Tansley",
    ),
    _b29_c(
        "who",
        "Who is the president of StreamCast Networks, who said old media always tries to stop "
        "new media?",
        "bbc-tech-286",
        "Michael Weiss",
    ),
    _b29_c(
        "who",
        "Which Drink Or Die leader from Philadelphia got the longest jail sentence?",
        "bbc-tech-354",
        "Sankus|John Sankus",
    ),
    _b29_c(
        "who",
        "Which science minister went to the British government's consultation meeting on the EU "
        "software patent directive?",
        "bbc-tech-399",
        "Lord Sainsbury",
    ),
    # when
    _b29_c(
        "when",
        "On what day was production at BP's Texas City refinery briefly taken down, as US crude "
        "climbed above $53?",
        "bbc-business-045",
        "Tuesday",
    ),
    _b29_c(
        "when",
        "From which month was Germany's economy effectively at a standstill, with zero growth in"
        " the third quarter of 2004?",
        "bbc-business-073",
        "July",
    ),
    _b29_c(
        "when",
        "In what year were the sanctions on India imposed after its nuclear tests, ending a US "
        "Air Force absence from the Aero India show?",
        "bbc-business-130",
        "1998",
    ),
    _b29_c(
        "when",
        "Since when had Japan's economy been contracting, before January's surprise jump in "
        "industrial output?",
        "bbc-business-156",
        "April 2004",
    ),
    _b29_c(
        "when",
        "In what year did Xstrata buy MIM Holdings, Australia's largest copper miner?",
        "bbc-business-366",
        "2003",
    ),
    _b29_c(
        "when",
        "Mortgage approvals in November fell to their lowest since when, according to the Bank "
        "of England figures reported alongside Halifax's December house prices?",
        "bbc-business-405",
        "September 1995",
    ),
    _b29_c(
        "when",
        "On what date does the Iranian fiscal year covered by Mohammad Khatami's last budget "
        "begin?",
        "bbc-business-412",
        "21 March",
    ),
    _b29_c(
        "when",
        "When will Toyota launch a hybrid version of its Highlander SUV?",
        "bbc-business-430",
        "April",
    ),
    _b29_c(
        "when",
        "When was the BBC drama Dirty War, about a dirty bomb in London, shown uncut on BBC One?",
        "bbc-entertainment-080",
        "last September",
    ),
    _b29_c(
        "when",
        "When was the UK's first official music download chart launched, the one Westlife's "
        "Flying Without Wings topped first?",
        "bbc-entertainment-103",
        "last September",
    ),
    _b29_c(
        "when",
        "In what year did producer Edward Germano buy the Hit Factory recording studio?",
        "bbc-entertainment-116",
        "1975",
    ),
    _b29_c(
        "when",
        "On what day was the Celebrity Big Brother series with Bez, Brigitte Nielsen and Kenzie "
        "due to end?",
        "bbc-entertainment-221",
        "Sunday",
    ),
    _b29_c(
        "when",
        "In what year did the Wombles get their first big-screen outing, Wombling Free?",
        "bbc-entertainment-353",
        "1977",
    ),
    _b29_c(
        "when",
        "When must the changes raising council workers' pension age go ahead, according to John "
        "Prescott's spokesman?",
        "bbc-politics-069",
        "April",
    ),
    _b29_c(
        "when",
        "In what year was Jim Callaghan made Lord Callaghan of Cardiff?",
        "bbc-politics-400",
        "1987",
    ),
    _b29_c(
        "when",
        "On what day were Newry City due to talk about legal routes to overturn their expulsion "
        "from the Irish Cup?",
        "bbc-sport-131",
        "Friday",
    ),
    _b29_c(
        "when",
        "On what day was Liverpool's Champions League game against Bayer Leverkusen that Roy "
        "Hodgson went to?",
        "bbc-sport-160",
        "Tuesday",
    ),
    _b29_c(
        "when",
        "When was the last time Scotland reached a major finals, as Walter Smith took over as "
        "manager?",
        "bbc-sport-212",
        "1998",
    ),
    _b29_c(
        "when",
        "On what date is Jonny Wilkinson hoping to play for Newcastle against Harlequins?",
        "bbc-sport-345",
        "13 March",
    ),
    _b29_c(
        "when",
        "Before Roger Federer in 2004, in what year had a man last won three Grand Slams in one "
        "season?",
        "bbc-sport-495",
        "1988",
    ),
    _b29_c(
        "when",
        "When does public voting close for the fifth Bloggies awards?",
        "bbc-tech-088",
        "3 February",
    ),
    _b29_c(
        "when",
        "On what day was the Department of Work and Pensions computer crash a lead story on "
        "Radio 4's Today programme?",
        "bbc-tech-187",
        "Friday",
    ),
    _b29_c(
        "when",
        "When does Ofcom plan to review the services telecoms firms must provide, which could "
        "include the RNID's video relay service for deaf people?",
        "bbc-tech-251",
        "early next year",
    ),
    _b29_c(
        "when",
        "When did US Customs begin investigating the Drink Or Die software piracy network?",
        "bbc-tech-354",
        "October 2000",
    ),
    _b29_c(
        "when",
        "To what year do the EU software patent proposals criticised by Bill Thompson date back?",
        "bbc-tech-399",
        "2002",
    ),
    # where
    _b29_c(
        "where",
        "Apart from the Western Refining fire in Texas, where was a refinery shut by mechanical "
        "problems as US crude topped $53?",
        "bbc-business-045",
        "Houston",
    ),
    _b29_c(
        "where",
        "Which country does Snecma, the engine maker planning a joint venture with Hindustan "
        "Aeronautics, come from?",
        "bbc-business-130",
        "France",
    ),
    _b29_c(
        "where",
        "Where is more than a third of the UK's private housing wealth concentrated, according "
        "to Halifax's £3.3 trillion report?",
        "bbc-business-239",
        "London and the South East",
    ),
    _b29_c(
        "where",
        "Which UK region suffered the steepest monthly fall in house prices in December in the "
        "Halifax survey?",
        "bbc-business-405",
        "Wales",
    ),
    _b29_c(
        "where",
        "At which motor show were carmakers such as Ford, GM and Toyota showing off hybrids as "
        "JD Power forecast US hybrid sales would double?",
        "bbc-business-430",
        "Detroit",
    ),
    _b29_c(
        "where",
        "Where was Gianni Versace shot dead?",
        "bbc-entertainment-018",
        "Florida",
    ),
    _b29_c(
        "where",
        "In which city was Gianni Versace's art collection kept, in his six-storey townhouse?",
        "bbc-entertainment-018",
        "New York",
    ),
    _b29_c(
        "where",
        "Which part of London is hit by a dirty bomb in the BBC film Dirty War?",
        "bbc-entertainment-080",
        "City of London",
    ),
    _b29_c(
        "where",
        "Where will the taped interviews from the study on sexist abuse of women MPs be kept as "
        "a historical record?",
        "bbc-politics-008",
        "British Library",
    ),
    _b29_c(
        "where",
        "Which two countries ranked ahead of the UK for business use of information technology "
        "in the study welcomed by the e-commerce minister?",
        "bbc-politics-109",
        "Sweden and Ireland",
    ),
    _b29_c(
        "where",
        "In which city was the games industry meeting at which Patricia Hewitt called for "
        "clearer warnings on violent games?",
        "bbc-politics-199",
        "London",
    ),
    _b29_c(
        "where",
        "To which countries does Charles Clarke hope to deport the foreign terror detainees "
        "without them facing torture or death?",
        "bbc-politics-384",
        "Algeria, Tunisia, Egypt and Jordan",
    ),
    _b29_c(
        "where",
        "Where did former prime minister Lord Callaghan die?",
        "bbc-politics-400",
        "East Sussex",
    ),
    _b29_c(
        "where",
        "Which country did Jim Callaghan travel to in 1975 to plead for the life of British "
        "lecturer Dennis Hills?",
        "bbc-politics-400",
        "Uganda",
    ),
    _b29_c(
        "where",
        "In which country, according to Roy Hodgson, was the winter break so short that players "
        "just got Christmas and New Year off?",
        "bbc-sport-160",
        "Italy",
    ),
    _b29_c(
        "where",
        "Where did Pedro Mendes have his long-range goal for Tottenham wrongly disallowed?",
        "bbc-sport-283",
        "Old Trafford",
    ),
    _b29_c(
        "where",
        "At which ground will Ireland face Scotland in the Six Nations game Gordon D'Arcy misses?",
        "bbc-sport-417",
        "Murrayfield",
    ),
    _b29_c(
        "where",
        "In which cities are mobile TV trials using terrestrial TV masts under way in Europe?",
        "bbc-tech-059",
        "Berlin and Helsinki",
    ),
    _b29_c(
        "where",
        "Where will the eight best UK Painkiller players meet for the Bloodline Tournament?",
        "bbc-tech-140",
        "London",
    ),
    _b29_c(
        "where",
        "In which city can people text to find the nearest available black cab, according to the"
        " story on record New Year texting?",
        "bbc-tech-152",
        "London",
    ),
    _b29_c(
        "where",
        "Which African country's GDP is the economic impact of online role-playing games said to"
        " be equal to?",
        "bbc-tech-249",
        "Namibia",
    ),
    _b29_c(
        "where",
        "In which countries are sign language phone relay services already offered at the cost "
        "of a normal call, according to the RNID?",
        "bbc-tech-251",
        "US and Australia",
    ),
    _b29_c(
        "where",
        "Where is ParaRallying, the rally school for disabled drivers, based?",
        "bbc-tech-277",
        "Lincolnshire",
    ),
    _b29_c(
        "where",
        "Where is Roy Tansley, the motorcycle racer who invented the Pro-Shift gear changer, from?",
        "bbc-tech-277",
        "Derby",
    ),
    _b29_c(
        "where",
        "At which court were two members of the Drink Or Die piracy network convicted?",
        "bbc-tech-354",
        "Old Bailey",
    ),
    # how many
    _b29_c(
        "how many",
        "How much is Boeing's sale of 10 737-800 planes to the Indian budget airline SpiceJet "
        "worth?",
        "bbc-business-130",
        "$630m",
    ),
    _b29_c(
        "how many",
        "How much did Japanese industrial output grow in January, lifting Tokyo shares to an "
        "eight-month high?",
        "bbc-business-156",
        "2.1%",
    ),
    _b29_c(
        "how many",
        "How much did the value of homes in Scotland go up over ten years, the smallest increase"
        " of any region in Halifax's research?",
        "bbc-business-239",
        "112%",
    ),
    _b29_c(
        "how many",
        "How many times did the Bank of England raise interest rates between November 2003 and "
        "August 2004, as noted in the British Chamber of Commerce survey story?",
        "bbc-business-289",
        "five",
    ),
    _b29_c(
        "how many",
        "How much per share did Xstrata offer in its hostile bid for WMC Resources?",
        "bbc-business-366",
        "A$6.35",
    ),
    _b29_c(
        "how many",
        "How much economic growth did Iran's President Khatami predict for 2005-6?",
        "bbc-business-412",
        "7.1%",
    ),
    _b29_c(
        "how many",
        "What estimate has Sotheby's put on Roy Lichtenstein's Blue Nude from Gianni Versace's "
        "collection?",
        "bbc-entertainment-018",
        "£1.8m",
    ),
    _b29_c(
        "how many",
        "How many Grammy nominations did the Hit Factory studio get in 1994?",
        "bbc-entertainment-116",
        "41",
    ),
    _b29_c(
        "how many",
        "How old is Robert Blake, the former Baretta star on trial for murder?",
        "bbc-entertainment-169",
        "71",
    ),
    _b29_c(
        "how many",
        "What odds did bookmakers give on all 18 of Elvis Presley's reissued singles going back "
        "to number one?",
        "bbc-entertainment-240",
        "10/1",
    ),
    _b29_c(
        "how many",
        "What was the budget of the 2004 live-action Thunderbirds movie that disappointed at the"
        " box office?",
        "bbc-entertainment-353",
        "$42m",
    ),
    _b29_c(
        "how many",
        "How many MPs were interviewed for the Birkbeck College study into sexist abuse at "
        "Westminster?",
        "bbc-politics-008",
        "83",
    ),
    _b29_c(
        "how many",
        "How many telephone interviews was the International Benchmarking Study on business use "
        "of ICT based on?",
        "bbc-politics-109",
        "8,000",
    ),
    _b29_c(
        "how many",
        "How many foreign terror suspects' detention without trial did the law lords rule "
        "breached human rights?",
        "bbc-politics-384",
        "12",
    ),
    _b29_c(
        "how many",
        "How big is the Kenyan squad for the world cross country championships that Susan "
        "Chepkemei hopes to be picked for?",
        "bbc-sport-013",
        "32",
    ),
    _b29_c(
        "how many",
        "By what score did Newry City beat Bangor before being thrown out of the Irish Cup?",
        "bbc-sport-131",
        "5-1",
    ),
    _b29_c(
        "how many",
        "Where were Scotland in the Fifa world rankings when Walter Smith was named national "
        "manager?",
        "bbc-sport-212",
        "77th",
    ),
    _b29_c(
        "how many",
        "How many of their 14 matches have England lost since Jonny Wilkinson last played for "
        "them?",
        "bbc-sport-345",
        "nine",
    ),
    _b29_c(
        "how many",
        "How many of the 25 million portable music players sold in 2004 were iPods?",
        "bbc-tech-040",
        "10 million",
    ),
    _b29_c(
        "how many",
        "In how many categories were weblogs nominated for the Bloggies awards?",
        "bbc-tech-088",
        "30",
    ),
    _b29_c(
        "how many",
        "How much will Sony's PlayStation Portable cost in Japan?",
        "bbc-tech-112",
        "19,800 yen",
    ),
    _b29_c(
        "how many",
        "How many text messages does the Mobile Data Association think will be sent in the UK in"
        " 2005?",
        "bbc-tech-152",
        "30bn",
    ),
    _b29_c(
        "how many",
        "How many months of their baby's photos did a couple wipe by reformatting their hard "
        "drive, in Ontrack's list of data disasters?",
        "bbc-tech-207",
        "three months",
    ),
    _b29_c(
        "how many",
        "How much data do the most common denial-of-service attacks on websites use, according "
        "to Energis?",
        "bbc-tech-270",
        "10 megabytes",
    ),
    _b29_c(
        "how many",
        "How many copyrighted music files does the entertainment industry say are downloaded "
        "every month, in the story on peer-to-peer networks being here to stay?",
        "bbc-tech-286",
        "2.6 billion",
    ),
)
B29_NEAR_BBC_B = (
    "Who heads Western Refining, the firm whose refinery blaze in Texas sent US gasoline futures"
    " to a record?",
    "Who is the chief executive of Mindark, the developer of the online game Project Entropia?",
    "Who runs Hindustan Aeronautics, the state-owned firm that signed deals with Lockheed and "
    "Snecma at Aero India 2005?",
    "Who directed Dirty War, the BBC film about a dirty bomb attack on London?",
    "Who is the chief executive of Pipex, the net provider whose customers were hit by denial-"
    "of-service attacks?",
    "When will Venezuela finish its review of foreign mining contracts ordered by Hugo Chavez?",
    "When did Roy Hodgson take charge of Viking Stavanger?",
    "When will the RNID's pilot of the Video Relay Service for deaf people end?",
    "When will Snecma's engine parts joint venture with Hindustan Aeronautics start production?",
    "When will Simon Bysshe's film of the Four-Kings Bloodline Painkiller tournament be released"
    " online?",
    "Where is St Bernard Software, whose spokesman said virus writers are now after money, based?",
    "Where is Red Swoosh, the peer-to-peer network founded by Travis Kalanick, based?",
    "Where is Booz Allen Hamilton, which helped carry out the international study of business "
    "ICT use, headquartered?",
    "Where are the headquarters of Ontrack, the data recovery firm behind the top 10 list of "
    "data disasters?",
    "Where is JD Power, the research group predicting US hybrid car sales would double, based?",
    "How many people work at the Hit Factory recording studio in New York?",
    "How many votes were cast in the fifth annual Bloggies awards?",
    "How much did Gianni Versace's six-storey New York townhouse sell for?",
    "How many disabled drivers does the ParaRallying school train each year?",
    "How many members has the Motorsport Endeavour Club for disabled drivers signed up?",
)


# -- Written thirtieth: a thirtieth batch, written blind in the eighth session of
# 2026-12-05, by writers who never saw how /news ask answers. 76 of its 110 articles
# were used by no earlier question, though many are near copies of articles that were; the
# rest were used by one each, and its questions ask for other facts (a question on the same
# fact as an earlier one was dropped). Its near misses ask for facts no article of the
# corpus states. Measured once when added, on the code of the session before (3a34b5b).

_b30_c = partial(_c, batch=30)

B30_BBC_A = (
    # who
    _b30_c(
        "who",
        "Who heads the MMS firm Adamind, which says operators must teach people how to send "
        "multimedia messages?",
        "bbc-tech-234",
        "Shailendra Jain|Mr Jain",
    ),
    _b30_c(
        "who",
        "Which Sunday Telegraph journalist wrote Brown's Britain, the book claiming Tony Blair "
        "went back on a pledge to make way for Gordon Brown?",
        "bbc-politics-257",
        "Robert Peston|Mr Peston",
    ),
    _b30_c(
        "who",
        "Which France rugby coach dropped number eight Imanol Harinordoquy for the Six Nations "
        "trip to Ireland?",
        "bbc-sport-344",
        "Bernard Laporte|Laporte",
    ),
    _b30_c(
        "who",
        "Which Tory frontbencher unveiled the Conservative plans to abolish 162 quangos, saying "
        "Britain needed a slimmer government?",
        "bbc-politics-226",
        "John Redwood|Mr Redwood",
    ),
    _b30_c(
        "who",
        "Who is the Thai tourism minister who warned Thailand could lose 30bn baht in tourism "
        "earnings after the tsunami?",
        "bbc-business-260",
        "Sontaya Kunplome",
    ),
    _b30_c(
        "who",
        "Who is Thomas Gravesen's agent, who went to Spain for talks with Real Madrid about the "
        "Everton midfielder?",
        "bbc-sport-193",
        "John Sivabaek|Sivabaek",
    ),
    _b30_c(
        "who",
        "Which All England Club chairman did Lindsay Davenport say made a remark about "
        "Wimbledon having no money for flowers?",
        "bbc-sport-432",
        "Tim Phillips|Mr Phillips",
    ),
    _b30_c(
        "who",
        "Who is the BT chief executive who said broadband take-up in the UK was accelerating at "
        "a terrific pace?",
        "bbc-tech-254",
        "Ben Verwaayen",
    ),
    _b30_c(
        "who",
        "Which ABN AMRO analyst called the weather the Achilles' heel of the oil market?",
        "bbc-business-381",
        "John Brady",
    ),
    _b30_c(
        "who",
        "Which Arsenal striker was ruled out of the FA Cup fifth round replay at Sheffield "
        "United with an Achilles tendon injury?",
        "bbc-sport-178",
        "Thierry Henry",
    ),
    _b30_c(
        "who",
        "Who chairs the Mobile Data Association, which predicted 15 billion WAP page "
        "impressions on UK mobiles in 2005?",
        "bbc-tech-372",
        "Mike Short",
    ),
    _b30_c(
        "who",
        "Which Microsoft security manager said the firm had not yet seen attacks exploiting the "
        "Internet Explorer flaws it patched?",
        "bbc-tech-007",
        "Stephen Toulouse",
    ),
    _b30_c(
        "who",
        "Which BBC Scotland political correspondent said no complaint had been made against "
        "Scottish Tory leader David McLetchie?",
        "bbc-politics-045",
        "Glenn Campbell",
    ),
    _b30_c(
        "who",
        "Who captains Great Britain's Davis Cup team, which lost Arvind Parmar to a knee injury "
        "before the Israel tie?",
        "bbc-sport-431",
        "Jeremy Bates|Bates",
    ),
    _b30_c(
        "who",
        "Which editor of gadget magazine Stuff predicted the iPod mini would be this year's "
        "Tracey Island?",
        "bbc-tech-172",
        "Oliver Irish|Mr Irish",
    ),
    _b30_c(
        "who",
        "Who is the lawyer for Marion Jones who challenged Balco boss Victor Conte to take a "
        "lie detector test?",
        "bbc-sport-088",
        "Richard Nicholls",
    ),
    _b30_c(
        "who",
        "Which News Corp chief operating officer said the company was kicking the tires of "
        "pretty much all video games companies?",
        "bbc-business-447",
        "Peter Chernin|Mr Chernin",
    ),
    _b30_c(
        "who",
        "Which actress won best actress at the Independent Spirit Awards for playing a drug "
        "smuggler in Maria Full of Grace?",
        "bbc-entertainment-062",
        "Catalina Sandino Moreno|Moreno",
    ),
    _b30_c(
        "who",
        "Whose PCS union is balloting civil servants on strikes over plans to raise their "
        "pension age to 65?",
        "bbc-politics-294",
        "Mark Serwotka",
    ),
    _b30_c(
        "who",
        "Which European Parliament president was told by Jose Manuel Barroso that the software "
        "patent directive would not be re-drafted?",
        "bbc-tech-048",
        "Josep Borrell",
    ),
    # when
    _b30_c(
        "when",
        "When are the first of the Home Office's new ID cards due to be issued?",
        "bbc-politics-049",
        "2008",
    ),
    _b30_c(
        "when",
        "In what year did Queen get to number one with boy band 5ive singing We Will Rock You?",
        "bbc-entertainment-138",
        "2000",
    ),
    _b30_c(
        "when",
        "When is Macrovision's RipGuard anti-ripping technology expected to start appearing on "
        "DVDs?",
        "bbc-tech-043",
        "middle of 2005",
    ),
    _b30_c(
        "when",
        "In what year did billionaire Roman Abramovich buy Chelsea?",
        "bbc-sport-181",
        "2003",
    ),
    _b30_c(
        "when",
        "By when had BT set itself the target of five million broadband customers over the "
        "phone line?",
        "bbc-tech-254",
        "summer 2006",
    ),
    _b30_c(
        "when",
        "When did Nokia launch its N-Gage game phone?",
        "bbc-tech-095",
        "late 2003|2003",
    ),
    _b30_c(
        "when",
        "In which month was China's industrial output growing at 23%, before credit curbs "
        "slowed it to 15.7%?",
        "bbc-business-016",
        "February",
    ),
    _b30_c(
        "when",
        "On what date did Singapore police arrest China Aviation Oil chief executive Chen Jiulin?",
        "bbc-business-499",
        "8 December",
    ),
    _b30_c(
        "when",
        "When was the UK's previous monthly texting record of 2.3 billion messages set, before "
        "December's bumper total?",
        "bbc-tech-372",
        "October 2004",
    ),
    _b30_c(
        "when",
        "On what date were the freedom of information laws due to come into force, amid the row "
        "over Cabinet Office e-mail deletions?",
        "bbc-politics-002",
        "1 January",
    ),
    _b30_c(
        "when",
        "In which month did Andy Robinson succeed Sir Clive Woodward as England rugby coach?",
        "bbc-sport-289",
        "September",
    ),
    _b30_c(
        "when",
        "When did Rick Parry join Liverpool as chief executive from the Premier League?",
        "bbc-sport-112",
        "July 1998",
    ),
    _b30_c(
        "when",
        "Since when have HP inkjet printer buyers been covered by the Georgia woman's lawsuit "
        "over expiring ink cartridges?",
        "bbc-tech-037",
        "February 2001",
    ),
    _b30_c(
        "when",
        "What was the deadline day for registering to vote in England, Scotland and Wales for a "
        "5 May general election?",
        "bbc-politics-412",
        "Friday 11 March|11 March",
    ),
    _b30_c(
        "when",
        "On what date did Ruud van Nistelrooy aggravate his Achilles injury in Manchester "
        "United's 3-0 win over West Brom?",
        "bbc-sport-096",
        "27 November",
    ),
    _b30_c(
        "when",
        "When is Balco boss Victor Conte, sued for defamation by Marion Jones, due to go on trial?",
        "bbc-sport-088",
        "March",
    ),
    _b30_c(
        "when",
        "When were Hawkpoint appointed as advisors to find new investment for Liverpool?",
        "bbc-sport-118",
        "March 2004",
    ),
    _b30_c(
        "when",
        "Since when has Japan's NEC Earth Simulator held the top spot among the world's "
        "supercomputers?",
        "bbc-tech-173",
        "June 2002",
    ),
    _b30_c(
        "when",
        "Which date have unions earmarked for a one-day strike over plans to raise the public "
        "sector pension age?",
        "bbc-politics-294",
        "23 March",
    ),
    _b30_c(
        "when",
        "When did EU ministers reach the software patent agreement that the European Commission "
        "refused to re-draft?",
        "bbc-tech-048",
        "May 2004",
    ),
    _b30_c(
        "when",
        "On what day of his pre-election tour was Charles Kennedy due to visit Leicester South?",
        "bbc-politics-335",
        "Tuesday",
    ),
    _b30_c(
        "when",
        "In what month did MCI, formerly Worldcom, emerge from Chapter 11 bankruptcy protection?",
        "bbc-business-251",
        "April",
    ),
    # where
    _b30_c(
        "where",
        "In which city was Labour's poster launch with Gordon Brown, Alan Milburn and John "
        "Prescott held?",
        "bbc-politics-257",
        "London",
    ),
    _b30_c(
        "where",
        "In which city did England lose 19-13 to Ireland in the Six Nations after being denied "
        "two tries?",
        "bbc-sport-289",
        "Dublin",
    ),
    _b30_c(
        "where",
        "In which city did the Indonesian stock exchange hit a record high despite the tsunami?",
        "bbc-business-260",
        "Jakarta",
    ),
    _b30_c(
        "where",
        "Where will Disney's Blu-ray films first be available, when players for Sony's format "
        "go on sale?",
        "bbc-tech-224",
        "North America|Japan",
    ),
    _b30_c(
        "where",
        "Where was the tennis event that began offering equal prize money to women, as Lindsay "
        "Davenport criticised Wimbledon?",
        "bbc-sport-432",
        "Dubai",
    ),
    _b30_c(
        "where",
        "Where are the British and Irish Lions touring next summer under coach Clive Woodward?",
        "bbc-sport-385",
        "New Zealand",
    ),
    _b30_c(
        "where",
        "In which city is SG Securities energy economist Deborah White based?",
        "bbc-business-381",
        "Paris",
    ),
    _b30_c(
        "where",
        "In which city is China Aviation Oil's parent, China Aviation Oil Holding Company, based?",
        "bbc-business-499",
        "Beijing",
    ),
    _b30_c(
        "where",
        "In which city did Samsung show a phone using Freescale's ultra-wideband technology at "
        "the 3GSM conference?",
        "bbc-tech-343",
        "Cannes",
    ),
    _b30_c(
        "where",
        "Which airport's expansion plans did Scottish Tory leader David McLetchie question in a "
        "parliamentary motion?",
        "bbc-politics-045",
        "Edinburgh Airport|Edinburgh",
    ),
    _b30_c(
        "where",
        "Where did British Davis Cup newcomer David Sherwood win his Futures tournaments?",
        "bbc-sport-431",
        "Wrexham|Edinburgh",
    ),
    _b30_c(
        "where",
        "Where in England are mayoral elections scheduled for 5 May, alongside the expected "
        "general election?",
        "bbc-politics-412",
        "Doncaster|Hartlepool|North Tyneside|Stoke-on-Trent",
    ),
    _b30_c(
        "where",
        "In which country has Ruud van Nistelrooy been training while recovering from his "
        "Achilles injury?",
        "bbc-sport-096",
        "Holland",
    ),
    _b30_c(
        "where",
        "In which city were Stuff and What Hi-Fi? hosting a best-of gadget show starring Sony's "
        "Qrio robot?",
        "bbc-tech-172",
        "London",
    ),
    _b30_c(
        "where",
        "Where is Activision, reportedly on News Corp's video games takeover list, based?",
        "bbc-business-447",
        "Santa Monica",
    ),
    _b30_c(
        "where",
        "In which city is the World Trade Organisation based, as it opens membership talks with "
        "Iraq and Afghanistan?",
        "bbc-business-320",
        "Geneva",
    ),
    _b30_c(
        "where",
        "Where is the IBM production facility where a Blue Gene/L machine reached 36.01 "
        "teraflops in internal testing?",
        "bbc-tech-173",
        "Rochester, Minnesota|Rochester",
    ),
    _b30_c(
        "where",
        "Where were the 2005 Orange British Academy Film Awards held?",
        "bbc-entertainment-038",
        "The Odeon|Leicester Square",
    ),
    _b30_c(
        "where",
        "Which counties did Charles Kennedy visit on the Monday his Lib Dem pre-election tour "
        "began?",
        "bbc-politics-335",
        "Somerset|Hampshire",
    ),
    # how many
    _b30_c(
        "how many",
        "How many mobile phones did Gartner say were sold worldwide in 2004, a record total?",
        "bbc-tech-064",
        "674 million",
    ),
    _b30_c(
        "how many",
        "How much will people pay for a passport and ID card together under the Home Office "
        "scheme?",
        "bbc-politics-049",
        "£85",
    ),
    _b30_c(
        "how many",
        "By how much did UK manufacturing output fall in November, confounding hopes of a 0.3% "
        "rise?",
        "bbc-business-290",
        "0.1%",
    ),
    _b30_c(
        "how many",
        "What share of British camera phone users have never sent a multimedia message, "
        "according to Continental Research?",
        "bbc-tech-234",
        "36%",
    ),
    _b30_c(
        "how many",
        "What is the gross domestic product of the Maldives, whose spokesman feared tsunami "
        "costs could exceed it?",
        "bbc-business-260",
        "$660m",
    ),
    _b30_c(
        "how many",
        "What share of DVD content is produced by Paramount, Universal and Warner Brothers, the "
        "studios backing HD-DVD?",
        "bbc-tech-224",
        "45%",
    ),
    _b30_c(
        "how many",
        "For how much did Ruud Gullit sign Marcel Desailly for Chelsea from AC Milan?",
        "bbc-sport-181",
        "£4.6m",
    ),
    _b30_c(
        "how many",
        "What were Latin America's exports worth in 2004, according to the Inter-American "
        "Development Bank?",
        "bbc-business-259",
        "$445.1bn",
    ),
    _b30_c(
        "how many",
        "At what rate to the dollar is China's yuan pegged?",
        "bbc-business-016",
        "8.28",
    ),
    _b30_c(
        "how many",
        "How much did China Aviation Oil lose trading in oil futures?",
        "bbc-business-499",
        "$550m",
    ),
    _b30_c(
        "how many",
        "Over what range does Intel's ultra-wideband wireless technology work?",
        "bbc-tech-343",
        "10 metres",
    ),
    _b30_c(
        "how many",
        "How many public bodies will the Freedom of Information Act give the public a right to "
        "information from?",
        "bbc-politics-002",
        "100,000",
    ),
    _b30_c(
        "how many",
        "How many critical security holes did Microsoft flag in the monthly bulletin that "
        "included Internet Explorer fixes?",
        "bbc-tech-007",
        "eight",
    ),
    _b30_c(
        "how many",
        "How long a ban does Adrian Mutu face when the Football Association rules on his "
        "cocaine test?",
        "bbc-sport-201",
        "six months and two years",
    ),
    _b30_c(
        "how many",
        "By what percentage did Preston's electoral roll fall in a year, the biggest dip in the "
        "UK?",
        "bbc-politics-412",
        "17.5%",
    ),
    _b30_c(
        "how many",
        "How many goals had Ruud van Nistelrooy scored as Manchester United's top scorer before "
        "his Achilles injury?",
        "bbc-sport-096",
        "12",
    ),
    _b30_c(
        "how many",
        "How many members does the World Trade Organisation have, all of whom must back "
        "applicants like Iraq and Afghanistan?",
        "bbc-business-320",
        "148",
    ),
    _b30_c(
        "how many",
        "How many members of the Independent Feature Project/Los Angeles vote for the "
        "Independent Spirit Awards?",
        "bbc-entertainment-062",
        "9,000",
    ),
    _b30_c(
        "how many",
        "How many seats will Liverpool's planned new stadium in Stanley Park hold?",
        "bbc-sport-118",
        "60,000",
    ),
    _b30_c(
        "how many",
        "How much did Qwest reportedly bid for US phone company MCI?",
        "bbc-business-251",
        "$6.3bn",
    ),
)

B30_BBC_B = (
    # who
    _b30_c(
        "who",
        "Who, from Panasonic's Hollywood Laboratories, said gamers were 'ravenous' for the "
        "extra capacity of Blu-ray discs?",
        "bbc-tech-294",
        "Richard Doherty|Mr Doherty",
    ),
    _b30_c(
        "who",
        "Who is the singer of The Bravery, the New York band that topped the BBC's Sound of "
        "2005 poll?",
        "bbc-entertainment-142",
        "Sam Endicott",
    ),
    _b30_c(
        "who",
        "Which lawyer for Bernie Ebbers tried to portray former WorldCom finance chief Scott "
        "Sullivan as a liar?",
        "bbc-business-196",
        "Reid Weingarten",
    ),
    _b30_c(
        "who",
        "Which Labour MP said Tony Blair and Gordon Brown had been given a 'scorching' by MPs "
        "over their feud?",
        "bbc-politics-225",
        "Paul Flynn",
    ),
    _b30_c(
        "who",
        "Who won the Chicago Film Critics Association's director award for Million Dollar Baby?",
        "bbc-entertainment-030",
        "Clint Eastwood",
    ),
    _b30_c(
        "who",
        "Which lord chancellor said further House of Lords reform would have to wait for "
        "Labour's manifesto, as Betty Boothroyd called for a Lords Speaker?",
        "bbc-politics-117",
        "Lord Falconer",
    ),
    _b30_c(
        "who",
        "Which Liberal Democrat called for reform of the Common Agricultural Policy in the "
        "Commons debate on Jack Straw's EU White Paper?",
        "bbc-politics-383",
        "Sir Menzies Campbell|Menzies Campbell|Sir Menzies",
    ),
    _b30_c(
        "who",
        "Which former welfare minister said Tony Blair should sack Gordon Brown but was not "
        "strong enough to do so?",
        "bbc-politics-218",
        "Frank Field",
    ),
    _b30_c(
        "who",
        "Which Forrester senior analyst said Western PC makers would not dominate markets such "
        "as China and Russia in the long term?",
        "bbc-tech-242",
        "Simon Yates",
    ),
    _b30_c(
        "who",
        "Which UKIP Scotland chairman suspended East Kilbride candidate John Houston?",
        "bbc-politics-286",
        "Peter Nielson",
    ),
    _b30_c(
        "who",
        "Which Microprocessor Report editor said Sony's Cell chip could be marketed for "
        "everything from televisions to supercomputers?",
        "bbc-tech-018",
        "Kevin Krewell",
    ),
    _b30_c(
        "who",
        "Who is the Euronext chief who held talks with London Stock Exchange boss Clara Furse "
        "amid bid speculation?",
        "bbc-business-264",
        "Jean-Francois Theodore",
    ),
    _b30_c(
        "who",
        "Who founded the peer-to-peer network Red Swoosh?",
        "bbc-tech-391",
        "Travis Kalanick",
    ),
    _b30_c(
        "who",
        "Which Lib Dem home affairs spokesman called the ID card scheme 'deeply flawed' after "
        "Michael Howard decided to back it?",
        "bbc-politics-141",
        "Mark Oaten",
    ),
    _b30_c(
        "who",
        "Which Tory co-chairman said his party would show how 'juvenile' Blair and Brown were "
        "at its poster launch?",
        "bbc-politics-262",
        "Liam Fox",
    ),
    _b30_c(
        "who",
        "Who took over Italy's kicking duties from Luciano Orquera in the Six Nations defeat by "
        "Brian O'Driscoll's Ireland?",
        "bbc-sport-314",
        "Roland de Marigny|de Marigny",
    ),
    _b30_c(
        "who",
        "Which Bush-Cheney campaign spokesman said georgewbush.com blocked overseas visitors "
        "for security reasons?",
        "bbc-tech-123",
        "Scott Stanzel",
    ),
    _b30_c(
        "who",
        "Which Southern Hemisphere coach persuaded All Blacks captain Tama Umaga to play in the "
        "tsunami Rugby Aid match?",
        "bbc-sport-328",
        "Rod Macqueen",
    ),
    _b30_c(
        "who",
        "Which solicitor, representing eight of the foreign terror detainees, said detention "
        "had driven four of them to madness?",
        "bbc-politics-040",
        "Gareth Pierce",
    ),
    # when
    _b30_c(
        "when",
        "In what year did The Bravery, winners of the BBC's Sound of 2005 poll, play their "
        "first gig?",
        "bbc-entertainment-142",
        "2003",
    ),
    _b30_c(
        "when",
        "In what year did Richard Scrushy co-found HealthSouth?",
        "bbc-business-508",
        "1984",
    ),
    _b30_c(
        "when",
        "In what year did WorldCom, now known as MCI, emerge from bankruptcy protection?",
        "bbc-business-196",
        "2004",
    ),
    _b30_c(
        "when",
        "When will the EU start accession talks with Croatia, if it co-operates with the UN war "
        "crimes tribunal?",
        "bbc-politics-161",
        "April 2005",
    ),
    _b30_c(
        "when",
        "When is a working version of Sony's PlayStation 3 due to be shown off?",
        "bbc-tech-018",
        "May 2005",
    ),
    _b30_c(
        "when",
        "When did the US Court of Appeals rule in favour of file-sharing networks Grokster and "
        "StreamCast?",
        "bbc-tech-391",
        "August 2004",
    ),
    _b30_c(
        "when",
        "At what time of day will Gordon Brown deliver his 16 March Budget to the Commons?",
        "bbc-politics-077",
        "1230 GMT",
    ),
    _b30_c(
        "when",
        "When did the copper price reach a 16-year high, helping Chile's copper industry to "
        "record earnings?",
        "bbc-business-360",
        "October 2004",
    ),
    _b30_c(
        "when",
        "Since what date have Netcraft's monitoring stations outside the US failed to reach "
        "georgewbush.com?",
        "bbc-tech-123",
        "25 October",
    ),
    _b30_c(
        "when",
        "At what time will BBC One televise the IRB Rugby Aid match featuring Tama Umaga and "
        "Brian O'Driscoll?",
        "bbc-sport-328",
        "1400 GMT",
    ),
    _b30_c(
        "when",
        "By what year could Colombia's poverty rate fall to 15.3% if subsidies for the poor "
        "were better distributed?",
        "bbc-business-033",
        "2019",
    ),
    _b30_c(
        "when",
        "At what time was a bomb supposedly due to explode at Real Madrid's Bernabeu stadium "
        "during the Real Sociedad game?",
        "bbc-sport-245",
        "2100",
    ),
    _b30_c(
        "when",
        "When is the European constitution treaty due to come into force if all member states "
        "ratify it?",
        "bbc-politics-222",
        "November 2006",
    ),
    _b30_c(
        "when",
        "On what date do Matt Williams' Scotland host Italy at Murrayfield in the 2005 Six "
        "Nations?",
        "bbc-sport-322",
        "26 February",
    ),
    _b30_c(
        "when",
        "When did Robert Jackson, the Tory MP who defected to Labour, serve as higher education "
        "minister?",
        "bbc-politics-307",
        "between 1987 and 1990|1987",
    ),
    # where
    _b30_c(
        "where",
        "Where did Toshiba announce that its HD-DVD players would be on the market by the end "
        "of 2005?",
        "bbc-tech-294",
        "Las Vegas",
    ),
    _b30_c(
        "where",
        "Which country's Suzuki holds a majority stake in India's biggest carmaker Maruti?",
        "bbc-business-503",
        "Japan",
    ),
    _b30_c(
        "where",
        "Which EU member state twice rejected adoption of the Computer Implemented Inventions "
        "Directive in two months?",
        "bbc-tech-030",
        "Poland",
    ),
    _b30_c(
        "where",
        "Which African countries did Gordon Brown visit on his high-profile tour to highlight "
        "poverty?",
        "bbc-politics-225",
        "Tanzania|Mozambique|Kenya",
    ),
    _b30_c(
        "where",
        "Which countries did a European Commission study name as the biggest laggards on the "
        "Lisbon Agenda reforms?",
        "bbc-business-285",
        "Greece|Italy",
    ),
    _b30_c(
        "where",
        "In which cities had critics' associations already voted the road trip comedy Sideways "
        "best film?",
        "bbc-entertainment-030",
        "New York|Los Angeles",
    ),
    _b30_c(
        "where",
        "In which city will Sony, IBM and Toshiba reveal details of the Cell processor that "
        "will power PlayStation 3?",
        "bbc-tech-018",
        "San Francisco",
    ),
    _b30_c(
        "where",
        "In which city did Deutsche Boerse staff unions fear jobs would be lost to London if "
        "the LSE takeover went ahead?",
        "bbc-business-264",
        "Frankfurt",
    ),
    _b30_c(
        "where",
        "At which London theatre will the Billy Elliot stage musical have its opening night?",
        "bbc-entertainment-292",
        "Victoria Palace Theatre|Victoria Palace",
    ),
    _b30_c(
        "where",
        "Which constituency, held by Defence Secretary Geoff Hoon, was Robert Kilroy-Silk said "
        "to be eyeing for the election?",
        "bbc-politics-293",
        "Ashfield",
    ),
    _b30_c(
        "where",
        "In which cities were the Netcraft monitoring stations that could not view George W "
        "Bush's re-election website?",
        "bbc-tech-123",
        "London|Amsterdam|Sydney",
    ),
    _b30_c(
        "where",
        "Where will Wales travel next in the Six Nations after their six-try win over Italy in "
        "Rome?",
        "bbc-sport-312",
        "Paris",
    ),
    _b30_c(
        "where",
        "At which ground will Tama Umaga face Brian O'Driscoll in the IRB Rugby Aid match for "
        "tsunami victims?",
        "bbc-sport-328",
        "Twickenham",
    ),
    _b30_c(
        "where",
        "Where is the European Court of Human Rights, which Mary Robinson said could hear the "
        "UK terror detainees' case?",
        "bbc-politics-368",
        "Strasbourg",
    ),
    _b30_c(
        "where",
        "In which prison is detainee 'A', one of the foreign terror suspects held without "
        "trial, being held?",
        "bbc-politics-040",
        "Woodhill Prison|Woodhill",
    ),
    _b30_c(
        "where",
        "In which city did all 25 EU members sign the treaty establishing the European "
        "constitution?",
        "bbc-politics-222",
        "Rome",
    ),
    _b30_c(
        "where",
        "At which ground will Matt Williams' Scotland take on John Kirwan's Italy in the 2005 "
        "Six Nations?",
        "bbc-sport-322",
        "Murrayfield|Edinburgh",
    ),
    _b30_c(
        "where",
        "Where did Barcelona snatch a late 2-1 win on the weekend of the Bernabeu bomb scare?",
        "bbc-sport-245",
        "Albacete",
    ),
    _b30_c(
        "where",
        "Where will Labour hold its smaller February spring conference after choosing "
        "Manchester for its 2006 autumn conference?",
        "bbc-politics-004",
        "Blackpool",
    ),
    _b30_c(
        "where",
        "Which country is forecast by Forrester Research to gain 40 million new PC users by 2010?",
        "bbc-tech-242",
        "Indonesia",
    ),
    # how many
    _b30_c(
        "how many",
        "What were Maruti's total sales in the last three months of 2004?",
        "bbc-business-503",
        "30.1bn rupees",
    ),
    _b30_c(
        "how many",
        "How many MEPs backed the draft Computer Implemented Inventions Directive at the JURI "
        "committee meeting?",
        "bbc-tech-030",
        "two",
    ),
    _b30_c(
        "how many",
        "How many critics and broadcasters were surveyed for the BBC News website's Sound of "
        "2005 poll?",
        "bbc-entertainment-142",
        "110",
    ),
    _b30_c(
        "how many",
        "How many health clinics does HealthSouth currently operate after reorganising its board?",
        "bbc-business-508",
        "1,400",
    ),
    _b30_c(
        "how many",
        "How many versions of the Cabir mobile phone virus are known to exist?",
        "bbc-tech-116",
        "seven",
    ),
    _b30_c(
        "how many",
        "In how many categories did the Chicago Film Critics Association name Sideways the winner?",
        "bbc-entertainment-030",
        "five",
    ),
    _b30_c(
        "how many",
        "How many hereditary peers sat in the House of Lords before Labour removed all but 92 "
        "of them?",
        "bbc-politics-117",
        "750",
    ),
    _b30_c(
        "how many",
        "What price did the Nintendo DS sell for when it went on sale in the US in mid-November?",
        "bbc-tech-153",
        "$150",
    ),
    _b30_c(
        "how many",
        "How many new PCs will China add by 2010, according to Forrester Research?",
        "bbc-tech-242",
        "178 million",
    ),
    _b30_c(
        "how many",
        "How many years could it take Turkey to join the EU after the deal to open membership "
        "talks?",
        "bbc-politics-161",
        "15 years",
    ),
    _b30_c(
        "how many",
        "How much did Deutsche Boerse originally offer for the London Stock Exchange before the "
        "LSE rejected it?",
        "bbc-business-264",
        "£1.3bn",
    ),
    _b30_c(
        "how many",
        "How many couples go to court each year over child access disputes, as Lord Falconer "
        "floated tagging parents?",
        "bbc-politics-067",
        "15,000 and 20,000",
    ),
    _b30_c(
        "how many",
        "How many days could separate Gordon Brown's 16 March Budget from the announcement of a "
        "May election date?",
        "bbc-politics-077",
        "18 days",
    ),
    _b30_c(
        "how many",
        "How many children are in the cast of the Billy Elliot stage musical directed by "
        "Stephen Daldry?",
        "bbc-entertainment-292",
        "45",
    ),
    _b30_c(
        "how many",
        "How much in taxes has Chile's government collected thanks to its copper boom?",
        "bbc-business-360",
        "$950m",
    ),
    _b30_c(
        "how many",
        "How much money has the Colombian government earmarked for subsidies for the poor?",
        "bbc-business-033",
        "24.2 trillion pesos|$10.2bn|£5.5bn",
    ),
    _b30_c(
        "how many",
        "What was the average value of a remittance sent home by Mexicans working in the US?",
        "bbc-business-084",
        "$327",
    ),
    _b30_c(
        "how many",
        "What record low did the US dollar slide to against the euro in the last trading days "
        "before New Year?",
        "bbc-business-376",
        "$1.3666",
    ),
)

B30_NEAR_BBC_A = (
    "Who is the chief executive of Capgemini, the consultancy behind the survey on RFID tag "
    "privacy?",
    "Who founded Celltick, the Israeli firm whose broadcast technology Hutch India uses?",
    "What is the real name of the hacker using the alias Tee-222 who is thought to have written "
    "the Skulls phone program?",
    "Who founded Sybari Software, the security software maker Microsoft agreed to buy?",
    "In what year was Macrovision, maker of RipGuard, founded?",
    "When was the Mobile Data Association, which records UK text message totals, set up?",
    "On what date did Microsoft complete its purchase of Sybari Software?",
    "In what year did Hutch India launch its Hutch Alive service using Celltick technology?",
    "When was the MMS firm Adamind, headed by Shailendra Jain, founded?",
    "Where is Macrovision, the copy protection firm behind RipGuard, headquartered?",
    "In which city is Mblox, the messaging firm chaired by Andrew Bud, based?",
    "In which city is Capgemini, the consultancy that surveyed shoppers on RFID tags, "
    "headquartered?",
    "How much did Microsoft pay for security software maker Sybari Software?",
    "How many tickets have been sold for Queen's tour with Paul Rodgers?",
    "How many subscribers does Hutch India, the first user of Celltick's broadcast service, have?",
    "By how many votes did Parmjit Singh Gill win the Leicester South by-election?",
)

B30_NEAR_BBC_B = (
    "Who founded StreamCast Networks, the file-sharing firm whose president is Michael Weiss?",
    "Who heads Aquarius, the Russian PC maker tipped by Forrester Research to beat Western "
    "vendors?",
    "Which judge is presiding over Richard Scrushy's HealthSouth fraud trial?",
    "Who is the chief executive of anti-piracy firm Overpeer?",
    "When was Red Swoosh, the P2P network chaired by Travis Kalanick, founded?",
    "In what year was the Chilean Copper Commission, Cochilco, set up?",
    "When did Scott Sullivan become chief financial officer of WorldCom?",
    "When was John Houston selected as UKIP's candidate for East Kilbride?",
    "In which city is Richard Scrushy's HealthSouth fraud trial being held?",
    "Where did the Muslim Council of Britain meet Sky executives over the drama 24?",
    "Where is the anti-piracy firm Overpeer headquartered?",
    "In which city was Sam Endicott, singer of The Bravery, born?",
    "How many copies has The Bravery's debut single Unconditional sold?",
    "How many staff does HealthSouth employ?",
    "How many users does Travis Kalanick's P2P network Red Swoosh have?",
    "How much did Sky pay for the UK rights to the US drama 24?",
    "How many new PCs will Russia add by 2010, according to Forrester Research?",
)


_BBC_BATCHES = (
    (
        5,
        B5_BBC_BUSINESS_POLITICS + B5_BBC_SPORT_ARTS_TECH,
        B5_NEAR_BBC_BUSINESS_POLITICS + B5_NEAR_BBC_SPORT_ARTS_TECH,
    ),
    (
        6,
        B6_BBC_BUSINESS_POLITICS_TECH + B6_BBC_SPORT_ARTS,
        B6_NEAR_BBC_BUSINESS_POLITICS_TECH + B6_NEAR_BBC_SPORT_ARTS,
    ),
    (
        7,
        B7_BBC_BUSINESS_POLITICS_TECH + B7_BBC_SPORT_ARTS,
        B7_NEAR_BBC_BUSINESS_POLITICS_TECH + B7_NEAR_BBC_SPORT_ARTS,
    ),
    (
        8,
        B8_BBC_BUSINESS_POLITICS_TECH + B8_BBC_SPORT_ARTS,
        B8_NEAR_BBC_BUSINESS_POLITICS_TECH + B8_NEAR_BBC_SPORT_ARTS,
    ),
    (
        9,
        B9_BBC_BUSINESS_POLITICS_TECH + B9_BBC_SPORT_ARTS,
        B9_NEAR_BBC_BUSINESS_POLITICS_TECH + B9_NEAR_BBC_SPORT_ARTS,
    ),
    (
        10,
        B10_BBC_BUSINESS_POLITICS_TECH + B10_BBC_SPORT_ARTS,
        B10_NEAR_BBC_BUSINESS_POLITICS_TECH + B10_NEAR_BBC_SPORT_ARTS,
    ),
    (
        11,
        B11_BBC_BUSINESS_POLITICS_TECH + B11_BBC_SPORT_ARTS,
        B11_NEAR_BBC_BUSINESS_POLITICS_TECH + B11_NEAR_BBC_SPORT_ARTS,
    ),
    (
        12,
        B12_BBC_BUSINESS_POLITICS_TECH + B12_BBC_SPORT_ARTS,
        B12_NEAR_BBC_BUSINESS_POLITICS_TECH + B12_NEAR_BBC_SPORT_ARTS,
    ),
    (
        13,
        B13_BBC_BUSINESS_POLITICS_TECH + B13_BBC_SPORT_ARTS,
        B13_NEAR_BBC_BUSINESS_POLITICS_TECH + B13_NEAR_BBC_SPORT_ARTS,
    ),
    (
        14,
        B14_BBC_BUSINESS_POLITICS_TECH + B14_BBC_SPORT_ARTS,
        B14_NEAR_BBC_BUSINESS_POLITICS_TECH + B14_NEAR_BBC_SPORT_ARTS,
    ),
    (
        15,
        B15_BBC_BUSINESS_POLITICS_TECH + B15_BBC_SPORT_ARTS,
        B15_NEAR_BBC_BUSINESS_POLITICS_TECH + B15_NEAR_BBC_SPORT_ARTS,
    ),
    (
        16,
        B16_BBC_BUSINESS_POLITICS_TECH + B16_BBC_SPORT_ARTS,
        B16_NEAR_BBC_BUSINESS_POLITICS_TECH + B16_NEAR_BBC_SPORT_ARTS,
    ),
    (
        17,
        B17_BBC_BUSINESS_POLITICS_TECH + B17_BBC_SPORT_ARTS,
        B17_NEAR_BBC_BUSINESS_POLITICS_TECH + B17_NEAR_BBC_SPORT_ARTS,
    ),
    (
        18,
        B18_BBC_BUSINESS_POLITICS_TECH + B18_BBC_SPORT_ARTS,
        B18_NEAR_BBC_BUSINESS_POLITICS_TECH + B18_NEAR_BBC_SPORT_ARTS,
    ),
    (
        19,
        B19_BBC_BUSINESS_POLITICS_TECH + B19_BBC_SPORT_ARTS,
        B19_NEAR_BBC_BUSINESS_POLITICS_TECH + B19_NEAR_BBC_SPORT_ARTS,
    ),
    (20, B20_BBC_A + B20_BBC_B, B20_NEAR_BBC_A + B20_NEAR_BBC_B),
    (21, B21_BBC_A + B21_BBC_B, B21_NEAR_BBC_A + B21_NEAR_BBC_B),
    (22, B22_BBC_A + B22_BBC_B, B22_NEAR_BBC_A + B22_NEAR_BBC_B),
    (23, B23_BBC_A + B23_BBC_B, B23_NEAR_BBC_A + B23_NEAR_BBC_B),
    (24, B24_BBC_A + B24_BBC_B, B24_NEAR_BBC_A + B24_NEAR_BBC_B),
    (25, B25_BBC_A + B25_BBC_B, B25_NEAR_BBC_A + B25_NEAR_BBC_B),
    (26, B26_BBC_A + B26_BBC_B, B26_NEAR_BBC_A + B26_NEAR_BBC_B),
    (27, B27_BBC_A + B27_BBC_B, B27_NEAR_BBC_A + B27_NEAR_BBC_B),
    (28, B28_BBC_A + B28_BBC_B, B28_NEAR_BBC_A + B28_NEAR_BBC_B),
    (29, B29_BBC_A + B29_BBC_B, B29_NEAR_BBC_A + B29_NEAR_BBC_B),
    (30, B30_BBC_A + B30_BBC_B, B30_NEAR_BBC_A + B30_NEAR_BBC_B),
)
QUESTIONS += tuple(
    question
    for batch, answerable, near in _BBC_BATCHES
    for question in answerable + _near_misses("corpus", near, batch=batch)
)
