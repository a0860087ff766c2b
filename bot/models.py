"""The core's values: frozen dataclasses shared by the core and every adapter.

Adapters import this module (and nothing else of the core) to turn platform
events into `CommandRequest`s and to render `Reply` and `Digest` values.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, time


@dataclass(frozen=True)
class Destination:
    """Where a reply or digest goes: a channel on one platform.

    `workspace` is the Slack team id or the Discord guild id ("" on the console).
    """

    platform: str
    workspace: str
    channel: str

    def __str__(self) -> str:
        return f"{self.platform}:{self.workspace}:{self.channel}"


@dataclass(frozen=True)
class Owner:
    """A Slack workspace or Discord server: feeds added there are its own.

    Its members read its own feeds plus the operator's (the config file's, and
    whatever the operator ingests from the command line or the terminal). The
    core passes `None` where the operator reads: everything.
    """

    platform: str
    workspace: str

    @classmethod
    def of(cls, destination: Destination) -> Owner:
        """The workspace or server a channel belongs to."""
        return cls(destination.platform, destination.workspace)

    def __str__(self) -> str:
        return f"{self.platform}:{self.workspace}" if self.workspace else self.platform


@dataclass(frozen=True)
class Feed:
    """A polled news source. `operator` feeds serve every workspace; `owners` lists
    the workspaces that added it themselves."""

    id: int
    url: str
    title: str
    added_by: str
    failures: int = 0
    last_error: str | None = None
    disabled_reason: str | None = None
    last_polled_at: datetime | None = None
    next_poll_at: datetime | None = None
    article_count: int = 0
    operator: bool = False
    owners: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """One stored article. `url` is the canonical URL (tracking parameters removed)."""

    id: int
    title: str
    text: str
    source: str
    url: str | None
    published_at: datetime | None
    fetched_at: datetime
    story_id: int
    feed_id: int | None = None


@dataclass(frozen=True)
class Subscription:
    """A channel's daily digest of one topic at a local time."""

    id: int
    destination: Destination
    topic: str
    at: time
    timezone: str
    created_by: str
    created_at: datetime
    quiet: bool = False
    disabled_reason: str | None = None
    last_sent_at: datetime | None = None
    last_status: str | None = None
    next_due_at: datetime | None = None


@dataclass(frozen=True)
class CommandRequest:
    """A `/news …` command as typed, from any platform.

    `text` is everything after `/news`. `can_manage` is the adapter's verdict on
    whether the user may change the channel's subscriptions and feeds.
    `default_timezone` is the workspace's or user's zone when the platform knows it.
    `operator` marks the person who runs the bot (the terminal): they read and
    manage every feed, not only one workspace's.
    """

    text: str
    destination: Destination
    user_id: str
    can_manage: bool = False
    default_timezone: str | None = None
    operator: bool = False

    @property
    def reader(self) -> Owner | None:
        """Whose feeds this request may read and change (None: the operator, all of them)."""
        return None if self.operator else Owner.of(self.destination)


@dataclass(frozen=True)
class ReplyItem:
    """One entry of a reply: a search hit, an answer sentence, a feed, a subscription."""

    title: str
    url: str | None = None
    text: str = ""
    meta: str = ""
    bullets: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceLink:
    """Another outlet that carried the same story."""

    source: str
    url: str | None


@dataclass(frozen=True)
class DigestEntry:
    """One story in a digest, however many feeds carried it."""

    story_id: int
    title: str
    url: str | None
    source: str
    published_at: datetime | None
    summary: tuple[str, ...]
    facts: tuple[str, ...]
    also: tuple[SourceLink, ...] = ()


@dataclass(frozen=True)
class Digest:
    """The stories on a topic for one period, ready for an adapter to render.

    `more` counts the matching stories left out; `more_hint` says how to see them
    (a command, e.g. "`/news search wildfire --since 2026-11-25` lists them").
    """

    topic: str
    title: str
    entries: tuple[DigestEntry, ...]
    empty_text: str = ""
    more: int = 0
    more_hint: str = ""


@dataclass(frozen=True)
class Reply:
    """What the core answers to a command.

    `text` is one short plain-text paragraph; `items` and `digest` carry
    structure for the adapter to render. `ephemeral` replies are shown only to the
    caller where the platform supports it; `error` marks a refusal or usage message.
    """

    text: str
    items: tuple[ReplyItem, ...] = ()
    digest: Digest | None = None
    ephemeral: bool = True
    error: bool = False
    footer: str = ""


@dataclass(frozen=True)
class Posted:
    """What a platform returned for a posted digest: its message ids."""

    message_ids: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class PostProgress:
    """How far an earlier attempt got with a digest posted as several messages.

    `done` holds the message ids of the parts already posted (skip that many);
    `record` is awaited with each new part's id as soon as the platform accepts it,
    so a retry by any worker goes on after it instead of posting it again.
    """

    done: tuple[str, ...] = ()
    record: Callable[[str], Awaitable[None]] | None = None

    async def posted(self, message_id: str) -> None:
        """Report one more part as posted."""
        if self.record is not None:
            await self.record(message_id)


class PostError(Exception):
    """A platform refused a post.

    `permanent` errors (channel gone, bot removed, no permission) disable the
    channel's subscriptions with `reason`; the others are retried with backoff,
    after `retry_after` seconds when the platform said so.
    """

    def __init__(self, reason: str, *, permanent: bool = False, retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.retry_after = retry_after


CommandHandler = Callable[[CommandRequest], Awaitable[Reply]]
"""The one callable of the core an adapter receives: a command in, a reply out."""
