"""Cases a sixth code review found (set 30's round): fail-opens it found in withdrawn changes, and false alarms in
narrowed ones. Each stays a test so the mechanism cannot come back."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "message",
    [
        # "if it ever" said of what is happening now: generic hypotheticals were withdrawn
        "chest pain and sweating, i'll wait and see if it ever settles",
        "my son is having a fit and wont stop shaking, what do i do if it ever lasts longer",
        "if it ever stops hurting, chest crushing and left arm heavy",
        "my face is drooping and im slurring will it go away or what if it ever stays",
        "took too many pills, if it ever gets bad ill go to hospital",
        # an arm or hand in a clause whose other sign is negated still pairs with the weakness after it
        "no pain in his arm, it just went dead",
        "her arm isnt hurting, she cant lift it",
        "no pain in my left arm, it's numb and I'm sweating a lot",
        # "no his ...": not a negation of what follows
        "no his arm went dead",
        "nope her hand went limp",
        # a number typed onto its unit does not push a sign out of reach
        "my neck for the last 2days is stiff and I have a fever",
        "face dropped 30mins ago",
        "arm went weak 15mins ago",
        # tablets counted out
        "swallowed 30 tablets",
        "took like 40pills",
        "my son swallowed twenty of my pills",
    ],
)
def test_these_stay_emergencies(engine, message):
    """Each is a present emergency; the withdrawn or fixed mechanism had let it through."""
    assert engine.reply(message).triage == "emergency"


@pytest.mark.parametrize(
    "message",
    [
        "my calf is swollen and red, does it matter if it ever goes down",
        "if the cramp ever lets go i'll sleep, it's been 2hrs and my calf is swollen and red",
    ],
)
def test_these_stay_same_day_or_more(engine, message):
    """A swollen red calf said alongside a supposed future stays triaged."""
    assert engine.reply(message).triage in ("same-day", "emergency")


@pytest.mark.parametrize(
    "message",
    [
        "pulled a muscle in my shoulder at the gym, bit out of breath after my run",
        "strained my neck doing pull ups, also i get out of breath on hills",
        "my calf went stiff and twitching all over the muscle",
        "i cut my finger cooking yesterday and today my calf cramps after running",
        "took 10 mg of citalopram this morning",
        "took 2 paracetamol for my cramp",
    ],
)
def test_these_are_not_red_flags(engine, message):
    """False alarms the review found in the first version of the round's patterns, and doses that are not counts
    (a seventh review restored some narrowed words, fail safe: a face "sliding down", numbness after sitting on the
    toilet and numbness "today" again alarm)."""
    assert engine.reply(message).triage is None
