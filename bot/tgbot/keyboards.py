"""Topic buttons: inline keyboards whose callback data names an intent within Telegram's 64 bytes."""

from __future__ import annotations

import hashlib
from collections.abc import MutableMapping, Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.model import Choice

MAX_CALLBACK_BYTES = 64  # Telegram refuses longer callback_data
TOPIC = "t:"  # "t:<intent id>"
HASHED = "h:"  # "h:<digest>" for intent ids too long to fit; looked up in ``long_ids``


def callback_data(intent: str, long_ids: MutableMapping[str, str]) -> str:
    """The callback data for a topic button; over-long intent ids are replaced by a digest."""
    data = TOPIC + intent
    if len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES:
        return data
    digest = hashlib.sha256(intent.encode("utf-8")).hexdigest()[:32]
    long_ids[digest] = intent
    return HASHED + digest


def intent_of(data: str | None, long_ids: MutableMapping[str, str]) -> str | None:
    """The intent a button press names, or None for data this bot did not make (or has forgotten)."""
    if not data:
        return None
    if data.startswith(TOPIC):
        return data[len(TOPIC) :] or None
    if data.startswith(HASHED):
        return long_ids.get(data[len(HASHED) :])
    return None


def keyboard(choices: Sequence[Choice], long_ids: MutableMapping[str, str]) -> InlineKeyboardMarkup | None:
    """One button per row for a few topics, two per row for a long menu; None for no topics."""
    if not choices:
        return None
    buttons = [
        InlineKeyboardButton(c.label[:64], callback_data=callback_data(c.intent, long_ids)) for c in choices
    ]
    width = 1 if len(buttons) <= 4 else 2
    return InlineKeyboardMarkup([buttons[i : i + width] for i in range(0, len(buttons), width)])
