"""Webhook mode: python-telegram-bot's own run sequence, with our web server in place of its Updater.

``Application.run_webhook`` would bring its own (tornado) server; with one server for the webhook,
health and metrics, this follows PTB's custom-webhook pattern and ``run_polling``'s order of calls:
initialize (waiting out an unreachable Bot API), ``post_init``, setWebhook, start, run until a
signal or ``stop_running()``; then stop taking updates, stop, ``post_stop``, shutdown, ``post_shutdown``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence

from telegram.error import InvalidToken, NetworkError, RetryAfter
from telegram.ext import Application

from bot.tgbot.services import Services
from bot.tgbot.settings import Settings

log = logging.getLogger("bot.tgbot")
ALLOWED_UPDATES = ("message", "edited_message", "callback_query", "inline_query")


def _exit() -> None:
    raise SystemExit  # as python-telegram-bot does on a stop signal


async def retrying(call: Callable[[], Awaitable[object]], what: str) -> None:
    """Call until it succeeds, backing off from 1 s to 30 s on network errors; refusals are raised."""
    delay = 1.0
    while True:
        try:
            await call()
            return
        except InvalidToken:
            raise
        except (NetworkError, RetryAfter) as error:  # BadRequest is a NetworkError too: not worth waiting
            if type(error).__name__ == "BadRequest":
                raise
            log.warning("%s failed (%s); retrying in %.0f s", what, type(error).__name__, delay)
            await asyncio.sleep(delay)
            delay = min(30.0, delay * 1.5)


async def set_webhook(application: Application, settings: Settings) -> None:
    """Register the webhook with the secret and the update types the bot uses."""
    await application.bot.set_webhook(
        settings.webhook_url, secret_token=settings.webhook_secret, allowed_updates=list(ALLOWED_UPDATES)
    )


def run_webhook(application: Application, settings: Settings, stop_signals: Sequence[int] = ()) -> None:
    """Serve the webhook until a stop signal or ``application.stop_running()``, then stop cleanly."""
    loop = asyncio.get_event_loop()
    services: Services = application.bot_data
    for sig in stop_signals:
        loop.add_signal_handler(sig, _exit)
    try:
        loop.run_until_complete(retrying(application.initialize, "getMe"))
        if application.post_init:
            loop.run_until_complete(application.post_init(application))
        loop.run_until_complete(retrying(lambda: set_webhook(application, settings), "setWebhook"))
        loop.run_until_complete(application.start())
        log.info("webhook on %s:%s%s", settings.listen, settings.port, settings.webhook_path or "/")
        loop.run_forever()
    except (KeyboardInterrupt, SystemExit):
        log.info("stopping")
    finally:
        try:
            if services.web is not None:  # no more updates in, before the queue is drained
                loop.run_until_complete(services.web.close())
            if application.running:
                loop.run_until_complete(application.stop())
                if application.post_stop:
                    loop.run_until_complete(application.post_stop(application))
            loop.run_until_complete(application.shutdown())
            if application.post_shutdown:
                loop.run_until_complete(application.post_shutdown(application))
        finally:
            loop.close()
