"""summaries.figures and summaries.discourse: what repeats, what leans on the sentence before."""

from __future__ import annotations

import pytest

from summaries.discourse import has_finite_verb, needs_antecedent
from summaries.figures import Figure, figures, shares_figure


def _values(text: str) -> set[tuple[str, float]]:
    return {(f.kind, f.value) for f in figures(text)}


def test_figures_are_read_as_values() -> None:
    assert _values("It burned 4,800 hectares and cost €4.2bn.") == {
        ("n", 4800.0),
        ("n", 4.2e9),
    }
    assert _values("The rate fell to 3.50 percent") == _values("the rate is 3.5%")
    assert _values("4.2 billion euros") == _values("€4.2bn")
    assert _values("at 10:42, won 27-24, rated 5/10") == {
        ("t", 1042.0),
        ("s", 27024.0),
        ("r", 5010.0),
    }


@pytest.mark.parametrize(
    "text",
    [
        "In 2026 the council met on Nov 22 and on 3 December.",
        "Two villages, 5 to 9 children and the 2027-28 season.",
        "Version v2.1 of the B52 plan.",
    ],
)
def test_years_days_and_small_counts_are_not_figures(text: str) -> None:
    assert figures(text) == frozenset()


def test_hedged_figures_match_close_values() -> None:
    evacuated = figures("More than 1,100 residents have been evacuated.")
    assert shares_figure(evacuated, figures("The fire forced 1,150 people from their homes."))
    assert not shares_figure(evacuated, figures("The fire forced 1,150 people out."[:0]))
    assert not shares_figure(figures("1,100 residents"), figures("1,150 people"))
    assert not shares_figure(figures("about 40 homes"), figures("41 homes"))
    assert Figure("n", 4800.0, True) in figures("some 4,800 hectares")


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("He said the plan was fair.", True),
        ("However, the plan costs were attacked.", True),
        ("In addition, the state will pay.", True),
        ("On Tuesday, she told MPs the plan was fair.", True),
        ('"We will win," she said.', True),
        ("I hate losing.", True),
        ("The 39-year-old paid tribute to his players.", True),
        ("Still, prices rose.", True),
        ("This year the council met twice.", False),
        ("Those who voted left early.", False),
        ("Still images show the fire.", False),
        ('"We will win," Ortiz said.', False),
        ('"They were superb," Ortiz said.', True),
        ("So far 12 people have died.", False),
        ("So the plan failed.", True),
        ("The former chief executive was charged.", False),
        ("The latter said no.", True),
        ("Helena Marques leads the response.", False),
        ("Theirry Henry scored twice.", False),
        ("The largest, a 180-kilogram probe, maps sea ice.", True),
        ("The two were arrested on Monday.", True),
        ("Both have denied wrongdoing.", True),
        ("The rest are stored in Oslo.", True),
        ("The largest bank in Spain fell.", False),
        ("The two companies merged.", False),
        ("Both sides agreed.", False),
        ("The protest was peaceful.", False),
        ("The first flight ended early.", False),
    ],
)
def test_needs_antecedent(text: str, leans: bool) -> None:
    assert needs_antecedent(text) is leans


def test_has_finite_verb_ignores_asides() -> None:
    assert has_finite_verb("The water authority said on Monday it would spend $12 million")
    assert has_finite_verb("Nordlys employs 310 people")
    assert not has_finite_verb("The Federation of Industries, which represents 140 chipmakers")
    assert not has_finite_verb("Dr Lena Ortmann (who was not involved), a physicist at Bremen")
