"""The resolve stage: a message's Understanding read against the conversation, giving a Resolution.

Triage has already run and an urgent message never gets here. A fresh, complete question always wins over
the context; short and pointing follow-ups ("is it serious?", "the second one", "and the heat?", "why's
that?") are read against the topic in view.
"""

from __future__ import annotations

from bot import asked, kb
from bot import decide as d
from bot.analyse import Analyser, stems
from bot.model import Context, Resolution, Understanding
from bot.phrases import PhraseIndex
from bot.picks import Picker
from bot.text import BREAK, SENTENCE_END

SHORT = 3  # a message of at most this many words is read as continuing the conversation ("potassium?")
TALK_ALONE = 1.4  # small-talk keyword evidence that is a request of its own ("what else can you help with")
NAMES_TOPIC = 0.9  # keyword evidence that names a topic in a follow-up without a cramp word ("bananas")
# A question of some kind this short, naming no topic and in words the knowledge base knows (at most
# STRANGERS others), asks about the topic in view: "do kids get them too?", "will it go away?"
KIND_FOLLOW_UP = 10
STRANGERS = 1
ROUNDUP = 3  # an answer drawing on this many parts of the article goes through those causes


class Resolver:
    def __init__(self, base: kb.KnowledgeBase, analyser: Analyser) -> None:
        self.kb = base
        phrase = analyser.phrase
        f = base.followups
        self.facets = {phrase(p): i for p, i in f.facets.items()}
        self.facet_index = PhraseIndex(self.facets)
        self.facet_intents = frozenset(self.facets.values())
        self.pronouns = frozenset(t for p in f.pronouns for t in phrase(p))
        self.more = PhraseIndex(phrase(p) for p in f.more)
        self.what_else = PhraseIndex(phrase(p) for p in f.what_else)
        self.openers = PhraseIndex(phrase(p) for p in (*f.elliptical, *f.corrections))
        self.fillers = frozenset(phrase(p) for p in f.fillers)
        self.disclosure_topics = frozenset(f.disclosure_topics)
        self.first_person = stems(f.first_person)
        self.third_person = stems(f.third_person)
        self.personalised = frozenset(base.messages.menus.get("personalised", ()))
        self.causes = base.messages.menus.get(kb.CAUSES, ())
        self.picker = Picker(base, analyser)
        self.general = PhraseIndex(phrase(p) for p in f.general)  # "in general": of spasms, not the topic in view

    def resolve(self, seen: Understanding, context: Context) -> Resolution:
        facts = self.disclosed(seen, context)
        words = [t for t in seen.terms if t not in (BREAK, SENTENCE_END)]
        decision, focus, how = self._decision(seen, words, context)
        if seen.subject is not None and how is None:
            kind = seen.kind or self.kb.kind_default
            return Resolution(
                "uncovered", kind, subject=seen.subject, choices=seen.subject.nearest, facts=facts
            )
        if decision.kind == d.SMALLTALK:
            return Resolution("smalltalk", "none", intents=decision.intents, facts=facts)
        if decision.kind == d.CLARIFY:
            return Resolution(
                "clarify", seen.kind or self.kb.kind_default, choices=decision.choices, facts=facts
            )
        if decision.kind != d.ANSWER:
            return Resolution("fallback", seen.kind or "none", facts=facts)
        # A follow-up that asks nothing new ("and the heat?", "why's that?") keeps the conversation's kind, and so
        # does a short elliptical one that names a new topic ("how long do they last?" then "and in pregnancy?").
        inherit = how in ("continues", "pointing") or (how is None and self._elliptical(words))
        kind = seen.kind or (asked.last_kind(context) if inherit else None) or self.kb.kind_default
        if how == "pick" and seen.kind == kb.PLAIN_KIND and self._after_causes(context) and self.picker.by_number(
            words, context
        ):
            kind = asked.last_kind(context) or kind  # "tell me about the first one" of the causes: why
        if decision.style in ("what_else", "more"):
            action = "what_else" if decision.style == "what_else" else "more"
            return Resolution(
                action, kind, decision.intents, decision.intents[0], decision.choices, facts=facts
            )
        intents = self.personalise(decision.intents, facts)
        if how is not None or (self.pronouns | self.third_person) & set(words):  # read against the conversation
            intents = self._cause_in_view_first(intents, context)
        focus = focus or self._focus(intents, kind)
        # Topics already in view (the one a follow-up asks about, what the user told us) come in brief.
        brief = tuple(i for i in intents if i != focus and (i in context.topics or i in facts))
        # Asked again in the conversation ("why's that?", "how long, though?"): worded anew. A complete question
        # on its own (someone else in a group, or asking afresh) gets the whole answer again.
        repeat = asked.repeats(self.kb, context, focus, kind) if how is not None else 0
        picked_from = self._picked_from(words, how, context)
        return Resolution(
            "answer", kind, intents, focus, brief=brief, facts=facts, repeat=repeat, picked_from=picked_from
        )

    def _after_causes(self, context: Context) -> bool:
        """Was the last answer the causes overview ("what causes...", "what else...") whose list is offered to pick
        from, not a topic's buttons?"""
        return bool(context.asked) and context.asked[-1].rpartition(":")[0] == kb.CAUSES

    def _picked_from(self, words: list[str], how: str | None, context: Context) -> tuple[str, ...]:
        """The list a pick was made from (a correction by number reads it again), or () for any other message."""
        if how != "pick":
            return ()
        numbered = self.picker.by_number(words, context)
        return numbered[1] if numbered else context.offered

    def _decision(self, seen: Understanding, words: list[str], context: Context):
        """(decision, the topic in view it is about or None, how the message follows the conversation: "pick",
        "what_else", "more", "facet", "pointing", "continues", or None when it stands on its own)."""
        decision = seen.decision
        if not context.topics and not context.offered:
            return decision, None, None
        # A question that names a topic of its own stands alone; one that names only a facet ("what's the
        # treatment?", "how do I prevent them?") asks it of the topic in view.
        fresh = decision.kind == d.ANSWER and any(
            self.kb.intents[i].kind == kb.TOPIC and i not in self.facet_intents for i in decision.intents
        )
        numbered = self.picker.by_number(words, context)
        if numbered:
            return d.Decision(d.ANSWER, (numbered[0],)), None, "pick"
        topic = self._current_topic(context)
        if topic and not fresh and self.general.occurs_in(words):
            topic = kb.ABOUT  # "do older people get them more in general?": of spasms, not the cause in view
        # "is it serious?", "how does that cause cramps?"; not "is it gonna rain tomorrow?", which is about something
        # else (an off-topic word and nothing about spasms)
        pointing = bool(self.pronouns & set(words)) and not (seen.elsewhere and seen.scores.domain <= 0)
        if topic and pointing and seen.kind in kb.COMPARING_KINDS and decision.kind == d.ANSWER:
            named = tuple(i for i in decision.intents if i != topic)  # "how is it different from a leg cramp?"
            return d.Decision(d.ANSWER, (topic, *named)), topic, "pointing"
        if self.what_else.occurs_in(words) and not fresh and decision.kind != d.SMALLTALK:
            covered = self._covered(context.topics)
            remaining = tuple(c for c in self.causes if c not in covered)
            return d.Decision(d.ANSWER, (kb.CAUSES,), remaining, "what_else"), None, "what_else"
        if topic and self.more.occurs_in(words) and not fresh:
            return d.Decision(d.ANSWER, (topic,), style="more"), None, "more"
        facet = next((self.facets[p] for _, p in self.facet_index.find(words)), None)
        if facet and seen.kind in self.kb.kinds and self.kb.kinds[seen.kind].anchor != facet:
            facet = None  # "will they ever stop?" asks how long, "is that normal in kids?" who gets it
        if (
            topic
            and facet
            and facet != topic
            and decision.kind != d.SMALLTALK
            and not _names_other_topic(decision, facet, self.kb)
        ):
            return d.Decision(d.ANSWER, (facet, topic)), topic, "facet"
        if (
            topic
            and decision.kind == d.ANSWER
            and all(i in self.facet_intents for i in decision.intents)
            and seen.kind in self.kb.kinds
            and seen.kind not in kb.MEANS_KINDS  # the prevention topic answers these ("how do i relieve a cramp")
            and self.kb.kinds[seen.kind].anchor not in decision.intents
        ):
            return self._about(topic, seen.kind), topic, "asks"  # "will the spasms ever stop?": how long, of the topic
        chat = decision.kind == d.SMALLTALK and any(
            c.intent in decision.intents and c.keywords >= d.STRONG for c in seen.scores.candidates
        )  # "what else can you help with" is small talk of its own, not a pick of the causes button
        picked = None if fresh or pointing or chat else self.picker.by_words(words, seen, context)
        if picked:
            return d.Decision(d.ANSWER, (picked,)), None, "pick"
        if topic and pointing and not fresh and decision.kind != d.SMALLTALK:
            named = self._named_instead(seen, topic)
            if named:  # "could it also be cos I barely drink?": the cause it names, then the topic in view
                return d.Decision(d.ANSWER, (named, topic)), None, "continues"
            return self._about(topic, seen.kind), topic, "pointing"
        again = seen.on_topic
        if not fresh and again is not None and again.kind == d.ANSWER:
            # "and the heat?", "no, I meant my back", or a topic named with some weight ("more bananas?",
            # "thanks, and what about my lower back?")
            named = any(
                c.intent in again.intents and c.keywords >= NAMES_TOPIC for c in seen.scores.candidates
            )
            talk = decision.kind == d.SMALLTALK
            # small talk of its own ("what else can you help with") stays small talk; "thanks, and ..." goes on
            chatting = talk and any(
                c.intent in decision.intents and c.keywords >= TALK_ALONE for c in seen.scores.candidates
            )
            # "what about kids?" asks who gets the topic in view, not what spasms are in general
            general = not self._is_topic(again) and seen.kind is not None
            if (not talk and not general and self._continues(words)) or (
                named and self._is_topic(again) and (not chatting or self._clause_continues(seen.terms))
            ):
                if topic and all(i in self.facet_intents for i in again.intents):
                    return self._about(topic, seen.kind), topic, "asks"  # "what's the treatment?": of the topic
                return again, None, "continues"
        talk = max((c.keywords for c in seen.scores.candidates if c.intent in decision.intents), default=0.0)
        if (
            topic
            and (
                decision.kind in (d.CLARIFY, d.FALLBACK) or (decision.kind == d.SMALLTALK and talk < d.STRONG)
            )
            and len(words) <= KIND_FOLLOW_UP
            and self._continues(words)
            and seen.strangers <= STRANGERS
            and not seen.elsewhere
        ):
            # "and at night?", "and in the morning?" ("morning" alone is a weak greeting), naming no topic
            return self._about(topic, seen.kind), topic, "continues"
        weak_talk = decision.kind == d.SMALLTALK and talk < d.STRONG  # "what else could help?": not the help menu
        if (
            topic
            and seen.kind
            and (decision.kind in (d.CLARIFY, d.FALLBACK) or weak_talk)
            and len(words) <= KIND_FOLLOW_UP
            and seen.strangers <= STRANGERS
            and not seen.elsewhere
        ):
            return self._about(topic, seen.kind), topic, "asks"  # "do kids get them too?", "will it go away?"
        return decision, None, None

    def _named_instead(self, seen: Understanding, topic: str) -> str | None:
        """A topic other than the one in view that a pointing follow-up names with some weight ("could it be the
        heat?"), as read on the conversation's ground; a facet ("is it serious?") is not one."""
        other = lambda i: i != topic and i not in self.facet_intents and self.kb.intents[i].kind == kb.TOPIC  # noqa: E731
        grounded = [c.intent for c in seen.scores.candidates if c.grounded and c.keywords >= NAMES_TOPIC]
        if grounded and other(grounded[0]):  # "I sit hunched at a keyboard all day, could my posture be doing it?"
            return grounded[0]
        again = seen.on_topic
        if again is None or again.kind != d.ANSWER or not other(again.intents[0]):
            return None
        first = again.intents[0]
        strong = any(c.intent == first and c.keywords >= NAMES_TOPIC for c in seen.scores.candidates)
        return first if strong else None

    def _about(self, topic: str, kind: kb.QuestionKind | None) -> d.Decision:
        """A follow-up asking about the topic in view; a kind with an anchor ("can it kill you?") brings the
        anchor's topic first, as "is it serious?" does."""
        spec = self.kb.kinds.get(kind) if kind else None
        if spec and spec.overview and spec.overview != topic and self.kb.intents[topic].kind == kb.OVERVIEW:
            return d.Decision(d.ANSWER, (spec.overview,))  # "what is a spasm?", then "why do they happen?"
        if spec and spec.anchor and spec.anchor != topic:
            return d.Decision(d.ANSWER, (spec.anchor, topic))
        return d.Decision(d.ANSWER, (topic,))

    def _cause_in_view_first(self, intents: tuple[str, ...], context: Context) -> tuple[str, ...]:
        """A place asked about while a cause is in view ("my grandad has Parkinson's", then "why do his legs jerk?";
        "I'm 30 weeks pregnant", then "and at night?"): the cause in view leads and the place comes second."""
        topic = self._current_topic(context)
        if not intents or topic not in self.causes or topic not in intents[1:]:
            return intents
        first = intents[0]
        if first in self.causes or first in self.facet_intents or self.kb.intents[first].kind != kb.TOPIC:
            return intents  # another cause, a facet ("is it serious?") or an overview keeps its place
        return (topic, *(i for i in intents if i != topic))

    def _focus(self, intents: tuple[str, ...], kind: kb.QuestionKind) -> str:
        """The topic the question is about: "how do I prevent back spasms" is about back spasms."""
        spec = self.kb.kinds.get(kind)
        if spec and spec.anchor in intents:
            others = [i for i in intents if i != spec.anchor and self.kb.intents[i].kind == kb.TOPIC]
            return others[0] if others else intents[0]
        return intents[0]

    def _is_topic(self, decision: d.Decision) -> bool:
        return any(self.kb.intents[i].kind == kb.TOPIC for i in decision.intents)

    def _covered(self, topics: tuple[str, ...]) -> set[str]:
        """Causes already discussed: asked about directly, or gone through in a round-up answer.

        A round-up ("why do my legs cramp") draws on several causes' parts of the article; a single cause's
        answer that points to another ("ask me about dehydration too") does not cover it.
        """
        covered = set(topics)
        for t in topics:
            if self.kb.intents[t].kind != kb.TOPIC:
                continue
            sections = self._sections(t)
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

    def _clause_continues(self, terms: tuple[str, ...]) -> bool:
        """A later clause opens like a follow-up: "thanks, and what about my back?"."""
        clauses: list[list[str]] = [[]]
        for t in terms:
            if t in (BREAK, SENTENCE_END):
                clauses.append([])
            else:
                clauses[-1].append(t)
        return any(self.openers.prefix(c) for c in clauses[1:])

    def _elliptical(self, words: list[str]) -> bool:
        """A short follow-up that opens elliptically ("and in pregnancy?", "what about my back?")."""
        rest = self._unfilled(words)
        return len(rest) <= KIND_FOLLOW_UP and self.openers.prefix(rest)

    def _unfilled(self, words: list[str]) -> list[str]:
        """The words after fillers such as "ok" or "hmm" (the last word is kept)."""
        rest = list(words)
        while rest and (rest[0],) in self.fillers and len(rest) > 1:
            rest.pop(0)
        return rest

    def _continues(self, words: list[str]) -> bool:
        """An elliptical follow-up ("and the heat?"), a correction ("no, I meant my back") or a very short one."""
        rest = self._unfilled(words)
        if len(rest) <= SHORT:
            return True
        return self.openers.prefix(rest)

    def disclosed(self, seen: Understanding, context: Context) -> tuple[str, ...]:
        """What the user has said about themselves so far ("I'm 7 months pregnant" -> pregnancy), oldest first."""
        found = [
            iid for words, topics in seen.scores.named if self.first_person & words
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
