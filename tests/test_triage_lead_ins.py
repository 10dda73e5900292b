"""A general question about a link keeps its exemption after a lead-in word ("ok and is..."), and a length after
an activity ("when I write for ages") is the activity's, not the cramp's."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "message",
    [
        "ok and is a coronary spasm a sign of heart disease",
        "so can coronary artery spasm lead to a heart attack?",
        "anyway what are the signs of a stroke",
        "hi, what causes a blood clot in the leg?",
    ],
)
def test_a_lead_in_before_a_general_question_keeps_it_general(engine, message):
    """Nobody in it, nothing said to be happening: only the one-line caution, no alarm."""
    assert engine.reply(message).triage is None


@pytest.mark.parametrize(
    "message",
    [
        "ok so is this a heart attack, my chest is crushing",
        "and is crushing chest pain a sign of a heart attack? my dad has it right now",
        "so what does it mean when my face droops on one side and my arm went weak",
    ],
)
def test_a_lead_in_never_hides_what_is_happening(engine, message):
    """A person or a present sign in the question keeps the alarm."""
    assert engine.reply(message).triage == "emergency"


def test_a_length_after_an_activity_is_the_activitys(engine):
    """Writing for ages is how long the writing went on; a cramp said to last is still a cramp that will not ease."""
    assert engine.reply("my hand cramps up when i write for ages in exams").triage is None
    assert engine.reply("my hand has been stuck in a cramp for 20 minutes now").triage == "same-day"
