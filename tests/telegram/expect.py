"""What the bot should send, computed from the engine itself (so tests follow the knowledge base)."""

from __future__ import annotations

from typing import Any

from bot.model import Context
from bot.tgbot.html import escape, render


def rendered(engine: Any, reply: Any) -> list[str]:
    """The HTML texts the bot sends for an engine reply."""
    labels = {name: engine.message(name) for name in ("related_label", "suggestions_label")}
    return [out.text for out in render(reply, labels)]


def answer_to(engine: Any, text: str) -> Any:
    """The engine's reply to ``text`` in a fresh conversation."""
    return engine.reply(text, context=Context(), now=0.0)


def fixed(engine: Any, name: str) -> str:
    """The escaped first paragraph of one of the engine's fixed messages."""
    return escape(engine.message(name).split("\n\n")[0].strip())
