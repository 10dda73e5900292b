"""Run the real bot (python-telegram-bot Application + engine) against the fake Bot API in a test."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import socket
from collections.abc import AsyncIterator
from typing import Any

from fake_bot_api import FakeBotAPI

from bot.tgbot.app import build_application
from bot.tgbot.runner import serve
from bot.tgbot.settings import Settings


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclasses.dataclass
class Running:
    api: FakeBotAPI
    application: Any
    settings: Settings
    stop: asyncio.Event
    task: asyncio.Task

    async def ready(self, timeout: float = 10.0) -> None:
        """Wait until the bot is up (polling or webhook server started)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not (self.application.running and self.application.updater.running):
            if self.task.done():
                self.task.result()
            if loop.time() > deadline:
                raise AssertionError("the bot did not start")
            await asyncio.sleep(0.01)


@contextlib.asynccontextmanager
async def running_bot(engine: Any, api: FakeBotAPI | None = None, **overrides: Any) -> AsyncIterator[Running]:
    """Start a fake Bot API and the bot against it; stop both (cleanly) afterwards."""
    api = api or FakeBotAPI()
    await api.start()
    settings = Settings(token=api.token, base_url=api.base_url, poll_timeout=2, **overrides)
    application = build_application(settings, engine)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(application, settings, stop))
    run = Running(api, application, settings, stop, task)
    try:
        await run.ready()
        yield run
    finally:
        stop.set()
        try:
            await asyncio.wait_for(task, 15)
        finally:
            await api.stop()


def texts(calls: list[Any]) -> list[str]:
    return [call.params["text"] for call in calls]


def buttons(call: Any) -> list[tuple[str, str]]:
    """(label, callback_data) of every inline button under a sent message."""
    markup = call.params.get("reply_markup") or {}
    return [(b["text"], b.get("callback_data", "")) for row in markup.get("inline_keyboard", []) for b in row]
