"""Finding red-flag concepts and cue phrases in a message's terms, each in one pass (used by triage)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import accumulate

from rapidfuzz.distance import OSA

from bot import kb
from bot.durations import DurationFinder
from bot.phrases import Phrase, PhraseIndex
from bot.text import BREAK, SENTENCE_END

_FIRST_YEAR = 1900  # four-digit numbers from here to last year are a past year (this year may be now)
_ACTIVITY_REACH = 3  # an activity word this close before a length owns it
_FUZZY_MIN = 5  # place words this long forgive one slip ("chset pain"); real words are taken as written
CUES = (
    "questions",
    "links",
    "persons",
    "generally",
    "hypothetical",
    "present",
    "past",
    "idioms",
    "action_questions",
    "resolved",
    "resolved_by_care",
    "returned",
    "first_time",
)


@dataclass(frozen=True)
class Hit:
    concept: str
    start: int
    end: int  # one past the last term
    sentence: int
    clause: int


def numbered(terms: list[str], ends: tuple[str, ...]) -> list[int]:
    """For each position, how many of ``ends`` stand before it: its sentence (or clause) number."""
    return list(accumulate(map(frozenset(ends).__contains__, terms), initial=0))[:-1]


class ConceptFinder:
    """The concepts and cue lists of red_flags.yaml as phrase indexes over stemmed terms."""

    def __init__(self, flags: kb.RedFlags, phrase: Callable[[str], Phrase], english: frozenset[str]) -> None:
        self.flags = flags
        self.english = english  # a real word is what the person meant: never read as a slip for a place
        self.kind = {name: c.kind for name, c in flags.concepts.items()}
        # phrase -> its concepts in the file's order (a set's order would change with the hash seed, and with it
        # the order of the contexts a conversation remembers)
        self.concepts_of: dict[Phrase, dict[str, None]] = defaultdict(dict)
        for name, concept in flags.concepts.items():
            for text in concept.phrases:
                self.concepts_of[phrase(text)][name] = None
        self.index = PhraseIndex(self.concepts_of)
        self.absent_of: dict[Phrase, dict[str, None]] = defaultdict(dict)  # signs said by their negation
        for name, concept in flags.concepts.items():
            for text in concept.absent_phrases:
                self.absent_of[phrase(text)][name] = None
        self.absent_index = PhraseIndex(self.absent_of)
        self.fuzzy_places = {
            p[0]: names for p, names in self.concepts_of.items()
            if len(p) == 1 and len(p[0]) >= _FUZZY_MIN and any(self.kind[n] == "place" for n in names)
        }  # fmt: skip
        # Every cue phrase in one index, found in one pass: phrase -> the lists it is in.
        self.cue_kinds: dict[Phrase, set[str]] = defaultdict(set)
        for key in CUES:
            for text in getattr(flags, key):
                self.cue_kinds[phrase(text)].add(key)
        self.cue_index = PhraseIndex(self.cue_kinds)
        self.durations = DurationFinder(flags.durations)
        self.activities = PhraseIndex(phrase(p) for p in flags.durations.activities)
        self._fuzzy_cache: dict[str, tuple[str, ...]] = {}
        self.year_words = PhraseIndex(phrase(p) for p in flags.year_words)
        self.old_year_words = PhraseIndex(phrase(p) for p in flags.old_year.after) if flags.old_year else None
        self.ago = frozenset(t for p in flags.durations.ago for t in phrase(p))

    def cues(self, terms: list[str]) -> dict[str, list[tuple[int, int]]]:
        """(start, end) of every cue phrase, by the list it is in ("questions", "past", "idioms"...)."""
        cues: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for start, found in self.cue_index.find(terms):
            for key in self.cue_kinds[found]:
                cues[key].append((start, start + len(found)))
        this_year = date.today().year  # read per message: a bot that runs over New Year moves on with it
        for i, term in enumerate(terms):  # a year is the past: "had a stroke in 2015", not "walked 2000 steps"
            if term.isdigit() and _year(term) < this_year and _after(self.year_words, terms, i):
                cues["past"].append((i, i + 1))
        return cues

    def hits(self, terms: list[str], idioms: list[tuple[int, int]], now: frozenset[int] = frozenset()) -> list[Hit]:
        """Every concept found in the terms, idioms left out, with the sentence it stands in; ``now``: positions of
        present-time words (a length in a clause that says "still" stays the cramp's)."""
        sentence_of = numbered(terms, (SENTENCE_END,))
        clause_of = numbered(terms, (BREAK, SENTENCE_END))
        at = lambda concept, start, end: Hit(concept, start, end, sentence_of[start], clause_of[start])  # noqa: E731
        idiom = {i for lo, hi in idioms for i in range(lo, hi)}
        # An idiom hides the red-flag words inside it, not a longer phrase that holds it ("chest infection") nor
        # one that starts before it ("had a fit in the bath"): a phrase starting at p is hidden by an idiom that
        # began before p and covers it, or by one that begins at p and reaches further than the phrase.
        inside = {i for lo, hi in idioms for i in range(lo + 1, hi)}
        reach: dict[int, int] = {}
        for lo, hi in idioms:
            reach[lo] = max(hi, reach.get(lo, 0))
        hits = []
        for start, found in self.index.find(terms):
            end = start + len(found)
            if start not in inside and reach.get(start, 0) <= end:
                hits.extend(at(c, start, end) for c in self.concepts_of[found])
        known = {h.start for h in hits}
        old = self.flags.old_year  # "last tetanus jab was in 2009" is long ago
        last_old = date.today().year - old.years if old else 0
        for i, term in enumerate(terms):
            if i not in known and i not in idiom and len(term) >= _FUZZY_MIN and term not in self.english:
                hits.extend(at(c, i, i + 1) for c in self._fuzzy_place(term))
            if old and term.isdigit() and _year(term) <= last_old and _after(self.old_year_words, terms, i):
                hits.append(at(old.concept, i, i + 1))
        length = self.flags.durations.concept
        for start, end in self.durations.find(terms):
            if idiom.isdisjoint(range(start, end)):  # "an hour into my run" is a moment, not a length
                hits.append(at(length, start, end))
        # "Cramps after running for an hour": that length is the run's, not the cramp's. It stays the cramp's when
        # it dates a start ("since work an hour ago") or its clause says the cramp is still there.
        still = {clause_of[i] for i in now}
        return [
            h for h in hits
            if h.concept != length or h.clause in still or self.ago.intersection(terms[h.end : h.end + 1])
            or not self._activity_before(terms, h.start)
        ]  # fmt: skip

    def _activity_before(self, terms: list[str], start: int) -> bool:
        """Does an activity ("running", "at my desk") end within a few words before ``start``?"""
        lo = max(0, start - _ACTIVITY_REACH - 3)  # room for a phrase that ends inside the reach
        return any(lo + i + len(p) > start - _ACTIVITY_REACH for i, p in self.activities.find(terms[lo:start]))

    def absences(self, terms: list[str], idioms: list[tuple[int, int]]) -> list[Hit]:
        """Phrases of signs said by their negation ("answering" in "he's not answering"), idioms left out; the
        caller keeps those a negation stands before."""
        found = self.absent_index.find(terms)
        if not found:  # most messages: no numbering needed
            return []
        sentence_of = numbered(terms, (SENTENCE_END,))
        clause_of = numbered(terms, (BREAK, SENTENCE_END))
        idiom = {i for lo, hi in idioms for i in range(lo, hi)}
        return [
            Hit(name, start, start + len(said), sentence_of[start], clause_of[start])
            for start, said in found
            if start not in idiom
            for name in self.absent_of[said]
        ]

    def _fuzzy_place(self, term: str) -> tuple[str, ...]:
        """Place concepts a word is one slip away from ("chset", "cheat" -> chest)."""
        found = self._fuzzy_cache.get(term)
        if found is None:
            names: set[str] = set()
            for word, concepts in self.fuzzy_places.items():
                if OSA.distance(term, word, score_cutoff=1) <= 1:
                    names.update(c for c in concepts if self.kind[c] == "place")
            found = tuple(sorted(names))  # a set's order changes with the hash seed
            if len(self._fuzzy_cache) < 10_000:
                self._fuzzy_cache[term] = found
        return found


def _after(words: PhraseIndex, terms: list[str], i: int) -> bool:
    """Does one of the phrases (of at most two words) end just before position i?"""
    lo = max(0, i - 2)
    return any(lo + k + len(p) == i for k, p in words.find(terms[lo:i]))


def _year(term: str) -> float:
    """The year a four-digit term names (from 1900), or infinity: it is no year."""
    return int(term) if len(term) == 4 and term.isdigit() and int(term) >= _FIRST_YEAR else float("inf")

