from __future__ import annotations

from bot.answers.wording import succeeds_another


def test_one_who_succeeds_another_is_not_the_successor_asked_of() -> None:
    asked = "Who will succeed Tom Quill as Calder's candidate?"
    assert succeeds_another(asked, "He will succeed the previous envoy, Ana Ruiz, in May.")
    assert not succeeds_another(asked, "Sam Beale will succeed Mr Quill in Calder.")
    # (whom the question's own name succeeded, or a successor named after "by")
    assert not succeeds_another("Whom did Tom Quill replace?", "Quill replaced Ana Ruiz.")
    assert not succeeds_another(asked, "Quill will be replaced by Ana Ruiz.")
    assert not succeeds_another(
        "Who did Tom Quill succeed as Kelso manager?", "He succeeded Ana Ruiz."
    )
