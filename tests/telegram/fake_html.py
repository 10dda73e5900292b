"""Telegram's HTML parse mode, as strictly as the real server applies it (for the fake Bot API).

``parse(text)`` returns the plain text a user would see, or raises ``ValueError`` with a message
like Telegram's "Can't parse entities: …" for what the real server refuses.
"""

from __future__ import annotations

import html
import re

ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "tg-spoiler",
    "span",
    "blockquote",
    "tg-emoji",
}
NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
TOKEN = re.compile(
    r"<(?P<close>/?)(?P<tag>[a-zA-Z][\w-]*)(?P<attrs>(?:\s+[^<>]*)?)>"
    r"|&(?P<entity>#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);"
    r"|(?P<bad>[<>&])"
)


def parse(text: str) -> str:
    """The visible text of an HTML-formatted message; ValueError for malformed markup."""
    stack: list[str] = []
    out: list[str] = []
    position = 0
    for match in TOKEN.finditer(text):
        out.append(text[position : match.start()])
        position = match.end()
        if match.group("bad"):
            bad, at = match.group("bad"), match.start()
            raise ValueError(f"Can't parse entities: unexpected character {bad!r} at offset {at}")
        if match.group("entity"):
            name = match.group("entity")
            if name.startswith("#"):
                out.append(html.unescape(f"&{name};"))
            elif name in NAMED_ENTITIES:
                out.append(NAMED_ENTITIES[name])
            else:
                raise ValueError(f"Can't parse entities: unsupported entity &{name};")
            continue
        tag = match.group("tag").lower()
        if tag not in ALLOWED_TAGS:
            raise ValueError(f"Can't parse entities: unsupported start tag {tag!r}")
        if match.group("close"):
            if not stack or stack[-1] != tag:
                raise ValueError(f"Can't parse entities: unmatched end tag {tag!r}")
            stack.pop()
        else:
            stack.append(tag)
    out.append(text[position:])
    if stack:
        raise ValueError(f"Can't parse entities: can't find end tag corresponding to start tag {stack[-1]!r}")
    return "".join(out)


def visible_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units of the parsed text."""
    return len(text.encode("utf-16-le")) // 2
