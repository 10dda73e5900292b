"""A question phrased only with a question kind's words about things the knowledge does not know ("do I need to see a
doctor for heartburn?") is about something else; a known word, a subject the article does not cover, or a pronoun
keeps it in scope."""

from __future__ import annotations

import pytest

from bot.model import FALLBACK


@pytest.mark.parametrize(
    "message",
    [
        "Do I need to see a doctor for a skull fracture?",
        "what the treatment for bronchitis",
        "How to prevent Panic disorder ?",
    ],
)
def test_a_kinds_question_about_unknown_things_is_declined(engine, message):
    """Only the question's phrasing is known: the thing asked about is not a muscle or cramp."""
    assert engine.reply(message).kind == FALLBACK


@pytest.mark.parametrize(
    "message",
    [
        "Do I need to see a doctor for leg cramps?",
        "should I see a doctor if my leg is weak and numb",
        "how can I stop this from happening again",
        "How can you prevent them? That's not clear, either.",
        "Do I need to see a doctor for sciatica?",
        "do i need to see a doctor for it",
        "Do I need to see a doctor for Fainting ?",
        "how to stop night crams?",
        "what is myalgia",
    ],
)
def test_a_known_word_a_subject_or_a_pronoun_keeps_it_in_scope(engine, message):
    """A cramp or leg, a subject the article does not cover, a red-flag word ("fainting"), "crams" or a medical name
    for muscle pain, or "it"/"this"/"that" is not something else."""
    assert engine.reply(message).kind != FALLBACK
