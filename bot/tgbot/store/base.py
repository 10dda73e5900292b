"""What every conversation store offers; backends override what they need."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from bot.model import Context


class Store:
    """One ``Context`` per chat key, with a time-to-live renewed by every read and write."""

    kind = "base"

    def __init__(self, ttl: float) -> None:
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self.ttl = ttl

    async def open(self) -> None:
        """Connect or create what the store needs."""

    async def close(self) -> None:
        """Release connections and files."""

    async def ping(self) -> None:
        """Raise if the store cannot be reached (readiness)."""

    async def load(self, key: str) -> Context:
        """The chat's context with its time-to-live renewed; a fresh one if none or expired."""
        raise NotImplementedError

    async def save(self, key: str, context: Context) -> None:
        """Keep the chat's context for another time-to-live."""
        raise NotImplementedError

    async def forget(self, key: str) -> None:
        """Delete the chat's context (``/forget``, ``/start``)."""
        raise NotImplementedError

    async def enqueue(self, key: str, update_id: int) -> None:
        """Note an update that arrived for the chat (webhook), before Telegram is told it arrived."""

    @contextlib.asynccontextmanager
    async def turn(self, key: str, update_id: int | None) -> AsyncIterator[None]:
        """Hold the chat while one update is handled. One process orders its own chats already."""
        yield
