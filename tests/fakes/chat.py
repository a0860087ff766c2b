"""A chat adapter that records every digest it was asked to post."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.models import CommandHandler, Destination, Digest, Posted, PostError


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

    async def post_digest(self, destination: Destination, digest: Digest) -> Posted:
        self.attempts += 1
        if self.failures:
            raise self.failures.pop(0)
        self.posted.append((destination, digest))
        return Posted((f"msg-{len(self.posted)}",))

    async def stop(self) -> None:
        self.on_command = None
