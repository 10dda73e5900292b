"""Command and button handlers: /start, /help, /causes, /emergency, /about, /privacy, /forget, presses."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.tgbot.keyboards import intent_of
from bot.tgbot.replies import (
    LONG_IDS,
    contexts_of,
    engine_of,
    recall,
    remember,
    send_reply,
    send_text,
)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet with topic buttons and the disclaimer, or open a deep-linked topic (/start PAYLOAD)."""
    message = update.effective_message
    chat_id = update.effective_chat.id
    engine = engine_of(context)
    contexts_of(context).forget(chat_id)
    intent = engine.deep_link(context.args[0]) if context.args else None
    if intent:
        reply = engine.topic(intent, now=recall(context, chat_id)[1])
        remember(context, chat_id, reply)
        await send_reply(context, chat_id, reply, message)
        return
    await send_text(
        context,
        chat_id,
        engine.message("welcome"),
        engine.menu("start"),
        message,
        footer=engine.message("disclaimer"),
    )


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say how to ask and which commands there are."""
    engine = engine_of(context)
    await send_text(
        context,
        update.effective_chat.id,
        engine.message("help"),
        engine.menu("start"),
        update.effective_message,
    )


async def causes(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer every cause the article covers as buttons."""
    engine = engine_of(context)
    text = engine.message("causes")
    await send_text(context, update.effective_chat.id, text, engine.menu("causes"), update.effective_message)


async def emergency(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Give the urgent-care guidance at once."""
    await send_reply(
        context, update.effective_chat.id, engine_of(context).emergency(), update.effective_message
    )


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Name the source article and say what the bot is and is not."""
    engine = engine_of(context)
    await send_text(
        context,
        update.effective_chat.id,
        engine.message("about"),
        reply_to=update.effective_message,
        footer=engine.message("disclaimer"),
    )


async def privacy(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say what is kept: only short-lived conversation context in memory."""
    text = engine_of(context).message("privacy")
    await send_text(context, update.effective_chat.id, text, reply_to=update.effective_message)


async def forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Drop this chat's conversation context."""
    contexts_of(context).forget(update.effective_chat.id)
    text = engine_of(context).message("forgotten")
    await send_text(context, update.effective_chat.id, text, reply_to=update.effective_message)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer an unknown command in a private chat with the help text."""
    await help_command(update, context)


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a topic button press (always, first) and show the topic."""
    query = update.callback_query
    engine = engine_of(context)
    intent = intent_of(query.data, context.bot_data.setdefault(LONG_IDS, {}))
    chat = query.message.chat if query.message is not None else None
    if intent is None or chat is None or not engine.knows(intent):  # e.g. a topic an older version had
        await query.answer(engine.message("expired_button"))
        return
    before, now = recall(context, chat.id)
    reply = engine.topic(intent, context=before, now=now)
    await query.answer()
    remember(context, chat.id, reply)
    await send_reply(context, chat.id, reply)
