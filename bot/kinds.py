"""Question kinds: what a message asks about its topic (what it is, why, how long, relief, ...).

Cue phrases from knowledge/kinds.yaml are found in the message's terms, sentence by sentence; at each place only
the longest cue counts ("what causes" is `why`, not `what`), and the kind with the most weight wins. Ties go to
the kind listed first in kinds.yaml. When some sentences ask (a question mark, a question's opening or a
request: asking.py), the others tell a story ("my midwife suggested magnesium. What else can I do?"): their
cues count for less, and a long message that asks nothing weighs its cues at TOLD.
"""

from __future__ import annotations

from collections.abc import Callable

from bot import kb
from bot.phrases import Phrase, PhraseIndex, weighed
from bot.text import BREAK, SENTENCE_END

NONE: kb.QuestionKind = "none"
STORY = 0.4  # how much a cue counts in a sentence that is not a question, next to one that is
TOLD = 0.5  # how much a cue counts in a message that only tells (a bare description asks why: the default)
QUERY = 12  # words: one sentence this short without a question form is a query ("best way to stop cramps")


class KindReader:
    def __init__(self, base: kb.KnowledgeBase, phrase: Callable[[str], Phrase]) -> None:
        self.order = {kind: n for n, kind in enumerate(base.kinds)}
        self.cues: dict[Phrase, list[tuple[kb.QuestionKind, float]]] = weighed(
            ((k.id, cue, w) for k in base.kinds.values() for cue, w in k.cues.items()), phrase
        )
        self.in_story = {k.id: k.in_story for k in base.kinds.values()}
        for neutral in base.kind_neutral:
            self.cues[phrase(neutral)] = []
        self.index = PhraseIndex(self.cues)
        self.default: kb.QuestionKind = base.kind_default
        self.by_opener = {phrase(w)[0]: k for w, k in base.kind_by_opener.items() if phrase(w)}
        self.skip = frozenset(
            t for p in (*base.followups.fillers, *base.kind_lead_ins) for t in phrase(p)
        )  # words before a question's opening ("so which muscles...")
        self.min_weight = base.kind_min_weight
        self.turns: dict[Phrase, tuple[kb.Turn, PhraseIndex | None]] = {
            phrase(c): (t, PhraseIndex(phrase(w) for w in t.words) if t.words else None)
            for t in base.kind_turns
            for c in t.cues
        }

    def weights(
        self, terms: list[str] | tuple[str, ...], asked: tuple[bool, ...] = ()
    ) -> dict[kb.QuestionKind, float]:
        """Weight per kind over the message, the longest cue at each place counting once. ``asked``: for each
        sentence, whether it asks (the read stage's)."""
        return self._weighed(terms, asked)[0]

    def _weighed(
        self, terms: list[str] | tuple[str, ...], asked: tuple[bool, ...]
    ) -> tuple[dict[kb.QuestionKind, float], dict[kb.QuestionKind, float]]:
        """Weight per kind over the whole message, and over the sentences that ask alone."""
        out: dict[kb.QuestionKind, float] = {}
        asking_only: dict[kb.QuestionKind, float] = {}
        firsts = self.index.by_first
        if not any(t in firsts for t in terms):
            return out, asking_only  # no cue anywhere: one cheap pass
        sentences = [[t for t in sentence if t != BREAK] for sentence in _sentences(terms)]
        if len(sentences) == 1 and len(sentences[0]) <= QUERY:
            self._add(sentences[0], 1.0, out)  # a query: nothing around it to tell a story
            return out, out
        asking = [n < len(asked) and asked[n] for n in range(len(sentences))]
        story = STORY if any(asking) else TOLD
        for words, asks in zip(sentences, asking, strict=True):
            self._add(words, 1.0 if asks else story, out, story=any(asking) and not asks)
            if asks:
                self._add(words, 1.0, asking_only)
        return out, asking_only

    def tells(self, terms: list[str] | tuple[str, ...], asked: tuple[bool, ...] = ()) -> bool:
        """Does the message only tell, asking nothing: no sentence asks, and it is more than one short query?"""
        if any(asked):
            return False
        sentences = _sentences(terms)
        return len(sentences) > 1 or sum(1 for t in terms if t != BREAK) > QUERY

    def _add(
        self, words: list[str], factor: float, out: dict[kb.QuestionKind, float], story: bool = False
    ) -> None:
        """Add the cues of one sentence; ``story``: a sentence that tells, next to one that asks."""
        covered_to = 0
        for i in range(len(words)):
            if words[i] not in self.index.by_first:
                continue
            found = self.index.at(words, i)  # longest first
            if not found or i < covered_to:
                continue
            cue = found[0]
            covered_to = max(covered_to, i + len(cue))
            for kind, weight in self._about(cue, words, i + len(cue)):
                counts = weight * factor * (self.in_story[kind] if story else 1.0)
                if counts > 0:
                    out[kind] = out.get(kind, 0.0) + counts

    def _about(self, cue: Phrase, words: list[str], after: int) -> list[tuple[kb.QuestionKind, float]]:
        """The cue's kinds, or a turn's kind when what it needs follows the cue ("what are the symptoms of a
        charley horse" asks what one is like, "... of a heart attack" whether cramps are a sign of it)."""
        found = self.turns.get(cue)
        if found is None:
            return self.cues[cue]
        turn, needed = found
        following = words[after : after + turn.within]
        if not following or (needed is not None and not needed.occurs_in(following)):
            return self.cues[cue]
        return [(turn.kind, max(w for _, w in self.cues[cue]))]

    def read(
        self, terms: list[str] | tuple[str, ...], asked: tuple[bool, ...] = ()
    ) -> kb.QuestionKind | None:
        """The kind the message asks, or None when it carries no cue at all. Kinds that weigh the same are told
        apart by what the sentences that ask weigh ("... something triggers the spasms again. What can I do to
        prevent this?": prevent, not the story's why), then by their order in kinds.yaml."""
        weights, asking = self._weighed(terms, asked)
        tie = 1e-9  # the same weight, summed in another order

        def rank(k: kb.QuestionKind) -> tuple[float, float, int]:
            return (round(weights[k] / tie) * tie, asking.get(k, 0.0), -self.order[k])

        best = max(weights, key=rank, default=None)
        if best is not None and weights[best] >= self.min_weight:
            return best
        return self._by_opener(terms, asked)  # no cue, or only cues too weak to say the kind alone

    def _by_opener(self, terms: list[str] | tuple[str, ...], asked: tuple[bool, ...]) -> kb.QuestionKind | None:
        """With no cue at all, the kind the first asking sentence's opening word gives ("which muscles attach
        to the hip?": what), if any."""
        for n, sentence in enumerate(_sentences(terms)):
            if n < len(asked) and asked[n]:
                words = [t for t in sentence if t != BREAK and t not in self.skip]
                if not words or self.index.at(words, 0):
                    return None  # a neutral opening ("what about the heat?") keeps the conversation's kind
                return self.by_opener.get(words[0])
        return None


def _sentences(terms: list[str] | tuple[str, ...]) -> list[list[str]]:
    """The message's sentences (clause breaks kept), one per sentence end, as the read stage numbers them."""
    out: list[list[str]] = [[]]
    for term in terms:
        if term == SENTENCE_END:
            out.append([])
        else:
            out[-1].append(term)
    if not out[-1]:
        out.pop()
    return out
