"""The composition root: builds every concrete object once and wires them together.

Nothing is built at import time. Chat adapters are found through the
`newsbot.adapters` entry point group (see pyproject.toml), so the core never
imports a platform; tests pass their own adapters and clock instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.clock import Clock, SystemClock
from bot.commands.handlers import Commands, Services
from bot.delivery.deliverer import Deliverer
from bot.delivery.digest import DigestBuilder
from bot.delivery.limits import Limit, RateLimiter
from bot.delivery.scheduler import Scheduler
from bot.ingestion.fetch import Fetcher
from bot.ingestion.ingest import Ingestor
from bot.ingestion.poller import FeedPoller
from bot.plugins import discover_adapters
from bot.ports import ChatAdapter
from bot.settings import Settings
from bot.storage import open_store
from bot.storage.ports import Store
from bot.storage.retention import Pruner

if TYPE_CHECKING:
    from bot.web.server import StatusServer

log = logging.getLogger(__name__)


class AdapterStartError(RuntimeError):
    """A configured chat adapter could not connect; the message says why."""


@dataclass
class App:
    """Every long-lived part of a running newsbot."""

    settings: Settings
    clock: Clock
    store: Store
    fetcher: Fetcher
    ingestor: Ingestor
    digests: DigestBuilder
    commands: Commands
    deliverer: Deliverer
    poller: FeedPoller
    scheduler: Scheduler
    adapters: dict[str, ChatAdapter] = field(default_factory=dict)
    _started: list[ChatAdapter] = field(default_factory=list)
    _closed: bool = False
    web: StatusServer | None = None

    async def start(self, *, schedule: bool = True) -> None:
        """Start the adapters (and the scheduler and status page); an adapter that fails to
        start is logged.

        The service (`schedule=True`) first checks the database file, so a damaged one
        is refused at start rather than found in the middle of a digest.
        """
        if schedule and self.web is not None:
            await self._start_web(self.web)
        if schedule:
            await self.store.verify()
            await self.poller.add_configured_feeds()
        for adapter in self.adapters.values():
            try:
                await adapter.start(self.commands.handle)
            except Exception as exc:
                await self.close()
                raise AdapterStartError(
                    f"the {adapter.platform} adapter could not start: {exc}"
                ) from exc
            self._started.append(adapter)
            log.info("%s adapter started", adapter.platform)
        if schedule:
            self.digests.workers.start()
            await self.scheduler.start()

    async def _start_web(self, web: StatusServer) -> None:
        """Serve the status page; without a usable token or port, stop with one line."""
        try:
            await web.start()
        except OSError as exc:
            await self.close()
            raise AdapterStartError(
                f"the status page could not listen on {web.address}: {exc.strerror or exc}"
            ) from exc
        except Exception:
            await self.close()
            raise

    async def close(self) -> None:
        """Stop everything in reverse order of start (a second call does nothing)."""
        if self._closed:
            return
        self._closed = True
        await self.scheduler.stop()
        for adapter in reversed(self._started):
            try:
                await adapter.stop()
            except Exception:
                log.exception("stopping the %s adapter failed", adapter.platform)
        self._started.clear()
        if self.web is not None:
            await self.web.stop()
        self.ingestor.close()
        self.digests.workers.close()
        await self.fetcher.close()
        await self.store.close()


async def build_app(
    settings: Settings,
    *,
    clock: Clock | None = None,
    adapters: Sequence[ChatAdapter] | None = None,
    interactive: bool = False,
    owner: str | None = None,
    store: Store | None = None,
) -> App:
    """Build a newsbot from settings. `adapters=None` discovers the configured ones;
    `store=None` opens the database the settings name.

    Settings are checked before the database is opened, and anything opened is
    closed again when a later step fails, so a start-up error ends the process.
    """
    clock = clock or SystemClock()
    chosen = list(adapters) if adapters is not None else discover_adapters(settings, interactive)
    by_platform = {a.platform: a for a in chosen}
    given = store is not None
    store = store or await open_store(settings.database)
    try:
        return _wire(settings, clock, store, by_platform, owner)
    except BaseException:
        if not given:
            await store.close()
        raise


def _wire(
    settings: Settings,
    clock: Clock,
    store: Store,
    by_platform: dict[str, ChatAdapter],
    owner: str | None,
) -> App:
    fetcher = Fetcher(settings.fetch)
    ingestor = Ingestor(store, fetcher, settings, clock)
    digests = DigestBuilder(store, settings.digest, clock)
    limiter = RateLimiter(store, platform_limits(settings), clock)
    deliverer = Deliverer(store, digests, by_platform, settings.digest, clock, owner, limiter)
    poller = FeedPoller(store, ingestor, settings.feeds, clock)
    scheduler = Scheduler(
        store,
        deliverer,
        poller,
        clock,
        settings.workers,
        describe=lambda: describe_adapters(by_platform),
        pruner=Pruner(store, settings.storage, clock),
    )
    commands = Commands(
        Services(
            settings=settings,
            store=store,
            fetcher=fetcher,
            ingestor=ingestor,
            digests=digests,
            clock=clock,
            on_subscriptions_changed=scheduler.sync,
        )
    )
    web = None
    if settings.web.port:  # imported only when served: templates and aiohttp.web cost start-up
        from bot.web.server import StatusServer
        from bot.web.status import ProcessInfo

        process = ProcessInfo.current(deliverer.owner, clock.now())
        web = StatusServer(store, settings.web, clock, process)
    return App(
        settings,
        clock,
        store,
        fetcher,
        ingestor,
        digests,
        commands,
        deliverer,
        poller,
        scheduler,
        by_platform,
        web=web,
    )


def platform_limits(settings: Settings) -> dict[str, Limit]:
    """The shared posting rate of each platform (the terminal has none)."""
    return {
        "slack": Limit(settings.slack.posts_per_second, max(1.0, settings.slack.posts_per_second)),
        "discord": Limit(
            settings.discord.posts_per_second, max(1.0, settings.discord.posts_per_second)
        ),
    }


def describe_adapters(adapters: dict[str, ChatAdapter]) -> str:
    """What a heartbeat says of the adapters: each platform, and whether it is connected."""
    parts = []
    for name, adapter in sorted(adapters.items()):
        connected = getattr(adapter, "connected", True)
        parts.append(f"{name}:{'up' if connected else 'down'}")
    return " ".join(parts)


def finished_event(adapter: ChatAdapter | None) -> list[asyncio.Event]:
    """The adapter's `finished` event (the console's end of input), if it has one."""
    event = getattr(adapter, "finished", None)
    return [event] if isinstance(event, asyncio.Event) else []


async def wait_for_stop(
    *events: asyncio.Event, ready: Callable[[], Awaitable[None]] | None = None
) -> None:
    """Return on SIGINT/SIGTERM, or when any of the events is set.

    `ready` runs once the signals are caught, so whoever reads what it says (a
    person, a service manager, a test) may stop the process from then on.
    """
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # non-Unix
            loop.add_signal_handler(sig, stop.set)
    waiters = [asyncio.ensure_future(e.wait()) for e in (stop, *events)]
    try:
        if ready is not None:
            await ready()
        await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)
