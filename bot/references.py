"""Checks that the knowledge files agree with each other: every id one file names, another defines."""

from __future__ import annotations

from bot import kb
from bot.flag_references import check_red_flags
from bot.loader import norm
from bot.yamlfile import LineDict, Problem, line_at


def check_references(base: kb.KnowledgeBase, raw: dict[str, LineDict], problems: list[Problem]) -> None:
    """Append a Problem for each dangling or missing reference between the files."""

    def bad(file: str, line: int | None, message: str) -> None:
        problems.append(Problem(f"{file}.yaml", line, message))

    intents, answers = base.intents, base.answers
    for iid, intent in intents.items():
        if iid not in answers and intent.kind != kb.OFF_TOPIC:
            bad(
                "intents",
                line_at(raw["intents"], "intents", iid),
                f"intent '{iid}' has no answer in answers.yaml",
            )
        for rel in intent.related:
            if rel not in intents:
                bad(
                    "intents",
                    line_at(raw["intents"], "intents", iid, "related"),
                    f"{iid}: unknown related '{rel}'",
                )
        if not intent.keywords and intent.examples:
            bad("intents", line_at(raw["intents"], "intents", iid), f"{iid}: needs at least one keyword")
    for aid, answer in answers.items():
        where = line_at(raw["answers"], "answers", aid)
        if aid not in intents:
            bad("answers", where, f"answer '{aid}' has no intent in intents.yaml")
            continue
        if intents[aid].kind in (kb.TOPIC, kb.OVERVIEW) and not answer.facts:
            bad("answers", where, f"{aid}: a health answer must name the facts it rests on")
        for fid in answer.facts:
            if fid not in base.facts:
                bad(
                    "answers",
                    line_at(raw["answers"], "answers", aid, "facts"),
                    f"{aid}: unknown fact '{fid}'",
                )
    for name, menu in base.messages.menus.items():
        for iid in menu:
            if iid not in intents:
                bad(
                    "messages",
                    line_at(raw["messages"], "menus", name),
                    f"menu {name}: unknown intent '{iid}'",
                )
    for key, iid in base.messages.deep_links.items():
        if iid not in intents:
            bad(
                "messages",
                line_at(raw["messages"], "deep_links", key),
                f"deep link {key}: unknown intent '{iid}'",
            )
        if not key.replace("_", "").replace("-", "").isalnum() or len(key) > 64:
            bad(
                "messages",
                line_at(raw["messages"], "deep_links", key),
                f"deep link {key}: use A-Z a-z 0-9 _ -",
            )
    check_red_flags(base, raw["red_flags"], bad)
    for phrase, iid in base.followups.facets.items():
        if iid not in intents:
            bad(
                "followups",
                line_at(raw["followups"], "facets"),
                f"facets: '{phrase}' names unknown intent '{iid}'",
            )
    for iid in base.followups.disclosure_topics:
        if iid not in intents:
            bad(
                "followups",
                line_at(raw["followups"], "disclosure_topics"),
                f"disclosure_topics: unknown intent '{iid}'",
            )
    _check_examples(base, raw, bad)
    _check_kinds(base, raw, bad)


def _check_kinds(base: kb.KnowledgeBase, raw: dict[str, LineDict], bad) -> None:
    """Question kinds and uncovered subjects name only intents and facts that exist."""
    for kid, kind in base.kinds.items():
        if kind.overview and (kind.overview not in base.intents or base.intents[kind.overview].kind != kb.OVERVIEW):
            bad(
                "kinds",
                line_at(raw["kinds"], "kinds", kid, "overview"),
                f"kinds.{kid}: overview '{kind.overview}' is not an overview intent",
            )
        if kind.anchor and kind.anchor not in base.answers:
            bad(
                "kinds",
                line_at(raw["kinds"], "kinds", kid, "anchor"),
                f"kinds.{kid}: unknown anchor '{kind.anchor}'",
            )
    for aid, answer in base.answers.items():
        for kid, own in answer.kinds.items():
            for fid in own.facts:
                if fid not in base.facts:
                    bad(
                        "answers",
                        line_at(raw["answers"], "answers", aid, "kinds", kid),
                        f"{aid}.kinds.{kid}: unknown fact '{fid}'",
                    )
        for kid in answer.body_answers:
            if kid not in base.kinds:
                bad(
                    "answers",
                    line_at(raw["answers"], "answers", aid, "body_answers"),
                    f"{aid}: unknown question kind '{kid}'",
                )
        if answer.offers and answer.offers not in base.messages.menus:
            bad(
                "answers",
                line_at(raw["answers"], "answers", aid, "offers"),
                f"{aid}: unknown menu '{answer.offers}'",
            )
    for sid, subject in base.subjects.items():
        for iid in subject.nearest:
            if iid not in base.answers:
                bad(
                    "scope",
                    line_at(raw["scope"], "subjects", sid, "nearest"),
                    f"subjects.{sid}: unknown intent '{iid}'",
                )


def _check_examples(base: kb.KnowledgeBase, raw: dict[str, LineDict], bad) -> None:
    """The same phrasing under two intents is a contradiction; under one, a harmless repeat."""
    seen: dict[str, str] = {}
    for iid, intent in base.intents.items():
        for example in intent.examples:
            key = norm(example)
            where = line_at(raw["intents"], "intents", iid, "examples")
            if key in seen and seen[key] != iid:
                bad("intents", where, f"example '{example}' is under both '{seen[key]}' and '{iid}'")
            elif key in seen:
                bad("intents", where, f"{iid}: example '{example}' is listed twice")
            seen[key] = iid
