"""Follow-ups found by blind dialogue batch 15 (its tune half), each shown on wording other than the batch's own."""

from __future__ import annotations

import pytest

from bot.model import Context


# The causes list as offered: overuse, nervous_system, dehydration, electrolytes, coronary_spasm, posture,
# systemic_disease, pregnancy, atherosclerosis.
@pytest.mark.parametrize(
    ("correction", "meant"),
    [("no wait, the 2nd", "nervous_system"), ("whoops i meant number 7", "systemic_disease"),
     ("actually the last one", "atherosclerosis"), ("not that, the first", "overuse")],
)  # fmt: skip
def test_a_correction_by_number_reads_the_list_the_pick_came_from(talk, correction, meant):
    """After picking the 5th cause, a corrected number is read from the causes list, not the buttons under it."""
    *_, picked, last = talk("what can cause a muscle spasm", "5", correction)
    assert picked.intents == ("coronary_spasm",)
    assert last.intents[0] == meant


def test_a_plain_number_after_a_pick_reads_the_new_buttons(talk):
    """Without a correction word, a number picks from what the last answer offered."""
    *_, picked, last = talk("what can cause a muscle spasm", "the 4th", "1")
    offered_after_pick = picked.context.offered
    assert last.intents[0] == offered_after_pick[0]


def test_a_correction_with_no_pick_before_reads_the_buttons(talk):
    """'No, the 2nd' straight after a causes answer picks its second cause."""
    *_, last = talk("what can cause a muscle spasm", "no, the 2nd")
    assert last.intents == ("nervous_system",)


def test_a_correction_two_turns_after_the_pick_is_not_read_from_the_old_list(talk):
    """Only the answer right after the pick remembers the list it came from."""
    *_, asked, last = talk("what can cause a muscle spasm", "3", "how long does it last", "sorry the 2nd")
    assert asked.context.picked_from == ()
    assert last.intents[0] == asked.context.offered[1]


def test_a_button_pressed_then_a_correction_by_number(engine):
    """In Telegram a button is the pick: 'sorry, I meant the 6th' reads the list the button came from."""
    causes = engine.reply("what can cause a muscle spasm", Context(), now=0.0)
    pressed = engine.topic(causes.context.offered[0], causes.context, now=1.0)
    last = engine.reply("sorry, i meant the 6th", pressed.context, now=2.0)
    assert last.intents[0] == "posture"


def test_a_comparison_asked_of_it_keeps_the_topic_in_view_first(talk):
    """'Is it the same as a calf cramp?' after heart-artery spasm compares that spasm with the one it names."""
    *_, last = talk("what is coronary artery spasm", "is it the same thing as a calf cramp")
    assert last.intents[:2] == ("coronary_spasm", "leg_cramps") and last.question_kind == "difference"


@pytest.mark.parametrize("text", ["do i need a blood test", "should she have bloods done", "is blood work worth it"])
def test_asking_about_a_blood_test_asks_whether_to_see_a_doctor(talk, text):
    """A blood test is something a doctor arranges: asked of the kidney topic in view, it is 'is it serious'."""
    *_, last = talk("can kidney disease give you cramps", text)
    assert last.question_kind == "serious"
    assert last.intents[0] == "when_to_see_doctor" and "systemic_disease" in last.intents


@pytest.mark.parametrize("text", ["will it ever calm down", "will they ever ease", "does it clear up"])
def test_whether_it_ends_some_day_asks_how_long(talk, text):
    """'Will it ever calm down?' asks how long of the topic in view."""
    *_, last = talk("my dad has parkinsons and his arms spasm", text)
    assert last.question_kind == "how_long" and last.intents[0] == "nervous_system"


@pytest.mark.parametrize("text", ["much appreciated", "appreciated, ta", "thanx"])
def test_other_ways_of_saying_thanks(talk, text):
    """Appreciation in other words is thanks, not a question about the topic in view."""
    *_, last = talk("why do my feet cramp", text)
    assert last.intents == ("thanks",)


@pytest.mark.parametrize("text", ["bad hangover and both calves are cramping", "cramps after drinking alcohol last night"])
def test_alcohol_is_read_as_losing_water(talk, text):
    """A hangover or a night's drinking leads to dehydration (alcohol makes the body lose water)."""
    (reply,) = talk(text)
    assert reply.intents[0] == "dehydration"


@pytest.mark.parametrize("text", ["what's the right way to stand at work", "is there a proper way to lift"])
def test_the_way_to_sit_stand_or_lift_asks_prevention(talk, text):
    """Asking the right way to stand or lift, with posture in view, asks how to prevent the spasms."""
    *_, last = talk("hunching over my desk gives me neck spasms", text)
    assert last.question_kind == "prevent"


