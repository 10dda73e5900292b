"""Load intents.yaml: how each topic, small-talk and off-topic intent is recognised."""

from __future__ import annotations

from types import MappingProxyType

from bot import kb
from bot.schema import Reader
from bot.text import norm
from bot.yamlfile import LineDict, LineList

CONTRACT_INTENTS = (
    "about_spasms", "causes", "overuse", "nervous_system", "dehydration", "electrolytes", "coronary_spasm",
    "posture", "back_spasms", "systemic_disease", "pregnancy", "atherosclerosis", "leg_cramps",
    "when_to_see_doctor", "prevention", "greeting", "thanks", "goodbye", "help",
)  # fmt: skip
KINDS = (kb.TOPIC, kb.OVERVIEW, kb.SMALLTALK, kb.OFF_TOPIC)


def intents(r: Reader, data: LineDict) -> dict[str, kb.Intent]:
    """intents.yaml: each intent's kind, weighted keywords, examples, related topics and `together` rules."""
    table = r.mapping(data.get("intents"), "intents", data.line_of("intents"))
    out = {}
    for iid in table:
        item = r.mapping(table[iid], f"intents.{iid}", table.line_of(iid))
        where = f"intents.{iid}"
        r.unknown_keys(item, {"kind", "keywords", "examples", "related", "together"}, where)
        kind = r.text(item, "kind", where)
        if kind and kind not in KINDS:
            r.problem(item.line_of("kind"), f"{where}.kind must be one of: {', '.join(KINDS)}")
        keywords = {norm(k): w for k, w in r.weights(item, "keywords", where).items() if norm(k)}
        out[iid] = kb.Intent(
            id=iid,
            kind=kind or kb.TOPIC,
            keywords=MappingProxyType(keywords),
            examples=r.texts(item, "examples", where),
            related=r.texts(item, "related", where, required=False),
            together=_together(r, item, where),
        )
    for iid in CONTRACT_INTENTS:
        if iid not in out:
            r.problem(table.line, f"intent '{iid}' is missing (the intent ids are a fixed contract)")
    return out


def _together(r: Reader, item: LineDict, where: str) -> tuple[kb.Together, ...]:
    """An intent's `together` list: {words: [...], with: [...], weight: w}, each group said in one sentence."""
    raw = item.get("together")
    if raw is None:
        return ()
    if not isinstance(raw, LineList):
        r.problem(item.line_of("together"), f"{where}.together must be a list of {{words, with, weight}}")
        return ()
    out = []
    for i, value in enumerate(raw):
        at = f"{where}.together[{i}]"
        entry = r.mapping(value, at, raw.line_of(i))
        r.unknown_keys(entry, {"words", "with", "weight"}, at)
        weight = r.number(entry, "weight", at, 0.1, 2.0)
        out.append(kb.Together(r.texts(entry, "words", at), r.texts(entry, "with", at), float(weight or 0.0)))
    return tuple(out)
