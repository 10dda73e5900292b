"""The three conversation stores: round trips, /forget, time-to-live renewed on read, salted keys only."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
import redis as redis_sync

from bot.model import Context
from bot.tgbot.store import open_store
from bot.tgbot.store.keys import chat_key
from bot.tgbot.store.memory import MemoryStore
from bot.tgbot.store.sqlite import SqliteStore

CHAT = 987654321
SALT = "test-salt-0123456789abcdef"
CONTEXT = Context(("legs",), ("water", "magnesium"), ("pregnancy",), 1234.5)


@pytest.fixture(params=["memory", "sqlite", "redis"])
def store_url(request, tmp_path):
    if request.param == "memory":
        return "memory:"
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/contexts.db"
    return request.getfixturevalue("redis_server").url


def test_each_store_keeps_a_context_and_forgets_it(store_url, run):
    key = chat_key(SALT.encode(), CHAT)

    async def scenario():
        store = open_store(store_url, ttl=60, max_chats=10)
        await store.open()
        try:
            await store.ping()
            empty = await store.load(key)
            await store.save(key, CONTEXT)
            kept = await store.load(key)
            await store.forget(key)
            return empty, kept, await store.load(key)
        finally:
            await store.close()

    assert run(scenario()) == (Context(), CONTEXT, Context())


def test_chat_keys_are_salted_hashes():
    key = chat_key(b"salt-one-0123456789", CHAT)
    assert len(key) == 32 and str(CHAT) not in key
    assert key == chat_key(b"salt-one-0123456789", CHAT)  # the same on every replica
    assert key != chat_key(b"salt-two-0123456789", CHAT) and key != chat_key(b"salt-one-0123456789", CHAT + 1)


def test_memory_store_expires_and_renews_on_read_and_caps_chats(run):
    now = [0.0]
    store = MemoryStore(ttl=10, max_chats=2, clock=lambda: now[0])

    async def scenario():
        await store.save("a", CONTEXT)
        now[0] = 8.0
        renewed = await store.load("a")  # lives until 18 now
        now[0] = 16.0
        still = await store.load("a")
        await store.save("b", CONTEXT)
        await store.save("c", CONTEXT)  # over the cap: "a" (least recently active) goes
        capped = await store.load("a")
        now[0] = 40.0
        await store.save("d", CONTEXT)  # "b" and "c" expired: deleted, not just hidden
        return renewed, still, capped, len(store)

    assert run(scenario()) == (CONTEXT, CONTEXT, Context(), 1)


def test_sqlite_store_expires_renews_deletes_and_holds_no_chat_id(run, tmp_path):
    now = [1000.0]
    path = tmp_path / "contexts.db"
    store = SqliteStore(str(path), ttl=10, clock=lambda: now[0])
    key = chat_key(SALT.encode(), CHAT)

    async def scenario():
        await store.open()
        await store.save(key, CONTEXT)
        now[0] = 1008.0
        renewed = await store.load(key)
        now[0] = 1016.0
        still = await store.load(key)
        now[0] = 1030.0
        gone = await store.load(key)
        await store.close()
        return renewed, still, gone

    assert run(scenario()) == (CONTEXT, CONTEXT, Context())
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM contexts").fetchone() == (0,)  # expired row deleted
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_redis_store_renews_the_ttl_on_read_and_redis_deletes_at_expiry(run, redis_server):
    key = chat_key(SALT.encode(), CHAT)
    raw = redis_sync.Redis.from_url(redis_server.url)

    async def scenario():
        store = open_store(redis_server.url, ttl=100, max_chats=1)
        await store.open()
        try:
            await store.save(key, CONTEXT)
            stored_ttl = raw.ttl(f"spasm:ctx:{key}")
            raw.expire(f"spasm:ctx:{key}", 5)
            loaded = await store.load(key)
            renewed_ttl = raw.ttl(f"spasm:ctx:{key}")
            raw.pexpire(f"spasm:ctx:{key}", 50)
            await asyncio.sleep(0.2)
            return stored_ttl, loaded, renewed_ttl, await store.load(key), raw.keys("*")
        finally:
            await store.close()
            raw.close()

    stored_ttl, loaded, renewed_ttl, expired, keys = run(scenario())
    assert 99 <= stored_ttl <= 100 and 99 <= renewed_ttl <= 100
    assert loaded == CONTEXT and expired == Context() and keys == []


def test_redis_turns_follow_update_order_and_never_overlap(run, redis_server):
    async def scenario():
        replicas = [open_store(redis_server.url, ttl=60, max_chats=1) for _ in range(2)]
        for store in replicas:
            await store.open()
        log: list[str] = []

        async def handle(store, update_id):
            async with store.turn("chat", update_id):
                log.append(f"start {update_id}")
                await asyncio.sleep(0.05)
                log.append(f"end {update_id}")

        try:
            for update_id in (1, 2, 3):  # noted on arrival, in Telegram's order, by either replica
                await replicas[update_id % 2].enqueue("chat", update_id)
            # the later updates are picked up first, while the earlier ones are still waiting
            await asyncio.gather(handle(replicas[1], 3), handle(replicas[0], 2), handle(replicas[1], 1))
            return log
        finally:
            for store in replicas:
                await store.close()

    assert run(scenario()) == ["start 1", "end 1", "start 2", "end 2", "start 3", "end 3"]


def test_a_redis_turn_longer_than_the_lock_keeps_its_chat(run, redis_server, monkeypatch):
    """A live replica renews its lock: a turn lasting three lock periods still keeps the next one waiting."""
    from bot.tgbot.store import redis_store

    monkeypatch.setattr(redis_store, "LOCK_SECONDS", 0.2)

    async def scenario():
        replicas = [open_store(redis_server.url, ttl=60, max_chats=1) for _ in range(2)]
        for store in replicas:
            await store.open()
        log: list[str] = []

        async def handle(store, update_id, seconds):
            async with store.turn("long", update_id):
                log.append(f"start {update_id}")
                await asyncio.sleep(seconds)
                log.append(f"end {update_id}")

        try:
            for update_id in (1, 2):
                await replicas[update_id - 1].enqueue("long", update_id)
            first = asyncio.create_task(handle(replicas[0], 1, 0.6))
            await asyncio.sleep(0.05)
            await asyncio.gather(first, handle(replicas[1], 2, 0.01))
            return log
        finally:
            for store in replicas:
                await store.close()

    assert run(scenario()) == ["start 1", "end 1", "start 2", "end 2"]
