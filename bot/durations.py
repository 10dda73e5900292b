"""Stated durations ("for 20 minutes", "an hour", "45 mins") that are at least a set length."""

from __future__ import annotations

from bot import kb

_LOOK_BACK = (
    2  # "for twenty minutes", "a couple of hours": the number stands at most this far before its unit
)


class DurationFinder:
    def __init__(self, config: kb.Durations) -> None:
        self.units = dict(config.units)
        self.numbers = dict(config.numbers)
        self.minimum = config.minimum_minutes
        self.moments = config.moments
        # ordinal number words ("tenth"); digits with st/nd/rd/th are read as their number
        self.ordinal_words = frozenset(w for w in self.numbers if w.endswith("th"))

    def find(self, terms: list[str]) -> list[tuple[int, int]]:
        """(start, end) spans of durations at least ``minimum_minutes`` long."""
        out = []
        for i, term in enumerate(terms):
            minutes = self.units.get(term)
            if minutes is None:
                continue
            for k in range(i - 1, max(-1, i - _LOOK_BACK - 1), -1):
                value = self._number(terms[k])
                if value is not None and self._ordinal(terms[k]) and self._moment(terms, k):
                    break  # "cramped in the 80th minute": when, not how long
                if value is not None:
                    if value * minutes >= self.minimum:
                        out.append((k, i + 1))
                    break
        return out

    def _number(self, term: str) -> float | None:
        """A count, also as an ordinal: "its 12th minute" has lasted twelve minutes."""
        if term.isdigit():
            return float(term)
        if term[-2:] in _ORDINAL_ENDS and term[:-2].isdigit():
            return float(term[:-2])
        return self.numbers.get(term)

    def _ordinal(self, term: str) -> bool:
        return term in self.ordinal_words or (term[-2:] in _ORDINAL_ENDS and term[:-2].isdigit())

    def _moment(self, terms: list[str], k: int) -> bool:
        """Is the ordinal at ``k`` a point in time ("in the 80th minute", "by the 3rd hour"), not a length so far?"""
        return k >= 2 and terms[k - 1] == "the" and terms[k - 2] in self.moments


_ORDINAL_ENDS = ("st", "nd", "rd", "th")
