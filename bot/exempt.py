"""What triage leaves out as plainly not about now: a general question about a link or a definition, a
hypothetical, and the stretch a past word covers ("had a stroke 5 years ago"). The signs there are only
"mentioned": the reply still says what to do if it is happening now."""

from __future__ import annotations

from collections.abc import Callable

from bot import kb
from bot.flag_concepts import numbered
from bot.phrases import Phrase
from bot.text import BREAK, SENTENCE_END

Cues = dict[str, list[tuple[int, int]]]  # cue list name -> (start, end) of each cue phrase found


class Exemptions:
    """The cue lists of red_flags.yaml that say something is general, hypothetical or past."""

    def __init__(self, flags: kb.RedFlags, phrase: Callable[[str], Phrase]) -> None:
        words = lambda texts: frozenset(t for p in texts for t in phrase(p))  # noqa: E731
        self.present_verbs = words(flags.present_verbs)
        self.past_ends = words(flags.past_ends)
        self.past_starts = words(flags.past_starts)
        self.past_verbs = words(flags.past_verbs)

    def positions(self, terms: list[str], cues: Cues, past: set[int]) -> set[int]:
        """Positions plainly not about now: a general question's clause, a hypothetical's sentence, and the
        stretch a past word covers (``past``, from `past()`)."""
        present = _present(cues)
        sentence_of = numbered(terms, (SENTENCE_END,))
        now_in = {sentence_of[i] for i in present}  # sentences that say something is happening now
        # "What should I do if my child ever has a fit?": a hypothetical's sentence is not now, unless it says it is.
        supposed = {sentence_of[start] for start, _ in cues["hypothetical"]} - now_in
        persons = {start for start, _ in cues["persons"]}
        links = {start for start, _ in cues["links"]}
        openers = {start for start, _ in cues["questions"]}
        general = bool(cues["generally"]) and not persons  # "asking generally" in a message that names nobody
        out = set(past)
        for lo, hi in _clauses(terms):
            # Nobody in the clause, and neither its sentence nor the next says it is happening now ("Is this a
            # heart attack? It is happening to my dad").
            said_now = sentence_of[lo] in now_in or sentence_of[lo] + 1 in now_in
            nobody = not said_now and persons.isdisjoint(range(lo, hi))
            # A question word opening the clause, about a link or a definition ("what are the signs of..."), not
            # "chest is really sore" or "is chest pain serious?".
            asks = lo in openers and (general or not links.isdisjoint(range(lo, hi)))
            if sentence_of[lo] in supposed or (nobody and asks):
                out.update(range(lo, hi))
        return out

    def past(self, terms: list[str], cues: Cues) -> set[int]:
        """The stretches past words cover: "had a stroke 5 years ago" is past; a present word ("now", "still") or
        verb ("is") ends its reach."""
        present = _present(cues)
        # "she's never had one before": a first time, happening now; the past words inside it date nothing
        first = {i for lo, hi in cues["first_time"] for i in range(lo, hi)}
        past = {start for start, _ in cues["past"]} - present - first
        out: set[int] = set()
        if past:
            for lo, hi in _clauses(terms):
                for start in past.intersection(range(lo, hi)):
                    out.update(self._past_reach(terms, lo, hi, start, present))
        return out

    def _starts_past(self, terms: list[str], lo: int, k: int) -> bool:
        """Is terms[k] a "since"/"after" that begins the past part of its clause, with what stands before it (no
        past verb of its own) about now? "Jaw locking since a cut" yes; "I had a seizure after an injury" no."""
        return terms[k] in self.past_starts and self.past_verbs.isdisjoint(terms[lo:k])

    def _past_reach(self, terms: list[str], lo: int, hi: int, at: int, present: set[int]) -> range:
        """The stretch of the clause around a past word that no present word or verb interrupts."""
        stop = lambda i: i in present or terms[i] in self.present_verbs  # noqa: E731
        left = at  # leftwards what is now may be said before its cause: "spasms since a cut 9 days ago"
        while left > lo and not stop(left - 1) and not self._starts_past(terms, lo, left - 1):
            left -= 1
        right = at  # rightwards a new event can start: "3 weeks ago and my thighs ache" ends at "and"
        while right < hi and not stop(right) and terms[right] not in self.past_ends:
            right += 1
        return range(left, right)


def _present(cues: Cues) -> set[int]:
    """Positions of present-time words, except inside an idiom ("thinking about starting one")."""
    idiom = {i for lo, hi in cues["idioms"] for i in range(lo, hi)}
    return {i for lo, hi in cues["present"] for i in range(lo, hi) if lo not in idiom}


def _clauses(terms: list[str]) -> list[tuple[int, int]]:
    """(start, end) of every clause: the stretches between breaks and sentence ends."""
    out, start = [], 0
    for i, term in enumerate([*terms, SENTENCE_END]):
        if term in (BREAK, SENTENCE_END):
            if i > start:
                out.append((start, i))
            start = i + 1
    return out
