"""Settings: the bundled default.toml, then a user TOML, then the environment.

Every value is validated at start. A bad value raises `SettingsError` naming the
key, the value and what was expected, e.g.
``[digest] max_stories = 'ten': expected an integer``.
Secrets (tokens, the signing secret) come only from environment variables.
"""

from __future__ import annotations

import dataclasses
import difflib
import glob
import os
import re
import tomllib
import types
import typing
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from bot.bundled import DATA
from bot.bundled import DEFAULT_CONFIG as DEFAULT_CONFIG
from bot.zones import closest_zone

CONFIG_DIR = DATA  # the bundled configuration: default.toml, and the sample feeds in samples/


class SettingsError(ValueError):
    """Settings with wrong values: each problem names the key and what is expected.

    `problems` holds every problem found, one line each; the message joins them.
    """

    def __init__(self, *problems: str) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class FetchSettings:
    """Limits for every HTTP fetch."""

    timeout_seconds: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    allow_private_addresses: bool = False
    allow_private_hosts: tuple[str, ...] = ()
    user_agent: str = "newsbot/0.1 (+https://github.com/newsbot/newsbot)"


@dataclass(frozen=True)
class FeedSettings:
    """Which feeds to poll and how politely."""

    urls: tuple[str, ...] = ()
    poll_minutes: float = 15.0
    max_poll_minutes: float = 360.0
    max_concurrent: int = 4
    max_failures: int = 8
    fetch_full_text: bool = True
    teaser_words: int = 80


@dataclass(frozen=True)
class DigestSettings:
    """Defaults for subscriptions and what a digest holds."""

    default_time: time = time(8, 0)
    default_timezone: str = "UTC"
    max_stories: int = 8
    summary_sentences: int = 3
    facts: int = 4
    first_digest_hours: float = 24.0
    grace_hours: float = 6.0
    lease_seconds: float = 120.0
    max_attempts: int = 5
    retry_base_seconds: float = 2.0
    max_concurrent_builds: int = 4


@dataclass(frozen=True)
class WorkerSettings:
    """How a `newsbot run` process shares the work with the others on its database."""

    poll_seconds: float = 2.0
    heartbeat_seconds: float = 10.0


@dataclass(frozen=True)
class StorageSettings:
    """How long stored things are kept (0 keeps them for ever)."""

    keep_days: int = 90
    keep_digest_days: int = 180
    prune_minutes: float = 60.0


@dataclass(frozen=True)
class ConsoleSettings:
    """The terminal adapter."""

    channel: str = "console"
    user: str = "you"


@dataclass(frozen=True)
class SlackSettings:
    """The Slack adapter; secrets come from the SLACK_* environment variables."""

    mode: str = "socket"
    http_host: str = "0.0.0.0"
    http_port: int = 3000
    api_url: str = "https://slack.com/api/"
    admins: tuple[str, ...] = ()
    posts_per_second: float = 5.0
    bot_token: str = field(default="", repr=False)
    app_token: str = field(default="", repr=False)
    signing_secret: str = field(default="", repr=False)


@dataclass(frozen=True)
class DiscordSettings:
    """The Discord adapter; the token comes from DISCORD_TOKEN."""

    guild_ids: tuple[int, ...] = ()
    shards: str = "none"
    shard_count: int = 0
    shard_ids: tuple[int, ...] = ()
    posts_per_second: float = 40.0
    api_base: str = "https://discord.com/api/v10"
    gateway_url: str = "wss://gateway.discord.gg/"
    token: str = field(default="", repr=False)


@dataclass(frozen=True)
class WebSettings:
    """The operator's status page, served by `newsbot run` when `port` is set (0: off);
    the sign-in token comes from NEWSBOT_WEB_TOKEN."""

    host: str = "127.0.0.1"
    port: int = 0
    trust_proxy: bool = False
    """Behind a TLS proxy: believe its X-Forwarded-Proto and X-Forwarded-For."""
    session_hours: float = 12.0
    token: str = field(default="", repr=False)


