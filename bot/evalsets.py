"""Reading labelled sets for `spasm-bot eval`: messages (`cases:`) or conversations (`dialogues:`).

Every malformed case, turn or threshold is reported with its file and line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot import kb
from bot.model import TRIAGE_LEVELS
from bot.yamlfile import KnowledgeError, Problem, read

METRICS = ("top1", "multi_all_topics", "out_of_scope", "urgent_recall", "false_urgent", "not_covered",
           "not_turned_away", "kind", "follow_ups")  # fmt: skip
EXPECT = ("topic", "uncovered", "other_cramp", "out_of_scope")
SPLIT_NAMES = ("tune", "holdout", "blind")


@dataclass
class EvalSet:
    name: str
    cases: list[dict] = field(default_factory=list)
    dialogues: list[dict] = field(default_factory=list)
    thresholds: dict[str, float] = field(default_factory=dict)
    # (split, metric) -> (the gate CI applies instead of the threshold, the reason, stated in the output)
    shortfalls: dict[tuple[str, str], tuple[float, str]] = field(default_factory=dict)


def load(path: Path) -> EvalSet:
    data, problems = read(path), []
    if not isinstance(data, dict):
        raise KnowledgeError([Problem(path.name, None, "must be a mapping with 'cases' or 'dialogues'")])
    out = EvalSet(path.name)
    if "dialogues" in data:
        out.dialogues = _items(data, "dialogues", path, problems)
        for d in out.dialogues:
            _dialogue(d, path, problems)
        if "threshold" in data:  # the older single number: follow-up accuracy
            data.setdefault("thresholds", {"follow_ups": data["threshold"]})
    else:
        out.cases = _items(data, "cases", path, problems)
        for case in out.cases:
            _case(case, path, problems)
    out.thresholds = _thresholds(data, path, problems)
    out.shortfalls = _shortfalls(data, path, problems)
    if problems:
        raise KnowledgeError(problems)
    return out


def _case(case: dict, path: Path, problems: list[Problem]) -> None:
    line = getattr(case, "line", None)
    bad = lambda message: problems.append(Problem(path.name, line, message))  # noqa: E731
    if not isinstance(case.get("text"), str):
        bad("a case needs 'text'")
    intents = case.get("intents", [])
    if not isinstance(intents, list) or not all(isinstance(i, str) for i in intents):
        bad("'intents' must be a list of intent ids")
    if case.get("expect", "topic") not in EXPECT:
        bad(f"'expect' must be one of: {', '.join(EXPECT)}")
    if case.get("kind") is not None and case.get("kind") not in kb.QUESTION_KINDS:
        bad(f"'kind' must be one of: {', '.join(kb.QUESTION_KINDS)}")
    if case.get("split", "tune") not in SPLIT_NAMES:
        bad(f"'split' must be one of: {', '.join(SPLIT_NAMES)}")


def _dialogue(dialogue: dict, path: Path, problems: list[Problem]) -> None:
    line = getattr(dialogue, "line", None)
    turns = dialogue.get("turns")
    if not isinstance(turns, list) or not all(
        isinstance(t, dict) and isinstance(t.get("user"), str) for t in turns
    ):
        problems.append(Problem(path.name, line, "'turns' must be a list of {user: ...}"))
    else:
        for turn in turns:
            if turn.get("kind") is not None and turn.get("kind") not in kb.QUESTION_KINDS:
                problems.append(
                    Problem(path.name, line, f"turn kind must be one of: {', '.join(kb.QUESTION_KINDS)}")
                )
            if turn.get("triage") is not None and turn.get("triage") not in TRIAGE_LEVELS:
                problems.append(Problem(path.name, line, f"turn triage must be one of: {', '.join(TRIAGE_LEVELS)}"))
    if dialogue.get("split", "tune") not in SPLIT_NAMES:
        problems.append(Problem(path.name, line, f"'split' must be one of: {', '.join(SPLIT_NAMES)}"))
    dialogue.setdefault("name", f"line {line or '?'}")


def _number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _thresholds(data, path: Path, problems: list[Problem]) -> dict[str, float]:
    raw = data.get("thresholds")
    out = {}
    for name, value in raw.items() if isinstance(raw, dict) else ():
        if name in METRICS and _number(value):
            out[name] = float(value)
        else:
            line = raw.line_of(name) if hasattr(raw, "line_of") else None
            problems.append(Problem(path.name, line, f"threshold {name}: unknown or not a number"))
    if raw is not None and not isinstance(raw, dict):
        problems.append(Problem(path.name, None, "'thresholds' must be a mapping of metric: number"))
    return out


def _shortfalls(data, path: Path, problems: list[Problem]) -> dict[tuple[str, str], tuple[float, str]]:
    """Known shortfalls on a held-out split: the figure honestly reached, gated on, with the reason."""
    out = {}
    for item in data.get("shortfalls") or []:
        ok = (
            isinstance(item, dict)
            and item.get("split") in ("all", *SPLIT_NAMES)
            and item.get("metric") in METRICS
        )
        if ok and _number(item.get("gate")) and isinstance(item.get("reason"), str):
            out[(item["split"], item["metric"])] = (float(item["gate"]), item["reason"])
        else:
            problems.append(Problem(path.name, getattr(item, "line", None),
                                    "a shortfall needs split, metric, gate (a number) and reason"))  # fmt: skip
    return out


def _items(data, key: str, path: Path, problems: list[Problem]) -> list[dict]:
    items = data.get(key)
    if not isinstance(items, list) or not all(isinstance(c, dict) for c in items):
        problems.append(
            Problem(path.name, getattr(data, "line", None), f"'{key}' must be a list of mappings")
        )
        return []
    return items
