"""Picking one of the topics the last reply offered: by its number or by words from its label."""

from __future__ import annotations

from bot import kb
from bot.analyse import Analyser
from bot.model import Context, Understanding
from bot.phrases import PhraseIndex

MAX_PICK_WORDS = 8  # "the second one", "number 4", "tell me more about the 2nd"
PICK_KEYWORDS = 0.7  # a topic's own keyword picks its button ("the minerals one"); "what is" (0.6) picks none
MAX_LABEL_PICK_WORDS = 7  # "the slumping at a desk one": words from a label, paraphrased


class Picker:
    def __init__(self, base: kb.KnowledgeBase, analyser: Analyser) -> None:
        self.kb = base
        f = base.followups
        self.ordinals = {analyser.phrase(k): v for k, v in f.ordinals.items()}
        # "the one before last", "second to last": a position said in several words
        self.long_ordinals = PhraseIndex(p for p in self.ordinals if len(p) > 1)
        stop = {s for w in base.vocabulary.stopwords for s in analyser.phrase(w)}
        # Every label is about spasms: the domain's own words pick nothing. Only its single words: "back" in "put my
        # back out" still picks the back one.
        stop |= {s for w in base.vocabulary.domain if len(p := analyser.phrase(w)) == 1 for s in p}
        self.pick_words = {s for w in f.pick_words for s in analyser.phrase(w)}
        self.corrections = {s for w in f.pick_corrections for s in analyser.phrase(w)}
        self.facet_intents = frozenset(f.facets.values())
        # Each topic's own words: its label and title, as people paraphrase them ("the blood flow one").
        self.label_words = {
            iid: frozenset(t for text in (a.label, a.title) for t in analyser.phrase(text)) - stop
            for iid, a in base.answers.items()
        }

    def by_number(self, words: list[str], context: Context) -> tuple[str, tuple[str, ...]] | None:
        """One of the offered topics, chosen by its number ("the second one", "3", "the last one"), and the list it
        was chosen from. Right after a pick, a correction ("sorry, I meant the 4th") reads the list picked from,
        and so does a number the new buttons do not have ("the 7th" under three buttons)."""
        n = self._position(words)
        if n is None:
            return None
        corrects = bool(context.picked_from) and any(w in self.corrections for w in words)
        for listed in (context.picked_from,) if corrects else (context.offered, context.picked_from):
            at = n - 1 if n > 0 else n
            if listed and -len(listed) <= at < len(listed):
                picked = listed[at]
                return (picked, listed) if picked in self.kb.answers else None
        return None

    def _position(self, words: list[str]) -> int | None:
        """The position a pick says (1 = first, -1 = last), if the message says nothing else."""
        if len(words) > MAX_PICK_WORDS:
            return None
        found = self.long_ordinals.find(words)  # "the one before last": a position in several words
        spans = {i for start, p in found for i in range(start, start + len(p))}
        rest = [w for i, w in enumerate(words) if i not in spans]
        if any((w,) not in self.ordinals and w not in self.pick_words | self.corrections for w in rest):
            return None  # "how long will it last" is a question, not a pick
        if found:
            return self.ordinals[found[0][1]]
        return next((self.ordinals[(w,)] for w in rest if (w,) in self.ordinals), None)

    def by_words(self, words: list[str], seen: Understanding, context: Context) -> str | None:
        """One of the offered topics, named by its words: "the posture one", "the blood flow one"."""
        if not context.offered or len(words) > MAX_LABEL_PICK_WORDS:
            return None
        offered = [i for i in context.offered if i in self.kb.answers]
        for cand in seen.scores.candidates if len(words) <= MAX_PICK_WORDS else ():
            # a facet's keywords ask of the topic in view ("what's the treatment?"), they pick no button
            if cand.intent in offered and cand.keywords >= PICK_KEYWORDS and cand.intent not in self.facet_intents:
                return cand.intent
        shared = {i: len(self.label_words[i] & set(words)) for i in offered}
        best = max(shared.values(), default=0)
        winners = [i for i, n in shared.items() if n == best]
        return winners[0] if best and len(winners) == 1 else None
