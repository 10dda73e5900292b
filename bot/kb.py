"""The knowledge base as typed, frozen values (built once from knowledge/*.yaml by bot.loader)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

TOPIC = "topic"
OVERVIEW = "overview"  # a general health topic that gives way to a specific one
SMALLTALK = "smalltalk"
OFF_TOPIC = "off_topic"  # words that show a message is about something else ("recipe", "laptop freezing")


@dataclass(frozen=True)
class Fact:
    id: str
    section: str  # an ArticleSection id
    text: str


@dataclass(frozen=True)
class ArticleSection:
    id: str
    name: str


@dataclass(frozen=True)
class Answer:
    intent: str
    label: str  # short, for buttons
    title: str
    summary: str
    body: str
    facts: tuple[str, ...]
    general: str | None  # guidance not from the article, shown under a label


@dataclass(frozen=True)
class Intent:
    id: str
    kind: str  # TOPIC, OVERVIEW, SMALLTALK or OFF_TOPIC
    keywords: Mapping[str, float]  # normalised term (words joined by spaces) -> weight
    examples: tuple[str, ...]
    related: tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    synonyms: Mapping[str, str]  # normalised phrase -> normalised replacement
    domain: Mapping[str, float]  # terms that make a message about spasms at all
    stopwords: frozenset[str]
    common_words: frozenset[str]  # real words that are never "corrected" (common_words + english_words.txt)


@dataclass(frozen=True)
class RedFlags:
    locations: frozenset[str]
    symptoms: frozenset[str]
    window: int
    spread_verbs: frozenset[str]
    spread_places: frozenset[str]
    emergencies: tuple[str, ...]  # phrases urgent on their own
    heart_attack: tuple[str, ...]  # phrases urgent unless asked about in general
    breathless: tuple[str, ...]  # urgent together with a chest or heart word
    negations: frozenset[str]
    not_negations: tuple[str, ...]
    contrast: frozenset[str]  # "but", "just": a turn to another thought
    negation_window: int
    negation_fillers: frozenset[str]  # words a negation reaches across ("don't have any")
    clears: frozenset[str]  # "fine", "ok" right after a location rule it out
    general_cues: frozenset[str]  # "cause", "symptom": a general question, not a symptom
    persons: frozenset[str]  # "my", "dad": the message is about a real person
    title: str
    body: str
    numbers: str
    configured: str
    unconfigured: str
    facts_title: str
    facts: tuple[str, ...]


@dataclass(frozen=True)
class Messages:
    texts: Mapping[str, str]
    menus: Mapping[str, tuple[str, ...]]
    deep_links: Mapping[str, str]


@dataclass(frozen=True)
class FollowUps:
    """Words that mark a message as continuing the conversation (used with a Context)."""

    facets: Mapping[str, str]  # normalised phrase -> intent it asks about the current topic
    pronouns: frozenset[str]
    more: tuple[str, ...]
    what_else: tuple[str, ...]
    elliptical: tuple[str, ...]
    ordinals: Mapping[str, int]
    disclosure_topics: tuple[str, ...]  # conditions a person can tell us they have
    first_person: frozenset[str]
    corrections: tuple[str, ...]
    fillers: frozenset[str]  # "hmm", "ok": skipped at the start of a follow-up


@dataclass(frozen=True)
class KnowledgeBase:
    directory: Path
    article_title: str
    sections: Mapping[str, ArticleSection]
    facts: Mapping[str, Fact]
    answers: Mapping[str, Answer]
    intents: Mapping[str, Intent]
    vocabulary: Vocabulary
    red_flags: RedFlags
    messages: Messages
    followups: FollowUps

    def topics(self) -> tuple[str, ...]:
        return tuple(i for i, intent in self.intents.items() if intent.kind in (TOPIC, OVERVIEW))
