from __future__ import annotations

from bot.ingestion.dedupe import (
    canonical_url,
    content_hash,
    entity_terms,
    estimates,
    fingerprint,
    same_story,
    set_similarity,
    sketch_matrix,
)
from summaries.text import content_terms


def test_canonical_url_drops_tracking_and_fragments() -> None:
    a = canonical_url("HTTPS://Example.org:443/news/story/?utm_source=rss&utm_medium=feed&id=7#top")
    b = canonical_url("https://example.org/news/story?id=7&fbclid=abc")
    assert a == b == "https://example.org/news/story?id=7"
    assert canonical_url("http://example.org:8080/a?b=2&a=1") == "http://example.org:8080/a?a=1&b=2"
    assert canonical_url("https://example.org") == "https://example.org/"


def test_content_hash_ignores_case_spacing_and_headline() -> None:
    assert content_hash("A", "The  cat sat.") == content_hash("B", "the cat sat")
    assert content_hash("A", "The cat sat.") != content_hash("A", "The dog sat.")


def test_entity_terms_are_names_and_numbers() -> None:
    found = entity_terms("Crews said Helena Marques led 620 firefighters near Évora on Sunday.")
    assert {"helena", "marques", "620", "évora", "sunday"} <= found
    assert "crews" not in found, "a sentence's first word is not a name"


def test_fingerprint_similarities() -> None:
    one = (
        "The Northern Reserve Bank cut its policy rate to 3.50 percent on Tuesday, "
        "Governor Ana Lind said."
    )
    two = (
        "Governor Ana Lind said the Northern Reserve Bank cut its rate by 25 basis points "
        "to 3.50 percent."
    )
    other = "Astrid Moe won the World Cup opener at Ruka in her first race back from injury."
    fa, fb, fc = (fingerprint(t, content_terms(t)) for t in (one, two, other))
    assert set_similarity(fa.terms, fb.terms) > set_similarity(fa.terms, fc.terms)
    assert set_similarity(fa.entities, fb.entities) >= 0.5
    assert set_similarity(fa.entities, fc.entities) == 0
    est = estimates(fa.sketch, sketch_matrix([fa.sketch, fb.sketch, fc.sketch]))
    assert est[0] == 1.0 and est[1] > est[2]


def test_grouping_rule() -> None:
    assert same_story(terms=0.9, entities=0.0)
    assert same_story(terms=0.2, entities=0.3)
    assert not same_story(terms=0.2, entities=0.1)
    assert not same_story(terms=0.1, entities=0.6)
