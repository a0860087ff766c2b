"""Feeds per workspace over real slack-bolt: a manager in one workspace cannot list, remove
or read another workspace's feeds."""

from __future__ import annotations

from bot.app import App
from tests.adapters.slack.blockkit import texts
from tests.bot.commands.test_feed_owners import serve_feeds
from tests.fakes.http import LocalServer
from tests.fakes.slack import FakeSlack


async def command(fake: FakeSlack, team: str, text: str) -> str:
    """Send `/news text` from an admin of `team` and return the answer's text and blocks."""
    fake.team_id = team
    fake.add_user(f"U0{team}", admin=True)
    envelope = await fake.send_command(text, user_id=f"U0{team}")
    [hook] = await fake.wait_hooks(envelope)
    return str(hook.body["text"]) + "\n" + texts(hook.body.get("blocks", []))


async def test_a_manager_in_one_workspace_cannot_reach_another_workspaces_feeds(
    newsbot: App, fake: FakeSlack, server: LocalServer
) -> None:
    glacier, harbour = serve_feeds(server)
    assert "Added feed #1" in await command(fake, "T0AAA", f"feeds add {glacier}")
    assert "Added feed #2" in await command(fake, "T0BBB", f"feeds add {harbour}")

    listed = await command(fake, "T0BBB", "feeds list")
    assert "#2 Port" in listed and "#1" not in listed and "glacier" not in listed
    assert "There is no feed #1 here" in await command(fake, "T0BBB", "feeds remove 1")
    assert "No stored stories match" in await command(fake, "T0BBB", "search glacier")
    assert "No new stories" in await command(fake, "T0BBB", "digest glacier")
    assert "Nothing stored" in await command(
        fake, "T0BBB", "ask how much ice did the Tasman glacier lose?"
    )

    assert "Tasman glacier retreats" in await command(fake, "T0AAA", "search glacier")
    assert [f.id for f in await newsbot.store.list_feeds()] == [1, 2]
