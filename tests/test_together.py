"""Keyword evidence from two groups of words said in one sentence (intents.yaml `together`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import loader
from bot.model import Context
from bot.yamlfile import KnowledgeError


def _reply(engine, text):
    return engine.reply(text, Context(), now=0.0)


@pytest.mark.parametrize(
    "text",
    [
        "my calves hurt after walking two blocks and settle if i stop and rest",
        "grandad gets cramp in his leg walking uphill and has to sit down till it goes",
        "the pain in my calf comes on walking to the bus stop and goes off when i stand still",
    ],
)
def test_walking_then_resting_is_the_blood_flow_topic(engine, text):
    """Pain that walking brings on and a rest eases is claudication: the narrowed-arteries topic leads."""
    assert _reply(engine, text).intents[0] == "atherosclerosis"


def test_one_group_alone_is_no_evidence(engine):
    """Walking alone, or resting alone, says nothing about arteries."""
    assert "atherosclerosis" not in _reply(engine, "my calves cramp when i walk on the beach").intents
    assert "atherosclerosis" not in _reply(engine, "my calves cramp when i rest on the sofa").intents


def test_the_two_groups_in_different_sentences_are_no_evidence(engine):
    """Both groups must be said in one sentence."""
    reply = _reply(engine, "I walked the dog this morning. Now my calves cramp whenever I rest in bed.")
    assert reply.intents[:1] != ("atherosclerosis",)


def test_a_together_rule_with_a_bad_weight_is_located(knowledge_copy: Path):
    """A weight outside 0.1-2 is reported with the file and line."""
    path = knowledge_copy / "intents.yaml"
    text = path.read_text(encoding="utf-8")
    assert "        weight: 1.2\n" in text
    path.write_text(text.replace("        weight: 1.2\n", "        weight: 7\n", 1), encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        loader.load(knowledge_copy)
    (problem,) = [p for p in caught.value.problems if "together" in p.message]
    expected_line = next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "weight: 7" in line)
    assert problem.file.endswith("intents.yaml") and problem.line == expected_line


def test_walking_to_the_shops_and_having_to_stop_is_claudication(engine):
    """'Has to stop, then it's fine' is a rest that eases it; 'the shops' is where he walks, not shopping."""
    reply = engine.reply("my dad gets calf pain walking to the shops, has to stop, then its fine")
    assert reply.intents[0] == "atherosclerosis"


@pytest.mark.parametrize("message", ["my laptop is really slow", "whats a good laptop under 500"])
def test_a_laptop_alone_is_not_a_posture_question(engine, message):
    """A desk, computer or laptop names posture only with a cramp or body word beside it."""
    assert engine.reply(message).kind == "fallback"
