"""`spasm-bot eval`, red-flag part: recall per care level and per condition, over-triage and false alarms."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bot.engine import Engine
from bot.model import EMERGENCY, SAME_DAY, TRIAGE_LEVELS, Context
from bot.yamlfile import KnowledgeError, Problem, read

LEVELS = (*TRIAGE_LEVELS, "none")
THRESHOLDS = ("emergency_recall", "same_day_recall", "false_alarms")
SPLITS = ("all", "tune", "holdout")


@dataclass
class TriageTally:
    """Outcomes for one split: each list holds one bool per case."""

    emergency: list[bool] = field(default_factory=list)  # emergency case answered as emergency
    same_day: list[bool] = field(default_factory=list)  # same-day case triaged at all
    over: list[bool] = field(default_factory=list)  # same-day case answered as emergency
    false_alarm: list[bool] = field(default_factory=list)  # calm case triaged at any level
    eval_false_alarm: list[bool] = field(default_factory=list)  # calm case of eval.yaml triaged
    conditions: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))

    def rates(self) -> dict[str, float | None]:
        rate = lambda xs: sum(xs) / len(xs) if xs else None  # noqa: E731
        alarms = self.false_alarm + self.eval_false_alarm
        return {
            "emergency_recall": rate(self.emergency),
            "same_day_recall": rate(self.same_day),
            "over_triage": rate(self.over),
            "false_alarms": rate(alarms),
            "false_alarms_set": rate(self.false_alarm),
            "false_alarms_eval": rate(self.eval_false_alarm),
        }


@dataclass
class TriageReport:
    slices: dict[str, TriageTally]
    thresholds: dict[str, float]
    misses: list[str]
    shortfalls: dict[tuple[str, str], tuple[float, str]] = field(
        default_factory=dict
    )  # (split, metric) -> gate, why

    def failures(self) -> list[str]:
        """Each split against the thresholds, or against a stated shortfall's gate where there is one."""
        out = []
        for split in SPLITS:
            rates = self.slices[split].rates()
            for name, limit in self.thresholds.items():
                value = rates.get(name)
                gate = self.shortfalls.get((split, name), (limit, ""))[0]
                if value is not None and (value > gate if name == "false_alarms" else value < gate):
                    out.append(f"red flags {split}: {name} {value:.1%} (gate {gate:.0%})")
        return out


def evaluate_triage(
    engine: Engine,
    cases: list[dict],
    thresholds: dict[str, float],
    calm_eval: list[dict] = (),
    shortfalls: dict[tuple[str, str], tuple[float, str]] | None = None,
) -> TriageReport:
    """Score every red-flag case; ``calm_eval``: eval.yaml's non-urgent cases, counted as false alarms too."""
    slices = {name: TriageTally() for name in SPLITS}
    misses = []
    for case in cases:
        reply = engine.reply(case["text"], Context(), now=0.0)
        want, got = case["level"], reply.triage
        split = case.get("split", "tune")
        for tally in (slices["all"], slices[split]):
            if want == EMERGENCY:
                ok = got == EMERGENCY
                tally.emergency.append(ok)
            elif want == SAME_DAY:
                ok = got is not None
                tally.same_day.append(ok)
                tally.over.append(got == EMERGENCY)
            else:
                ok = got is None
                tally.false_alarm.append(not ok)
            if want != "none":
                tally.conditions[case["condition"]].append(ok)
        if not ok or (want == SAME_DAY and got == EMERGENCY):
            fired = engine.understand(case["text"]).triage.reason or "-"
            misses.append(
                f"[{split}] {case['text'][:80]!r}: want {want} ({case['condition']}), got {got} ({fired})"
            )
    for case in calm_eval:
        got = engine.reply(case["text"], Context(), now=0.0).triage
        split = case.get("split", "tune")
        for tally in (slices["all"], slices.get(split, slices["tune"])):
            tally.eval_false_alarm.append(got is not None)
        if got is not None:
            misses.append(f"[{split}] eval.yaml {case['text'][:70]!r}: calm, got {got}")
    return TriageReport(slices, thresholds, misses, shortfalls or {})


