from __future__ import annotations

import pytest

from bot.answers.topics import TopicError, parse_topic
from bot.storage.query import fts5, tsquery


@pytest.mark.parametrize(
    ("text", "fts"),
    [
        ("syria", '"syria"'),
        ("syria OR palmyra", '("syria" OR "palmyra")'),
        ("syria palmyra", '"syria" AND "palmyra"'),
        ('"central bank" rates', '"central bank" AND "rates"'),
        ("election -football", '("election") NOT ("football")'),
        (
            'wildfire OR drought -"cricket pitch"',
            '(("wildfire" OR "drought")) NOT ("cricket pitch")',
        ),
        ("a OR b c", '("a" OR "b") AND "c"'),
    ],
)
def test_topics_compile_to_quoted_fts(text: str, fts: str) -> None:
    assert fts5(parse_topic(text).query) == fts


def test_source_filter_and_key() -> None:
    topic = parse_topic("Rates  source:Meridian")
    assert topic.sources == ("meridian",)
    assert fts5(topic.query) == '"Rates"'
    assert topic.key == parse_topic("rates source:meridian").key


@pytest.mark.parametrize(
    "text", ["NEAR(a b)", 'a* OR "b', "x') DROP TABLE articles; --", "(((", "AND OR NOT"]
)
def test_syntax_in_topics_is_never_fts_syntax(text: str) -> None:
    try:
        topic = parse_topic(text)
    except TopicError:
        return
    # Everything the user typed ends up inside double quotes.
    compiled = fts5(topic.query)
    outside = compiled
    for part in compiled.split('"')[1::2]:
        outside = outside.replace(f'"{part}"', "")
    assert set(outside) <= set("() ORANDT")


@pytest.mark.parametrize(
    ("text", "compiled"),
    [
        ("syria", "(('syria'))"),
        ("Elections OR palmyra", "(('elect') | ('palmyra'))"),
        ('"central banks" -crypto', "(('central' <-> 'bank')) & !(('crypto'))"),
        ("Évora x-ray", "(('evora')) & (('x' <-> 'rai'))"),
    ],
)
def test_topics_compile_to_tsquery_over_index_terms(text: str, compiled: str) -> None:
    assert tsquery(parse_topic(text).query) == compiled


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("-a -b", "at least one word"),
        ("OR a", "OR needs"),
        ("x" * 300, "longer"),
        ("source:", "needs an outlet name"),
        (" ".join(f"w{i}" for i in range(30)), "more than 24"),
    ],
)
def test_bad_topics(text: str, message: str) -> None:
    with pytest.raises(TopicError, match=message):
        parse_topic(text)


def test_a_quoted_outlet_name_is_one_source() -> None:
    topic = parse_topic('rates source:"Meridian  Wire"')
    assert topic.sources == ("meridian wire",)
    assert fts5(topic.query) == '"rates"'


@pytest.mark.parametrize(
    ("text", "sources", "excluded"),
    [
        ('source:"Meridian Wire"', ("meridian wire",), ""),
        ("source:reuters -football", ("reuters",), ""),
    ],
)
def test_an_outlet_alone_is_a_topic(text: str, sources: tuple[str, ...], excluded: str) -> None:
    topic = parse_topic(text)
    assert topic.sources == sources and topic.query.require == ()
    assert fts5(topic.query) == excluded  # nothing to look up: the outlet's newest articles


def test_typographic_quotes_make_a_phrase() -> None:
    assert fts5(parse_topic("“central bank” rates").query) == '"central bank" AND "rates"'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a", "only words like “a” or “the”"),
        ("the OR a", "only words like"),
        ("The Who", 'or quote a name: `"The Who"`'),
        (
            "WHO",
            "`WHO` is also the word “who”, which nearly every article has — add what it "
            'is about, e.g. `WHO election`, or write the name out: `"World Health Organization"`',
        ),
        ("US", "`US` is also the word “us”"),
        ('"water', "unbalanced quote"),
        ("climate --loud", "unknown option `--loud`"),
    ],
)
def test_topics_that_would_match_everything_or_hide_a_mistake(text: str, message: str) -> None:
    with pytest.raises(TopicError, match=message):
        parse_topic(text)


def test_a_quoted_phrase_of_common_words_is_specific() -> None:
    assert fts5(parse_topic('"the who"').query) == '"the who"'
