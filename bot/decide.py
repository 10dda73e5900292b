"""From intent scores to a decision: answer (one or several topics), ask "did you mean", or fall back."""

from __future__ import annotations

from dataclasses import dataclass

from bot import kb
from bot.matcher import DOMAIN, Candidate, Scores  # DOMAIN: also what "did you mean" needs

ACCEPT = 1.0  # a topic scoring this much is answered
SECONDARY_KEYWORDS = 0.7  # a second topic in the same message needs its own keyword evidence
STRONG = 1.0  # keyword evidence this strong is never treated as a guess
CLARIFY_MIN = 0.55  # below this nothing is offered: the message is out of scope
MARGIN = 0.15  # two weak candidates closer than this are ambiguous
MAX_TOPICS = 3
SMALLTALK_ALONE = 1.2  # small-talk keyword evidence that wins even next to health words

ANSWER, CLARIFY, FALLBACK, SMALLTALK = "answer", "clarify", "fallback", "smalltalk"


@dataclass(frozen=True)
class Decision:
    kind: str
    intents: tuple[str, ...] = ()  # what the reply answers, best first
    choices: tuple[str, ...] = ()  # what the reply offers ("did you mean", causes not covered yet)
    style: str = ""  # "more": expand the topic; "what_else": list the causes not covered yet


def decide(scores: Scores, base: kb.KnowledgeBase, chat: bool = True) -> Decision:
    """``chat``: the message is short enough to be small talk ("thanks!"); in a long one, "thanks" or
    "hi" is politeness around something else."""
    kind_of = {iid: intent.kind for iid, intent in base.intents.items()}
    health = [c for c in scores.candidates if kind_of[c.intent] in (kb.TOPIC, kb.OVERVIEW)]
    talk = [c for c in scores.candidates if chat and kind_of[c.intent] == kb.SMALLTALK and c.score >= ACCEPT]
    accepted = [c for c in health if c.score >= ACCEPT and c.grounded]
    if accepted:
        first = accepted[0]
        close = [c for c in accepted[1:] if first.score - c.score < MARGIN and c.keywords < STRONG]
        if kind_of[first.intent] == kb.TOPIC:  # an overview gives way to a specific topic, even a close one
            close = [c for c in close if kind_of[c.intent] != kb.OVERVIEW]
        if first.keywords < STRONG and close:
            return Decision(CLARIFY, choices=tuple(c.intent for c in [first, *close][:MAX_TOPICS]))
        return Decision(ANSWER, intents=_topics(accepted, kind_of))
    # "help" inside a health question is not a request for the menu: small talk needs a message without
    # health content, or small-talk words strong enough on their own ("what can you do").
    if talk and (talk[0].keywords >= SMALLTALK_ALONE or not _has_health(health, scores)):
        return Decision(SMALLTALK, intents=(talk[0].intent,))
    top = health[0] if health else None
    # Without a cramp word, strong keywords alone earn a "did you mean", unless the message is about
    # something else as well ("how do I get rid of spam emails").
    if (
        top
        and top.score >= CLARIFY_MIN
        and (scores.domain >= DOMAIN or (top.keywords >= STRONG and not top.off))
    ):
        options = [c.intent for c in health if c.score >= CLARIFY_MIN * 0.8][:MAX_TOPICS]
        return Decision(CLARIFY, choices=tuple(options))
    return Decision(FALLBACK)


def _topics(accepted: list[Candidate], kind_of: dict[str, str]) -> tuple[str, ...]:
    """The first topic, then others with their own evidence; overviews give way to specific topics."""
    picked = [accepted[0], *(c for c in accepted[1:] if c.keywords >= SECONDARY_KEYWORDS)]
    if any(kind_of[c.intent] == kb.TOPIC for c in picked):
        picked = [c for c in picked if kind_of[c.intent] == kb.TOPIC or c.keywords >= STRONG]
    return tuple(c.intent for c in picked[:MAX_TOPICS])


def _has_health(health: list[Candidate], scores: Scores) -> bool:
    """Does the message carry health content: a cramp/spasm word, or a topic keyword of some weight?"""
    return scores.domain >= DOMAIN or any(c.keywords >= SECONDARY_KEYWORDS for c in health)
