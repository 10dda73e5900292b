"""Red-flag triage: does the message, with what the conversation remembers, call for emergency help or a
doctor today? Runs first, on every word of the whole message; when unsure, it triages.

The rules are data (knowledge/red_flags.yaml): concept groups of lay words, combined into patterns. Here they
are only found and combined: one pass over the terms finds every concept, negation takes away the signs it
reaches (never a body part), and only what is plainly not happening now is exempt (a general question with
nobody in it, something past and resolved). Exempt signs are still "mentioned", so the reply can say what to
do if it is happening now.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import product

from bot import kb
from bot.exempt import Exemptions
from bot.flag_concepts import ConceptFinder, Hit
from bot.model import EMERGENCY, SAME_DAY, TRIAGE_LEVELS, TriageLevel
from bot.negation import Negation
from bot.phrases import Phrase

_MAX_COMBINATIONS = 512  # a pathological message cannot make one pattern check expensive
_WITH_SENTENCES = (
    3  # a `with` concept counts within this many sentences of the signs (one story, not an essay)
)


@dataclass(frozen=True)
class Triage:
    """What triage made of one message (and the conversation so far)."""

    level: TriageLevel | None = None
    rules: tuple[str, ...] = ()  # rules that fired, most urgent first
    mentioned: tuple[str, ...] = ()  # rules whose signs are named but exempt or negated
    supposed: tuple[str, ...] = ()  # of those, the rules a hypothetical or a general question names in full
    contexts: tuple[str, ...] = ()  # context concepts stated in this message ("pregnant"), for later turns
    action: bool = False  # asks what to do ("what should I do?")
    resolved: bool = False  # says an earlier red flag is over ("it's gone now") and not that it is back
    cared_for: bool = False  # says someone who can judge has seen it ("seen a doctor", "paramedics came")

    @property
    def urgent(self) -> bool:
        return self.level == EMERGENCY

    @property
    def reason(self) -> str:
        return ", ".join(self.rules)


def most_urgent(levels: Iterable[TriageLevel]) -> TriageLevel | None:
    found = set(levels)
    return next((level for level in TRIAGE_LEVELS if level in found), None)


class RedFlagTriage:
    """Applies the rules in red_flags.yaml to a message's terms."""

    def __init__(
        self, flags: kb.RedFlags, negation: Negation, phrase: Callable[[str], Phrase], english: frozenset[str]
    ) -> None:
        self.flags = flags
        self.negation = negation
        self.kind = {name: c.kind for name, c in flags.concepts.items()}
        self.finder = ConceptFinder(flags, phrase, english)
        self.exemptions = Exemptions(flags, phrase)
        # Words of progress, and the signs a pattern pairs them with ("numb" with "now it's her hands too").
        self.progress = frozenset(flags.progress)
        self.progressing = frozenset(
            c for r in flags.rules.values() for p in r.patterns if self.progress & set(p.near)
            for c in p.near if c not in self.progress
        )  # fmt: skip
        # Rules that depend on another rule ("a swollen calf, then breathless") are checked after the others.
        self.order = sorted(
            flags.rules.values(), key=lambda r: any(w in flags.rules for p in r.patterns for w in p.with_)
        )
        # Each rule's patterns with the concepts they need, worked out once (hashing patterns per call is slow).
        self.checks = [
            (r.id, [(p, frozenset(p.near), frozenset(p.negated)) for p in r.patterns]) for r in self.order
        ]

    def assess(
        self, terms: list[str], flags: tuple[str, ...] = (), remembered: tuple[str, ...] = ()
    ) -> Triage:
        """Triage one message; ``flags`` (rules) and ``remembered`` (contexts) come from the conversation."""
        cues = self.finder.cues(terms)
        # "It went away but it came back, what should I do?" resolves nothing.
        settled = not cues["action_questions"] and not cues["returned"]
        said = {
            "action": bool(cues["action_questions"]),
            "resolved": settled and bool(cues["resolved"]),
            "cared_for": settled and bool(cues["resolved_by_care"]),
        }
        now = frozenset(lo for lo, _ in cues["present"])
        hits = self._outside_negative_phrases(terms, self.finder.hits(terms, cues["idioms"], now))
        # Signs said by their negation ("he's not answering"): present when a negation stands before them, and no
        # "without" after them undoes it ("can't pee without it burning": he can).
        absences = [
            h for h in self.finder.absences(terms, cues["idioms"])
            if self.negation.precedes(terms, h.start) and not self.negation.undone(terms, h.end)
        ]  # fmt: skip
        if not hits and not absences:
            return Triage(**said)
        # A negation cue inside a red-flag phrase ("can't" in "can't breathe") is part of the sign.
        carriers: dict[int, tuple[int, bool]] = {}
        for h in hits:  # the longest phrase at each start; a body part only if every reading is one
            if h.end - h.start == 1 and self.negation.crosses(terms[h.start]):
                continue  # "he" in "doesn't think he's ever had a jab": negation reaches across it
            end, place = carriers.get(h.start, (h.end, True))
            carriers[h.start] = (max(end, h.end), place and self.kind[h.concept] == "place")
        masked = frozenset(i for h in hits if h.end - h.start > 1 for i in range(h.start, h.end))
        negated = self.negation.scan(terms, carriers, masked).positions
        exempt = self.exemptions.positions(terms, cues)
        # Negation takes away signs and contexts ("no cuts"); the past and general questions only signs.
        signs = [h for h in hits if self.kind[h.concept] != "place"]
        live_signs = [
            h
            for h in signs
            if h.start not in negated and (h.start not in exempt or self.kind[h.concept] == "context")
        ] + [h for h in absences if h.start not in exempt]
        live_signs += self._still_going(terms, cues, signs, live_signs, negated)
        hits = hits + absences
        spent = _spent_clauses([h for h in signs if h.start in negated], live_signs)
        live = live_signs + [h for h in hits if self.kind[h.concept] == "place" and h.clause not in spent]
        absent = {h.concept for h in signs if h.start in negated}
        fired = self._fire(terms, live, absent, set(remembered), set(flags))
        if len(live) == len(hits):  # nothing negated, exempt or ruled out: what is named is what fired
            named = fired
        else:
            named = self._fire(terms, hits, {h.concept for h in hits}, set(remembered), set(flags))
        supposed: list[str] = []
        if exempt and len(live) < len(hits):  # "what should I do if my child ever has a fit?"
            past = self.exemptions.past(terms, cues)
            unsaid = [h for h in signs if h.start in exempt and h.start not in negated and h.start not in past]
            supposed = [r for r in self._fire(terms, live + unsaid, absent, set(remembered), set(flags))
                        if r not in fired]  # fmt: skip
        level = most_urgent(self.flags.level_of(r) for r in fired)
        ranked = tuple(sorted(fired, key=lambda r: TRIAGE_LEVELS.index(self.flags.level_of(r))))
        contexts = tuple(dict.fromkeys(h.concept for h in live if self.kind[h.concept] == "context"))
        return Triage(
            level=level,
            rules=ranked,
            mentioned=tuple(r for r in named if r not in fired),
            supposed=tuple(supposed),
            contexts=contexts,
            **said,
        )

    def _still_going(self, terms, cues, signs: list[Hit], live: list[Hit], negated) -> list[Hit]:
        """A sign dated in the past (not one in a general question or a hypothetical) before a live word of
        progress in its sentence, one a pattern pairs with it, goes on now: "her feet went numb last week and
        now it's in her hands too"."""
        later = [h for h in live if h.concept in self.progress]
        if not later:
            return []
        past = self.exemptions.past(terms, cues)
        return [
            h for h in signs
            if h.concept in self.progressing and h.start in past and h.start not in negated
            and any(p.sentence == h.sentence and p.start > h.start for p in later)
        ]  # fmt: skip

    def _outside_negative_phrases(self, terms: list[str], hits: list[Hit]) -> list[Hit]:
        """Signs inside a red-flag phrase that opens with a negation ("sweat" in "not sweating") do not count
        on their own: the phrase says they are absent. A body part inside one still counts ("mouth" in "can't
        open my mouth")."""
        negative = [
            (h.start, h.end)
            for h in hits
            if h.end - h.start > 1 and self.negation.has_cue(terms[h.start : h.start + 1])
        ]
        if not negative:
            return hits
        return [
            h
            for h in hits
            if self.kind[h.concept] == "place"
            or not any(lo <= h.start and h.end <= hi and (h.start, h.end) != (lo, hi) for lo, hi in negative)
        ]

    # Combining them

    def _fire(self, terms, live, absent, remembered, flags) -> list[str]:
        """Rules whose patterns the hits satisfy; ``absent``: concepts said to be absent (negated)."""
        by_concept: dict[str, list[Hit]] = defaultdict(list)
        for h in live:
            by_concept[h.concept].append(h)
        have = by_concept.keys()
        fired: list[str] = []
        known = remembered | flags
        for rule_id, patterns in self.checks:
            for pattern, near, negated in patterns:
                if near <= have and negated <= absent and self._matches(terms, pattern, by_concept,
                                                                         known | set(fired)):  # fmt: skip
                    fired.append(rule_id)
                    break
        return fired

    def _matches(self, terms, pattern: kb.Pattern, by_concept, known: set[str]) -> bool:
        """The near concepts close together, and each `with` concept remembered or in a nearby sentence."""
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
            near = [[h for h in hits if h.sentence == anchor.sentence and abs(h.start - anchor.start) <= window]
                    for hits in others]  # fmt: skip
            for combo in product(*near):
                count += 1
                if count > _MAX_COMBINATIONS:
                    return True  # fail safe: a message this full of red-flag words is triaged
                if self._close(terms, (anchor, *combo), pattern.ordered, window):
                    return True
        return False

    @staticmethod
    def _accompanied(anchor: Hit, with_: tuple[str, ...], by_concept, known: set[str]) -> bool:
        """Each `with` concept is remembered, or said within a few sentences of the anchor (one story)."""
        return all(
            w in known or any(abs(h.sentence - anchor.sentence) <= _WITH_SENTENCES for h in by_concept[w])
            for w in with_
        )

    def _close(self, terms: list[str], combo: tuple[Hit, ...], ordered: bool, window: int) -> bool:
        """One sentence, within the window, nothing turning to another thought between, distinct words."""
        starts = [h.start for h in combo]
        if len(combo) > 1:
            if len({h.sentence for h in combo}) > 1 or len(set(starts)) < len(starts):
                return False
            if ordered and starts != sorted(starts):
                return False
            lo, hi = min(starts), max(starts)
            if hi - lo > window or any(self.negation.is_stop(terms, j) for j in range(lo, hi)):
                return False
        return True


def _spent_clauses(negated: list[Hit], live: list[Hit]) -> set[int]:
    """Clauses whose signs are all negated: a body part there is ruled out ("no chest pain, is it...")."""
    return {h.clause for h in negated} - {h.clause for h in live}


__all__ = ["EMERGENCY", "SAME_DAY", "Hit", "RedFlagTriage", "Triage", "most_urgent"]