@dataclass(frozen=True)
class Settings:
    """Everything newsbot reads at start, validated."""

    database: str = field(default_factory=lambda: str(default_database_path()))
    """A SQLite file path, or a `postgresql://user:password@host:port/dbname` URL."""
    log_level: str = "WARNING"
    fetch: FetchSettings = field(default_factory=FetchSettings)
    feeds: FeedSettings = field(default_factory=FeedSettings)
    digest: DigestSettings = field(default_factory=DigestSettings)
    workers: WorkerSettings = field(default_factory=WorkerSettings)
    storage: StorageSettings = field(default_factory=StorageSettings)
    console: ConsoleSettings = field(default_factory=ConsoleSettings)
    slack: SlackSettings = field(default_factory=SlackSettings)
    discord: DiscordSettings = field(default_factory=DiscordSettings)
    web: WebSettings = field(default_factory=WebSettings)


MIN_KEEP_DAYS = 7

SECRETS: dict[tuple[str, str], str] = {
    ("slack", "bot_token"): "SLACK_BOT_TOKEN",
    ("slack", "app_token"): "SLACK_APP_TOKEN",
    ("slack", "signing_secret"): "SLACK_SIGNING_SECRET",
    ("discord", "token"): "DISCORD_TOKEN",
    ("web", "token"): "NEWSBOT_WEB_TOKEN",
}


def default_database_path() -> Path:
    """The database file under the user's data directory (never the working tree)."""
    return Path(platformdirs.user_data_dir("newsbot")) / "newsbot.db"


def load_settings(
    config: Path | None = None,
    *,
    database: Path | str | None = None,
    environ: typing.Mapping[str, str] | None = None,
    overrides: dict[str, Any] | None = None,
) -> Settings:
    """Build validated settings.

    Order (later wins): the bundled default.toml, the user TOML (`config`, else
    NEWSBOT_CONFIG), `overrides`, then NEWSBOT_DB and `database` for the database
    path. Secrets are read only from `environ` (default: os.environ).
    """
    env = os.environ if environ is None else environ
    merged: dict[str, Any] = {}
    if DEFAULT_CONFIG.is_file():
        merged = _read_toml(DEFAULT_CONFIG)
    user_path = config or (Path(env["NEWSBOT_CONFIG"]) if env.get("NEWSBOT_CONFIG") else None)
    if user_path is not None:
        if not user_path.is_file():
            raise SettingsError(f"config file {user_path} does not exist")
        merged = _merge(merged, _read_toml(user_path))
    if overrides:
        merged = _merge(merged, overrides)
    problems = _pop_secrets(merged)
    for (section, key), var in SECRETS.items():
        if env.get(var):
            merged.setdefault(section, {})[key] = env[var]
    if env.get("NEWSBOT_DB"):
        merged["database"] = env["NEWSBOT_DB"]
    if database is not None:
        merged["database"] = str(database)
    if isinstance(merged.get("database"), str) and "://" not in merged["database"]:
        merged["database"] = str(Path(merged["database"]).expanduser())
    settings = typing.cast(Settings, _build(Settings, merged, "", problems))
    problems += _check(settings)
    if problems:
        raise SettingsError(*problems)
    return settings


def is_database_url(database: str) -> bool:
    """True for a PostgreSQL URL (anything else is a SQLite file path)."""
    return database.lower().startswith(("postgresql://", "postgres://"))


def mask_password(url: str) -> str:
    """A database URL with its password replaced by ***."""
    url = re.sub(r"([?&]password=)[^&]*", r"\1***", url)
    scheme, sep, rest = url.partition("://")
    userinfo, at, host = rest.rpartition("@")
    if not (sep and at) or ":" not in userinfo:
        return url
    return f"{scheme}://{userinfo.split(':', 1)[0]}:***@{host}"


def feed_warnings(settings: Settings) -> list[str]:
    """Configured feed files or globs that match no file (URLs are checked when polled)."""
    return [
        f"[feeds] urls: {entry} matches no file"
        for entry in settings.feeds.urls
        if urlsplit(entry).scheme not in {"http", "https"} and not glob.glob(entry)
    ]


def masked(settings: Settings) -> dict[str, Any]:
    """The effective settings as plain data, secrets replaced by "***" (or "" when unset),
    and the database URL's password hidden."""
    data = _plain(settings)
    data["database"] = mask_password(settings.database)
    for (section, key), _var in SECRETS.items():
        if data[section][key]:
            data[section][key] = "***"
    return typing.cast(dict[str, Any], data)


