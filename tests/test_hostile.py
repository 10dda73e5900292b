"""Hostile and odd input: the engine never raises, always answers something, and still spots chest pain."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import model
from bot.loader import CONTRACT_INTENTS
from bot.model import Context, Reply
from bot.render import plain
from bot.text import clean, words

ROOT = Path(__file__).resolve().parents[1]
KINDS = {model.URGENT, model.ANSWER, model.CLARIFY, model.FALLBACK, model.SMALLTALK, model.EMPTY, model.UNCOVERED,
         model.OTHER_CRAMP}  # fmt: skip
FUZZ = settings(max_examples=100, deadline=None)

MEANINGFUL = [
    "cramp", "spasm", "chest", "pain", "hurts", "no", "not", "but", "just", "my", "heart", "attack", "legs",
    "magnesuim", "dehydartion", "legcramps", "chestpain", "pian", "charley", "horse", "ms", "pregnant",
    "fine", "what", "why", "breathe", "cant", "arm", "jaw", "spreading", "thanks", "hi", "the", "1", "2",
]  # fmt: skip
token = st.one_of(
    st.sampled_from(MEANINGFUL),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12),  # gibberish words
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=6),  # any character at all
    st.sampled_from(["😀", "🤕💔", "👨‍👩‍👧", "\u200b", "\u202e", "\ufeff", "\x00", "\x1b[31m", "\r\n", "\t"]),
    st.sampled_from(["грудь болит", "сhest", "ραιν", "胸痛", "ألم في الصدر", "ｃｈｅｓｔ", "é", "\u0301"]),
    st.sampled_from([".", ",", "!", "?", "...", " - ", "(", ")", "'", "’", "`", ";", ":", "\n"]),
)
separator = st.sampled_from(["", " ", "  ", "\n", "\t", ", ", ". "])
hostile_text = st.builds(lambda parts, sep: sep.join(parts), st.lists(token, max_size=60), separator)


def _check(reply: Reply, text: str) -> None:
    """What every reply must satisfy, whatever the input."""
    assert isinstance(reply, Reply)
    assert reply.kind in KINDS
    assert plain(reply).strip()
    assert reply.urgent == (reply.triage == "emergency")  # "urgent" is true exactly for an emergency
    if reply.urgent:
        assert reply.kind == model.URGENT
    if reply.kind == model.URGENT:  # guidance only, at either care level ("chest, legs: breathe..." is same-day)
        assert reply.triage is not None
    if reply.urgent:
        assert reply.sections[0].kind == model.URGENT
    if reply.kind in (model.ANSWER, model.URGENT, model.UNCOVERED, model.OTHER_CRAMP):
        assert reply.disclaimer and "not medical advice" in reply.disclaimer.lower()
        assert plain(reply).rstrip().endswith(reply.disclaimer.strip())
    if reply.kind == model.SMALLTALK:  # "no chest pain, thanks!": a red-flag caution is health content, disclaimed
        cautioned = any(s.kind == "caution" for s in reply.sections)
        assert (reply.disclaimer is not None) == cautioned
    assert (reply.kind == model.EMPTY) == (words(clean(text)) == [])


@FUZZ
@given(text=st.text(max_size=40))
def test_any_short_text_gets_a_reply(engine, text):
    """Any short unicode text (control characters, combining marks, emoji, any script) gets a well-formed reply."""
    _check(engine.reply(text), text)


@FUZZ
@given(text=hostile_text)
def test_hostile_mixtures_get_a_reply(engine, text):
    """Mixtures of medical words, typos, gibberish, emoji, mixed scripts and punctuation never break the engine."""
    _check(engine.reply(text), text)


@FUZZ
@given(text=hostile_text, times=st.integers(min_value=50, max_value=400))
def test_very_long_messages_get_a_reply(engine, text, times):
    """The same mixtures repeated into very long messages still get a well-formed reply."""
    long_text = (text + " ") * times
    _check(engine.reply(long_text), long_text)


@FUZZ
@given(before=hostile_text, after=hostile_text)
def test_chest_pain_sentence_is_urgent_whatever_surrounds_it(engine, before, after):
    """A sentence saying "My chest hurts." is urgent whatever noise comes before or after it."""
    text = f"{before}. My chest hurts. {after}"
    assert engine.reply(text).urgent


HEALTH_TOPICS = [i for i in CONTRACT_INTENTS if i not in ("greeting", "thanks", "goodbye", "help")]
some_topics = st.lists(st.sampled_from(HEALTH_TOPICS), max_size=8, unique=True).map(tuple)


@FUZZ
@given(text=hostile_text, topics=some_topics, offered=some_topics, facts=some_topics)
def test_any_conversation_state_gets_a_reply(engine, text, topics, offered, facts):
    """Whatever the conversation was about and offered, the next message gets a well-formed reply."""
    context = Context(topics, offered, facts, 0.0)
    reply = engine.reply(text, context, now=1.0)
    _check(reply, text)
    assert reply.context.updated == 1.0


def test_context_with_unknown_offered_topic(engine):
    """Picking an offered topic the knowledge base does not know gives a reply, not a KeyError."""
    reply = engine.reply("1", Context(offered=("no_such_topic",)), now=1.0)
    assert reply.kind in KINDS


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "   \n\t  ",
        "\r\n",
        "😀",
        "😀😀😀",
        "🤕💔",
        "...",
        "?!",
        "\u200b",
        "\ufeff",
        "\x00\x01",
        "——",
        "\u202e",
    ],
)
def test_nothing_readable_is_empty(engine, text):
    """Empty, whitespace-only, emoji-only or punctuation-only messages get the kind "empty"."""
    reply = engine.reply(text)
    assert reply.kind == model.EMPTY
    assert reply.intents == ()
    assert not reply.urgent
    assert plain(reply).strip()


@pytest.mark.parametrize("value", [None, b"chest pain", 123])
def test_non_text_is_empty(engine, value):
    """A value that is not a string is treated as an empty message rather than raising."""
    assert engine.reply(value).kind == model.EMPTY


def _long_message(middle: str, size: int = 100_000) -> str:
    filler = "why do my legs cramp at night, i drink water and i stretch my calfs but the crmaps come back "
    half = (filler * (size // len(filler) + 1))[: (size - len(middle)) // 2]
    return f"{half} {middle} {half}"


def test_chest_pain_in_the_middle_of_a_huge_message_is_urgent(engine):
    """A 100,000-character message with "my chest hurts" in the middle is urgent."""
    message = _long_message(". my chest hurts. ")
    assert len(message) >= 99_000
    assert engine.reply(message).urgent


def test_huge_message_is_answered_fast(engine):
    """A 100,000-character message is answered in well under a second."""
    engine.reply("warm up the caches: " + _long_message("", 2_000))
    for message in (_long_message("my chest hurts"), _long_message("and magnesuim too")):
        start = time.perf_counter()
        reply = engine.reply(message)
        elapsed = time.perf_counter() - start
        assert elapsed < 1.0, f"{elapsed:.2f} s for {len(message)} characters ({reply.kind})"


def test_one_huge_word_is_answered_fast(subprocess_env):
    """A message that is one 4096-letter word (Telegram's maximum length) is answered within seconds."""
    word = "''.join(random.Random(0).choice(string.ascii_lowercase) for _ in range(4096))"
    code = f"import random, string; from bot.engine import Engine; print(Engine.load().reply({word}).kind)"
    try:
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=subprocess_env,
            capture_output=True,
            text=True,
            timeout=4,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("no reply within 4 seconds")
    assert done.returncode == 0, done.stderr
