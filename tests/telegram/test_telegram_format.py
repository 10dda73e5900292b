"""Formatting without Telegram: escaping, splitting at paragraph boundaries, the 64-byte callback limit."""

from __future__ import annotations

from fake_html import parse, visible_length
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.model import ANSWER, URGENT, Choice, Reply, Section
from bot.tgbot.html import LIMIT, article, render
from bot.tgbot.keyboards import (
    MAX_CALLBACK_BYTES,
    callback_data,
    digest,
    feedback_data,
    feedback_of,
    intent_of,
    keyboard,
)

LABELS = {"related_label": "Related topics", "suggestions_label": "You could ask about"}


def reply_with(body: str, title: str = "Title", urgent: bool = False) -> Reply:
    sections = [Section("answer", title, body, "topic", "the article")]
    if urgent:
        sections.insert(0, Section("urgent", "Get help now", "Call 112.", None, None))
    return Reply(
        URGENT if urgent else ANSWER,
        ("topic",),
        urgent,
        tuple(sections),
        related=(Choice("other", "Other"),),
        disclaimer="Not medical advice.",
        triage="emergency" if urgent else None,
    )


def test_user_text_cannot_break_the_html():
    nasty = '<b>bold</b> & <script>alert("x")</script> &amp; </i>'
    [out] = render(reply_with(nasty, title=nasty), LABELS)
    assert parse(out.text).count(nasty) == 2  # shown literally, twice (title and body)


def test_long_replies_split_at_paragraphs_and_keep_buttons_on_the_last():
    paragraphs = [f"Paragraph {n}. " + "word " * 150 for n in range(40)]
    out = render(reply_with("\n\n".join(paragraphs)), LABELS)
    assert len(out) > 1
    for message in out:
        assert visible_length(message.text) <= LIMIT
        parse(message.text)
    assert [m.buttons for m in out[:-1]] == [()] * (len(out) - 1)
    assert out[-1].buttons == (Choice("other", "Other"),)
    joined = "\n\n".join(m.text for m in out)
    assert all(p.strip() in joined for p in paragraphs)  # no paragraph was cut
    assert "Not medical advice." in out[-1].text


def test_urgent_guidance_is_its_own_first_message():
    out = render(reply_with("Body.", urgent=True), LABELS)
    assert "Get help now" in out[0].text and "Body." not in out[0].text
    assert "Body." in out[1].text


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=12_000))
def test_any_text_renders_to_valid_messages_within_the_limit(text):
    for message in render(reply_with(text, title=text[:300]), LABELS):
        assert visible_length(message.text) <= LIMIT
        parse(message.text)
    shared = article(reply_with(text))
    assert visible_length(shared) <= LIMIT and "Not medical advice." in shared
    parse(shared)


def test_callback_data_fits_64_bytes_even_for_long_intent_ids():
    intents = ("legs", "x" * 62, "ü" * 40, "a-very-long-intent-id-" * 5)
    long_ids = {digest(intent): intent for intent in intents}  # as build_application fills it
    for intent in intents:
        data = callback_data(intent, long_ids)
        assert len(data.encode()) <= MAX_CALLBACK_BYTES
        assert intent_of(data, long_ids) == intent
        for vote in ("up", "down"):
            data = feedback_data(intent, vote)
            assert len(data.encode()) <= MAX_CALLBACK_BYTES
            assert feedback_of(data, long_ids) == (vote, intent)
    assert callback_data("x" * 63, {}) == "h:" + digest("x" * 63)  # "t:" and 63 bytes would not fit
    assert intent_of("zz", long_ids) is None and intent_of("h:unknown", long_ids) is None
    assert feedback_of("t:legs", long_ids) is None and feedback_of("f-:#nope", long_ids) == ("down", None)
    menu = keyboard([Choice(f"i{n}", f"Topic {n}") for n in range(9)], long_ids)
    assert [len(row) for row in menu.inline_keyboard] == [2, 2, 2, 2, 1]
    voted = keyboard([Choice("a", "A")], long_ids, feedback="legs")
    assert [[b.callback_data for b in row] for row in voted.inline_keyboard] == [
        ["t:a"],
        ["f+:legs", "f-:legs"],
    ]
