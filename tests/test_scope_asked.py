"""What the article does not cover, read from the question: a subject the asking sentences name, a subject
named twice, new subjects (named remedies, tests, inherited muscle disorders, the heart rate), and same-day
guidance leading the honest reply."""

from __future__ import annotations

import pytest

from bot import model
from bot.model import Context

ASKED_OR_REPEATED = {
    "My calves cramp every night and my feet cramp too. Could it be my blood pressure tablets, the amlodipine?": (
        "Cramps and medicines"
    ),
    "My calves cramp every night. Is it the oxycodone?": "Cramps and medicines",
    "I was on morphine for years. When I stopped the morphine my legs started to spasm. What can I do?": (
        "Cramps and medicines"
    ),
}
NEW_SUBJECTS = {
    "does pickle juice stop leg cramps": "Home remedies",
    "is mustard good for a cramp in the calf": "Home remedies",
    "what does an angiogram show for coronary artery spasm": "Tests and scans",
    "can an emg test find the cause of leg spasms": "Tests and scans",
    "how do I lower my heart rate when I panic": "The heart, beyond artery spasm",
    "my resting heart rate is 100, is that bad": "The heart, beyond artery spasm",
    "is mcardle disease the reason my muscles cramp when I exercise": "Inherited and metabolic muscle disorders",
    "my son has a carnitine deficiency and gets muscle spasms": "Inherited and metabolic muscle disorders",
}
STILL_TOPICS = {
    "I take statins. Why do my calves cramp at night?": "leg_cramps",
    "I take a magnesium tablet every night for cramps. Which tablet is best?": "electrolytes",
    "My legs cramp at night. Should I take magnesium?": "electrolytes",
}


def _titles(reply: model.Reply) -> list[str]:
    """The titles of the reply's sections, in order."""
    return [s.title for s in reply.sections]


@pytest.mark.parametrize(("text", "title"), ASKED_OR_REPEATED.items())
def test_a_subject_the_question_names_wins_over_the_story(engine, text, title):
    """The story's cramps are what happens; the question, or a subject named twice, is what is asked about."""
    reply = engine.reply(text, Context(), now=0.0)
    assert reply.kind == model.UNCOVERED
    assert title in _titles(reply)


@pytest.mark.parametrize(("text", "title"), NEW_SUBJECTS.items())
def test_remedies_tests_and_inherited_disorders_are_not_in_the_article(engine, text, title):
    """Named remedies, tests, inherited muscle disorders and the heart rate get the honest reply."""
    reply = engine.reply(text, Context(), now=0.0)
    assert reply.kind == model.UNCOVERED
    assert title in _titles(reply)


@pytest.mark.parametrize(("text", "intent"), STILL_TOPICS.items())
def test_a_question_that_names_a_topic_keeps_it(engine, text, intent):
    """A subject told only in the story, or named by an everyday word ('tablet'), leaves the topic in place."""
    reply = engine.reply(text, Context(), now=0.0)
    assert reply.kind == model.ANSWER
    assert reply.intents[0] == intent


def test_same_day_guidance_leads_the_honest_reply(engine):
    """A same-day sign beside an uncovered subject: the guidance first, then what the article does not cover."""
    text = "Since starting statins my legs ache and my pee has gone dark like cola. Could it be the statin?"
    reply = engine.reply(text, Context(), now=0.0)
    assert reply.kind == model.UNCOVERED
    assert reply.triage == "same-day" and not reply.urgent
    titles = _titles(reply)
    assert titles.index("Get medical help today") < titles.index("Cramps and medicines")
