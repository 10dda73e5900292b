"""End to end with a lasting store: a restart between two turns (SQLite), two webhook replicas
sharing one real Redis with one chat's updates sent to each in turn, /forget deleting from Redis."""

from __future__ import annotations

import asyncio

import aiohttp
import redis as redis_sync
from expect import rendered
from fake_bot_api import FakeBotAPI
from harness import SALT, free_port, start_bot, texts

from bot.model import Context
from bot.tgbot.store.keys import chat_key

SECRET = "replica_Secret-1"
CONVERSATION = [
    "Why do my legs cramp at night?",
    "what else can cause it",
    "the second one",
    "is it serious?",
]


CHAT = 7_013_579_246_801  # long and distinctive, so finding it in the database would mean it was stored


def expected_conversation(engine, questions):
    """The messages the bot should send for these questions, each read in the context of the last."""
    context, out = Context(), []
    for question in questions:
        reply = engine.reply(question, context=context, now=0.0)
        out += rendered(engine, reply)
        context = reply.context
    return out


def test_sqlite_store_carries_a_conversation_across_a_restart(engine, run, tmp_path):
    store = f"sqlite:///{tmp_path}/contexts.db"
    first, follow_up = CONVERSATION[0], CONVERSATION[3]
    expected = expected_conversation(engine, [first, follow_up])
    fresh = rendered(engine, engine.reply(follow_up, context=Context(), now=0.0))
    assert expected[-len(fresh) :] != fresh, "the follow-up should need the first turn's context"

    async def scenario():
        api = await FakeBotAPI().start()
        try:
            for turn, question in enumerate([first, follow_up]):
                bot = start_bot(
                    engine, api, store=store, store_salt=SALT
                )  # a new process, as after a restart
                try:
                    await bot.ready()
                    api.text(CHAT, question)
                    await api.wait_for(chat_id=CHAT, count=len(expected) if turn else 1)
                finally:
                    await bot.stop()
            return texts(api.sent(chat_id=CHAT)), (tmp_path / "contexts.db").read_bytes()
        finally:
            await api.stop()

    sent, database = run(scenario(), timeout=60)
    assert sent == expected
    # A chat id too long to turn up by chance in a hex key or a timestamp; no message text either.
    assert str(CHAT).encode() not in database and b"legs cramp" not in database


def test_two_webhook_replicas_sharing_redis_keep_one_chat_in_order(engine, run, redis_server):
    chat = 702
    expected = expected_conversation(engine, CONVERSATION)
    alone = [rendered(engine, engine.reply(q, context=Context(), now=0.0)) for q in CONVERSATION]
    assert expected != [m for messages in alone for m in messages], "the turns should need their context"
    ports = [free_port(), free_port()]
    raw = redis_sync.Redis.from_url(redis_server.url)

    async def scenario():
        api = await FakeBotAPI().start()
        replicas = [
            start_bot(
                engine,
                api,
                webhook_url="http://127.0.0.1:8443/hook",  # Telegram's view: the balancer in front
                port=port,
                webhook_secret=SECRET,
                store=redis_server.url,
                store_salt=SALT,
            )
            for port in ports
        ]
        try:
            for replica in replicas:
                await replica.ready()
            api.stall("sendChatAction", 0.2)  # each turn takes a while: the next arrives at the other replica
            for question in CONVERSATION:
                api.text(chat, question)
            updates, api.updates = list(api.updates), []
            headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
            async with aiohttp.ClientSession() as session:
                for n, update in enumerate(updates):  # alternately to each replica, not waiting for answers
                    url = f"http://127.0.0.1:{ports[n % 2]}/hook"
                    async with session.post(url, json=update, headers=headers) as response:
                        assert response.status == 200
            sent = await api.wait_for(chat_id=chat, count=len(expected), timeout=20)
            stored = raw.keys("spasm:ctx:*")
            api.text(chat, "/forget")
            async with aiohttp.ClientSession() as session:
                url = f"http://127.0.0.1:{ports[0]}/hook"
                async with session.post(url, json=api.updates.pop(), headers=headers) as response:
                    assert response.status == 200
            await api.wait_for(chat_id=chat, count=len(expected) + 1)
            handled = [
                r.services.metrics.registry.get_sample_value(
                    "spasm_bot_questions_total", {"question_kind": "text"}
                )
                for r in replicas
            ]
            for _ in range(100):  # the turn ends (its queue entry removed) just after the last message
                if not raw.keys("spasm:*"):
                    break
                await asyncio.sleep(0.02)
            return texts(sent), stored, raw.keys("spasm:*"), handled
        finally:
            for replica in replicas:
                await replica.stop()
            await api.stop()
            raw.close()

    sent, stored, after_forget, handled = run(scenario(), timeout=60)
    assert sent == expected  # the whole conversation, in order, each turn in the context of the last
    assert handled == [2.0, 2.0]  # both replicas took part
    assert stored == [f"spasm:ctx:{chat_key(SALT.encode(), chat)}".encode()]  # a salted key, not the id
    assert after_forget == []  # /forget deleted it; no queue or lock left behind
