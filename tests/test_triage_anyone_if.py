"""Conditionals about anyone at all ("if someone has chest pain, what should you do?") are hypotheticals, answered with
what to do if it happens; and the lay wordings the twenty-eighth blind set showed missing, each with its neighbours
(sentences written here, not taken from the sets)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.model import EMERGENCY, SAME_DAY

FIRST_AID_QUESTIONS = [
    ("if someone has crushing chest pain, what should you do until the ambulance comes?", "heart"),
    ("what's the first aid if somebody's face droops on one side?", "stroke"),
    ("if a person collapses and isn't breathing what do you do", "collapse"),
    ("if someone's lips swell up after peanuts what should you do?", "anaphylaxis"),
    ("if someone's face drops on one side do I ring an ambulance or drive them in?", "stroke"),
]


@pytest.mark.parametrize(("message", "rule"), FIRST_AID_QUESTIONS)
def test_a_first_aid_question_about_anyone_is_answered_not_alarmed(engine, message, rule):
    """No alarm, but the reply opens with the call line and the red flag's own what-to-do text."""
    reply = engine.reply(message)
    assert reply.triage is None
    assert engine.understand(message).triage.supposed[0] == rule
    top = reply.sections[0]
    assert top.title == "If it happens: what to do"
    assert "call your emergency number" in top.body
    assert engine.kb.red_flags.rules[rule].advice in top.body
    assert "not medical advice" in reply.disclaimer


@pytest.mark.parametrize(
    "message",
    [
        "what do I do if someone is fitting and my son won't wake up",
        "not sure if anyone can help but my chest is crushing and I'm sweating",
        "what should I do if someone collapses right now in front of me and isn't breathing",
        "if someone has chest pain now what should I do, it's my dad",
        "what do I do, my husband has crushing chest pain. if someone has this do I give aspirin?",
        "sorry if you can't help, my face is drooping on one side",
        "what would I do, my throat is swelling up after eating peanuts",
    ],
)
def test_an_if_about_anyone_never_hides_someone_in_particular_or_now(engine, message):
    """A particular person, "now", another clause, or an "if" that is not about anyone keeps the emergency."""
    assert engine.reply(message).triage == EMERGENCY


@pytest.mark.parametrize(
    "message",
    [
        "what would I do if my throat swelled after eating something? never had it",
        "what should I do if my toddler ever swallows a bleach tablet?",
        "please can statins cause cramps? asking for my uncle",
        "does a cat scratch need a tetanus shot?",
        "our tent collapsed in the wind and I slept twisted, now my lower back is stiff",
        "my laptop had a seizure and ate my essay, and now my neck is cramping",
        "dying of man flu, sore legs and a runny nose",
        "if a cramp doesn't go after 10 minutes what should I do?",
    ],
)
def test_hypotheticals_general_questions_and_idioms_are_calm(engine, message):
    """Would-if questions, "if ... ever", a filler before a question word, collapsing tents and laptops are calm."""
    assert engine.reply(message).triage is None


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("34 weeks pregnant and my face and hands suddenly puffed right up today", SAME_DAY),
        ("pregnant, my fingers puffed up suddenly this afternoon and my rings won't come off", SAME_DAY),
        ("helped a mate move flat, legs so weak I can barely climb stairs and the toilet water was brown", SAME_DAY),
        ("my jeans are tight on one leg only and that calf aches", SAME_DAY),
        ("since starting atorvastatin my legs feel like I've been hit by a truck", SAME_DAY),
        ("one side of her smile won't go up and her arm is heavy", EMERGENCY),
        ("my arm feels like lead and my mouth won't lift on the left", EMERGENCY),
    ],
)
def test_signs_said_by_what_is_seen_or_felt(engine, message, level):
    """Swelling told by clothes and puffing, dark urine seen in the toilet, a smile that won't lift, a heavy arm."""
    assert engine.reply(message).triage == level


EMERGENCIES = [
    "my dad has crushing chest pain and he's sweating",
    "her face is drooping on one side and her speech is slurred",
    "my son is fitting and won't stop, it's been 6 minutes",
]
ASIDES = [
    "What should you do if someone faints?",
    "If someone has cramp, do you stretch it?",
    "What would happen if a runner collapsed?",
]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(EMERGENCIES), st.sampled_from(ASIDES), st.booleans())
def test_a_hypothetical_aside_never_exempts_a_present_emergency(engine, emergency, aside, before):
    """A first-aid question about anyone, before or after a present emergency, leaves it an emergency."""
    message = f"{aside} {emergency}" if before else f"{emergency}. {aside}"
    assert engine.reply(message).triage == EMERGENCY
