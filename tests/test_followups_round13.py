"""Follow-up behaviours found by blind dialogue batch 13 (measured on arrival, then tuned on), each shown on wording
other than the batch's own."""

from __future__ import annotations

import pytest


def test_an_off_topic_question_with_it_is_not_a_follow_up(talk):
    """ "Will it snow on Saturday?" points at nothing we discussed: declined, not answered as leg cramps."""
    replies = talk("my feet cramp every evening", "will it snow on saturday")
    assert replies[1].kind == "fallback"


def test_it_still_points_at_the_topic_in_view(talk):
    """ "Is it dangerous?" after leg cramps is about leg cramps."""
    reply = talk("my feet cramp every evening", "is it dangerous?")[1]
    assert "leg_cramps" in reply.intents


@pytest.mark.parametrize(
    ("opening", "follow_up", "cause"),
    [
        ("my mum has multiple sclerosis", "why do her legs go stiff and jump", "nervous_system"),
        (
            "my husband is on dialysis for kidney disease",
            "why does he get cramps in his calves",
            "systemic_disease",
        ),
        ("I'm 28 weeks pregnant and my calves cramp", "and in the middle of the night?", "pregnancy"),
    ],
)
def test_the_cause_in_view_leads_a_follow_up_about_a_place(talk, opening, follow_up, cause):
    """Someone else's legs, or an elliptical follow-up: the cause being discussed leads, the legs come second."""
    reply = talk(opening, follow_up)[1]
    assert reply.intents[0] == cause


def test_a_first_person_question_naming_its_place_stands_on_its_own(talk):
    """ "Why do my legs cramp?" after a pregnancy is told: legs first, the pregnancy covered too."""
    reply = talk("im 5 months pregnant", "why do my legs cramp")[1]
    assert reply.intents[0] == "leg_cramps" and "pregnancy" in reply.intents


@pytest.mark.parametrize(
    ("follow_up", "cause"),
    [
        ("could it be because i hardly drink during the day", "dehydration"),
        ("could it be from losing salt", "electrolytes"),
    ],
)
def test_a_pointing_follow_up_that_names_a_new_cause_answers_it(talk, follow_up, cause):
    """ "Could it be X?" names X: X leads, the topic in view comes second."""
    reply = talk("my calves cramp after long shifts on the ward", follow_up)[1]
    assert reply.intents[0] == cause


def test_a_later_pick_from_a_long_causes_list(talk):
    """The causes list can be nine long: "the 6th" picks the sixth cause shown."""
    replies = talk("can being pregnant cause spasms", "what other causes are there?", "the 6th")
    shown = [c.intent for c in replies[1].choices]
    assert len(shown) >= 6 and replies[2].intents[0] == shown[5]


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("my calves cramp every time i leave the sauna", "dehydration"),
        ("my wrist cramps from handwriting essays for hours", "overuse"),
        ("do electrolyte tablets stop leg cramps", "electrolytes"),
        ("my grandad's calf hurts when he walks and it goes away when he stops", "atherosclerosis"),
    ],
)
def test_new_neighbours_name_their_topic(engine, message, topic):
    """Hot rooms, a hand worked for hours, salt and electrolyte tablets, claudication told about someone else."""
    assert engine.reply(message).intents[0] == topic


@pytest.mark.parametrize("follow_up", ["what's the treatment?", "any treatment for it", "how is that treated"])
def test_a_treatment_follow_up_keeps_the_topic_in_view(talk, follow_up):
    """Treatment has no topic of its own: asked after back spasms, it is the treatment of back spasms."""
    reply = talk("my lower back keeps going into spasm at work", follow_up)[1]
    assert reply.intents[0] == "back_spasms" and reply.question_kind == "treatment"
