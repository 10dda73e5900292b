"""The aiohttp transport under python-telegram-bot: JSON and multipart bodies, timeouts, errors."""

from __future__ import annotations

import pytest
from fake_bot_api import FakeBotAPI
from harness import free_port
from telegram import Bot
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter, TimedOut

from bot.tgbot.transport import AiohttpRequest, _scrub


def _bot(api: FakeBotAPI, token: str | None = None, **timeouts: float) -> Bot:
    return Bot(token or api.token, base_url=api.base_url, request=AiohttpRequest(**timeouts))


def test_calls_uploads_and_status_codes(run):
    async def scenario():
        api = await FakeBotAPI().start()
        try:
            async with _bot(api) as bot:
                assert bot.username == api.me["username"]
                message = await bot.send_message(5, "<b>ü &amp; ✓</b>", parse_mode="HTML")
                await bot.send_document(5, document=b"hello", filename="a.txt", caption="doc")
                with pytest.raises(BadRequest):
                    await bot.send_message(5, "<b>unclosed", parse_mode="HTML")
                api.fail("sendMessage", 429, "Too Many Requests: retry after 3", retry_after=3)
                with pytest.raises(RetryAfter):
                    await bot.send_message(5, "x")
            with pytest.raises(InvalidToken):
                async with _bot(api, token="1:wrong"):
                    pass
            return message, api.sent("sendMessage"), api.sent("sendDocument")
        finally:
            await api.stop()

    message, sent, documents = run(scenario())
    assert message.text == "<b>ü &amp; ✓</b>" and message.chat.id == 5
    assert sent[0].params["text"] == "<b>ü &amp; ✓</b>"  # sent as JSON, unicode intact
    assert documents[0].params["caption"] == "doc" and documents[0].params["document"] == "<file>"


def test_timeouts_and_unreachable_servers(run):
    async def scenario():
        api = await FakeBotAPI().start()
        try:
            async with _bot(api, read_timeout=0.2) as bot:
                api.stall("sendMessage", 0.8)
                with pytest.raises(TimedOut):
                    await bot.send_message(5, "slow")
                await api.go_down()
                with pytest.raises(NetworkError) as refused:
                    await bot.send_message(5, "nobody there")
                await api.come_back()
                api.stalls.clear()
                await bot.send_message(5, "back")
            return str(refused.value), api.token
        finally:
            await api.stop()

    refused, token = run(scenario())
    assert token not in refused


def test_closed_port_is_a_network_error(run):
    async def scenario():
        request = AiohttpRequest(connect_timeout=1)
        await request.initialize()
        try:
            with pytest.raises(NetworkError):
                await request.post(f"http://127.0.0.1:{free_port()}/bot1:secret/getMe")
        finally:
            await request.shutdown()

    run(scenario())


def test_error_messages_never_carry_the_url():
    url = "http://127.0.0.1:1/bot1:secret/getMe"
    assert "secret" not in _scrub(f"Cannot connect to {url} nor /bot1:secret/getMe", url)
