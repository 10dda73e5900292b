"""Graded triage: each red flag reaches its care level, the exempt kinds do not, and replies lead with it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.engine import Engine
from bot.model import EMERGENCY, SAME_DAY

DATA = Path(__file__).resolve().parent / "data" / "red_flags.yaml"

# The messages issue 7 saw mishandled, with the level a clinician would give each.
SEEN = [
    ("my calf is swollen, red and hot and it keeps cramping", SAME_DAY),
    ("my baby is having jerking spasms and wont respond", EMERGENCY),
    ("sudden weakness on one side of my body and my face is drooping", EMERGENCY),
    ("stepped on a rusty nail last week and now my jaw is locking up and spasming", EMERGENCY),
    ("chest is really sore", EMERGENCY),
    ("left arm and jaw ache", EMERGENCY),
    ("back keeps going into spasm at work", None),
]

# One message per rule, written for this test (not taken from the eval set), with its expected rule.
ONE_PER_RULE = [
    ("crushing feeling in the middle of my chest", "heart"),
    ("my mum's words are coming out all slurred", "stroke"),
    ("he collapsed and isn't breathing properly", "collapse"),
    ("my brother is having a seizure and it won't stop", "seizure"),
    ("high temperature and a stiff neck, light hurts my eyes", "meningitis"),
    ("I have a kidney infection and my skin looks mottled and blue", "sepsis"),
    ("cut my foot on a rusty fence a week ago and now my jaw is stiff and I can't open it", "tetanus"),
    ("back spasms and I've wet myself without noticing", "cauda_equina"),
    ("ate peanuts and now my throat is closing up", "anaphylaxis"),
    ("been in the sun all day, I'm boiling hot, confused and I've stopped sweating", "heat_stroke"),
    ("my son swallowed some weed killer and his legs are twitching", "poisoning"),
    ("my calf has been swollen for days and now I'm short of breath", "pulmonary_embolism"),
    ("my toddler is floppy and won't wake properly", "child_emergency"),
    ("my foot has gone ice cold and white and it really hurts", "limb_ischaemia"),
    ("one calf is red and warm to the touch", "dvt"),
    ("after crossfit my pee looks like cola and my thighs are in agony", "rhabdomyolysis"),
    ("I'm 34 weeks pregnant with a pounding headache and blurry vision", "pregnancy_warning"),
    ("since starting atorvastatin my shoulders and thighs ache all the time", "medicine"),
    ("the numbness in my feet is spreading up my legs", "spreading_numbness"),
    ("I've had a calf cramp for 25 minutes and it won't ease", "persistent_cramp"),
    ("stood on a rusty nail in the garden and I haven't had a tetanus jab", "tetanus_risk"),
    ("cramping all over, I haven't peed since this morning and I'm dizzy when I stand", "dehydration_severe"),
    ("my leg cramp is agony, should i go to a&e?", "unsure_if_emergency"),
]

EXEMPT = [
    "can coronary spasm lead to a heart attack?",
    "what are the signs of a stroke?",
    "had a clot years ago, fine since",
    "no swelling or redness, just the cramp",
    "this exam is giving me a heart attack",
    "my grandad had a stroke 5 years ago and his hands cramp now",
    "does dehydration cause chest pain",
    "My calves cramp now and then. My friend asked me something. What are the signs of a stroke?",
]


@pytest.mark.parametrize(("message", "level"), SEEN)
def test_messages_the_issue_saw_reach_their_level(engine, message, level):
    """The seven messages triage used to miss or over-read now get the care level they call for."""
    assert engine.reply(message).triage == level


@pytest.mark.parametrize(("message", "rule"), ONE_PER_RULE)
def test_each_rule_fires_on_a_fresh_message(engine, message, rule):
    """Every rule in red_flags.yaml fires on a plain description of its signs, at its own level."""
    seen = engine.understand(message).triage
    assert rule in seen.rules, seen
    assert seen.level == engine.kb.red_flags.rules[rule].level


def test_the_rule_list_above_covers_every_rule(engine):
    """ONE_PER_RULE names every rule, so a new rule needs a message here too."""
    assert {rule for _, rule in ONE_PER_RULE} == set(engine.kb.red_flags.rules)


def test_every_rule_has_eval_cases_at_its_level(engine):
    """tests/data/red_flags.yaml has at least one message at each rule's level naming it (a safety-case rule)."""
    cases = yaml.safe_load(DATA.read_text(encoding="utf-8"))["cases"]
    covered = {c["condition"] for c in cases if c["level"] != "none"}
    assert set(engine.kb.red_flags.rules) - covered == set()


@pytest.mark.parametrize("message", EXEMPT)
def test_plainly_not_now_is_exempt_but_says_what_to_do_if_it_is(engine, message):
    """General questions, past events, negated signs and idioms are not triaged; a named red flag still
    opens the reply with one line on what to do if it is happening now."""
    reply = engine.reply(message)
    assert reply.triage is None
    mentioned = engine.understand(message).triage.mentioned
    if mentioned:
        assert reply.sections[0].kind == "caution"
        assert "call your emergency number" in reply.sections[0].body


def test_emergency_reply_is_urgent_and_leads_with_the_call(engine):
    """An emergency reply is urgent, its first section tells to call now and names the rule's advice."""
    reply = engine.reply("his face is drooping and his speech is slurred")
    assert (reply.triage, reply.urgent, reply.kind) == (EMERGENCY, True, "urgent")
    assert reply.sections[0].kind == "urgent"
    assert "Call your local emergency number now" in reply.sections[0].body
    assert "stroke" in reply.sections[0].body.lower()
    assert "not medical advice" in reply.disclaimer


def test_same_day_leads_a_topic_answer_set_apart(engine):
    """A same-day red flag comes first, in its own section, then the topic answer; it is not urgent."""
    reply = engine.reply("my calf is swollen and red and it keeps cramping")
    assert (reply.triage, reply.urgent) == (SAME_DAY, False)
    assert [s.kind for s in reply.sections[:2]] == ["same_day", "answer"]
    assert "111" in reply.sections[0].body
    assert "not medical advice" in reply.disclaimer


def test_same_day_without_a_topic_is_guidance_alone(engine):
    """A same-day sign with no spasm question gets the guidance alone, still with the disclaimer."""
    reply = engine.reply("stood on a rusty nail and I'm not up to date with my tetanus jabs")
    assert reply.triage == SAME_DAY
    assert reply.sections[0].kind == "same_day"
    assert reply.disclaimer and "not medical advice" in reply.disclaimer


def test_emergency_wins_over_same_day(engine):
    """Signs of both levels in one message: the emergency leads."""
    reply = engine.reply("my calf is red and swollen and now my chest hurts")
    assert reply.triage == EMERGENCY
    assert set(engine.understand("my calf is red and swollen and now my chest hurts").triage.rules) >= {
        "dvt",
        "heart",
    }


def test_configured_lines_are_used(engine):
    """--emergency-number and --urgent-care-line replace the default lines at each level."""
    engine = Engine(engine.kb, emergency_number="112", urgent_care_line="NHS 111 online")
    assert "Call 112 now." in engine.reply("my chest hurts").sections[0].body
    assert "NHS 111 online" in engine.reply("one calf is swollen and red").sections[0].body
