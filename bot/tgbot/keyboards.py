"""Buttons: topic buttons and 👍/👎 feedback, their callback data within Telegram's 64 bytes."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.model import Choice

MAX_CALLBACK_BYTES = 64  # Telegram refuses longer callback_data
TOPIC = "t:"  # "t:<intent id>"
HASHED = "h:"  # "h:<digest>" for intent ids too long to fit; looked up in ``long_ids``
VOTES = {"up": "f+:", "down": "f-:"}  # "f+:<intent id>" or "f+:#<digest>"
TOPIC_PATTERN = r"^[th]:"
FEEDBACK_PATTERN = r"^f[+-]:"
THUMBS = {"up": "👍", "down": "👎"}


def digest(intent: str) -> str:
    """A short stand-in for an intent id, the same in every process (``long_ids`` maps it back)."""
    return hashlib.sha256(intent.encode("utf-8")).hexdigest()[:32]


def _fits(data: str) -> bool:
    return len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES


def callback_data(intent: str, long_ids: Mapping[str, str]) -> str:
    """The callback data for a topic button; over-long intent ids are replaced by a digest."""
    data = TOPIC + intent
    return data if _fits(data) else HASHED + digest(intent)


def intent_of(data: str | None, long_ids: Mapping[str, str]) -> str | None:
    """The intent a button press names, or None for data this bot did not make (or has forgotten)."""
    if not data:
        return None
    if data.startswith(TOPIC):
        return data[len(TOPIC) :] or None
    if data.startswith(HASHED):
        return long_ids.get(data[len(HASHED) :])
    return None


def feedback_data(intent: str, vote: str) -> str:
    """The callback data of a 👍 or 👎 button under an answer about ``intent``."""
    data = VOTES[vote] + intent
    return data if _fits(data) else VOTES[vote] + "#" + digest(intent)


def feedback_of(data: str | None, long_ids: Mapping[str, str]) -> tuple[str, str | None] | None:
    """(vote, intent or None if unknown) for feedback data; None for any other data."""
    for vote, prefix in VOTES.items():
        if data and data.startswith(prefix):
            rest = data[len(prefix) :]
            return vote, long_ids.get(rest[1:]) if rest.startswith("#") else rest or None
    return None


def keyboard(
    choices: Sequence[Choice], long_ids: Mapping[str, str], feedback: str | None = None
) -> InlineKeyboardMarkup | None:
    """One button per row for a few topics, two per row for a long menu; then 👍 👎 for ``feedback``."""
    buttons = [
        InlineKeyboardButton(c.label[:64], callback_data=callback_data(c.intent, long_ids)) for c in choices
    ]
    width = 1 if len(buttons) <= 4 else 2
    rows = [buttons[i : i + width] for i in range(0, len(buttons), width)]
    if feedback:
        rows.append(
            [InlineKeyboardButton(THUMBS[v], callback_data=feedback_data(feedback, v)) for v in VOTES]
        )
    return InlineKeyboardMarkup(rows) if rows else None
