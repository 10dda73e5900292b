"""Follow-ups found by blind dialogue batch 14, each shown on wording other than the batch's own."""

from __future__ import annotations

import pytest

from bot.model import Context


def _talk(engine, *texts):
    context, replies = Context(), []
    for n, text in enumerate(texts):
        reply = engine.reply(text, context, now=float(n))
        replies.append(reply)
        context = reply.context
    return replies


def test_the_treatment_asked_of_a_topic_keeps_the_topic(engine):
    """'What's the treatment then?' after a cause asks that cause's treatment, not the prevention button."""
    *_, last = _talk(engine, "can low magnesium cause cramps", "whats the treatment then")
    assert last.intents[0] == "electrolytes" and last.question_kind == "treatment"


def test_will_they_stop_asks_how_long_of_the_topic(engine):
    """'Stop' in a how-long question is no prevention facet."""
    *_, last = _talk(engine, "my mum has multiple sclerosis and her legs spasm", "will the spasms ever stop")
    assert last.intents == ("nervous_system",) and last.question_kind == "how_long"


@pytest.mark.parametrize("text", ["what else can you help me with", "what's this bot for", "what do you cover"])
def test_asking_what_the_bot_does_is_help_even_mid_conversation(engine, text):
    """Small talk of its own picks no offered button."""
    *_, last = _talk(engine, "why do my calves cramp at night", text)
    assert last.intents == ("help",)


def test_its_points_at_the_topic_in_view(engine):
    """'It's stuck again, what do I do' asks relief of the topic in view."""
    *_, last = _talk(engine, "my lower back keeps spasming", "it's stuck again, what do i do")
    assert last.intents[0] == "back_spasms" and last.question_kind == "relief"


def test_a_pick_by_number_in_a_longer_phrase(engine):
    """'Can you tell me more about the 3rd' picks the third cause offered."""
    *_, last = _talk(engine, "what causes muscle spasms", "can you tell me more about the 3rd")
    assert last.intents == ("dehydration",)


def test_a_generic_what_question_picks_no_button(engine):
    """An unrelated question mid-conversation is declined, not read as a pick of 'what spasms are'."""
    *_, last = _talk(engine, "can parkinsons cause spasms", "whats the tallest mountain in europe")
    assert last.kind == "fallback"
