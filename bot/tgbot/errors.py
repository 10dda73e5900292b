"""Logging without secrets: the error handler, the token redactor and the logging set-up.

Only error types, update ids and code locations are logged: never message text, never the token.
"""

from __future__ import annotations

import contextlib
import logging
import traceback

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut

from bot.tgbot.services import Ctx
from bot.tgbot.store import STORE_ERRORS

log = logging.getLogger("bot.tgbot")

# Expected while running: a user blocked the bot, a message went stale, the network hiccupped.
EXPECTED = (Forbidden, BadRequest, TimedOut, NetworkError, RetryAfter)
# The conversation store failed (Redis or the SQLite file unreachable): an outage, not a bug.


def _where(error: BaseException) -> str:
    """The innermost code location of an error, without its message (which may quote user text)."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return "?"
    frame = frames[-1]
    return f"{frame.filename.rsplit('/', 2)[-1]}:{frame.lineno} in {frame.name}"


def describe(update: object, error: BaseException | None) -> str:
    """A log line naming the error type and the update id only."""
    update_id = update.update_id if isinstance(update, Update) else "-"
    return f"{type(error).__name__} (update {update_id})"


async def on_error(update: object, context: Ctx) -> None:
    """Log the error type and the update id, then carry on with the next update."""
    error = context.error
    if update is None and isinstance(error, NetworkError) and not isinstance(error, BadRequest):
        log.warning("Bot API unreachable (%s); retrying", type(error).__name__)  # polling backs off
    elif isinstance(error, Forbidden):
        log.info("%s: the user blocked the bot or left the chat", describe(update, error))
    elif isinstance(error, EXPECTED):
        log.warning("%s", describe(update, error))
    elif isinstance(error, TelegramError):
        log.error("%s", describe(update, error))
    else:  # the store is down, or a bug: say sorry rather than fall silent
        if isinstance(error, STORE_ERRORS):
            context.bot_data.metrics.store_errors.inc()
            log.warning("%s: the conversation store is unreachable", describe(update, error))
        else:
            log.error("%s at %s", describe(update, error), _where(error) if error else "?")
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is not None:
            with contextlib.suppress(TelegramError):
                await context.bot.send_message(chat.id, context.bot_data.engine.message("sorry"))


class RedactToken(logging.Filter):
    """Last line of defence: replace the token in any log record that somehow holds it."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self._token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if self._token:
            message = record.getMessage()
            if self._token in message:
                record.msg = message.replace(self._token, "<token>")
                record.args = ()
            if record.exc_info and self._token in logging.Formatter().formatException(record.exc_info):
                record.exc_info = None
                record.exc_text = None
        return True


def quiet_libraries() -> None:
    """Keep library loggers above the levels where they print URLs (the token) or message text.

    httpx logs every request URL at INFO; python-telegram-bot logs the API URL and request
    parameters at DEBUG.
    """
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("telegram").setLevel(logging.INFO)


def formatter(log_format: str) -> logging.Formatter:
    """Plain lines, or one JSON object a line (time, level, logger, message) for log pipelines."""
    if log_format == "json":
        from pythonjsonlogger.json import JsonFormatter

        return JsonFormatter(
            "%(asctime)s %(levelname)s %(name)s %(message)s",
            rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
        )
    return logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")


def configure_logging(token: str, log_format: str = "text", level: int = logging.INFO) -> None:
    """Log to stderr with library loggers quietened and the token redacted as a last resort."""
    handler = logging.StreamHandler()
    handler.setFormatter(formatter(log_format))
    handler.addFilter(RedactToken(token))
    logging.basicConfig(level=level, handlers=[handler])
    quiet_libraries()
