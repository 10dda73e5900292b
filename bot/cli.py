"""The `spasm-bot` command line: chat, ask, check, eval and telegram. Only `telegram` imports telegram."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from bot import __version__

DEFAULT_EVAL = Path("tests/data/eval.yaml")
DEFAULT_DIALOGUES = Path("tests/data/dialogues.yaml")
DEFAULT_SETS = (DEFAULT_EVAL, Path("tests/data/real_questions.yaml"), DEFAULT_DIALOGUES)
DEFAULT_RED_FLAGS = Path("tests/data/red_flags.yaml")


def _engine(args: argparse.Namespace):
    from bot.engine import Engine

    return Engine.load(
        args.knowledge, getattr(args, "emergency_number", None), getattr(args, "urgent_care_line", None)
    )


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.terminal import chat

    return chat(_engine(args), sys.stdin, sys.stdout)


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.model import Context
    from bot.render import plain

    engine = _engine(args)
    show = lambda question, reply: (  # noqa: E731
        json.dumps(_as_json(question, reply), ensure_ascii=False) if args.json else plain(reply)
    )
    if args.question is not None:
        if args.explain:
            print(_explain(engine, args.question))
        print(show(args.question, engine.reply(args.question)))
        return 0
    context = Context()
    for line in sys.stdin:
        question = line.rstrip("\r\n")
        reply = engine.reply(question, context if args.conversation else Context())
        context = reply.context
        print(show(question, reply) + ("" if args.json else "\n"), flush=True)
    return 0


def _explain(engine, question: str) -> str:
    """What the engine read and how it scored each intent: for people editing the knowledge."""
    seen = engine.understand(question)
    lines = [
        f"terms:   {' '.join(seen.terms)}",
        f"triage:  {seen.triage.level or 'none'} {seen.triage.reason}".rstrip(),
    ]
    if seen.triage.mentioned:
        lines.append(f"mentioned (exempt or negated): {', '.join(seen.triage.mentioned)}")
    lines.append(f"domain:  {seen.scores.domain:.2f}")
    for c in seen.scores.candidates[:6]:
        lines.append(f"  {c.intent:20} score {c.score:5.2f}  keywords {c.keywords:4.2f}")
    lines.append(f"decision: {seen.decision.kind} {list(seen.decision.intents or seen.decision.choices)}")
    lines.append(f"kind:     {seen.kind or '(no cue)'}")
    if seen.subject:
        lines.append(f"subject:  {seen.subject.id} ({seen.subject.scope})")
    return "\n".join(lines) + "\n"


def _as_json(question: str, reply) -> dict:
    from bot.render import plain

    return {
        "question": question,
        "intents": list(reply.intents),
        "urgent": reply.urgent,
        "kind": reply.question_kind,
        "triage": reply.triage,
        "reply": plain(reply),
    }


def cmd_check(args: argparse.Namespace) -> int:
    from bot.checks import run_checks

    return run_checks(args.knowledge, sys.stdout, list(args.sets) or list(DEFAULT_SETS))


def cmd_eval(args: argparse.Namespace) -> int:
    from bot import evalsets
    from bot.evaluate import evaluate
    from bot.report import format_reports

    engine = _engine(args)
    files = [Path(f) for f in args.file] or [p for p in DEFAULT_SETS if p.exists()]
    if args.dialogues is not None:
        files.append(Path(args.dialogues))
    sets = [evalsets.load(f) for f in files]
    reports = [evaluate(engine, s) for s in sets]
    # Held-out and blind misses are never read one by one (that would be tuning on them): tune unless asked.
    print(format_reports(reports, args.misses, args.split or "tune"))
    failures = [f for r in reports for f in r.failures()]
    # eval.yaml's calm messages double as the red-flag set's false-alarm checks
    calm = [c for s, f in zip(sets, files, strict=True) if f.name == DEFAULT_EVAL.name for c in s.cases
            if not c.get("urgent")]  # fmt: skip
    triage = _red_flag_report(engine, args, calm, DEFAULT_EVAL in files)
    if triage is not None:
        from bot.evaluate_triage import format_triage

        triage.misses = [m for m in triage.misses if m.startswith(f"[{args.split or 'tune'}]")]
        print("\n" + format_triage(triage, args.misses))
        failures += triage.failures()
        print(
            "\nFAIL: " + "; ".join(triage.failures())
            if triage.failures()
            else "\nPASS: red-flag thresholds met"
        )
    return 1 if failures else 0


def _red_flag_report(engine, args: argparse.Namespace, calm: list[dict], default_set: bool):
    """The red-flag set's report (with eval.yaml's calm messages as false-alarm checks), or None."""
    from bot.evaluate_triage import evaluate_triage, load_red_flag_set

    path = args.red_flags
    if path is None and default_set and DEFAULT_RED_FLAGS.exists():
        path = DEFAULT_RED_FLAGS
    if path is None:
        return None
    flagged, thresholds, shortfalls = load_red_flag_set(Path(path), set(engine.kb.red_flags.rules))
    return evaluate_triage(engine, flagged, thresholds, calm, shortfalls)


def cmd_telegram(args: argparse.Namespace) -> int:
    from bot.tgbot.options import run

    return run(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spasm-bot",
        description="Answers questions about muscle spasms and cramps from one article. Not medical advice.",
    )
    parser.add_argument("--version", action="version", version=f"spasm-bot {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    knowledge = argparse.ArgumentParser(add_help=False)
    knowledge.add_argument("--knowledge", type=Path, metavar="DIR", help="load another knowledge folder")
    knowledge.add_argument(
        "--emergency-number",
        metavar="N",
        default=os.environ.get("SPASM_BOT_EMERGENCY_NUMBER") or None,
        help="the emergency number to lead with, e.g. 112 ($SPASM_BOT_EMERGENCY_NUMBER)",
    )
    knowledge.add_argument(
        "--urgent-care-line",
        metavar="TEXT",
        default=os.environ.get("SPASM_BOT_URGENT_CARE_LINE") or None,
        help="where to get help today, e.g. 'NHS 111' ($SPASM_BOT_URGENT_CARE_LINE)",
    )

    p = sub.add_parser("chat", parents=[knowledge], help="talk to the bot in the terminal (the default)")
    p.set_defaults(func=cmd_chat)
    p = sub.add_parser("ask", parents=[knowledge], help="print the reply to one question (or to stdin lines)")
    p.add_argument("question", nargs="?", help="the question; without it, one question per stdin line")
    p.add_argument("--json", action="store_true", help="print one JSON object per question")
    p.add_argument("--conversation", action="store_true", help="treat stdin lines as one conversation")
    p.add_argument("--explain", action="store_true", help="also show how the question was read and scored")
    p.set_defaults(func=cmd_ask)
    p = sub.add_parser("check", parents=[knowledge], help="validate the knowledge base")
    p.add_argument(
        "sets",
        nargs="*",
        type=Path,
        help="eval sets to check for near copies of examples (default: the eval sets)",
    )
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("eval", parents=[knowledge], help="score a labelled set of messages")
    p.add_argument(
        "file",
        nargs="*",
        type=Path,
        help="labelled sets (default: " + ", ".join(map(str, DEFAULT_SETS)) + ")",
    )
    p.add_argument(
        "--dialogues", type=Path, metavar="FILE", help=f"conversations (default {DEFAULT_DIALOGUES})"
    )
    p.add_argument(
        "--red-flags", type=Path, metavar="FILE", help=f"red-flag messages (default {DEFAULT_RED_FLAGS})"
    )
    p.add_argument("--misses", type=int, default=25, metavar="N", help="how many misses to list")
    p.add_argument(
        "--split", metavar="NAME", help="list misses only from this split (tune: the only one to tune on)"
    )
    p.set_defaults(func=cmd_eval)
    p = sub.add_parser("telegram", help="run the Telegram bot (token in TELEGRAM_BOT_TOKEN)")
    try:
        from bot.tgbot.options import add_arguments
    except ImportError:  # the Telegram adapter is optional for the engine commands
        pass
    else:
        add_arguments(p)
    p.set_defaults(func=cmd_telegram)
    return parser


def main(argv: list[str] | None = None) -> int:
    from bot.yamlfile import KnowledgeError

    args = build_parser().parse_args(argv)
    func = getattr(args, "func", cmd_chat)
    if not hasattr(args, "knowledge"):
        args.knowledge = None
    try:
        return func(args)
    except KnowledgeError as exc:
        print("spasm-bot: problems found:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except FileNotFoundError as exc:
        print(f"spasm-bot: {exc.strerror}: {exc.filename}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. piped into `head`: stop quietly
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps Python from complaining at exit
        return 0
