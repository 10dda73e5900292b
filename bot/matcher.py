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
_NEGATION_REACH = 2


@dataclass(frozen=True)
class Candidate:
    intent: str
    score: float  # keywords + domain bonus + example likeness
    keywords: float  # keyword evidence alone


@dataclass(frozen=True)
class Scores:
    candidates: tuple[Candidate, ...]  # best first
    domain: float  # how clearly the message is about spasms at all (0..1)


class Matcher:
    def __init__(self, base: kb.KnowledgeBase, phrase: Callable[[str], tuple[str, ...]]) -> None:
        self.base = base
        self.negations = base.red_flags.negations
        self.keywords: dict[tuple[str, ...], list[tuple[str, float]]] = defaultdict(list)
        for iid, intent in base.intents.items():
            for term, weight in intent.keywords.items():
                self.keywords[phrase(term)].append((iid, weight))
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

    def score(self, terms: list[str]) -> Scores:
        """Best score per intent over the message's sentences, best first."""
        best: dict[str, Candidate] = {}
        domain = 0.0
        for chunk in chunks(terms):
            found, chunk_domain = self._phrases(chunk)
            domain = max(domain, chunk_domain)
            for cand in self._score_chunk(found, chunk_domain):
                if cand.intent not in best or cand.score > best[cand.intent].score:
                    best[cand.intent] = cand
        ranked = sorted(best.values(), key=lambda c: (-c.score, -c.keywords, c.intent))
        return Scores(tuple(ranked), domain)

    def _phrases(self, chunk: list[str]) -> tuple[set[tuple[str, ...]], float]:
        """Every known phrase in the chunk that is not negated, and the chunk's domain strength."""
        found: set[tuple[str, ...]] = set()
        for i, term in enumerate(chunk):
            if term == BREAK or self._negated(chunk, i):
                continue
            for size in range(1, _MAX_PHRASE + 1):
                gram = tuple(chunk[i : i + size])
                if len(gram) < size or BREAK in gram:
                    break
                found.add(gram)
        domain = min(1.0, sum(w for p, w in self.domain.items() if p in found))
        return found, domain

    def _negated(self, chunk: list[str], i: int) -> bool:
        for k in range(i - 1, max(-1, i - _NEGATION_REACH - 1), -1):
            if chunk[k] == BREAK:
                return False
            if chunk[k] in self.negations:
                return True
        return False

    def _score_chunk(self, found: set[tuple[str, ...]], domain: float) -> list[Candidate]:
        keyword: dict[str, float] = defaultdict(float)
        for gram in found:
            for iid, weight in self.keywords.get(gram, ()):
                keyword[iid] += weight
        likeness = self._likeness({g[0] for g in found if len(g) == 1})
        out = []
        for iid in keyword.keys() | likeness.keys():
            kw = min(keyword.get(iid, 0.0), MAX_KEYWORD_SCORE)
            health = self.base.intents[iid].kind != kb.SMALLTALK
            bonus = DOMAIN_BONUS * domain if kw > 0 and health else 0.0
            out.append(Candidate(iid, kw + bonus + EXAMPLE_WEIGHT * likeness.get(iid, 0.0), kw))
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
