"""The answer engine: pure, synchronous, channel-free. Text and a Context in, a Reply out.

One way through, each stage one module taking the previous stage's frozen value:
read (analyse.py: terms) -> triage (triage.py: Triage) -> understand (understand.py: Understanding)
-> resolve (resolve.py: Resolution, the conversation considered) -> compose (compose.py: Reply).
Triage runs first on every message; a triaged message goes straight to the urgent composer.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from bot import decide as d
from bot import kb, loader
from bot.analyse import Analyser
from bot.compose import Composer
from bot.model import Choice, Context, Reply, Resolution, Understanding
from bot.resolve import Resolver
from bot.text import BREAK, SENTENCE_END
from bot.triage import RedFlagTriage
from bot.understand import Understander

MAX_TOPICS_REMEMBERED = 8


class Engine:
    def __init__(self, base: kb.KnowledgeBase, emergency_number: str | None = None) -> None:
        self.kb = base
        self.analyser = Analyser(base)
        self.triage = RedFlagTriage(base.red_flags, self.analyser.phrase)
        self.understander = Understander(base, self.analyser.phrase)
        self.matcher = self.understander.matcher
        self.resolver = Resolver(base, self.analyser)
        self.compose = Composer(base, emergency_number)

    @classmethod
    def load(cls, knowledge_dir: Path | str | None = None, emergency_number: str | None = None) -> Engine:
        return cls(loader.load(Path(knowledge_dir) if knowledge_dir else None), emergency_number)

    def understand(self, text: str) -> Understanding:
        """Read, triage (first, on every word), then understand. No context involved."""
        terms = self.analyser.terms(text if isinstance(text, str) else "")
        return self.understander.understand(terms, self.triage.assess(terms))

    def reply(self, text: str, context: Context | None = None, now: float | None = None) -> Reply:
        """The reply to one message, given what the conversation was about."""
        context = context or Context()
        now = time.time() if now is None else now
        terms = self.analyser.terms(text if isinstance(text, str) else "")  # read
        if not any(t not in (BREAK, SENTENCE_END) for t in terms):
            return self.compose.empty(replace(context, offered=(), updated=now))
        triage = self.triage.assess(terms)  # triage: nothing after it can overrule a red flag
        seen = self.understander.understand(terms, triage)  # understand
        if triage.urgent:
            facts = self.resolver.disclosed(seen, context)
            intents = tuple(i for i in seen.decision.intents if self.kb.intents[i].kind != kb.SMALLTALK)
            return self.compose.urgent(intents, self._next(context, intents, (), facts, now))
        plan = self.resolver.resolve(seen, context)  # resolve against the conversation
        return self._compose(plan, context, now)

    def _compose(self, plan: Resolution, context: Context, now: float) -> Reply:
        topics = plan.intents if plan.action in ("answer", "more", "what_else") else ()
        asked = self.resolver.remember(context, plan)
        draft = self.compose.compose(plan, Context())
        offered = tuple(c.intent for c in draft.choices or draft.related)
        if plan.action in ("smalltalk", "fallback"):
            offered = ()
        return replace(draft, context=replace(self._next(context, topics, offered, plan.facts, now), asked=asked))

    def topic(self, intent: str, context: Context | None = None, now: float | None = None) -> Reply:
        """Show one topic directly (a button press or a deep link)."""
        context = context or Context()
        now = time.time() if now is None else now
        if not self.knows(intent):
            return self.compose.fallback(replace(context, updated=now))
        reply = self.compose.answer((intent,), context)
        offered = tuple(c.intent for c in reply.related)
        return replace(reply, context=self._next(context, (intent,), offered, context.facts, now))

    def emergency(self) -> Reply:
        """The urgent-care guidance on its own (the /emergency command)."""
        return self.compose.urgent((), Context())

    def _next(self, context, intents, offered, facts, now) -> Context:
        # The reply's first intent ends up most recent: it is what "it" refers to next.
        health = [i for i in intents if self.kb.intents[i].kind != kb.SMALLTALK]
        topics = tuple(t for t in context.topics if t not in health) + tuple(reversed(health))
        return Context(topics[-MAX_TOPICS_REMEMBERED:], tuple(offered), tuple(facts), now, context.asked)

    # Fixed texts and menus for the channels.
    def message(self, name: str) -> str:
        return self.kb.messages.texts[name]

    def menu(self, name: str) -> tuple[Choice, ...]:
        return self.compose.choices(self.kb.messages.menus.get(name, ()))

    def deep_link(self, payload: str) -> str | None:
        key = payload.strip().lower()
        if key in self.kb.messages.deep_links:
            return self.kb.messages.deep_links[key]
        return key if key in self.kb.answers else None

    def knows(self, intent: str) -> bool:
        """Whether the knowledge base has this topic (a button from an older version may not)."""
        return intent in self.kb.answers

    def label(self, intent: str) -> str:
        return self.compose.label(intent)

    def suggest(self, text: str, limit: int = 5) -> tuple[str, ...]:
        """Health topics that fit the text, best first (inline mode); empty when nothing fits."""
        seen = self.understand(text)
        if seen.decision.kind == d.ANSWER and seen.decision.intents:
            first = list(seen.decision.intents)
        else:
            first = list(seen.decision.choices)
        ranked = [c.intent for c in seen.scores.candidates if c.score >= d.CLARIFY_MIN]
        out = [i for i in dict.fromkeys(first + ranked) if self.kb.intents[i].kind != kb.SMALLTALK]
        return tuple(out[:limit])
