"""summaries.text: cleaning, boilerplate, sentences and tokens."""

from __future__ import annotations

from summaries.text import (
    STOP_WORDS,
    clean_article,
    clean_text,
    content_terms,
    is_boilerplate,
    list_items,
    split_sentences,
    stem,
    words,
)


def test_clean_text_unescapes_entities_and_drops_tags() -> None:
    assert clean_text("Tom &amp; Jerry&nbsp;met <b>Bob</b>.") == "Tom & Jerry met Bob."
    assert clean_text("double &amp;amp; escaped") == "double & escaped"


def test_clean_text_normalises_whitespace_and_keeps_paragraphs() -> None:
    text = "First  line\t here.\r\n\r\n\r\nSecond\u00a0para.\u200b\nThird para."
    assert clean_text(text) == "First line here.\n\nSecond para.\n\nThird para."


def test_clean_text_joins_hard_wrapped_lines() -> None:
    assert clean_text("a line that is\nwrapped here.") == "a line that is wrapped here."


def test_clean_text_separates_glued_sentences() -> None:
    assert clean_text("the community.Dr Venter said so.It works.") == (
        "the community. Dr Venter said so. It works."
    )
    assert clean_text('He said "no."Then he left.') == 'He said "no." Then he left.'


def test_clean_text_leaves_abbreviations_decimals_and_urls() -> None:
    text = "The U.S. grew 3.5 per cent, e.g. in www.Example.Com and U.S.Army reports."
    assert clean_text(text) == text


def test_clean_text_empty() -> None:
    assert clean_text("") == ""
    assert clean_text(" \n\t ") == ""


ARTICLE = (
    """Storm closes schools

By Jane Doe and John Roe | Example News

Heavy snow closed 120 schools across the county on Monday, officials said.
Photo: Snow on Main Street (Getty Images)
Crews worked through the night (Image credit: County Council). """
    """Scroll down for video Roads reopened by noon.
Share this with Email Facebook Twitter
Sign up for our newsletter
Example News
Leave a Reply
Your email address will not be published. Required fields are marked *
By Tuesday, most buses were running again.
Jane Doe is a reporter covering transport for Example News."""
)


def test_clean_article_drops_boilerplate_and_keeps_paragraphs() -> None:
    cleaned = clean_article(ARTICLE, "Storm closes schools")
    assert cleaned.split("\n\n") == [
        "Heavy snow closed 120 schools across the county on Monday, officials said.",
        "Crews worked through the night. Roads reopened by noon.",
        "By Tuesday, most buses were running again.",
    ]


def test_clean_article_keeps_headline_when_not_repeated() -> None:
    assert clean_article("Storm closes schools\n\nText here.", "Other title") == (
        "Storm closes schools\n\nText here."
    )


def test_clean_article_drops_written_by_and_sentence_level_prompts() -> None:
    text = "Written by Ann Lee\n\nThe vote passed 52-48. Click here to read the full bill."
    assert clean_article(text) == "The vote passed 52-48."


def test_is_boilerplate() -> None:
    for line in [
        "By Jane Doe",
        "Written by Jane Doe, Senior Editor",
        "Leave a Reply",
        "Your email address will not be published.",
        "Share this with Email",
        "Sign up for our newsletter",
        "Photo: A crowd in Berlin",
        "Getty Images",
        "The Daily Herald",
        "Published: 12:00 EST, 1 May 2013",
        "Story continues below advertisement",
        "Continue reading the main story",
        "This article was amended on 3 December 2026 to correct the spelling of a name.",
        "Last modified on Thu 3 Dec 2026 10.32 GMT",
        "Updated at 10:32 a.m. ET",
        "Editor's note: This story has been updated.",
        "Correction: An earlier version of this story misstated the cost.",
        "Listen to this article",
        "Get the latest news delivered to your inbox",
        "Most read",
        "Download the app",
        "Have a story tip? Email us at tips@example.com",
        "2 min read",
    ]:
        assert is_boilerplate(line), line
    for line in [
        "By Monday, the deal was done.",
        "By the end of the year sales rose.",
        "The mayor thanked the crews.",
        "Most read books of the year were thrillers, the survey found.",
        "Supported by grants, the museum reopened.",
        "Updated figures showed a rise.",
        "Correction officers went on strike on Monday.",
    ]:
        assert not is_boilerplate(line), line


