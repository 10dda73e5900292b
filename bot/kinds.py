"""Question kinds: what a message asks about its topic (what it is, why, how long, relief, ...).

Cue phrases from knowledge/kinds.yaml are found in the message's terms, sentence by sentence; at each place only
the longest cue counts ("what causes" is `why`, not `what`), and the kind with the most weight wins. Ties go to
the kind listed first in kinds.yaml. When some sentences end with a question mark, the others tell a story
("my midwife suggested magnesium. What else can I do?"): their cues count for less.
"""

from __future__ import annotations

from collections.abc import Callable

from bot import kb
from bot.phrases import Phrase, PhraseIndex, weighed
from bot.text import BREAK, SENTENCE_END

NONE: kb.QuestionKind = "none"
STORY = 0.4  # how much a cue counts in a sentence that is not a question, next to one that is


class KindReader:
    def __init__(self, base: kb.KnowledgeBase, phrase: Callable[[str], Phrase]) -> None:
        self.order = {kind: n for n, kind in enumerate(base.kinds)}
        self.cues: dict[Phrase, list[tuple[kb.QuestionKind, float]]] = weighed(
            ((k.id, cue, w) for k in base.kinds.values() for cue, w in k.cues.items()), phrase
        )
        for neutral in base.kind_neutral:
            self.cues[phrase(neutral)] = []
        self.index = PhraseIndex(self.cues)
        self.default: kb.QuestionKind = base.kind_default
        self.min_weight = base.kind_min_weight

    def weights(
        self, terms: list[str] | tuple[str, ...], asked: tuple[bool, ...] = ()
    ) -> dict[kb.QuestionKind, float]:
        """Weight per kind over the message, the longest cue at each place counting once. ``asked``: for each
        sentence, whether it ends with a question mark."""
        out: dict[kb.QuestionKind, float] = {}
        firsts = self.index.by_first
        if not any(t in firsts for t in terms):
            return out  # no cue anywhere: one cheap pass
        story = STORY if any(asked) else 1.0
        sentence: list[str] = []
        n = 0
        for term in terms:
            if term == SENTENCE_END:
                if sentence:
                    self._add(sentence, 1.0 if n < len(asked) and asked[n] else story, out)
                sentence = []
                n += 1
            elif term != BREAK:
                sentence.append(term)
        if sentence:
            self._add(sentence, 1.0 if n < len(asked) and asked[n] else story, out)
        return out

    def _add(self, words: list[str], factor: float, out: dict[kb.QuestionKind, float]) -> None:
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
                out[kind] = out.get(kind, 0.0) + weight * factor

    def read(
        self, terms: list[str] | tuple[str, ...], asked: tuple[bool, ...] = ()
    ) -> kb.QuestionKind | None:
        """The kind the message asks, or None when it carries no cue at all."""
        weights = self.weights(terms, asked)
        best = max(weights, key=lambda k: (weights[k], -self.order[k]), default=None)
        return best if best is not None and weights[best] >= self.min_weight else None
