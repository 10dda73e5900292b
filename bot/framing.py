"""One topic's answer to one kind of question: the article's facts where it has them, where it has not a
plain "The article doesn't say ...", then short labelled general guidance. Asked again, worded anew."""

from __future__ import annotations

from collections.abc import Callable

from bot import kb
from bot.model import Section

Source = Callable[[tuple[str, ...]], str]


class Framer:
    def __init__(self, base: kb.KnowledgeBase, source: Source) -> None:
        self.kb = base
        self.texts = base.messages.texts
        self.source = source

    def sections(self, intent: str, kind: kb.QuestionKind, repeat: int = 0) -> list[Section]:
        """The answer to ``kind`` about ``intent``; ``repeat``: how often it was given before."""
        answer, spec = self.kb.answers[intent], self.kb.kinds.get(kind)
        if spec is None:  # "none": nothing in particular asked, the topic as it is
            return self._plain(answer)
        title = f"{answer.title}: {spec.framing}"
        own = answer.kinds.get(kind)
        if repeat:
            return self._again(answer, spec, title, repeat)
        if own is not None:
            body, facts, general = own.text, own.facts, own.general or spec.general or answer.general
        elif uses_body(answer, spec):
            body, facts, general = answer.body, answer.facts, answer.general
        else:
            said = self.texts["article_does_say"].replace("{summary}", answer.summary)
            body = f"{self._missing(spec, answer)}\n\n{said}"
            facts, general = answer.facts, spec.general or answer.general
        return self._with_general(Section("answer", title, body, intent, self._src(facts)), general, intent)

    def _again(self, answer: kb.Answer, spec: kb.Kind, title: str, repeat: int) -> list[Section]:
        """Asked before: the article's points one by one, then (asked yet again) a short recap."""
        intent = answer.intent
        if repeat == 1:
            intro = self.texts["again_points"]
            if kind_missing(answer, spec):
                intro = f"{self._missing(spec, answer)} {intro}"
            points = "\n".join(f"• {self.kb.facts[f].text}" for f in answer.facts)
            general = answer.general if spec.article == "body" else (spec.general or answer.general)
            section = Section("answer", title, f"{intro}\n\n{points}", intent, self._src(answer.facts))
            return self._with_general(section, general, intent)
        recap = self.texts["again_recap"].replace("{summary}", answer.summary)
        return [Section("answer", title, recap, intent, self._src(answer.facts))]

    def _plain(self, answer: kb.Answer) -> list[Section]:
        section = Section("answer", answer.title, answer.body, answer.intent, self._src(answer.facts))
        return self._with_general(section, answer.general, answer.intent)

    def _missing(self, spec: kb.Kind, answer: kb.Answer) -> str:
        return (spec.missing or "").replace("{subject}", answer.subject)

    def _src(self, facts: tuple[str, ...]) -> str | None:
        return self.source(facts) if facts else None

    def _with_general(self, section: Section, general: str | None, intent: str) -> list[Section]:
        out = [section]
        if general:
            out.append(Section("general", self.texts["general_label"], general, intent))
        return out


def uses_body(answer: kb.Answer, spec: kb.Kind | None) -> bool:
    """Does the topic answer this kind with its body as it is?"""
    return (
        spec is not None
        and spec.id not in answer.kinds
        and (spec.article == "body" or spec.id in answer.body_answers)
    )


def kind_missing(answer: kb.Answer, spec: kb.Kind) -> bool:
    """Is the article silent on this kind of question for this topic?"""
    return spec.id not in answer.kinds and spec.article != "body" and spec.id not in answer.body_answers
