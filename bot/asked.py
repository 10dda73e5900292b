"""What a conversation has already been answered: "topic:kind" entries in Context.asked (ids, never text).

Read to word a repeated question anew, and to let a follow-up that asks nothing new keep the last kind.
"""

from __future__ import annotations

from bot import kb
from bot.framing import uses_body
from bot.model import Context, Resolution

MAX_ASKED = 16


def repeats(base: kb.KnowledgeBase, context: Context, focus: str, kind: kb.QuestionKind) -> int:
    """How often this answer's text was given before: the same kind, or another kind the topic's own answer
    (its body) answered too ("why?" then "could it mean something?")."""
    answer = base.answers.get(focus)
    same = {kind}
    if answer is not None and uses_body(answer, base.kinds.get(kind)):
        same |= {k for k, spec in base.kinds.items() if uses_body(answer, spec)}
    return sum(1 for a in context.asked if a.rpartition(":")[0] == focus and a.rpartition(":")[2] in same)


def last_kind(context: Context) -> kb.QuestionKind | None:
    """The kind of the last answer given, if any."""
    if not context.asked:
        return None
    kind = context.asked[-1].rpartition(":")[2]
    return kind if kind in kb.QUESTION_KINDS else None


def remember(context: Context, resolution: Resolution) -> tuple[str, ...]:
    """The conversation's record of answers given, with this one."""
    if resolution.action not in ("answer", "more", "what_else") or not resolution.focus:
        return context.asked
    return (*context.asked, f"{resolution.focus}:{resolution.kind}")[-MAX_ASKED:]
