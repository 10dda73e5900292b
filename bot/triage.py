"""Red-flag triage: does this message describe a possible heart emergency? Runs first, on every word."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from bot import kb
from bot.analyse import stems
from bot.phrases import Phrase, PhraseIndex
from bot.text import BREAK, SENTENCE_END

_CLEAR_REACH = 3


@dataclass(frozen=True)
class Triage:
    urgent: bool
    reason: str = ""  # which rule fired: for tests and eval, never shown with the message


def negated(
    terms: list[str], at: int, cues: frozenset[str], fillers: frozenset[str], reach: int, shadowed: set[int]
) -> bool:
    """Is the word at ``at`` negated: a cue just before it, or with only filler words between?"""
    for k in range(at - 1, max(-1, at - reach - 2), -1):
        term = terms[k]
        if term in cues and k not in shadowed:
            return True
        if term not in fillers:
            return False
    return False


class RedFlagTriage:
    """Applies the rules in red_flags.yaml to a message's terms."""

    def __init__(self, flags: kb.RedFlags, phrase: Callable[[str], Phrase]) -> None:
        self.flags = flags
        self.locations = stems(flags.locations)
        self.negations = stems(flags.negations)
        self.fillers = stems(flags.negation_fillers)
        self.contrast = stems(flags.contrast)
        self.scope_breaks = self.contrast | {BREAK, SENTENCE_END}
        groups = {
            "symptoms": flags.symptoms, "spread_verbs": flags.spread_verbs, "spread_places": flags.spread_places,
            "emergencies": flags.emergencies, "heart_attack": flags.heart_attack, "breathless": flags.breathless,
            "not_negations": flags.not_negations, "general_cues": flags.general_cues, "clears": flags.clears,
            "persons": flags.persons,
        }  # fmt: skip
        self.group_of: dict[Phrase, list[str]] = {}
        for name, texts in groups.items():
            for text in texts:
                self.group_of.setdefault(phrase(text), []).append(name)
        self.index = PhraseIndex(self.group_of)  # every red-flag phrase, found in one pass
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
        """A negation right before the word, or with only filler words between ("don't have any")."""
        return negated(terms, at, self.negations, self.fillers, self.flags.negation_window, shadowed)

    @staticmethod
    def _apart(terms: list[str], a: int, b: int, stops: frozenset[str]) -> bool:
        """Does one of ``stops`` stand between the two positions?"""
        return any(t in stops for t in terms[min(a, b) : max(a, b)])

    def _hits(self, terms: list[str]) -> dict[str, list[int]]:
        """Start positions of each group's phrases in the sentence."""
        hits: dict[str, list[int]] = defaultdict(list)
        for i, found in self.index.find(terms):
            for name in self.group_of[found]:
                if not hits[name] or hits[name][-1] != i:
                    hits[name].append(i)
        return hits

    def _sentence(self, terms: list[str]) -> str:
        hits = self._hits(terms)
        shadowed = set(hits["not_negations"])
        live = lambda starts: [i for i in starts if not self._negated(terms, i, shadowed)]  # noqa: E731
        general = bool(hits["general_cues"]) and not hits["persons"]
        if live(hits["emergencies"]):
            return "emergency phrase"
        if live(hits["heart_attack"]) and not general:
            return "heart attack"
        cleared = hits["clears"]
        locations = [
            i for i, t in enumerate(terms)
            if self.is_location(t) and not self._negated(terms, i, shadowed)
            and not any(i < c <= i + _CLEAR_REACH for c in cleared)
        ]  # fmt: skip
        symptoms = live(hits["symptoms"])
        # "no pain in my chest, my calves cramp": a chest word whose own clause negates its symptom is ruled out.
        ruled_out = {
            loc for loc in locations
            for s in hits["symptoms"]
            if s not in symptoms and not self._apart(terms, loc, s, self.scope_breaks)
        }  # fmt: skip
        locations = [loc for loc in locations if loc not in ruled_out]
        window = self.flags.window
        if not general:
            for loc in locations:
                if any(
                    abs(s - loc) <= window and not self._apart(terms, loc, s, self.contrast) for s in symptoms
                ):
                    return "chest symptom"
            if locations and live(hits["breathless"]):
                return "chest with breathlessness"
        places = live(hits["spread_places"])
        if symptoms and places:
            verbs = hits["spread_verbs"]
            if any(abs(v - p) <= window for v in verbs for p in places):
                return "spreading pain"
        return ""
