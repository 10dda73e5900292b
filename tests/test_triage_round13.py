"""Structure added after blind set 36 (older parents and their adult children, English as a second language,
symptom timelines; measured on arrival, then tune): each rule shown on wording other than the set's own, with calm
neighbours."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "level"),
    [
        # loss of bladder or bowel control told of someone else, with back pain
        ("her lower back is agony and she can't control her bowels since lunch", "emergency"),
        ("dad's sciatica is bad and he has no control over his bladder now", "emergency"),
        ("back pain and both sides of my legs feel weak, it started today", "emergency"),
        # a wound told without 'my' ("cut knee"), then a locked jaw
        ("grandad cut hand on a rusty gate 5 days ago, now his jaw is locked", "emergency"),
        # a limb colder and paler than the other one
        ("his foot is cold and white compared to the other one", "emergency"),
        # swallowing a large number of pills, named or not
        ("my son swallowed 30 of them, they're his sister's tablets", "emergency"),
        ("she gulped down about 25 of my sleeping pills", "emergency"),
        # a person gone limp, or staring at nothing after a fall
        ("he went limp like a rag doll on the sofa", "emergency"),
        ("grandma fell in the kitchen and now she is staring into space", "emergency"),
        # sudden weakness of a leg with the face on the same side; two limbs on one side weak
        ("my left leg suddenly went weak and the left side of my face feels odd", "emergency"),
        ("her right arm is weak and her right leg keeps giving way", "emergency"),
        ("my left foot is dragging and my left hand is clumsy since this morning", "emergency"),
        # severe pain said of someone else, in a pale limb
        ("his leg has gone pale from the shin down and it's killing him", "emergency"),
        # no urine for hours is same-day even without a cramp named
        ("no pee since last night, about 14 hours now", "same-day"),
    ],
)
def test_set_36_structure(engine, message, level):
    """Each is triaged at its level, worded unlike the set's own messages."""
    assert engine.reply(message).triage == level


@pytest.mark.parametrize(
    "message",
    [
        "is it true tetanus is also known as lockjaw?",
        "why is a stroke called a brain attack?",
        "my husband is so clumsy, he knocked my tea over, and my calves cramp at night",
        "I cut back on coffee and still get leg cramps",
        "I took 20 minutes to stretch and the cramp eased",
        "I sleep on that side and my hip aches in the morning, why?",
    ],
)
def test_set_36_calm_neighbours_stay_calm(engine, message):
    """A definition by its other name, clumsiness in passing, cutting back, a time taken, a sleeping side: calm."""
    assert engine.reply(message).triage is None
