"""Reading YAML safely while remembering where each mapping and list item came from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the knowledge base, located well enough to fix by hand."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class KnowledgeError(Exception):
    """The knowledge base cannot be used; ``problems`` lists every reason found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class LineDict(dict):
    """A mapping that knows its line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    """A list that knows the line of each item (1-based)."""

    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _with_lines(node: yaml.Node | None, value: Any) -> Any:
    """Wrap safe_load's plain value in LineDict/LineList, taking line numbers from the composed node tree."""
    if isinstance(value, dict) and isinstance(node, yaml.MappingNode):
        out = LineDict()
        out.line, out.key_lines = node.start_mark.line + 1, {}
        by_key = {str(k.value): (k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}
        for key, item in value.items():
            key_node, value_node = by_key.get(str(key), (None, None))
            out[str(key)] = _with_lines(value_node, item)
            out.key_lines[str(key)] = key_node.start_mark.line + 1 if key_node else out.line
        return out
    if isinstance(value, list) and isinstance(node, yaml.SequenceNode):
        out_list = LineList(_with_lines(n, v) for n, v in zip(node.value, value, strict=False))
        out_list.line = node.start_mark.line + 1
        out_list.item_lines = [n.start_mark.line + 1 for n in node.value]
        return out_list
    return value


def _duplicate_key(node: yaml.Node | None) -> yaml.Node | None:
    """The first key that appears twice in one mapping (YAML would silently keep the last)."""
    if isinstance(node, yaml.MappingNode):
        seen = set()
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    return key
                seen.add(key.value)
            found = _duplicate_key(value)
            if found is not None:
                return found
    elif isinstance(node, yaml.SequenceNode):
        for child in node.value:
            found = _duplicate_key(child)
            if found is not None:
                return found
    return None


def read(path: Path) -> Any:
    """Parse one YAML file; any failure becomes a KnowledgeError naming the file and line."""
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeError([Problem(name, None, "file is missing")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError([Problem(name, None, f"cannot be read: {exc}")]) from None
    try:
        # What yaml.safe_load does, in one pass: compose the node tree (kept for line numbers), then build
        # plain values with the safe constructor. libyaml's C parser when PyYAML has it.
        loader = _SAFE_LOADER(text)
        try:
            node = loader.get_single_node()
            value = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        what = " ".join(str(x) for x in (exc.context, exc.problem) if x)
        raise KnowledgeError([Problem(name, line, f"not valid YAML: {what}")]) from None
    except yaml.YAMLError as exc:
        raise KnowledgeError([Problem(name, None, f"not valid YAML: {exc}")]) from None
    duplicate = _duplicate_key(node)
    if duplicate is not None:
        line = duplicate.start_mark.line + 1
        raise KnowledgeError([Problem(name, line, f"duplicate key {duplicate.value!r}")])
    return _with_lines(node, value)


def line_at(raw: LineDict, *path: str) -> int | None:
    """The line of the deepest key along ``path`` that exists (the mapping's own line if none does)."""
    node, line = raw, getattr(raw, "line", None)
    for key in path:
        if not isinstance(node, LineDict) or key not in node:
            break
        line, node = node.line_of(key), node[key]
    return line
