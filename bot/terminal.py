"""`spasm-bot chat`: the terminal channel, a thin adapter over the same engine as Telegram."""

from __future__ import annotations

from typing import TextIO

from bot.engine import Engine
from bot.model import Context
from bot.render import plain

PROMPT = "you> "
QUIT = {"quit", "exit", "/quit", "/exit", ":q"}


def chat(engine: Engine, inp: TextIO, out: TextIO) -> int:
    """Read a line, answer it, until end of input or "quit". Numbers pick an offered topic."""
    interactive = inp.isatty()
    out.write(engine.message("welcome") + "\n\n" + engine.message("disclaimer") + "\n")
    out.write('(Type "quit" to leave, "/forget" to clear the conversation.)\n\n')
    context = Context()
    while True:
        if interactive:
            out.write(PROMPT)
            out.flush()
        line = inp.readline()
        if not line or line.strip().lower() in QUIT:
            break
        text = line.strip()
        if text.lower() in ("/forget", "/start"):
            context = Context()
            out.write(engine.message("forgotten") + "\n\n")
            continue
        command = {"/help": "help", "/about": "about", "/privacy": "privacy"}.get(text.lower())
        if command:
            out.write(engine.message(command) + "\n\n")
            continue
        reply = engine.emergency() if text.lower() == "/emergency" else engine.reply(text, context)
        context = reply.context
        out.write("bot> " + plain(reply, numbered=True).replace("\n", "\n     ") + "\n\n")
        out.flush()
    out.write(engine.message("forgotten") + "\n" if context.topics else "")
    return 0
