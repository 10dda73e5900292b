"""Question kinds: what a message asks about its topic (what it is, why, how long, relief, ...).

Cue phrases from knowledge/kinds.yaml are found in the message's terms; at each place only the longest cue
counts ("what causes" is `why`, not `what`), and the kind with the most weight wins. Ties go to the kind
listed first in kinds.yaml.
"""

from __future__ import annotations

from collections.abc import Callable

from bot import kb
from bot.phrases import Phrase, PhraseIndex
from bot.text import BREAK, SENTENCE_END

NONE: kb.QuestionKind = "none"


class KindReader:
    def __init__(self, base: kb.KnowledgeBase, phrase: Callable[[str], Phrase]) -> None:
        self.order = {kind: n for n, kind in enumerate(base.kinds)}
        self.cues: dict[Phrase, list[tuple[kb.QuestionKind, float]]] = {}
        for kind in base.kinds.values():
            for cue, weight in kind.cues.items():
                self.cues.setdefault(phrase(cue), []).append((kind.id, weight))
        for neutral in base.kind_neutral:
            self.cues[phrase(neutral)] = []
        self.index = PhraseIndex(self.cues)
        self.default: kb.QuestionKind = base.kind_default
        self.min_weight = base.kind_min_weight

    def weights(self, terms: list[str] | tuple[str, ...]) -> dict[kb.QuestionKind, float]:
        """Weight per kind over the message, the longest cue at each place counting once."""
        out: dict[kb.QuestionKind, float] = {}
        words = [t for t in terms if t not in (BREAK, SENTENCE_END)]
        covered_to = 0
        for i in range(len(words)):
            if words[i] not in self.index.by_first:
                continue
            found = self.index.at(words, i)  # longest first
            if not found or i < covered_to:
                continue
            cue = found[0]
            covered_to = max(covered_to, i + len(cue))
            for kind, weight in self.cues[cue]:
                out[kind] = out.get(kind, 0.0) + weight
        return out

    def read(self, terms: list[str] | tuple[str, ...]) -> kb.QuestionKind | None:
        """The kind the message asks, or None when it carries no cue at all."""
        weights = self.weights(terms)
        best = max(weights, key=lambda k: (weights[k], -self.order[k]), default=None)
        return best if best is not None and weights[best] >= self.min_weight else None
