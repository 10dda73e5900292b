"""Printing an evaluation report so it reads well in a terminal."""

from __future__ import annotations

from bot.evaluate import Report

LABELS = {
    "top1": "top-1 accuracy",
    "multi_all_topics": "multi-topic: all topics found",
    "out_of_scope": "out of scope rejected",
    "urgent_recall": "urgent recall",
    "false_urgent": "false urgent",
}


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.1%}"


def format_report(report: Report, show_misses: int = 25) -> str:
    lines = ["Single messages", f"  {'metric':32} {'all':>7} {'tune':>7} {'holdout':>7}  threshold"]
    rates = {name: tally.rates() for name, tally in report.slices.items()}
    sizes = {name: len(t.urgent) + len(t.false_urgent) for name, t in report.slices.items()}
    for key, label in LABELS.items():
        limit = report.thresholds.get(key)
        sign = "<=" if key == "false_urgent" else ">="
        bound = f"{sign} {limit:.0%}" if limit is not None else ""
        cells = " ".join(_pct(rates[s][key]) for s in ("all", "tune", "holdout"))
        lines.append(f"  {label:32} {cells}  {bound}")
    lines.append(f"  {'messages':32} {sizes['all']:>7} {sizes['tune']:>7} {sizes['holdout']:>7}")
    lines += [
        "",
        "Per intent (first intent of the reply)",
        f"  {'intent':22} {'precision':>9} {'recall':>7} {'n':>4}",
    ]
    for intent, (precision, recall, expected) in report.per_intent.items():
        lines.append(f"  {intent:22} {precision:9.0%} {recall:7.0%} {expected:4}")
    if report.confused:
        lines += ["", "Most confused (expected -> got)"]
        for (want, got), n in report.confused.most_common(8):
            lines.append(f"  {n:3} x {want} -> {got}")
    if report.dialogue:
        right, total = report.dialogue
        limit = (
            f"  (threshold {report.dialogue_threshold:.0%})" if report.dialogue_threshold is not None else ""
        )
        lines += [
            "",
            f"Conversations: follow-up accuracy {right}/{total} = {right / max(total, 1):.1%}{limit}",
        ]
    if report.misses and show_misses:
        lines += ["", f"Misses ({len(report.misses)}, first {min(show_misses, len(report.misses))})"]
        lines += [f"  {m}" for m in report.misses[:show_misses]]
    failures = report.failures()
    lines += ["", "FAIL: " + "; ".join(failures) if failures else "PASS: every threshold met"]
    return "\n".join(lines)
