"""The status page over HTTP: aiohttp routes, sign-in, templates, security headers.

Read-only. Every page needs the token: a browser signs in once with a small form
and gets a session cookie (HttpOnly, SameSite=Strict, Secure over TLS); scripts
send `Authorization: Bearer <token>`. A request without either gets the sign-in
page (HTML) or 401 (`/api/…`), and no data. Jinja2 escapes every value.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from aiohttp import web

from bot.clock import Clock
from bot.settings import WebSettings
from bot.web.auth import COOKIE, FailureLimit, Sessions, bearer, check_token, same_token
from bot.web.charts import bar_chart
from bot.web.status import (
    COUNT_DAYS,
    FEED_SORTS,
    RECENT_DELIVERIES,
    STATUSES,
    ProcessInfo,
    StatusStore,
    feed_rows,
    load_overview,
    load_subscriptions,
    relative,
    status_document,
)

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
PUBLIC = {"/signin", "/static/style.css"}
TROUBLE = {"failing", "disabled"}
ATTENTION = 10  # problems of each kind listed on the overview
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


@dataclass(frozen=True)
class Page:
    """The shared objects every handler needs."""

    store: StatusStore
    settings: WebSettings
    clock: Clock
    process: ProcessInfo
    sessions: Sessions
    limit: FailureLimit
    templates: jinja2.Environment


PAGE = web.AppKey("page", Page)


def templates() -> jinja2.Environment:
    """The page templates, every value escaped."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["statuses"] = STATUSES
    return env


def client_address(request: web.Request, trust_proxy: bool) -> str:
    """Who is asking: the peer, or behind a trusted proxy the address it forwarded."""
    if trust_proxy:
        forwarded = request.headers.get("X-Forwarded-For", "")
        last = forwarded.split(",")[-1].strip()
        if last:
            return last
    return request.remote or "unknown"


def over_tls(request: web.Request, trust_proxy: bool) -> bool:
    """Whether the browser's connection is HTTPS (here, or at a trusted proxy)."""
    if request.secure:
        return True
    if not trust_proxy:
        return False
    proto = request.headers.get("X-Forwarded-Proto", "").split(",")[0].strip().lower()
    return proto == "https"


