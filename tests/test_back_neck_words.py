"""The everyday words for a back that spasms ("my back went out"), a neck held wrong ("a crick in my neck") and calves
that hurt when walking reach the back, posture and atherosclerosis topics without a cramp word."""

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


@pytest.mark.parametrize(
    "message",
    [
        "my calves hurt when I walk and it eases with rest",
        "After walking a short distance I have to stop and rest and wait for the calf pain to go. Is it my circulation?",
        "pain in my calves when I walk that goes away if I stop, what is it?",
    ],
)
def test_calf_pain_that_walking_brings_on_and_rest_eases_is_atherosclerosis(engine, message):
    """Claudication in lay words: walking brings the calf pain on, rest eases it; poor blood flow leads."""
    assert engine.reply(message).intents[:1] == ("atherosclerosis",)


@pytest.mark.parametrize("message", ["my calf was dehorned last week, what do I put on it?", "calf leather boots on sale"])
def test_a_calf_that_is_not_a_muscle_stays_out_of_scope(engine, message):
    """A calf alone (a young cow, leather) is not a muscle complaint: only a calf that hurts is."""
    assert engine.reply(message).intents == ()
