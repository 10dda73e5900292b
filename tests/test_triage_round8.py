"""Round 8: the structures behind the 26th blind set's misses (the hardest emergencies to recognise, told by what is
seen or felt), each with neighbours written here, not taken from the set, and calm messages that share the words."""

from __future__ import annotations

import pytest

from bot.model import EMERGENCY, SAME_DAY


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("feels like an elephant is sitting on me and I'm pouring with sweat", EMERGENCY),
        ("dad is clutching the middle of his chest and he's drenched", EMERGENCY),
        ("my face won't work right and my left hand is useless", EMERGENCY),
        ("she collapsed at the bus stop and is only gasping now and then", EMERGENCY),
        ("my brother is on the floor jerking all over, it's been going 6 minutes", EMERGENCY),
        ("e fall for ground and e no dey respond", EMERGENCY),
        ("he screams when I bend his head forward and he's burning up", EMERGENCY),
        ("cut my hand on a rusty gate last week and now my jaw is like concrete", EMERGENCY),
        ("lower back agony and it feels dead down there when I wipe", EMERGENCY),
        ("bad kamar dard and urine is coming on its own since this morning", EMERGENCY),
        ("after the marathon he's hot to the touch, not sweating and can't tell me his own name", EMERGENCY),
        ("a scorpion stung me and my muscles keep jumping", EMERGENCY),
        ("my baby hangs limp when I lift her and she has a fever", EMERGENCY),
        ("my foot is icy and looks like wax and it hurts so much", EMERGENCY),
        ("calf swollen up like a balloon and I can't finish a sentence", EMERGENCY),
        ("32 weeks pregnant and everything's going fuzzy at the edges", SAME_DAY),
        ("pregnant and my face swole up overnight", SAME_DAY),
        ("the dead feeling in my feet is going further up every day", SAME_DAY),
        ("cramp in my calf for a quarter of an hour and it won't let go", SAME_DAY),
    ],
)
def test_signs_told_by_what_is_seen_or_felt_are_triaged(engine, message, level):
    """'An elephant sitting on me', 'only gasping now and then', 'jaw like concrete', 'looks like wax'."""
    assert engine.reply(message).triage == level


@pytest.mark.parametrize(
    "message",
    [
        "my legs feel like lead after leg day, sweating a lot in the gym",
        "my hand goes numb if I sleep on it, fine after a minute",
        "the weight of the world is on me this week, calves cramping from stress",
        "my calves are rock hard after the hill run, any stretches?",
    ],
)
def test_everyday_neighbours_are_not(engine, message):
    """Heavy legs after the gym, a hand slept on, stress, calves hard after running: no red flag."""
    assert engine.reply(message).triage is None


# A review of round 8 found these false alarms; each is kept here so it cannot come back.
@pytest.mark.parametrize(
    "message",
    [
        "magnesium is useless for my hand cramps",
        "my hand stopped working for a second during a cramp",
        "my face feels weak after botox and my hand cramps",
        "work is crushing me and I feel sick with worry",
        "my calf cramp feels like a weight on me and I feel sick",
        "the baby goes limp when she falls asleep",
        "my kid went limp on the floor in a tantrum lol",
        "my legs were twitching all over after the gym",
        "i was only gasping because the water was cold and my calf cramped",
        "I'm pregnant and my head feels fuzzy",
        "my jaw was like a rock after the dentist, and I stepped on a nail last month",
    ],
)
def test_review_false_alarms_stay_calm(engine, message):
    """A useless remedy, stress crushing me, a sleeping baby, twitching after the gym: everyday, not a red flag."""
    assert engine.reply(message).triage is None


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("flatmate on the floor twitching all over, it's been going 7 minutes", EMERGENCY),
        ("sprayed bug killer without a mask, now my muscles twitch all over", EMERGENCY),
        ("my little one has gone limp as a noodle and won't even cry", EMERGENCY),
        ("he no dey responding, he fell in the kitchen", EMERGENCY),
    ],
)
def test_the_narrowed_wordings_still_catch_the_emergency(engine, message, level):
    """Twitching all over on the floor for minutes, a pesticide, a limp baby, Pidgin 'no dey responding'."""
    assert engine.reply(message).triage == level



@pytest.mark.parametrize(
    "message",
    ["muscle pain since I started prednisone", "my calves cramp since I started prednisolone"],
)
def test_a_steroid_named_correctly_is_a_new_medicine(engine, message):
    """'Prednisone' was triaged only when the speller read it as 'prednisolone'; both are medicines now."""
    assert engine.reply(message).triage == SAME_DAY


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("suddenly his arm is paralysed", EMERGENCY),
        ("he is seising on the floor and wont stop", EMERGENCY),
        ("I was paralysed with fear when my calf cramped", None),
    ],
)
def test_british_spellings_and_slips_of_signs(engine, message, level):
    """'Paralysed' is a sudden weakness (not in 'paralysed with fear'); 'seising' is a slip of 'seizing'."""
    assert engine.reply(message).triage == level