def test_split_sentences_handles_abbreviations_quotes_and_decimals() -> None:
    text = (
        "Mr. Smith met the U.S. envoy at 3 p.m. on Friday. It cost $3.5 million. "
        '"We will win." Then he left.'
    )
    assert split_sentences(text) == [
        "Mr. Smith met the U.S. envoy at 3 p.m. on Friday.",
        "It cost $3.5 million.",
        '"We will win."',
        "Then he left.",
    ]


def test_a_title_after_a_countrys_initials_goes_on_the_sentence() -> None:
    text = (
        "In 2006, after the U.S. Ambassador to Kelso was asked to resign, Tom Beale spoke. "
        "Ana Ruiz met the U.N. Secretary in May. She moved to the U.S. Then she left."
    )
    assert split_sentences(text) == [
        "In 2006, after the U.S. Ambassador to Kelso was asked to resign, Tom Beale spoke.",
        "Ana Ruiz met the U.N. Secretary in May.",
        "She moved to the U.S.",
        "Then she left.",
    ]
    # (a paragraph break still ends the sentence)
    assert split_sentences("She moved to the U.S.\n\nJudge Ada Quill agreed.") == [
        "She moved to the U.S.",
        "Judge Ada Quill agreed.",
    ]


def test_a_caption_without_a_full_stop_ends_where_the_next_sentence_opens() -> None:
    text = (
        "Haul: The cherry picker collecting drugs from the roof of HMP Calder in Kelso The "
        "amount of drugs thrown over the fence is high. Quote: Ana Ruiz spoke to The Times "
        "about it. She said: 'We stayed in Kelso The Times was wrong.' Agent Tom Beale said: "
        "'She was a favourite client She never complained.'"
    )
    assert split_sentences(text) == [
        "Haul: The cherry picker collecting drugs from the roof of HMP Calder in Kelso",
        "The amount of drugs thrown over the fence is high.",
        "Quote: Ana Ruiz spoke to The Times about it.",
        "She said: 'We stayed in Kelso The Times was wrong.'",
        "Agent Tom Beale said: 'She was a favourite client She never complained.'",
    ]


def test_company_forms_do_not_end_a_sentence() -> None:
    text = "Shares in Harbour Pty. Ltd. and Keel Mfg. Co. rose. Critics blamed the CIA. Kemp left."
    assert split_sentences(text) == [
        "Shares in Harbour Pty. Ltd. and Keel Mfg. Co. rose.",
        "Critics blamed the CIA.",
        "Kemp left.",
    ]


def test_split_sentences_glued_and_paragraphs() -> None:
    assert split_sentences("It rained.Dr Venter stayed in.\n\nHeading\n\nNext one.") == [
        "It rained.",
        "Dr Venter stayed in.",
        "Heading",
        "Next one.",
    ]


def test_split_sentences_bad_input() -> None:
    assert split_sentences("") == []
    assert split_sentences("one sentence without a stop") == ["one sentence without a stop"]
    pieces = split_sentences("word " * 1000)
    assert len(pieces) > 1
    assert all(len(p.split()) <= 80 for p in pieces)


def test_words_stem_and_content_terms() -> None:
    assert words("Locke's team won 3.5% of 1,000 votes in the U.S.") == [
        "locke's",
        "team",
        "won",
        "3.5%",
        "of",
        "1,000",
        "votes",
        "in",
        "the",
        "u.s",
    ]
    assert stem("running") == "run"
    assert stem("locke's") == stem("locke")
    assert {"the", "and", "said"} <= STOP_WORDS
    assert content_terms("The teams were running in Berlin") == ["team", "run", "berlin"]


