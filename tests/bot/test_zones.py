from __future__ import annotations

import pytest

from bot.zones import closest_zone


@pytest.mark.parametrize(
    ("given", "zone"),
    [
        ("europe/berlin", "Europe/Berlin"),
        ("Europe/Berln", "Europe/Berlin"),
        ("Berlin", "Europe/Berlin"),
        ("new york", "America/New_York"),
        ("São Paulo", "America/Sao_Paulo"),
        ("St. Petersburg", "Europe/Moscow"),
        ("Tokio", "Asia/Tokyo"),
        ("Mumbai", "Asia/Kolkata"),
        ("Mumbay", "Asia/Kolkata"),
        ("Beijing", "Asia/Shanghai"),
        ("San Francisco", "America/Los_Angeles"),
        ("Pacific", "America/Los_Angeles"),
        ("pst", "America/Los_Angeles"),
        ("Z", "UTC"),
        # zones as people say them
        ("ET", "America/New_York"),
        ("PT", "America/Los_Angeles"),
        ("Pacific Time", "America/Los_Angeles"),
        ("Eastern Standard Time", "America/New_York"),
        ("Central European Time", "Europe/Berlin"),
        ("British Summer Time", "Europe/London"),
        ("SAST", "Africa/Johannesburg"),
    ],
)
def test_a_city_an_abbreviation_or_a_typo_names_its_zone(given: str, zone: str) -> None:
    assert closest_zone(given) == zone


@pytest.mark.parametrize(
    "given", ["Narnia", "Qwertyuiop", "Europe/Atlantis-Under-The-Sea", "time", "Summer Time"]
)
def test_nothing_close_is_no_guess(given: str) -> None:
    assert closest_zone(given) is None
