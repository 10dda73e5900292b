"""Wiring only: the python-telegram-bot Application with its handlers, services and lifecycle hooks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.tgbot import feedback, handlers, inline, messages
from bot.tgbot.errors import on_error
from bot.tgbot.keyboards import FEEDBACK_PATTERN, TOPIC_PATTERN, digest
from bot.tgbot.lifecycle import post_init, post_shutdown, post_stop
from bot.tgbot.metrics import Metrics
from bot.tgbot.processor import ChatOrderedProcessor
from bot.tgbot.request import CountingRequest, Health
from bot.tgbot.services import CONTEXT_TYPES, Services
from bot.tgbot.settings import Settings
from bot.tgbot.store import open_store

if TYPE_CHECKING:
    from bot.engine import Engine

# Commands answer new messages only; editing a command does not run it again.
NEW = filters.UpdateType.MESSAGE


def rate_limiter(settings: Settings) -> AIORateLimiter:
    """Telegram's flood limits with 429 retry-after honoured; ceilings lifted only for benchmarks."""
    if settings.flood_limits:
        return AIORateLimiter(max_retries=3)
    return AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=3)


def build_application(settings: Settings, engine: Engine) -> Application:
    """The Application: transport, rate limiter, per-chat ordered concurrency, hooks, services, handlers."""
    intents = tuple(engine.kb.answers)
    metrics, health = Metrics(intents), Health()
    processor = ChatOrderedProcessor(settings.concurrency)
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .context_types(CONTEXT_TYPES)
        .request(CountingRequest(metrics, health, connection_pool_size=settings.concurrency))
        .get_updates_request(CountingRequest(metrics, health, connection_pool_size=1))
        .rate_limiter(rate_limiter(settings))
        .concurrent_updates(processor)
        .post_init(post_init)
        .post_stop(post_stop)
        .post_shutdown(post_shutdown)
    )
    if settings.base_url:
        builder = builder.base_url(settings.base_url)
    application = builder.build()
    services: Services = application.bot_data
    store = open_store(settings.store, settings.context_ttl, settings.max_chats)
    services.setup(settings, engine, store, metrics, health)
    services.long_ids.update({digest(intent): intent for intent in intents})
    processor.turn = services.turn

    application.add_handler(CommandHandler("start", handlers.start, filters=NEW))
    application.add_handler(CommandHandler("help", handlers.help_command, filters=NEW))
    application.add_handler(CommandHandler("causes", handlers.causes, filters=NEW))
    application.add_handler(CommandHandler("emergency", handlers.emergency, filters=NEW))
    application.add_handler(CommandHandler("about", handlers.about, filters=NEW))
    application.add_handler(CommandHandler("privacy", handlers.privacy, filters=NEW))
    application.add_handler(CommandHandler("forget", handlers.forget, filters=NEW))
    application.add_handler(
        MessageHandler(NEW & filters.COMMAND & filters.ChatType.PRIVATE, handlers.unknown_command)
    )
    application.add_handler(CallbackQueryHandler(feedback.vote, pattern=FEEDBACK_PATTERN))
    application.add_handler(CallbackQueryHandler(handlers.button, pattern=TOPIC_PATTERN))
    application.add_handler(CallbackQueryHandler(handlers.stale_button))
    application.add_handler(MessageHandler(messages.QUESTIONS, messages.question))
    application.add_handler(MessageHandler(messages.NON_TEXT, messages.non_text))
    application.add_handler(InlineQueryHandler(inline.inline_query))
    application.add_error_handler(on_error)
    return application
