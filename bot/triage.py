"""Red-flag triage: does this message describe a possible heart emergency? Runs first, on every word."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from bot import kb
from bot.text import BREAK, SENTENCE_END

# Words that turn to another thought: a negation does not reach past them ("no chest pain just cramps"),
# and a chest word is not paired with a symptom across them ("my chest is fine but my calves cramp").
_CONTRAST = frozenset({"but", "just", "only", "except", "although", "though", "however", "whereas"})
_SCOPE_BREAKS = _CONTRAST | {BREAK, SENTENCE_END}
_CLEAR_REACH = 3

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Triage:
    urgent: bool
    reason: str = ""  # which rule fired: for tests and eval, never shown with the message


def _find(terms: list[str], phrases: Iterable[Phrase]) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of any phrase."""
    by_first: dict[str, list[Phrase]] = {}
    for p in phrases:
        by_first.setdefault(p[0], []).append(p)
    hits = []
    for i, term in enumerate(terms):
        for p in by_first.get(term, ()):
            if tuple(terms[i : i + len(p)]) == p:
                hits.append((i, i + len(p)))
    return hits


class RedFlagTriage:
    """Applies the rules in red_flags.yaml to a message's terms."""

    def __init__(self, flags: kb.RedFlags, phrase: Callable[[str], Phrase]) -> None:
        self.flags = flags
        self.locations = frozenset(flags.locations)
        self.symptoms = [phrase(s) for s in flags.symptoms]
        self.spread_verbs = [phrase(s) for s in flags.spread_verbs]
        self.spread_places = [phrase(s) for s in flags.spread_places]
        self.emergencies = [phrase(s) for s in flags.emergencies]
        self.heart_attack = [phrase(s) for s in flags.heart_attack]
        self.breathless = [phrase(s) for s in flags.breathless]
        self.not_negations = [phrase(s) for s in flags.not_negations]
        self.general_cues = [phrase(s) for s in flags.general_cues]
        self.clears = [phrase(s) for s in flags.clears]
        self.persons = [phrase(s) for s in flags.persons]
        self._location_cache: dict[str, bool] = {}

    def is_location(self, term: str) -> bool:
        """A location word, forgiving one slip even when the slip makes a real word ("cheat" pain)."""
        hit = self._location_cache.get(term)
        if hit is None:
            hit = term in self.locations or (
                len(term) >= 5 and any(OSA.distance(term, loc, score_cutoff=1) <= 1 for loc in self.locations)
            )
            if len(self._location_cache) < 10_000:
                self._location_cache[term] = hit
        return hit

    def assess(self, terms: list[str]) -> Triage:
        """Urgent if any sentence of the message carries a red flag that is not negated."""
        start = 0
        for i in range(len(terms) + 1):
            if i == len(terms) or terms[i] == SENTENCE_END:
                if i > start:
                    reason = self._sentence(terms[start:i])
                    if reason:
                        return Triage(True, reason)
                start = i + 1
        return Triage(False)

    def _negated(self, terms: list[str], at: int, shadowed: set[int]) -> bool:
        window = self.flags.negation_window
        for k in range(at - 1, max(-1, at - window - 1), -1):
            if terms[k] in _SCOPE_BREAKS:
                return False
            if terms[k] in self.flags.negations and k not in shadowed:
                return True
        return False

    @staticmethod
    def _together(terms: list[str], a: int, b: int) -> bool:
        """No turn to another thought ("but", "just") between two positions."""
        lo, hi = min(a, b), max(a, b)
        return not any(t in _CONTRAST for t in terms[lo:hi])

    def _sentence(self, terms: list[str]) -> str:
        shadowed = {s for s, _ in _find(terms, self.not_negations)}
        live = lambda hits: [h for h in hits if not self._negated(terms, h[0], shadowed)]  # noqa: E731
        general = bool(_find(terms, self.general_cues)) and not _find(terms, self.persons)
        if live(_find(terms, self.emergencies)):
            return "emergency phrase"
        if live(_find(terms, self.heart_attack)) and not general:
            return "heart attack"
        cleared = {s for s, _ in _find(terms, self.clears)}
        locations = [
            i for i, t in enumerate(terms)
            if self.is_location(t) and not self._negated(terms, i, shadowed)
            and not any(i < c <= i + _CLEAR_REACH for c in cleared)
        ]  # fmt: skip
        symptoms = live(_find(terms, self.symptoms))
        window = self.flags.window
        if not general:
            for loc in locations:
                if any(abs(s - loc) <= window and self._together(terms, loc, s) for s, _ in symptoms):
                    return "chest symptom"
            if locations and live(_find(terms, self.breathless)):
                return "chest with breathlessness"
        places = live(_find(terms, self.spread_places))
        verbs = _find(terms, self.spread_verbs)
        if symptoms and places and any(abs(v - p) <= window for v, _ in verbs for p, _ in places):
            return "spreading pain"
        return ""
