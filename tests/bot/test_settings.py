from __future__ import annotations

import dataclasses
from datetime import time
from pathlib import Path

import pytest

from bot.settings import DEFAULT_CONFIG, Settings, SettingsError, load_settings, masked


def test_default_toml_matches_the_built_in_defaults(tmp_path: Path) -> None:
    loaded = load_settings(database=tmp_path / "x.db", environ={})
    built_in = dataclasses.replace(Settings(), database=str(tmp_path / "x.db"))
    assert DEFAULT_CONFIG.is_file()
    assert loaded == built_in


def test_user_file_wins_over_defaults(tmp_path: Path) -> None:
    user = tmp_path / "mine.toml"
    user.write_text(
        '[digest]\nmax_stories = 3\ndefault_time = "07:15"\n[feeds]\nurls = ["f.xml"]\n'
    )
    s = load_settings(user, environ={})
    assert s.digest.max_stories == 3
    assert s.digest.default_time == time(7, 15)
    assert s.feeds.urls == (str(tmp_path / "f.xml"),), "relative paths resolve next to the file"


def test_database_precedence_flag_over_env_over_file(tmp_path: Path) -> None:
    user = tmp_path / "mine.toml"
    user.write_text(f'database = "{tmp_path / "file.db"}"\n')
    assert load_settings(user, environ={}).database == str(tmp_path / "file.db")
    env = {"NEWSBOT_DB": str(tmp_path / "env.db")}
    assert load_settings(user, environ=env).database == str(tmp_path / "env.db")
    flag = load_settings(user, environ=env, database=tmp_path / "flag.db")
    assert flag.database == str(tmp_path / "flag.db")


def test_default_database_is_outside_the_working_tree() -> None:
    path = Path(load_settings(environ={}).database)
    assert Path.cwd() not in path.parents
    assert "newsbot" in str(path)


def test_config_from_environment_variable(tmp_path: Path) -> None:
    user = tmp_path / "env.toml"
    user.write_text("[digest]\nfacts = 2\n")
    assert load_settings(environ={"NEWSBOT_CONFIG": str(user)}).digest.facts == 2


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[digest]\nmax_stories = 'ten'", "[digest] max_stories = 'ten': expected an integer"),
        ("[digest]\ndefault_timezone = 'Europe/Berln'", "expected an IANA time zone"),
        ("[digest]\ndefault_time = '25:00'", 'expected a time like "08:00"'),
        ("[slack]\nmode = 'carrier-pigeon'", "[slack] mode = 'carrier-pigeon'"),
        ("[slack]\napi_url = 'https://slack.com/api'", "ending in '/'"),
        ("[fetch]\nmax_bytes = 0", "[fetch] max_bytes = 0: expected a number above 0"),
        ("[digest]\nmax_storys = 3", "unknown key 'max_storys'"),
        ("[digest]\ntime = '07:30'", "unknown key 'time' — did you mean default_time?"),
        (
            "[feeds]\nurls = 'one.xml'",
            "[feeds] urls = 'one.xml': expected a list in square brackets",
        ),
        ("[fetch]\nallow_private_hosts = true", "allow_private_hosts = True: expected a list in"),
        ("log_level = 'LOUD'", "log_level = 'LOUD'"),
        ("[digest", "not valid TOML"),
    ],
)
def test_bad_values_name_key_value_and_expectation(tmp_path: Path, toml: str, message: str) -> None:
    user = tmp_path / "bad.toml"
    user.write_text(toml)
    with pytest.raises(SettingsError) as caught:
        load_settings(user, environ={})
    assert message in str(caught.value)


def test_secrets_come_only_from_the_environment(tmp_path: Path) -> None:
    user = tmp_path / "leaky.toml"
    user.write_text("[slack]\nbot_token = 'xoxb-in-a-file'\n")
    with pytest.raises(SettingsError, match="SLACK_BOT_TOKEN environment variable"):
        load_settings(user, environ={})
    s = load_settings(environ={"SLACK_BOT_TOKEN": "xoxb-secret", "DISCORD_TOKEN": "d-secret"})
    assert s.slack.bot_token == "xoxb-secret"
    assert s.discord.token == "d-secret"
    assert "secret" not in repr(s), "secrets never appear in reprs (and so in logs)"


def test_masked_hides_secrets_and_shows_unset_ones_as_empty() -> None:
    data = masked(load_settings(environ={"DISCORD_TOKEN": "d-secret"}))
    assert data["discord"]["token"] == "***"
    assert data["slack"]["bot_token"] == ""
    assert "d-secret" not in str(data)


def test_missing_config_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="does not exist"):
        load_settings(tmp_path / "nope.toml", environ={})


def test_a_postgresql_url_is_a_database_and_check_config_hides_its_password() -> None:
    url = "postgresql://bot:s3cret@db.example:5433/news?sslmode=require"
    settings = load_settings(database=url, environ={})
    assert settings.database == url
    shown = masked(settings)["database"]
    assert shown == "postgresql://bot:***@db.example:5433/news?sslmode=require"
    query = load_settings(environ={"NEWSBOT_DB": "postgresql:///news?host=/run/pg&password=pw"})
    assert masked(query)["database"] == "postgresql:///news?host=/run/pg&password=***"


def test_the_example_config_in_the_repository_loads() -> None:
    example = Path(__file__).resolve().parents[2] / "config" / "newsbot.example.toml"
    settings = load_settings(example, environ={})
    assert settings.feeds.urls[0].startswith("https://")
    assert settings.digest.default_timezone == "Europe/Berlin"


@pytest.mark.parametrize("url", ["mysql://bot:pw@db/news", "sqlite:///x.db", "http://db/x"])
def test_a_database_url_of_another_kind_is_refused_in_one_line(url: str) -> None:
    with pytest.raises(SettingsError, match="expected a file path or a postgresql://") as caught:
        load_settings(database=url, environ={})
    assert "pw" not in str(caught.value)