def load_red_flag_set(
    path: Path, rules: set[str]
) -> tuple[list[dict], dict[str, float], dict[tuple[str, str], tuple[float, str]]]:
    """Labelled red-flag messages, thresholds and stated shortfalls; every malformed entry is reported."""
    data, problems = read(path), []
    cases = data.get("cases") if isinstance(data, dict) else None
    if not isinstance(cases, list):
        raise KnowledgeError([Problem(path.name, None, "'cases' must be a list of mappings")])
    for case in cases:
        line = getattr(case, "line", None)
        if not isinstance(case, dict) or not isinstance(case.get("text"), str):
            problems.append(Problem(path.name, line, "a case needs 'text'"))
        elif case.get("level") not in LEVELS:
            problems.append(Problem(path.name, line, f"'level' must be one of {', '.join(LEVELS)}"))
        elif case.get("condition") not in rules and not (case["level"] == "none" and case.get("condition") == "none"):
            # a calm message may share words with no rule in particular: condition `none`
            problems.append(Problem(path.name, line, f"unknown condition {case.get('condition')!r}"))
        elif case.get("split", "tune") not in SPLITS[1:]:
            problems.append(Problem(path.name, line, "'split' must be tune or holdout"))
    raw = data.get("thresholds") or {}
    thresholds = {k: float(v) for k, v in raw.items() if k in THRESHOLDS and isinstance(v, int | float)}
    problems += [
        Problem(path.name, raw.line_of(k), f"unknown threshold {k}") for k in raw if k not in THRESHOLDS
    ]
    shortfalls = {}
    for item in data.get("shortfalls") or []:
        ok = isinstance(item, dict) and item.get("split") in SPLITS and item.get("metric") in THRESHOLDS
        if not ok or not isinstance(item.get("gate"), int | float) or not isinstance(item.get("reason"), str):
            line = getattr(item, "line", None)
            problems.append(
                Problem(path.name, line, "a shortfall needs split, metric, gate (a number) and reason")
            )
            continue
        shortfalls[(item["split"], item["metric"])] = (float(item["gate"]), item["reason"])
    if problems:
        raise KnowledgeError(problems)
    return cases, thresholds, shortfalls


def format_triage(report: TriageReport, show_misses: int) -> str:
    pct = lambda v: "   -  " if v is None else f"{v:6.1%}"  # noqa: E731
    rates = {s: report.slices[s].rates() for s in SPLITS}
    lines = [
        "Red flags (tests/data/red_flags.yaml)",
        f"  {'metric':34} {'all':>7} {'tune':>7} {'holdout':>7}  threshold",
    ]
    labels = {
        "emergency_recall": "emergency recall", "same_day_recall": "same-day recall (any triage)",
        "over_triage": "over-triage (same-day -> emergency)", "false_alarms": "false alarms (calm, both sets)",
        "false_alarms_set": "  of which red_flags.yaml calm", "false_alarms_eval": "  of which eval.yaml calm",
    }  # fmt: skip
    for key, label in labels.items():
        limit = report.thresholds.get(key)
        bound = f"{'<=' if key == 'false_alarms' else '>='} {limit:.0%}" if limit is not None else ""
        lines.append(f"  {label:34} {' '.join(pct(rates[s][key]) for s in SPLITS)}  {bound}")
    lines += ["", f"  {'recall per condition':34} {'all':>7} {'tune':>7} {'holdout':>7}"]
    for condition in sorted(report.slices["all"].conditions):
        cells = []
        for s in SPLITS:
            xs = report.slices[s].conditions.get(condition, [])
            cells.append(f"{sum(xs):>3}/{len(xs):<3}" if xs else "   -   ")
        lines.append(f"  {condition:34} {' '.join(cells)}")
    if report.shortfalls:
        lines += ["", "  Known shortfalls (gated at the figure honestly reached, not at the threshold)"]
        for (split, metric), (gate, reason) in sorted(report.shortfalls.items()):
            lines.append(f"    {split} {metric}: gate {gate:.0%} - {reason}")
    if report.misses and show_misses:
        lines += [
            "",
            f"  Red-flag misses ({len(report.misses)}, first {min(show_misses, len(report.misses))})",
        ]
        lines += [f"    {m}" for m in report.misses[:show_misses]]
    return "\n".join(lines)
