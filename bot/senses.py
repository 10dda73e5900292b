"""Words in another sense ("back" in "coming back", "twitch" in "streaming on twitch"): vocabulary.yaml's
`other_senses`, as the positions of a message where a word means something else. Read by the matcher and by the
subjects the article does not cover; triage reads every word as written."""

from __future__ import annotations

from collections.abc import Callable, Container

from bot import kb
from bot.phrases import Phrase, PhraseIndex


class OtherSenses:
    """The phrases of `other_senses`, and where in each the word stands that means something else there."""

    def __init__(self, base: kb.KnowledgeBase, phrase: Callable[[str], Phrase]) -> None:
        # For each phrase, where in it the word stands that means something else there.
        self.at: dict[Phrase, frozenset[int]] = {}
        for word, texts in base.vocabulary.other_senses.items():
            terms = set(phrase(word))  # a word a synonym turns into two ("spinal" -> "spinal cord") hides both
            for text in texts:
                said = phrase(text)
                where = frozenset(j for j, t in enumerate(said) if t in terms)
                self.at[said] = self.at.get(said, frozenset()) | where
        self.index = PhraseIndex(self.at)

    def hidden(self, terms: list[str], own: Container[Phrase] = frozenset()) -> set[int]:
        """Positions whose word means something else where it stands; ``own``: phrases that name what the caller
        looks for in that very sense ("food poisoning" hides "poisoning" from the toxins topic, not from the gut)."""
        return {start + j for start, said in self.index.find(terms) if said not in own for j in self.at[said]}
