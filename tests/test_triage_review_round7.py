"""Cases a seventh code review found: lead-in words and plain activity verbs (withdrawn) and narrowed patterns
(restored) let present red flags through; a person told of beside a general question makes it about them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "message",
    [
        # a statement run on after a comma is no general question, a simile "like someone" names a person
        "grandad fell over, and is slurring like someone drunk",
        "dad is on the floor, is jerking all over like people do in a fit",
        # a general question, then someone who has it now
        "is crushing chest pain and sweating a sign of a heart attack? dad's like that",
        "is a droopy face on one side a sign of stroke? mum looks like that",
        "hey what causes crushing chest pain and sweating? husband has it",
        "so what does it mean when grandads face droops",
        # lengths after an activity noun, and a clot in the lung told that way
        "calf has been cramping since the drive 3 hours and im short of breath",
        # narrowed, then restored
        "i think i pulled a muscle in my shoulder and im really short of breath",
        "i went stiff then started twitching all over",
        "back pain and my groin area has been feeling kind of numb since yesterday",
        "dads face is sliding down on the left side",
    ],
)
def test_these_are_emergencies(engine, message):
    """Each is happening now to someone."""
    assert engine.reply(message).triage == "emergency"


@pytest.mark.parametrize(
    "message",
    [
        "calf locked up on the drive home, 40 minutes of agony",
        "my toes went numb yesterday and today my whole foot is numb",
    ],
)
def test_these_need_help_today(engine, message):
    """A cramp that will not let go, and numbness moving on by the day."""
    assert engine.reply(message).triage in ("same-day", "emergency")


@pytest.mark.parametrize(
    "message",
    [
        "what are the signs of a stroke",
        "can coronary artery spasm lead to a heart attack?",
        "took 20 mg citalopram",
        "took 8 paracetamol over 24 hours like the box says",
        "my calf went stiff and twitching all over the muscle",
    ],
)
def test_these_stay_calm(engine, message):
    """General questions with nobody in them, doses and a day's ordinary count, one muscle twitching all over."""
    assert engine.reply(message).triage is None
