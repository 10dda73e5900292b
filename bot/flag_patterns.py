"""Combining red-flag concepts into rules: which rules' patterns a message's live hits satisfy (used by triage)."""

from __future__ import annotations

from collections import defaultdict
from itertools import accumulate, product

from bot import kb
from bot.flag_concepts import Hit
from bot.negation import Negation

_MAX_COMBINATIONS = 512  # a pathological message cannot make one pattern check expensive
_WITH_SENTENCES = 3  # a `with` concept counts within this many sentences of the signs (one story, not an essay)


class PatternMatcher:
    """The rules of red_flags.yaml as patterns over concept hits."""

    def __init__(self, flags: kb.RedFlags, negation: Negation) -> None:
        self.flags = flags
        self.negation = negation
        # Rules that depend on another rule ("a swollen calf, then breathless") are checked after the others.
        order = sorted(
            flags.rules.values(), key=lambda r: any(w in flags.rules for p in r.patterns for w in p.with_)
        )
        # Each rule's patterns with the concepts they need, worked out once (hashing patterns per call is slow).
        self.checks = [(r.id, [(p, frozenset(p.near), frozenset(p.negated)) for p in r.patterns]) for r in order]
        # The rules a concept can start a pattern of: a message is checked only against rules its concepts reach.
        self.rules_of: dict[str, set[str]] = defaultdict(set)
        self.always: set[str] = set()  # rules with a pattern that needs no concept in the message
        for r in order:
            for p in r.patterns:
                if p.near:
                    self.rules_of[p.near[0]].add(r.id)
                else:
                    self.always.add(r.id)

    def fire(
        self,
        terms: list[str],
        live: list[Hit],
        absent: set[str],
        remembered: set[str],
        earlier: set[str],
    ) -> list[str]:
        """Rules whose patterns the live hits satisfy; ``absent``: concepts said to be absent (negated);
        ``remembered``: contexts and ``earlier``: rules the conversation remembers."""
        by_concept: dict[str, list[Hit]] = defaultdict(list)
        for h in live:
            by_concept[h.concept].append(h)
        fired: list[str] = []
        known = remembered | earlier
        present = by_concept.keys()
        numbers = _numbers_before(terms)
        reached = self.always.union(*(self.rules_of.get(c, ()) for c in present))
        for rule_id, patterns in self.checks:
            if rule_id not in reached:
                continue
            for pattern, near, negated in patterns:
                if not near <= present or not negated <= absent:
                    continue  # most patterns: a concept they need is not in the message (one set test)
                hits = self._outside(pattern.unless, by_concept) if pattern.unless else by_concept
                if near <= hits.keys() and self._matches(terms, pattern, hits, known | set(fired), numbers):
                    fired.append(rule_id)
                    break
        return fired

    @staticmethod
    def _outside(unless: tuple[str, ...], by_concept: dict[str, list[Hit]]) -> dict[str, list[Hit]]:
        """The hits not held whole by a phrase of the `unless` concepts: "tablets" in "magnesium tablets" is not a
        new medicine for this pattern (it still is for an overdose)."""
        spans = [(h.start, h.end) for c in unless for h in by_concept.get(c, ())]
        if not spans:
            return by_concept
        out: dict[str, list[Hit]] = defaultdict(list)
        for concept, hits in by_concept.items():
            for h in hits:  # only a hit the phrase holds whole: "after giving birth" is not inside "breathless after"
                if concept in unless or not any(lo <= h.start and h.end <= hi for lo, hi in spans):
                    out[concept].append(h)
        return out

    def _matches(self, terms, pattern: kb.Pattern, by_concept, known: set[str], numbers: list[int]) -> bool:
        """The near concepts close together, and each `with` concept remembered or in a nearby sentence;
        ``numbers``: how many number terms stand before each position (they are not counted in a distance)."""
        if any(w not in by_concept and w not in known for w in pattern.with_):
            return False
        if not pattern.near:
            return True
        window = pattern.window or self.flags.window
        first, *others = (by_concept[c] for c in pattern.near)
        count = 0
        for anchor in first:  # only hits within the window of an anchor can pair with it
            if not self._accompanied(anchor, pattern.with_, by_concept, known):
                continue
            near = [[h for h in hits if h.sentence == anchor.sentence
                     and _distance(anchor.start, h.start, numbers) <= window] for hits in others]  # fmt: skip
            for combo in product(*near):
                count += 1
                if count > _MAX_COMBINATIONS:
                    return True  # fail safe: a message this full of red-flag words is triaged
                if self._close(terms, (anchor, *combo), pattern.ordered, window, numbers):
                    return True
        return False

    @staticmethod
    def _accompanied(anchor: Hit, with_: tuple[str, ...], by_concept, known: set[str]) -> bool:
        """Each `with` concept is remembered, or said within a few sentences of the anchor (one story)."""
        return all(
            w in known or any(abs(h.sentence - anchor.sentence) <= _WITH_SENTENCES for h in by_concept[w])
            for w in with_
        )

    def _close(
        self, terms: list[str], combo: tuple[Hit, ...], ordered: bool, window: int, numbers: list[int]
    ) -> bool:
        """One sentence, within the window, nothing turning to another thought between, distinct words."""
        starts = [h.start for h in combo]
        if len(combo) > 1:
            if len({h.sentence for h in combo}) > 1 or len(set(starts)) < len(starts):
                return False
            if ordered and starts != sorted(starts):
                return False
            lo, hi = min(starts), max(starts)
            if _distance(lo, hi, numbers) > window or any(self.negation.is_stop(terms, j) for j in range(lo, hi)):
                return False
        return True


def _numbers_before(terms: list[str]) -> list[int]:
    """For each position, how many number terms stand before it ("2" in "for the last 2 days")."""
    return list(accumulate(map(str.isdigit, terms), initial=0))


def _distance(a: int, b: int, numbers: list[int]) -> int:
    """Words between two positions, not counting numbers: "neck for the last 2 days is stiff" is as close as
    "neck for the last days is stiff" (a number typed onto its unit, "2days", is read as two terms)."""
    lo, hi = min(a, b), max(a, b)
    between = numbers[hi] - numbers[lo + 1] if hi > lo else 0  # the numbers strictly between the two
    return hi - lo - between
