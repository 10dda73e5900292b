"""Running the Application: wait for the Bot API, poll or serve a webhook, stop cleanly on a signal."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import os
import signal
import sys
from pathlib import Path

from telegram.error import BadRequest, InvalidToken, NetworkError
from telegram.ext import Application

from bot.tgbot.app import ALLOWED_UPDATES, build_application
from bot.tgbot.errors import configure_logging, on_polling_error
from bot.tgbot.settings import Settings

log = logging.getLogger("bot.tgbot")

REJECTED = (
    "spasm-bot telegram: Telegram rejected the bot token (Unauthorized).\n"
    "Check TELEGRAM_BOT_TOKEN or the --token-file; @BotFather's /token shows the current one."
)


async def _wait(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)


async def initialize(application: Application, stop: asyncio.Event) -> bool:
    """Initialize (getMe), waiting out an unreachable Bot API; False if stopped first.

    InvalidToken and other refusals are raised: waiting would not fix them.
    """
    delay = 1.0
    while not stop.is_set():
        try:
            await application.initialize()
            return True
        except BadRequest:
            raise
        except NetworkError as error:  # includes TimedOut
            log.warning("Bot API unreachable (%s); retrying in %.0f s", type(error).__name__, delay)
            await _wait(stop, delay)
            delay = min(30.0, delay * 1.5)
    return False


async def serve(application: Application, settings: Settings, stop: asyncio.Event) -> None:
    """Run until ``stop`` is set: long polling, or the webhook server when a webhook URL is set."""
    ready = False
    try:
        ready = await initialize(application, stop)
    finally:
        if not ready:  # stopped while waiting, or refused: release the HTTP clients
            await application.bot.shutdown()
    if not ready:
        return
    gc.freeze()  # the engine and libraries live as long as the process: keep them out of GC passes
    try:
        if application.post_init:
            await application.post_init(application)
        if settings.webhook_url:
            await application.updater.start_webhook(
                listen=settings.listen,
                port=settings.port,
                url_path=settings.webhook_path,
                webhook_url=settings.webhook_url,
                secret_token=settings.webhook_secret,
                allowed_updates=list(ALLOWED_UPDATES),
                bootstrap_retries=-1,
            )
            log.info("webhook server on %s:%s", settings.listen, settings.port)
        else:
            await application.updater.start_polling(
                timeout=settings.poll_timeout,
                allowed_updates=list(ALLOWED_UPDATES),
                bootstrap_retries=-1,
                error_callback=on_polling_error,
            )
            log.info("long polling")
        await application.start()
        await stop.wait()
        log.info("stopping")
    finally:
        if application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        await application.shutdown()


async def _serve_until_signal(application: Application, settings: Settings) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on Windows / not main thread
            loop.add_signal_handler(sig, stop.set)
    try:
        await serve(application, settings, stop)
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)


def main(settings: Settings) -> int:
    """Load the engine, build the bot and run it until SIGINT/SIGTERM; the process exit status."""
    from bot.engine import Engine

    # Opt in to python-telegram-bot 22's timedelta periods, so a 429's retry_after warns no deprecation.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    configure_logging(settings.token)
    knowledge = Path(settings.knowledge) if settings.knowledge else None
    engine = Engine.load(knowledge_dir=knowledge, emergency_number=settings.emergency_number)
    application = build_application(settings, engine)
    try:
        asyncio.run(_serve_until_signal(application, settings))
    except InvalidToken:
        print(REJECTED, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0
