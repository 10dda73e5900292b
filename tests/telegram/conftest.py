"""Fixtures for the Telegram end-to-end tests: one engine per session, an asyncio runner with a deadline."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest
from redis_server import RedisServer, redis_binary


@pytest.fixture(autouse=True)
def ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    """As `spasm-bot telegram` does: opt in to python-telegram-bot 22's timedelta periods (no warnings)."""
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture(scope="session")
def engine() -> Any:
    from bot.engine import Engine

    return Engine.load()


@pytest.fixture
def run() -> Callable[[Coroutine[Any, Any, Any]], Any]:
    """Run a coroutine to completion in a fresh event loop, failing after 30 seconds."""

    def runner(coroutine: Coroutine[Any, Any, Any], timeout: float = 30.0) -> Any:
        return asyncio.run(asyncio.wait_for(coroutine, timeout))

    return runner


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    """A real redis-server on a free 127.0.0.1 port, stopped afterwards."""
    server = RedisServer(redis_binary(), tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.stop()
