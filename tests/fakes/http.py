"""A real aiohttp server on 127.0.0.1 for feeds and pages; it records every request."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from types import TracebackType

from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass(frozen=True)
class Seen:
    """One request the server received."""

    method: str
    path: str
    headers: dict[str, str]


class LocalServer:
    """Routes set by the test; `url(path)` gives the full URL; `requests` records traffic."""

    def __init__(self) -> None:
        self.requests: list[Seen] = []
        self._routes: dict[str, Handler] = {}
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def __aenter__(self) -> LocalServer:
        app = web.Application(middlewares=[self._record])
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        sockets = site._server.sockets if site._server else ()  # type: ignore[union-attr]
        self.port = sockets[0].getsockname()[1]
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, handler: Handler) -> None:
        """Serve `path` with a handler."""
        self._routes[path] = handler

    def content(
        self, path: str, body: bytes | str, content_type: str = "text/html", **headers: str
    ) -> None:
        """Serve fixed content at `path`."""
        data = body.encode() if isinstance(body, str) else body

        async def handler(request: web.Request) -> web.StreamResponse:
            return web.Response(body=data, content_type=content_type, headers=headers)

        self.route(path, handler)

    def hits(self, path: str) -> list[Seen]:
        return [r for r in self.requests if r.path == path]

    @web.middleware
    async def _record(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        self.requests.append(Seen(request.method, request.path, dict(request.headers)))
        return await handler(request)

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        handler = self._routes.get(request.path)
        if handler is None:
            raise web.HTTPNotFound()
        return await handler(request)
