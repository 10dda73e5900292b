"""What the knowledge says: restated (never copied) from the article, sourced, and complete where it matters."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot import kb
from bot.loader import CONTRACT_INTENTS

ROOT = Path(__file__).resolve().parents[1]
KNOWLEDGE = ROOT / "knowledge"
ARTICLE = ROOT / ".." / "shared" / "seed" / "muscle-spasms-article.txt"
SHOWN_FILES = ("answers", "facts", "messages", "red_flags")  # text the bot shows to people
RUN = 7  # this many consecutive article words in a row count as copying


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _runs(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.parametrize("name", SHOWN_FILES)
def test_no_seven_word_run_copied_from_the_article(name):
    """No run of 7 consecutive article words appears in the answers, facts or messages: they are restated."""
    if not ARTICLE.is_file():
        pytest.skip(f"the source article is not available at {ARTICLE.resolve()}")
    article = _runs(_words(ARTICLE.read_text(encoding="utf-8")), RUN)
    data = yaml.safe_load((KNOWLEDGE / f"{name}.yaml").read_text(encoding="utf-8"))
    copied = sorted({" ".join(r) for s in _strings(data) for r in _runs(_words(s), RUN) & article})
    assert copied == []


def test_every_topic_answer_names_its_source(engine):
    """Every health topic's answer section says which part of the article it rests on."""
    for intent in engine.kb.topics():
        section = engine.topic(intent).sections[0]
        assert section.kind == "answer" and section.intent == intent
        assert section.source and engine.kb.article_title in section.source, intent


def test_general_guidance_is_labelled_as_not_from_the_article(engine):
    """Guidance that is not from the article is its own section, under the "not from the article" label."""
    assert "not from the article" in engine.message("general_label").lower()
    for intent in engine.kb.topics():
        for section in engine.topic(intent).sections:
            if section.kind == "general":
                assert section.title == engine.message("general_label")
                assert not section.source


@pytest.mark.parametrize(
    ("intent", "required"),
    [
        ("dehydration", ["water", "salt"]),
        ("electrolytes", ["magnesium", "potassium", "calcium"]),
        ("nervous_system", ["multiple sclerosis", "parkinson", "spinal cord"]),
        ("leg_cramps", ["dehydration", "posture", "pregnancy"]),
        ("coronary_spasm", ["chest", "heart attack", "serious"]),
        ("systemic_disease", ["diabetes", "anaemia"]),
        ("atherosclerosis", ["oxygen", "nutrients"]),
        ("pregnancy", ["weight", "leg"]),
        ("overuse", ["most"]),
        ("posture", ["computer", "production line", "sleep"]),
        (
            "causes",
            [
                "overuse",
                "nervous system",
                "dehydration",
                "magnesium",
                "coronary",
                "posture",
                "diabetes",
                "pregnancy",
                "atherosclerosis",
            ],
        ),
    ],
)
def test_answers_carry_the_articles_key_facts(engine, intent, required):
    """Each topic's answer (from the article, not the general guidance) names the article's key facts."""
    body = engine.kb.answers[intent].body.lower()
    missing = [word for word in required if word not in body]
    assert missing == []


def test_every_article_section_is_used(engine):
    """Every part of the article has at least one fact, and every fact is used by some answer or the urgent reply."""
    base = engine.kb
    used_sections = {f.section for f in base.facts.values()}
    assert used_sections == set(base.sections)
    used_facts = {f for a in base.answers.values() for f in a.facts}
    used_facts |= {f for rule in base.red_flags.rules.values() for f in rule.facts}
    assert set(base.facts) - used_facts == set()


def test_urgent_texts(engine):
    """The emergency reply names the regional numbers and tells not to drive; the heart rule rests on the
    coronary spasm facts; the same-day reply names a non-emergency line."""
    texts = engine.kb.red_flags.texts
    for number in ("911", "112", "999", "000"):
        assert number in texts["numbers"]
    assert "{call}" in texts["emergency_body"] and "{number}" in texts["configured"]
    assert "drive" in texts["emergency_body"].lower()
    assert "111" in texts["urgent_care_unconfigured"]
    heart = engine.kb.red_flags.rules["heart"].facts
    assert heart and all(engine.kb.facts[f].section == "coronary_spasm" for f in heart)


def test_every_red_flag_rule_names_its_public_source(engine):
    """Each rule's advice restates public guidance and says whose (NHS, CDC or MedlinePlus)."""
    for rule in engine.kb.red_flags.rules.values():
        assert rule.source.startswith(("NHS", "CDC", "MedlinePlus")), rule.id
        assert len(rule.advice) < 400, f"{rule.id}: what to do now should be short"


def test_disclaimer_and_fixed_messages(engine):
    """The disclaimer says "not medical advice"; help, about and privacy exist and say what they should."""
    assert "not medical advice" in engine.message("disclaimer").lower()
    assert "not a doctor" in engine.message("about").lower()
    assert "/forget" in engine.message("help")
    assert "not logged" in engine.message("privacy").lower()


def test_labels_fit_on_buttons(engine):
    """Every answer has a short label (a Telegram button) and a title."""
    for intent, answer in engine.kb.answers.items():
        assert answer.title and answer.label, intent
        assert len(answer.label) <= 28, intent


def test_menus_and_related_topics_are_health_topics(engine):
    """Menus and related topics only ever offer health topics with answers."""
    base = engine.kb
    offered = [i for menu in base.messages.menus.values() for i in menu]
    offered += [r for intent in base.intents.values() for r in intent.related]
    assert all(i in base.answers and base.intents[i].kind in (kb.TOPIC, kb.OVERVIEW) for i in offered)


@pytest.mark.parametrize(
    "intent",
    [pytest.param(i) if i == "nervous_system" else i for i in CONTRACT_INTENTS],
)
def test_every_keyword_is_recognised(engine, intent):
    """Each keyword written in intents.yaml, sent as a message on its own, counts as evidence for its intent."""
    raw = yaml.safe_load((KNOWLEDGE / "intents.yaml").read_text(encoding="utf-8"))["intents"][intent]
    missed = []
    for keyword in raw["keywords"]:
        scores = engine.understand(str(keyword)).scores
        if not any(c.intent == intent and c.keywords > 0 for c in scores.candidates):
            missed.append(keyword)
    assert missed == []


@pytest.mark.parametrize("intent", [i for i in CONTRACT_INTENTS])
def test_every_example_is_understood(engine, intent):
    """Each example phrasing in intents.yaml is answered as its own intent (what `spasm-bot check` enforces)."""
    for example in engine.kb.intents[intent].examples:
        reply = engine.reply(example)
        if intent == "coronary_spasm" and reply.urgent:
            continue
        assert not reply.urgent, example
        assert reply.intents[:1] == (intent,), example
