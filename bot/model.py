"""Plain, immutable values the engine returns; channel adapters only read them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, get_args

if TYPE_CHECKING:
    from bot.decide import Decision
    from bot.kb import QuestionKind, Subject
    from bot.matcher import Scores
    from bot.triage import Triage

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
UNCOVERED = "uncovered"  # a muscle, cramp or heart question the article does not cover: an honest reply
OTHER_CRAMP = "other_cramp"  # a cramp that is not skeletal muscle (period, stomach): a different kind


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
    asked: tuple[str, ...] = ()  # "topic:kind" for each answer given, oldest first (bounded): no repeats
    picked_from: tuple[str, ...] = ()  # the list the last answer was picked from: "sorry, I meant the 4th"
    places: tuple[str, ...] = ()  # red-flag places named in the last message that "it" may mean next ("calf")


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
    question_kind: str | None = None  # what was asked (a QuestionKind id); None when nothing was asked

    def __post_init__(self) -> None:
        if self.urgent != (self.triage == EMERGENCY):
            raise ValueError("a reply is urgent exactly when its triage is 'emergency'")

    @property
    def is_health(self) -> bool:
        return self.disclaimer is not None


@dataclass(frozen=True)
class Understanding:
    """What one message says on its own, before the conversation is considered (the understand stage)."""

    terms: tuple[str, ...]
    triage: Triage
    scores: Scores
    decision: Decision
    kind: QuestionKind | None  # None: the message carries no cue of any kind of question
    subject: Subject | None  # something the article does not cover that this message is about
    on_topic: Decision | None = None  # the decision if the message continues a conversation about spasms
    strangers: int = 0  # words the knowledge base does not know
    elsewhere: bool = False  # a word that shows the message is about something else ("wifi", "recipe")


Action = Literal["answer", "more", "what_else", "smalltalk", "clarify", "fallback", "uncovered"]


@dataclass(frozen=True)
class Resolution:
    """What to reply, the conversation taken into account (the resolve stage); the composer words it."""

    action: Action
    kind: QuestionKind
    intents: tuple[str, ...] = ()  # what the reply answers, best first
    focus: str | None = None  # the topic the question kind is about (a follow-up's topic in view)
    choices: tuple[str, ...] = ()  # offered topics: "did you mean", causes not covered yet, nearest topics
    brief: tuple[str, ...] = ()  # topics already in view, given in a line each
    subject: Subject | None = None  # for "uncovered": what the article does not cover
    facts: tuple[str, ...] = ()  # what the user has told us about themselves
    repeat: int = 0  # how often this topic and kind were answered before in the conversation
    picked_from: tuple[str, ...] = ()  # the offered list this answer was picked from, if it was a pick
