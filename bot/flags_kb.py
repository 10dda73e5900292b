"""The red-flag part of the knowledge base as typed, frozen values (red_flags.yaml, built by bot.load_red_flags)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from bot.model import TriageLevel

# place: a body part (negation reaches across it, never removes it); sign: what is felt or seen; context: the
# situation (a wound, a pregnancy); marker: a word a pattern needs that is no symptom (a medicine, "took", a count,
# "a pulled muscle"): negated or past like a sign, but a negated marker (or context) never rules its clause's body
# part out ("it's not a pulled muscle in my chest, it's crushing").
ConceptKind = Literal["place", "sign", "context", "marker"]
CONCEPT_KINDS: tuple[ConceptKind, ...] = ("place", "sign", "context", "marker")


@dataclass(frozen=True)
class Concept:
    """A named group of lay words (red_flags.yaml concepts): a place, a sign or a context."""

    name: str
    kind: ConceptKind
    phrases: tuple[str, ...]
    # Signs named by their negation: "not answering", "hasn't made sense", "can't control my bladder". They count
    # only when a negation stands before them.
    absent_phrases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pattern:
    """One way a red-flag rule fires; see red_flags.yaml for what each part means."""

    near: tuple[str, ...]
    with_: tuple[str, ...] = ()
    negated: tuple[str, ...] = ()
    ordered: bool = False
    window: int | None = None  # how close `near` concepts must be; the file's window when None
    unless: tuple[str, ...] = ()  # concepts whose phrases hide this pattern's words inside them ("magnesium tablets")


@dataclass(frozen=True)
class RedFlagRule:
    id: str
    level: TriageLevel
    name: str
    patterns: tuple[Pattern, ...]
    advice: str  # what to do now, in our own words from public guidance
    source: str  # the public guidance the advice restates
    facts: tuple[str, ...]  # article facts shown with an emergency reply


@dataclass(frozen=True)
class Durations:
    """A stated duration at least this long counts as the concept ("a cramp for 20 minutes")."""

    concept: str
    minimum_minutes: float
    units: Mapping[str, float]  # stemmed unit word -> minutes
    numbers: Mapping[str, float]  # number word -> value
    activities: tuple[str, ...] = ()  # a length just after one of these is the activity's ("running for an hour")
    ago: tuple[str, ...] = ()  # a length followed by one of these dates a start: it stays the cramp's
    moments: frozenset[str] = frozenset()  # stemmed: "in the 80th minute" after one of these is when, not how long


@dataclass(frozen=True)
class Carried:
    """Places the next message may mean by "it" without naming them ("my calf cramps", then "now it's swollen")."""

    places: tuple[str, ...]
    pointer: str  # the concept that points back ("it's", "mine"): the next message must have it
    needs: tuple[str, ...]  # ... and each of these ("swollen")
    unless: tuple[str, ...]  # ... and none of these in the sentence that points back (a body part of its own)
    anywhere: tuple[str, ...] = ()  # ... nor these anywhere in the message (a physio has checked it)


@dataclass(frozen=True)
class OldYear:
    """A year at least this many years back, after a year word, also counts as the concept ("jab in 2009")."""

    concept: str
    years: int
    after: tuple[str, ...]  # the words that must stand just before the year ("in", "back in")


@dataclass(frozen=True)
class RedFlags:
    concepts: Mapping[str, Concept]
    rules: Mapping[str, RedFlagRule]  # in file order
    window: int
    questions: tuple[str, ...]  # a clause opening with one of these ...
    links: tuple[str, ...]  # ... and holding one of these is a general question ...
    persons: tuple[str, ...]  # ... unless it has one of these or of `present`
    generally: tuple[str, ...]  # "asking generally": a question with nobody in it needs no link word
    hypothetical: tuple[str, ...]  # "if she ever...": that sentence is not about now
    present: tuple[str, ...]
    past: tuple[str, ...]  # past and resolved, as far as no `present` word or `present_verbs` verb reaches
    present_verbs: tuple[str, ...]
    past_ends: tuple[str, ...]  # rightwards a past word's reach ends here: a new event may start
    past_starts: tuple[str, ...]  # leftwards it ends here: "spasms since a cut 9 days ago" are now
    past_verbs: tuple[str, ...]  # ... unless what stands before holds one of these ("I had a seizure after...")
    year_words: tuple[str, ...]  # a four-digit number after one of these is a year ("in 2015")
    idioms: tuple[str, ...]  # red-flag words in another sense
    action_questions: tuple[str, ...]  # "what should I do?" after a triaged reply
    resolved: tuple[str, ...]  # "it's gone now": a remembered same-day red flag ends
    resolved_by_care: tuple[str, ...]  # "seen a doctor": any remembered red flag ends
    returned: tuple[str, ...]  # "came back", "still": said with a resolution, the red flag stays
    durations: Durations
    texts: Mapping[str, str]  # the reply texts (titles, call lines, bodies)
    old_year: OldYear | None = None
    progress: tuple[str, ...] = ()  # concepts saying a sign goes on now: a past sign before one is not past
    first_time: tuple[str, ...] = ()  # "never had one before": the past words inside date nothing
    carried: Carried | None = None  # places "it" in the next message may mean ("calf")

    def level_of(self, rule: str) -> TriageLevel:
        return self.rules[rule].level


__all__ = ["CONCEPT_KINDS", "Carried", "Concept", "ConceptKind", "Durations", "OldYear", "Pattern", "RedFlagRule", "RedFlags"]
