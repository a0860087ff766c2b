"""How a question's words may be said in a sentence: the other forms of a word the stemmer
does not join ("founded" → "founder"), whether a word is present in a set of index keys,
and the words near a token."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from bot.answers.entities import COUNTRIES
from bot.answers.question import BASE_VERBS, CAPITAL_NAMES, Question
from bot.storage.terms import fold, index_key

INITIALS = frozenset(name.lower() for name in CAPITAL_NAMES)


# Words that say the same thing in other forms the stemmer does not join: irregular verbs
# and the doer of an action ("who founded …?" → "its founder, …").
EQUIVALENT_WORDS = (
    "win won winner victory",
    "lose lost loser defeat loss",  # ("a 1-0 defeat at the hands of Sevilla")
    "lead led leader",
    "run ran runner",
    "sell sold seller",
    "buy bought buyer purchase purchased reacquire reacquired",
    "pay paid",
    "respondents people",  # ("55% of the respondents said" for "what percentage of people …")
    "make made maker",
    "take took taken",
    "give gave given deliver delivered donate donated",
    "hold held holder",
    "meet met",
    "tell told",
    "say said",
    "become became",
    "leave left",
    "begin began begun",
    "fall fell fallen drop dropped sink sank slump slumped plunge plunged tumble tumbled down",
    "rise rose risen climb climbed soar soared jump jumped",
    "strike struck striker",
    "catch caught",
    "bring brought",
    "think thought",
    "choose chose chosen",
    "drive drove driven driver",
    # (the index's porter stems "flies" "fli" but keeps "fly": no vowel before the y)
    "fly flew flown flies",
    "try tries",
    # (and stems "gas" "ga" but "gases" "gase": a singular ending in one "s" loses it)
    "gas gases",
    "bus buses",
    "bonus bonuses",
    "virus viruses",
    "campus campuses",
    "census censuses",
    "status statuses",
    "lens lenses",
    "crisis crises",
    "cry cries",
    "dry dries",
    "spy spies",
    "grow grew grown",
    "keep kept keeper",
    "goalkeeper keeper goalie",
    "spend spent",
    "build built builder",
    "send sent",
    "shoot shot shooter bullet",  # ("eight bullets were fired" for "how many shots")
    "write wrote written writer author",
    "steal stole stolen",
    "join move",  # (a player who joins a club moves to it)
    " ".join(sorted(BASE_VERBS)),  # (where a firm is based, it has its headquarters)
    "break broke broken",
    "beat beaten",
    "know knew known",
    "go went gone",
    "come came",
    "see saw seen",
    "stand stood",
    "speak spoke spoken speaker speech",
    "wear wore worn",
    "wake woke woken",
    "hear heard",
    "teach taught teacher",
    "fight fought fighter",
    "swim swam swum swimmer",
    "sing sang sung singer",
    "throw threw thrown",
    "ride rode ridden rider",
    "sink sank sunk",
    "die died dead death",
    "found founded founder",
    "own owned owner",
    "show shown screen screened unveil unveiled",
    "raise raised hike hiked",
    "play played player",
    "score scored scorer goal",
    "kill killed killer",
    "edit edited editor",
    "direct directed director",
    "design designed designer",
    "invent invented inventor",
    "create created creator",
    "govern governor",
    "manage managed manager",
    "train trained trainer",
    "paint painted painter",
    "publish published publisher",
    "produce produced producer",
    "report reported reporter",
    "organise organised organiser organize organized organizer",
    "invest invested investor",
    "employ employed employer employee",
    "rescue rescued rescuer",
    "murder murdered murderer",
    "chair chaired chairman chairwoman chairperson chairmanship",
    "coach coached",
    "captain captained captains",
    "head headed",
    "host hosted",
    "star starred",
    "present presented presenter",
    "represent represented representative",
    "advise advised adviser advisor",
    "purchase purchased acquire acquired acquisition takeover",
    "comment commented",
    "born birth birthplace",
    # words news writes for one another
    "start started begin began launch open",
    "crash accident collision",
    "crash incident",
    "phone phones mobiles",  # ("674 million mobiles were sold")
    "run ran clocked",
    "rebel rebels rebelled rebellion revolt oppose",
    "month months quarter",
    "salary pay wage",
    "believe believed think thought",
    "attend attended watch watched crowd spectator spectators",
    "arrest arrested detain detained",
    "surgery operation",  # ("will undergo an operation on Monday")
    "accuse accused",
    "ban banned suspend suspended suspension",
    "beat victory defeat defeated",
    "sack sacked dismiss dismissed",
    "quit resign resigned",
    "inform informed tell told",  # ("told counterparts at UFJ of its decision on Friday")
    "decide decided decision",  # a verb and its noun the stemmer does not join
    "enter entered entry",
    "hire hired appoint appointed",
    "match game fixture meeting derby",
    "clash meet met",  # ("they meet again at Highbury on Tuesday")
    "last final",
    "first opening",
    "close closed closing closure shut shutting",
    "prize award",
    "test tested trial trialled trialed",
    "jail jailed prison imprisoned",
    "film movie",
    "previous last",  # ("the previous year": "last year")
    "meant intended supposed destined",  # ("was intended to be released in 2001")
    "find found discover discovered",
    "reveal revealed unveil unveiled disclose disclosed",
    "present presented release released unveil unveiled",  # ("details … were released")
    "vow vowed pledge pledged promise promised",
    "aim aims aimed intend intends intended",
    "front fronted present presented host hosted",
    "raise raised lift lifted boost boosted increase increased",
    "hand handed present presented receive received",
    "disappear disappeared vanish vanished",
    "postpone postponed delay delayed",
    "cancel cancelled scrap scrapped axe axed",
    "criticise criticised criticize criticized condemn condemned slam slammed",
    "reject rejected refuse refused",
    "sue sued lawsuit",
    "lawyer attorney",
    "relegation relegated demoted",
    "viewers audience",  # ("had a regular audience of eight million" for "how many viewers")
    "cut reduce reduced slash slashed",
    "injure injured hurt wounded",
    "claim claimed allege alleged",
    "schedule scheduled plan planned",
    "settle settled settlement",
    "release released open",
    "race raced run",  # ("her run in Birmingham at last weekend's Grand Prix")
    "award awarded receive received",  # ("who received an OBE in 2002")
    "miss missed absence absent",  # ("the absence of Andriy Shevchenko")
    "play played star starring",  # ("The Aviator, starring Leonardo DiCaprio as Howard Hughes")
    "aim aimed target targeted",
    "fellow compatriot countryman countrymen",  # ("beating compatriot Thomas Enqvist")
    "air aired broadcast",
    "bigger greater larger",
    "biggest greatest largest",
    # an adjective and its degrees, which the stemmer does not join ("the biggest since 1993")
    "big bigger biggest",
    "large larger largest",
    "high higher highest",
    "low lower lowest",
    "small smaller smallest",
    "long longer longest",
    "young younger youngest",
    "fast faster fastest",
    "strong stronger strongest",
    "weak weaker weakest",
    "uk britain",
    "bid offer",
    "talk talked speak spoke",
    "firm company",
    "deal agreement",
    "rise rose increase increased",
    "finish finished end ended",
    "keep kept retain retained",
    "netherlands holland",
    "require required requiring mandate mandated",
    "real genuine",
    "exhibit exhibiting showing",
    "expect expected estimate estimated",
    "seat seats constituency constituencies",
    "bondholder bondholders creditor creditors",
    "picture pictures image images",
    "switch switched defect defected defection",
    "lead head",
    "overtake overtook outstrip outstripped",
    "father dad",
    # a verb and its noun, which the stemmer does not join ("complain" → "complaint")
    "complain complaint",
    "unemployed unemployment",
    "enjoy enjoyment",
    "deploy deployment",
    "deny denial",
    "fail failure",
    "depart departure",
    "conclude conclusion",
    "invade invasion",
    "explode explosion",
    "admit admission",
    "compete competition",
    "reduce reduction",
    "introduce introduction",
    "destroy destruction",
    "describe description",
    "grow growth",
    "marry married marriage",
    "succeed success",
    "lend lent loan",
    "choose choice",
    "collide collision",
    "respond response",
    # and short names of parties
    "lib liberal",
    "dem dems democrat democrats",
    "tory tories conservative conservatives",
)


@lru_cache(maxsize=1)
def _equivalents() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for line in EQUIVALENT_WORDS + COUNTRIES:
        group = {index_key(word) for word in line.split()}
        for key in group:
            out.setdefault(key, set()).update(group)
    return {k: frozenset(v) for k, v in out.items()}


def variants(key: str) -> frozenset[str]:
    """The index keys that say what `key` says ("win" → "won", "winner")."""
    return _equivalents().get(key, frozenset((key,)))


def present(key: str, keys: frozenset[str]) -> bool:
    """Whether a question term (in any of its forms) is among a sentence's keys ("US" is
    also written "U.S.")."""
    return (
        key in keys
        or any(v in keys for v in variants(key))
        or (key in INITIALS and keys.issuperset(key))
    )


@lru_cache(maxsize=64)  # (asked of every sentence read for the question)
def named_words(q: Question) -> frozenset[str]:
    """The folded words of the names the question gives."""
    return frozenset(fold(t.word) for t in q.terms if t.name)


@lru_cache(maxsize=64)
def term_words(q: Question) -> frozenset[str]:
    """The folded words of all the question's terms."""
    return frozenset(fold(t.word) for t in q.terms)


def window(tokens: Sequence[str], keys: set[str], same: dict[str, str] | None = None) -> int:
    """The fewest consecutive tokens that hold every key of `keys` found in the sentence
    (`same` maps other forms of a key to it)."""
    same = same or {}
    positions = [(i, index_key(t)) for i, t in enumerate(tokens)]
    positions = [(i, same.get(k, k)) for i, k in positions if k in keys]
    wanted = {k for _, k in positions}
    best = len(tokens)
    have: dict[str, int] = {}
    left = 0
    for pos, key in positions:
        have[key] = have.get(key, 0) + 1
        while len(have) == len(wanted):
            best = min(best, pos - positions[left][0] + 1)
            lkey = positions[left][1]
            have[lkey] -= 1
            if not have[lkey]:
                del have[lkey]
            left += 1
    return best
