"""End to end, private chats: commands, questions, urgent first, media, buttons, edits, context."""

from __future__ import annotations

from expect import answer_to, fixed, rendered
from fake_bot_api import FakeBotAPI
from harness import buttons, running_bot, texts

from bot.tgbot.html import escape
from bot.tgbot.lifecycle import COMMANDS

QUESTION = "Why do my legs cramp at night?"
URGENT = "I have chest pain and my left arm hurts"


def test_start_greets_with_disclaimer_and_topic_buttons(engine, run):
    async def scenario():
        async with running_bot(engine) as bot:
            bot.api.text(101, "/start")
            return await bot.api.wait_for(chat_id=101), bot.api.sent("setMyCommands")

    sent, commands = run(scenario())
    assert len(sent) == 1
    assert fixed(engine, "welcome") in sent[0].params["text"]
    assert fixed(engine, "disclaimer") in sent[0].params["text"]
    assert sent[0].params["parse_mode"] == "HTML"
    start_menu = [(c.label, f"t:{c.intent}") for c in engine.menu("start")]
    assert buttons(sent[0]) == start_menu
    assert all(len(data.encode()) <= 64 for _, data in buttons(sent[0]))
    registered = [c["command"] for c in commands[0].params["commands"]]
    assert registered == [c.command for c in COMMANDS]


def test_start_payload_opens_a_topic(engine, run):
    payload, intent = next(
        (c.intent, engine.deep_link(c.intent)) for c in engine.menu("causes") if engine.deep_link(c.intent)
    )

    async def scenario():
        async with running_bot(engine) as bot:
            bot.api.text(102, f"/start {payload}")
            return await bot.api.wait_for(chat_id=102)

    sent = run(scenario())
    assert texts(sent) == rendered(engine, engine.topic(intent, now=0.0))


def test_question_is_answered_in_html_after_typing(engine, run):
    async def scenario():
        async with running_bot(engine) as bot:
            bot.api.text(103, QUESTION)
            await bot.api.wait_for(chat_id=103, count=len(rendered(engine, answer_to(engine, QUESTION))))
            return [(c.method, c.params) for c in bot.api.calls if c.params.get("chat_id") == 103]

    calls = run(scenario())
    reply = answer_to(engine, QUESTION)
    assert calls[0] == ("sendChatAction", {"chat_id": 103, "action": "typing"})
    sent = [params["text"] for method, params in calls if method == "sendMessage"]
    assert sent == rendered(engine, reply)
    section = reply.sections[0]
    if section.title:
        assert f"<b>{escape(section.title)}</b>" in sent[0]
    if section.source:
        assert f"Source: {escape(section.source)}" in "\n".join(sent)
    if reply.disclaimer:
        assert escape(reply.disclaimer) in sent[-1]


def test_urgent_guidance_comes_first_as_its_own_message(engine, run):
    reply = answer_to(engine, URGENT)
    assert reply.urgent, "the engine should treat chest pain as urgent"

    async def scenario():
        async with running_bot(engine) as bot:
            bot.api.text(104, URGENT)
            await bot.api.wait_for(chat_id=104, count=len(rendered(engine, reply)))
            bot.api.text(105, "/emergency")
            count = len(rendered(engine, engine.emergency()))
            return texts(bot.api.sent(chat_id=104)), texts(await bot.api.wait_for(chat_id=105, count=count))

    urgent, emergency = run(scenario())
    first = reply.sections[0]
    assert first.kind == "urgent"
    assert escape(first.title) in urgent[0]
    assert len(reply.sections) > 1, (
        "the emergency reply should have more than the guidance (the article's facts)"
    )
    assert len(urgent) >= 2
    assert escape(reply.sections[1].title) not in urgent[0]
    assert emergency == rendered(engine, engine.emergency())
    assert escape(engine.emergency().sections[0].title) in emergency[0]


SAME_DAY = "my calf is swollen and red and it keeps cramping"


def test_same_day_guidance_is_its_own_first_message_then_the_answer(engine, run):
    """Same-day guidance is sent first, marked and set apart; the topic answer follows in the next message."""
    reply = answer_to(engine, SAME_DAY)
    assert reply.triage == "same-day" and not reply.urgent

    async def scenario():
        async with running_bot(engine) as bot:
            bot.api.text(106, SAME_DAY)
            return texts(await bot.api.wait_for(chat_id=106, count=len(rendered(engine, reply))))

    sent = run(scenario())
    assert sent[0].startswith("<b>⚠️ " + escape(reply.sections[0].title))
    assert escape(reply.sections[1].title) not in sent[0]
    assert any(escape(reply.sections[1].title) in text for text in sent[1:])


