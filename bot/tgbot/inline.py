"""Inline mode: "@bot leg cramps" in any chat offers up to five shareable answers, disclaimer included."""

from __future__ import annotations

import hashlib

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode

from bot.model import Reply
from bot.tgbot.html import article, preview
from bot.tgbot.replies import NO_PREVIEW
from bot.tgbot.services import Ctx

MAX_RESULTS = 5
CACHE_SECONDS = 300


def _result(result_id: str, title: str, reply: Reply) -> InlineQueryResultArticle:
    if len(result_id.encode("utf-8")) > 64:  # Telegram's limit for result ids
        result_id = hashlib.sha256(result_id.encode("utf-8")).hexdigest()[:32]
    return InlineQueryResultArticle(
        id=result_id,
        title=title,
        description=preview(reply),
        input_message_content=InputTextMessageContent(
            article(reply), parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
        ),
    )


async def inline_query(update: Update, context: Ctx) -> None:
    """Offer the best-matching topics; red-flag guidance first when the query describes one."""
    engine = context.bot_data.engine
    text = " ".join(update.inline_query.query.split())
    results = []
    triaged = engine.reply(text) if text else None
    if triaged is not None:
        context.bot_data.metrics.reply(triaged, "inline")
    if triaged is not None and triaged.triage:  # only the guidance: no topic to share in its place
        result = _result(f"triage:{triaged.triage}", triaged.sections[0].title, triaged)
        await update.inline_query.answer([result], cache_time=CACHE_SECONDS, is_personal=False)
        return
    intents = engine.suggest(text, limit=MAX_RESULTS) if text else ()
    if not intents:
        intents = tuple(choice.intent for choice in engine.menu("start"))
    for intent in intents[: MAX_RESULTS - len(results)]:
        results.append(_result(f"t:{intent}", engine.label(intent), engine.topic(intent)))
    await update.inline_query.answer(results, cache_time=CACHE_SECONDS, is_personal=False)
