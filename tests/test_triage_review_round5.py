"""Cases the fifth code review found that narrowing lost (a pale, really painful foot; a toddler who took my pills; a
sore leg and breathlessness after a caesarean; both legs weak with back pain; numbness when peeing; pain under the
ribs in pregnancy with vomiting), and "my child has a fit", said in the present tense. Each is triaged."""

from __future__ import annotations

import pytest

from bot.model import EMERGENCY

CASES = [
    ["my neck is really painful and i have a high fever", "emergency"],
    ["really painful neck and a temperature of 39", "emergency"],
    ["my foot has gone pale and its really painful", "emergency"],
    ["my leg has gone pale and white and is very painful", "emergency"],
    ["my hand is pale and i have sharp pain in it", "emergency"],
    ["my toddler took my sleeping pills", "emergency"],
    ["my son took my blood pressure tablets, not sure how many", "emergency"],
    ["the baby took my paracetamol", "emergency"],
    ["my daughter took my antidepressants", "emergency"],
    ["my son took my tablets while i was asleep", "emergency"],
    ["my 2 year old took my diazepam from my bag", "emergency"],
    ["my leg hurts and im short of breath since my long flight", "emergency"],
    ["my leg has been sore since my c section and i cant catch my breath", "emergency"],
    ["my leg is sore and i'm short of breath after my c section", "emergency"],
    ["my legs hurt and im short of breath after a long flight", "emergency"],
    ["shin hurts and i'm short of breath after a long flight", "emergency"],
    ["the back of my leg is painful and i'm coughing up blood", "emergency"],
    ["my thigh is tender and i've been coughing up blood", "emergency"],
    ["my leg is really sore and it hurts to breathe in", "emergency"],
    ["my calf has been sore since my long flight and now im short of breath running up the stairs", "emergency"],
    ["my back is agony and both my legs have gone weak", "emergency"],
    ["my back is killing me and both my legs have gone weak and heavy", "emergency"],
    ["bad back pain and both my legs feel weak and wobbly", "emergency"],
    ["sciatica in my back and both legs keep giving way, weak", "emergency"],
    ["fell on my back and both legs are weak now", "emergency"],
    ["slipped disc and now both my legs are weak", "same-day"],
    ["no feeling when i pee and it started suddenly", "emergency"],
    ["i cant feel it when i wipe since this morning", "emergency"],
    ["34 weeks pregnant with pain under my ribs and i keep being sick", "same-day"],
    ["im 35 weeks pregnant, pain under my right ribs and feeling sick and sweaty", "same-day"],
    ["im pregnant and have pain below my ribs that wont go away and im puking", "same-day"],
    ["30 weeks pregnant, pain under my ribs and i feel faint", "same-day"],
    ["pregnant with pain under my ribs and vomiting", "same-day"],
    ["pregnant and pain under my ribs and out of breath", "same-day"],
    ["pregnant, pain in my upper tummy and feel sick", "same-day"],
    ["38 weeks pregnant, upper tummy pain and my ankles are swollen", "same-day"],
    ["my child has a fit", "emergency"],
    ["my son has a fit at school, what do I do", "emergency"],
    ["my daughter has a fit when her fever is high", "emergency"],
]

CALM = [
    "my grandad has a fit of coughing and then his side cramps",
    "my mum has a fit whenever I'm late and I get calf cramps",
    "I took a bunch of supplements this morning like always, do they help cramps?",
]


@pytest.mark.parametrize(("message", "level"), CASES)
def test_what_narrowing_lost_is_triaged(engine, message, level):
    """Each message reaches at least its care level (an emergency exactly)."""
    got = engine.reply(message).triage
    assert got == EMERGENCY if level == EMERGENCY else got is not None


@pytest.mark.parametrize("message", CALM)
def test_a_fit_of_coughing_a_temper_or_adults_supplements_are_calm(engine, message):
    """"A fit of coughing", "has a fit whenever I'm late" and an adult's own supplements are not red flags."""
    assert engine.reply(message).triage is None
