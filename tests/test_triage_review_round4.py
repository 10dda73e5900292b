"""Cases the fourth code review found: clots in the lung that a first exertion list hid ("out of breath at the end of
the hallway" after a flight), supplements by the packet, pain under the ribs in pregnancy; and the false alarms its
restorations caused (a baby under the ribs with breathlessness, both legs weak after leg day, legs aching with flu
and pain on breathing, a parent's own tablets). A fifth review found that narrowing those lost 36 real cases (a
pale, really painful foot; a toddler who took my pills; a sore leg and breathlessness after a caesarean; both legs
weak with back pain; pain under the ribs in pregnancy with vomiting): the narrowings were undone, and those calm
messages are triaged again on purpose (fail safe). Supplements count for an overdose only for a child."""

from __future__ import annotations

import pytest

from bot.model import EMERGENCY

STILL_TRIAGED = [
    ["my toddler ate a packet of my iron supplements", "emergency"],
    ["my daughter ate some of my gummies", "emergency"],
    ["my toddler ate a handful of my multivitamin gummies", "emergency"],
    ["my son ate a handful of my supplements", "emergency"],
    ["my calf is throbbing after my long flight and I'm out of breath at the end of the hallway", "emergency"],
    ["34 weeks pregnant with severe pain at the top of my tummy", "same-day"],
    ["36 weeks pregnant, bad pain under my ribs on the right", "same-day"],
    ["no sensation when I wee and my legs are weak", "emergency"],
    ["since my c section my calf really hurts and I get out of breath after a few steps", "emergency"],
    ["my calf has been hurting since the long flight and I'm breathless after walking to the toilet", "emergency"],
    ["I'm on the pill, my calf is painful and I'm out of breath after climbing the stairs", "emergency"],
    ["after my operation my calf aches and I get breathless climbing the stairs", "emergency"],
    ["my calf hurts since my long flight and I'm out of breath during the night", "emergency"],
    ["I'm on HRT, my calf is sore and I'm breathless during everything now", "emergency"],
    ["my calf hurts after my long flight and I'm breathless after talking", "emergency"],
    ["my calf is painful since my c section and I'm out of breath after feeding the baby", "emergency"],
    ["after my hip replacement my calf aches and I'm breathless after the smallest thing", "emergency"],
    ["my calf has hurt since the long haul flight, I'm out of breath after getting dressed", "emergency"],
    ["my calf hurts since my long flight and I'm breathless after one step", "emergency"],
    ["I'm out of breath after my operation and my calf hurts", "emergency"],
    ["my calf aches and I've been breathless after giving birth", "emergency"],
    ["my calf hurts and I'm short of breath, I've been out of breath after the birth", "emergency"],
    ["I'm short of breath and my calf really hurts, started out of breath after my surgery", "emergency"],
    ["I get out of breath after my surgery, my calf is really painful", "emergency"],
    ["I've been breathless after surgery on my knee and now my calf is sore", "emergency"],
]

CALM = [
    "pregnant, I don't have a headache but the baby is under my ribs",
    "I took a handful of supplements with breakfast",
    "ate a packet of gummies at the cinema and then my calf cramped",
]


@pytest.mark.parametrize(("message", "level"), STILL_TRIAGED)
def test_what_the_fourth_review_found_missing_is_triaged(engine, message, level):
    """A painful calf after a flight with breathlessness, a child at supplements, severe pain under the ribs."""
    got = engine.reply(message).triage
    assert got == EMERGENCY if level == EMERGENCY else got is not None


@pytest.mark.parametrize("message", CALM)
def test_what_the_fourth_review_found_alarming_is_calm(engine, message):
    """Late-pregnancy breathlessness with the baby under the ribs, gym legs, flu aches, a parent's own tablets."""
    assert engine.reply(message).triage is None
