"""The answer engine: pure, synchronous, channel-free. Text and a Context in, a Reply out.

One way through, each stage one module taking the previous stage's frozen value:
read (analyse.py: terms) -> triage (triage.py: Triage) -> understand (understand.py: Understanding)
-> resolve (resolve.py: Resolution, the conversation considered) -> compose (compose.py: Reply).
Triage runs first on every message; a triaged message takes the triage composer's path, and nothing after
triage can overrule it.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from bot import asked, kb, loader, model
from bot import decide as d
from bot.analyse import Analyser
from bot.compose import Composer
from bot.model import ANSWER, EMERGENCY, SAME_DAY, Choice, Context, Reply, Resolution, Understanding
from bot.negation import Negation
from bot.resolve import Resolver
from bot.text import BREAK, SENTENCE_END
from bot.triage import RedFlagTriage, Triage, most_urgent
from bot.understand import Understander

MAX_TOPICS_REMEMBERED = 8
MAX_FLAGS_REMEMBERED = 8
# Replies that same-day guidance leads rather than replaces: a topic answer, and the honest "the article
# doesn't cover this" (with its own when-to-see-a-doctor), which still answers what was asked.
LED = (ANSWER, model.UNCOVERED, model.OTHER_CRAMP)


class Engine:
    def __init__(
        self, base: kb.KnowledgeBase, emergency_number: str | None = None, urgent_care_line: str | None = None
    ) -> None:
        self.kb = base
        self.analyser = Analyser(base)
        negation = Negation(base.negation, self.analyser.phrase)
        self.triage = RedFlagTriage(
            base.red_flags, negation, self.analyser.phrase, base.vocabulary.common_words
        )
        self.understander = Understander(base, self.analyser.phrase)
        self.matcher = self.understander.matcher
        self.resolver = Resolver(base, self.analyser)
        self.compose = Composer(base, emergency_number, urgent_care_line)

    @classmethod
    def load(
        cls,
        knowledge_dir: Path | str | None = None,
        emergency_number: str | None = None,
        urgent_care_line: str | None = None,
    ) -> Engine:
        directory = Path(knowledge_dir) if knowledge_dir else None
        return cls(loader.load(directory), emergency_number, urgent_care_line)

    def understand(self, text: str, context: Context | None = None) -> Understanding:
        """Read, triage (first, on every word and what the conversation remembers), then understand."""
        context = context or Context()
        text = text if isinstance(text, str) else ""
        terms, questions = self.analyser.read(text)  # read
        triage = self.triage.assess(terms, context.flags, context.signs, context.places)  # triage
        return self.understander.understand(terms, triage, questions)  # understand

    def reply(self, text: str, context: Context | None = None, now: float | None = None) -> Reply:
        """The reply to one message, given what the conversation was about."""
        context = context or Context()
        now = time.time() if now is None else now
        seen = self.understand(text, context)
        if not any(t not in (BREAK, SENTENCE_END) for t in seen.terms):
            return self.compose.empty(replace(context, offered=(), updated=now, places=()))
        triage = seen.triage
        remembered = self._still_current(context.flags, triage)
        flags = self._bounded(tuple(dict.fromkeys((*remembered, *triage.rules))))
        signs = tuple(dict.fromkeys((*context.signs, *triage.contexts)))[-MAX_FLAGS_REMEMBERED:]
        places = triage.places  # this message's only: "it" points back one message
        keep = lambda reply: replace(reply, context=replace(reply.context, flags=flags, signs=signs, places=places))  # noqa: E731
        facts = self.resolver.disclosed(seen, context)
        health = tuple(i for i in seen.decision.intents if self.kb.intents[i].kind != kb.SMALLTALK)
        # Nothing overrules a red flag, and no follow-up reading is needed. A same-day sign while an emergency
        # is still remembered ("also my calf is swollen" after chest pain) keeps the emergency in front.
        urgent_memory = tuple(f for f in remembered if self.kb.red_flags.level_of(f) == EMERGENCY)
        if triage.level == EMERGENCY or (triage.level == SAME_DAY and urgent_memory):
            rules = tuple(dict.fromkeys((*triage.rules, *urgent_memory)))
            return keep(
                self.compose.triaged(EMERGENCY, rules, health, self._next(context, health, (), facts, now))
            )
        if remembered and triage.action and not triage.level:  # "what should I do?" after a triaged reply
            level = most_urgent(self.kb.red_flags.level_of(f) for f in remembered)
            return keep(self.compose.triaged(level, remembered, (), self._next(context, (), (), facts, now)))
        plan = self.resolver.resolve(seen, context)  # resolve against the conversation
        reply = self._compose(plan, context, now)  # compose
        if triage.level == SAME_DAY:
            if reply.kind in LED:
                return keep(self.compose.led(reply, SAME_DAY, triage.rules))
            return keep(self.compose.triaged(SAME_DAY, triage.rules, health, reply.context))
        if remembered:
            return keep(self.compose.noted(reply, self.compose.triage.reminder(remembered)))
        if triage.supposed and triage.action:  # "what should I do if my child ever has a fit?"
            return keep(self.compose.noted(reply, self.compose.triage.if_it_happens(triage.supposed)))
        if triage.mentioned:
            return keep(self.compose.noted(reply, self.compose.triage.caution()))
        return keep(reply)

    def _compose(self, plan: Resolution, context: Context, now: float) -> Reply:
        """The reply for a resolution, and the conversation's next context."""
        topics = plan.intents if plan.action in ("answer", "more", "what_else") else ()
        draft = self.compose.compose(plan, Context())
        offered = (
            ()
            if plan.action in ("smalltalk", "fallback")
            else tuple(c.intent for c in draft.choices or draft.related)
        )
        following = replace(
            self._next(context, topics, offered, plan.facts, now),
            asked=asked.remember(context, plan),
            picked_from=plan.picked_from,
        )
        return replace(draft, context=following)

    def topic(self, intent: str, context: Context | None = None, now: float | None = None) -> Reply:
        """Show one topic directly (a button press or a deep link)."""
        context = context or Context()
        now = time.time() if now is None else now
        if not self.knows(intent):
            return self.compose.fallback(replace(context, updated=now))
        reply = self.compose.answer((intent,), context)
        if context.flags:  # a button pressed after a red flag: its line stays on top
            reply = self.compose.noted(reply, self.compose.triage.reminder(context.flags))
        offered = tuple(c.intent for c in reply.related)
        following = self._next(context, (intent,), offered, context.facts, now)
        # a button from the last list: "sorry, I meant the 4th" corrects the pick from that list
        picked_from = context.offered if intent in context.offered else ()
        return replace(reply, context=replace(following, picked_from=picked_from))

    def _still_current(self, flags: tuple[str, ...], triage: Triage) -> tuple[str, ...]:
        """Remembered red flags this message leaves current: seen by someone who can judge ends them all;
        "it's gone now" ends same-day ones only ("do not wait to see if it passes")."""
        if triage.cared_for:
            return ()
        if triage.resolved:
            return tuple(f for f in flags if self.kb.red_flags.level_of(f) == EMERGENCY)
        return flags

    def _bounded(self, flags: tuple[str, ...]) -> tuple[str, ...]:
        """At most MAX_FLAGS_REMEMBERED rules, newest kept; an emergency is never dropped for a same-day rule."""
        if len(flags) <= MAX_FLAGS_REMEMBERED:
            return flags
        level = self.kb.red_flags.level_of
        emergencies = [f for f in flags if level(f) == EMERGENCY][-MAX_FLAGS_REMEMBERED:]
        room = MAX_FLAGS_REMEMBERED - len(emergencies)
        others = [f for f in flags if level(f) != EMERGENCY][-room:] if room else []
        kept = set(emergencies) | set(others)
        return tuple(f for f in flags if f in kept)

    def emergency(self) -> Reply:
        """The emergency guidance on its own (the /emergency command): the rule red_flags.yaml names for it."""
        rule = self.kb.red_flags.texts["emergency_command"]
        return self.compose.triaged(EMERGENCY, (rule,), (), Context())

    def _next(self, context, intents, offered, facts, now) -> Context:
        # The reply's first intent ends up most recent: it is what "it" refers to next.
        health = [i for i in intents if self.kb.intents[i].kind != kb.SMALLTALK]
        topics = tuple(t for t in context.topics if t not in health) + tuple(reversed(health))
        return replace(context, topics=topics[-MAX_TOPICS_REMEMBERED:], offered=tuple(offered), facts=tuple(facts),
                       updated=now, picked_from=(), places=())  # fmt: skip

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
