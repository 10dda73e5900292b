"""Cases a ninth code review found: a glued "2weeksago" read as past what followed it; counted tablets in other
orders; general questions followed by someone who has it; a child in a general question."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "message",
    [
        "gave birth 2weeksago calf swollen hot and breathless",
        "stood on a rusty nail 2weeksago jaw locked",
        "numb bum and groin 2weeksago cant control my bladder",
        "shes taken them all, 30 tablets",
        "30 paracetamol taken an hour ago",
        "took dozens of pills",
        "is crushing chest pain and sweating a sign of a heart attack? dad has both",
        "what does it mean when a baby is floppy and wont wake up",
        "hes twitching all over and his pupils are tiny",
    ],
)
def test_these_are_emergencies(engine, message):
    """Each is happening now."""
    assert engine.reply(message).triage == "emergency"


def test_a_glued_word_is_corrected_only_into_one_word(engine):
    """ "20paracetemol" is 20 paracetamol; "2weeksago" is not split into a past that swallows what follows."""
    assert engine.analyser.terms("took 20paracetemol")[-2:] == ["20", "paracetamol"]
    assert engine.reply("started statin 2monthsago pee dark brown muscles agony").triage in (
        "same-day",
        "emergency",
    )


@pytest.mark.parametrize(
    "message",
    [
        "the box has 30 tablets and i took one last night",
        "a pack of 16 paracetamol, took 2 this morning",
        "took 1 of the 30 tablets",
        "what causes chest pain? thats what my essay is about",
    ],
)
def test_these_stay_calm(engine, message):
    """One or two of a pack taken, and an essay."""
    assert engine.reply(message).triage is None


def test_a_time_after_taken_is_no_small_count(engine):
    """"Taken 2 hours ago" says when 24 paracetamol were taken; "taken 2 of my 30 tablets" is a small count."""
    assert engine.reply("24 paracetamol taken 2 hours ago").triage == "emergency"
    assert engine.reply("ive taken 2 of my 30 tablets today").triage is None


@pytest.mark.parametrize(
    "message",
    ["she only took 30 tablets, is that dangerous", "took 2 packs of paracetamol", "took 1 packet of 32 tablets"],
)
def test_a_small_count_never_hides_a_large_one(engine, message):
    """"Only took" and a count of packs are no small count: each is an overdose."""
    assert engine.reply(message).triage == "emergency"
