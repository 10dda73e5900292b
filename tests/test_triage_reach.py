"""Where a negation, a past word, an idiom or a question ends: signs beside them stay, everyday words do not
trigger (cases a code review found)."""

from __future__ import annotations

import pytest

from bot.model import EMERGENCY, SAME_DAY

# A red flag stated as present next to a negation, a past word, an idiom or a question word.
STILL_TRIAGED = [
    "No fever, crushing chest pain and sweating",  # a negation ends at the comma
    "Can't sleep, crushing chest pain and sweating",
    "Nothing helps, crushing chest pain",  # ... and at the first plain word
    "I have no fever and crushing chest pain",  # ... and at "and"
    "I can't climb stairs without chest pain and sweating",  # a double negative affirms
    "I've never had chest pain like this",  # new, not absent
    "I had crushing chest pain 2 hours ago and I'm sweating a lot",  # hours ago is now
    "my dad collapsed 30 mins ago",
    "crushing pain back in my chest",
    "my son had a fit in the bath",  # an idiom ("fit in") does not hide what starts before it
    "she's having fits in her sleep and has a fever",
    "Mum is a bit confused and has a high temperature",
    "crushing pain around the heart and I'm sweating",
    "terrible pain in the neck and jaw and I'm sweating and feel sick",
    "When climbing stairs crushing chest pain and sweating",  # "when" opens a clause, not a question
    "Is crushing chest pain with sweating and a numb arm a heart attack? It is happening to my dad",
    "is chest pain serious?",  # a question, but not about a link or a definition: when unsure, triage
]

# Everyday cramp talk that shares words with red flags.
CALM = [
    "I get cramps after running for an hour",
    "I walk for two hours a day and get calf cramps",
    "My calf cramps about an hour into my run",
    "I get massive calf cramps at night",
    "a huge cramp in my leg when I swim",
    "One leg feels heavy and cramps at night",
    "I kicked the table by accident and now my foot cramps",
    "I get a cramp at a party when I dance",
    "My back cramps when I bend to cut my toe nails",
    "My daughter has cramps and walks with a limp",
    "My son gets leg spasms after football in the sun",
    "I have tingling in the bottom of my foot and toe cramps",
    "I get neck cramps when I sweat a lot",
    "I feel drowsy in the heat and get cramps",
    "I started taking magnesium tablets for my cramps",
    "how often should you get a tetanus jab?",  # a question about anyone: general
]


@pytest.mark.parametrize("message", STILL_TRIAGED)
def test_a_sign_beside_a_negation_past_idiom_or_question_is_triaged(engine, message):
    """The red flag is stated as present, so the reply is an emergency."""
    assert engine.reply(message).triage == EMERGENCY


@pytest.mark.parametrize("message", CALM)
def test_everyday_cramp_talk_is_not_triaged(engine, message):
    """Durations of activities, sizes of cramps, limps, sunshine and supplements are not red flags."""
    assert engine.reply(message).triage is None


def test_gone_but_back_with_a_question_keeps_the_emergency(engine, talk):
    """ "It went away but it came back, what should I do?" repeats the emergency guidance."""
    *_, last = talk("crushing chest pain and sweating", "it went away but it came back, what should I do?")
    assert last.triage == EMERGENCY


def test_an_emergency_that_passed_keeps_its_reminder(engine, talk):
    """Chest pain that went away is not over: later replies keep the emergency line until someone has seen it."""
    _, gone, seen = talk("crushing chest pain and sweating", "it went away", "paramedics came, all clear")
    assert gone.sections[0].kind == "reminder" and gone.context.flags
    assert seen.context.flags == ()


def test_a_same_day_sign_after_an_emergency_keeps_the_emergency_first(engine, talk):
    """A swollen calf after chest pain: the emergency leads (and together they suggest a clot in the lung)."""
    *_, last = talk("crushing chest pain and sweating", "also my calf is swollen")
    assert last.triage == EMERGENCY and last.sections[0].kind == "urgent"


def test_a_button_after_a_red_flag_keeps_its_line(engine):
    """A topic opened by a button or a link, while a red flag is current, opens with the reminder."""
    flagged = engine.reply("one calf is swollen and red").context
    assert engine.topic("dehydration", flagged).sections[0].kind == "reminder"
    assert engine.reply("one calf is swollen and red").triage == SAME_DAY
