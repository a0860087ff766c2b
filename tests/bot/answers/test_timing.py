from __future__ import annotations

from bot.answers.timing import FUTURE


def test_what_one_believes_one_can_do_is_still_to_come() -> None:
    # (so "… adding it believes it can achieve this in 2007" ranks with what "is due" for
    # "by what year does Tern believe it can reach its goal?")
    assert FUTURE.search("the company said, adding it believes it can achieve this in 2007")
    assert FUTURE.search("Tern thinks they could finish by March")
    assert not FUTURE.search("Tern believes the new design can work")
