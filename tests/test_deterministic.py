"""A reply, and the context it leaves, do not depend on Python's hash seed."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Messages whose replies gather several contexts at once (a medicine, an injection, a wound), and a slip.
MESSAGES = [
    "since starting cipro my calves hurt and feel weak",
    "after the injection at clinic my throat is tight and lips swelling, hard to breath",
    "got bitten by a farm dog and I don't think I've ever had the lockjaw injection",
    "my chset feels tight and my left arm aches",
]
SNIPPET = """import sys
from bot.engine import Engine
engine = Engine.load()
for text in sys.argv[1:]:
    print(repr(engine.reply(text, now=0.0)))"""


def _replies(seed: str) -> str:
    env = {"PYTHONHASHSEED": seed, "PATH": ""}
    done = subprocess.run([sys.executable, "-c", SNIPPET, *MESSAGES], cwd=ROOT, env=env, capture_output=True,
                          text=True, check=True)  # fmt: skip
    return done.stdout


def test_replies_are_the_same_under_two_hash_seeds():
    """The same messages give byte-identical replies and contexts under hash seeds 1 and 2."""
    first, second = _replies("1"), _replies("2")
    assert first.count("Reply(") == len(MESSAGES)
    assert first == second
