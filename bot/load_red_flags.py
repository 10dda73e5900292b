"""Loading red_flags.yaml: concepts, rules and their patterns, cue lists, durations and reply texts, every
problem noted with its file and line."""

from __future__ import annotations

from types import MappingProxyType
from typing import get_args

from bot import kb
from bot.model import TriageLevel
from bot.schema import Reader, phrases
from bot.text import norm, stem
from bot.yamlfile import LineDict, LineList

REPLY_TEXTS = (
    "emergency_title", "same_day_title", "numbers", "configured", "unconfigured", "urgent_care_configured",
    "urgent_care_unconfigured", "emergency_body", "same_day_body", "caution", "reminder", "reminder_care_emergency",
    "reminder_care_same_day", "facts_title", "emergency_command", "if_it_happens_title",
)  # fmt: skip
TOP_KEYS = {
    "window", "questions", "links", "persons", "generally", "hypothetical", "present", "past", "present_verbs", "past_ends", "past_starts", "past_verbs", "year_words", "idioms", "action_questions",
    "resolved", "resolved_by_care", "returned", "first_time", "carried_places", "durations", "old_year", "progress", "concepts", "rules", "reply",
}  # fmt: skip
PATTERN_KEYS = {"near", "with", "negated", "ordered", "window", "unless"}
RULE_KEYS = {"level", "name", "when", "what_to_do", "source", "facts"}


def red_flags(r: Reader, data: LineDict) -> kb.RedFlags:
    r.unknown_keys(data, TOP_KEYS, "red_flags")
    listed = lambda key: phrases(r, data, key, "red_flags")  # noqa: E731
    reply = r.mapping(data.get("reply"), "reply", data.line_of("reply"))
    return kb.RedFlags(
        concepts=MappingProxyType(_concepts(r, data)),
        rules=MappingProxyType(_rules(r, data)),
        window=int(r.number(data, "window", "red_flags", 1, 12) or 6),
        questions=listed("questions"),
        links=listed("links"),
        persons=listed("persons"),
        generally=listed("generally"),
        hypothetical=listed("hypothetical"),
        present=listed("present"),
        past=listed("past"),
        present_verbs=listed("present_verbs"),
        past_ends=listed("past_ends"),
        past_starts=listed("past_starts"),
        past_verbs=listed("past_verbs"),
        year_words=listed("year_words"),
        idioms=listed("idioms"),
        action_questions=listed("action_questions"),
        resolved=listed("resolved"),
        resolved_by_care=listed("resolved_by_care"),
        returned=listed("returned"),
        durations=_durations(r, data),
        texts=MappingProxyType({key: r.text(reply, key, "reply") or "" for key in REPLY_TEXTS}),
        old_year=_old_year(r, data),
        progress=r.texts(data, "progress", "red_flags", required=False),
        first_time=listed("first_time") if "first_time" in data else (),
        carried=_carried(r, data),
    )


def _concepts(r: Reader, data: LineDict) -> dict[str, kb.Concept]:
    groups = r.mapping(data.get("concepts"), "concepts", data.line_of("concepts"))
    r.unknown_keys(groups, {f"{kind}s" for kind in kb.CONCEPT_KINDS} | {"absences"}, "concepts")
    out: dict[str, kb.Concept] = {}
    for kind in kb.CONCEPT_KINDS:
        table = r.mapping(groups.get(f"{kind}s", LineDict()), f"concepts.{kind}s", groups.line_of(f"{kind}s"))
        for name in table:
            if name in out:
                r.problem(table.line_of(name), f"concept '{name}' is defined twice")
            out[name] = kb.Concept(name, kind, phrases(r, table, name, f"concepts.{kind}s"))
    # A sign said by its negation: a new sign, or more words for one of the signs above.
    table = r.mapping(groups.get("absences", LineDict()), "concepts.absences", groups.line_of("absences"))
    for name in table:
        said = phrases(r, table, name, "concepts.absences")
        known = out.get(name)
        if known is not None and known.kind != "sign":
            r.problem(table.line_of(name), f"concepts.absences.{name}: only a sign can be said by its negation")
        else:
            out[name] = kb.Concept(name, "sign", known.phrases if known else (), said)
    return out


