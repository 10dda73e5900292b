"""Follow-up questions: reading a message in the light of what the conversation is about."""

from __future__ import annotations

from collections.abc import Callable

from bot import decide as d
from bot import kb
from bot.model import Context


class FollowUps:
    def __init__(self, base: kb.KnowledgeBase, phrase: Callable[[str], tuple[str, ...]]) -> None:
        self.kb = base

    def resolve(self, seen, context: Context) -> d.Decision:
        return seen.decision

    def disclosed(self, terms: list[str], context: Context) -> tuple[str, ...]:
        return context.facts

    def personalise(self, intents: tuple[str, ...], facts: tuple[str, ...]) -> tuple[str, ...]:
        return intents
