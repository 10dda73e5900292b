"""Numbness, a cold limb and a new medicine's aches that have passed ("fine once I get out") are not red flags; signs that do not pass (a
bladder that will not empty, a long cramp, a face that drooped) stay triaged, and so does a sign that came back."""

from __future__ import annotations

import pytest

from bot.model import EMERGENCY, SAME_DAY


@pytest.mark.parametrize(
    "message",
    [
        "my bum goes numb on long car journeys, fine once I get out",
        "went numb in the saddle area on a long ride, back to normal once I got off the bike",
        "my toes look a bit blue when I get out of the cold sea but warm up fast",
        "fingers go white and cold on my bike in winter, back to normal after I warm them",
        "pins and needles spreading down my leg when I sit cross-legged, wears off as soon as I stand",
        "hand goes numb holding my phone for ages, fine after I shake it",
        "had muscle aches on simvastatin, GP switched me last year and they're gone",
        "my legs ached on a new tablet last month, gp switched it and the aches went",
    ],
)
def test_numbness_a_cold_limb_or_a_medicines_aches_that_have_passed_are_calm(engine, message):
    """A `passed` cue after numbness, a cold, pale limb or aches on a medicine stops the patterns marked `passes`."""
    assert engine.reply(message).triage is None


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("numb between my legs and I can't pee, fine after I lie down", EMERGENCY),
        ("my foot went cold and white, warmed up fast but now it's cold again", EMERGENCY),
        ("her face drooped on one side for ten minutes, back to normal after", EMERGENCY),
        ("crushing chest pain for 20 minutes, wore off after I sat down", EMERGENCY),
        ("calf cramp lasted half an hour, eased after I stretched it", SAME_DAY),
        ("numbness creeping up both legs since this morning, fine once I sat down but it's spreading again", SAME_DAY),
        ("my calf has been cramping for an hour and won't ease, was fine after stretching yesterday", SAME_DAY),
        ("started atorvastatin 3 weeks ago and my thighs ache, it went away for a day but it's back", SAME_DAY),
        ("cold pale foot won't stop hurting", EMERGENCY),
        ("my leg feels like ice, it's gone pale and the pain is awful", EMERGENCY),
        ("my daughter-in-law is carrying, she has a severe headache and is seeing spots", SAME_DAY),
    ],
)
def test_signs_that_do_not_pass_or_came_back_stay_triaged(engine, message, level):
    """A bladder sign, a stroke, chest pain and a long cramp never pass; "again", "it's back" or another day's ease
    keeps a sign; "won't stop hurting" and "it's gone pale" say nothing has passed."""
    assert engine.reply(message).triage == level


@pytest.mark.parametrize(
    "message",
    [
        "I shake my leg out when the cramp hits",
        "calf cramp at night, I get up and shake it off",
    ],
)
def test_shaking_a_limb_out_is_not_a_fit(engine, message):
    """Shaking a cramping limb ("shake it off", "shake my leg") is not convulsing."""
    assert engine.reply(message).triage is None
