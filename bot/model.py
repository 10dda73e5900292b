"""Plain, immutable values the engine returns; channel adapters only read them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

# Care levels of red-flag triage, most urgent first.
TriageLevel = Literal["emergency", "same-day"]
EMERGENCY: TriageLevel = "emergency"  # call the emergency number now
SAME_DAY: TriageLevel = "same-day"  # get medical help today
TRIAGE_LEVELS: tuple[TriageLevel, ...] = get_args(TriageLevel)

# Reply kinds, so adapters can choose a layout without parsing text.
URGENT = "urgent"  # red flag: emergency or same-day guidance leads the reply, with no topic answer
ANSWER = "answer"  # one or more topic answers
CLARIFY = "clarify"  # "did you mean" choices instead of a guess
FALLBACK = "fallback"  # out of scope: what the bot can answer, with suggestions
SMALLTALK = "smalltalk"  # greeting, thanks, goodbye, help
EMPTY = "empty"  # nothing readable in the message


@dataclass(frozen=True)
class Choice:
    """A topic the user can pick next (a button in Telegram, a numbered line in the terminal)."""

    intent: str
    label: str


@dataclass(frozen=True)
class Section:
    """One block of a reply: a heading, plain-text paragraphs separated by blank lines, its source."""

    kind: str  # "urgent" | "same_day" | "caution" | "reminder" | "answer" | "general" | "message"
    title: str
    body: str
    intent: str | None = None
    source: str | None = None  # the part of the article the block rests on, in words


@dataclass(frozen=True)
class Context:
    """What a conversation is about so far; the engine takes one and returns the next one.

    Immutable and small: adapters keep one per chat in memory and never write it anywhere.
    """

    topics: tuple[str, ...] = ()  # intents answered so far, most recent last (bounded)
    offered: tuple[str, ...] = ()  # intents offered as choices in the last reply, in order
    facts: tuple[str, ...] = ()  # things the user said about themselves, e.g. "pregnancy"
    updated: float = 0.0  # time.time() of the last turn, for time-to-live
    flags: tuple[str, ...] = ()  # red-flag rules triaged in this conversation and not yet resolved
    signs: tuple[str, ...] = ()  # red-flag contexts mentioned (e.g. "pregnant", "wound"), for later turns


@dataclass(frozen=True)
class Reply:
    """Everything a channel needs to show the engine's answer to one message."""

    kind: str
    intents: tuple[str, ...]  # matched intents, best first; () when out of scope
    urgent: bool  # exactly when triage is "emergency"
    sections: tuple[Section, ...]
    choices: tuple[Choice, ...] = ()  # "did you mean" or suggested topics
    related: tuple[Choice, ...] = ()  # topics related to the answer
    disclaimer: str | None = None  # present on every health reply
    context: Context = field(default_factory=Context)
    triage: TriageLevel | None = None  # the care level a red flag in the message or conversation calls for

    def __post_init__(self) -> None:
        if self.urgent != (self.triage == EMERGENCY):
            raise ValueError("a reply is urgent exactly when its triage is 'emergency'")

    @property
    def is_health(self) -> bool:
        return self.disclaimer is not None
