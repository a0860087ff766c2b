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
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import TYPE_CHECKING

from bot.clock import Clock, SystemClock
from bot.commands.handlers import Commands, Services
from bot.delivery.deliverer import Deliverer
from bot.delivery.digest import DigestBuilder
from bot.delivery.scheduler import Scheduler
from bot.ingestion.fetch import Fetcher
from bot.ingestion.ingest import Ingestor
from bot.ingestion.poller import FeedPoller
from bot.ports import AdapterFactory, ChatAdapter
from bot.settings import Settings
from bot.storage import open_store
from bot.storage.ports import Store

if TYPE_CHECKING:
    from bot.web.server import StatusServer

log = logging.getLogger(__name__)

ADAPTER_GROUP = "newsbot.adapters"


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
    web: StatusServer | None = None

    async def start(self, *, schedule: bool = True) -> None:
        """Start the adapters (and the scheduler and status page); an adapter that fails to
        start is logged."""
        if schedule and self.web is not None:
            await self._start_web(self.web)
        if schedule:
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
        """Stop everything in reverse order of start."""
        await self.scheduler.stop()
        for adapter in reversed(self._started):
            try:
                await adapter.stop()
            except Exception:
                log.exception("stopping the %s adapter failed", adapter.platform)
        self._started.clear()
        if self.web is not None:
            await self.web.stop()
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
    `store=None` opens the database the settings name."""
    clock = clock or SystemClock()
    store = store or await open_store(settings.database)
    fetcher = Fetcher(settings.fetch)
    ingestor = Ingestor(store, fetcher, settings, clock)
    digests = DigestBuilder(store, settings.digest, clock)
    chosen = list(adapters) if adapters is not None else discover_adapters(settings, interactive)
    by_platform = {a.platform: a for a in chosen}
    deliverer = Deliverer(store, digests, by_platform, settings.digest, clock, owner)
    poller = FeedPoller(store, ingestor, settings.feeds, clock)
    scheduler = Scheduler(store, deliverer, poller, clock)
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


def discover_adapters(settings: Settings, interactive: bool) -> list[ChatAdapter]:
    """Every installed adapter whose settings are present (the console always is)."""
    found: list[ChatAdapter] = []
    for point in sorted(entry_points(group=ADAPTER_GROUP), key=lambda p: p.name):
        try:
            factory: AdapterFactory = point.load()
        except (ImportError, AttributeError) as exc:
            log.warning("adapter %s is not installed properly: %s", point.name, exc)
            continue
        adapter = factory(settings, interactive=interactive)
        if adapter is not None:
            found.append(adapter)
    return found


def load_adapter(name: str, settings: Settings, *, interactive: bool) -> ChatAdapter:
    """One installed adapter by entry point name, whatever its settings say."""
    for point in entry_points(group=ADAPTER_GROUP, name=name):
        factory: AdapterFactory = point.load()
        adapter = factory(settings, interactive=interactive)
        if adapter is not None:
            return adapter
    raise RuntimeError(f"the {name} adapter is not installed or not configured")


def finished_event(adapter: ChatAdapter | None) -> list[asyncio.Event]:
    """The adapter's `finished` event (the console's end of input), if it has one."""
    event = getattr(adapter, "finished", None)
    return [event] if isinstance(event, asyncio.Event) else []


async def wait_for_stop(*events: asyncio.Event) -> None:
    """Return on SIGINT/SIGTERM, or when any of the events is set."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # non-Unix
            loop.add_signal_handler(sig, stop.set)
    waiters = [asyncio.ensure_future(e.wait()) for e in (stop, *events)]
    try:
        await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)
