"""Fail-opens a tenth adversarial review found in the set-32 rules (each lowered a present red flag); all closed."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "level"),
    [
        # weather phrases that describe a limb as often: "hot today", "its so hot" are the calf's
        ("my right calf feels hot today and its sore to touch", "same-day"),
        ("left calf is tender and its so hot", "same-day"),
        ("its hot in my calf and its sore", "same-day"),
        # a hot calf with breathlessness is never excused by the weather
        ("calf hot today and i cant catch my breath", "emergency"),
        ("my calf is warm in this heat and im short of breath", "emergency"),
        # "stroke the muscle(s)" in a run-on sentence is a stroke
        ("i think shes had a stroke the muscles wont move on her right side", "emergency"),
        # collapsing into bed, then signs: stemming makes "collapsed" and "collapse" one word
        ("she collapsed into bed and her lips are going blue", "emergency"),
        ("he collapsed into bed, cant be woken", "emergency"),
        ("i feel like im about to collapse, really dizzy and sweaty and my chest is tight", "emergency"),
        # "does X look like Y" naming a present sign is no general question
        ("does the face look like its drooping on one side", "emergency"),
        ("does jerking all over look like a seizure, been going 6 minutes", "emergency"),
        ("does a red hot swollen calf look like a clot? its my left one", "same-day"),
        # "never ... before": the jab was never had, the stiffness joined to it is new
        ("never had a tetanus jab or jaw stiffness like this before, stepped on a rusty nail last week", "emergency"),
        ("never had my pee dark like this before, legs agony after workout", "same-day"),
        ("never been unable to pee or numb between my legs before, bad back", "emergency"),
    ],
)
def test_review_10_fail_opens_are_triaged(engine, message, level):
    """Each describes a present red flag and is triaged at its level."""
    assert engine.reply(message).triage == level


@pytest.mark.parametrize(
    "message",
    [
        "my calf cramped in the 80th minute of the match, gone now",  # an ordinal moment is no length
        "i get leg cramps when its hot",
        "hot nights give me leg cramps",
    ],
)
def test_review_10_calm_messages(engine, message):
    """A moment in a match and cramps in hot weather are calm."""
    assert engine.reply(message).triage is None
