"""End to end: groups answer only commands, mentions and replies; channel posts ignored; inline mode."""

from __future__ import annotations

import asyncio

from expect import answer_to, fixed, rendered
from fake_html import parse
from harness import running_bot, texts

from bot.tgbot.html import escape

GROUP = -100200
QUESTION = "why do my legs cramp at night?"


def test_group_answers_only_what_is_addressed_to_the_bot(engine, run):
    expected = rendered(engine, answer_to(engine, QUESTION))

    async def scenario():
        async with running_bot(engine) as bot:
            api = bot.api
            api.text(GROUP, QUESTION, kind="supergroup", user_id=7)  # people talking: silence
            api.text(GROUP, "/help@some_other_bot", kind="supergroup", user_id=7)
            api.channel_post(-100300, QUESTION)
            api.text(GROUP, "/start", kind="supergroup", user_id=7)  # a command: answered
            await api.wait_for(chat_id=GROUP)
            mention = api.text(GROUP, f"@{api.me['username']} {QUESTION}", kind="supergroup", user_id=7)
            answer = await api.wait_for(chat_id=GROUP, count=1 + len(expected))
            api.text(GROUP, QUESTION, kind="supergroup", user_id=8, reply_to=answer[-1].result)
            await api.wait_for(chat_id=GROUP, count=1 + 2 * len(expected))
            await asyncio.sleep(0.2)  # nothing else arrives
            return api.sent(chat_id=GROUP), mention, api.calls

    sent, mention, calls = run(scenario())
    assert len(sent) == 1 + 2 * len(expected)
    assert fixed(engine, "welcome") in sent[0].params["text"]
    assert texts(sent[1:]) == expected + expected
    quoted = sent[1].params["reply_parameters"]
    assert quoted["message_id"] == mention["message_id"]
    assert not any(c.params.get("chat_id") == -100300 for c in calls)


def test_group_ignores_stickers_unless_replying_to_the_bot(engine, run):
    async def scenario():
        async with running_bot(engine) as bot:
            bot.api.sticker(GROUP - 1, kind="group")
            bot.api.text(GROUP - 1, "/privacy", kind="group")
            return await bot.api.wait_for(chat_id=GROUP - 1)

    sent = run(scenario())
    assert len(sent) == 1
    assert fixed(engine, "privacy") in sent[0].params["text"]


def test_inline_query_offers_up_to_five_answers_with_disclaimer(engine, run):
    async def scenario():
        async with running_bot(engine) as bot:
            bot.api.inline(9, "leg cramps")
            bot.api.inline(9, "chest pain")
            bot.api.inline(9, "")
            return await bot.api.wait_for("answerInlineQuery", count=3)

    calls = run(scenario())
    by_id = {c.params["inline_query_id"]: c.params["results"] for c in calls}
    legs, chest, empty = by_id["1"], by_id["2"], by_id["3"]
    disclaimer = escape(engine.message("disclaimer"))
    for results in (legs, chest, empty):
        assert 1 <= len(results) <= 5
        for result in results:
            text = result["input_message_content"]["message_text"]
            assert disclaimer in text
            parse(text)
    assert legs[0]["title"] == engine.label(engine.suggest("leg cramps")[0])
    assert escape(engine.emergency().sections[0].title) in chest[0]["input_message_content"]["message_text"]
    assert len(chest) == 1, "a triaged query offers the guidance alone, no topic to share in its place"
