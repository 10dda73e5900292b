"""End to end in webhook mode: Telegram's secret-token header is checked, forged updates get 403."""

from __future__ import annotations

import aiohttp
from expect import fixed
from harness import free_port, running_bot

SECRET = "s3cret_Token-1"


def test_webhook_rejects_forged_updates_and_answers_real_ones(engine, run):
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"

    async def scenario():
        async with running_bot(engine, webhook_url=url, port=port, webhook_secret=SECRET) as bot:
            webhook = bot.api.sent("setWebhook")[-1].params
            bot.api.text(501, "/help")
            update = bot.api.updates.pop()
            async with aiohttp.ClientSession() as session:
                statuses = []
                for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "forged"}):
                    async with session.post(url, json=update, headers=headers) as response:
                        statuses.append(response.status)
                assert not bot.api.sent(chat_id=501)
                headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
                async with session.post(url, json=update, headers=headers) as response:
                    statuses.append(response.status)
                async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                    health = response.status
            return webhook, statuses, await bot.api.wait_for(chat_id=501), health

    webhook, statuses, sent, health = run(scenario())
    assert health == 200  # health, readiness and metrics share the webhook's server
    assert webhook["url"] == url
    assert webhook["secret_token"] == SECRET
    assert "callback_query" in webhook["allowed_updates"]
    assert statuses == [403, 403, 200]
    assert len(sent) == 1
    assert fixed(engine, "help") in sent[0].params["text"]
