"""Turning a decision into a Reply: sections from the knowledge base, sources named, disclaimer added."""

from __future__ import annotations

from dataclasses import replace

from bot import kb, model
from bot.model import EMERGENCY, Choice, Context, Reply, Section, TriageLevel
from bot.triage_reply import TriageSections


class Composer:
    def __init__(
        self, base: kb.KnowledgeBase, emergency_number: str | None = None, urgent_care_line: str | None = None
    ) -> None:
        self.kb = base
        self.texts = base.messages.texts
        self.triage = TriageSections(base, self.source, emergency_number, urgent_care_line)

    def label(self, intent: str) -> str:
        answer = self.kb.answers.get(intent)
        return answer.label if answer else intent

    def choices(self, intents: tuple[str, ...] | list[str]) -> tuple[Choice, ...]:
        return tuple(Choice(i, self.label(i)) for i in intents if i in self.kb.answers)

    def source(self, facts: tuple[str, ...]) -> str:
        """Names the article and the parts of it the facts come from, grouped by heading.

        "Causes: dehydration" and "Causes: poor posture" read as "Causes: dehydration, poor posture".
        """
        groups: dict[str, list[str]] = {}
        for fid in facts:
            heading, _, part = self.kb.sections[self.kb.facts[fid].section].name.partition(": ")
            parts = groups.setdefault(heading, [])
            if part and part not in parts:
                parts.append(part)
        named = "; ".join(f"{h}: {', '.join(p)}" if p else h for h, p in groups.items())
        return f'the article "{self.kb.article_title}", {named}'

    def topic_sections(self, intent: str, brief: bool = False) -> list[Section]:
        """A topic's answer and its labelled general guidance; ``brief``: the summary line instead of the body
        (for a topic already in view)."""
        answer = self.kb.answers[intent]
        source = self.source(answer.facts) if answer.facts else None
        out = [Section("answer", answer.title, answer.summary if brief else answer.body, intent, source)]
        if answer.general:
            out.append(Section("general", self.texts["general_label"], answer.general, intent))
        return out

    def answer(
        self, intents: tuple[str, ...], context: Context, more: bool = False, brief: tuple[str, ...] = ()
    ) -> Reply:
        """Full answers for the intents, in order; those in ``brief`` in a line each."""
        sections = []
        for intent in intents:
            sections.extend(self.topic_sections(intent, brief=intent in brief))
        if more and intents:
            sections.insert(1, self.points(intents[0]))
        health = any(self.kb.intents[i].kind != kb.SMALLTALK for i in intents)
        related = [r for i in intents[:1] for r in self.kb.intents[i].related if r not in intents]
        return Reply(
            kind=model.ANSWER if health else model.SMALLTALK,
            intents=intents,
            urgent=False,
            sections=tuple(sections),
            related=self.choices(related),
            disclaimer=self.texts["disclaimer"] if health else None,
            context=context,
        )

    def points(self, intent: str) -> Section:
        """The article's points behind a topic, one by one: what "tell me more" adds."""
        facts = self.kb.answers[intent].facts
        body = "\n".join(f"• {self.kb.facts[f].text}" for f in facts)
        return Section(
            "answer", self.texts["more_title"], body, intent, self.source(facts) if facts else None
        )

    def what_else(self, remaining: tuple[str, ...], context: Context) -> Reply:
        """The causes the conversation has not covered yet, as a list to pick from."""
        title = self.texts["what_else_title"]
        if not remaining:  # everything has come up already: list them all again, to pick from
            remaining, title = (
                tuple(self.kb.messages.menus.get("causes", ())),
                self.texts["what_else_all_title"],
            )
        body = "\n".join(f"• {self.label(i)}: {self.kb.answers[i].summary}" for i in remaining)
        facts = tuple(f for i in remaining for f in self.kb.answers[i].facts)
        section = Section("answer", title, body, "causes", self.source(facts))
        return Reply(
            kind=model.ANSWER,
            intents=("causes",),
            urgent=False,
            sections=(section,),
            choices=self.choices(remaining),
            disclaimer=self.texts["disclaimer"],
            context=context,
        )

    def triaged(
        self, level: TriageLevel, rules: tuple[str, ...], intents: tuple[str, ...], context: Context
    ) -> Reply:
        """Only what to do now, at the care level; the topics the message raised are offered, not answered."""
        sections = self.triage.lead(level, rules)
        shown = {s.intent for s in sections}
        return Reply(
            kind=model.URGENT,
            intents=intents,
            urgent=level == EMERGENCY,
            sections=tuple(sections),
            choices=self.choices([i for i in intents if i not in shown]),
            disclaimer=self.texts["disclaimer"],
            context=context,
            triage=level,
        )

    def led(self, reply: Reply, level: TriageLevel, rules: tuple[str, ...]) -> Reply:
        """A topic answer with the same-day guidance set apart above it."""
        sections = (*self.triage.lead(level, rules), *reply.sections)
        return replace(reply, sections=sections, triage=level, urgent=level == EMERGENCY,
                       disclaimer=self.texts["disclaimer"])  # fmt: skip

    def noted(self, reply: Reply, section: Section) -> Reply:
        """A reply opened by one line (a caution or a reminder); it is then a health reply."""
        return replace(reply, sections=(section, *reply.sections), disclaimer=self.texts["disclaimer"])

    def clarify(self, choices: tuple[str, ...], context: Context) -> Reply:
        """ "Did you mean" choices instead of a guess."""
        return self._message(model.CLARIFY, "clarify", choices, context)

    def fallback(self, context: Context) -> Reply:
        """Out of scope: what the bot can answer, with suggestions."""
        return self._message(model.FALLBACK, "fallback", self.kb.messages.menus.get("fallback", ()), context)

    def empty(self, context: Context) -> Reply:
        """Nothing readable in the message: invite a question."""
        return self._message(model.EMPTY, "empty", self.kb.messages.menus.get("start", ()), context)

    def _message(self, kind: str, text: str, choices, context: Context) -> Reply:
        section = Section("message", "", self.texts[text])
        return Reply(kind, (), False, (section,), choices=self.choices(choices), context=context)
