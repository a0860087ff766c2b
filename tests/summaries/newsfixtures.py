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

# --- issue 13: fragments, repeats and dangling references (invented texts) ------------

QUBIT_TITLE = "Quantix runs a million rounds of error correction"

QUBIT = "\n\n".join(
    [
        (
            "Quantix Labs said on Thursday that its quantum processor had run one million "
            "rounds of error correction on a single logical qubit without an uncorrected error."
        ),
        (
            "The logical qubit was built from 97 physical qubits on the company's 256-qubit "
            "Birch chip, and the run lasted 1.1 seconds."
        ),
        (
            "Making the grid of qubits larger cut the logical error rate by a factor of 2.4 at "
            "each step, the company said, a sign that the design can scale."
        ),
        (
            "Dr Lena Ortmann, a physicist at the Bremen Institute of Quantum Engineering who "
            "was not involved in the work, noted that the experiment protected stored "
            "information but did not perform calculations on it."
        ),
        (
            'Quantix credits the result to a decoding method it calls "fast lattice '
            'surgery," in which pairs of logical qubits are merged and split again to move '
            "information around the chip."
        ),
        (
            "The Federation of Quantum Industries, which represents 140 chipmakers and cloud "
            "providers in 14 countries, said the milestone would attract 2 billion euros of "
            "new investment to European laboratories by 2030."
        ),
        "He said the next Birch chip would have 1,024 qubits.",
        (
            "Quantix, founded in 2019 in Hamburg, employs 85 people and raised 140 million "
            "euros in June in a funding round led by Elbe Capital."
        ),
        "The results were posted as a preprint and have not been peer reviewed.",
    ]
)

WRAPPED = (
    "Rebels now hold some 40\n0 settlements and over 10,000 sq. kilometers of territory, "
    "the monitors said on Monday.\n\n"
    "The bridge will cost $48 million, Mayor Daniel Ortiz said, adding that the\n"
    "Riverton council would vote on it in March.\n\n"
    "Construction is expected to start in September."
)

ROCKET_TITLE = "Tern rocket reaches orbit from Andvik with 14 satellites"

ROCKET = "\n\n".join(
    [
        (
            "Launch start-up Polaris Orbital reached orbit for the first time on Monday, when "
            "its Tern rocket lifted off from Andvik Spaceport at 10:42 local time and released "
            "14 small satellites into orbit about 540 kilometres above Earth."
        ),
        "All 14 satellites separated from the upper stage 58 minutes after liftoff.",
        (
            "The Tern rocket lifted off from Andvik at 10:42 and placed 14 small satellites in "
            "orbit, the company said."
        ),
        (
            "Tern's first flight in April ended 41 seconds after liftoff, when a valve froze "
            "and the rocket fell into the sea."
        ),
        "Engineers redesigned the valve heaters and added a second shutdown system.",
        "The company plans four launches in 2027, the first in March.",
    ]
)

PAY_TITLE = "Male managers paid 13% more than female colleagues, study finds"

PAY = "\n\n".join(
    [
        (
            "Male managers are paid 13% more than female colleagues doing the same job, a "
            "study of 40,000 payslips has found. Paid more: a male manager earns 13% higher "
            "than a colleague of the opposite sex, the study of managers found."
        ),
        (
            "The gap was widest in finance, where men earned £9,200 a year more, and smallest "
            "in the public sector."
        ),
        "Researchers at the Institute for Workplace Studies said the gap had narrowed since 2015.",
        "Employers with more than 250 staff must publish their pay gaps every April.",
        "The institute called for bonus figures to be published as well.",
    ]
)

PENSION_TITLE = "Brown defends pension plan costs"

PENSION = "\n\n".join(
    [
        PENSION_TITLE,
        (
            "The chancellor has rejected claims that his reforms to the state pension will "
            "leave millions of retired people worse off."
        ),
        "Opposition parties said the pension plan was unfunded and unfair to savers.",
        "Gordon Brown told a committee of MPs on Tuesday that the changes were fair.",
        "He said the pension plan costs would be met from higher growth and lower debt costs.",
        "However, the plan costs were attacked by the Institute for Fiscal Studies.",
        "The reforms are due to take effect next April.",
    ]
)

FIRE_LOCAL_TITLE = "Wildfire near Valdera forces 1,150 from their homes"

FIRE_LOCAL = "\n\n".join(
    [
        (
            "A wildfire north of Valdera has forced 1,150 people from their homes and burned "
            "about 4,800 hectares of pine forest and farmland, fire officials said on Sunday, "
            "as crews struggled against strong winds."
        ),
        (
            "The blaze broke out on Friday afternoon near the village of Monte Alto and spread "
            "south overnight, forcing the evacuation of four villages."
        ),
        (
            "Commander Ana Ribeiro, who leads the regional civil protection service, said 620 "
            "firefighters, 190 vehicles and 11 aircraft were deployed on Sunday morning."
        ),
        (
            "Valdera's mayor, Jorge Lima, said evacuated residents were being housed at the "
            "municipal sports hall and two schools."
        ),
        "No injuries have been reported.",
    ]
)

FIRE_WIRE_TITLE = "Rare November wildfire burns 4,800 hectares as drought grips the south"

FIRE_WIRE = "\n\n".join(
    [
        (
            "Firefighters backed by water bombers fought on Sunday to contain a wildfire that "
            "has burned some 4,800 hectares near the town of Valdera, a blaze that experts "
            "said showed the fire season stretching deep into autumn."
        ),
        (
            "More than 1,100 residents of four villages have been evacuated since the fire "
            "started on Friday, the civil protection service said."
        ),
        (
            "The region has recorded only 31 millimetres of rain since September, the driest "
            "autumn since records began in 1931."
        ),
        "Two water bombers arrived from Spain on Saturday under a European assistance scheme.",
        (
            "Climate scientists have warned that hotter, drier conditions are lengthening "
            "the fire season across southern Europe."
        ),
    ]
)

DOPING_TITLE = "Skating chief says Varga should lose her titles"

# The lead reports what a quotation further down says again.
DOPING = "\n\n".join(
    [
        "The head of the International Skating Integrity Unit, Marta Lindqvist, says "
        "Hungarian skater Eszter Varga should lose all her world titles if she is found "
        "guilty of doping.",
        "Varga, 27, won three world titles between 2021 and 2024 and denies taking banned "
        "substances.",
        '"If she is found guilty she should lose all her world titles and be banned for '
        'four years," said Lindqvist.',
        "The unit opened its case in March after a sample taken at the Helsinki "
        "championships showed traces of a banned stimulant.",
        "A hearing before an independent panel in Lausanne is expected to begin in February.",
        "Varga's lawyer, Gábor Szabó, said the sample had been handled badly and would be "
        "challenged.",
        "The skater has continued to train in Budapest while the case is heard.",
    ]
)

TRIAL_TITLE = "Charity treasurer goes on trial"

# The second paragraph's short line is said again, with more, by the third.
TRIAL = "\n\n".join(
    [
        "A former charity treasurer went on trial at Northfield Crown Court on Monday.",
        "Mr Okafor denies defrauding the charity.",
        "Mr Okafor, 52, denies forging 31 invoices and defrauding the Riverside Food Bank "
        "charity over four years.",
        "The food bank feeds about 900 families a week from a warehouse in Mill Lane.",
        "Its chair, Dr Helen Price, told the court the losses had forced it to close on Saturdays.",
        "The trial is expected to last three weeks.",
    ]
)
