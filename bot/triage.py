"""Red-flag triage: does the message, with what the conversation remembers, call for emergency help or a
doctor today? Runs first, on every word of the whole message; when unsure, it triages.

The rules are data (knowledge/red_flags.yaml): concept groups of lay words, combined into patterns. Here they
are only found and combined: one pass over the terms finds every concept, negation takes away the signs it
reaches (never a body part), and only what is plainly not happening now is exempt (a general question with
nobody in it, something past and resolved). Exempt signs are still "mentioned", so the reply can say what to
do if it is happening now.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot import kb
from bot.exempt import Exemptions
from bot.flag_concepts import ConceptFinder, Hit
from bot.flag_patterns import PatternMatcher
from bot.model import EMERGENCY, SAME_DAY, TRIAGE_LEVELS, TriageLevel
from bot.negation import Negation
from bot.phrases import Phrase


@dataclass(frozen=True)
class Triage:
    """What triage made of one message (and the conversation so far)."""

    level: TriageLevel | None = None
    rules: tuple[str, ...] = ()  # rules that fired, most urgent first
    mentioned: tuple[str, ...] = ()  # rules whose signs are named but exempt or negated
    supposed: tuple[str, ...] = ()  # of those, the rules a hypothetical or a general question names in full
    contexts: tuple[str, ...] = ()  # context concepts stated in this message ("pregnant"), for later turns
    places: tuple[str, ...] = ()  # carried places named in this message ("calf"): what "it" may mean in the next one
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
        # Contexts a rule needs negated ("haven't had a tetanus jab"): "never ... before" says they were never
        # there ("never had a tetanus jab before"); said of a sign ("never had my pee this dark before") it is new.
        self.wanted_absent = frozenset(
            c for r in flags.rules.values() for p in r.patterns for c in p.negated if self.kind[c] == "context"
        )
        self.finder = ConceptFinder(flags, phrase, english)
        self.exemptions = Exemptions(flags, phrase)
        # Words of progress, and the signs a pattern pairs them with ("numb" with "now it's her hands too").
        self.progress = frozenset(flags.progress)
        self.progressing = frozenset(
            c for r in flags.rules.values() for p in r.patterns if self.progress & set(p.near)
            for c in p.near if c not in self.progress
        )  # fmt: skip
        self.patterns = PatternMatcher(flags, negation)
        self.carried = flags.carried
        self.carried_places = frozenset(flags.carried.places if flags.carried else ())
        self.carried_unless = frozenset(flags.carried.unless if flags.carried else ())
        self.carried_anywhere = frozenset(flags.carried.anywhere if flags.carried else ())

    def assess(
        self,
        terms: list[str],
        flags: tuple[str, ...] = (),
        remembered: tuple[str, ...] = (),
        places: tuple[str, ...] = (),
    ) -> Triage:
        """Triage one message; ``flags`` (rules), ``remembered`` (contexts) and ``places`` (named in the message
        before) come from the conversation."""
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
        negated = self._negated(terms, hits, carriers, masked)
        past = self.exemptions.past(terms, cues)
        exempt = self.exemptions.positions(terms, cues, past)
        # Negation takes away signs and contexts ("no cuts"); the past and general questions only signs.
        signs = [h for h in hits if self.kind[h.concept] != "place"]
        live_signs = [
            h
            for h in signs
            if (h.start, h.concept) not in negated and (h.start not in exempt or self.kind[h.concept] == "context")
        ] + [h for h in absences if h.start not in exempt]
        live_signs += self._still_going(signs, live_signs, negated, past)
        hits = hits + absences
        # Only a negated symptom rules its clause's body part out; not a negated context or marker ("no pills for
        # my chest, it's crushing", "no cuts on his leg, it's cold and pale").
        spent = _spent_clauses([h for h in signs if (h.start, h.concept) in negated and self.kind[h.concept] == "sign"], live_signs)
        live = live_signs + [h for h in hits if self.kind[h.concept] == "place" and h.clause not in spent]
        absent = {h.concept for h in signs if (h.start, h.concept) in negated}
        remembered = (*remembered, *self._places_meant(places, terms, live, said))
        fired = self.patterns.fire(terms, live, absent, set(remembered), set(flags))
        if len(live) == len(hits):  # nothing negated, exempt or ruled out: what is named is what fired
            named = fired
        else:
            named = self.patterns.fire(terms, hits, {h.concept for h in hits}, set(remembered), set(flags))
        supposed: list[str] = []
        if exempt and len(live) < len(hits):  # "what should I do if my child ever has a fit?"
            unsaid = [h for h in signs if h.start in exempt and (h.start, h.concept) not in negated and h.start not in past]
            supposed = [r for r in self.patterns.fire(terms, live + unsaid, absent, set(remembered), set(flags))
                        if r not in fired]  # fmt: skip
        level = most_urgent(self.flags.level_of(r) for r in fired)
        ranked = tuple(sorted(fired, key=lambda r: TRIAGE_LEVELS.index(self.flags.level_of(r))))
        contexts = tuple(dict.fromkeys(h.concept for h in live if self.kind[h.concept] == "context"))
        return Triage(
            places=self._places_named(live),
            level=level,
            rules=ranked,
            mentioned=tuple(r for r in named if r not in fired),
            supposed=tuple(supposed),
            contexts=contexts,
            **said,
        )

    def _negated(self, terms: list[str], hits: list[Hit], carriers, masked: frozenset[int]) -> set[tuple[int, str]]:
        """(position, concept) of each hit a negation takes away. Under "never ... before" only a context a rule
        needs negated is taken away, itself alone ("never had a tetanus jab before": no jab; "never had jabbing
        in my chest like this before": the pain at that word is new)."""
        plain = self.negation.scan(terms, carriers, masked).positions
        out = {(h.start, h.concept) for h in hits if h.start in plain}
        lasting = frozenset(h.start for h in hits if h.concept in self.wanted_absent)
        if lasting:
            full = self.negation.scan(terms, carriers, masked, lasting).positions
            out |= {(h.start, h.concept) for h in hits if h.start in full and h.concept in self.wanted_absent}
        return out

    def _places_named(self, live: list[Hit]) -> tuple[str, ...]:
        """The carried places this message names (red_flags.yaml `carried_places`), for the next message."""
        return tuple(dict.fromkeys(h.concept for h in live if h.concept in self.carried_places))

    def _places_meant(
        self, places: tuple[str, ...], terms: list[str], live: list[Hit], said: dict[str, bool]
    ) -> tuple[str, ...]:
        """The last message's places, when this one points back at them and says what `needs` asks ("now it's
        swollen"), and names no body part, bite or wound of its own nor says that anything is over."""
        places = tuple(p for p in places if p in self.carried_places)  # a stored name this version no longer carries
        if not places or said["resolved"] or said["cared_for"]:
            return ()
        named = {h.concept for h in live}
        if self.carried.pointer not in named or not named.issuperset(self.carried.needs):
            return ()
        pointing = {h.sentence for h in live if h.concept == self.carried.pointer}
        every = self.finder.hits(terms, [])  # said at all: past, negated or in an idiom ("got a mosquito bite")
        if any(h.concept in self.carried_anywhere or (h.concept in self.carried_unless and h.sentence in pointing)
               for h in every):  # fmt: skip
            return ()
        return places

    def _still_going(self, signs: list[Hit], live: list[Hit], negated, past: set[int]) -> list[Hit]:
        """A sign dated in the past (not one in a general question or a hypothetical) before a live word of
        progress in its sentence, one a pattern pairs with it, goes on now: "her feet went numb last week and
        now it's in her hands too"."""
        later = [h for h in live if h.concept in self.progress]
        if not later:
            return []
        return [
            h for h in signs
            if h.concept in self.progressing and h.start in past and (h.start, h.concept) not in negated
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

def _spent_clauses(negated: list[Hit], live: list[Hit]) -> set[int]:
    """Clauses whose signs are all negated: a body part there is ruled out ("no chest pain, is it...")."""
    return {h.clause for h in negated} - {h.clause for h in live}


__all__ = ["EMERGENCY", "SAME_DAY", "Hit", "RedFlagTriage", "Triage", "most_urgent"]
