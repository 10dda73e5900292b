"""Sending: the services handlers share (engine, context store) and the one way replies go out."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from telegram import Chat, LinkPreviewOptions, Message, ReplyParameters
from telegram.constants import ChatAction, ParseMode
from telegram.ext import ContextTypes

from bot.model import Choice, Context, Reply
from bot.sessions import ContextStore
from bot.tgbot.html import Outgoing, blocks, join, render
from bot.tgbot.keyboards import keyboard

if TYPE_CHECKING:
    from bot.engine import Engine

ENGINE = "engine"
CONTEXTS = "contexts"
LONG_IDS = "long_ids"  # digest -> intent id, for intent ids too long for callback data
LABELS = ("related_label", "suggestions_label")
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def engine_of(context: ContextTypes.DEFAULT_TYPE) -> Engine:
    return context.bot_data[ENGINE]


def contexts_of(context: ContextTypes.DEFAULT_TYPE) -> ContextStore:
    return context.bot_data[CONTEXTS]


def remember(context: ContextTypes.DEFAULT_TYPE, chat_id: int, reply: Reply) -> None:
    """Store the conversation context the engine returned for this chat (memory only)."""
    contexts_of(context).put(chat_id, reply.context)


def recall(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> tuple[Context, float]:
    """The chat's conversation context and the time of this turn."""
    return contexts_of(context).get(chat_id), time.time()


async def typing(context: ContextTypes.DEFAULT_TYPE, chat_id: int, thread_id: int | None = None) -> None:
    """Show "typing…" in the chat while the answer is prepared."""
    await context.bot.send_chat_action(chat_id, ChatAction.TYPING, message_thread_id=thread_id)


async def send(
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    messages: list[Outgoing],
    reply_to: Message | None = None,
) -> None:
    """Send messages in order; in groups the first one quotes the message it answers."""
    quote = reply_to is not None and reply_to.chat.type != Chat.PRIVATE
    thread_id = reply_to.message_thread_id if reply_to is not None and reply_to.is_topic_message else None
    long_ids = context.bot_data.setdefault(LONG_IDS, {})
    for index, out in enumerate(messages):
        await context.bot.send_message(
            chat_id,
            out.text,
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard(out.buttons, long_ids),
            link_preview_options=NO_PREVIEW,
            message_thread_id=thread_id,
            reply_parameters=(
                ReplyParameters(reply_to.message_id, allow_sending_without_reply=True)
                if quote and index == 0 and reply_to is not None
                else None
            ),
        )


async def send_reply(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, reply: Reply, reply_to: Message | None = None
) -> None:
    """Send an engine reply: urgent guidance first, answer, disclaimer, topic buttons."""
    engine = engine_of(context)
    labels = {name: engine.message(name) for name in LABELS}
    await send(context, chat_id, render(reply, labels), reply_to)


async def send_text(
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    text: str,
    buttons: tuple[Choice, ...] = (),
    reply_to: Message | None = None,
    footer: str | None = None,
) -> None:
    """Send a fixed plain text (escaped here), with an optional italic footer and topic buttons."""
    parts = blocks(text) + (blocks(footer, "i") if footer else [])
    texts = join(parts)
    messages = [Outgoing(t) for t in texts[:-1]] + [Outgoing(texts[-1], buttons)]
    await send(context, chat_id, messages, reply_to)
