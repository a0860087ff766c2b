"""users.info lookups: who may manage, their zone, and the cache in front of Slack."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiohttp
import pytest
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.permissions import UserDirectory, Verdict
from tests.adapters.slack.support import BOT_TOKEN
from tests.fakes.slack import FakeSlack


@pytest.fixture
async def client(fake: FakeSlack) -> AsyncIterator[AsyncWebClient]:
    async with aiohttp.ClientSession() as session:
        yield AsyncWebClient(token=BOT_TOKEN, base_url=fake.api_url, session=session)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_admins_owners_and_listed_users_may_manage(
    fake: FakeSlack, client: AsyncWebClient
) -> None:
    fake.add_user("U0ADMIN", admin=True, tz="Europe/Lisbon")
    fake.add_user("U0OWNER", owner=True, tz="Not/AZone")
    fake.add_user("U0MEMBER", tz="Asia/Tokyo")
    users = UserDirectory(client, admins=["U0LISTED"])

    assert await users.verdict("U0ADMIN") == Verdict(True, "Europe/Lisbon")
    assert await users.verdict("U0OWNER") == Verdict(True, None), "an unknown zone is dropped"
    assert await users.verdict("U0MEMBER") == Verdict(False, "Asia/Tokyo")
    assert await users.verdict("U0LISTED") == Verdict(True, None), "unknown to Slack, listed"
    assert await users.verdict("U0NOBODY") == Verdict(False, None)


async def test_answers_are_cached_for_a_while_and_shared_by_concurrent_lookups(
    fake: FakeSlack, client: AsyncWebClient
) -> None:
    fake.add_user("U0ADMIN", admin=True)
    clock = Clock()
    users = UserDirectory(client, ttl=300, clock=clock)

    await asyncio.gather(*(users.lookup("U0ADMIN") for _ in range(10)))
    clock.now += 299
    await users.lookup("U0ADMIN")
    assert len(fake.calls_to("users.info")) == 1

    clock.now += 2
    await users.lookup("U0ADMIN")
    assert len(fake.calls_to("users.info")) == 2


async def test_a_failed_lookup_is_not_cached(fake: FakeSlack, client: AsyncWebClient) -> None:
    fake.add_user("U0ADMIN", admin=True)
    fake.fail("users.info", "internal_error")
    users = UserDirectory(client)

    assert await users.lookup("U0ADMIN") is None
    user = await users.lookup("U0ADMIN")

    assert user is not None and user.is_admin
    assert len(fake.calls_to("users.info")) == 2
