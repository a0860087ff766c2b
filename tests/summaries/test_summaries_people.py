"""summaries.people: a person's first bare surname in a summary is written in full."""

from __future__ import annotations

import pytest

from summaries.multidoc import Doc, summarize_article, summarize_story
from summaries.people import introduce_people

FERRY = (
    "Harbour master Ingrid Solberg, who has run the port for a decade, said the new ferry "
    "would sail from March. "
    '"We have waited twenty years for this boat," Solberg said. '
    "The ferry cost 40 million kroner and carries 300 passengers."
)


@pytest.mark.parametrize(
    ("lines", "shown"),
    [
        (  # the sentence that named her was left out: her first mention gets her name
            ['"We have waited twenty years for this boat," Solberg said.', "Solberg smiled."],
            [
                '"We have waited twenty years for this boat," Ingrid Solberg said.',
                "Solberg smiled.",
            ],
        ),
        (  # an earlier line named her already
            ["Ingrid Solberg runs the port.", '"We waited," Solberg said.'],
            ["Ingrid Solberg runs the port.", '"We waited," Solberg said.'],
        ),
        (["Mr Solberg and Mr. Solberg are others."], ["Mr Solberg and Mr. Solberg are others."]),
        (["Solberg Shipping built it."], ["Solberg Shipping built it."]),
        (  # a quotation is shown as said; she is named at the first mention outside one
            ['"Solberg did well," the mayor said.', "“Ask Solberg,” he said.", "Solberg won."],
            [
                '"Solberg did well," the mayor said.',
                "“Ask Solberg,” he said.",
                "Ingrid Solberg won.",
            ],
        ),
    ],
)
def test_a_bare_surname_is_written_in_full_once(lines: list[str], shown: list[str]) -> None:
    assert introduce_people(lines, [FERRY]) == shown


def test_a_surname_opening_a_sentence_as_its_speaker_is_a_person() -> None:
    text = (
        "Governor Ingrid Halvorsen said the committee had been split 5-2. Halvorsen warned "
        "that the weaker krone could slow that progress."
    )
    line = "Halvorsen warned that the weaker krone could slow that progress."
    assert introduce_people([line], [text]) == ["Governor Ingrid " + line]


def test_the_title_written_before_the_full_name_comes_with_it() -> None:
    text = (
        "Commander Helena Marques, who is directing the response, spoke on Sunday. "
        '"We are fighting a summer fire in November," Marques said. '
        "Chief Executive Rui Costa of the water company was not available. "
        '"We have enough water," Costa said.'
    )
    lines = ['"We are fighting a summer fire in November," Marques said.', "Marques left."]
    assert introduce_people(lines, [text]) == [
        '"We are fighting a summer fire in November," Commander Helena Marques said.',
        "Marques left.",
    ]
    # a name after a title of two words is found, and the title is not cut in half; a line
    # that names her already is kept
    assert introduce_people(['"We have enough water," Costa said.'], [text]) == [
        '"We have enough water," Rui Costa said.'
    ]
    assert introduce_people(["Helena Marques spoke."], [text]) == ["Helena Marques spoke."]


def test_names_with_accented_letters_are_names() -> None:
    text = "It is now run by Lurdes Aragão, 58. Aragão said she had turned down three offers."
    line = "Aragão said she had turned down three offers."
    assert introduce_people([line], [text]) == ["Lurdes " + line]
    quoted = '"It was a great night," Ødegaard said.'
    assert introduce_people([quoted], [f"Martin Ødegaard scored twice. {quoted}"]) == [
        '"It was a great night," Martin Ødegaard said.'
    ]


def test_nothing_is_written_in_full_when_it_is_not_known_who_is_meant() -> None:
    line = ['"We waited," Solberg said.']
    # the headline names her
    assert introduce_people(line, [FERRY], seen="Ingrid Solberg's ferry") == line
    # two Solbergs: which one said it is not known
    assert introduce_people(line, [FERRY, "Her brother Nils Solberg built it."]) == line
    # a surname never used alone for a person: "New Labour" … "Labour said"
    party = "New Labour won in 1997. Labour said it would build more ferries."
    assert introduce_people(["Labour said so."], [party]) == ["Labour said so."]


LOCAL = (
    "A new ferry will link the islands to the mainland from March, the port authority said on "
    "Monday. Harbour master Ingrid Solberg, who has run the port for a decade and who began "
    "work on the quay as a deckhand on the old boat in 1990 after leaving school in the town, "
    "welcomed the crew. Solberg said the ferry would carry 300 passengers and 80 cars on each "
    'crossing. "It is a great day for the islands," Solberg said.'
)
WIRE = (
    "A new ferry will link the islands to the mainland from March, the port authority said "
    "on Monday. The boat was built in Poland, sails at 20 knots and carries 300 passengers "
    "and 80 cars. It cost 40 million kroner, paid by the regional council. Tickets will cost "
    "the same as on the old boat. Harbour master Ingrid Solberg, who has run the port for a "
    "decade, will lead the welcome."
)


def test_summaries_of_one_article_and_of_a_story_name_the_person_they_quote() -> None:
    summary, facts = summarize_article(LOCAL, "Ferry arrives", 1, 3)
    assert "Solberg" not in summary[0]  # (her long introduction is no summary nor bullet)
    assert facts[0] == (
        "Ingrid Solberg said the ferry would carry 300 passengers and 80 cars on each crossing."
    )
    story = summarize_story(
        [
            Doc("Coast Wire", "New ferry for the islands", WIRE),
            Doc("Island Post", "Ferry", '"This ferry will change island life," Solberg said.'),
        ],
        sentences=2,
        facts=3,
    )
    quoted = [line for line in story.sentences if "island life" in line]
    assert quoted and "Ingrid Solberg said" in quoted[0], story


def test_a_surname_whose_first_mention_is_another_person_is_left_alone() -> None:
    # "Lord Solberg" is not his daughter Ingrid Solberg
    text = 'Lord Solberg denies it. His daughter Ingrid Solberg spoke. "No," Solberg said.'
    assert introduce_people(['"No," Solberg said.'], [text]) == ['"No," Solberg said.']
