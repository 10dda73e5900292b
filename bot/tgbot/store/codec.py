"""The engine's ``Context`` as JSON and back, field by field.

Decoding is forgiving on purpose, because the ``Context`` may gain or lose fields between a write
and a read (a deploy in between): an unknown field is dropped, a missing or malformed one takes the
field's default, and unreadable data reads as a fresh conversation.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from typing import Any

from bot.model import Context

FIELDS = dataclasses.fields(Context)
HINTS = typing.get_type_hints(Context)


def encode(context: Context) -> str:
    """Compact JSON of the context's fields (tuples as lists)."""
    return json.dumps({f.name: getattr(context, f.name) for f in FIELDS}, separators=(",", ":"))


def _default(field: dataclasses.Field) -> Any:
    if field.default is not dataclasses.MISSING:
        return field.default
    return field.default_factory()  # type: ignore[misc]


def _plain(value: Any) -> Any:
    """Lists as tuples, all the way down; anything not plain JSON data as None."""
    if isinstance(value, list):
        return tuple(_plain(v) for v in value)
    return value if isinstance(value, (str, int, float, bool)) or value is None else None


def _is(value: Any, hint: Any) -> bool:
    """Whether a plain value has the shape a type hint asks for: str, float, int, bool, tuple[X, ...]."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_is(v, args[0]) for v in value)
        return len(args) == len(value) and all(_is(v, a) for v, a in zip(value, args, strict=True))
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(hint, type) and isinstance(value, hint)


def _fits(value: Any, field: dataclasses.Field) -> Any:
    """``value`` if it has the field's type (an int widened to float), else the field's default."""
    hint = HINTS[field.name]
    if not _is(value, hint):
        return _default(field)
    return float(value) if hint is float else value


def decode(text: str | bytes | None) -> Context:
    """The context in ``text``; fields unknown to this version dropped, missing ones defaulted."""
    try:
        data = json.loads(text) if text else None
    except (ValueError, TypeError):
        data = None
    if not isinstance(data, dict):
        return Context()
    values = {}
    for field in FIELDS:
        if field.name in data:
            values[field.name] = _fits(_plain(data[field.name]), field)
    return Context(**values)
