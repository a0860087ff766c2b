"""IANA time zone names: the zone a mistyped name, an abbreviation or a city means."""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache
from zoneinfo import available_timezones

# Time-zone abbreviations that are no IANA name, and the zone usually meant.
ABBREVIATIONS = {
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "MDT": "America/Denver",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "EDT": "America/New_York",
    "AKST": "America/Anchorage",
    "BST": "Europe/London",
    "IST": "Asia/Kolkata",
    "CEST": "Europe/Berlin",
    "EEST": "Europe/Athens",
    "WEST": "Europe/Lisbon",
    "MSK": "Europe/Moscow",
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "HKT": "Asia/Hong_Kong",
    "SGT": "Asia/Singapore",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
}
# More, only suggested for what follows `at HH:MM`: at the end of a topic these are words
# as often ("CT scan", "modern ART", "ICT"), so a topic never loses them to a zone.
OTHER_ABBREVIATIONS = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "AKDT": "America/Anchorage",
    "BRT": "America/Sao_Paulo",
    "ART": "America/Argentina/Buenos_Aires",
    "WAT": "Africa/Lagos",
    "CAT": "Africa/Maputo",
    "EAT": "Africa/Nairobi",
    "SAST": "Africa/Johannesburg",
    "PKT": "Asia/Karachi",
    "ICT": "Asia/Bangkok",
    "WIB": "Asia/Jakarta",
    "PHT": "Asia/Manila",
    "AWST": "Australia/Perth",
    "ACST": "Australia/Adelaide",
    "ACDT": "Australia/Adelaide",
}
# "Pacific Time", "Eastern Standard Time": the zone's name without these words
_TIME_WORDS = re.compile(r"(?:_(?:standard|daylight|summer))?_time$")

# Cities (and zone names: "Eastern", "Central European") people give that have no IANA
# name of their own.
CITY_ZONES = {
    **dict.fromkeys(
        ("mumbai", "delhi", "new_delhi", "bangalore", "bengaluru", "chennai", "hyderabad"),
        "Asia/Kolkata",
    ),
    **dict.fromkeys(("beijing", "shenzhen", "guangzhou", "hangzhou", "wuhan"), "Asia/Shanghai"),
    **dict.fromkeys(("osaka", "kyoto", "yokohama"), "Asia/Tokyo"),
    **dict.fromkeys(("lahore", "islamabad"), "Asia/Karachi"),
    **dict.fromkeys(("hanoi", "ho_chi_minh_city"), "Asia/Ho_Chi_Minh"),
    **dict.fromkeys(("abu_dhabi",), "Asia/Dubai"),
    **dict.fromkeys(("tel_aviv",), "Asia/Jerusalem"),
    **dict.fromkeys(
        ("washington", "washington_dc", "boston", "miami", "atlanta", "philadelphia", "eastern"),
        "America/New_York",
    ),
    **dict.fromkeys(("houston", "dallas", "austin", "new_orleans", "central"), "America/Chicago"),
    **dict.fromkeys(("mountain",), "America/Denver"),
    **dict.fromkeys(
        ("san_francisco", "seattle", "las_vegas", "san_diego", "pacific"), "America/Los_Angeles"
    ),
    **dict.fromkeys(("ottawa", "montreal"), "America/Toronto"),
    **dict.fromkeys(("rio_de_janeiro", "rio", "brasilia"), "America/Sao_Paulo"),
    **dict.fromkeys(("edinburgh", "manchester", "glasgow", "cardiff"), "Europe/London"),
    **dict.fromkeys(("munich", "frankfurt", "hamburg", "cologne"), "Europe/Berlin"),
    **dict.fromkeys(("marseille", "lyon"), "Europe/Paris"),
    **dict.fromkeys(("milan", "naples"), "Europe/Rome"),
    **dict.fromkeys(("barcelona", "seville", "valencia"), "Europe/Madrid"),
    **dict.fromkeys(("geneva",), "Europe/Zurich"),
    **dict.fromkeys(("the_hague", "rotterdam"), "Europe/Amsterdam"),
    **dict.fromkeys(("krakow",), "Europe/Warsaw"),
    **dict.fromkeys(("porto", "western_european"), "Europe/Lisbon"),
    **dict.fromkeys(("central_european",), "Europe/Berlin"),
    **dict.fromkeys(("eastern_european",), "Europe/Athens"),
    **dict.fromkeys(("british",), "Europe/London"),
    **dict.fromkeys(("greenwich_mean",), "GMT"),
    **dict.fromkeys(("st_petersburg", "saint_petersburg"), "Europe/Moscow"),
    **dict.fromkeys(("cape_town", "durban", "pretoria"), "Africa/Johannesburg"),
    **dict.fromkeys(("wellington",), "Pacific/Auckland"),
    **dict.fromkeys(("z", "zulu"), "UTC"),
}
# Countries with one zone, as people name them ("at 7:30 Germany").
COUNTRY_ZONES = {
    **dict.fromkeys(
        ("uk", "united_kingdom", "britain", "great_britain", "england", "scotland", "wales"),
        "Europe/London",
    ),
    **dict.fromkeys(("netherlands", "holland"), "Europe/Amsterdam"),
    **dict.fromkeys(("czechia", "czech_republic"), "Europe/Prague"),
    **dict.fromkeys(("turkey", "turkiye"), "Europe/Istanbul"),
    **dict.fromkeys(("south_korea", "korea"), "Asia/Seoul"),
    "india": "Asia/Kolkata",
    "germany": "Europe/Berlin",
    "france": "Europe/Paris",
    "ireland": "Europe/Dublin",
    "italy": "Europe/Rome",
    "spain": "Europe/Madrid",
    "belgium": "Europe/Brussels",
    "switzerland": "Europe/Zurich",
    "austria": "Europe/Vienna",
    "norway": "Europe/Oslo",
    "sweden": "Europe/Stockholm",
    "denmark": "Europe/Copenhagen",
    "finland": "Europe/Helsinki",
    "poland": "Europe/Warsaw",
    "greece": "Europe/Athens",
    "ukraine": "Europe/Kyiv",
    "israel": "Asia/Jerusalem",
    "egypt": "Africa/Cairo",
    "kenya": "Africa/Nairobi",
    "nigeria": "Africa/Lagos",
    "south_africa": "Africa/Johannesburg",
    "japan": "Asia/Tokyo",
    "china": "Asia/Shanghai",
    "pakistan": "Asia/Karachi",
    "bangladesh": "Asia/Dhaka",
    "thailand": "Asia/Bangkok",
    "vietnam": "Asia/Ho_Chi_Minh",
    "philippines": "Asia/Manila",
    "new_zealand": "Pacific/Auckland",
    "argentina": "America/Argentina/Buenos_Aires",
    "colombia": "America/Bogota",
    "peru": "America/Lima",
}
# Countries with several zones: two cities' zones to name in the answer.
MULTI_ZONE_COUNTRIES = {
    **dict.fromkeys(
        ("usa", "us", "united_states", "america"), ("America/New_York", "America/Los_Angeles")
    ),
    "canada": ("America/Toronto", "America/Vancouver"),
    "australia": ("Australia/Sydney", "Australia/Perth"),
    "brazil": ("America/Sao_Paulo", "America/Manaus"),
    "russia": ("Europe/Moscow", "Asia/Vladivostok"),
    "mexico": ("America/Mexico_City", "America/Tijuana"),
    "indonesia": ("Asia/Jakarta", "Asia/Makassar"),
}
# Offsets with minutes have no Etc/ name: the zone that keeps each all year.
HALF_HOUR_ZONES = {
    "+5:30": "Asia/Kolkata",
    "+5:45": "Asia/Kathmandu",
    "+3:30": "Asia/Tehran",
    "+4:30": "Asia/Kabul",
    "+6:30": "Asia/Yangon",
    "+9:30": "Australia/Darwin",
    "-3:30": "America/St_Johns",
    "-9:30": "Pacific/Marquesas",
}


