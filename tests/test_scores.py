"""How a message's sentences combine: a question that names a topic outweighs the story told around it."""

from __future__ import annotations

import pytest

from bot.phrases import weighed
from bot.scores import STORY, told_around


def test_story_topics_count_for_less_next_to_an_answerable_question():
    """A question scoring 1.2 for pregnancy scales the story's posture 2.0 to STORY * 2.0."""
    questions = {"pregnancy": (True, 1.2, 1.5, 0.0)}
    story = {"posture": (True, 2.0, 1.0, 0.0), "pregnancy": (True, 0.5, 0.0, 0.0)}
    best = told_around(questions, story, health={"pregnancy", "posture"})
    assert best["posture"][1] == pytest.approx(STORY * 2.0)
    assert best["pregnancy"] == (True, 1.2, 1.5, 0.0)


def test_a_question_that_names_no_topic_leaves_the_story_whole():
    """'What should I do?' names nothing: the story's topics keep their full score."""
    story = {"posture": (True, 2.0, 1.0, 0.0)}
    assert told_around({"prevention": (False, 1.3, 1.3, 0.0)}, story, health={"posture", "prevention"})[
        "posture"
    ] == (True, 2.0, 1.0, 0.0)


def test_the_matcher_reads_the_question_over_the_story(engine):
    """Posture from the story (desk, office) no longer outranks pregnancy, named in the question."""
    text = "I sit at a desk in an office all day and my calves cramp. Have you had more cramps in your pregnancy?"
    terms, asked = engine.analyser.read(text)
    assert engine.matcher.score(terms, asked=asked).candidates[0].intent == "pregnancy"
    assert engine.matcher.score(terms).candidates[0].intent == "posture"  # without the question marks


def test_texts_that_read_the_same_are_one_piece_of_evidence():
    """'shop' (0.7) and 'shopping' (1.0) both read 'shop': one entry, at the larger weight."""
    phrase = lambda text: ("shop",) if text.startswith("shop") else tuple(text.split())  # noqa: E731
    entries = [("off_topic", "shop", 0.7), ("off_topic", "shopping", 1.0), ("posture", "desk", 1.0)]
    assert weighed(entries, phrase) == {("shop",): [("off_topic", 1.0)], ("desk",): [("posture", 1.0)]}


def test_a_named_cause_answers_why_before_the_place(engine):
    """'Why do my legs cramp after running?' is answered with overuse first, the legs second."""
    from bot.model import Context

    assert engine.reply("why do my legs cramp after running", Context(), now=0.0).intents[:2] == (
        "overuse",
        "leg_cramps",
    )


def test_a_cause_word_in_passing_does_not_move_the_place(engine):
    """'stand on it' (standing, 0.7) is not a cause named outright: leg cramps stay first."""
    from bot.model import Context

    reply = engine.reply("why do my calves cramp at night so i have to stand on it", Context(), now=0.0)
    assert reply.intents[0] == "leg_cramps"
