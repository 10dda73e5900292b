"""What handlers share, reached as ``context.bot_data`` and typed through ``ContextTypes``."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import CallbackContext, ContextTypes, ExtBot

from bot.model import Context, Reply
from bot.tgbot.store import STORE_ERRORS
from bot.tgbot.store.keys import chat_key

if TYPE_CHECKING:
    from bot.engine import Engine
    from bot.tgbot.metrics import Metrics
    from bot.tgbot.request import Health
    from bot.tgbot.settings import Settings
    from bot.tgbot.store import Store
    from bot.tgbot.web import WebServer

log = logging.getLogger(__name__)

API_FRESH = 60.0  # /readyz: the Bot API answered within this many seconds (or answers getMe now)
CHECK_SECONDS = 3.0  # the most a readiness check waits for the store or the Bot API


class Services:
    """The engine, the conversation store, metrics and health; filled in by ``build_application``."""

    engine: Engine
    store: Store
    metrics: Metrics
    health: Health
    settings: Settings
    long_ids: dict[str, str]  # digest -> intent id, for intent ids too long for callback data
    web: WebServer | None = None
    loop: asyncio.AbstractEventLoop | None = None  # the bot's event loop, once it runs

    def setup(
        self, settings: Settings, engine: Engine, store: Store, metrics: Metrics, health: Health
    ) -> None:
        """Attach the services (once, while the Application is built)."""
        self.settings = settings
        self.engine = engine
        self.store = store
        self.metrics = metrics
        self.health = health
        # No salt (memory only): a random one, as good as any for contexts that die with the process.
        self._salt = (settings.store_salt or secrets.token_hex(32)).encode("utf-8")
        self.long_ids = {}

    def key(self, chat_id: int) -> str:
        """The store key of a chat: a salted hash, never the id."""
        return chat_key(self._salt, chat_id)

    async def recall(self, chat_id: int) -> tuple[Context, float]:
        """The chat's conversation context (its time-to-live renewed) and the time of this turn; a fresh one
        when the store is down, so the message is still answered (triage needs no store)."""
        try:
            return await self.store.load(self.key(chat_id)), time.time()
        except STORE_ERRORS as error:
            self.store_failed(error)
            return Context(), time.time()

    async def remember(self, chat_id: int, reply: Reply) -> None:
        """Keep the context the engine returned; never the message text. A store that is down loses it."""
        try:
            await self.store.save(self.key(chat_id), reply.context)
        except STORE_ERRORS as error:
            self.store_failed(error)

    def store_failed(self, error: BaseException) -> None:
        """Count a store failure and log its type only; the conversation goes on without the store."""
        self.metrics.store_errors.inc()
        log.warning("conversation store unreachable (%s): answering without it", type(error).__name__)

    async def forget(self, chat_id: int) -> None:
        await self.store.forget(self.key(chat_id))

    def update_key(self, update: object) -> str | None:
        """The store key of the chat an update belongs to, if it belongs to one."""
        chat = update.effective_chat if isinstance(update, Update) else None
        return self.key(chat.id) if chat is not None else None

    @contextlib.asynccontextmanager
    async def turn(self, update: object) -> AsyncIterator[None]:
        """Hold the update's chat across replicas while it is handled, and time the handling."""
        key = self.update_key(update)
        update_id = update.update_id if isinstance(update, Update) else None
        async with contextlib.AsyncExitStack() as stack:
            if key:
                try:
                    await stack.enter_async_context(self.store.turn(key, update_id))
                except STORE_ERRORS as error:  # no ordering across replicas, but an answer all the same
                    self.store_failed(error)
            with self.metrics.latency.time():
                yield

    async def readiness(self, bot: Any) -> dict[str, str]:
        """For the store and the Bot API: "ok", or what is wrong."""
        checks = {}
        try:
            await asyncio.wait_for(self.store.ping(), CHECK_SECONDS)
            checks["store"] = "ok"
        except Exception as error:  # any failure means not ready (a probe, not a use: not counted)
            checks["store"] = type(error).__name__
        if self.health.api_age() > API_FRESH:
            with contextlib.suppress(TelegramError, asyncio.TimeoutError):
                await asyncio.wait_for(bot.get_me(), CHECK_SECONDS)
        checks["bot_api"] = "ok" if self.health.api_age() <= API_FRESH else "no recent answer"
        return checks


Ctx = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], Services]
CONTEXT_TYPES = ContextTypes(bot_data=Services)
