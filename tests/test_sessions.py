"""bot.sessions.ContextStore: per-chat context in memory, with a time-to-live, a cap and forget."""

from __future__ import annotations

import pytest

from bot.model import Context
from bot.sessions import DEFAULT_MAX_CHATS, DEFAULT_TTL, ContextStore


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _context(clock: FakeClock, topic: str = "leg_cramps") -> Context:
    return Context(topics=(topic,), updated=clock.now)


def test_defaults():
    """By default a chat is remembered for 30 minutes and at most 10,000 chats are kept."""
    assert DEFAULT_TTL == 30 * 60
    assert DEFAULT_MAX_CHATS == 10_000


def test_unknown_chat_reads_as_fresh_context():
    """A chat never seen gets an empty Context."""
    assert ContextStore(clock=FakeClock()).get(42) == Context()


def test_put_then_get():
    """What was put for a chat is read back for that chat only."""
    clock = FakeClock()
    store = ContextStore(clock=clock)
    store.put(1, _context(clock, "leg_cramps"))
    store.put(2, _context(clock, "pregnancy"))
    assert store.get(1).topics == ("leg_cramps",)
    assert store.get(2).topics == ("pregnancy",)
    assert len(store) == 2


@pytest.mark.parametrize(
    ("age", "kept"), [(0, True), (59.9, True), (60, True), (60.1, False), (10_000, False)]
)
def test_time_to_live(age, kept):
    """A context older than the TTL reads as empty and is dropped; one exactly at the TTL is kept."""
    clock = FakeClock()
    store = ContextStore(ttl=60, clock=clock)
    store.put("chat", _context(clock))
    clock.now += age
    assert (store.get("chat") != Context()) is kept
    assert len(store) == (1 if kept else 0)


def test_ttl_counts_from_the_last_turn():
    """A chat that keeps talking is not expired: the clock runs from the context's last update."""
    clock = FakeClock()
    store = ContextStore(ttl=60, clock=clock)
    for _ in range(5):
        store.put("chat", _context(clock))
        clock.now += 50
    assert store.get("chat").topics == ("leg_cramps",)


def test_lru_cap_drops_least_recently_put():
    """Past max_chats, the chat written least recently is dropped first."""
    clock = FakeClock()
    store = ContextStore(max_chats=3, clock=clock)
    for chat in "abc":
        store.put(chat, _context(clock, chat))
    store.put("a", _context(clock, "a2"))  # "a" is now the most recent
    store.put("d", _context(clock, "d"))
    assert len(store) == 3
    assert store.get("b") == Context()
    assert store.get("a").topics == ("a2",)
    assert store.get("c").topics == ("c",)
    assert store.get("d").topics == ("d",)


def test_many_chats_stay_bounded():
    """100,000 chats with max_chats=10,000 never keep more than 10,000 contexts."""
    clock = FakeClock()
    store = ContextStore(max_chats=10_000, clock=clock)
    context = _context(clock)
    for chat in range(100_000):
        store.put(chat, context)
        assert len(store) <= 10_000
    assert len(store) == 10_000
    assert store.get(99_999) == context
    assert store.get(0) == Context()


def test_forget():
    """forget() drops everything about one chat and is harmless for unknown chats."""
    clock = FakeClock()
    store = ContextStore(clock=clock)
    store.put(1, _context(clock))
    store.put(2, _context(clock))
    store.forget(1)
    store.forget("never seen")
    assert store.get(1) == Context()
    assert store.get(2) != Context()
    assert len(store) == 1


@pytest.mark.parametrize(("ttl", "max_chats"), [(0, 10), (-1, 10), (60, 0), (60, -5)])
def test_rejects_non_positive_limits(ttl, max_chats):
    """A TTL or cap that is not positive is a ValueError."""
    with pytest.raises(ValueError):
        ContextStore(ttl=ttl, max_chats=max_chats)


def test_now_uses_the_clock():
    """now() reads the store's clock, so adapters stamp contexts consistently."""
    clock = FakeClock(123.0)
    assert ContextStore(clock=clock).now() == 123.0


def test_store_with_engine_contexts(engine):
    """Contexts from engine replies round-trip through the store and carry the conversation on."""
    clock = FakeClock()
    store = ContextStore(ttl=60, clock=clock)
    reply = engine.reply("why do my legs cramp", store.get("chat"), now=clock.now)
    store.put("chat", reply.context)
    clock.now += 30
    follow = engine.reply("is it serious?", store.get("chat"), now=clock.now)
    assert "leg_cramps" in follow.intents
    clock.now += 61
    assert store.get("chat") == Context()


MEMORY_BOUND = 16 * 1024 * 1024  # bytes: the stated bound for 100,000 chats at the default cap of 10,000


def test_100000_chats_stay_under_the_memory_bound(engine):
    """100,000 chats with real contexts (topics, offers, disclosures) keep under 16 MiB at the default cap."""
    import tracemalloc

    clock = FakeClock()
    store = ContextStore(clock=clock)
    replies = [
        engine.reply(q) for q in ("why do my legs cramp", "im pregnant, are cramps common", "what else")
    ]
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    for chat in range(100_000):
        reply = replies[chat % len(replies)]
        # a fresh Context object per chat, as the adapters make one per turn
        store.put(
            chat, Context(reply.context.topics, reply.context.offered, reply.context.facts, clock.now + chat)
        )
    used = sum(s.size_diff for s in tracemalloc.take_snapshot().compare_to(before, "filename"))
    tracemalloc.stop()
    assert len(store) == DEFAULT_MAX_CHATS
    print(f"100,000 chats: {used / 2**20:.1f} MiB")
    assert used < MEMORY_BOUND, f"{used / 2**20:.1f} MiB"
