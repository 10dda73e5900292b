"""Cases an eighth code review found: a negated word that is no symptom (a medicine, "a pulled muscle", "took")
ruled out the body part in its clause; a typo read as a new word; counted tablets and doses."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "message",
    [
        "its not a pulled muscle in my chest, it feels heavy and im sweating",
        "its his chest and he hasnt taken anything, its crushing and hes sweating",
        "no tabs for my chest, its crushing and im sweating",
        "no pills for my chest, its crushing and im sweating",
        "its not a tweak in my back, i cant control my bladder and both legs are weak",
        "didnt have any morphine for my leg, its gone cold pale and numb",
        "no cuts on his leg, its cold pale and really painful",
        "back pain and my bum is all tinly",
        "he had a swimming stroke",
        "took 20paracetemol",
        "took 150 pills",
        "his pupils are pinpoint and hes really drowsy and twitching",
    ],
)
def test_these_are_emergencies(engine, message):
    """A negated marker or context leaves the body part in; the rest are read as meant."""
    assert engine.reply(message).triage == "emergency"


def test_a_negated_marker_leaves_a_swollen_calf_in(engine):
    """ "Haven't strained my calf": the calf that is swollen, red and hot is still a possible clot."""
    assert engine.reply("havent strained my calf, its swollen red and hot").triage in (
        "same-day",
        "emergency",
    )


@pytest.mark.parametrize(
    "message",
    [
        "the box has 30 tablets and i took one last night",
        "a pack of 16 paracetamol, took 2 this morning",
        "took 1 of the 30 tablets",
        "took 20 mg citalopram",
        "what causes chest pain? thats what my essay is about",
        "hand went numb from sleeping on it, and today my arm cramps",
        "my swimming stroke is all over the place because my shoulder cramps",
    ],
)
def test_these_stay_calm(engine, message):
    """A pack's size, a dose, an essay, a numb hand then a cramp, a stroke in the pool. (A general question about a
    child, "what are the signs of a stroke in a child?", alarms again: a ninth review found parents asking "what does
    it mean when a baby is floppy and won't wake up" about their own baby; fail safe.)"""
    assert engine.reply(message).triage is None
