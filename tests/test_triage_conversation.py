"""Red flags across a conversation: guidance repeated when asked, remembered on later answers, combined."""

from __future__ import annotations

from bot.model import EMERGENCY, SAME_DAY


def test_what_should_i_do_repeats_the_action_guidance(engine, talk):
    """After an emergency reply, "what should I do?" gets the same guidance again, not a topic text."""
    first, second = talk("my dad's face is drooping on one side", "what should i do?")
    assert second.triage == EMERGENCY
    assert second.sections[0].body == first.sections[0].body


def test_is_it_serious_after_same_day_repeats_same_day(engine, talk):
    """After a same-day reply, "is it serious?" repeats the same-day guidance rather than a topic answer."""
    _, second = talk("one of my calves is swollen and red", "is it serious?")
    assert second.triage == SAME_DAY
    assert second.sections[0].kind == "same_day"


def test_a_current_red_flag_keeps_its_line_on_later_answers(engine, talk):
    """A later ordinary question is answered, opened by one line recalling the red flag."""
    _, later = talk("my calf is swollen and red", "can low magnesium cause cramps")
    assert later.triage is None
    assert later.sections[0].kind == "reminder"
    assert "doctor today" in later.sections[0].body
    assert "electrolytes" in later.intents


def test_saying_it_is_over_ends_the_reminder(engine, talk):
    """Once the user says they have been seen, later answers carry no reminder."""
    replies = talk("my calf is swollen and red", "i've seen a doctor now, all clear",
                    "can low magnesium cause cramps")  # fmt: skip
    assert replies[-1].sections[0].kind != "reminder"
    assert replies[-1].context.flags == ()


def test_a_swollen_calf_then_breathlessness_is_an_emergency(engine, talk):
    """A same-day clot sign, then breathlessness in a later message: a clot reaching the lung."""
    first, second = talk("my calf is swollen and warm", "and now i'm really short of breath")
    assert first.triage == SAME_DAY
    assert second.triage == EMERGENCY
    assert "pulmonary_embolism" in second.context.flags


def test_pregnancy_said_earlier_counts_with_later_signs(engine, talk):
    """A pregnancy mentioned in one turn and a bad headache with blurred vision in another: same day."""
    _, second = talk(
        "i'm 33 weeks pregnant and get leg cramps", "now i have a terrible headache and blurry vision"
    )
    assert second.triage == SAME_DAY


def test_the_context_holds_rule_and_context_ids_never_text(engine, talk):
    """What the conversation remembers is ids from red_flags.yaml, never the words of the message."""
    (reply,) = talk("stood on a rusty nail, my jaw is locking up")
    names = set(engine.kb.red_flags.rules) | set(engine.kb.red_flags.concepts)
    assert set(reply.context.flags) | set(reply.context.signs) <= names
    assert reply.context.flags
