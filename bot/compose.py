"""Turning a decision into a Reply: sections from the knowledge base, sources named, disclaimer added."""

from __future__ import annotations

from dataclasses import replace

from bot import kb, model
from bot.framing import Framer
from bot.model import EMERGENCY, Choice, Context, Reply, Resolution, Section, TriageLevel
from bot.triage_reply import TriageSections


class Composer:
    def __init__(
        self, base: kb.KnowledgeBase, emergency_number: str | None = None, urgent_care_line: str | None = None
    ) -> None:
        self.kb = base
        self.texts = base.messages.texts
        self.triage = TriageSections(base, self.source, emergency_number, urgent_care_line)
        self.framer = Framer(base, self.source)

    def compose(self, plan: Resolution, context: Context) -> Reply:
        """The reply for a resolved message (the compose stage); ``context`` is the conversation's next one."""
        if plan.action == "answer":
            reply = self.answer(plan.intents, context, brief=plan.brief, kind=plan.kind, focus=plan.focus,
                                repeat=plan.repeat)  # fmt: skip
        elif plan.action == "more":
            reply = self.answer(plan.intents, context, more=True)
        elif plan.action == "what_else":
            reply = self.what_else(plan.choices, context)
        elif plan.action == "smalltalk":
            reply = self.answer(plan.intents, context)
        elif plan.action == "uncovered" and plan.subject is not None:
            reply = self.uncovered(plan.subject, context)
        elif plan.action == "clarify":
            reply = self.clarify(plan.choices, context)
        else:
            reply = self.fallback(context)
        return replace(reply, question_kind=plan.kind)

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
        self,
        intents: tuple[str, ...],
        context: Context,
        more: bool = False,
        brief: tuple[str, ...] = (),
        kind: kb.QuestionKind | None = None,
        focus: str | None = None,
        repeat: int = 0,
    ) -> Reply:
        """Answers for the intents, in order; ``focus`` answers the question ``kind``, those in ``brief`` come
        in a line each. A topic that offers a menu (all the causes) numbers its list and offers it to pick."""
        sections: list[Section] = []
        # The topic the question is about comes first, then the others ("is it serious?": the topic in view,
        # then when to see a doctor in brief).
        for intent in sorted(intents, key=lambda i: i != focus):
            if intent == focus and kind is not None:
                sections.extend(self.framer.sections(intent, kind, repeat))
            else:
                sections.extend(
                    self.topic_sections(
                        intent, brief=intent in brief or (focus is not None and intent == intents[0] != focus)
                    )
                )
        if more and intents:
            sections.insert(1, self.points(intents[0]))
        health = any(self.kb.intents[i].kind != kb.SMALLTALK for i in intents)
        offers = self.kb.answers[intents[0]].offers if intents else None
        choices: tuple[str, ...] = ()
        if offers and not more:
            choices = tuple(self.kb.messages.menus.get(offers, ()))
            sections = [
                _numbered(s) if s.intent == intents[0] and s.kind == "answer" else s for s in sections
            ]
        related = [
            r
            for i in intents[:1]
            for r in self.kb.intents[i].related
            if r not in intents and r not in choices
        ]
        return Reply(
            kind=model.ANSWER if health else model.SMALLTALK,
            intents=intents,
            urgent=False,
            sections=tuple(sections),
            choices=self.choices(choices),
            related=self.choices(related),
            disclaimer=self.texts["disclaimer"] if health else None,
            context=context,
        )

    def uncovered(self, subject: kb.Subject, context: Context) -> Reply:
        """A question the article does not cover: said honestly, with the nearest topics and when to see a doctor."""
        kind = model.OTHER_CRAMP if subject.scope == "other_cramp" else model.UNCOVERED
        sections = [Section("answer", subject.title, subject.body)]
        if subject.nearest:
            sections.append(Section("message", "", self.texts["uncovered_nearest"]))
        return Reply(
            kind=kind,
            intents=(),
            urgent=False,
            sections=tuple(sections),
            choices=self.choices(subject.nearest),
            disclaimer=self.texts["disclaimer"],
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


def _numbered(section: Section) -> Section:
    """A bulleted list as 1., 2., 3., so "the fifth" means what the person sees."""
    lines, n = [], 0
    for line in section.body.split("\n"):
        if line.startswith("• "):
            n += 1
            line = f"{n}. {line[2:]}"
        lines.append(line)
    return replace(section, body="\n".join(lines))
