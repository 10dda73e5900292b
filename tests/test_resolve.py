"""Follow-ups read against the conversation (the resolve stage): the cases issue 8 names, one test each."""

from __future__ import annotations

import pytest

from bot.model import Context


def test_causes_are_numbered_when_offered(engine, talk):
    """A causes answer numbers its list and offers it in that order, so 'the fifth' is what the user sees."""
    first, fifth = talk("what causes muscle spasms", "the fifth")
    assert "5. Coronary artery spasm" in first.sections[0].body
    assert [c.intent for c in first.choices][4] == "coronary_spasm"
    assert fifth.intents == ("coronary_spasm",)


@pytest.mark.parametrize(
    ("pick", "intent"), [("the slouching one", "posture"), ("the blood flow one", "atherosclerosis")]
)
def test_pick_by_a_paraphrase_of_the_label(engine, talk, pick, intent):
    """An offered topic is picked by words that paraphrase its label."""
    assert talk("what can cause cramps", pick)[1].intents[0] == intent


def test_why_is_that_after_an_answer(engine, talk):
    """'Why's that?' asks about the answer just given, worded anew."""
    first, second = talk("can low magnesium cause cramps", "why's that?")
    assert second.intents[0] == "electrolytes" and second.question_kind == "why"
    assert second.sections[0].body != first.sections[0].body


def test_third_person_is_remembered(engine, talk):
    """'My grandad has Parkinson's', then 'why do his legs cramp?': the cause in view leads, the legs come second;
    'why do my legs cramp?' after 'I'm pregnant' is a question of its own (see the next test)."""
    reply = talk("my grandad has parkinsons", "why do his legs cramp so much")[1]
    assert reply.intents[:2] == ("nervous_system", "leg_cramps")


def test_what_someone_told_us_survives_an_unrelated_turn(engine, talk):
    """Pregnancy told, then the weather, then legs: the legs answer still covers pregnancy."""
    reply = talk("im 6 months pregnant", "whats the weather tomorrow", "why do my legs cramp")[2]
    assert reply.intents[0] == "leg_cramps" and "pregnancy" in reply.intents


def test_a_correction_to_another_topic(engine, talk):
    """'Sorry, I was asking about the heart arteries' moves to coronary artery spasm."""
    reply = talk("what causes back spasms", "sorry, i was asking about the heart arteries")[1]
    assert reply.intents[0] == "coronary_spasm"


@pytest.mark.parametrize(
    ("follow_up", "intent"),
    [
        ("what about when its really hot and i sweat a lot", "dehydration"),
        ("should i eat more bananas", "electrolytes"),
    ],
)
def test_heat_means_dehydration_and_bananas_mean_potassium(engine, talk, follow_up, intent):
    """Heat and sweating point to dehydration, bananas to the electrolytes, in a conversation about cramps."""
    assert intent in talk("my calves cramp every night", follow_up)[1].intents[:2]


def test_what_else_can_you_help_with_is_help(engine, talk):
    """'What else can you help with' is the help message, not the causes not yet covered."""
    assert talk("why do my legs cramp", "what else can you help with")[1].intents == ("help",)


@pytest.mark.parametrize(
    "text", ["i need some help with cramps in my calves", "any guidance on night cramps in my legs"]
)
def test_help_inside_a_health_question_is_not_smalltalk(engine, text):
    """'help' or 'guidance' in a health question does not bring up the help message."""
    assert engine.reply(text, Context(), now=0.0).intents[0] == "leg_cramps"


def test_a_question_of_some_kind_asks_about_the_topic_in_view(engine, talk):
    """'Do kids get them too?' after calf cramps: who gets leg cramps."""
    reply = talk("what causes cramps in my calves", "do kids get them too?")[1]
    assert reply.intents[0] == "leg_cramps" and reply.question_kind == "who"


@pytest.mark.parametrize("follow", ["and in the day?", "and at night?", "and in the morning?"])
def test_an_elliptical_follow_up_naming_no_topic_keeps_the_topic_and_kind(engine, talk, follow):
    """'and in the day?' after 'how long do calf cramps last' asks the same of the same topic; a bare
    'morning' is too weak a greeting to turn it into small talk."""
    _, reply = talk("how long do calf cramps last", follow)
    assert (reply.intents, reply.question_kind) == (("leg_cramps",), "how_long")


def test_small_talk_after_and_stays_small_talk(engine, talk):
    """'and thanks!' is thanks, not a follow-up about the topic in view."""
    _, reply = talk("why do my calves cramp", "and thanks!")
    assert reply.intents == ("thanks",)
