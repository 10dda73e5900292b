"""Shared fixtures for the engine and CLI tests: one engine per session, copies of the knowledge to break."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KNOWLEDGE = ROOT / "knowledge"

if importlib.util.find_spec("bot") is None:  # run from a checkout without `pip install .`
    sys.path.insert(0, str(ROOT))

from bot.engine import Engine  # noqa: E402
from bot.model import Context  # noqa: E402


@pytest.fixture(scope="session")
def engine() -> Engine:
    """The engine over the real knowledge base, loaded once for the whole session."""
    return Engine.load()


@pytest.fixture(scope="session")
def engine_112(engine: Engine) -> Engine:
    """The same knowledge, configured to lead urgent replies with 112."""
    return Engine(engine.kb, emergency_number="112")


@pytest.fixture
def talk(engine: Engine):
    """A conversation's replies, each turn given the context the previous reply returned."""

    def replies(*messages: str) -> list:
        context, out = Context(), []
        for n, message in enumerate(messages):
            out.append(engine.reply(message, context, now=float(n)))
            context = out[-1].context
        return out

    return replies


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    """A private copy of knowledge/ that a test may break."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target


@pytest.fixture(scope="session")
def subprocess_env() -> dict[str, str]:
    """Environment for `python -m bot` in a child process: the checkout importable, no user site noise."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env["PYTHONIOENCODING"] = "utf-8"
    return env
