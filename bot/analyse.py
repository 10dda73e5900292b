"""From raw message to normalised terms: clean, spell-correct, split run-together words, stem, map lay words."""

from __future__ import annotations

import re
from collections import Counter

from bot import kb
from bot.asking import Asking
from bot.phrases import PhraseIndex
from bot.spelling import Speller, is_british
from bot.text import BREAK, SENTENCE_END, clean, stem, tokens_and_questions, tokens_with_breaks, words

_CACHE_LIMIT = 50_000
_NUMBER_AND_UNIT = re.compile(r"(\d+)([a-z]+)")
MAX_CHUNK = 40  # words scored together; long sentences are cut so the cost per word stays flat


def _vocabulary(base: kb.KnowledgeBase) -> tuple[Counter[str], dict[str, list[str]]]:
    """Every word the knowledge base uses (as stems), with how often: the speller's dictionary; and each distinct
    phrase's words, so that turning phrases into terms later does not clean them twice."""
    phrases: list[str] = []
    for intent in base.intents.values():
        phrases.extend(intent.examples)
        phrases.extend(intent.keywords)
    v, r, f = base.vocabulary, base.red_flags, base.followups
    for table in (v.synonyms, v.domain, f.facets, f.ordinals):
        phrases.extend(table)
    phrases.extend(v.synonyms.values())
    n = base.negation
    groups = (r.questions, r.links, r.persons, r.generally, r.hypothetical, r.present, r.past, r.present_verbs, r.past_ends, r.past_starts, r.past_verbs, r.year_words, r.action_questions, r.resolved, r.resolved_by_care, r.returned,
              n.cues, n.pseudo, n.reach, n.joins, n.stops, n.not_stops, n.double_negatives, n.novelty, f.fillers,
              f.pronouns, f.more, f.what_else, f.elliptical, f.corrections, f.first_person, f.third_person)  # fmt: skip
    for group in groups:
        phrases.extend(group)
    for kind in base.kinds.values():
        phrases.extend(kind.cues)
    for subject in base.subjects.values():
        phrases.extend(subject.cues)
    for concept in r.concepts.values():
        phrases.extend(concept.phrases)
        phrases.extend(concept.absent_phrases)
    phrases.extend(r.durations.units)
    phrases.extend(r.durations.numbers)
    phrases.extend(r.durations.activities)
    split = {p: words(clean(p)) for p in set(phrases)}
    return Counter(stem(w) for ws in split.values() for w in ws), split


def stems(group) -> frozenset[str]:
    """Single words from the knowledge base, stemmed as messages are."""
    return frozenset(stem(w) for w in group)


class Analyser:
    """Turns a message into a list of terms the matcher and triage read; "." and "|" mark breaks."""

    def __init__(self, base: kb.KnowledgeBase) -> None:
        self.english = base.vocabulary.common_words
        self.dose_units = frozenset(stem(w) for w in base.vocabulary.dose_units)
        vocabulary, self._words = _vocabulary(base)
        self.speller = Speller(vocabulary, stems(base.vocabulary.stopwords), self.english)
        self.synonyms = {
            tuple(stem(w) for w in k.split()): tuple(stem(w) for w in v.split())
            for k, v in base.vocabulary.synonyms.items()
        }
        self.synonym_index = PhraseIndex(self.synonyms)
        self._cache: dict[str, tuple[str, ...]] = {}
        self._phrases: dict[str, tuple[str, ...]] = {}  # knowledge phrases repeat across lists: worked out once
        self.asking = Asking(base, self.phrase)

    def phrase(self, text: str) -> tuple[str, ...]:
        """A knowledge-base phrase as terms: the message pipeline without spelling correction."""
        found = self._phrases.get(text)
        if found is None:
            said = self._words.get(text)
            said = words(clean(text)) if said is None else said
            found = self._phrases[text] = tuple(self._map_synonyms([stem(w) for w in said]))
        return found

    def terms(self, text: str) -> list[str]:
        """Normalised terms of the whole message, clause and sentence breaks kept."""
        return self._terms(tokens_with_breaks(clean(text)))

    def read(self, text: str) -> tuple[list[str], tuple[bool, ...]]:
        """The message's terms, and for each of its sentences whether it asks (a question mark, a question's
        opening or a request: asking.py)."""
        tokens, questions = tokens_and_questions(clean(text))
        terms = self._terms(tokens)
        return terms, self.asking.flags(terms, questions)

    def _terms(self, tokens: list[str]) -> list[str]:
        stemmed: list[str] = []
        cache = self._cache
        for token in tokens:
            hit = cache.get(token)
            if hit is None:
                hit = self._word(token)
                if len(cache) >= _CACHE_LIMIT:
                    cache.clear()
                cache[token] = hit
            stemmed.extend(hit)
        return self._map_synonyms(self._join_doses(stemmed))

    def _join_doses(self, terms: list[str]) -> list[str]:
        """A number followed by a unit of dose is one term: "20 mg" reads as "20mg", as typed together."""
        units = self.dose_units
        if not units or not any(t in units for t in terms):
            return terms
        out: list[str] = []
        for term in terms:
            if term in units and out and out[-1].isdigit():
                out[-1] += term
            else:
                out.append(term)
        return out

    def _word(self, token: str) -> tuple[str, ...]:
        if token in (BREAK, SENTENCE_END):
            return (token,)
        glued = _NUMBER_AND_UNIT.fullmatch(token)
        if glued and not self.speller.known(stem(token)):
            # "36wks", "2hrs": a number and a word typed together ("6am" is a word the knowledge uses as it is); a
            # slip is never read into the number. Triage does not count a number towards a distance.
            unit = stem(glued[2])
            if self.speller.known(unit) or glued[2] in self.english:
                return (glued[1], unit)
            fixed = self.speller.fix(unit)  # "20paracetemol": the word part may carry a slip; one word only ("2weeksago"
            # read as "2 week ago" would make what follows it past)
            return (glued[1], fixed[0]) if len(fixed) == 1 and self.speller.known(fixed[0]) else (token,)
        if token in self.english or is_british(token, self.english):  # a real word is what the person meant
            return (stem(token),)
        stemmed = stem(token)
        fixed = self.speller.fix(stemmed)
        if fixed == (stemmed,) and stemmed != token and not self.speller.known(stemmed):
            # Stemming can take a slip further from the word meant ("numbnes" -> "numbne"): try the word as typed.
            whole = self.speller.correct(token)
            if whole:
                return (whole,)
        return fixed

    def _map_synonyms(self, terms: list[str]) -> list[str]:
        """Lay words and spellings replaced by what they mean, longest phrase first."""
        out: list[str] = []
        firsts = self.synonym_index.by_first
        i, n = 0, len(terms)
        while i < n:
            if terms[i] in firsts:
                found = self.synonym_index.at(terms, i)
                if found:
                    out.extend(self.synonyms[found[0]])
                    i += len(found[0])
                    continue
            out.append(terms[i])
            i += 1
        return out


def chunks(terms: list[str]) -> list[tuple[int, list[str]]]:
    """Sentences of terms (clause breaks kept inside), each at most MAX_CHUNK words, with the number of the
    sentence each comes from (a long sentence gives several chunks of the same number)."""
    out: list[tuple[int, list[str]]] = []
    current: list[str] = []
    n = 0
    for term in terms:
        if term == SENTENCE_END or len(current) >= MAX_CHUNK:
            if any(t != BREAK for t in current):
                out.append((n, current))
            current = [] if term == SENTENCE_END else [term]
            n += term == SENTENCE_END
        else:
            current.append(term)
    if any(t != BREAK for t in current):
        out.append((n, current))
    return out