def _rules(r: Reader, data: LineDict) -> dict[str, kb.RedFlagRule]:
    table = r.mapping(data.get("rules"), "rules", data.line_of("rules"))
    out: dict[str, kb.RedFlagRule] = {}
    for rid in table:
        where = f"rules.{rid}"
        item = r.mapping(table[rid], where, table.line_of(rid))
        r.unknown_keys(item, RULE_KEYS, where)
        level = item.get("level")
        if level not in get_args(TriageLevel):
            r.problem(
                item.line_of("level"), f"{where}.level must be one of: {', '.join(get_args(TriageLevel))}"
            )
        when = item.get("when")
        if not isinstance(when, LineList) or not when:
            r.problem(item.line_of("when"), f"{where}.when must be a list of patterns")
            when = LineList()
        patterns = tuple(_pattern(r, p, f"{where}.when[{i}]", when.line_of(i)) for i, p in enumerate(when))
        out[str(rid)] = kb.RedFlagRule(
            id=str(rid),
            level=level if level in get_args(TriageLevel) else "emergency",
            name=r.text(item, "name", where) or str(rid),
            patterns=patterns,
            advice=r.text(item, "what_to_do", where) or "",
            source=r.text(item, "source", where) or "",
            facts=r.texts(item, "facts", where, required=False),
        )
    return out


def _pattern(r: Reader, value, where: str, line: int) -> kb.Pattern:
    item = r.mapping(value, where, line)
    r.unknown_keys(item, PATTERN_KEYS, where)
    names = lambda key: r.texts(item, key, where, required=False)  # noqa: E731
    window = r.number(item, "window", where, 1, 20) if "window" in item else None
    pattern = kb.Pattern(
        names("near"),
        names("with"),
        names("negated"),
        bool(item.get("ordered", False)),
        int(window) if window else None,
        names("unless"),
    )
    if not pattern.near and not pattern.negated:
        r.problem(line, f"{where}: a pattern needs 'near' or 'negated' concepts")
    return pattern


DURATION_KEYS = {"concept", "minimum_minutes", "units", "numbers", "activities", "ago", "moments"}


def _carried(r: Reader, data: LineDict) -> kb.Carried | None:
    if "carried_places" not in data:
        return None
    item = r.mapping(data.get("carried_places"), "carried_places", data.line_of("carried_places"))
    r.unknown_keys(item, {"places", "pointer", "needs", "unless", "anywhere"}, "carried_places")
    return kb.Carried(
        places=r.texts(item, "places", "carried_places"),
        pointer=r.text(item, "pointer", "carried_places") or "",
        needs=r.texts(item, "needs", "carried_places", required=False),
        unless=r.texts(item, "unless", "carried_places", required=False),
        anywhere=r.texts(item, "anywhere", "carried_places", required=False),
    )


def _old_year(r: Reader, data: LineDict) -> kb.OldYear | None:
    if "old_year" not in data:
        return None
    item = r.mapping(data.get("old_year"), "old_year", data.line_of("old_year"))
    r.unknown_keys(item, {"concept", "years", "after"}, "old_year")
    return kb.OldYear(
        concept=r.text(item, "concept", "old_year") or "",
        years=int(r.number(item, "years", "old_year", 1, 100) or 10),
        after=r.texts(item, "after", "old_year"),
    )


def _durations(r: Reader, data: LineDict) -> kb.Durations:
    item = r.mapping(data.get("durations"), "durations", data.line_of("durations"))
    r.unknown_keys(item, DURATION_KEYS, "durations")
    numbers = lambda key: {  # noqa: E731
        stem(norm(k)): float(v) for k, v in r.weights_any(item, key, "durations").items()
    }
    return kb.Durations(
        concept=r.text(item, "concept", "durations") or "",
        minimum_minutes=r.number(item, "minimum_minutes", "durations", 1, 1440) or 10.0,
        units=MappingProxyType(numbers("units")),
        numbers=MappingProxyType(numbers("numbers")),
        activities=r.texts(item, "activities", "durations", required=False),
        ago=r.texts(item, "ago", "durations", required=False),
        moments=frozenset(stem(norm(w)) for w in r.texts(item, "moments", "durations", required=False)),
    )
