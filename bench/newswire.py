"""A realistic stream of stored news for the benchmarks, made from the dev corpora.

Each corpus text becomes a story carried by one to six of 40 outlets (the copies are
consecutive articles; each later copy leaves out one paragraph, as outlets trim wire
copy), so digests meet stories with several sources and build their multi-article
summaries. Text k is story k, k + len(texts), …: a text recurs as a new story only
after every other text has had its turn, so at a few thousand articles a day a
24-hour window never holds the same text twice as unrelated stories.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bench.corpus import corpus_articles
from bot.ingestion.dedupe import fingerprint
from bot.ingestion.fingerprint import Fingerprint
from bot.storage.ports import Store
from bot.storage.records import NewArticle
from summaries.text import clean_article, content_terms

OUTLETS = 40
STORY_SIZES = (1, 1, 2, 1, 3, 1, 2, 4, 1, 2, 6, 1)  # outlets per story, in turn (mean 2.1)


def corpus_texts(corpus: Path) -> list[tuple[str, str]]:
    """(title, cleaned text) of every corpus article."""
    return [(title, clean_article(text, title)) for title, text in corpus_articles(corpus)]


class NewsWire:
    """Stored articles, one after another, as `add_articles` takes them."""

    def __init__(self, corpus: Path) -> None:
        self.texts = corpus_texts(corpus)
        self.prints: list[Fingerprint] = [
            fingerprint(f"{t}\n{x}", content_terms(f"{t}\n{x}")) for t, x in self.texts
        ]
        self.made = 0  # articles so far
        self.story = -1
        self.copies_left = 0
        self.copy = 0
        self.known: dict[int, int] = {}  # story placeholder → story id, once stored

    def next(self, stamp: datetime) -> tuple[NewArticle, int]:
        """The next article, fetched at `stamp`, and its story (a placeholder until stored)."""
        if self.copies_left == 0:
            self.story += 1
            self.copies_left = STORY_SIZES[self.story % len(STORY_SIZES)]
            self.copy = 0
        k = self.story % len(self.texts)
        title, text = self.texts[k]
        paragraphs = text.split("\n\n")
        if 0 < self.copy < len(paragraphs) - 1:
            text = "\n\n".join(paragraphs[: self.copy] + paragraphs[self.copy + 1 :])
        i = self.made
        article = NewArticle(
            title=title,
            text=text,
            source=f"Outlet {(self.story * 7 + self.copy) % OUTLETS}",
            url=f"https://bench.example/{i}",
            guid=None,
            published_at=stamp,
            content_hash=f"bench-{i}",
            fingerprint=self.prints[k],
        )
        self.made += 1
        self.copy += 1
        self.copies_left -= 1
        ref = -(self.story + 1)
        return article, self.known.get(ref, ref)

    async def store(self, store: Store, count: int, stamp: datetime) -> None:
        """Store the next `count` articles in one batch fetched at `stamp`."""
        batch = [self.next(stamp) for _ in range(count)]
        _, created = await store.add_articles(batch, stamp)
        self.known.update(created)
