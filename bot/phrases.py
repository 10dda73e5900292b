"""Finding known word sequences in a message in one pass, indexed by their first word."""

from __future__ import annotations

from collections.abc import Callable, Iterable

Phrase = tuple[str, ...]


class PhraseIndex:
    """A set of phrases (tuples of terms) that can be found in a list of terms in linear time."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        self.phrases: frozenset[Phrase] = frozenset(p for p in phrases if p)
        sizes: dict[str, set[int]] = {}
        for phrase in self.phrases:
            sizes.setdefault(phrase[0], set()).add(len(phrase))
        # Per first word, the lengths its phrases have, longest first: a position is checked once per length (a
        # set lookup), not once per phrase, and callers that want one match per position get the most specific.
        self.by_first = {w: sorted(ns, reverse=True) for w, ns in sizes.items()}
        # The first two words of every longer phrase: most positions start none, and skip every longer length.
        self.pairs = frozenset(p[:2] for p in self.phrases if len(p) > 1)

    def at(self, terms: list[str], i: int) -> list[Phrase]:
        """Every phrase that starts at position i, longest first."""
        out = []
        sizes = self.by_first.get(terms[i], ())
        if not sizes:
            return out
        longer = tuple(terms[i : i + 2]) in self.pairs
        phrases = self.phrases
        for size in sizes:
            if size == 1:
                out.append((terms[i],))
            elif longer:
                candidate = tuple(terms[i : i + size])
                if len(candidate) == size and candidate in phrases:
                    out.append(candidate)
        return out

    def find(self, terms: list[str]) -> list[tuple[int, Phrase]]:
        """(start, phrase) for every occurrence of every phrase (what `at` gives at each position, inlined: this
        runs over every word of every message for each index)."""
        by_first, phrases, pairs = self.by_first, self.phrases, self.pairs
        out: list[tuple[int, Phrase]] = []
        last = len(terms) - 1
        for i, t in enumerate(terms):
            sizes = by_first.get(t)
            if sizes is None:
                continue
            longer = i < last and (t, terms[i + 1]) in pairs
            for size in sizes:
                if size == 1:
                    out.append((i, (t,)))
                elif longer:
                    candidate = tuple(terms[i : i + size])
                    if len(candidate) == size and candidate in phrases:
                        out.append((i, candidate))
        return out

    def starts(self, terms: list[str]) -> list[int]:
        """Positions where some phrase starts."""
        by_first = self.by_first
        return [i for i, t in enumerate(terms) if t in by_first and self.at(terms, i)]

    def occurs_in(self, terms: list[str]) -> bool:
        by_first = self.by_first
        return any(t in by_first and self.at(terms, i) for i, t in enumerate(terms))

    def prefix(self, terms: list[str]) -> bool:
        """Does the list start with one of the phrases?"""
        return bool(terms) and bool(self.at(terms, 0))


def weighed(
    entries: Iterable[tuple[str, str, float]], phrase: Callable[[str], Phrase]
) -> dict[Phrase, list[tuple[str, float]]]:
    """(owner, text, weight) as phrase -> [(owner, weight)]: texts that read as the same phrase ("shop",
    "shopping") are one piece of evidence for their owner, at the larger weight, never counted twice."""
    merged: dict[Phrase, dict[str, float]] = {}
    for owner, text, weight in entries:
        mine = merged.setdefault(phrase(text), {})
        mine[owner] = max(mine.get(owner, weight), weight)
    return {p: list(owners.items()) for p, owners in merged.items()}


def same_reading(texts: Iterable[str], phrase: Callable[[str], Phrase]) -> list[tuple[str, str, Phrase]]:
    """(first text, later text, phrase) for each text that reads as the same phrase as an earlier one."""
    first: dict[Phrase, str] = {}
    out = []
    for text in texts:
        p = phrase(text)
        if p in first:
            out.append((first[p], text, p))
        else:
            first[p] = text
    return out