@lru_cache(maxsize=1)
def zone_names() -> dict[str, str]:
    """Every IANA name, lowercased → as written."""
    return {name.lower(): name for name in available_timezones()}


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """A city's folded name ("new_york", "sao_paulo", "mumbai") → its zone."""
    out: dict[str, str] = {}
    for name in sorted(available_timezones()):
        if "/" in name and not name.startswith("Etc/"):
            out.setdefault(name.rsplit("/", 1)[1].lower(), name)
    return {**out, **CITY_ZONES, **COUNTRY_ZONES}


def _folded(name: str) -> str:
    """ "São Paulo" → "sao_paulo", "St. Petersburg" → "st_petersburg"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "_".join(plain.lower().replace(".", " ").replace("-", " ").split())


def country_zones(name: str) -> tuple[str, ...] | None:
    """Two zones of a country that has several ("USA", "Australia"), else None."""
    return MULTI_ZONE_COUNTRIES.get(_folded(name))


def closest_zone(name: str) -> str | None:
    """The zone `name` most likely means: an IANA name in any case or with a small typo,
    an abbreviation (`PST`, `CEST`), or a city (`Tokyo`, `São Paulo`, `Mumbai`); None
    when nothing is close."""
    exact = zone_names().get(name.lower())
    if exact is not None:
        return exact
    place = _TIME_WORDS.sub("", _folded(name)) or _folded(name)
    guess = (
        ABBREVIATIONS.get(name.upper())
        or OTHER_ABBREVIATIONS.get(name.upper())
        or _places().get(place)
    )
    if guess is not None:
        return guess
    if "/" in name:  # a typo in an IANA name: "Europe/Berln"
        close = difflib.get_close_matches(name, list(zone_names().values()), n=1, cutoff=0.6)
    else:  # a city's name, misspelt: "Tokio"; not any name that shares letters ("Cuba")
        close = [_places()[c] for c in difflib.get_close_matches(place, _places(), 1, 0.8)]
    return close[0] if close else None
