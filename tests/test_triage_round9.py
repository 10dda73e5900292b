"""Structure added after blind set 30 (measured on arrival, then tune): each rule is shown on wording other than
the set's own, with a calm neighbour where one exists."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "message",
    [
        # a "pulled muscle" in the upper body with breathlessness and sickness or sweat: how a heart attack is often
        # explained away
        "thought I'd pulled a muscle in my shoulder but now I'm really short of breath and clammy",
        "she says she tweaked something between her shoulder blades and now she can't catch her breath and feels sick",
        # a face that slides or falls on one side
        "his face is falling down on the left",
        "one side of mum's mouth is falling down and her words are coming out wrong",
        # went stiff, then twitching all over: a seizure
        "my brother went stiff and then was twitching all over on the floor",
        # numbness in the saddle said a little after the wiping
        "when I wipe after the toilet it's strange, I honestly can't feel it at all, back is agony",
        # crop spraying, or pinpoint pupils, with twitching: poisoning
        "dad was crop spraying all morning and now his muscles are twitching and he's drooling",
        "my friend took something and his pupils are tiny and he keeps twitching",
    ],
)
def test_new_structure_sends_these_to_the_emergency_number(engine, message):
    """Each is an emergency told in lay words, without the condition's name."""
    assert engine.reply(message).triage == "emergency"


@pytest.mark.parametrize(
    "message",
    [
        "feet tingling yesterday, now my hands are tingling too and my legs keep cramping",
        "pins and needles in my toes this morning, now I can't feel my fingers properly",
        "I'm 34wks and my vision is blurry with a pounding headache",
    ],
)
def test_spreading_numbness_and_a_glued_week_count_get_same_day_help(engine, message):
    """Numbness told as moving by day, and "34wks" read as 34 weeks pregnant, are at least same-day."""
    assert engine.reply(message).triage in ("same-day", "emergency")


@pytest.mark.parametrize(
    "message",
    [
        "my breaststroke is fine but my swimming stroke falls apart when my calf cramps",
    ],
)
def test_calm_neighbours_stay_calm(engine, message):
    """A swimming stroke is not a stroke."""
    assert engine.reply(message).triage is None


@pytest.mark.parametrize(
    ("typed", "read"), [("36wks", ["36wk"]), ("2hrs", ["2", "hrs"]), ("3days", ["3", "day"])]
)
def test_a_number_glued_to_a_word_is_read_as_both(engine, typed, read):
    """The speller never drops a number ("2hrs" was read as "hrs" alone); a glued form the knowledge lists as it is
    ("36wks", a week of pregnancy) stays whole."""
    assert engine.analyser.terms(typed) == read
