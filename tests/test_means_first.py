"""Asked whether something helps, a cause the message names leads; asked why of what spasms are, the causes answer."""

import pytest

from bot.model import Context


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("do bananas stop cramps", "electrolytes"),  # bananas are known for potassium
        ("does eating bananas actually help with cramps or is that a myth", "electrolytes"),
        ("will drinking more water stop my cramps", "dehydration"),
        ("would sitting up straight stop my neck spasms", "posture"),
    ],
)
def test_a_named_means_leads_prevention(engine, text, first):
    """The cause asked about comes first, prevention in general after it."""
    reply = engine.reply(text, Context(), now=0.0)
    assert reply.intents[0] == first
    assert "prevention" in reply.intents[1:]


def test_nothing_named_keeps_prevention(engine):
    """A prevention question naming no cause is answered by the prevention topic."""
    assert engine.reply("how do i prevent cramps", Context(), now=0.0).intents == ("prevention",)


def test_a_myth_question_asks_no_difference(engine):
    """"..., or is that a myth?" asks whether something works, not how two things differ."""
    reply = engine.reply("does eating bananas actually help with cramps or is that a myth", Context(), now=0.0)
    assert reply.question_kind != "difference"


def test_why_after_what_a_spasm_is_asks_for_the_causes(engine):
    """Asked why of the overview (what spasms are), the causes answer it, not the definition again."""
    first = engine.reply("what is a muscle spasm", Context(), now=0.0)
    second = engine.reply("why do they happen", first.context, now=1.0)
    assert second.intents == ("causes",)


def test_why_after_a_cause_stays_with_that_cause(engine):
    """'Why?' after a specific cause asks about that cause."""
    first = engine.reply("my hand cramps up when i write for ages", Context(), now=0.0)
    second = engine.reply("why's that?", first.context, now=1.0)
    assert second.intents[0] == first.intents[0]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("my brother had a spinal cord injury in a car crash last spring", "nervous_system"),
        ("my husband was diagnosed with multiple sclerosis a few years ago", "nervous_system"),
    ],
)
def test_a_long_statement_naming_an_article_condition_sets_the_scene(engine, text, topic):
    """Asking nothing, a message naming the article's own condition is someone setting the scene."""
    assert engine.reply(text, Context(), now=0.0).intents[:1] == (topic,)


def test_a_long_question_about_something_else_is_still_declined(engine):
    """Naming a condition in a question about something else (tests, hair) is not about spasms."""
    reply = engine.reply("how accurate are the blood tests they use to check for diabetes these days", Context())
    assert reply.kind == "fallback"
