"""Subjects the article does not cover, told apart from its topics: medicines taken for cramps, gut bugs."""

import pytest

from bot.model import Context


@pytest.mark.parametrize(
    "text",
    ["Can quinine relieve leg cramps?", "my doctor mentioned quinine tablets for my night cramps, are they safe?"],
)
def test_quinine_is_a_medicine_the_article_does_not_name(engine, text):
    """A question about quinine for cramps gets the honest reply, with the widely published caution about it."""
    reply = engine.reply(text, Context(), now=0.0)
    assert reply.kind == "uncovered"
    assert "quinine" in " ".join(s.body for s in reply.sections).lower()


def test_food_poisoning_is_not_the_articles_toxins(engine):
    """'Food poisoning' is a gut illness: it does not bring up the nervous-system causes (toxins)."""
    reply = engine.reply("How long does food poisoning last?", Context(), now=0.0)
    assert "nervous_system" not in reply.intents


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("had food poisoning yesterday and now my legs keep cramping", "leg_cramps"),
        ("had a stomach bug, now my calves cramp at night", "leg_cramps"),
    ],
)
def test_a_gut_bug_then_cramping_legs_is_about_the_legs(engine, text, place):
    """A limb named with a gut bug takes the message back to the article."""
    assert place in engine.reply(text, Context(), now=0.0).intents


def test_stomach_cramps_alone_are_another_kind_of_cramp(engine):
    """Without a limb, stomach cramps are the gut's."""
    assert engine.reply("stomach cramps and diarrhoea", Context(), now=0.0).kind == "other_cramp"
