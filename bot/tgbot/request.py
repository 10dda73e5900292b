"""python-telegram-bot's default HTTPX transport, counted: Bot API errors by type, and when the
Bot API last answered (for ``/readyz``)."""

from __future__ import annotations

import time
from typing import Any

from telegram.error import BadRequest, Conflict, InvalidToken, NetworkError, TelegramError
from telegram.request import HTTPXRequest

from bot.tgbot.metrics import Metrics


class Health:
    """When the Bot API last answered (monotonic seconds; 0 never)."""

    def __init__(self) -> None:
        self.api_answered = 0.0

    def answered(self) -> None:
        self.api_answered = time.monotonic()

    def api_age(self) -> float:
        return time.monotonic() - self.api_answered if self.api_answered else float("inf")


class CountingRequest(HTTPXRequest):
    """``HTTPXRequest`` that notes each Bot API answer and counts each error by type."""

    __slots__ = ("_health", "_metrics")

    def __init__(self, metrics: Metrics, health: Health, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._metrics, self._health = metrics, health

    async def post(self, *args: Any, **kwargs: Any) -> Any:
        try:
            result = await super().post(*args, **kwargs)
        except TelegramError as error:
            self._metrics.api_error(error)
            # A refusal (400, 403, 429) is still an answer; a 409 Conflict (another instance polls) means this
            # replica receives nothing, so it is not ready.
            refused = isinstance(error, BadRequest) or not isinstance(
                error, (NetworkError, InvalidToken, Conflict)
            )
            if refused:
                self._health.answered()
            raise
        self._health.answered()
        return result