def safe_next(target: str | None) -> str:
    """A local path to go back to after signing in (never another site)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return "/"
    return target


def render(request: web.Request, name: str, code: int = 200, **context: Any) -> web.Response:
    """A template as an HTML response."""
    page = request.app[PAGE]
    now = context.pop("now", None) or page.clock.now()

    def when(moment: datetime | None) -> str:
        return relative(moment, now)

    html = page.templates.get_template(name).render(
        now=now, when=when, path=request.path, **context
    )
    return web.Response(text=html, status=code, content_type="text/html", charset="utf-8")


def see_other(location: str) -> web.Response:
    """303 to a local path (returned, not raised, so the security headers are added)."""
    return web.Response(status=303, headers={"Location": location})


def signin_page(
    request: web.Request, *, status: int, next_path: str, problem: str = ""
) -> web.Response:
    """The sign-in form (and never any data)."""
    return render(request, "signin.html", code=status, next_path=next_path, problem=problem)


def too_many(request: web.Request, wait: float, *, api: bool) -> web.Response:
    """429: this address (or everyone) failed too often; try again later."""
    minutes = max(1, round(wait / 60))
    message = f"Too many failed sign-ins; try again in {minutes} min."
    headers = {"Retry-After": str(int(wait) + 1)}
    if api:
        return web.json_response({"error": message}, status=429, headers=headers)
    response = signin_page(request, status=429, next_path="/", problem=message)
    response.headers.update(headers)
    return response


@web.middleware
async def guard(request: web.Request, handler: Any) -> web.StreamResponse:
    """Security headers on everything; credentials on everything but sign-in and CSS."""
    response = await _authorised(request, handler)
    response.headers.update(SECURITY_HEADERS)
    if request.path != "/static/style.css":
        response.headers["Cache-Control"] = "no-store"
    return response


async def _authorised(request: web.Request, handler: Any) -> web.StreamResponse:
    if request.path in PUBLIC:
        result: web.StreamResponse = await handler(request)
        return result
    page = request.app[PAGE]
    now = page.clock.now()
    api = request.path.startswith("/api/")
    given = bearer(request.headers.get("Authorization"))
    if given is not None:
        client = client_address(request, page.settings.trust_proxy)
        wait = page.limit.retry_after(client, now)
        if wait is not None:
            return too_many(request, wait, api=api)
        if not same_token(given, page.settings.token):
            page.limit.failed(client, now)
            return unauthorised(request, api=api, problem="That token is not right.")
        result = await handler(request)
        return result
    if page.sessions.valid(request.cookies.get(COOKIE), now):
        result = await handler(request)
        return result
    return unauthorised(request, api=api)


def unauthorised(request: web.Request, *, api: bool, problem: str = "") -> web.Response:
    """401 without data: JSON for scripts, the sign-in page for people."""
    if api:
        return web.json_response(
            {"error": problem or "sign in: send Authorization: Bearer <NEWSBOT_WEB_TOKEN>"},
            status=401,
            headers={"WWW-Authenticate": 'Bearer realm="newsbot"'},
        )
    return signin_page(request, status=401, next_path=request.path_qs, problem=problem)


# -- handlers ------------------------------------------------------------------------------


async def signin_form(request: web.Request) -> web.Response:
    """GET /signin: the form, or straight on when the browser is signed in already."""
    page = request.app[PAGE]
    next_path = safe_next(request.query.get("next"))
    if page.sessions.valid(request.cookies.get(COOKIE), page.clock.now()):
        return see_other(next_path)
    return signin_page(request, status=200, next_path=next_path)


async def signin(request: web.Request) -> web.Response:
    """POST /signin: exchange the token for a session cookie."""
    page = request.app[PAGE]
    now = page.clock.now()
    form = await request.post()
    next_path = safe_next(str(form.get("next", "/")))
    client = client_address(request, page.settings.trust_proxy)
    wait = page.limit.retry_after(client, now)
    if wait is not None:
        return too_many(request, wait, api=False)
    if not same_token(str(form.get("token", "")), page.settings.token):
        page.limit.failed(client, now)
        return signin_page(
            request, status=401, next_path=next_path, problem="That token is not right."
        )
    response = see_other(next_path)
    response.set_cookie(
        COOKIE,
        page.sessions.issue(now),
        max_age=int(page.sessions.lifetime.total_seconds()),
        path="/",
        httponly=True,
        samesite="Strict",
        secure=over_tls(request, page.settings.trust_proxy),
    )
    return response


async def signout(request: web.Request) -> web.Response:
    """POST /signout: forget the cookie."""
    response = see_other("/signin")
    response.del_cookie(COOKIE, path="/")
    return response


async def overview(request: web.Request) -> web.Response:
    """GET /: the counts and the two charts."""
    page = request.app[PAGE]
    data = await load_overview(page.store, page.clock.now())
    charts = {
        "articles": bar_chart(data.articles, title="Articles stored per day", unit="articles"),
        "digests": bar_chart(
            data.digests, title="Digests posted per day", unit="digests", css_class="digests"
        ),
    }
    feeds = [r for r in feed_rows(await page.store.list_feeds()) if r.state in TROUBLE]
    paused = [s for s in await page.store.list_subscriptions() if s.disabled_reason]
    stuck = [
        d
        for status in ("abandoned", "failed")
        for d in await page.store.recent_deliveries(status=status, limit=ATTENTION)
        if d.delivery.due_at >= data.now - timedelta(days=COUNT_DAYS)
    ]
    return render(
        request,
        "overview.html",
        now=data.now,
        data=data,
        charts=charts,
        feeds=feeds[:ATTENTION],
        paused=paused[:ATTENTION],
        stuck=stuck,
    )


async def feeds(request: web.Request) -> web.Response:
    """GET /feeds?sort=…&desc=1: every polled feed, failing ones first by default."""
    page = request.app[PAGE]
    sort = request.query.get("sort", "state")
    if sort not in FEED_SORTS:
        sort = "state"
    descending = request.query.get("desc") == "1"
    rows = feed_rows(await page.store.list_feeds(), sort, descending)
    return render(
        request, "feeds.html", rows=rows, sort=sort, descending=descending, sorts=FEED_SORTS
    )


async def subscriptions(request: web.Request) -> web.Response:
    """GET /subscriptions: every subscription, paused and failing ones first."""
    page = request.app[PAGE]
    now = page.clock.now()
    rows = await load_subscriptions(page.store, now)
    return render(request, "subscriptions.html", now=now, rows=rows)


def status_filter(request: web.Request) -> str | None:
    """The `status` query parameter, checked."""
    status = request.query.get("status") or None
    if status is not None and status not in STATUSES:
        raise web.HTTPBadRequest(
            text=f"status must be one of {', '.join(STATUSES)}", content_type="text/plain"
        )
    return status


async def deliveries(request: web.Request) -> web.Response:
    """GET /deliveries?status=…: the latest few hundred digests."""
    page = request.app[PAGE]
    status = status_filter(request)
    records = await page.store.recent_deliveries(status=status, limit=RECENT_DELIVERIES)
    return render(
        request, "deliveries.html", records=records, status=status, limit=RECENT_DELIVERIES
    )


async def workers(request: web.Request) -> web.Response:
    """GET /workers: every worker's heartbeat and the digests they hold."""
    page = request.app[PAGE]
    held = await page.store.recent_deliveries(status="claimed", limit=RECENT_DELIVERIES)
    beats = await page.store.workers()
    return render(
        request, "workers.html", process=page.process, held=held, beats=beats, now=page.clock.now()
    )