def test_split_sentences_other_scripts() -> None:
    assert split_sentences("这是一个测试。这是第二句话！第三句话在这里？") == [
        "这是一个测试。",
        "这是第二句话！",
        "第三句话在这里？",
    ]
    assert split_sentences("Совет одобрил мост. Старый мост рухнул в апреле.") == [
        "Совет одобрил мост.",
        "Старый мост рухнул в апреле.",
    ]
    long_token = split_sentences("x" * 5000)
    assert [len(p) for p in long_token] == [1000] * 5


def test_split_sentences_titles_after_a_full_stop() -> None:
    assert split_sentences("He said so. Dr. Jones agreed.") == ["He said so.", "Dr. Jones agreed."]
    assert split_sentences("Army Spc. Caleb Barnes was charged. Lt. Lee was not.") == [
        "Army Spc. Caleb Barnes was charged.",
        "Lt. Lee was not.",
    ]
    assert split_sentences("We met at 3 p.m. Dr. Smith arrived late.") == [
        "We met at 3 p.m. Dr. Smith arrived late."
    ]


def test_a_line_break_inside_a_paragraph_is_not_a_sentence_boundary() -> None:
    from tests.summaries.newsfixtures import WRAPPED

    assert split_sentences(WRAPPED) == [
        "Rebels now hold some 400 settlements and over 10,000 sq. kilometers of territory, "
        "the monitors said on Monday.",
        "The bridge will cost $48 million, Mayor Daniel Ortiz said, adding that the Riverton "
        "council would vote on it in March.",
        "Construction is expected to start in September.",
    ]
    # One paragraph per line (as scrapers write it) stays one paragraph per line.
    assert clean_text("Heading\nFirst paragraph.\nSecond paragraph.") == (
        "Heading\n\nFirst paragraph.\n\nSecond paragraph."
    )


def test_html_line_breaks_inside_a_paragraph_are_spaces() -> None:
    html = "<p>The bridge will cost $48 million, Mayor Daniel\nOrtiz said.</p><p>Next one.</p>"
    assert clean_text(html) == (
        "The bridge will cost $48 million, Mayor Daniel Ortiz said.\n\nNext one."
    )


def test_common_words_are_not_abbreviations() -> None:
    assert split_sentences(
        "Managers are paid more, a study has found. Paid more: a manager earns 13% higher."
    ) == ["Managers are paid more, a study has found.", "Paid more: a manager earns 13% higher."]
    assert split_sentences("He fell ill last month. Doctors said he would recover.") == [
        "He fell ill last month.",
        "Doctors said he would recover.",
    ]
    ranks = "Gov. Smith met Sen. Jones and Lt. Col. Reyes of Acme Inc. on Monday."
    assert split_sentences(ranks) == [ranks]


def test_related_links_and_wire_credit_lines_are_boilerplate() -> None:
    text = (
        "LONDON (Northwire) - The museum reopened on Monday.\n\n"
        "Related: The museum's roof repairs ran over budget\n\n"
        "It had been closed for two years.\n\n"
        "Northwire writer Ola Berg contributed reporting.\n\n"
        "(Additional reporting by Kari Lund; Editing by Per Dahl)"
    )
    assert clean_article(text) == (
        "The museum reopened on Monday.\n\nIt had been closed for two years."
    )


def test_list_items_are_marked_lines_of_a_list_not_a_lone_closing_brief() -> None:
    paragraphs = [
        "The plan has two parts:",
        "- The quay closes in May.",
        "- First of two.",
        "- Second of two.",
        "Officials said more would follow.",
        "- A brief about another story.",
    ]
    assert list_items(paragraphs) == [False, True, True, True, False, False]
