"""Typo correction and word splitting against the knowledge base's own vocabulary.

A symmetric-delete index finds candidates in constant time per word; rapidfuzz's OSA distance (edits plus
swapped neighbours, so "magnesuim" is one slip from "magnesium") confirms them. The allowed distance grows
with the word's length, and ordinary English words are never "corrected" into medical ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rapidfuzz.distance import OSA

from bot.text import stem

_CACHE_LIMIT = 50_000
MAX_WORD = (
    30  # longer "words" (a pasted URL, a held-down key) are left as they are: correcting them costs too much
)
_MIN_PART = 2  # shortest word a run-together word may be split into ("ms" in "mscramps")


def max_edits(word: str) -> int:
    """How many slips a word of this length may carry and still be recognised."""
    n = len(word)
    if n <= 3:
        return 0
    if n <= 7:
        return 1
    return 2


def _deletes(word: str, k: int) -> set[str]:
    """Every string made by dropping 1..k letters from the word."""
    out: set[str] = set()
    layer = {word}
    for _ in range(k):
        layer = {w[:i] + w[i + 1 :] for w in layer for i in range(len(w))}
        out |= layer
    return out


# American endings and their British spellings: the word list is American, and a British spelling it lacks
# ("analysed", "fertilised", "travelled") would otherwise be "corrected" into a word of the knowledge. Only
# patterns that do not also make common typos: "-our" for a listed set of words, "-elled" after a consonant.
_BRITISH = (
    ("ize", "ise"), ("ized", "ised"), ("izes", "ises"), ("izing", "ising"), ("ization", "isation"),
    ("izations", "isations"), ("izer", "iser"), ("izers", "isers"), ("yze", "yse"), ("yzed", "ysed"),
    ("yzes", "yses"), ("yzing", "ysing"), ("eled", "elled"), ("eling", "elling"), ("eler", "eller"),
    ("elers", "ellers"), ("center", "centre"), ("centers", "centres"), ("meter", "metre"), ("meters", "metres"),
    ("liter", "litre"), ("liters", "litres"), ("fiber", "fibre"), ("theater", "theatre"),
)  # fmt: skip
# Words spelt "-our" in British English ("colour", "flavoured", "behaviour"): the part before it.
_OUR = frozenset({
    "col", "flav", "fav", "hon", "lab", "neighb", "behavi", "hum", "rum", "od", "vap", "harb", "sav", "arm",
    "parl", "endeav", "cand", "ferv", "splend", "val", "vig", "tum", "clam", "glam", "ard", "rig",
})  # fmt: skip
_ENCE = frozenset({"defence", "defences", "offence", "offences", "licence", "licences", "pretence", "pretences"})
_VOWELS = frozenset("aeiou")


def is_british(word: str, english: frozenset[str]) -> bool:
    """Is the word the British spelling of a word in the (American) list ("analysed", "colour", "travelled")?"""
    if word in _ENCE:
        return True
    at = word.find("our")
    if at > 0 and word[:at] in _OUR and word[:at] + "or" + word[at + 3 :] in english:
        return True
    for us, uk in _BRITISH:
        if not word.endswith(uk):
            continue
        base = word[: -len(uk)]
        if uk.startswith("ell") and (len(base) < 2 or base[-1] in _VOWELS):
            continue  # "travelled", not "feelling" or "kneelling"
        if uk[0] in "iy" and len(base) < 3:
            continue  # "realise", not "seise" or "sise"
        if (len(base) >= 2 or len(uk) >= 5) and base + us in english:
            return True
    return False


def _shared_ends(a: str, b: str) -> int:
    """How many letters two words share at their start plus at their end."""
    return _shared_start(a, b) + _shared_start(a[::-1], b[::-1])


def _shared_start(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):  # the shorter word bounds it
        if x != y:
            break
        n += 1
    return n


class Speller:
    """Maps an unknown word to the knowledge base's word it was most likely meant to be."""

    def __init__(
        self, vocabulary: Mapping[str, int], protected: Iterable[str] = (), english: Iterable[str] = ()
    ) -> None:
        # vocabulary: word -> how often the knowledge base uses it (breaks ties between candidates)
        self.vocabulary = dict(vocabulary)
        self.protected = frozenset(protected) - self.vocabulary.keys()
        self.function = frozenset(protected) & self.vocabulary.keys()  # stopwords the knowledge also uses ("that")
        # english: real words, never read as a slip of a vocabulary word inside a run-together word
        self.english = frozenset(english)
        self._deletes: dict[str, list[str]] | None = None  # built on the first slip: most start-ups meet none
        self._cache: dict[str, tuple[str, ...]] = {}

    @property
    def _index(self) -> dict[str, list[str]]:
        """Each vocabulary word under every string its allowed deletions make (symmetric-delete lookup)."""
        if self._deletes is None:
            index: dict[str, list[str]] = {}
            for word in self.vocabulary:
                if len(word) >= 4:
                    for key in _deletes(word, max_edits(word)):
                        index.setdefault(key, []).append(word)
            self._deletes = index
        return self._deletes

    def known(self, word: str) -> bool:
        return word in self.vocabulary or word in self.protected

    def correct(self, word: str) -> str | None:
        """The vocabulary word meant by ``word``, or None if nothing is close enough."""
        if word in self.vocabulary:
            return word
        if word in self.protected or len(word) < 4 or word.isdigit():
            return None
        # One slip first; two only for long words with no one-slip match (fewer candidates to build).
        for k in range(1, max_edits(word) + 1):
            best = self._closest(word, k)
            if best:
                return best
        return None

    def _closest(self, word: str, k: int) -> str | None:
        candidates: set[str] = set(self._index.get(word, ()))
        for key in _deletes(word, k):
            if key in self.vocabulary:
                candidates.add(key)
            candidates.update(self._index.get(key, ()))
        best: tuple[int, bool, int, int, str] | None = None
        for cand in candidates:
            dist = OSA.distance(word, cand, score_cutoff=k)
            if dist > k:
                continue
            if len(word) == 4 and len(cand) == 4 and sorted(word) != sorted(cand):
                continue  # four letters: swapped ("pian") or missing/extra ones ("helo"), never another word
            # Equally close: a content word before a function word ("thrat" is "throat", not "that"), then the one
            # sharing more of its start and end with the word ("tinly" is "tingly", not "tiny"), then the more used.
            rank = (dist, cand[0] != word[0], cand in self.function, -_shared_ends(word, cand), -self.vocabulary[cand], cand)
            if best is None or rank < best:
                best = rank
        return best[-1] if best else None

    def split(self, word: str) -> tuple[str, str] | None:
        """Two vocabulary words run together ("legcramps", "chestpian"), or None.

        At most one part may carry a slip, and only one; a part that is an ordinary English word must be a
        vocabulary word itself. A long word nobody knows ("contraindications") is never cut into two medical
        words it resembles ("contraction duration"): it stays as it is.
        """
        n = len(word)
        if n < 2 * _MIN_PART + 1:
            return None
        best: tuple[int, str, str] | None = None
        for i in range(_MIN_PART, n - _MIN_PART + 1):
            left, right = self._part(word[:i]), self._part(word[i:])
            if left and right and not (left[1] and right[1]):
                score = min(i, n - i) - 2 * (left[1] + right[1])  # a slip beside two letters is a guess
                if score > 0 and (best is None or score > best[0]):
                    best = (score, left[0], right[0])
        return (best[1], best[2]) if best else None

    def _part(self, part: str) -> tuple[str, bool] | None:
        """The vocabulary word a piece of a run-together word is, and whether it took a slip to read it.

        A piece that is an ordinary English word the knowledge base does not use ("feed" in "breastfeeding")
        is meant as itself: the whole word is then left as it is rather than read as a medical one.
        """
        if part in self.vocabulary:
            return part, False
        if stem(part) in self.vocabulary:
            return stem(part), False  # "runners" in "runnerscramp": terms are stems
        if len(part) < 4 or part in self.protected or part in self.english:
            return None
        fixed = self._closest(part, 1)
        return (fixed, True) if fixed else None

    def fix(self, word: str) -> tuple[str, ...]:
        """The word as the knowledge base would spell it: itself, a correction, two split words, or unchanged."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        if self.known(word) or len(word) < 4 or len(word) > MAX_WORD:
            result: tuple[str, ...] = (word,)
        else:
            fixed = self.correct(word)
            if fixed:
                result = (fixed,)
            else:
                parts = self.split(word)
                result = parts if parts else (word,)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[word] = result
        return result
