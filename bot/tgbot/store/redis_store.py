"""Contexts in Redis, shared by replicas: Redis keeps the time-to-live, a per-chat turn keeps order.

Keys (``<chat>`` is the salted hash, never the chat id):
  spasm:ctx:<chat>    the context JSON; ``SET … EX ttl`` on write, ``GETEX … EX ttl`` on read
  spasm:queue:<chat>  update ids that reached a webhook replica and are not yet handled (sorted set)
  spasm:lock:<chat>   held by the replica handling the chat's turn (``SET NX PX``, freed by its owner)
A replica notes an update in the queue before it answers Telegram, and Telegram sends a chat's next
update only after the previous one was answered; a replica then handles an update only once it is
the oldest in its chat's queue and it holds the lock. So two replicas never handle one chat's turns
at once or out of order. A live replica renews its lock while its turn lasts; one that dies mid-turn holds
the chat for at most ``LOCK_SECONDS``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections.abc import AsyncIterator

import redis.asyncio as redis
from redis.exceptions import RedisError

from bot.model import Context
from bot.tgbot.store import codec
from bot.tgbot.store.base import Store

log = logging.getLogger("bot.tgbot")

PREFIX = "spasm:"
LOCK_SECONDS = 15.0  # the most one turn may hold a chat (a turn normally takes milliseconds)
POLL_SECONDS = 0.005  # how often a waiting turn looks again
# Frees the lock only if this replica still holds it (it may have expired and been taken).
RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"
# Extends the lock only if this replica still holds it: a long turn (slow Bot API, retries) keeps its chat.
RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end return 0"


class RedisStore(Store):
    """Contexts, per-chat queues and locks in one Redis database."""

    kind = "redis"

    def __init__(self, url: str, ttl: float, timeout: float = 2.0) -> None:
        super().__init__(ttl)
        self._url = url
        self._timeout = timeout
        self._redis: redis.Redis | None = None
        self._queued: set[int] = set()  # updates this replica noted in a queue and has not handled yet

    async def open(self) -> None:
        self._redis = redis.Redis.from_url(
            self._url, socket_timeout=self._timeout, socket_connect_timeout=self._timeout
        )

    async def close(self) -> None:
        if self._redis is not None:
            await self._redis.aclose()
            self._redis = None

    @property
    def db(self) -> redis.Redis:
        if self._redis is None:
            raise RedisError("the Redis store is not open")
        return self._redis

    async def ping(self) -> None:
        await self.db.ping()

    async def load(self, key: str) -> Context:
        return codec.decode(await self.db.getex(f"{PREFIX}ctx:{key}", ex=_seconds(self.ttl)))

    async def save(self, key: str, context: Context) -> None:
        await self.db.set(f"{PREFIX}ctx:{key}", codec.encode(context), ex=_seconds(self.ttl))

    async def forget(self, key: str) -> None:
        await self.db.delete(f"{PREFIX}ctx:{key}")

    async def enqueue(self, key: str, update_id: int) -> None:
        queue = f"{PREFIX}queue:{key}"
        async with self.db.pipeline(transaction=True) as pipe:
            await pipe.zadd(queue, {str(update_id): update_id}).expire(queue, _seconds(self.ttl)).execute()
        self._queued.add(update_id)

    @contextlib.asynccontextmanager
    async def turn(self, key: str, update_id: int | None) -> AsyncIterator[None]:
        queue, lock = f"{PREFIX}queue:{key}", f"{PREFIX}lock:{key}"
        token = secrets.token_hex(8)
        queued = update_id is not None and update_id in self._queued  # came through this replica's webhook
        held = False
        try:
            if queued:
                await self._wait_for_head(queue, lock, update_id)
            held = await self._acquire(lock, token)
        except RedisError as error:  # the handler will meet the store's failure and apologise
            log.warning("store unreachable while taking a turn (%s)", type(error).__name__)
        renewing = asyncio.create_task(self._renew(lock, token)) if held else None
        try:
            yield
        finally:
            if renewing is not None:
                renewing.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await renewing
            self._queued.discard(update_id)
            with contextlib.suppress(RedisError):
                async with self.db.pipeline(transaction=False) as pipe:
                    if held:
                        pipe.eval(RELEASE, 1, lock, token)
                    if queued:
                        pipe.zrem(queue, str(update_id))
                    await pipe.execute()

    async def _renew(self, lock: str, token: str) -> None:
        """Keep the chat's lock while this replica's turn lasts (every third of ``LOCK_SECONDS``)."""
        while True:
            await asyncio.sleep(LOCK_SECONDS / 3)
            with contextlib.suppress(RedisError):
                await self.db.eval(RENEW, 1, lock, token, int(LOCK_SECONDS * 1000))

    async def _wait_for_head(self, queue: str, lock: str, update_id: int) -> None:
        """Wait until no older update of this chat is waiting; drop one left behind by a dead replica (its
        lock has expired: a live replica renews it)."""
        deadline = time.monotonic() + LOCK_SECONDS
        while True:
            head = await self.db.zrange(queue, 0, 0, withscores=True)
            if not head or head[0][1] >= update_id:
                return
            if time.monotonic() > deadline and await self.db.exists(lock):
                deadline = time.monotonic() + LOCK_SECONDS  # its replica is still at work on it
            elif time.monotonic() > deadline:
                log.warning("dropped a turn a replica left unfinished")
                await self.db.zrem(queue, head[0][0])
                deadline = time.monotonic() + LOCK_SECONDS
            await asyncio.sleep(POLL_SECONDS)

    async def _acquire(self, lock: str, token: str) -> bool:
        """Take the chat's lock; after ``LOCK_SECONDS`` a dead holder's lock has expired by itself."""
        while not await self.db.set(lock, token, nx=True, px=int(LOCK_SECONDS * 1000)):
            await asyncio.sleep(POLL_SECONDS)
        return True


def _seconds(ttl: float) -> int:
    return max(1, round(ttl))
