"""Intent matching: weighted keyword evidence plus likeness to the intents' own example phrasings.

Each sentence is scored on its own through inverted indexes, so cost grows with the message's length, not
with length times the number of examples. A term negated in its clause ("not dehydrated") counts for nothing.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable

from bot import kb
from bot.analyse import chunks
from bot.negation import Negation
from bot.phrases import PhraseIndex, weighed
from bot.scores import Candidate, Entry, Named, Scores, told_around
from bot.senses import OtherSenses
from bot.text import BREAK

DOMAIN_BONUS = 0.4  # a cramp/spasm word lends this much to any intent it already has a keyword for
EXAMPLE_WEIGHT = 0.6  # how much a close example adds on top of keywords
MAX_KEYWORD_SCORE = 3.0
FREQUENT = 0.1  # a word in more than this share of the examples ("cramp") is common
MIN_LIKENESS = 0.15  # an intent with no keyword and less likeness than this cannot matter
LONG_MESSAGE = 8  # sentences; past this, only sentences about spasms or naming a topic outright are scored
# Without a cramp/spasm word (domain strength DOMAIN) in the same sentence, only one specific term
# ("magnesium", weight SPECIFIC or more) grounds a topic.
DOMAIN = 0.5
SPECIFIC = 1.4


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


class Matcher:
    def __init__(self, base: kb.KnowledgeBase, phrase: Callable[[str], tuple[str, ...]]) -> None:
        self.base = base
        self.negation = Negation(base.negation, phrase)
        self.keywords = weighed(
            ((iid, term, w) for iid, intent in base.intents.items() for term, w in intent.keywords.items()),
            phrase,
        )
        self.off_topic = {i for i, intent in base.intents.items() if intent.kind == kb.OFF_TOPIC}
        self.health = {i for i, intent in base.intents.items() if intent.kind in (kb.TOPIC, kb.OVERVIEW)}
        self.domain = {phrase(t): w for t, w in base.vocabulary.domain.items()}
        self.stopwords = {s for w in base.vocabulary.stopwords for s in phrase(w)}
        self.phrases = PhraseIndex([*self.keywords, *self.domain])  # every phrase worth looking for
        self.senses = OtherSenses(base, phrase)  # "back" in "coming back" is no back
        self._index_together(base, phrase)
        self._index_examples(base, phrase)

    def _index_together(self, base: kb.KnowledgeBase, phrase: Callable[[str], tuple[str, ...]]) -> None:
        """Each `together` rule becomes a keyword of its own, found when both its groups are said in a sentence."""
        self.together_keys: list[tuple[str, ...]] = []
        sides: dict[tuple[str, ...], set[tuple[int, int]]] = defaultdict(set)
        for iid, intent in base.intents.items():
            for rule in intent.together:
                n = len(self.together_keys)
                key = ("~together", iid, str(n))  # never a phrase anyone types
                self.together_keys.append(key)
                self.keywords.setdefault(key, []).append((iid, rule.weight))
                for side, texts in ((0, rule.words), (1, rule.with_)):
                    for text in texts:
                        sides[phrase(text)].add((n, side))
        self.together_sides = dict(sides)
        self.together_index = PhraseIndex(self.together_sides)

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
        self.example_intent = [iid for iid, _ in self.examples]
        self.frequent = {t for t, c in df.items() if c > FREQUENT * n}
        self.postings: dict[str, list[int]] = defaultdict(list)
        for idx, (_, content) in enumerate(self.examples):
            for t in content:
                self.postings[t].append(idx)

    def score(self, terms: list[str], assume_domain: bool = False, asked: tuple[bool, ...] = ()) -> Scores:
        """Best score per intent over the message's sentences, best first.

        ``assume_domain``: the conversation is already about spasms, so "and the heat?" counts as on-topic.
        ``asked``: for each sentence, whether it ends with "?". When a question names a topic on its own, the
        sentences around it tell a story and their topics count for STORY of their score ("I walk the dog,
        I work in an office. Have you had more cramps in your pregnancy?").
        """
        per: dict[bool, dict[str, Entry]] = {
            True: {},
            False: {},
        }  # question sentence? -> intent -> best entry
        domain = 0.0
        named: list[Named] = []
        sentences = chunks(terms)
        long = len(sentences) > LONG_MESSAGE
        read = []
        around: dict[int, float] = {}  # sentence number -> its domain strength
        for n, chunk in sentences:
            found, words = self._phrases(chunk)
            chunk_domain = 1.0 if assume_domain else min(1.0, sum(self.domain.get(p, 0.0) for p in found))
            around[n] = max(around.get(n, 0.0), chunk_domain)
            read.append((n, chunk, found, words, chunk_domain))
        for n, chunk, found, words, chunk_domain in read:
            domain = max(domain, chunk_domain)
            # A sentence next to one about cramps tells their story ("I ran a marathon. My calves cramped."):
            # a topic it names is grounded by its neighbour.
            beside = max(around.get(n - 1, 0.0), around.get(n + 1, 0.0))
            strong = frozenset(iid for g in found for iid, w in self.keywords.get(g, ()) if w >= SPECIFIC)
            if strong:
                named.append((frozenset(chunk), strong))
            if long and chunk_domain < DOMAIN and not strong:
                continue  # in a long message, only sentences that could ground a topic are scored
            best = per[n < len(asked) and asked[n]]
            for iid, entry in self._score_chunk(
                found, words, chunk_domain, not long, max(chunk_domain, beside)
            ):
                old = best.get(iid)
                if old is None or entry[:2] > old[:2]:
                    best[iid] = entry
        questioned = frozenset(iid for iid, entry in per[True].items() if entry[2] > 0)
        best = told_around(per[True], per[False], self.health)
        ranked = sorted(
            (Candidate(iid, score, kw, grounded, off) for iid, (grounded, score, kw, off) in best.items()),
            key=lambda c: (-c.score, -c.keywords, c.intent),
        )
        return Scores(tuple(ranked), domain, tuple(named), questioned)

    def _phrases(self, chunk: list[str]) -> tuple[set[tuple[str, ...]], set[str]]:
        """The known phrases in the chunk and its words, leaving out whatever a negation reaches and a word where
        it means something else ("back" in "coming back" stays in no phrase of its own)."""
        found: set[tuple[str, ...]] = set()
        words: set[str] = set()
        negated = self.negation.scan(chunk).positions
        other = self.senses.hidden(chunk)
        words.update(t for i, t in enumerate(chunk) if t != BREAK and i not in negated and i not in other)
        for i, p in self.phrases.find(chunk):
            if i not in negated and (len(p) > 1 or i not in other):
                found.add(p)
        if self.together_keys:
            said: dict[int, set[int]] = defaultdict(set)  # rule -> which of its two groups the sentence says
            for i, p in self.together_index.find(chunk):
                if i not in negated and (len(p) > 1 or i not in other):
                    for n, side in self.together_sides[p]:
                        said[n].add(side)
            found.update(self.together_keys[n] for n, groups in said.items() if len(groups) == 2)
        return found, words

    def _score_chunk(
        self,
        found: set[tuple[str, ...]],
        words: set[str],
        domain: float,
        thorough: bool = True,
        grounding: float | None = None,
    ) -> list[tuple[str, tuple[bool, float, float]]]:
        """(intent, (grounded, score, keyword evidence)) for every intent the sentence says anything for.

        Not ``thorough`` (a long message's sentences): compared with the examples only when the sentence has a
        topic keyword, and then only through its rarer words (see _likeness).
        """
        hits: dict[str, list[tuple[tuple[str, ...], float]]] = defaultdict(list)
        for gram in found:
            for iid, weight in self.keywords.get(gram, ()):
                hits[iid].append((gram, weight))
        keyword: dict[str, float] = {}
        strongest: dict[str, float] = {}
        for iid, grams in hits.items():
            # A phrase inside a longer matched phrase of the same intent ("leg" in "leg cramp") counts once.
            if len(grams) == 1:
                keyword[iid] = grams[0][1]
            else:
                keyword[iid] = sum(
                    w for g, w in grams if not any(len(h) > len(g) and _inside(g, h) for h, _ in grams)
                )
            strongest[iid] = max(w for _, w in grams)
        likeness = self._likeness(words, thorough) if thorough or set(hits) - self.off_topic else {}
        # Evidence that the sentence is about something else ("calf leather boots") counts against every intent,
        # unless the word is part of a topic's own phrase ("hot weather", "car crash").
        off = 0.0
        if any(iid in self.off_topic for iid in hits):
            topic_grams = [g for iid, grams in hits.items() if iid not in self.off_topic for g, _ in grams]
            off = sum(
                w for iid in self.off_topic for g, w in hits.get(iid, ())
                if not any(len(h) > len(g) and _inside(g, h) for h in topic_grams)
            )  # fmt: skip
        out = []
        likely = {iid for iid, f1 in likeness.items() if f1 >= MIN_LIKENESS}
        for iid in keyword.keys() | likely:
            if iid in self.off_topic:
                continue
            kw = min(keyword.get(iid, 0.0), MAX_KEYWORD_SCORE)
            health = iid in self.health
            bonus = DOMAIN_BONUS * domain if kw > 0 and health else 0.0
            grounded = (domain if grounding is None else grounding) >= DOMAIN or strongest.get(
                iid, 0.0
            ) >= SPECIFIC
            out.append((iid, (grounded, kw + bonus + EXAMPLE_WEIGHT * likeness.get(iid, 0.0) - off, kw, off)))
        return out

    def _likeness(self, words: set[str], thorough: bool = True) -> dict[str, float]:
        """Per intent, the best F1 of idf-weighted word overlap with one of its examples.

        Not ``thorough`` (a long message's sentences): only examples sharing a word rarer than "cramp" are
        compared; one sharing nothing but a common word would score too low to matter anyway.
        """
        overlap = [0.0] * len(self.examples)
        touched: set[int] = set()
        message_mass = 0.0
        idf_of, postings = self.idf.get, self.postings
        common: list[tuple[str, float]] = []
        for w in words:
            idf = idf_of(w)  # stop words never made it into the examples' index
            if idf is None:
                continue
            message_mass += idf
            if not thorough and w in self.frequent:
                common.append((w, idf))
                continue
            ids = postings[w]
            touched.update(ids)
            for idx in ids:
                overlap[idx] += idf
        for w, idf in common:
            for idx in touched:
                if w in self.examples[idx][1]:
                    overlap[idx] += idf
        out: dict[str, float] = {}
        mass, intent_of = self.example_mass, self.example_intent
        for idx in touched:
            # F1 of precision (shared / message mass) and recall (shared / example mass), simplified.
            f1 = 2 * overlap[idx] / (message_mass + mass[idx])
            iid = intent_of[idx]
            if f1 > out.get(iid, 0.0):
                out[iid] = f1
        return out
