"""Tokens, session cookies and the limit on failed sign-ins, as pure values."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.web.auth import FailureLimit, Sessions, TokenError, bearer, check_token, same_token

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
TOKEN = "a-long-enough-operator-token"


def test_missing_or_short_tokens_are_refused_in_one_line() -> None:
    with pytest.raises(TokenError, match="NEWSBOT_WEB_TOKEN is not") as missing:
        check_token("")
    with pytest.raises(TokenError, match="has 5 characters") as short:
        check_token("short")
    for problem in (missing, short):
        assert "\n" not in str(problem.value) and "secrets.token_urlsafe" in str(problem.value)
    check_token(TOKEN)


def test_tokens_compare_whole_and_bearer_headers_parse() -> None:
    assert same_token(TOKEN, TOKEN)
    assert not same_token(TOKEN[:-1], TOKEN) and not same_token(TOKEN + "x", TOKEN)
    assert not same_token("", TOKEN)
    assert bearer(f"Bearer {TOKEN}") == TOKEN and bearer(f"bearer  {TOKEN} ") == TOKEN
    assert (
        bearer("Basic dXNlcjpwYXNz") is None and bearer("Bearer ") is None and bearer(None) is None
    )


def test_session_cookies_are_signed_with_the_token_and_expire() -> None:
    sessions = Sessions(TOKEN, timedelta(hours=12))
    cookie = sessions.issue(NOW)
    assert sessions.valid(cookie, NOW + timedelta(hours=11, minutes=59))
    assert not sessions.valid(cookie, NOW + timedelta(hours=12))
    assert not Sessions("another-long-operator-token", timedelta(hours=12)).valid(cookie, NOW)
    expires, _, mac = cookie.partition(".")
    forged = f"{int(expires) + 3600}.{mac}"  # a longer life needs a new signature
    assert not sessions.valid(forged, NOW)
    for junk in ("", "x", ".", "123.", "-1.abc", f"{'9' * 40}.{mac}", None):
        assert not sessions.valid(junk, NOW)


def test_failed_attempts_are_limited_per_client_then_forgiven() -> None:
    limit = FailureLimit(per_client=3, in_all=100, window=timedelta(minutes=15))
    for n in range(3):
        assert limit.retry_after("10.0.0.1", NOW + timedelta(minutes=n)) is None
        limit.failed("10.0.0.1", NOW + timedelta(minutes=n))
    assert limit.retry_after("10.0.0.1", NOW + timedelta(minutes=3)) == 12 * 60
    assert limit.retry_after("10.0.0.2", NOW + timedelta(minutes=3)) is None, "others may try"
    # the oldest failure leaves the window at minute 15: one more try is allowed
    assert limit.retry_after("10.0.0.1", NOW + timedelta(minutes=15)) is None


def test_failures_from_many_addresses_are_limited_in_all() -> None:
    limit = FailureLimit(per_client=5, in_all=10, window=timedelta(minutes=15))
    for n in range(10):
        limit.failed(f"10.0.1.{n}", NOW)
    assert limit.retry_after("10.0.2.1", NOW) == 15 * 60
    assert limit.retry_after("10.0.2.1", NOW + timedelta(minutes=15)) is None
