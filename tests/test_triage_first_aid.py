"""A first-aid question that is plainly hypothetical ("if my child ever...") or general gets the call line and the red
flag's own what-to-do text; an "if" about a person who may be in front of you stays triaged (a review found 73
present emergencies that an "if someone" exemption let through). And the lay wordings the twenty-eighth blind set
showed missing, each with its neighbours (sentences written here, not taken from the sets)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.model import EMERGENCY, SAME_DAY

FIRST_AID_QUESTIONS = [
    ("what should I do if my child ever has a seizure with a fever?", "seizure"),
    ("if someone ever has crushing chest pain, what should you do?", "heart"),
    ("what should you do if someone ever collapses at the gym?", "collapse"),
    ("what is the first aid for a stroke?", "stroke"),
]


@pytest.mark.parametrize(("message", "rule"), FIRST_AID_QUESTIONS)
def test_a_hypothetical_first_aid_question_gets_what_to_do_not_an_alarm(engine, message, rule):
    """No alarm, but the reply opens with the call line and the red flag's own what-to-do text."""
    reply = engine.reply(message)
    assert reply.triage is None
    assert rule in engine.understand(message).triage.supposed
    top = reply.sections[0]
    assert top.title == "If it happens: what to do"
    assert "call your emergency number" in top.body
    assert engine.kb.red_flags.rules[rule].advice in top.body
    assert "not medical advice" in reply.disclaimer


@pytest.mark.parametrize(
    "message",
    [
        "if someone has chest pain what should you do while waiting for the ambulance?",
        "what do I do if someone is fitting and my son won't wake up",
        "not sure if anyone can help but my chest is crushing and I'm sweating",
        "if someone's face drops on one side do I ring an ambulance or drive them in?",
        "sorry if you can't help, my face is drooping on one side",
        "what would I do, my throat is swelling up after eating peanuts",
        "what should i do if my toddler ever swallows a battery, i think he just did",
    ],
)
def test_an_if_about_someone_who_may_be_there_stays_an_emergency(engine, message):
    """Without "ever" or the like, an "if" about someone is taken as happening: when unsure, triage."""
    assert engine.reply(message).triage == EMERGENCY


@pytest.mark.parametrize(
    "message",
    [
        "what should I do if my toddler ever swallows a bleach tablet?",
        "dont be daft, the deal collapsed and now I have to work the weekend and my calves cramp",
    ],
)
def test_hypotheticals_and_idioms_are_calm(engine, message):
    """"If my toddler ever" is a hypothetical; a deal that collapsed is not a person."""
    assert engine.reply(message).triage is None


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("34 weeks pregnant and my face and hands suddenly puffed right up today", SAME_DAY),
        ("pregnant, my fingers puffed up suddenly this afternoon and my rings won't come off", SAME_DAY),
        ("32 weeks pregnant, headache and my legs feel weak, should I call the doctor?", SAME_DAY),
        ("helped a mate move flat, legs so weak I can barely climb stairs and the toilet water was brown", SAME_DAY),
        ("my jeans are tight on one leg only and that calf aches", SAME_DAY),
        ("since starting atorvastatin my legs feel like I've been hit by a truck", SAME_DAY),
        ("one side of her smile won't go up and her arm went heavy", EMERGENCY),
        ("my calf is fat and sore and I'm suddenly out of breath", EMERGENCY),
        ("swollen calf for days and now my side hurts when I breathe in", EMERGENCY),
    ],
)
def test_signs_said_by_what_is_seen_or_felt(engine, message, level):
    """Sudden puffing in pregnancy, urine seen in the toilet, tight jeans on one leg, a smile that won't lift on one
    side, a calf's size with breathlessness, a side that hurts on breathing."""
    assert engine.reply(message).triage == level


EMERGENCIES = [
    "my dad has crushing chest pain and he's sweating",
    "her face is drooping on one side and her speech is slurred",
    "my son is fitting and won't stop, it's been 6 minutes",
]
ASIDES = [
    "What should you do if someone ever faints?",
    "If someone ever has cramp, do you stretch it?",
    "What is the first aid for a stroke?",
]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(EMERGENCIES), st.sampled_from(ASIDES), st.booleans())
def test_a_hypothetical_aside_never_exempts_a_present_emergency(engine, emergency, aside, before):
    """A first-aid question about anyone, before or after a present emergency, leaves it an emergency."""
    message = f"{aside} {emergency}" if before else f"{emergency}. {aside}"
    assert engine.reply(message).triage == EMERGENCY
