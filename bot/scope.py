"""Subjects the article does not cover (knowledge/scope.yaml): twitching, medicines, period cramps, ...

A subject named in the message takes it out of the article's topics unless the message names a topic the
article does cover: outright (a specific keyword such as "dehydration"), or, for subjects that yield to any
answer, with enough evidence to be answered.
"""

from __future__ import annotations

from collections.abc import Callable

from bot import kb
from bot.analyse import chunks
from bot.matcher import SPECIFIC, Scores
from bot.phrases import Phrase, PhraseIndex
from bot.senses import OtherSenses
from bot.text import BREAK, SENTENCE_END

CRAMP_WORD = 0.7  # a domain word this strong ("cramp", "spasm", "contraction") makes a message about cramps


class SubjectFinder:
    def __init__(self, base: kb.KnowledgeBase, phrase: Callable[[str], Phrase], senses: OtherSenses) -> None:
        self.base = base
        self.subject_of: dict[Phrase, str] = {}
        for subject in base.subjects.values():
            for cue in subject.cues:
                self.subject_of.setdefault(phrase(cue), subject.id)
        self.index = PhraseIndex(self.subject_of)
        self.senses = senses  # the matcher's: "twitch" in "streaming on twitch" names no twitching
        self.anchors = frozenset(k.anchor for k in base.kinds.values() if k.anchor)
        # Words that make a message about cramps on their own ("cramp", "spasm", "charley horse").
        self.cramp_words = frozenset(
            p[0]
            for t, w in base.vocabulary.domain.items()
            if w >= CRAMP_WORD
            for p in [phrase(t)]
            if len(p) == 1
        )
        self.cue_words = {
            s.id: frozenset(t for c in s.cues for t in phrase(c)) for s in base.subjects.values()
        }
        self.loose = frozenset(phrase(c) for s in base.subjects.values() for c in s.loose)
        self.sure = {s.id: PhraseIndex(phrase(c) for c in s.sure) for s in base.subjects.values() if s.sure}
        self.places = {
            s.id: PhraseIndex(phrase(c) for c in s.except_with) for s in base.subjects.values() if s.except_with
        }
        # Words that show a message is about the body at all ("pain", "muscle", "heart", "stiff").
        self.body_words = frozenset(
            p[0] for t, w in base.vocabulary.domain.items() if w > 0 for p in [phrase(t)] if len(p) == 1
        )

    def has_cramp_word(self, terms: list[str] | tuple[str, ...], subject: kb.Subject) -> bool:
        """A cramp, spasm or contraction word that is not the subject's own ("twitch")."""
        own = self.cue_words[subject.id]
        return any(t in self.cramp_words and t not in own for t in terms)

    def dominates(self, terms: list[str] | tuple[str, ...], subject: kb.Subject, scores: Scores) -> bool:
        """Is the message more about the subject than about cramps: named more often than any cramp or
        spasm word ("my girlfriend twitches in her sleep")? Then it is about the subject, whatever topic
        words its story holds (sleep, a calf), unless it names an article topic outright ("does low
        magnesium make muscles twitch"); named twice or more, the subject wins even then. A subject that yields
        only to a topic named outright already wins without one: it dominates when named twice or more ("my
        leg spasms since coming off morphine: is it the morphine?"), counting only its firm cues (not "tablet")
        and, for a subject that needs one, with a cramp, spasm or pain word in the message."""
        own = self.cue_words[subject.id]
        cramps = sum(1 for t in terms if t in self.cramp_words and t not in own)
        if subject.yields_to != "answer":
            if self.lacks_domain(terms, subject, scores):
                return False
            return self.mentions(terms, subject, firm=True) > max(cramps, 1)
        named = self.mentions(terms, subject)
        return named > cramps and (named > 1 or not self._outright(subject, scores))

    def mentions(self, terms: list[str] | tuple[str, ...], subject: kb.Subject, firm: bool = False) -> int:
        """How many times the message names the subject; "eye twitch" is one mention, not two. ``firm``:
        count only cues without an everyday meaning (not "tablet", "withdrawal")."""
        named, covered_to = 0, 0
        for i, p in self._cues(terms):  # longest first at each place
            if i >= covered_to and self.subject_of[p] == subject.id and not (firm and p in self.loose):
                named, covered_to = named + 1, i + len(p)
        return named

    def asked_about(
        self, terms: list[str] | tuple[str, ...], asked: tuple[bool, ...], subject: kb.Subject
    ) -> bool:
        """Is the subject named by a firm cue (not "tablet") in a sentence that asks and has no cramp or spasm
        word of its own ("... Could it be the statin?"; "what's behind twitches and cramps" asks about cramps)?
        ``asked``: for each sentence, whether it asks (the read stage's)."""
        own = self.cue_words[subject.id]
        for n, chunk in chunks(list(terms)):
            if (
                n < len(asked)
                and asked[n]
                and not any(t in self.cramp_words and t not in own for t in chunk)
                and any(
                    self.subject_of[p] == subject.id and p not in self.loose
                    for _, p in self._cues(chunk)
                )
            ):
                return True
        return False

    def named(self, terms: list[str] | tuple[str, ...]) -> list[kb.Subject]:
        """The subjects the message names, each once, other-cramp subjects first (they are the surer reading)."""
        firsts = self.index.by_first
        if not any(t in firsts for t in terms):
            return []  # most messages name no subject at all: one cheap pass
        words = [t for t in terms if t not in (BREAK, SENTENCE_END)]
        found: dict[str, kb.Subject] = {}
        for _, p in self._cues(terms):
            sid = self.subject_of[p]
            if sid not in found and (p not in self.loose or self._about_body(words, sid)):
                found[sid] = self.base.subjects[sid]
        return sorted(found.values(), key=lambda s: s.scope != "other_cramp")

    def _cues(self, terms: list[str] | tuple[str, ...]) -> list[tuple[int, Phrase]]:
        """(start among the words, cue) of each subject cue, breaks left out; but a one-word cue where it means
        something else there ("twitch" in "streaming on twitch"), read within its sentence or clause as the matcher
        reads words (a longer cue keeps its sense)."""
        at = [n for n, t in enumerate(terms) if t not in (BREAK, SENTENCE_END)]  # each word's place in the terms
        found = self.index.find([terms[n] for n in at])
        if not found or all(len(p) > 1 for _, p in found):
            return found
        hidden = self.senses.hidden(list(terms), self.subject_of)  # other senses do not cross a break
        return [(i, p) for i, p in found if len(p) > 1 or at[i] not in hidden]

    def _about_body(self, words: list[str], subject: str) -> bool:
        """A cramp, muscle, pain or heart word besides the subject's own cues: "I am a jerk" is not a jerk of a
        muscle, "thyroid" in a question about hair removal is not a muscle problem."""
        own = self.cue_words[subject]
        return any(t in self.body_words and t not in own for t in words)

    def lacks_domain(self, terms: list[str] | tuple[str, ...], subject: kb.Subject, scores: Scores) -> bool:
        """Does the subject need a cramp, spasm or pain word that the message lacks ("my stomach is growling"),
        and is it named by no cue that is a kind of cramp itself ("irritable bowel")?"""
        if not subject.needs_domain or scores.domain > 0:
            return False
        sure = self.sure.get(subject.id)
        return sure is None or not sure.occurs_in([t for t in terms if t not in (BREAK, SENTENCE_END)])

    def placed_elsewhere(self, terms: list[str] | tuple[str, ...], subject: kb.Subject) -> bool:
        """Does the message name a skeletal-muscle place that takes it back to the article, with no cue that names
        the subject for sure ("8 weeks pregnant with leg cramps", not "period cramps down my legs")?"""
        places = self.places.get(subject.id)
        if places is None:
            return False
        words = [t for t in terms if t not in (BREAK, SENTENCE_END)]
        sure = self.sure.get(subject.id)
        return places.occurs_in(words) and not (sure is not None and sure.occurs_in(words))

    def applies(
        self,
        terms: list[str] | tuple[str, ...],
        subject: kb.Subject,
        scores: Scores,
        answered: tuple[str, ...],
        cramp_word: bool,
    ) -> bool:
        """Does the subject win over the article's topics for this message? ``answered``: the topics the
        message alone would be answered with; ``cramp_word``: it has a cramp or spasm word of its own."""
        if self.lacks_domain(terms, subject, scores) or self.placed_elsewhere(terms, subject):
            return False  # "my stomach is growling" is not a question about a cramp
        if self._outright(subject, scores):
            return False
        if subject.yields_to != "answer" or not answered:
            return True
        # "What causes eyelid twitch?" is about twitching; "random twitches and cramps" is about cramps.
        return not (any(self._specific(i) for i in answered) or cramp_word)

    def _outright(self, subject: kb.Subject, scores: Scores) -> bool:
        """Does the message name an article topic outright? Only a specific topic counts: "is this twitching
        serious" names seeing a doctor, a general topic."""
        return any(
            c.keywords >= SPECIFIC
            and c.grounded
            and self._specific(c.intent)
            and c.intent not in subject.wins_over
            for c in scores.candidates
        )

    def _specific(self, intent: str) -> bool:
        """A topic about one cause or place: not an overview, nor a kind's anchor (prevention, seeing a doctor)."""
        return self.base.intents[intent].kind == kb.TOPIC and intent not in self.anchors
