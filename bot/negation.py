"""Negation: which terms of a message a "no", "not" or "never" takes away. Shared by triage and matching."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from bot import kb
from bot.phrases import Phrase, PhraseIndex
from bot.text import BREAK, SENTENCE_END


@dataclass(frozen=True)
class Negated:
    """The result of one scan: positions a negation took away, and positions that acted as negation cues."""

    positions: frozenset[int]
    cues: frozenset[int]


class Negation:
    """Finds what negations reach in a list of terms (see knowledge/negation.yaml for the rules)."""

    def __init__(self, config: kb.Negation, phrase: Callable[[str], Phrase]) -> None:
        single = lambda texts: frozenset(t for text in texts for t in phrase(text) if len(phrase(text)) == 1)  # noqa: E731
        self.cues = single(config.cues)
        self.reach = single(config.reach)
        self.joins = single(config.joins) | {BREAK}
        self.stops = single(config.stops) | {SENTENCE_END}
        self.multi_stops = PhraseIndex(p for p in map(phrase, config.stops) if len(p) > 1)
        self.multi_cues = PhraseIndex(p for p in map(phrase, config.cues) if len(p) > 1)
        self.pseudo = PhraseIndex(phrase(p) for p in config.pseudo)
        self.cue_firsts = self.cues | set(self.multi_cues.by_first)
        self.window = config.window

    def is_stop(self, terms: list[str], j: int) -> bool:
        """Does a turn to another thought ("but", "just", a sentence end) stand at position j?"""
        return terms[j] in self.stops or bool(self.multi_stops.at(terms, j))

    def has_cue(self, terms: list[str]) -> bool:
        """Cheap test: could anything in these terms be negated?"""
        firsts = self.cue_firsts
        return any(t in firsts for t in terms) and (
            any(t in self.cues for t in terms) or self.multi_cues.occurs_in(terms)
        )

    def scan(self, terms: list[str], carriers: Collection[int] = (), masked: Collection[int] = ()) -> Negated:
        """Positions negated in ``terms``.

        ``carriers``: positions of words the caller cares about (signs, places); a negation walks across them
        and takes away each, and across a list of them joined by "or", "and" or a comma. ``masked``: positions
        that cannot act as a cue (a "not" inside a phrase such as "not breathing").
        """
        if not self.has_cue(terms):
            return Negated(frozenset(), frozenset())
        blocked = set(masked)
        for start in self.pseudo.starts(terms):
            blocked.update(range(start, start + len(self.pseudo.at(terms, start)[0])))
        out: set[int] = set()
        cues: set[int] = set()
        n = len(terms)
        for k, term in enumerate(terms):
            if k in blocked:
                continue
            size = 1 if term in self.cues else max((len(p) for p in self.multi_cues.at(terms, k)), default=0)
            if not size:
                continue
            cues.add(k)
            out.update(self._reach(terms, k + size, n, carriers))
        return Negated(frozenset(out), frozenset(cues))

    def _reach(self, terms: list[str], j: int, n: int, carriers: Collection[int]) -> list[int]:
        taken: list[int] = []
        crossed = 0
        while j < n and not self.is_stop(terms, j):
            term = terms[j]
            if taken:  # after a negated carrier: more carriers, or a list of them
                if j in carriers:
                    taken.append(j)
                elif term in self.joins and j + 1 < n and j + 1 in carriers:
                    pass
                else:
                    break
            elif j in carriers:
                taken.append(j)
            elif term == BREAK:
                break
            elif term in self.reach and crossed < self.window:
                crossed += 1
            else:  # the first plain word: negated; the reach ends there, or goes on along a list of carriers
                taken.append(j)
                if not (j + 2 < n and terms[j + 1] in self.joins and j + 2 in carriers):
                    break
                j += 1
            j += 1
        return taken
