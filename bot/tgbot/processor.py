"""Concurrent updates, in order within each chat: many chats at once, one turn at a time per chat."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Hashable
from contextlib import AbstractAsyncContextManager
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


def chat_key(update: object) -> Hashable | None:
    """The conversation an update belongs to: its chat, or the user for inline queries."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return ("user", update.effective_user.id)
    return None


WAITING_LIMIT = 10_000  # updates in hand at once, most of them waiting for their chat's turn


def _no_turn(update: object) -> AbstractAsyncContextManager[None]:
    return contextlib.nullcontext()


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Processes up to ``max_concurrent_updates`` updates at once, but each chat's strictly in turn,
    so a chat's conversation context never sees two turns racing.

    ``turn(update)`` is entered around each update once it is the chat's turn in this process: the
    conversation store uses it to take the turn across replicas too.

    An update waiting for its chat's turn holds no working slot (python-telegram-bot's own limit is set
    high and the real one is taken after the chat's lock), so one busy chat never stalls the others.
    """

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(WAITING_LIMIT)
        self.working = max_concurrent_updates
        self._slots = asyncio.BoundedSemaphore(max_concurrent_updates)
        self._locks: dict[Hashable, tuple[asyncio.Lock, int]] = {}
        self.turn: Callable[[object], AbstractAsyncContextManager[None]] = _no_turn

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = chat_key(update)
        if key is None:
            async with self.turn(update), self._slots:
                await coroutine
            return
        lock, users = self._locks.get(key) or (asyncio.Lock(), 0)
        self._locks[key] = (lock, users + 1)
        try:
            async with lock, self.turn(update), self._slots:
                await coroutine
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""
