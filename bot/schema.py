"""Small readers that check one YAML value's shape and note a located Problem instead of raising."""

from __future__ import annotations

from typing import Any

from bot.text import norm
from bot.yamlfile import LineDict, LineList, Problem


class Reader:
    """Collects every problem found in one file while its values are read."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems

    def problem(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(self.file, line, message))

    def mapping(self, value: Any, where: str, line: int | None) -> LineDict:
        if isinstance(value, LineDict):
            return value
        self.problem(line, f"{where} must be a mapping (key: value lines)")
        empty = LineDict()
        empty.line, empty.key_lines = line or 0, {}
        return empty

    def text(self, parent: LineDict, key: str, where: str, required: bool = True) -> str | None:
        value = parent.get(key)
        if value is None:
            if required:
                self.problem(parent.line, f"{where}: missing '{key}'")
            return None
        if not isinstance(value, str) or not value.strip():
            self.problem(parent.line_of(key), f"{where}.{key} must be non-empty text")
            return None
        return value.strip()

    def texts(self, parent: LineDict, key: str, where: str, required: bool = True) -> tuple[str, ...]:
        value = parent.get(key)
        if value is None:
            if required:
                self.problem(parent.line, f"{where}: missing '{key}'")
            return ()
        if not isinstance(value, LineList):
            self.problem(parent.line_of(key), f"{where}.{key} must be a list")
            return ()
        out = []
        for i, item in enumerate(value):
            if isinstance(item, str | int | float) and not isinstance(item, bool) and str(item).strip():
                out.append(str(item).strip())
            else:
                self.problem(value.line_of(i), f"{where}.{key}[{i}] must be non-empty text")
        return tuple(out)

    def number(self, parent: LineDict, key: str, where: str, low: float, high: float) -> float | None:
        value = parent.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
            self.problem(parent.line_of(key), f"{where}.{key} must be a number from {low} to {high}")
            return None
        return float(value)

    def weights(self, parent: LineDict, key: str, where: str) -> dict[str, float]:
        """A mapping of word or phrase to weight (0 < weight <= 3)."""
        value = parent.get(key)
        if value is None:
            return {}
        table = self.mapping(value, f"{where}.{key}", parent.line_of(key))
        out = {}
        for term in table:
            weight = self.number(table, term, f"{where}.{key}", 0.01, 3.0)
            if weight is not None:
                out[term] = weight
        return out

    def weights_any(self, parent: LineDict, key: str, where: str) -> dict[str, float]:
        """A mapping of word to a non-negative number (a count, a number of minutes)."""
        table = self.mapping(parent.get(key), f"{where}.{key}", parent.line_of(key))
        out = {}
        for term in table:
            value = self.number(table, term, f"{where}.{key}", 0, 10_000)
            if value is not None:
                out[str(term)] = value
        return out

    def unknown_keys(self, parent: LineDict, allowed: set[str], where: str) -> None:
        for key in parent:
            if key not in allowed:
                self.problem(
                    parent.line_of(key),
                    f"{where}: unknown key '{key}' (allowed: {', '.join(sorted(allowed))})",
                )


def phrases(r: Reader, data: LineDict, key: str, where: str) -> tuple[str, ...]:
    """A list of phrases, each cleaned into lowercase words (empty ones dropped)."""
    return tuple(p for p in (norm(t) for t in r.texts(data, key, where)) if p)
