"""Plain-text rendering of a Reply, for the terminal and for `ask`."""

from __future__ import annotations

from bot.model import Reply


def plain(reply: Reply, numbered: bool = False) -> str:
    """The reply as plain text: sections, sources, choices, then the disclaimer."""
    blocks: list[str] = []
    for section in reply.sections:
        lines = []
        if section.title:
            lines.append(section.title.upper() if section.kind in ("urgent", "same_day") else section.title)
        lines.append(section.body.strip())
        if section.source:
            lines.append(f"Source: {section.source}")
        blocks.append("\n".join(lines))
    if reply.choices:
        blocks.append(_options(reply.choices, numbered))
    if reply.related:
        blocks.append("Related: " + " | ".join(c.label for c in reply.related))
    if reply.disclaimer:
        blocks.append(reply.disclaimer)
    return "\n\n".join(blocks)


def _options(choices, numbered: bool) -> str:
    if numbered:
        return "\n".join(f"  {n}. {c.label}" for n, c in enumerate(choices, 1))
    return "\n".join(f"  - {c.label}" for c in choices)
