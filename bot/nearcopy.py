"""Eval messages that are near copies of the knowledge's own examples: an eval on those measures memory.

`spasm-bot check` warns about each labelled message (eval cases and conversation turns) whose token-sort
ratio to some intent example is 90 or more (rapidfuzz, words sorted, case and punctuation folded).
"""

from __future__ import annotations

from pathlib import Path

from rapidfuzz import fuzz, process, utils

from bot import kb
from bot.yamlfile import KnowledgeError, read

NEAR_COPY = 90


def _messages(path: Path) -> list[tuple[int | None, str]]:
    """(line, text) of every labelled message in an eval set: cases' text, conversation turns' user."""
    try:
        data = read(path)
    except KnowledgeError:
        return []  # `spasm-bot eval` reports a broken set; check only warns about copies
    out = []
    for case in (data.get("cases") or []) if isinstance(data, dict) else []:
        if isinstance(case, dict) and isinstance(case.get("text"), str):
            out.append((getattr(case, "line", None), case["text"]))
    for dialogue in (data.get("dialogues") or []) if isinstance(data, dict) else []:
        for turn in dialogue.get("turns") or [] if isinstance(dialogue, dict) else []:
            if isinstance(turn, dict) and isinstance(turn.get("user"), str):
                out.append((getattr(turn, "line", getattr(dialogue, "line", None)), turn["user"]))
    return out


def near_copies(base: kb.KnowledgeBase, sets: list[Path]) -> list[str]:
    """A warning line for each eval message that is a near copy of an intent example."""
    # Small talk ("hi", "thanks") is a closed set: saying it the same way is not memory.
    examples = [(iid, ex) for iid, i in base.intents.items() if i.kind != kb.SMALLTALK for ex in i.examples]
    choices = [ex for _, ex in examples]
    warnings = []
    for path in sets:
        for line, text in _messages(path):
            hit = process.extractOne(
                text, choices, scorer=fuzz.token_sort_ratio, processor=utils.default_process,
                score_cutoff=NEAR_COPY,
            )  # fmt: skip
            if hit:
                example, score, index = hit
                where = f"{path}:{line}" if line else str(path)
                warnings.append(
                    f"warning: {where}: {text!r} is a near copy (token-sort ratio {score:.0f}) of the "
                    f"{examples[index][0]} example {example!r} in intents.yaml: this case measures memory"
                )
    return warnings
