"""👍/👎 under health answers: acknowledged at once, counted by intent; 👎 also offers nearby topics."""

from __future__ import annotations

from telegram import Update

from bot.tgbot.keyboards import feedback_of
from bot.tgbot.replies import send_text
from bot.tgbot.services import Ctx

MAX_TOPICS = 4


async def vote(update: Update, context: Ctx) -> None:
    """Count a vote; after 👎 offer the nearest other topics and /help. Nothing else is kept."""
    query = update.callback_query
    services = context.bot_data
    engine = services.engine
    vote_, intent = feedback_of(query.data, services.long_ids) or ("", None)
    services.metrics.vote(intent, vote_)
    await query.answer(engine.message("feedback_thanks"))
    chat = query.message.chat if query.message is not None else None
    if vote_ != "down" or chat is None:
        return
    nearby = engine.topic(intent).related if intent and engine.knows(intent) else ()
    topics = tuple(c for c in nearby if c.intent != intent)[:MAX_TOPICS] or engine.menu("start")
    await send_text(context, chat.id, engine.message("feedback_sorry"), topics)