def test_fixed_commands_and_forget(engine, run):
    async def scenario():
        async with running_bot(engine) as bot:
            for command in ("/help", "/about", "/privacy", "/causes"):
                bot.api.text(106, command)
            await bot.api.wait_for(chat_id=106, count=4)
            bot.api.text(107, QUESTION)
            await bot.api.wait_for("sendChatAction", chat_id=107)
            await bot.api.wait_for(chat_id=107)
            key = bot.services.key(107)
            remembered = (await bot.call(bot.services.store.load(key))).updated > 0
            bot.api.text(107, "/forget")
            sent = await bot.api.wait_for(chat_id=107, count=len(bot.api.sent(chat_id=107)) + 1)
            forgotten = await bot.call(bot.services.store.load(key))
            return (
                texts(bot.api.sent(chat_id=106)),
                bot.api.sent(chat_id=106)[-1],
                remembered,
                forgotten,
                sent,
            )

    fixed_texts, causes, remembered, forgotten, sent = run(scenario())
    assert fixed(engine, "help") in fixed_texts[0]
    assert fixed(engine, "about") in fixed_texts[1]
    assert fixed(engine, "privacy") in fixed_texts[2]
    assert [data for _, data in buttons(causes)] == [f"t:{c.intent}" for c in engine.menu("causes")]
    assert remembered
    assert forgotten.updated == 0 and forgotten.topics == ()
    assert fixed(engine, "forgotten") in sent[-1].params["text"]


def test_media_gets_a_friendly_reply_and_captions_are_read(engine, run):
    async def scenario():
        async with running_bot(engine) as bot:
            bot.api.sticker(108)
            bot.api.photo(109)
            bot.api.photo(110, caption=QUESTION)
            return (
                await bot.api.wait_for(chat_id=108),
                await bot.api.wait_for(chat_id=109),
                await bot.api.wait_for(chat_id=110, count=len(rendered(engine, answer_to(engine, QUESTION)))),
            )

    sticker, photo, captioned = run(scenario())
    assert texts(sticker) == texts(photo) == [escape(engine.message("non_text"))]
    assert texts(captioned) == rendered(engine, answer_to(engine, QUESTION))


def test_button_press_is_answered_and_shows_the_topic(engine, run):
    async def scenario():
        async with running_bot(engine) as bot:
            bot.api.text(111, "/start")
            menu = (await bot.api.wait_for(chat_id=111))[0]
            _, data = buttons(menu)[0]
            query = bot.api.press(menu.result, data)
            await bot.api.wait_for("answerCallbackQuery")
            topic = await bot.api.wait_for(chat_id=111, count=2)
            stale = bot.api.press(menu.result, "t:no-such-topic")
            answers = await bot.api.wait_for("answerCallbackQuery", count=2)
            return query, stale, answers, topic[1:], data

    query, stale, answers, topic, data = run(scenario())
    assert [a.params["callback_query_id"] for a in answers] == [query, stale]
    intent = data.removeprefix("t:")
    assert texts(topic) == rendered(engine, engine.topic(intent, now=0.0))
    assert "text" in answers[1].params  # the stale button says so


def test_edited_message_is_answered_anew(engine, run):
    async def scenario():
        async with running_bot(engine) as bot:
            first = bot.api.text(112, "hello")
            before = len(await bot.api.wait_for(chat_id=112))
            bot.api.edit(first, QUESTION)
            expected = len(rendered(engine, answer_to(engine, QUESTION)))
            return texts(await bot.api.wait_for(chat_id=112, count=before + expected))[before:]

    assert run(scenario()) == rendered(engine, answer_to(engine, QUESTION))


def test_one_chat_is_answered_in_order(engine, run):
    questions = ["/help", QUESTION, "/privacy"]

    async def scenario():
        async with running_bot(engine, api=FakeBotAPI()) as bot:
            for text in questions:
                bot.api.text(113, text)
            count = 2 + len(rendered(engine, answer_to(engine, QUESTION)))
            return texts(await bot.api.wait_for(chat_id=113, count=count))

    sent = run(scenario())
    assert fixed(engine, "help") in sent[0]
    assert fixed(engine, "privacy") in sent[-1]
