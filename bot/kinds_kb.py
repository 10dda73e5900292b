"""Question-kind values that are not one kind's own (knowledge/kinds.yaml), as frozen values built by
bot.load_kinds and re-exported by bot.kb."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Turn:
    """Cues whose kind hangs on what follows them (kinds.yaml `turns`): "what are the symptoms of X" asks what X
    is like when X is a cramp or spasm itself, and whether cramps are a sign of X when X is another condition;
    "does twitching mean nerve damage" asks whether it is a sign, where "what does spasm mean" asks what it is."""

    kind: str  # the kind asked when one of `words` (any word, when there are none) follows the cue
    cues: tuple[str, ...]  # normalised cue phrases, each a cue of some other kind
    words: tuple[str, ...]  # normalised phrases that must follow; empty: any word in the sentence
    within: int  # how many words after the cue may hold it
