"""Asked whether something helps, a cause the message names is the means asked about and leads the answer."""

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
