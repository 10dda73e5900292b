"""python-telegram-bot's lifecycle hooks: what happens after start-up, after stop, after shutdown."""

from __future__ import annotations

import asyncio
import gc
import logging

from telegram import BotCommand
from telegram.error import TelegramError
from telegram.ext import Application

from bot.tgbot.services import Services
from bot.tgbot.web import WebServer

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


async def post_init(application: Application) -> None:
    """Open the store, register the command menu, start the web server if there is one to serve."""
    services: Services = application.bot_data
    settings = services.settings
    services.loop = asyncio.get_running_loop()
    await services.store.open()
    try:
        await application.bot.set_my_commands(COMMANDS)
    except TelegramError as error:
        log.warning("could not register the command menu (%s)", type(error).__name__)
    if settings.webhook_url or settings.metrics_port:
        path = settings.webhook_path if settings.webhook_url else None
        services.web = WebServer(application, path, settings.webhook_secret)
        await services.web.start(
            settings.listen, settings.port if settings.webhook_url else settings.metrics_port
        )
    gc.freeze()  # the engine and libraries live as long as the process: keep them out of GC passes
    log.info("running as @%s, %s store", application.bot.username, services.store.kind)


async def post_stop(application: Application) -> None:
    """Updates are no longer handled; say so."""
    log.info("stopped handling updates")


async def post_shutdown(application: Application) -> None:
    """Close the web server and the store."""
    services: Services = application.bot_data
    if services.web is not None:
        await services.web.close()
    await services.store.close()
    log.info("shut down")
