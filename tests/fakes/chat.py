"""Chat fakes: an adapter that records the digests it posts, and an on_command that
records the requests it gets."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from bot.models import (
    CommandHandler,
    CommandRequest,
    Destination,
    Digest,
    Posted,
    PostError,
    PostProgress,
    Reply,
)


@dataclass
class RecordingAdapter:
    """Implements ChatAdapter; `failures` are raised, in order, before posts succeed."""

    platform: str = "console"
    posted: list[tuple[Destination, Digest]] = field(default_factory=list)
    failures: list[PostError] = field(default_factory=list)
    attempts: int = 0
    on_command: CommandHandler | None = None

    async def start(self, on_command: CommandHandler) -> None:
        self.on_command = on_command

    async def post_digest(
        self, destination: Destination, digest: Digest, progress: PostProgress | None = None
    ) -> Posted:
        self.attempts += 1
        if self.failures:
            raise self.failures.pop(0)
        self.posted.append((destination, digest))
        return Posted((f"msg-{len(self.posted)}",))

    async def stop(self) -> None:
        self.on_command = None


@dataclass
class RecordingCommands:
    """An on_command that records requests and answers with `reply`.

    With `hold` set to an event, each call waits for it before answering, so a test
    can see what the adapter does while the core is still working.
    """

    reply: Reply = field(default_factory=lambda: Reply(text="ok"))
    requests: list[CommandRequest] = field(default_factory=list)
    hold: asyncio.Event | None = None

    async def __call__(self, request: CommandRequest) -> Reply:
        self.requests.append(request)
        if self.hold is not None:
            await self.hold.wait()
        return self.reply
