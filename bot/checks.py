"""`spasm-bot check`: the knowledge base loads, agrees with itself, and understands its own examples."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from bot import kb, loader, model
from bot.engine import Engine
from bot.model import Context
from bot.nearcopy import near_copies
from bot.phrases import same_reading
from bot.yamlfile import KnowledgeError, Problem, read


def example_problems(engine: Engine) -> list[Problem]:
    """Each intent's own examples must be understood as that intent (first), and never as urgent."""
    problems = []
    raw = read(engine.kb.directory / "intents.yaml")  # for line numbers
    for iid, intent in engine.kb.intents.items():
        lines = raw["intents"][iid]["examples"]
        for n, example in enumerate(intent.examples):
            wrong = _misread(iid, intent.kind, engine.reply(example, Context(), now=0.0))
            if wrong:
                problems.append(
                    Problem("intents.yaml", lines.line_of(n), f"{iid}: example {example!r} {wrong}")
                )
    return problems


def twin_problems(engine: Engine) -> list[Problem]:
    """An intent's keywords, or a kind's cues, that read as the same words ("shop", "shopping") count once:
    the second is dead weight that looks like extra evidence, so it is reported."""
    phrase, problems = engine.analyser.phrase, []
    for file, section, owners in (
        ("intents.yaml", "intents", {i: x.keywords for i, x in engine.kb.intents.items()}),
        ("kinds.yaml", "kinds", {k: x.cues for k, x in engine.kb.kinds.items()}),
    ):
        raw = read(engine.kb.directory / file)[section]
        field = "keywords" if section == "intents" else "cues"
        for owner, words in owners.items():
            table = raw[owner].get(field)
            for first, later, reading in same_reading(words, phrase):
                # the later word's own line: a table of cues often runs over several lines
                line = table.line_of(later) if hasattr(table, "line_of") else raw[owner].line_of(field)
                problems.append(
                    Problem(file, line, f"{owner}: {later!r} reads as {' '.join(reading)!r}, as {first!r} does: keep one")
                )
    return problems


def _misread(iid: str, kind: str, reply: model.Reply) -> str | None:
    """How the reply to one of an intent's own examples goes wrong, or None."""
    got = reply.intents[0] if reply.intents else reply.kind
    if kind == kb.OFF_TOPIC:
        return None if reply.kind == model.FALLBACK else f"is answered as {got}, not out of scope"
    if reply.urgent:
        return "triggers the emergency reply"
    return None if got == iid else f"is understood as {got}"


def run_checks(directory: Path | None, out: TextIO, eval_sets: list[Path] | None = None) -> int:
    """Print every problem as file:line: what is wrong; exit status 1 if there is any. Eval messages that
    are near copies of the knowledge's examples are warned about (they measure memory), status unchanged."""
    directory = directory or loader.default_dir()
    try:
        engine = Engine(loader.load(directory))
    except KnowledgeError as exc:
        problems = exc.problems
    else:
        problems = twin_problems(engine) + example_problems(engine)
    for problem in problems:
        print(problem, file=out)
    if problems:
        print(f"{len(problems)} problem(s) in {directory}", file=out)
        return 1
    base = engine.kb
    examples = sum(len(i.examples) for i in base.intents.values())
    print(
        f"OK: {len(base.intents)} intents, {examples} examples, {len(base.facts)} facts in {directory}",
        file=out,
    )
    for warning in near_copies(base, [p for p in eval_sets or () if p.exists()]):
        print(warning, file=out)
    return 0
