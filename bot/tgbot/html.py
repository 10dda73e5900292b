"""Engine replies as Telegram HTML messages: escaped text, bold titles, named sources, split to fit.

Pure Python (no telegram import): each reply becomes a list of ``Outgoing`` messages, the buttons
riding on the last one. Every piece of text is escaped here, so nothing a user or the knowledge base
writes can break Telegram's HTML parser.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from bot.model import CLARIFY, FALLBACK, Choice, Reply, Section

LIMIT = 4096  # Telegram's maximum message length, in UTF-16 code units


@dataclass(frozen=True)
class Outgoing:
    """One message to send: HTML text and the topic buttons under it."""

    text: str
    buttons: tuple[Choice, ...] = ()


def escape(text: str) -> str:
    """Escape the three characters Telegram's HTML mode reserves."""
    return html.escape(text, quote=False)


def size(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji may count twice)."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def _wrap(text: str, tag: str | None) -> str:
    return f"<{tag}>{escape(text)}</{tag}>" if tag else escape(text)


def _cut(text: str, tag: str | None, limit: int) -> list[str]:
    """Cut one over-long paragraph at line breaks, then spaces, then anywhere; each piece wrapped."""
    pieces: list[str] = []
    rest = text
    while size(_wrap(rest, tag)) > limit:
        low, high = 1, len(rest)  # the longest prefix that fits, by bisection
        while low < high:
            mid = (low + high + 1) // 2
            low, high = (mid, high) if size(_wrap(rest[:mid], tag)) <= limit else (low, mid - 1)
        head = rest[:low]
        for sep in ("\n", " "):
            at = head.rfind(sep)
            if at > 0:
                head = head[:at]
                break
        pieces.append(_wrap(head, tag))
        rest = rest[len(head) :].lstrip()
    if rest:
        pieces.append(_wrap(rest, tag))
    return pieces


# Red-flag sections and the mark that sets each apart: emergency, then get help today.
TRIAGE_SECTIONS = {"urgent": "🚨", "same_day": "⚠️"}


def blocks(text: str, tag: str | None = None, limit: int = LIMIT) -> list[str]:
    """Paragraphs of plain text (blank-line separated) as HTML blocks, none longer than ``limit``."""
    out: list[str] = []
    for paragraph in text.split("\n\n"):
        paragraph = paragraph.strip()
        if paragraph:
            out.extend(_cut(paragraph, tag, limit))
    return out


def section_blocks(section: Section) -> list[str]:
    """A section as blocks: bold title (marked for red-flag guidance), body paragraphs, italic "Source: …"."""
    title = (
        f"{TRIAGE_SECTIONS[section.kind]} {section.title}"
        if section.kind in TRIAGE_SECTIONS
        else section.title
    )
    out = blocks(title, "b") if title else []
    out += blocks(section.body)
    if section.source:
        out += blocks(f"Source: {section.source}", "i")
    return out


def join(parts: list[str], limit: int = LIMIT) -> list[str]:
    """Join blocks with blank lines into as few messages as fit, splitting only between blocks."""
    messages: list[str] = []
    current = ""
    for part in parts:
        candidate = f"{current}\n\n{part}" if current else part
        if current and size(candidate) > limit:
            messages.append(current)
            current = part
        else:
            current = candidate
    if current:
        messages.append(current)
    return messages


def _colon(label: str) -> str:
    return f"{label}:" if label[-1:].isalnum() else label


def render(reply: Reply, labels: dict[str, str], limit: int = LIMIT) -> list[Outgoing]:
    """A reply as messages: red-flag guidance (emergency or same-day) alone first, then the answer,
    disclaimer and buttons.

    ``labels`` holds the engine's "related_label" and "suggestions_label" texts.
    """
    sections = list(reply.sections)
    out: list[Outgoing] = []
    if reply.triage and sections and sections[0].kind in TRIAGE_SECTIONS:
        first = sections.pop(0)
        if sections:  # more to say: the guidance is a message of its own, set apart from the answer
            out += [Outgoing(text) for text in join(section_blocks(first), limit)]
        else:
            sections = [first]
    parts = [block for section in sections for block in section_blocks(section)]
    if reply.disclaimer:
        parts += blocks(reply.disclaimer, "i", limit)
    buttons = (*reply.choices, *reply.related)
    # CLARIFY and FALLBACK texts already introduce their choices; otherwise name the buttons.
    if reply.choices and reply.kind not in (CLARIFY, FALLBACK) and labels.get("suggestions_label"):
        parts += blocks(_colon(labels["suggestions_label"]), "i", limit)
    elif reply.related and not reply.choices and labels.get("related_label"):
        parts += blocks(_colon(labels["related_label"]), "i", limit)
    texts = join(parts, limit) or [escape("…")]
    out += [Outgoing(text) for text in texts[:-1]]
    out.append(Outgoing(texts[-1], tuple(buttons)))
    return out


def article(reply: Reply, limit: int = LIMIT) -> str:
    """A reply as one shareable message (inline mode): as much as fits, always with the disclaimer."""
    tail = blocks(reply.disclaimer, "i", limit // 2) if reply.disclaimer else []
    room = limit - sum(size(t) + 2 for t in tail)
    parts = [block for section in reply.sections for block in section_blocks(section)]
    kept: list[str] = []
    for part in parts:
        if size("\n\n".join([*kept, part])) > room:
            break
        kept.append(part)
    return "\n\n".join(kept + tail) or escape("…")


def preview(reply: Reply, width: int = 100) -> str:
    """A one-line plain-text summary of a reply (inline result description)."""
    for section in reply.sections:
        text = " ".join(section.body.split())
        if text:
            return text if len(text) <= width else text[: width - 1].rstrip() + "…"
    return ""