async def api_status(request: web.Request) -> web.Response:
    """GET /api/status[?status=…]: everything the pages show, as JSON."""
    page = request.app[PAGE]
    now = page.clock.now()
    status = status_filter(request)
    document = status_document(
        await load_overview(page.store, now),
        feed_rows(await page.store.list_feeds()),
        await load_subscriptions(page.store, now),
        await page.store.recent_deliveries(status=status, limit=RECENT_DELIVERIES),
        page.process,
        await page.store.workers(),
    )
    return web.json_response(document)


async def stylesheet(request: web.Request) -> web.Response:
    """GET /static/style.css."""
    return web.Response(
        body=request.app[CSS], content_type="text/css", headers={"Cache-Control": "max-age=3600"}
    )


CSS = web.AppKey("css", bytes)


def make_app(
    store: StatusStore, settings: WebSettings, clock: Clock, process: ProcessInfo
) -> web.Application:
    """The aiohttp application of the status page (the token must already be checked)."""
    app = web.Application(middlewares=[guard], client_max_size=64 * 1024)
    app[PAGE] = Page(
        store,
        settings,
        clock,
        process,
        Sessions(settings.token, timedelta(hours=settings.session_hours)),
        FailureLimit(),
        templates(),
    )
    app[CSS] = (HERE / "static" / "style.css").read_bytes()
    app.router.add_get("/signin", signin_form)
    app.router.add_post("/signin", signin)
    app.router.add_post("/signout", signout)
    app.router.add_get("/", overview)
    app.router.add_get("/feeds", feeds)
    app.router.add_get("/subscriptions", subscriptions)
    app.router.add_get("/deliveries", deliveries)
    app.router.add_get("/workers", workers)
    app.router.add_get("/api/status", api_status)
    app.router.add_get("/static/style.css", stylesheet)
    return app


class StatusServer:
    """The status page as a part of `newsbot run`: start listens, stop closes."""

    def __init__(
        self, store: StatusStore, settings: WebSettings, clock: Clock, process: ProcessInfo
    ) -> None:
        self.store = store
        self.settings = settings
        self.clock = clock
        self.process = process
        self._runner: web.AppRunner | None = None

    @property
    def address(self) -> str:
        """host:port as configured."""
        return f"{self.settings.host}:{self.settings.port}"

    async def start(self) -> None:
        """Check the token, then listen; TokenError or OSError say why not."""
        check_token(self.settings.token)
        runner = web.AppRunner(
            make_app(self.store, self.settings, self.clock, self.process), access_log=None
        )
        await runner.setup()
        try:
            await web.TCPSite(runner, self.settings.host, self.settings.port).start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        log.info("status page on http://%s/", self.address)

    async def stop(self) -> None:
        """Stop listening and close open connections."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