def _read_toml(path: Path) -> dict[str, Any]:
    """Read one TOML file; relative feed paths are made relative to the file's folder."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML ({exc})") from None
    feeds = data.get("feeds")
    urls = feeds.get("urls") if isinstance(feeds, dict) else None
    if isinstance(urls, list):
        data["feeds"]["urls"] = [_anchor(u, path.resolve().parent) for u in urls]
    return data


def _anchor(source: Any, folder: Path) -> Any:
    if not isinstance(source, str) or "://" in source or Path(source).is_absolute():
        return source
    return str(folder / source)


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _pop_secrets(merged: dict[str, Any]) -> list[str]:
    """Remove secrets written in a config file, each named as a problem (never its value).

    Both the setting (`[slack] bot_token`) and the variable's name used as a key
    (`SLACK_BOT_TOKEN = …`, at the top or in a section) count.
    """
    problems = []
    variables = {var.lower(): var for var in SECRETS.values()}

    def found(where: str, var: str) -> None:
        problems.append(
            f"{where} is a secret and must not be in a config file; "
            f"remove it and set the {var} environment variable"
        )

    for table, where in [(merged, "")] + [
        (value, f"[{name}] ") for name, value in merged.items() if isinstance(value, dict)
    ]:
        for key in list(table):
            if isinstance(key, str) and key.lower() in variables:
                del table[key]
                found(f"{where}{key}", variables[key.lower()])
    for (section, key), var in SECRETS.items():
        if isinstance(merged.get(section), dict) and key in merged[section]:
            del merged[section][key]
            found(f"[{section}] {key}", var)
    return problems


def _build(cls: type[Any], data: dict[str, Any], section: str, problems: list[str]) -> Any:
    """The dataclass from a table; a bad value is added to `problems` and left at its default."""
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    where = f"[{section}] " if section else ""
    values = {}
    for name, raw in data.items():
        if name not in names:
            problems.append(f"{where}{_unknown(name, names)}")
            continue
        hint = hints[name]
        try:
            if dataclasses.is_dataclass(hint):
                if not isinstance(raw, dict):
                    raise SettingsError(f"[{name}] must be a table")
                values[name] = _build(typing.cast(type[Any], hint), raw, name, problems)
            else:
                values[name] = _convert(raw, hint, f"{where}{name}")
        except SettingsError as exc:
            problems.extend(exc.problems)
    return cls(**values)


def _unknown(name: str, names: set[str]) -> str:
    close = difflib.get_close_matches(name, sorted(names), n=1, cutoff=0.6)
    # (or a known key that ends with it: time → default_time)
    guess = next(iter(close), None) or next(
        (known for known in sorted(names) if known.endswith(f"_{name}")), None
    )
    if guess:
        return f"unknown key {name!r} — did you mean {guess}?"
    return f"unknown key {name!r}; known keys: {', '.join(sorted(names))}"


def _convert(raw: Any, hint: Any, key: str) -> Any:
    def bad(expected: str) -> SettingsError:
        return SettingsError(f"{key} = {raw!r}: expected {expected}")

    origin = typing.get_origin(hint)
    if hint is bool:
        if not isinstance(raw, bool):
            raise bad("true or false")
        return raw
    if hint is int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise bad("an integer")
        return raw
    if hint is float:
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise bad("a number")
        return float(raw)
    if hint is str:
        if not isinstance(raw, str):
            raise bad("a string")
        return raw
    if hint is Path:
        if not isinstance(raw, str) or not raw:
            raise bad("a file path")
        return Path(raw).expanduser()
    if hint is time:
        if isinstance(raw, time):
            return raw
        if isinstance(raw, str):
            try:
                return time.fromisoformat(raw)
            except ValueError:
                pass
        raise bad('a time like "08:00"')
    if origin is tuple:
        (item_type, _ellipsis) = typing.get_args(hint)
        if not isinstance(raw, list):
            raise bad('a list in square brackets, e.g. ["…", "…"]')
        return tuple(_convert(item, item_type, f"{key}[{i}]") for i, item in enumerate(raw))
    if origin in (types.UnionType, typing.Union):
        raise bad("a value")  # pragma: no cover - no optional settings yet
    raise bad(str(hint))  # pragma: no cover


def _check(s: Settings) -> list[str]:
    """Cross-field and range checks that types alone cannot express."""
    problems = []
    scheme = s.database.split("://", 1)[0] if "://" in s.database else ""
    if scheme and not is_database_url(s.database):
        problems.append(
            f"database = {mask_password(s.database)!r}: expected a file path or a "
            "postgresql://user:password@host:port/dbname URL"
        )
    positive = {
        "[fetch] timeout_seconds": s.fetch.timeout_seconds,
        "[fetch] max_bytes": s.fetch.max_bytes,
        "[feeds] poll_minutes": s.feeds.poll_minutes,
        "[feeds] max_concurrent": s.feeds.max_concurrent,
        "[feeds] max_failures": s.feeds.max_failures,
        "[digest] max_stories": s.digest.max_stories,
        "[digest] summary_sentences": s.digest.summary_sentences,
        "[digest] lease_seconds": s.digest.lease_seconds,
        "[digest] max_attempts": s.digest.max_attempts,
        "[digest] max_concurrent_builds": s.digest.max_concurrent_builds,
        "[workers] poll_seconds": s.workers.poll_seconds,
        "[workers] heartbeat_seconds": s.workers.heartbeat_seconds,
        "[storage] prune_minutes": s.storage.prune_minutes,
        "[slack] posts_per_second": s.slack.posts_per_second,
        "[discord] posts_per_second": s.discord.posts_per_second,
        "[web] session_hours": s.web.session_hours,
    }
    for key, value in positive.items():
        if value <= 0:
            problems.append(f"{key} = {value!r}: expected a number above 0")
    # Story grouping looks back GROUP_WINDOW (3 days): a shorter keep would delete
    # stories that new articles are still being grouped into.
    for key, days in (
        ("keep_days", s.storage.keep_days),
        ("keep_digest_days", s.storage.keep_digest_days),
    ):
        if days != 0 and days < MIN_KEEP_DAYS:
            problems.append(
                f"[storage] {key} = {days}: expected 0 (keep for ever) or at least "
                f"{MIN_KEEP_DAYS} days"
            )
    if s.fetch.max_redirects < 0:
        problems.append(f"[fetch] max_redirects = {s.fetch.max_redirects}: expected 0 or more")
    if s.feeds.max_poll_minutes < s.feeds.poll_minutes:
        problems.append(
            f"[feeds] max_poll_minutes = {s.feeds.max_poll_minutes}: expected at least "
            f"poll_minutes ({s.feeds.poll_minutes})"
        )
    zone = s.digest.default_timezone
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        guess = closest_zone(zone)
        problems.append(
            f"[digest] default_timezone = {zone!r}: expected an IANA time zone such as "
            "'Europe/Berlin' or 'UTC'" + (f" — did you mean {guess}?" if guess else "")
        )
    if s.log_level.upper() not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        problems.append(f"log_level = {s.log_level!r}: expected DEBUG, INFO, WARNING or ERROR")
    if s.slack.mode not in {"socket", "http"}:
        problems.append(f'[slack] mode = {s.slack.mode!r}: expected "socket" or "http"')
    if not s.slack.api_url.endswith("/"):
        problems.append(f"[slack] api_url = {s.slack.api_url!r}: expected a URL ending in '/'")
    if s.discord.shards not in {"none", "auto"}:
        problems.append(f'[discord] shards = {s.discord.shards!r}: expected "none" or "auto"')
    if s.discord.shard_count < 0:
        problems.append(
            f"[discord] shard_count = {s.discord.shard_count}: expected 0 (decided by shards) "
            "or the total number of shards"
        )
    outside = [i for i in s.discord.shard_ids if not 0 <= i < max(1, s.discord.shard_count)]
    if s.discord.shard_ids and (not s.discord.shard_count or outside):
        problems.append(
            f"[discord] shard_ids = {list(s.discord.shard_ids)}: expected shard numbers from 0 "
            f"to shard_count - 1 (shard_count = {s.discord.shard_count})"
        )
    if not 0 <= s.web.port <= 65535:
        problems.append(f"[web] port = {s.web.port}: expected 0 (off) or a port up to 65535")
    return problems


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return value
