"""Running the bot: load the engine, build the Application, poll (``run_polling``) or serve a webhook."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from telegram.error import InvalidToken
from telegram.ext import Application

from bot.tgbot.app import build_application
from bot.tgbot.errors import configure_logging
from bot.tgbot.settings import Settings
from bot.tgbot.webhook import ALLOWED_UPDATES, run_webhook

REJECTED = (
    "spasm-bot telegram: Telegram rejected the bot token (Unauthorized).\n"
    "Check TELEGRAM_BOT_TOKEN or the --token-file; @BotFather's /token shows the current one."
)
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


# Exit status when Telegram rejects the token (sysexits' EX_CONFIG): restarting cannot fix it, so the systemd
# unit does not restart on it, while any other failure (status 1) is restarted.
TOKEN_REJECTED = 78


def run(application: Application, settings: Settings, stop_signals: Sequence[int] = STOP_SIGNALS) -> None:
    """Run on the current thread's event loop until a stop signal or ``stop_running()``.

    Long polling is python-telegram-bot's ``run_polling``: it waits out an unreachable Bot API at
    start-up (``bootstrap_retries=-1``), backs off on network errors and runs the lifecycle hooks.
    """
    if settings.webhook_url:
        run_webhook(application, settings, stop_signals)
        return
    application.run_polling(
        timeout=settings.poll_timeout,
        bootstrap_retries=-1,
        allowed_updates=ALLOWED_UPDATES,
        stop_signals=stop_signals or None,
    )


def main(settings: Settings) -> int:
    """Load the engine, build the bot and run it until SIGINT/SIGTERM; the process exit status."""
    from bot.engine import Engine

    # Opt in to python-telegram-bot 22's timedelta periods, so a 429's retry_after warns no deprecation.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    configure_logging(settings.token, settings.log_format)
    knowledge = Path(settings.knowledge) if settings.knowledge else None
    engine = Engine.load(knowledge, settings.emergency_number, settings.urgent_care_line)
    application = build_application(settings, engine)
    asyncio.set_event_loop(asyncio.new_event_loop())  # run_polling uses the current loop
    try:
        run(application, settings)
    except InvalidToken:
        print(REJECTED, file=sys.stderr)
        return TOKEN_REJECTED
    return 0
