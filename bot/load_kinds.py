"""Loading question kinds (kinds.yaml), what the article does not cover (scope.yaml) and each topic's answers
to particular kinds (answers.yaml `kinds`), every problem noted with its file and line."""

from __future__ import annotations

from types import MappingProxyType

from bot import kb
from bot.schema import Reader, phrases
from bot.text import norm
from bot.yamlfile import LineDict


def kind_answers(r: Reader, item: LineDict, where: str) -> dict[str, kb.KindAnswer]:
    """A topic's answers to particular kinds of question: {kind: {text, facts, general}}."""
    if "kinds" not in item:
        return {}
    table = r.mapping(item.get("kinds"), f"{where}.kinds", item.line_of("kinds"))
    out = {}
    for kind in table:
        at = f"{where}.kinds.{kind}"
        if kind not in kb.QUESTION_KINDS:
            r.problem(
                table.line_of(kind), f"{at}: unknown question kind (one of: {', '.join(kb.QUESTION_KINDS)})"
            )
            continue
        entry = r.mapping(table[kind], at, table.line_of(kind))
        r.unknown_keys(entry, {"text", "facts", "general"}, at)
        out[kind] = kb.KindAnswer(
            text=r.text(entry, "text", at) or "",
            facts=r.texts(entry, "facts", at),
            general=r.text(entry, "general", at, required=False),
        )
    return out


KIND_ARTICLE = ("body", "summary", "none")


def _in_story(r: Reader, item: LineDict, where: str) -> float:
    """How much a kind's cues count in the story next to a question (1.0 unless the kind says less)."""
    if "in_story" not in item:
        return 1.0
    value = r.number(item, "in_story", where, 0.0, 1.0)
    return 1.0 if value is None else value


def kinds(r: Reader, data: LineDict) -> dict[str, kb.Kind]:
    table = r.mapping(data.get("kinds"), "kinds", data.line_of("kinds"))
    out = {}
    for kind in table:
        where = f"kinds.{kind}"
        if kind not in kb.QUESTION_KINDS:
            r.problem(
                table.line_of(kind),
                f"{where}: unknown question kind (one of: {', '.join(kb.QUESTION_KINDS)})",
            )
            continue
        item = r.mapping(table[kind], where, table.line_of(kind))
        r.unknown_keys(
            item, {"framing", "article", "missing", "general", "cues", "anchor", "overview", "in_story"}, where
        )
        article = r.text(item, "article", where) or "body"
        if article not in KIND_ARTICLE:
            r.problem(item.line_of("article"), f"{where}.article must be one of: {', '.join(KIND_ARTICLE)}")
        missing = r.text(item, "missing", where, required=article != "body")
        out[kind] = kb.Kind(
            id=kind,
            framing=r.text(item, "framing", where) or kind,
            cues=MappingProxyType({norm(k): w for k, w in r.weights(item, "cues", where).items() if norm(k)}),
            article=article,
            missing=missing,
            general=r.text(item, "general", where, required=article == "none"),
            anchor=r.text(item, "anchor", where, required=False),
            overview=r.text(item, "overview", where, required=False),
            in_story=_in_story(r, item, where),
        )
    default = data.get("default")
    if default not in out:
        r.problem(data.line_of("default"), "default must be one of the kinds defined below")
    return out


def turns(r: Reader, data: LineDict, cues: set[str]) -> tuple[kb.Turn, ...]:
    """Cues whose kind hangs on what follows them (kinds.yaml `turns`); ``cues``: every kind's cues, each of which
    such a cue must be."""
    if "turns" not in data:
        return ()
    table = r.mapping(data.get("turns"), "turns", data.line_of("turns"))
    out = []
    for name in table:
        where = f"turns.{name}"
        item = r.mapping(table[name], where, table.line_of(name))
        r.unknown_keys(item, {"kind", "cues", "words", "within"}, where)
        kind = r.text(item, "kind", where) or ""
        if kind not in kb.QUESTION_KINDS:
            r.problem(item.line_of("kind"), f"{where}.kind must be one of: {', '.join(kb.QUESTION_KINDS)}")
        own = phrases(r, item, "cues", where)
        for cue in own:
            if cue not in cues:
                r.problem(item.line_of("cues"), f"{where}.cues: {cue!r} is no kind's cue")
        words = phrases(r, item, "words", where) if "words" in item else ()
        within = r.number(item, "within", where, 1, 12)
        out.append(kb.Turn(kind=kind, cues=own, words=words, within=int(within or 1)))
    return tuple(out)


def subjects(r: Reader, data: LineDict) -> dict[str, kb.Subject]:
    table = r.mapping(data.get("subjects"), "subjects", data.line_of("subjects"))
    out = {}
    for sid in table:
        where = f"subjects.{sid}"
        item = r.mapping(table[sid], where, table.line_of(sid))
        r.unknown_keys(
            item,
            {"scope", "cues", "loose", "sure", "title", "body", "nearest", "yields_to", "needs_domain", "wins_over",
             "except_with"},
            where,
        )
        scope = r.text(item, "scope", where)
        if scope not in ("uncovered", "other_cramp"):
            r.problem(item.line_of("scope"), f"{where}.scope must be uncovered or other_cramp")
        yields = r.text(item, "yields_to", where, required=False) or "named"
        if yields not in ("named", "answer"):
            r.problem(item.line_of("yields_to"), f"{where}.yields_to must be named or answer")
        loose = phrases(r, item, "loose", where) if "loose" in item else ()
        sure = phrases(r, item, "sure", where) if "sure" in item else ()
        out[sid] = kb.Subject(
            id=sid,
            scope=scope if scope in ("uncovered", "other_cramp") else "uncovered",
            cues=(*phrases(r, item, "cues", where), *loose, *sure),
            title=r.text(item, "title", where) or sid,
            body=r.text(item, "body", where) or "",
            nearest=r.texts(item, "nearest", where, required=False),
            yields_to="answer" if yields == "answer" else "named",
            needs_domain=item.get("needs_domain") is True,
            wins_over=r.texts(item, "wins_over", where, required=False),
            loose=loose,
            sure=sure,
            except_with=phrases(r, item, "except_with", where) if "except_with" in item else (),
        )
    return out


def by_opener(r: Reader, data: LineDict) -> dict[str, kb.QuestionKind]:
    """kinds.yaml `by_opener`: a question's opening word -> the kind it asks when no cue says another."""
    value = data.get("by_opener")
    if value is None:
        return {}
    table = r.mapping(value, "kinds.by_opener", data.line_of("by_opener"))
    out: dict[str, kb.QuestionKind] = {}
    for word in table:
        kind = table[word]
        if kind not in kb.QUESTION_KINDS:
            r.problem(table.line_of(word), f"kinds.by_opener.{word}: unknown question kind '{kind}'")
        elif len(norm(str(word)).split()) != 1:
            r.problem(table.line_of(word), f"kinds.by_opener: '{word}' must be one word")
        else:
            out[norm(str(word))] = kind
    return out
