"""bot.render.plain: the plain-text layout used by the terminal and by `ask`."""

from __future__ import annotations

import pytest

from bot.model import Choice, Reply, Section
from bot.render import plain

DISCLAIMER = "General information, not medical advice."


def _reply(**kw) -> Reply:
    base = dict(kind="answer", intents=("leg_cramps",), urgent=False, sections=())
    base.update(kw)
    return Reply(**base)


def test_section_title_body_and_source():
    """A section prints its title, its body and a "Source:" line, in that order."""
    section = Section(
        "answer", "Why legs cramp", "  Body text.\n\nSecond paragraph.  ", "leg_cramps", "the article"
    )
    assert (
        plain(_reply(sections=(section,)))
        == "Why legs cramp\nBody text.\n\nSecond paragraph.\nSource: the article"
    )


def test_urgent_title_is_upper_case():
    """An urgent section's title is shouted; other titles are not."""
    urgent = Section("urgent", "Get help now", "Call 112 now.")
    answer = Section("answer", "Coronary artery spasm", "Text.")
    text = plain(_reply(kind="urgent", urgent=True, triage="emergency", sections=(urgent, answer)))
    assert text.startswith("GET HELP NOW\nCall 112 now.")
    assert "\n\nCoronary artery spasm\nText." in text


def test_section_without_title_or_source():
    """A message section without a title prints just its body."""
    assert (
        plain(_reply(kind="fallback", intents=(), sections=(Section("message", "", "Sorry."),))) == "Sorry."
    )


def test_blocks_are_separated_by_blank_lines_and_disclaimer_is_last():
    """Sections, choices, related topics and the disclaimer are blocks separated by one blank line."""
    reply = _reply(
        sections=(Section("answer", "A", "a"), Section("general", "B", "b")),
        choices=(Choice("x", "First"), Choice("y", "Second")),
        related=(Choice("z", "Third"), Choice("w", "Fourth")),
        disclaimer=DISCLAIMER,
    )
    assert plain(reply).split("\n\n") == [
        "A\na",
        "B\nb",
        "  - First\n  - Second",
        "Related: Third | Fourth",
        DISCLAIMER,
    ]


@pytest.mark.parametrize(
    ("numbered", "lines"), [(False, ["  - First", "  - Second"]), (True, ["  1. First", "  2. Second"])]
)
def test_choices_bulleted_or_numbered(numbered, lines):
    """Choices are bullets, or numbered from 1 for the terminal (where a number picks one)."""
    reply = _reply(kind="clarify", intents=(), sections=(Section("message", "", "Did you mean:"),),
                   choices=(Choice("x", "First"), Choice("y", "Second")))  # fmt: skip
    assert plain(reply, numbered=numbered).splitlines()[-2:] == lines


def test_no_disclaimer_no_trailing_block():
    """A reply without a disclaimer ends with its last block, with no trailing blank lines."""
    text = plain(
        _reply(kind="smalltalk", intents=("greeting",), sections=(Section("answer", "Hello", "Hi!"),))
    )
    assert text == "Hello\nHi!"


def test_real_replies_render_their_parts(engine):
    """A real answer renders its title, source, general-guidance label, related topics and disclaimer."""
    reply = engine.reply("why do my legs cramp")
    text = plain(reply)
    assert text.startswith(reply.sections[0].title + "\n")
    assert f"Source: {reply.sections[0].source}" in text
    assert engine.message("general_label") in text
    assert "Related: " + " | ".join(c.label for c in reply.related) in text
    assert text.endswith(reply.disclaimer)
    assert "\n\n\n" not in text
