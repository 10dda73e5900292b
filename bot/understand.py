"""The understand stage: a message's topics, its question kind and whether the article covers it.

Takes the read terms and the triage value (triage has already run and nothing here can change it); returns
a frozen Understanding. No conversation context is involved: that is the resolve stage's job.
"""

from __future__ import annotations

from collections.abc import Callable

from bot import decide as d
from bot import kb
from bot.kinds import KindReader
from bot.matcher import Matcher
from bot.model import Understanding
from bot.phrases import Phrase
from bot.scope import SubjectFinder
from bot.text import BREAK, SENTENCE_END
from bot.triage import Triage

CONTINUES = 12  # words: a message this short may continue a conversation ("and what about the heat?")


class Understander:
    def __init__(self, base: kb.KnowledgeBase, phrase: Callable[[str], Phrase]) -> None:
        self.kb = base
        self.matcher = Matcher(base, phrase)
        self.kinds = KindReader(base, phrase)
        self.subjects = SubjectFinder(base, phrase)

    def understand(self, terms: list[str], triage: Triage) -> Understanding:
        scores = self.matcher.score(terms)
        decision = d.decide(scores, self.kb)
        subject = self.subjects.named(terms)
        if subject and not self.subjects.applies(subject, scores, decision.kind == d.ANSWER):
            subject = None
        on_topic = None
        words = sum(1 for t in terms if t not in (BREAK, SENTENCE_END))
        if words <= CONTINUES and not self._answers_topic(decision):
            on_topic = d.decide(self.matcher.score(terms, assume_domain=True), self.kb)
        return Understanding(tuple(terms), triage, scores, decision, self.kinds.read(terms), subject, on_topic)

    def _answers_topic(self, decision: d.Decision) -> bool:
        return decision.kind == d.ANSWER and any(self.kb.intents[i].kind == kb.TOPIC for i in decision.intents)
