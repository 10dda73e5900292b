"""Contexts in this process's memory: the default, lost on restart, bounded by a cap on chats."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable

from bot.model import Context
from bot.tgbot.store.base import Store


class MemoryStore(Store):
    """Least-recently-active first out past ``max_chats``; expired contexts are deleted as time passes."""

    kind = "memory"

    def __init__(self, ttl: float, max_chats: int, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(ttl)
        if max_chats <= 0:
            raise ValueError("max_chats must be positive")
        self.max_chats = max_chats
        self._clock = clock
        self._items: OrderedDict[str, tuple[Context, float]] = OrderedDict()  # key -> (context, expires)

    def __len__(self) -> int:
        return len(self._items)

    def _purge(self, now: float) -> None:
        """Delete expired contexts: the least recently touched come first, so stop at a live one."""
        while self._items:
            key, (_, expires) = next(iter(self._items.items()))
            if expires > now:
                break
            del self._items[key]

    async def load(self, key: str) -> Context:
        now = self._clock()
        self._purge(now)
        item = self._items.get(key)
        if item is None:
            return Context()
        self._items[key] = (item[0], now + self.ttl)
        self._items.move_to_end(key)
        return item[0]

    async def save(self, key: str, context: Context) -> None:
        now = self._clock()
        self._items[key] = (context, now + self.ttl)
        self._items.move_to_end(key)
        self._purge(now)
        while len(self._items) > self.max_chats:
            self._items.popitem(last=False)

    async def forget(self, key: str) -> None:
        self._items.pop(key, None)
