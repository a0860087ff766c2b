"""Claims a digest, then hangs inside the platform post until it is killed.

    python -m tests.fakes.hanging_post DB CONFIG SUBSCRIPTION_ID DUE_ISO

Used to kill a process between claim and post.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import datetime
from pathlib import Path

from bot.app import build_app
from bot.models import CommandHandler, Destination, Digest, Posted, PostProgress
from bot.settings import load_settings


class HangingAdapter:
    platform = "console"

    async def start(self, on_command: CommandHandler) -> None:
        return None

    async def post_digest(
        self, destination: Destination, digest: Digest, progress: PostProgress | None = None
    ) -> Posted:
        print("posting", flush=True)
        await asyncio.sleep(3600)
        return Posted()

    async def stop(self) -> None:
        return None


async def main(db: str, config: str, sub_id: str, due: str) -> None:
    settings = load_settings(Path(config), database=db, environ={})
    app = await build_app(settings, adapters=[HangingAdapter()])
    await app.deliverer.deliver(int(sub_id), datetime.fromisoformat(due))


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:5]))
