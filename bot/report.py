"""Printing evaluation reports so they read well in a terminal: one table per set, a column per split."""

from __future__ import annotations

from bot.evaluate import LOWER_IS_BETTER, SPLITS, SetReport

LABELS = {
    "top1": "top-1 accuracy",
    "multi_all_topics": "multi-topic: all topics found",
    "out_of_scope": "out of scope rejected",
    "not_covered": "not in the article: right reply",
    "not_turned_away": "not in the article: not refused",
    "urgent_recall": "urgent recall",
    "false_urgent": "false urgent",
    "kind": "question kind",
    "follow_ups": "follow-ups (turns after the first)",
}


def _pct(value: float | None) -> str:
    return "      -" if value is None else f"{value:7.1%}"


def format_set(report: SetReport) -> list[str]:
    splits = [s for s in SPLITS if report.size[s]]
    lines = [
        f"{report.name}",
        f"  {'metric':36}" + "".join(f"{s:>8}" for s in splits) + "  threshold (all, held out)",
    ]
    for metric, label in LABELS.items():
        if not any(report.slices[s].count(metric) for s in splits):
            continue
        limit = report.thresholds.get(metric)
        bound = f"{'<=' if metric in LOWER_IS_BETTER else '>='} {limit:.0%}" if limit is not None else ""
        cells = "".join(f" {_pct(report.slices[s].rate(metric))}" for s in splits)
        lines.append(f"  {label:36}{cells}  {bound}")
    counts = "".join(f"{report.size[s]:>8}" for s in splits)
    lines.append(f"  {'messages or turns':36}{counts}")
    for (split, metric), (gate, reason) in sorted(report.shortfalls.items()):
        limit = report.thresholds.get(metric)
        target = f"{limit:.0%}" if limit is not None else "-"
        lines.append(f"  KNOWN SHORTFALL: {split} {LABELS.get(metric, metric)} gated at {gate:.0%}, "
                     f"below the {target} target: {reason}")  # fmt: skip
    if report.confused:
        lines.append("  most confused (expected -> got): " + ", ".join(
            f"{n} x {want} -> {got}" for (want, got), n in report.confused.most_common(6)))  # fmt: skip
    return lines


def format_reports(reports: list[SetReport], show_misses: int = 25, split: str | None = None) -> str:
    lines: list[str] = []
    for report in reports:
        lines += [*format_set(report), ""]
    misses = [m for r in reports for m in r.misses if split is None or m.startswith(f"[{split}]")]
    if misses and show_misses:
        lines += [
            f"Misses{f' in {split}' if split else ''} ({len(misses)}, first {min(show_misses, len(misses))})"
        ]
        lines += [f"  {m}" for m in misses[:show_misses]]
        lines.append("")
    failures = [f for r in reports for f in r.failures()]
    gated = sum(len(r.shortfalls) for r in reports)
    known = f" ({gated} known shortfall(s) gated at the figure reached, listed above)" if gated else ""
    lines.append("FAIL: " + "; ".join(failures) if failures else f"PASS: every threshold met{known}")
    return "\n".join(lines)
