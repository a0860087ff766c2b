"""Short news texts written for these tests (no corpus text is copied here)."""

from __future__ import annotations

TITLE = "Riverton council approves new bridge after flood"

ARTICLE = "\n".join(
    [
        "Riverton council approves new bridge after flood",
        "",
        "By Maria Keller, Valley Times",
        "",
        (
            "Riverton's council voted 7-2 on Tuesday to build a new bridge over the Elm "
            "River, three months after floods destroyed the old crossing."
        ),
        (
            "The bridge will cost $48 million and is due to open in March 2027, Mayor Daniel "
            "Ortiz said."
        ),
        (
            "Engineers from Harlow & Finch will design the 220-metre span, which will carry "
            "two traffic lanes and a cycle path."
        ),
        "Why did it take so long?",
        '"We had to get this right," Ortiz told reporters after the vote.',
        (
            "The old bridge, built in 1931, collapsed on April 12 when the river rose 4.2 "
            "metres in a single night."
        ),
        (
            "About 14,000 drivers used it every day, and the detour added 25 minutes to many "
            "commutes."
        ),
        (
            "Councillor Priya Nair, who voted against the plan, said the money should go to "
            "flood defences first."
        ),
        "The state government has promised to pay 60 per cent of the cost.",
        "Construction is expected to start in September.",
        "Residents will be able to comment on the design at meetings in the town hall.",
        "Photo: The collapsed bridge in April (Getty Images)",
        "Share this with Email Facebook Twitter",
        "Maria Keller is a reporter covering local government for the Valley Times.",
    ]
)

SECOND = "\n".join(
    [
        (
            "Riverton will get a $48 million bridge to replace the crossing destroyed by "
            "April's flood, after councillors voted 7-2 on Tuesday."
        ),
        "The new Elm River bridge is due to open in March 2027, said Mayor Daniel Ortiz.",
        "The state will cover 60 per cent of the cost, according to the council.",
        "Opponents, led by Councillor Priya Nair, wanted flood defences built first.",
        "Local businesses said the detour had cut their trade by a third since April.",
    ]
)

THIRD = "\n".join(
    [
        (
            "Riverton councillors backed a new bridge over the Elm River on Tuesday by seven "
            "votes to two."
        ),
        "The old bridge collapsed on April 12 after the river rose 4.2 metres overnight.",
        "The council expects construction to begin in September.",
        "Harlow & Finch, an engineering firm from Portland, won the design contract.",
    ]
)

GERMAN = (
    "Der Stadtrat von Riverton hat am Dienstag den Bau einer neuen Brücke beschlossen. "
    "Die alte Brücke war im April bei einem Hochwasser eingestürzt. "
    "Die neue Brücke soll 48 Millionen Dollar kosten. "
    "Sie soll im März 2027 eröffnet werden. "
    "Die Bauarbeiten beginnen im September."
)
