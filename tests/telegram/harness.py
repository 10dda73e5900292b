"""Run the real bot against the fake Bot API in a test: ``spasm-bot telegram``'s own ``run`` (PTB's
``run_polling``, or the webhook runner) on a thread of its own, stopped as a signal stops it."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import socket
import threading
from collections.abc import AsyncIterator, Coroutine
from typing import Any

from fake_bot_api import FakeBotAPI

from bot.tgbot.app import build_application
from bot.tgbot.runner import run
from bot.tgbot.settings import Settings

SALT = "test-salt-0123456789abcdef"  # the store salt the tests use (16+ characters)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _exit() -> None:
    raise SystemExit  # what python-telegram-bot's own SIGTERM handler raises


@dataclasses.dataclass
class Running:
    """A bot running on its own thread and event loop."""

    api: FakeBotAPI
    application: Any
    settings: Settings
    loop: asyncio.AbstractEventLoop
    thread: threading.Thread
    error: BaseException | None = None

    @property
    def services(self) -> Any:
        return self.application.bot_data

    async def ready(self, timeout: float = 15.0) -> None:
        """Wait until the bot handles updates (polling, or its webhook registered)."""
        deadline = asyncio.get_running_loop().time() + timeout
        while not self.application.running:
            if not self.thread.is_alive():
                raise AssertionError(f"the bot stopped: {self.error!r}")
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError("the bot did not start")
            await asyncio.sleep(0.01)

    async def call(self, coroutine: Coroutine[Any, Any, Any]) -> Any:
        """Run a coroutine on the bot's own event loop (e.g. a look into its store)."""
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coroutine, self.loop))

    async def stop(self, timeout: float = 15.0) -> None:
        """Stop the bot as SIGTERM would, and wait for it to finish shutting down."""
        if self.thread.is_alive():
            with contextlib.suppress(RuntimeError):  # the loop already closed
                self.loop.call_soon_threadsafe(_exit)
            await asyncio.to_thread(self.thread.join, timeout)
        if self.thread.is_alive():
            raise AssertionError("the bot did not stop")
        if self.error is not None:
            raise self.error


def start_bot(engine: Any, api: FakeBotAPI, **overrides: Any) -> Running:
    """Build the bot as ``spasm-bot telegram`` does and run it on a new thread."""
    settings = Settings(token=api.token, base_url=api.base_url, poll_timeout=2, **overrides)
    application = build_application(settings, engine)
    loop = asyncio.new_event_loop()
    running = Running(api, application, settings, loop, threading.Thread(daemon=True))

    def target() -> None:
        asyncio.set_event_loop(loop)
        try:
            run(application, settings, stop_signals=())
        except BaseException as error:  # re-raised by stop()
            running.error = error

    running.thread = threading.Thread(target=target, name="bot", daemon=True)
    running.thread.start()
    return running


@contextlib.asynccontextmanager
async def running_bot(engine: Any, api: FakeBotAPI | None = None, **overrides: Any) -> AsyncIterator[Running]:
    """Start a fake Bot API and the bot against it; stop both (cleanly) afterwards."""
    api = api or FakeBotAPI()
    await api.start()
    bot = start_bot(engine, api, **overrides)
    try:
        await bot.ready()
        yield bot
    finally:
        try:
            await bot.stop()
        finally:
            await api.stop()


def texts(calls: list[Any]) -> list[str]:
    return [call.params["text"] for call in calls]


def buttons(call: Any) -> list[tuple[str, str]]:
    """(label, callback_data) of every inline button under a sent message."""
    markup = call.params.get("reply_markup") or {}
    return [(b["text"], b.get("callback_data", "")) for row in markup.get("inline_keyboard", []) for b in row]
