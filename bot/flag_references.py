"""Checks that red_flags.yaml agrees with itself and with facts.yaml: every name a rule uses is defined."""

from __future__ import annotations

from collections.abc import Callable

from bot import kb
from bot.yamlfile import LineDict, line_at

# Placeholders each reply text must keep, or the reply would lose its call to action.
PLACEHOLDERS = {
    "configured": "{number}",
    "unconfigured": "{numbers}",
    "urgent_care_configured": "{line}",
    "emergency_body": "{call}",
    "same_day_body": "{call}",
    "caution": "{numbers}",
    "reminder": "{call}",
}


def check_red_flags(
    base: kb.KnowledgeBase, raw: LineDict, bad: Callable[[str, int | None, str], None]
) -> None:
    """Report each dangling name, missing placeholder or rule that could never fire."""
    flags = base.red_flags
    problem = lambda line, message: bad("red_flags", line, message)  # noqa: E731
    for key, placeholder in PLACEHOLDERS.items():
        if placeholder not in flags.texts.get(key, ""):
            problem(line_at(raw, "reply", key), f"reply.{key} must contain {placeholder}")
    command = flags.rules.get(flags.texts.get("emergency_command", ""))
    if command is None or command.level != "emergency":
        problem(
            line_at(raw, "reply", "emergency_command"), "reply.emergency_command must name an emergency rule"
        )
    if flags.durations.concept not in flags.concepts:
        problem(line_at(raw, "durations"), f"durations.concept: unknown concept '{flags.durations.concept}'")
    if flags.old_year and flags.old_year.concept not in flags.concepts:
        problem(line_at(raw, "old_year"), f"old_year.concept: unknown concept '{flags.old_year.concept}'")
    for name in flags.progress:
        if name not in flags.concepts:
            problem(line_at(raw, "progress"), f"progress: unknown concept '{name}'")
    carried = flags.carried
    for name in (*carried.places, carried.pointer, *carried.needs, *carried.unless, *carried.anywhere) if carried else ():
        if name and name not in flags.concepts:
            problem(line_at(raw, "carried_places"), f"carried_places: unknown concept '{name}'")
    for name in carried.places if carried else ():
        if name in flags.concepts and flags.concepts[name].kind != "place":
            problem(line_at(raw, "carried_places"), f"carried_places.places: '{name}' is not a place")
    for rid in set(flags.rules) & set(flags.concepts):
        problem(line_at(raw, "rules", rid), f"'{rid}' names both a rule and a concept: rename one")
    chained = {
        rid for rid, rule in flags.rules.items() for p in rule.patterns if set(p.with_) & set(flags.rules)
    }
    for rid, rule in flags.rules.items():
        where = line_at(raw, "rules", rid)
        for fid in rule.facts:
            if fid not in base.facts:
                problem(where, f"rules.{rid}: unknown fact '{fid}'")
        for n, pattern in enumerate(rule.patterns):
            for name in (*pattern.near, *pattern.negated, *pattern.unless):
                if name not in flags.concepts:
                    problem(where, f"rules.{rid}.when[{n}]: unknown concept '{name}'")
            for name in pattern.with_:
                if name in flags.rules:
                    if name in chained:
                        problem(where, f"rules.{rid}.when[{n}]: '{name}' itself depends on another rule")
                elif name not in flags.concepts:
                    problem(where, f"rules.{rid}.when[{n}]: unknown concept or rule '{name}'")
            if (
                pattern.near
                and all(
                    flags.concepts.get(c, None) and flags.concepts[c].kind == "place" for c in pattern.near
                )
                and not pattern.with_
            ):
                problem(where, f"rules.{rid}.when[{n}]: a body part alone is not a red flag; add a sign")
