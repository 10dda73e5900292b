"""Intent matching: weighted keyword evidence plus likeness to the intents' own example phrasings.

Each sentence is scored on its own through inverted indexes, so cost grows with the message's length, not
with length times the number of examples. A term negated in its clause ("not dehydrated") counts for nothing.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from bot import kb
from bot.analyse import chunks
from bot.text import BREAK

DOMAIN_BONUS = 0.4  # a cramp/spasm word lends this much to any intent it already has a keyword for
EXAMPLE_WEIGHT = 0.6  # how much a close example adds on top of keywords
MAX_KEYWORD_SCORE = 3.0
_MAX_PHRASE = 5
_NEGATION_REACH = 3


# Without a cramp/spasm word in the same sentence, only one specific term ("magnesium") grounds a topic.
DOMAIN = 0.5
SPECIFIC = 1.4


@dataclass(frozen=True)
class Candidate:
    intent: str
    score: float  # keywords + domain bonus + example likeness - off-topic evidence
    keywords: float  # keyword evidence alone
    grounded: bool = True  # its sentence is about spasms, or names the topic outright


@dataclass(frozen=True)
class Scores:
    candidates: tuple[Candidate, ...]  # best first
    domain: float  # how clearly the message is about spasms at all (0..1)


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


class Matcher:
    def __init__(self, base: kb.KnowledgeBase, phrase: Callable[[str], tuple[str, ...]]) -> None:
        self.base = base
        self.negations = base.red_flags.negations
        self.not_negations = [phrase(p) for p in base.red_flags.not_negations]
        self.keywords: dict[tuple[str, ...], list[tuple[str, float]]] = defaultdict(list)
        for iid, intent in base.intents.items():
            for term, weight in intent.keywords.items():
                self.keywords[phrase(term)].append((iid, weight))
        self.off_topic = {i for i, intent in base.intents.items() if intent.kind == kb.OFF_TOPIC}
        self.domain = {phrase(t): w for t, w in base.vocabulary.domain.items()}
        self.stopwords = {s for w in base.vocabulary.stopwords for s in phrase(w)}
        self._index_examples(base, phrase)

    def _index_examples(self, base: kb.KnowledgeBase, phrase: Callable[[str], tuple[str, ...]]) -> None:
        self.examples: list[tuple[str, frozenset[str]]] = []
        for iid, intent in base.intents.items():
            for example in intent.examples:
                content = frozenset(t for t in phrase(example) if t not in self.stopwords)
                if content:
                    self.examples.append((iid, content))
        df: dict[str, int] = defaultdict(int)
        for _, content in self.examples:
            for t in content:
                df[t] += 1
        n = len(self.examples)
        self.idf = {t: math.log(1 + n / c) for t, c in df.items()}
        self.example_mass = [sum(self.idf[t] for t in content) for _, content in self.examples]
        self.postings: dict[str, list[int]] = defaultdict(list)
        for idx, (_, content) in enumerate(self.examples):
            for t in content:
                self.postings[t].append(idx)

    def score(self, terms: list[str], assume_domain: bool = False) -> Scores:
        """Best score per intent over the message's sentences, best first.

        ``assume_domain``: the conversation is already about spasms, so "and the heat?" counts as on-topic.
        """
        best: dict[str, Candidate] = {}
        domain = 0.0
        for chunk in chunks(terms):
            found, chunk_domain = self._phrases(chunk)
            if assume_domain:
                chunk_domain = 1.0
            domain = max(domain, chunk_domain)
            for cand in self._score_chunk(found, chunk_domain):
                old = best.get(cand.intent)
                if old is None or (cand.grounded, cand.score) > (old.grounded, old.score):
                    best[cand.intent] = cand
        ranked = sorted(best.values(), key=lambda c: (-c.score, -c.keywords, c.intent))
        return Scores(tuple(ranked), domain)

    def _phrases(self, chunk: list[str]) -> tuple[set[tuple[str, ...]], float]:
        """Every known phrase in the chunk that is not negated, and the chunk's domain strength."""
        found: set[tuple[str, ...]] = set()
        shadowed = {
            i for i in range(len(chunk)) for p in self.not_negations if tuple(chunk[i : i + len(p)]) == p
        }
        for i, term in enumerate(chunk):
            if term == BREAK or self._negated(chunk, i, shadowed):
                continue
            for size in range(1, _MAX_PHRASE + 1):
                gram = tuple(chunk[i : i + size])
                if len(gram) < size or BREAK in gram:
                    break
                found.add(gram)
        domain = min(1.0, sum(w for p, w in self.domain.items() if p in found))
        return found, domain

    def named_topics(self, terms: list[str]) -> list[tuple[list[str], set[str]]]:
        """Per sentence, the intents it names outright with one specific, non-negated term."""
        out = []
        for chunk in chunks(terms):
            found, _ = self._phrases(chunk)
            named = {iid for g in found for iid, w in self.keywords.get(g, ()) if w >= SPECIFIC}
            out.append((chunk, named))
        return out

    def _negated(self, chunk: list[str], i: int, shadowed: set[int]) -> bool:
        for k in range(i - 1, max(-1, i - _NEGATION_REACH - 1), -1):
            if chunk[k] == BREAK:
                return False
            if chunk[k] in self.negations and k not in shadowed:
                return True
        return False

    def _score_chunk(self, found: set[tuple[str, ...]], domain: float) -> list[Candidate]:
        hits: dict[str, list[tuple[tuple[str, ...], float]]] = defaultdict(list)
        for gram in found:
            for iid, weight in self.keywords.get(gram, ()):
                hits[iid].append((gram, weight))
        keyword: dict[str, float] = {}
        strongest: dict[str, float] = {}
        for iid, grams in hits.items():
            # A phrase inside a longer matched phrase of the same intent ("leg" in "leg cramp") counts once.
            keyword[iid] = sum(
                w for g, w in grams if not any(len(h) > len(g) and _inside(g, h) for h, _ in grams)
            )
            strongest[iid] = max(w for _, w in grams)
        likeness = self._likeness({g[0] for g in found if len(g) == 1})
        # Evidence that the sentence is about something else ("calf leather boots") counts against every intent,
        # unless the word is part of a topic's own phrase ("hot weather", "car crash").
        topic_grams = [g for iid, grams in hits.items() if iid not in self.off_topic for g, _ in grams]
        off = sum(
            w for iid in self.off_topic for g, w in hits.get(iid, ())
            if not any(len(h) > len(g) and _inside(g, h) for h in topic_grams)
        )  # fmt: skip
        out = []
        for iid in keyword.keys() | likeness.keys():
            if iid in self.off_topic:
                continue
            kw = min(keyword.get(iid, 0.0), MAX_KEYWORD_SCORE)
            health = self.base.intents[iid].kind in (kb.TOPIC, kb.OVERVIEW)
            bonus = DOMAIN_BONUS * domain if kw > 0 and health else 0.0
            grounded = domain >= DOMAIN or strongest.get(iid, 0.0) >= SPECIFIC
            out.append(
                Candidate(iid, kw + bonus + EXAMPLE_WEIGHT * likeness.get(iid, 0.0) - off, kw, grounded)
            )
        return out

    def _likeness(self, words: set[str]) -> dict[str, float]:
        """Per intent, the best F1 of idf-weighted word overlap with one of its examples."""
        overlap: dict[int, float] = defaultdict(float)
        message_mass = 0.0
        for w in words:
            idf = self.idf.get(w)
            if idf is None or w in self.stopwords:
                continue
            message_mass += idf
            for idx in self.postings[w]:
                overlap[idx] += idf
        out: dict[str, float] = {}
        for idx, shared in overlap.items():
            recall = shared / self.example_mass[idx]
            precision = shared / message_mass
            f1 = 2 * precision * recall / (precision + recall)
            iid = self.examples[idx][0]
            if f1 > out.get(iid, 0.0):
                out[iid] = f1
        return out