def test_heavy_lifting_at_work_is_overuse_beside_the_back(talk):
    """Back spasms from carrying heavy things: the back leads, overuse comes with it."""
    (reply,) = talk("my lower back spasms after heavy lifting on the building site")
    assert reply.intents[0] == "back_spasms" and "overuse" in reply.intents


@pytest.mark.parametrize(
    "text",
    ["best way to put on weight and muscle after being ill?", "how do i gain back weight i lost", "tips for muscle building"],
)
def test_body_weight_and_muscle_building_are_fitness_goals(talk, text):
    """Body weight is not the gym's weights, and 'gain back' is not a back: a fitness goal is out of scope."""
    (reply,) = talk(text)
    assert reply.kind == "fallback"


def test_the_gyms_weights_are_still_lifting(talk):
    """'Lift weights' keeps its gym sense: overuse."""
    (reply,) = talk("my forearms cramp when i lift weights")
    assert "overuse" in reply.intents


@pytest.mark.parametrize(
    ("text", "kind"),
    [("how do you treat night cramps in older people", "treatment"),
     ("how long do growing pains last in kids", "how_long"),
     ("do children get leg cramps", "who")],
)  # fmt: skip
def test_people_named_give_who_only_when_nothing_else_is_asked(talk, text, kind):
    """Naming a group of people is the who question only when no other kind's words are there."""
    (reply,) = talk(text)
    assert reply.question_kind == kind


@pytest.mark.parametrize("text", ["same question for back spasms", "same for back spasms?", "and the same for back spasms"])
def test_the_same_question_about_another_topic_keeps_the_kind(talk, text):
    """'Same question for X' asks what was just asked, of X."""
    *_, last = talk("how can i stop leg cramps coming back", text)
    assert last.intents[:2] == ("prevention", "back_spasms") or last.intents[0] == "back_spasms"
    assert last.question_kind == "prevent"


def test_how_would_i_know_asks_of_the_topic_in_view(talk):
    """'How would I know if I'm short of it?' after low potassium asks about the minerals in view."""
    *_, last = talk("can low potassium cause cramps", "how would i know if i'm short of it")
    assert last.intents[0] == "electrolytes"


@pytest.mark.parametrize(
    ("text", "intent"),
    [("does standing all day give you back pain?", "back_spasms"),
     ("my lower back pain gets worse the longer i sit at my desk, why?", "back_spasms"),
     ("why do i wake up with neck pain", "posture")],
)  # fmt: skip
def test_back_and_neck_pain_are_about_the_muscles_the_article_covers(talk, text, intent):
    """Back or neck pain with no cramp word grounds the back and posture topics instead of asking 'did you mean'."""
    (reply,) = talk(text)
    assert reply.kind == "answer" and intent in reply.intents


def test_a_question_opening_with_which_asks_what_even_beside_a_weak_cue(talk):
    """'Like which ones?' after the whole-body diseases asks what they are: a weak cue ('disease') says no kind."""
    *_, last = talk("can kidney problems cause cramps", "like which diseases")
    assert last.intents[0] == "systemic_disease" and last.question_kind == "what"


@pytest.mark.parametrize(
    "text", ["the one before last", "second to last please", "the last but one"]
)
def test_a_position_said_in_several_words(talk, text):
    """'The one before last' of the nine causes is the eighth, pregnancy."""
    *_, last = talk("what causes muscle spasms", text)
    assert last.intents == ("pregnancy",)


def test_a_number_the_new_buttons_lack_reads_the_list_just_picked_from(talk):
    """After picking the 3rd cause, 'and the 7th' cannot be one of three buttons: it is the 7th cause."""
    *_, last = talk("what causes muscle spasms", "3", "and the 7th")
    assert last.intents == ("systemic_disease",)


def test_a_pick_asked_as_tell_me_about_keeps_the_lists_kind(talk):
    """'Tell me about the first one' after the causes: why that cause brings spasms on, as the list was asked."""
    causes, picked = talk("what causes muscle spasms", "tell me about the first one")
    assert causes.question_kind == "why"
    assert picked.intents[0] == "overuse"
    assert picked.question_kind == "why"


def test_in_general_asks_of_spasms_not_of_the_cause_in_view(talk):
    """'Do older people get them more in general?' after diabetes: who gets spasms, not diabetes again."""
    *_, last = talk("my mum is diabetic and gets cramps", "do older people get them more in general")
    assert last.intents[0] == "about_spasms"
    assert last.question_kind == "who"


def test_a_pick_from_related_buttons_is_not_forced_into_the_last_kind(talk):
    """Review 18: 'tell me about the first one' under a relief answer's buttons asks what that topic is, not relief."""
    first, picked = talk("how do i stop a leg cramp right now", "tell me about the first one")
    assert picked.intents[0] == first.context.offered[0]
    assert picked.question_kind != "relief"
