"""Wiring only: the python-telegram-bot Application with its handlers, services and start-up hook."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from telegram import BotCommand
from telegram.error import TelegramError
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

from bot.sessions import ContextStore
from bot.tgbot import handlers, inline, messages
from bot.tgbot.errors import on_error
from bot.tgbot.processor import ChatOrderedProcessor
from bot.tgbot.replies import CONTEXTS, ENGINE, LONG_IDS
from bot.tgbot.settings import Settings

try:
    from bot.tgbot.transport import AiohttpRequest
except ImportError:  # aiohttp missing
    AiohttpRequest = None  # type: ignore[assignment,misc]

if TYPE_CHECKING:
    from bot.engine import Engine

log = logging.getLogger("bot.tgbot")

# The command menu registered with setMyCommands at start-up.
COMMANDS = (
    BotCommand("start", "Welcome and topics"),
    BotCommand("help", "How to ask"),
    BotCommand("causes", "What causes spasms and cramps"),
    BotCommand("emergency", "When it is urgent: get help now"),
    BotCommand("about", "The source and what this bot is"),
    BotCommand("privacy", "What is kept about you"),
    BotCommand("forget", "Forget our conversation"),
)
# The update types the bot asks Telegram for (channel posts are never fetched).
ALLOWED_UPDATES = ("message", "edited_message", "callback_query", "inline_query")
# Commands answer new messages only; editing a command does not run it again.
NEW = filters.UpdateType.MESSAGE


async def post_init(application: Application) -> None:
    """Register the command menu; the bot's own username is already known from getMe."""
    try:
        await application.bot.set_my_commands(COMMANDS)
    except TelegramError as error:
        log.warning("could not register the command menu (%s)", type(error).__name__)
    log.info("running as @%s", application.bot.username)


def rate_limiter(settings: Settings) -> AIORateLimiter:
    """Telegram's flood limits with 429 retry-after honoured; ceilings lifted only for benchmarks."""
    if settings.flood_limits:
        return AIORateLimiter(max_retries=3)
    return AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=3)


def build_application(settings: Settings, engine: Engine) -> Application:
    """The Application: rate limiter, per-chat ordered concurrency, handlers, services in bot_data."""
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .rate_limiter(rate_limiter(settings))
        .concurrent_updates(ChatOrderedProcessor(settings.concurrency))
        .post_init(post_init)
    )
    if AiohttpRequest is not None:  # else python-telegram-bot's default httpx transport
        builder = builder.request(AiohttpRequest()).get_updates_request(
            AiohttpRequest(connection_pool_size=1)
        )
    if settings.base_url:
        builder = builder.base_url(settings.base_url)
    application = builder.build()
    application.bot_data[ENGINE] = engine
    application.bot_data[CONTEXTS] = ContextStore(ttl=settings.context_ttl, max_chats=settings.max_chats)
    application.bot_data[LONG_IDS] = {}

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
    application.add_handler(CallbackQueryHandler(handlers.button))
    application.add_handler(MessageHandler(messages.QUESTIONS, messages.question))
    application.add_handler(MessageHandler(messages.NON_TEXT, messages.non_text))
    application.add_handler(InlineQueryHandler(inline.inline_query))
    application.add_error_handler(on_error)
    return application
