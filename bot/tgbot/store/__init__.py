"""Conversation contexts kept between turns: in memory, in SQLite (one host) or in Redis (replicas).

Every backend stores one JSON-encoded ``Context`` per chat under a salted hash of the chat id
(:func:`bot.tgbot.store.keys.chat_key`), with a time-to-live renewed on every read and write. No
message text is ever stored: a ``Context`` holds topic ids, offered choices and disclosed facts.
"""

from __future__ import annotations

import sqlite3
from urllib.parse import urlsplit

from redis.exceptions import RedisError

from bot.tgbot.store.base import Store
from bot.tgbot.store.memory import MemoryStore

__all__ = ["STORE_ERRORS", "Store", "open_store"]

# What a store that is down or unreachable raises.
STORE_ERRORS = (RedisError, sqlite3.Error, OSError)


def open_store(url: str, ttl: float, max_chats: int) -> Store:
    """The store a ``--store`` URL names (not yet opened: call ``await store.open()``)."""
    parts = urlsplit(url)
    if parts.scheme == "memory":
        return MemoryStore(ttl, max_chats)
    if parts.scheme == "sqlite":
        from bot.tgbot.store.sqlite import SqliteStore

        return SqliteStore(parts.path, ttl)
    if parts.scheme in ("redis", "rediss"):
        from bot.tgbot.store.redis_store import RedisStore

        return RedisStore(url, ttl)
    raise ValueError(f"unknown store {parts.scheme!r}")
