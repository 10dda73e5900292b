"""Question-kind values that are not one kind's own (knowledge/kinds.yaml), as frozen values built by
bot.load_kinds and re-exported by bot.kb."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Itself:
    """Cues whose kind hangs on what follows them (kinds.yaml `itself`): "what are the symptoms of X" asks what
    X is like when X is a cramp or spasm itself, and whether cramps are a sign of X when X is another condition."""

    kind: str  # the kind asked when a cramp or spasm word follows the cue
    cues: tuple[str, ...]  # normalised cue phrases, each a cue of some other kind
    words: tuple[str, ...]  # normalised phrases that name a cramp or spasm
    within: int  # how many words after the cue may name it
