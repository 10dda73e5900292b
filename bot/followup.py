"""Follow-up questions: reading a message in the light of what the conversation is about.

Only runs when the chat has a recent topic or offered choices; triage has already run on the message and
nothing here can change an urgent reply. A fresh, complete question always wins over the context.
"""

from __future__ import annotations

from collections.abc import Callable

from bot import decide as d
from bot import kb
from bot.analyse import stems
from bot.model import Context
from bot.phrases import PhraseIndex
from bot.text import BREAK, SENTENCE_END

SHORT = 3  # a message of at most this many words is read as continuing the conversation ("potassium?")
MAX_PICK_WORDS = 4  # "the second one", "number 4", "the posture one"
ROUNDUP = 3  # an answer drawing on this many parts of the article goes through those causes


class FollowUps:
    def __init__(self, base: kb.KnowledgeBase, phrase: Callable[[str], tuple[str, ...]]) -> None:
        self.kb = base
        f = base.followups
        self.facets = {phrase(p): i for p, i in f.facets.items()}
        self.facet_index = PhraseIndex(self.facets)
        self.facet_intents = frozenset(self.facets.values())
        self.pronouns = frozenset(t for p in f.pronouns for t in phrase(p))
        self.more = PhraseIndex(phrase(p) for p in f.more)
        self.what_else = PhraseIndex(phrase(p) for p in f.what_else)
        self.openers = PhraseIndex(phrase(p) for p in (*f.elliptical, *f.corrections))
        self.fillers = frozenset(phrase(p) for p in f.fillers)
        self.ordinals = {phrase(k): v for k, v in f.ordinals.items()}
        self.disclosure_topics = frozenset(f.disclosure_topics)
        self.first_person = stems(f.first_person)
        self.personalised = frozenset(base.messages.menus.get("personalised", ()))
        self.causes = base.messages.menus.get("causes", ())

    def resolve(self, seen, context: Context, rescore: Callable[[], d.Decision]) -> d.Decision:
        """The decision for this message given the conversation; ``rescore`` re-reads it as on-topic."""
        decision = seen.decision
        if not context.topics and not context.offered:
            return decision
        words = [t for t in seen.terms if t not in (BREAK, SENTENCE_END)]
        fresh = decision.kind == d.ANSWER and any(
            self.kb.intents[i].kind == kb.TOPIC for i in decision.intents
        )
        picked = self._pick_by_number(words, context)
        if picked:
            return d.Decision(d.ANSWER, (picked,))
        topic = self._current_topic(context)
        pointing = bool(self.pronouns & set(words))  # "is it serious?", "how does that cause cramps?"
        if self.what_else.occurs_in(words) and not fresh:
            covered = self._covered(context.topics)
            remaining = tuple(c for c in self.causes if c not in covered)
            return d.Decision(d.ANSWER, ("causes",), remaining, "what_else")
        if topic and self.more.occurs_in(words) and not fresh:
            return d.Decision(d.ANSWER, (topic,), style="more")
        facet = next((self.facets[p] for _, p in self.facet_index.find(words)), None)
        if topic and facet and facet != topic and not _names_other_topic(decision, facet, self.kb):
            return d.Decision(d.ANSWER, (facet, topic))
        picked = None if fresh or pointing else self._pick_by_words(words, seen, context)
        if picked:
            return d.Decision(d.ANSWER, (picked,))
        if topic and pointing and not fresh and decision.kind != d.SMALLTALK:
            return d.Decision(d.ANSWER, (topic,))
        if not fresh and decision.kind != d.SMALLTALK and self._continues(words):
            again = rescore()
            if again.kind == d.ANSWER:
                return again
        return decision

    def _pick_by_number(self, words: list[str], context: Context) -> str | None:
        """One of the offered topics, chosen by its number: "the second one", "3", "the last one"."""
        if not context.offered or len(words) > MAX_PICK_WORDS:
            return None
        for word in words:
            n = self.ordinals.get((word,))
            if n is not None and -len(context.offered) <= (n - 1 if n > 0 else n) < len(context.offered):
                picked = context.offered[n - 1 if n > 0 else n]
                return picked if picked in self.kb.answers else None
        return None

    def _pick_by_words(self, words: list[str], seen, context: Context) -> str | None:
        """One of the offered topics, named by its words: "the posture one", "hmm the heart one"."""
        if not context.offered or len(words) > MAX_PICK_WORDS:
            return None
        for cand in seen.scores.candidates:
            if cand.intent in context.offered and cand.keywords >= 0.5 and cand.intent in self.kb.answers:
                return cand.intent
        return None

    def _covered(self, topics: tuple[str, ...]) -> set[str]:
        """Causes already discussed: asked about directly, or gone through in a round-up answer.

        A round-up ("why do my legs cramp") draws on several causes' parts of the article; a single cause's
        answer that points to another ("ask me about dehydration too") does not cover it.
        """
        covered = set(topics)
        for t in topics:
            if self.kb.intents[t].kind != kb.TOPIC:
                continue
            sections = {self.kb.facts[f].section for f in self.kb.answers[t].facts}
            if len(sections) >= ROUNDUP:
                covered |= {c for c in self.causes if self._sections(c) <= sections}
        return covered

    def _sections(self, intent: str) -> set[str]:
        return {self.kb.facts[f].section for f in self.kb.answers[intent].facts}

    def _current_topic(self, context: Context) -> str | None:
        """The most recent health topic that is not itself a follow-up facet (prevention, seeing a doctor)."""
        for topic in reversed(context.topics):
            if topic not in self.facet_intents:
                return topic
        return context.topics[-1] if context.topics else None

    def _continues(self, words: list[str]) -> bool:
        """An elliptical follow-up ("and the heat?"), a correction ("no, I meant my back") or a very short one."""
        rest = list(words)
        while rest and (rest[0],) in self.fillers and len(rest) > 1:
            rest.pop(0)
        if len(rest) <= SHORT:
            return True
        return self.openers.prefix(rest)

    def disclosed(self, named, context: Context) -> tuple[str, ...]:
        """What the user has said about themselves so far ("I'm 7 months pregnant" -> pregnancy), oldest first."""
        found = [
            iid for words, topics in named if self.first_person & words
            for iid in sorted(topics & self.disclosure_topics) if iid not in context.facts
        ]  # fmt: skip
        return context.facts + tuple(dict.fromkeys(found))

    def personalise(self, intents: tuple[str, ...], facts: tuple[str, ...]) -> tuple[str, ...]:
        """General answers (legs, causes, is it serious) also cover what the user told us about themselves."""
        if not intents or not facts or not any(i in self.personalised for i in intents):
            return intents
        extra = tuple(f for f in facts if f not in intents)
        return (intents + extra)[: d.MAX_TOPICS + 1]


def _names_other_topic(decision: d.Decision, facet: str, base: kb.KnowledgeBase) -> bool:
    """A complete question such as "how do I prevent leg cramps" names its own topic."""
    return decision.kind == d.ANSWER and any(
        i != facet and base.intents[i].kind == kb.TOPIC for i in decision.intents
    )
