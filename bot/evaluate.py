"""`spasm-bot eval`: score the engine on a labelled set of messages (and of conversations), like `rasa test nlu`."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bot import model
from bot.engine import Engine
from bot.model import Context
from bot.yamlfile import KnowledgeError, Problem, read

THRESHOLD_NAMES = ("top1", "out_of_scope", "urgent_recall", "false_urgent")


@dataclass
class Tally:
    """Counts for one slice of the set (all, tune, holdout)."""

    top1: list[bool] = field(default_factory=list)
    multi: list[bool] = field(default_factory=list)
    oos: list[bool] = field(default_factory=list)
    urgent: list[bool] = field(default_factory=list)
    false_urgent: list[bool] = field(default_factory=list)

    def rates(self) -> dict[str, float | None]:
        rate = lambda xs: sum(xs) / len(xs) if xs else None  # noqa: E731
        return {
            "top1": rate(self.top1),
            "multi_all_topics": rate(self.multi),
            "out_of_scope": rate(self.oos),
            "urgent_recall": rate(self.urgent),
            "false_urgent": rate(self.false_urgent),
        }


@dataclass
class Report:
    slices: dict[str, Tally]
    per_intent: dict[str, tuple[float, float, int]]  # intent -> (precision, recall, expected count)
    confused: Counter
    misses: list[str]
    thresholds: dict[str, float]
    dialogue: tuple[int, int] | None = None  # (turns right, turns) for follow-up turns
    dialogue_threshold: float | None = None

    def failures(self) -> list[str]:
        rates = self.slices["all"].rates()
        out = []
        for name, limit in self.thresholds.items():
            value = rates.get(name)
            if value is None:
                continue
            bad = value > limit if name == "false_urgent" else value < limit
            if bad:
                out.append(f"{name} {value:.1%} (threshold {limit:.0%})")
        if self.dialogue and self.dialogue_threshold is not None:
            right, total = self.dialogue
            if total and right / total < self.dialogue_threshold:
                out.append(
                    f"follow-up accuracy {right / total:.1%} (threshold {self.dialogue_threshold:.0%})"
                )
        return out


def evaluate(engine: Engine, cases: list[dict], thresholds: dict[str, float]) -> Report:
    slices = {"all": Tally(), "tune": Tally(), "holdout": Tally()}
    right_when_predicted: Counter = Counter()  # got[0] == i and it is an expected intent
    right_when_expected: Counter = Counter()  # want[0] == i and got[0] is an expected intent
    predicted: Counter = Counter()
    expected_count: Counter = Counter()
    confused: Counter = Counter()
    misses: list[str] = []
    for case in cases:
        reply = engine.reply(case["text"], Context(), now=0.0)
        want, urgent = list(case.get("intents") or []), bool(case.get("urgent"))
        got = list(reply.intents)
        tallies = [slices["all"], slices.get(case.get("split", "tune"), slices["tune"])]
        problem = None
        if urgent:
            for t in tallies:
                t.urgent.append(reply.urgent)
            if not reply.urgent:
                problem = "missed urgent"
        else:
            for t in tallies:
                t.false_urgent.append(reply.urgent)
            if reply.urgent:
                problem = "false urgent"
            elif not want:
                ok = reply.kind == model.FALLBACK
                for t in tallies:
                    t.oos.append(ok)
                if not ok:
                    problem = f"should be out of scope, got {reply.kind} {got}"
            else:
                ok = bool(got) and got[0] in want
                for t in tallies:
                    t.top1.append(ok)
                    if len(want) > 1:
                        t.multi.append(set(want) <= set(got))
                first = got[0] if got else f"({reply.kind})"
                expected_count[want[0]] += 1
                predicted[first] += 1
                if ok:
                    right_when_predicted[first] += 1
                    right_when_expected[want[0]] += 1
                else:
                    confused[(want[0], first)] += 1
                    problem = f"wanted {want}, got {reply.kind} {got or [c.intent for c in reply.choices]}"
        if problem:
            misses.append(f"[{case.get('split', 'tune')}] {case['text'][:70]!r}: {problem}")
    per_intent = {
        i: (
            right_when_predicted[i] / max(predicted[i], 1),
            right_when_expected[i] / expected_count[i],
            expected_count[i],
        )
        for i in sorted(expected_count)
    }
    return Report(slices, per_intent, confused, misses, thresholds)


def evaluate_dialogues(engine: Engine, dialogues: list[dict]) -> tuple[tuple[int, int], list[str]]:
    """Follow-up accuracy: every turn after the first, scored with the context of the turns before it."""
    right = total = 0
    misses = []
    for dialogue in dialogues:
        context = Context()
        for n, turn in enumerate(dialogue["turns"]):
            reply = engine.reply(turn["user"], context, now=float(n))
            context = reply.context
            ok = _turn_ok(turn, reply)
            if n > 0:
                total += 1
                right += ok
            if not ok:
                got = "urgent" if reply.urgent else f"{reply.kind} {list(reply.intents)}"
                misses.append(f"{dialogue['name']!r} turn {n + 1} {turn['user'][:50]!r}: got {got}")
    return (right, total), misses


def _turn_ok(turn: dict, reply: model.Reply) -> bool:
    if bool(turn.get("urgent")) != reply.urgent:
        return False
    if turn.get("urgent"):
        return True
    want = turn.get("intent")
    if want in (None, "none"):
        return reply.kind == model.FALLBACK
    if not reply.intents or reply.intents[0] != want:
        return False
    return set(turn.get("includes") or ()) <= set(reply.intents)


def load_set(path: Path) -> tuple[list[dict], dict[str, float]]:
    """Labelled messages and thresholds; every malformed case is reported with its line."""
    data, problems = read(path), []
    cases = _items(data, "cases", path, problems)
    for case in cases:
        line = getattr(case, "line", None)
        if not isinstance(case.get("text"), str):
            problems.append(Problem(path.name, line, "a case needs 'text'"))
        intents = case.get("intents", [])
        if not isinstance(intents, list) or not all(isinstance(i, str) for i in intents):
            problems.append(Problem(path.name, line, "'intents' must be a list of intent ids"))
    raw = data.get("thresholds") if isinstance(data, dict) else None
    thresholds = {}
    for name, value in (raw or {}).items() if isinstance(raw, dict) else ():
        if name in THRESHOLD_NAMES and isinstance(value, int | float) and not isinstance(value, bool):
            thresholds[name] = float(value)
        else:
            problems.append(
                Problem(path.name, raw.line_of(name), f"threshold {name}: unknown or not a number")
            )
    if problems:
        raise KnowledgeError(problems)
    return cases, thresholds


def load_dialogues(path: Path) -> tuple[list[dict], float | None]:
    """Conversations and their threshold; every malformed turn is reported with its line."""
    data, problems = read(path), []
    dialogues = _items(data, "dialogues", path, problems)
    for dialogue in dialogues:
        turns = dialogue.get("turns")
        if not isinstance(turns, list) or not all(
            isinstance(t, dict) and isinstance(t.get("user"), str) for t in turns
        ):
            problems.append(
                Problem(path.name, getattr(dialogue, "line", None), "'turns' must be a list of {user: ...}")
            )
        dialogue.setdefault("name", f"line {getattr(dialogue, 'line', '?')}")
    threshold = data.get("threshold") if isinstance(data, dict) else None
    if threshold is not None and (isinstance(threshold, bool) or not isinstance(threshold, int | float)):
        problems.append(Problem(path.name, data.line_of("threshold"), "'threshold' must be a number"))
    if problems:
        raise KnowledgeError(problems)
    return dialogues, float(threshold) if threshold is not None else None


def _items(data, key: str, path: Path, problems: list[Problem]) -> list[dict]:
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list) or not all(isinstance(c, dict) for c in items):
        problems.append(
            Problem(path.name, getattr(data, "line", None), f"'{key}' must be a list of mappings")
        )
        return []
    return items
