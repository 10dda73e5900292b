"""Fail-opens an eleventh adversarial review found after the tenth review's fixes (534 messages); all closed."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "level"),
    [
        # "never ... before" takes away a jab, not other concepts read at the same word
        ("ive never experienced jabbing in my chest like this before", "emergency"),
        ("never had to jab him with his epipen before but his throat is closing up", "emergency"),
        # weather phrases that describe the limb: kept as the limb's
        ("feel my calf to see if its warm, it is and its swollen on one side", "same-day"),
        ("my calf gets hot out of nowhere and its tender, just the left", "same-day"),
        ("left calf is warm to the touch and sore", "same-day"),
        # "stroking the cut": no idiom hides the wound
        ("he kept stroking the cut on his hand, now his jaw is stiff and he cant open his mouth", "emergency"),
    ],
)
def test_review_11_fail_opens_are_triaged(engine, message, level):
    """Each describes a present red flag and is triaged at its level."""
    assert engine.reply(message).triage == level


@pytest.mark.parametrize(
    "message",
    [
        "my legs cramp on hot nights, is that dehydration",
        "its hot out and my calves cramp on the 3rd lap, gone when i stop",
        "calf cramp during the 60th minute of the match, fine now",
    ],
)
def test_review_11_calm_messages(engine, message):
    """Cramps in hot weather and a moment in a match are calm."""
    assert engine.reply(message).triage is None
