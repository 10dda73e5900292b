"""Cramping in the first weeks of a pregnancy is the womb, a kind of cramp the article does not cover; a leg or calf
named with it is the pregnancy topic's leg cramps; a period named for sure stays a period question."""

from __future__ import annotations

import pytest

from bot.model import OTHER_CRAMP


@pytest.mark.parametrize(
    "message",
    [
        "is cramping normal at 5 weeks pregnant",
        "I am 6 weeks pregnant and cramping on and off all day",
        "cramping in my womb at 7 weeks pregnant, should I worry?",
        "my period cramps go down my legs",
    ],
)
def test_womb_cramps_get_the_honest_other_cramp_reply(engine, message):
    """Early-pregnancy cramping, or a period named for sure, is the womb: a different kind of cramp."""
    reply = engine.reply(message)
    assert reply.kind == OTHER_CRAMP
    assert reply.intents == ()


@pytest.mark.parametrize(
    "message",
    [
        "8 weeks pregnant with leg cramps, is that normal?",
        "5 weeks pregnant and my calves cramp at night",
        "early pregnancy and my feet keep cramping",
    ],
)
def test_a_leg_named_in_early_pregnancy_is_the_pregnancy_topic(engine, message):
    """A skeletal-muscle place takes the message back to the article's pregnancy answer."""
    assert engine.reply(message).intents[:1] == ("pregnancy",)
