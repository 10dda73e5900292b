"""Contexts in an SQLite file: one host, contexts survive a restart.

Each call is one short statement on a local file in WAL mode, so it runs on the event loop itself
(well under a millisecond); expired rows are deleted at most once a minute and whenever read.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable

from bot.model import Context
from bot.tgbot.store import codec
from bot.tgbot.store.base import Store

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS contexts "
    "(key TEXT PRIMARY KEY, context TEXT NOT NULL, expires REAL NOT NULL) WITHOUT ROWID"
)
PURGE_EVERY = 60.0


class SqliteStore(Store):
    """A table of (salted chat key, context JSON, expiry time); the file is readable by its owner only."""

    kind = "sqlite"

    def __init__(self, path: str, ttl: float, clock: Callable[[], float] = time.time) -> None:
        super().__init__(ttl)
        self.path = path
        self._clock = clock
        self._db: sqlite3.Connection | None = None
        self._purged = 0.0

    async def open(self) -> None:
        old_umask = os.umask(0o077)  # the file and its -wal/-shm companions: owner only
        try:
            db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(SCHEMA)
        finally:
            os.umask(old_umask)
        self._db = db

    async def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise sqlite3.ProgrammingError("the SQLite store is not open")
        return self._db

    async def ping(self) -> None:
        self.db.execute("SELECT 1").fetchone()

    def _purge(self, now: float) -> None:
        if now - self._purged >= PURGE_EVERY:
            self.db.execute("DELETE FROM contexts WHERE expires <= ?", (now,))
            self._purged = now

    async def load(self, key: str) -> Context:
        now = self._clock()
        self._purge(now)
        row = self.db.execute("SELECT context, expires FROM contexts WHERE key = ?", (key,)).fetchone()
        if row is None:
            return Context()
        if row[1] <= now:
            self.db.execute("DELETE FROM contexts WHERE key = ?", (key,))
            return Context()
        self.db.execute("UPDATE contexts SET expires = ? WHERE key = ?", (now + self.ttl, key))
        return codec.decode(row[0])

    async def save(self, key: str, context: Context) -> None:
        now = self._clock()
        self.db.execute(
            "INSERT OR REPLACE INTO contexts (key, context, expires) VALUES (?, ?, ?)",
            (key, codec.encode(context), now + self.ttl),
        )
        self._purge(now)

    async def forget(self, key: str) -> None:
        self.db.execute("DELETE FROM contexts WHERE key = ?", (key,))
