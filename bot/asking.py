"""Which sentences of a message ask something: a question mark, a question's opening ("is there a way to stop
them", "so what could it be") or a request anywhere ("I'd like to know", "please advise")."""

from __future__ import annotations

from collections.abc import Callable

from bot import kb
from bot.phrases import Phrase, PhraseIndex
from bot.text import BREAK, SENTENCE_END


class Asking:
    def __init__(self, base: kb.KnowledgeBase, phrase: Callable[[str], Phrase]) -> None:
        self.openers = PhraseIndex(phrase(p) for p in base.kind_openers)
        self.requests = PhraseIndex(phrase(p) for p in base.kind_requests)
        self.clause_openers = PhraseIndex(phrase(p) for p in base.kind_clause_openers)
        self.fillers = frozenset(phrase(p) for p in (*base.followups.fillers, *base.kind_lead_ins))

    def flags(self, terms: list[str], marks: tuple[bool, ...]) -> tuple[bool, ...]:
        """For each sentence (as numbered by its SENTENCE_END), whether it asks; ``marks``: whether it ends
        with a question mark."""
        out: list[bool] = []
        words: list[str] = []
        clauses: list[int] = []  # where each clause after the first starts in ``words``
        for term in terms:
            if term == SENTENCE_END:
                out.append((len(out) < len(marks) and marks[len(out)]) or self.asks(words, clauses))
                words, clauses = [], []
            elif term == BREAK:
                clauses.append(len(words))
            else:
                words.append(term)
        if words or len(out) < len(marks):
            out.append((len(out) < len(marks) and marks[len(out)]) or self.asks(words, clauses))
        return tuple(out)

    def asks(self, words: list[str], clauses: list[int] | tuple[int, ...] = ()) -> bool:
        """A sentence asks without a question mark when it opens like a question, after fillers such as "so"
        or "ok" and lead-ins such as "but" or "anyway" (kinds.yaml lead_ins), makes a request anywhere in it, or has a later clause that opens like one ("after surgery,
        will the spasms go on"; ``clauses``: where each clause after the first starts)."""
        start = next((i for i, t in enumerate(words) if (t,) not in self.fillers), len(words))
        if self.openers.prefix(words[start:]) or self.requests.occurs_in(words):
            return True
        return any(self.clause_openers.prefix(words[at:]) for at in clauses)
