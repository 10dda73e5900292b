"""The understand stage: a message's topics, its question kind and whether the article covers it.

Takes the read terms and the triage value (triage has already run and nothing here can change it); returns
a frozen Understanding. No conversation context is involved: that is the resolve stage's job.
"""

from __future__ import annotations

from collections.abc import Callable

from bot import decide as d
from bot import kb
from bot.kinds import KindReader
from bot.matcher import Matcher, Scores
from bot.model import Understanding
from bot.phrases import Phrase, PhraseIndex
from bot.scope import SubjectFinder
from bot.text import BREAK, SENTENCE_END
from bot.triage import Triage

UNGROUNDED_WORDS = 8
CONTINUES = 12  # words: a message this short may continue a conversation ("and what about the heat?")
WHY: kb.QuestionKind = "why"
TOLD_CAUSE = 0.6  # keyword evidence for a cause the story tells that leads over a place (see _told_cause)
NAMES_OVERVIEW = 0.7  # keyword evidence that names an overview ("cause")
BARE_WORDS = 6  # words: a message this short that names only an overview asks about spasms
CHAT = 12  # words: a longer message is not small talk, whatever greeting or thanks it opens or ends with


class Understander:
    def __init__(self, base: kb.KnowledgeBase, phrase: Callable[[str], Phrase]) -> None:
        self.kb = base
        self.matcher = Matcher(base, phrase)
        self.kinds = KindReader(base, phrase)
        self.subjects = SubjectFinder(base, phrase, self.matcher.senses)
        self.anchors = frozenset(k.anchor for k in base.kinds.values() if k.anchor)
        self.causes = frozenset(base.messages.menus.get(kb.CAUSES, ()))  # the causes the article lists
        off = [phrase(k) for i in base.intents.values() if i.kind == kb.OFF_TOPIC for k in i.keywords]
        self.elsewhere = PhraseIndex(off)
        self.known = _known_words(base, phrase) - {p[0] for p in off if len(p) == 1}
        # The words a question is phrased with ("do I need to see a doctor for..."): stop words, phrasing words,
        # question-kind cues and the kind anchors' own keywords. A message that asks with only these about words
        # the knowledge does not know ("heartburn", "a skull fracture") asks about something else.
        v = base.vocabulary
        self.asking_words = frozenset(
            t
            for text in (*v.stopwords, *v.phrasing, *(c for k in base.kinds.values() for c in k.cues),
                         *(w for a in self.anchors for w in base.intents[a].keywords), *base.followups.fillers)
            for t in phrase(text)
        )  # fmt: skip
        # Words of the subjects the article does not cover ("sciatica") and of the red flags ("dvt", "fits"): known,
        # so never "something else"; nor is a message with a pronoun ("how can you prevent them?": cramps, most likely).
        # (a red flag's one-word terms only: its longer phrases hold everyday words, "water", "food", "head")
        flag_words = (p for c in base.red_flags.concepts.values() for p in c.phrases if len(phrase(p)) == 1)
        self.known_content = self.known | frozenset(
            t for text in (*(c for s in base.subjects.values() for c in s.cues), *flag_words) for t in phrase(text)
        )
        self.pronouns = frozenset(t for p in base.followups.pronouns for t in phrase(p))

    def understand(self, terms: list[str], triage: Triage, asked: tuple[bool, ...] = ()) -> Understanding:
        """``asked``: for each sentence, whether it ends with a question mark (the read stage's)."""
        scores = self.matcher.score(terms, asked=asked)
        size = sum(1 for t in terms if t not in (BREAK, SENTENCE_END))
        decision = d.decide(scores, self.kb, chat=size <= CHAT)
        subject = self._subject(terms, scores, decision, asked)
        kind = self.kinds.read(terms, asked)
        anchor = self.kb.kinds[kind].anchor if kind in self.kb.kinds else None
        named = (*decision.intents, *decision.choices)
        # A short message that asks its kind's own topic ("how can you prevent them?") continues a conversation.
        asks_anchor = anchor in named and not any(self._specific(i) for i in named) and size <= CONTINUES
        guess = self._guess(decision, scores)
        decision = self._cause_first(
            self._anchored(decision, kind), kind, scores, self.kinds.tells(terms, asked)
        )
        decision = self._told_cause(decision, scores, terms)
        decision = self._means_first(decision, kind, scores)
        decision = self._overview_asked(decision, kind, scores)
        if (
            decision.kind in (d.ANSWER, d.CLARIFY)
            and (scores.domain <= 0 or guess)
            and size > UNGROUNDED_WORDS
            and not asks_anchor
            and not self._sets_the_scene(decision, scores, asked)
        ):
            # A long message with no muscle, cramp, pain or heart word in it is about something else, even
            # if it names a condition the article does ("how accurate are diabetic blood tests"), unless it
            # asks what its kind's own topic answers ("how can you prevent them?"). So is a "did you mean"
            # that only general words add up to ("what does it mean", "warm my heart", "a doctor").
            decision = d.Decision(d.FALLBACK)
        elif decision.kind in (d.ANSWER, d.CLARIFY) and scores.domain <= 0 and self._asks_about_unknown(terms):
            # "Do I need to see a doctor for heartburn?": phrased as a kind's question, about nothing it knows.
            decision = d.Decision(d.FALLBACK)
        on_topic = None
        if sum(1 for t in terms if t not in (BREAK, SENTENCE_END)) <= CONTINUES and not self._answers_topic(
            decision
        ):
            on_topic = d.decide(self.matcher.score(terms, assume_domain=True), self.kb)
        words = [t for t in terms if t not in (BREAK, SENTENCE_END)]
        strangers = sum(1 for t in words if t not in self.known)
        elsewhere = self.elsewhere.occurs_in(words)
        if self._bare_overview(decision, on_topic, scores, strangers, elsewhere, size):
            decision = on_topic  # "list the causes pls": asked of this bot, about spasms
        return Understanding(
            tuple(terms), triage, scores, decision, kind, subject, on_topic, strangers, elsewhere
        )

    def _overview_asked(self, decision: d.Decision, kind: kb.QuestionKind | None, scores: Scores) -> d.Decision:
        """ "What's usually behind muscle cramps?": asked why of spasms in general (an overview), with words of the
        overview that answers that kind ("behind", "set off"), that overview leads (the causes), as it does in a
        follow-up. "Why does a muscle tighten on its own?" asks how a spasm works: what spasms are."""
        spec = self.kb.kinds.get(kind) if kind else None
        if spec is None or not spec.overview:
            return decision
        if decision.kind == d.CLARIFY and spec.overview in decision.choices:
            if all(self.kb.intents[c].kind == kb.OVERVIEW for c in decision.choices):
                return d.Decision(d.ANSWER, (spec.overview,))  # "spasms in general, or their causes?": causes
            return decision
        if decision.kind != d.ANSWER:
            return decision
        first = decision.intents[0]
        if first == spec.overview or self.kb.intents[first].kind != kb.OVERVIEW:
            return decision
        if not any(c.intent == spec.overview and c.keywords >= NAMES_OVERVIEW for c in scores.candidates):
            return decision
        return d.Decision(d.ANSWER, (spec.overview, *(i for i in decision.intents if i not in (first, spec.overview))))

    def _bare_overview(
        self, decision: d.Decision, on_topic: d.Decision | None, scores: Scores, strangers: int, elsewhere: bool,
        size: int,
    ) -> bool:
        """A few known words that name an overview and nothing else ("what are the causes", "list the causes pls"):
        asked of a bot about spasms, they ask about spasms; a message with a word the knowledge does not know, or
        one about something else, is still declined."""
        if decision.kind != d.FALLBACK or on_topic is None or on_topic.kind != d.ANSWER:
            return False
        if strangers or elsewhere or size > BARE_WORDS:
            return False
        first = on_topic.intents[0]
        named = any(c.intent == first and c.keywords >= NAMES_OVERVIEW for c in scores.candidates)
        return self.kb.intents[first].kind == kb.OVERVIEW and named

    def _sets_the_scene(self, decision: d.Decision, scores: Scores, asked: tuple[bool, ...]) -> bool:
        """A message that asks nothing and names a specific topic's condition outright ("my brother had a spinal
        cord injury in a car crash"): someone setting the scene for their question, not talking of something else."""
        if decision.kind != d.ANSWER or any(asked) or not self._specific(decision.intents[0]):
            return False
        first = decision.intents[0]
        return any(c.intent == first and c.keywords >= d.STRONG and c.grounded for c in scores.candidates)

    def _asks_about_unknown(self, terms: list[str]) -> bool:
        """Is every word either the question's phrasing or unknown to the knowledge, and at least one unknown?"""
        words = [t for t in terms if t not in (BREAK, SENTENCE_END)]
        if self.pronouns.intersection(words):
            return False
        known = self.known_content
        unknown = [t for t in words if t not in known and t not in self.asking_words]
        return bool(unknown) and all(t in self.asking_words or t not in known for t in words)

    def _subject(
        self, terms: list[str], scores: Scores, decision: d.Decision, asked: tuple[bool, ...]
    ) -> kb.Subject | None:
        """The subject the message is about, if any: one it names more than any cramp word ("my belly twitches
        and so does my arm" is twitching, not a gut cramp), else one the sentences that ask name when they name
        no specific topic ("My legs and hands cramp at night. ... Could it be the statin?": the story's cramps
        are what happens, the question is about the medicine), else the first named that wins over the topics."""
        named = self.subjects.named(terms)
        if not named:
            return None
        answered = decision.intents if decision.kind == d.ANSWER else ()
        finder = self.subjects
        return (
            next((s for s in named if finder.dominates(terms, s, scores)), None)
            or next((s for s in named if self._asked_about(s, terms, scores, asked)), None)
            or next(
                (s for s in named if finder.applies(terms, s, scores, answered, finder.has_cramp_word(terms, s))),
                None,
            )
        )

    def _asked_about(
        self, subject: kb.Subject, terms: list[str], scores: Scores, asked: tuple[bool, ...]
    ) -> bool:
        """Do the sentences that ask name the subject and no specific topic (other than one it wins over)?"""
        if self.subjects.lacks_domain(terms, subject, scores) or self.subjects.placed_elsewhere(terms, subject):
            return False
        if any(self._specific(i) and i not in subject.wins_over for i in scores.questioned):
            return False
        return self.subjects.asked_about(terms, asked, subject)

    def _anchored(self, decision: d.Decision, kind: kb.QuestionKind | None) -> d.Decision:
        """ "Did you mean back spasms or prevention?" for "how to prevent back pain": the question's kind
        says it is both, prevention for back spasms."""
        anchor = self.kb.kinds[kind].anchor if kind in self.kb.kinds else None
        if decision.kind != d.CLARIFY:
            return decision
        specific = [c for c in decision.choices if self._specific(c)]
        if anchor in decision.choices:
            # "how to prevent back pain": prevention for back spasms; "when do I get my spasms checked": the anchor
            return d.Decision(d.ANSWER, (anchor, specific[0]) if specific else (anchor,))
        if len(specific) == 1:
            # "neck pain after sleeping wrong": posture, rather than what spasms are or how to prevent them
            return d.Decision(d.ANSWER, (specific[0],))
        return decision

    def _cause_first(
        self, decision: d.Decision, kind: kb.QuestionKind | None, scores: Scores, tells: bool
    ) -> d.Decision:
        """ "Why do my legs cramp after running?" names where (the legs) and what brings it on (overuse): asked
        why, or telling symptoms without a question (``tells``, whatever kind its cues lean to), a cause named
        outright is the answer, the place comes second. A cause word in passing ("stand on it") does not move it."""
        if decision.kind != d.ANSWER or ((kind or self.kb.kind_default) != WHY and not tells):
            return decision
        strong = {c.intent for c in scores.candidates if c.keywords >= d.STRONG}
        first = next((i for i in decision.intents if i in self.causes and i in strong), None)
        if first is None or first == decision.intents[0]:
            return decision
        return d.Decision(d.ANSWER, (first, *(i for i in decision.intents if i != first)))

    def _means_first(self, decision: d.Decision, kind: kb.QuestionKind | None, scores: Scores) -> d.Decision:
        """"Do bananas help cramps?", "would drinking more water stop them?": asked how to prevent, treat or ease
        them, a cause the message names is the means it asks about (potassium, fluids), so its topic leads the
        general one (prevention) that the question's words alone would pick ("help with" is one of prevention's
        keywords; asked with no kind's cue, it asks about a means too). A place ("how to prevent back spasms")
        does not: it is what is prevented."""
        means = self.kb.kinds["prevent"].anchor if "prevent" in self.kb.kinds else None
        asks_means = kind is None or kind in kb.MEANS_KINDS  # asked with no kind's cue: a means too
        if decision.kind != d.ANSWER or not asks_means or decision.intents[0] != means:
            return decision
        named = {c.intent for c in scores.candidates if c.keywords >= d.SECONDARY_KEYWORDS and c.grounded}
        first = next((i for i in decision.intents[1:] if i in self.causes and i in named), None)
        if first is None:
            return decision
        return d.Decision(d.ANSWER, (first, *(i for i in decision.intents if i != first)))

    def _told_cause(self, decision: d.Decision, scores: Scores, terms: list[str]) -> d.Decision:
        """A story that names a cause and a place, then asks without naming a topic ("my calf cramped at
        mile 20 of the marathon. What should I do?"): the cause is what the question is about, the place
        comes second. A question that names its own topic ("why do my calves cramp?") keeps it."""
        if decision.kind != d.ANSWER or decision.intents[0] in self.causes or terms.count(SENTENCE_END) < 2:
            return decision
        if any(self._specific(i) for i in scores.questioned):
            return decision
        told = [
            c for c in scores.candidates
            if c.intent in self.causes and c.grounded and c.keywords >= TOLD_CAUSE
        ]  # fmt: skip
        if not told:
            return decision
        first = told[0].intent
        return d.Decision(d.ANSWER, (first, *(i for i in decision.intents if i != first))[: d.MAX_TOPICS])

    def _guess(self, decision: d.Decision, scores: Scores) -> bool:
        """Is this a "did you mean" without a cramp word, in which no choice stands on a keyword of its own
        and no specific topic has even secondary keyword evidence ("my friend heart reacted my message")?"""
        if decision.kind != d.CLARIFY or scores.domain >= d.DOMAIN:
            return False
        offered = [c for c in scores.candidates if c.intent in decision.choices]
        return not any(
            c.grounded or (self._specific(c.intent) and c.keywords >= d.SECONDARY_KEYWORDS) for c in offered
        )

    def _specific(self, intent: str) -> bool:
        """A topic about one cause or place, not a general one (an overview, or a kind's anchor topic)."""
        return self.kb.intents[intent].kind == kb.TOPIC and intent not in self.anchors

    def _answers_topic(self, decision: d.Decision) -> bool:
        return decision.kind == d.ANSWER and any(
            self.kb.intents[i].kind == kb.TOPIC for i in decision.intents
        )


def _known_words(base: kb.KnowledgeBase, phrase: Callable[[str], Phrase]) -> frozenset[str]:
    """Every word the knowledge base uses about spasms and conversation (not its off-topic lists)."""
    texts: list[str] = []
    for intent in base.intents.values():
        if intent.kind != kb.OFF_TOPIC:
            texts += [*intent.keywords, *intent.examples]
    v, f = base.vocabulary, base.followups
    texts += [*v.synonyms.values(), *v.domain, *v.stopwords, *f.facets, *f.pronouns, *f.more, *f.what_else,
              *f.elliptical, *f.ordinals, *f.first_person, *f.corrections, *f.fillers, *f.pick_words,
              *f.pick_corrections]  # fmt: skip
    for kind in base.kinds.values():
        texts += list(kind.cues)
    return frozenset(t for text in texts for t in phrase(text))
