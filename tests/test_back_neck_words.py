"""The everyday words for a back that spasms ("my back went out", "put my back out") and a neck held wrong ("a crick
in my neck", "text neck") reach the back and posture topics without a cramp word."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("why does my back keep going out", "back_spasms"),
        ("I put my back out lifting the shopping, what helps?", "back_spasms"),
        ("threw my back out at the gym, how long will it last", "back_spasms"),
        ("my back gave out when I bent down", "back_spasms"),
        ("woke up with a crick in my neck", "posture"),
        ("is text neck from looking down at my phone a real thing?", "posture"),
    ],
)
def test_lay_words_for_a_locking_back_or_a_stiff_neck_find_their_topic(engine, message, intent):
    """No "spasm" or "cramp" is needed: the lay phrase itself is in scope and names the topic."""
    reply = engine.reply(message)
    assert reply.triage is None
    assert reply.intents[:1] == (intent,)


@pytest.mark.parametrize("message", ["my boyfriend went out and my back is fine", "the crickets are loud tonight"])
def test_their_everyday_neighbours_stay_out_of_scope(engine, message):
    """Going out, or crickets, are not a back or a neck."""
    assert engine.reply(message).intents == ()
