"""Command and button handlers: /start, /help, /causes, /emergency, /about, /privacy, /forget, presses."""

from __future__ import annotations

import time

from telegram import Update

from bot.tgbot.keyboards import intent_of
from bot.tgbot.replies import send_reply, send_text
from bot.tgbot.services import Ctx


async def start(update: Update, context: Ctx) -> None:
    """Greet with topic buttons and the disclaimer, or open a deep-linked topic (/start PAYLOAD)."""
    message = update.effective_message
    chat_id = update.effective_chat.id
    services = context.bot_data
    engine = services.engine
    await services.forget(chat_id)
    intent = engine.deep_link(context.args[0]) if context.args else None
    if intent:
        reply = engine.topic(intent, now=time.time())
        services.metrics.reply(reply, "deep_link")
        await services.remember(chat_id, reply)
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


async def help_command(update: Update, context: Ctx) -> None:
    """Say how to ask and which commands there are."""
    engine = context.bot_data.engine
    await send_text(
        context,
        update.effective_chat.id,
        engine.message("help"),
        engine.menu("start"),
        update.effective_message,
    )


async def causes(update: Update, context: Ctx) -> None:
    """Offer every cause the article covers as buttons."""
    engine = context.bot_data.engine
    text = engine.message("causes")
    await send_text(context, update.effective_chat.id, text, engine.menu("causes"), update.effective_message)


async def emergency(update: Update, context: Ctx) -> None:
    """Give the urgent-care guidance at once."""
    reply = context.bot_data.engine.emergency()
    await send_reply(context, update.effective_chat.id, reply, update.effective_message)


async def about(update: Update, context: Ctx) -> None:
    """Name the source article and say what the bot is and is not."""
    engine = context.bot_data.engine
    await send_text(
        context,
        update.effective_chat.id,
        engine.message("about"),
        reply_to=update.effective_message,
        footer=engine.message("disclaimer"),
    )


async def privacy(update: Update, context: Ctx) -> None:
    """Say what is kept: a short-lived conversation context under a salted key, never message text."""
    text = context.bot_data.engine.message("privacy")
    await send_text(context, update.effective_chat.id, text, reply_to=update.effective_message)


async def forget(update: Update, context: Ctx) -> None:
    """Delete this chat's conversation context from the store."""
    await context.bot_data.forget(update.effective_chat.id)
    text = context.bot_data.engine.message("forgotten")
    await send_text(context, update.effective_chat.id, text, reply_to=update.effective_message)


async def unknown_command(update: Update, context: Ctx) -> None:
    """Answer an unknown command in a private chat with the help text."""
    await help_command(update, context)


async def button(update: Update, context: Ctx) -> None:
    """Answer a topic button press (always, first) and show the topic."""
    query = update.callback_query
    services = context.bot_data
    engine = services.engine
    intent = intent_of(query.data, services.long_ids)
    chat = query.message.chat if query.message is not None else None
    if intent is None or chat is None or not engine.knows(intent):  # e.g. a topic an older version had
        await query.answer(engine.message("expired_button"))
        return
    before, now = await services.recall(chat.id)
    reply = engine.topic(intent, context=before, now=now)
    await query.answer()
    services.metrics.reply(reply, "button")
    await services.remember(chat.id, reply)
    await send_reply(context, chat.id, reply)


async def stale_button(update: Update, context: Ctx) -> None:
    """Answer a press on a button this bot no longer knows, so the client stops waiting."""
    await update.callback_query.answer(context.bot_data.engine.message("expired_button"))
