"""What the matcher finds: a candidate topic per intent, and how the sentences of a message combine."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

STORY = (
    0.6  # next to a question that names a topic on its own, a topic told only in the story counts this much
)
ANSWERABLE = 1.0  # a question sentence's topic scoring this much is answered on its own (decide.ACCEPT)

Entry = tuple[bool, float, float, float]  # grounded, score, keyword evidence, off-topic evidence
Named = tuple[frozenset[str], frozenset[str]]  # a sentence's words, the intents it names outright


@dataclass(frozen=True)
class Candidate:
    intent: str
    score: float  # keywords + domain bonus + example likeness - off-topic evidence
    keywords: float  # keyword evidence alone
    grounded: bool = True  # its sentence is about spasms, or names the topic outright
    off: float = 0.0  # evidence in its sentence that the message is about something else ("spam emails")


@dataclass(frozen=True)
class Scores:
    candidates: tuple[Candidate, ...]  # best first
    domain: float  # how clearly the message is about spasms at all (0..1)
    named: tuple[Named, ...] = ()
    questioned: frozenset[str] = frozenset()  # intents with keyword evidence in a sentence ending with "?"


def told_around(
    questions: dict[str, Entry], story: dict[str, Entry], health: Collection[str]
) -> dict[str, Entry]:
    """Best entry per intent over the question sentences and the others. When a question names a health topic
    well enough to be answered on its own, the topics the story around it names count for STORY of their score
    ("I walk the dog, I work in an office. Have you had more cramps in your pregnancy?")."""
    if (
        questions
        and story
        and any(g and s >= ANSWERABLE and i in health for i, (g, s, _, _) in questions.items())
    ):
        story = {i: (g, s * STORY, kw, off) for i, (g, s, kw, off) in story.items()}
    best = dict(story)
    for iid, entry in questions.items():
        old = best.get(iid)
        if old is None or entry[:2] > old[:2]:
            best[iid] = entry
    return best
