"""Red-flag triage: chest pain and other heart warning signs are urgent; negations and questions are not."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"

URGENT = [
    # chest pain, pressure, tightness, heaviness
    "my chest hurts",
    "I have chest pain",
    "chest pressure",
    "my chest feels tight",
    "tightness in my chest",
    "heaviness in my chest",
    "my chest feels heavy",
    "there is a heavy weight on my chest",
    "it feels like an elephant is sitting on my chest",
    "crushing pain behind my breastbone",
    "my heart hurts",
    # a cramp or spasm in the chest
    "I have a cramp in my chest",
    "a spasm in my chest",
    "chest cramp",
    "my chest is cramping up",
    # spreading to the arm or jaw
    "pain spreading to my left arm",
    "pain going down my arm and into my jaw",
    "the pain radiates to my jaw",
    # heart attack, breathing
    "I think I'm having a heart attack",
    "am i having a heart attack",
    "i cant breathe",
    "I can't breathe",
    "my chest is tight and i'm short of breath",
    "he's choking",
    "she passed out",
    # someone else
    "my dad has chest pain",
    "my wife is clutching her chest",
    "my friend says his chest feels tight",
    # typos and run-together words
    "chest pian",
    "chestpain",
    "cheat pain and short of breath",
    "chset pain",
    "ｍｙ ｃｈｅｓｔ ｈｕｒｔｓ",
    "my сhest hurts",  # Cyrillic "с"
    "MY CHEST HURTS!!!",
    # not-negations: these look negative but are not
    "no idea why my chest hurts",
    "my chest pain wont go away",
    "the chest pain isn't going away",
]

NOT_URGENT = [
    "no chest pain, just cramps in my legs",
    "my chest is fine but my calves cramp",
    "not having a heart attack lol just a charley horse",
    "I don't have chest pain, only leg cramps",
    "my chest doesnt hurt but my legs cramp",
    "never had chest pain, just calf cramps",
    "what is coronary artery spasm",
    "can coronary artery spasm cause chest pain",
    "does coronary spasm cause chest pain",
    "can a spasm cause a heart attack",
    "is coronary spasm dangerous",
    "what causes chest pain",
    "why do my legs cramp",
    "heartburn after dinner",
    "chest of drawers for sale",
    "i bought a chest freezer",
    "my heart rate monitor is broken",
]


@pytest.mark.parametrize("message", URGENT)
def test_urgent(engine, message):
    """Each of these describes a possible heart emergency, so the reply is urgent."""
    reply = engine.reply(message)
    assert reply.urgent, engine.understand(message).terms
    assert reply.kind == "urgent"


@pytest.mark.parametrize("message", NOT_URGENT)
def test_not_urgent(engine, message):
    """Negated chest symptoms, general questions and other senses of "chest" are not emergencies."""
    reply = engine.reply(message)
    assert not reply.urgent, engine.understand(message).triage.reason
    assert reply.kind != "urgent"


@pytest.mark.parametrize(
    "message",
    ["what is coronary artery spasm", "does coronary spasm cause chest pain", "is coronary spasm dangerous"],
)
def test_questions_about_coronary_spasm_are_answered(engine, message):
    """A question about coronary artery spasm gets the coronary_spasm answer, not the emergency reply."""
    reply = engine.reply(message)
    assert not reply.urgent
    assert reply.intents[:1] == ("coronary_spasm",)


@pytest.mark.parametrize(
    ("message", "rule"),
    [
        ("my chest hurts", "heart"),
        ("i can't breathe", "collapse"),
        ("I think I'm having a heart attack", "heart"),
        ("pain spreading to my left arm", "heart"),
        ("his face is drooping on one side", "stroke"),
    ],
)
def test_triage_names_the_rule_that_fired(engine, message, rule):
    """Triage reports which rule made a message urgent (for eval and --explain)."""
    assert engine.understand(message).triage.reason == rule


def test_triage_runs_on_every_sentence(engine):
    """A red flag in a later sentence still makes the whole message urgent."""
    message = "Why do my legs cramp at night? I drink lots of water. Also my chest feels tight."
    assert engine.reply(message).urgent


@pytest.mark.parametrize("message", ["my dad collapsed", "she collapsed at the gym"])
def test_collapsed_is_urgent(engine, message):
    """Someone collapsing is an emergency phrase in red_flags.yaml, so the reply is urgent."""
    assert engine.reply(message).urgent


@pytest.mark.parametrize(
    "message",
    [
        "no pain in my chest, my calves cramp though",
        "there's no tightness in my chest, my legs cramp at night",
    ],
)
def test_chest_word_and_symptom_in_different_clauses_are_not_paired(engine, message):
    """A negated chest symptom followed by a leg cramp in the next clause is not an emergency."""
    assert not engine.reply(message).urgent


@pytest.mark.parametrize(
    "message", ["my chest ain't hurting", "it ain't hurting in my chest, just my legs cramp"]
)
def test_aint_is_a_negation_not_faint(engine, message):
    """ "ain't" negates like "isn't": the chest pain is taken away, so these are not urgent."""
    assert not engine.reply(message).urgent


def test_every_negation_rules_out_chest_pain(engine):
    """Every negation cue in negation.yaml, placed before "chest pain", leaves no emergency."""
    cues = yaml.safe_load((KNOWLEDGE / "negation.yaml").read_text(encoding="utf-8"))["cues"]
    missed = [n for n in cues if n not in ("nor",) and engine.understand(f"{n} chest pain").triage.urgent]
    assert missed == []


def test_no_pseudo_negation_hides_chest_pain(engine):
    """Phrases that only look negative ("no idea", "not sure") never hide chest pain."""
    pseudo = yaml.safe_load((KNOWLEDGE / "negation.yaml").read_text(encoding="utf-8"))["pseudo"]
    missed = [n for n in pseudo if not engine.understand(f"{n} chest pain").triage.urgent]
    assert missed == []


@pytest.mark.parametrize(
    "message",
    ["is this a heart attack?", "could this be a heart attack", "does this feel like a heart attack"],
)
def test_asking_whether_this_is_a_heart_attack_is_urgent(engine, message):
    """Someone asking whether what they feel now is a heart attack gets the emergency reply."""
    assert engine.reply(message).urgent


@pytest.mark.parametrize(
    "message", ["i have trouble breathing", "i'm having difficulty breathing", "i can barely breathe"]
)
def test_trouble_breathing_is_urgent(engine, message):
    """Trouble breathing, which the urgent reply names as a warning sign, gets the emergency reply."""
    assert engine.reply(message).urgent
