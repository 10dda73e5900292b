"""End to end, the service around the bot: /metrics during a conversation (counts, and no text or
ids), /healthz and /readyz (failing while the store is down), the 👍/👎 buttons, JSON logs."""

from __future__ import annotations

import json
import logging

import aiohttp
from expect import answer_to, fixed, rendered
from harness import SALT, buttons, free_port, running_bot

from bot.model import ANSWER, CLARIFY, FALLBACK
from bot.tgbot.errors import formatter

QUESTION = "Why do my legs cramp at night?"
URGENT = "I have chest pain and my left arm hurts"
OUT_OF_SCOPE = "what is the capital of france"
PRIVATE = "my secret symptom is a twitching eyelid"  # a question whose words must appear nowhere


async def get(port: int, path: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{port}{path}") as response:
        return response.status, await response.text()


def sample(exposition: str, name: str) -> float:
    """The value of one sample line, e.g. 'spasm_bot_replies_total{kind="answer"}'; 0 if absent."""
    for line in exposition.splitlines():
        if line.startswith(name + " "):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_metrics_count_a_conversation_and_hold_no_text_or_ids(engine, run):
    port = free_port()
    chat = 88123457
    questions = [QUESTION, URGENT, OUT_OF_SCOPE, PRIVATE]
    replies = [answer_to(engine, q) for q in questions]
    assert [r.kind for r in replies[:3]] == [ANSWER, "urgent", FALLBACK] and replies[1].urgent

    async def scenario():
        async with running_bot(engine, metrics_port=port) as bot:
            health = await get(port, "/healthz")
            ready = await get(port, "/readyz")
            count = 0
            for question, reply in zip(questions[:2], replies[:2], strict=True):
                bot.api.text(chat, question)
                count += len(rendered(engine, reply))
                await bot.api.wait_for(chat_id=chat, count=count)
            during = (await get(port, "/metrics"))[1]  # mid-conversation
            for question, reply in zip(questions[2:], replies[2:], strict=True):
                bot.api.text(chat, question)
                count += len(rendered(engine, reply))
                await bot.api.wait_for(chat_id=chat, count=count)
            return health, ready, during, await get(port, "/metrics")

    health, ready, during, (status, after) = run(scenario())
    assert health == (200, "ok\n")
    assert ready[0] == 200 and json.loads(ready[1]) == {"store": "ok", "bot_api": "ok"}
    assert sample(during, 'spasm_bot_questions_total{question_kind="text"}') == 2.0
    assert sample(during, 'spasm_bot_replies_total{kind="answer"}') == 1.0
    assert sample(during, 'spasm_bot_triage_total{level="emergency"}') == 1.0
    assert sample(during, 'spasm_bot_triage_total{level="none"}') == 1.0
    assert sample(during, "spasm_bot_out_of_scope_total") == 0.0
    assert status == 200
    assert sample(after, 'spasm_bot_questions_total{question_kind="text"}') == 4.0
    kinds = [r.kind for r in replies]
    assert sample(after, "spasm_bot_out_of_scope_total") == kinds.count(FALLBACK)
    assert sample(after, "spasm_bot_did_you_mean_total") == kinds.count(CLARIFY)
    first_intent = replies[0].intents[0]
    intent_count = sum(r.intents.count(first_intent) for r in replies)
    assert sample(after, f'spasm_bot_reply_intents_total{{intent="{first_intent}"}}') == intent_count
    assert sample(after, "spasm_bot_update_seconds_count") >= 4.0
    for text in (str(chat), "twitching", "eyelid", "capital", "france", "chest pain"):
        assert text not in after.lower()


def test_readyz_fails_while_the_store_is_down_and_questions_are_still_answered(engine, run, redis_server):
    """/readyz says 503 while Redis is down; a question is still answered (triage needs no store), with an
    emergency red flag leading; /readyz is 200 again once Redis is back."""
    port = free_port()

    async def scenario():
        async with running_bot(engine, metrics_port=port, store=redis_server.url, store_salt=SALT) as bot:
            up = await get(port, "/readyz")
            redis_server.stop()
            down = await get(port, "/readyz")
            alive = await get(port, "/healthz")
            bot.api.text(801, "crushing chest pain and sweating")  # the store is down: still answered
            sorry = await bot.api.wait_for(chat_id=801)
            redis_server.start()
            return up, down, alive, sorry, await get(port, "/readyz")

    up, down, alive, sorry, again = run(scenario(), timeout=60)
    assert up[0] == 200
    assert down[0] == 503 and json.loads(down[1])["store"] != "ok" and json.loads(down[1])["bot_api"] == "ok"
    assert alive[0] == 200
    assert sorry[0].params["text"].startswith("<b>🚨 This could be an emergency")
    assert fixed(engine, "sorry") not in sorry[0].params["text"]
    assert again[0] == 200


def test_feedback_buttons_are_acknowledged_counted_and_down_offers_other_topics(engine, run):
    port = free_port()
    reply = answer_to(engine, QUESTION)
    intent = reply.intents[0]
    count = len(rendered(engine, reply))
    related = [c for c in engine.topic(intent, now=0.0).related if c.intent != intent][:4]

    async def scenario():
        async with running_bot(engine, metrics_port=port) as bot:
            bot.api.text(901, QUESTION)
            answer = (await bot.api.wait_for(chat_id=901, count=count))[-1]
            votes = [data for label, data in buttons(answer) if label in ("👍", "👎")]
            for data in votes:
                bot.api.press(answer.result, data)
            acks = await bot.api.wait_for("answerCallbackQuery", count=2)
            offer = (await bot.api.wait_for(chat_id=901, count=count + 1))[-1]
            return votes, acks, offer, (await get(port, "/metrics"))[1]

    votes, acks, offer, metrics = run(scenario())
    assert votes == [f"f+:{intent}", f"f-:{intent}"]
    assert all(a.params.get("text") == engine.message("feedback_thanks") for a in acks)
    assert fixed(engine, "feedback_sorry") in offer.params["text"] and "/help" in offer.params["text"]
    assert buttons(offer) == [(c.label, f"t:{c.intent}") for c in related]
    assert sample(metrics, f'spasm_bot_feedback_total{{intent="{intent}",vote="up"}}') == 1.0
    assert sample(metrics, f'spasm_bot_feedback_total{{intent="{intent}",vote="down"}}') == 1.0


def test_json_log_lines_are_objects_without_extra_fields():
    record = logging.LogRecord(
        "bot.tgbot", logging.WARNING, __file__, 1, "%s (update %s)", ("Forbidden", 7), None
    )
    line = json.loads(formatter("json").format(record))
    assert line["level"] == "WARNING" and line["logger"] == "bot.tgbot"
    assert line["message"] == "Forbidden (update 7)"
    assert set(line) == {"time", "level", "logger", "message"}
