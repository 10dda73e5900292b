"""Per-chat conversation context, in memory only: a time-to-live and a cap on the number of chats."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable

from bot.model import Context

DEFAULT_TTL = 30 * 60.0
DEFAULT_MAX_CHATS = 10_000


class ContextStore:
    """Least-recently-used map of chat id to Context; expired entries read as a fresh Context.

    Nothing here is ever written to disk or logged. Memory is bounded by ``max_chats``.
    """

    def __init__(
        self,
        ttl: float = DEFAULT_TTL,
        max_chats: int = DEFAULT_MAX_CHATS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if ttl <= 0 or max_chats <= 0:
            raise ValueError("ttl and max_chats must be positive")
        self.ttl = ttl
        self.max_chats = max_chats
        self._clock = clock
        self._items: OrderedDict[Hashable, Context] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, chat: Hashable) -> Context:
        """The chat's context, or an empty one if there is none or it has expired."""
        context = self._items.get(chat)
        if context is None:
            return Context()
        if self._clock() - context.updated > self.ttl:
            del self._items[chat]
            return Context()
        return context

    def put(self, chat: Hashable, context: Context) -> None:
        """Remember the chat's context, dropping the least recently used chat past the cap."""
        self._items[chat] = context
        self._items.move_to_end(chat)
        while len(self._items) > self.max_chats:
            self._items.popitem(last=False)

    def forget(self, chat: Hashable) -> None:
        """Drop everything remembered about the chat (``/forget`` and ``/start``)."""
        self._items.pop(chat, None)

    def now(self) -> float:
        return self._clock()
