"""A question about a condition's name with nobody in it ("is sepsis contagious?") is general, like one with a link
word; a question that points at something ("is it a stroke?") or names someone or now stays triaged."""

from __future__ import annotations

import pytest

from bot.model import EMERGENCY


@pytest.mark.parametrize(
    "message",
    [
        "is sepsis contagious?",
        "does tetanus always cause lockjaw?",
        "how rare is heatstroke in the UK?",
        "is a DVT more common on long flights?",
    ],
)
def test_a_question_about_a_conditions_name_is_general(engine, message):
    """A question word, a condition's name, nobody, no "it" or "that", nothing now: not triaged."""
    assert engine.reply(message).triage is None


@pytest.mark.parametrize(
    "message",
    [
        "is it a stroke?",
        "is this sepsis?",
        "is that a heart attack??",
        "heart attack?",
        "could my dad be having a stroke?",
        "is a heart attack painful? my chest is crushing",
        "what does a stroke look like, her face is drooping",
        "is sepsis contagious? my mum has it and is confused now",
        "is a drooping face and slurred speech a stroke?",
    ],
)
def test_a_name_pointed_at_or_with_someone_or_a_sign_stays_an_emergency(engine, message):
    """"It", "this", "that", a person, a bare name or a sign in or beside the question keeps the emergency."""
    assert engine.reply(message).triage == EMERGENCY
