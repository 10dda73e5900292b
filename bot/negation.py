"""Negation: which terms of a message a "no", "not" or "never" takes away. Shared by triage and matching."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from bot import kb
from bot.phrases import Phrase, PhraseIndex
from bot.text import BREAK, SENTENCE_END

# A sign phrase holding its own negation ("can't climb the stairs") makes a "without" this close after it affirm.
INABILITY_REACH = 2
# A carrier: a phrase the caller cares about, as (end, is_place) by its start position.
Carriers = Mapping[int, tuple[int, bool]]


@dataclass(frozen=True)
class Negated:
    """The result of one scan: positions a negation took away, and positions that acted as negation cues."""

    positions: frozenset[int]
    cues: frozenset[int]


class Negation:
    """Finds what negations reach in a list of terms (see knowledge/negation.yaml for the rules)."""

    def __init__(self, config: kb.Negation, phrase: Callable[[str], Phrase]) -> None:
        single = lambda texts: frozenset(p[0] for p in map(phrase, texts) if len(p) == 1)  # noqa: E731
        self.cues = single(config.cues)
        self.reach = single(config.reach)
        self.joins = single(config.joins)
        self.stops = single(config.stops) | {SENTENCE_END}
        self.multi_stops = PhraseIndex(p for p in map(phrase, config.stops) if len(p) > 1)
        self.not_stops = PhraseIndex(map(phrase, config.not_stops))
        self.longest_not_stop = max(map(len, map(phrase, config.not_stops)), default=1)
        multi = [p for p in map(phrase, config.cues) if len(p) > 1]
        self.multi_cues = PhraseIndex(multi)
        self.longest_cue = max(map(len, multi), default=1)
        self.pseudo = PhraseIndex(phrase(p) for p in config.pseudo)
        self.double = single(config.double_negatives)
        self.novelty = PhraseIndex(phrase(p) for p in config.novelty)
        self.cue_firsts = self.cues | set(self.multi_cues.by_first)
        self.window = config.window

    def _multi_cue_ends(self, terms: list[str], j: int) -> bool:
        """Does a multi-word cue ("free of") end at position j?"""
        lo = max(0, j - self.longest_cue + 1)
        return any(lo + i + len(p) == j + 1 for i, p in self.multi_cues.find(terms[lo : j + 1]))

    def undone(self, terms: list[str], end: int) -> bool:
        """Does a double negative ("without") follow at ``end``, so that what was negated holds after all?"""
        return end < len(terms) and terms[end] in self.double

    def crosses(self, term: str) -> bool:
        """Is this a word a negation reaches across ("have", "any", "he")?"""
        return term in self.reach

    def is_stop(self, terms: list[str], j: int) -> bool:
        """Does a turn to another thought ("but", "just", a sentence end) stand at position j?"""
        if terms[j] in self.stops:  # unless a phrase holds it in another sense ("just went", "that was just")
            return not any(
                k + len(p) > j
                for k in range(max(0, j - self.longest_not_stop + 1), j + 1)
                for p in self.not_stops.at(terms, k)
            )
        return bool(self.multi_stops.at(terms, j))

    def precedes(self, terms: list[str], start: int) -> bool:
        """Does a negation cue stand just before ``start``, across reach words only, or across one item joined
        before it ("he's not talking or opening his eyes")? For signs said by their negation, where "don't
        know" or "can't tell" is the sign: pseudo-negations count here."""
        j, crossed, joined = start - 1, 0, False
        while j >= 0 and terms[j] not in (BREAK, SENTENCE_END) and not self.is_stop(terms, j):
            if terms[j] in self.cues or self._multi_cue_ends(terms, j):
                return True
            if terms[j] in self.joins and not joined and j > 0 and terms[j - 1] not in (BREAK, SENTENCE_END) \
                    and not self.is_stop(terms, j - 1):
                joined, j = True, j - 2  # the join and the one word it joins to
                continue
            if terms[j] not in self.reach or crossed >= self.window:
                return False
            crossed += 1
            j -= 1
        return False

    def has_cue(self, terms: list[str]) -> bool:
        """Cheap test: could anything in these terms be negated?"""
        firsts = self.cue_firsts
        return any(t in firsts for t in terms) and (
            any(t in self.cues for t in terms) or self.multi_cues.occurs_in(terms)
        )

    def scan(
        self,
        terms: list[str],
        carriers: Carriers | None = None,
        masked: frozenset[int] = frozenset(),
        lasting: frozenset[int] = frozenset(),
    ) -> Negated:
        """Positions negated in ``terms``.

        ``carriers``: phrases the caller cares about (signs, places). A negation takes away the first one it
        reaches, a sign after a place ("no chest pain"), and further signs joined by "or"/"nor" ("no swelling
        or redness"); a comma, "and" or any other word ends it. ``masked``: positions that cannot be a cue
        (the "not" of "not breathing"). ``lasting``: carriers whose absence is what matters (a tetanus jab): "never
        ... before" says such a thing was never there ("never had a tetanus jab before"), not that it is new; what
        else it reaches is new, so present.
        """
        if not self.has_cue(terms):
            return Negated(frozenset(), frozenset())
        carriers = carriers or {}
        blocked = set(masked)
        for start in self.pseudo.starts(terms):
            blocked.update(range(start, start + len(self.pseudo.at(terms, start)[0])))
        novel = self.novelty.starts(terms)
        out: set[int] = set()
        cues: set[int] = set()
        last_cue_clause = -1
        inability_end = -1  # where the last sign phrase holding a negation word ends ("can't climb the stairs")
        clause = 0
        for k, term in enumerate(terms):
            if term in (BREAK, SENTENCE_END):
                clause += 1
            if k in blocked:
                if k in masked and term in self.cues:
                    inability_end = k
                    while inability_end + 1 in masked:
                        inability_end += 1
                continue
            if term in self.cues:
                size = 1
            elif term in self.multi_cues.by_first:
                size = max((len(p) for p in self.multi_cues.at(terms, k)), default=0)
            else:
                continue
            if not size:
                continue
            if term in self.double and last_cue_clause == clause:
                continue  # "can't climb stairs without chest pain": the pain is there
            if term in self.double and self._right_after(terms, inability_end, k):
                last_cue_clause = clause  # a later "without" in this clause affirms too
                absent = [p for p in self._reach(terms, k + size, carriers) if p in lasting]
                if absent:  # "can't walk properly without a tetanus jab": the jab is absent
                    cues.add(k)
                    out.update(absent)
                continue
            last_cue_clause = clause
            taken = self._reach(terms, k + size, carriers)
            if self._novel(terms, k, novel):
                # "never had chest pain like this": the pain is new, not absent; only a lasting thing is absent
                # ("never had a tetanus jab or jaw stiffness like this before": no jab, the stiffness is new)
                taken = [p for p in taken if p in lasting]
                if not taken:
                    continue
            cues.add(k)
            out.update(taken)
        return Negated(frozenset(out), frozenset(cues))

    def _right_after(self, terms: list[str], end: int, k: int) -> bool:
        """Does ``k`` follow a sign phrase's own negation ending at ``end`` closely, in one thought? ("hasn't been
        able to get up without chest pain"; not "can't remember, but I've gone years without a jab")."""
        if end < 0 or not 0 < k - end <= INABILITY_REACH + 1:
            return False
        return not any(terms[j] in (BREAK, SENTENCE_END) or self.is_stop(terms, j) for j in range(end + 1, k))

    def _novel(self, terms: list[str], k: int, novel: list[int]) -> bool:
        """Does a novelty phrase ("like this", "before") follow the cue in its clause?"""
        for start in novel:
            if start > k and not any(t in (BREAK, SENTENCE_END) for t in terms[k:start]):
                return True
        return False

    def _reach(self, terms: list[str], j: int, carriers: Carriers) -> list[int]:
        taken: list[int] = []
        crossed = 0
        after_sign = False  # the last thing taken was a sign: only "or"/"nor" leads on to another
        n = len(terms)
        while j < n and not self.is_stop(terms, j) and terms[j] != BREAK:
            span = carriers.get(j)
            if span is not None:
                if after_sign:
                    break
                end, is_place = span
                taken.extend(range(j, end))
                after_sign, j = not is_place, end
                continue
            if taken:
                if terms[j] in self.joins and j + 1 in carriers:
                    after_sign, j = False, j + 1
                    continue
                break
            if terms[j] in self.reach and crossed < self.window:
                crossed += 1
                j += 1
                continue
            taken.append(j)  # the first plain word: negated; the reach ends there, or goes on along a list
            if j + 2 < n and terms[j + 1] in self.joins and j + 2 in carriers:
                j += 2
                continue
            break
        return taken
