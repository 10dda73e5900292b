"""A topic's word in another sense ("coming back", "last night", "a hot water bottle") is no evidence for that topic;
the same word in its own sense still is. Triage is not affected: it reads every word as written."""

from __future__ import annotations

import pytest

from bot.loader import load
from bot.yamlfile import KnowledgeError


@pytest.mark.parametrize(
    ("message", "not_topic"),
    [
        ("my calf cramp keeps coming back every night", "back_spasms"),
        ("why does the cramp come back", "back_spasms"),
        ("how do i stop my cramps coming back", "back_spasms"),
        ("I went back to running and my calves cramp", "back_spasms"),
        ("since I got back from holiday my feet cramp", "back_spasms"),
        ("pain in the back of my knee when I get a cramp", "back_spasms"),
        ("does a hot water bottle help a calf cramp", "dehydration"),
        ("can a heat pack ease a leg cramp", "dehydration"),
        ("do epsom salts in the bath help cramps", "dehydration"),
    ],
)
def test_a_word_in_another_sense_names_no_topic(engine, message, not_topic):
    """The adverb "back", a hot water bottle or bath salts do not bring in the back, dehydration or stroke topics."""
    assert not_topic not in engine.reply(message).intents


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("my back keeps going into spasm", "back_spasms"),
        ("cramp in my lower back when I bend", "back_spasms"),
        ("my back went out again, it keeps coming back", "back_spasms"),
        ("can hot weather give you cramps", "dehydration"),
        ("do I need more salt if I cramp in the heat", "dehydration"),
    ],
)
def test_the_word_in_its_own_sense_still_counts(engine, message, topic):
    """Only the positions inside another-sense phrase are hidden: "my back" before "coming back" is still a back."""
    assert topic in engine.reply(message).intents


def test_a_sense_that_does_not_hold_its_word_is_a_located_problem(knowledge_copy):
    """A non-programmer's slip (the phrase lacks the word it is listed under) fails the load with file and line."""
    path = knowledge_copy / "vocabulary.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  back: [come back,", "  back: [come round,", 1), encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load(knowledge_copy)
    assert any(p.file == "vocabulary.yaml" and p.line and "does not contain 'back'" in p.message
               for p in caught.value.problems)  # fmt: skip


def test_triage_still_reads_a_back_in_another_sense(engine):
    """Fail safe: back pain that keeps coming back with numbness between the legs is still an emergency."""
    reply = engine.reply("my back pain keeps coming back and now I can't feel anything when I wipe")
    assert reply.triage == "emergency"


def test_a_word_synonyms_turn_into_two_can_be_listed(knowledge_copy):
    """"spinal" reads as "spinal cord": listing its other senses builds an engine rather than failing at start-up."""
    from bot.engine import Engine

    path = knowledge_copy / "vocabulary.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("other_senses:\n", "other_senses:\n  spinal: [spinal tap]\n", 1), encoding="utf-8")
    engine = Engine.load(knowledge_copy)
    assert engine.reply("my calves cramp after a spinal tap").kind == "answer"


@pytest.mark.parametrize("message", ["how do i get more twitch followers", "How to Increase Twitch/Streaming Viewership"])
def test_the_streaming_site_names_no_twitching(engine, message):
    """'Twitch' the streaming site is no muscle twitch: an unrelated question is declined."""
    reply = engine.reply(message)
    assert reply.kind == "fallback" and reply.intents == ()


def test_a_twitch_beside_the_site_is_still_twitching(engine):
    """Only the word inside the other sense is hidden: an eye that twitches while streaming is about twitching."""
    assert engine.reply("my eye twitches when i stream on twitch").kind == "uncovered"


def test_a_subjects_own_cue_is_not_hidden_by_another_topics_sense(engine):
    """'Food poisoning' hides 'poisoning' from the toxins topic, not from the gut subject it names."""
    assert engine.reply("can food poisoning cause muscle cramps?").kind == "other_cramp"


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("restless leg up all night again, what helps?", "uncovered"),  # a longer cue keeps its sense ("leg up")
        ("Restless leg. Up all night again, any tips?", "uncovered"),
        ("whats going on? twitching all over my legs for weeks", "uncovered"),  # no sense across a sentence end
        ("my thigh muscle keeps on twitching, is that bad?", "uncovered"),  # "on twitching" is no streaming site
    ],
)
def test_subjects_keep_their_cues_where_no_other_sense_holds(engine, message, kind):
    """Review 18: other senses hide only a one-word cue, and only within its sentence or clause."""
    assert engine.reply(message).kind == kind
