"""Updates as Telegram sends them (messages with command/mention entities, edits, button presses,
inline queries, media, channel posts) and the bot's own messages, for the fake Bot API."""

from __future__ import annotations

import itertools
import re
import time
from typing import Any

WORD = re.compile(r"(?<![\w@])(/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?|@[A-Za-z0-9_]{3,})")


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def entities(text: str) -> list[dict[str, Any]]:
    """bot_command entities (only at the very start, as Telegram marks them) and @mentions."""
    found = []
    for match in WORD.finditer(text):
        word = match.group(0)
        kind = "mention" if word.startswith("@") else "bot_command"
        if kind == "bot_command" and match.start() != 0:
            continue
        found.append({"type": kind, "offset": utf16(text[: match.start()]), "length": utf16(word)})
    return found


def user(user_id: int, name: str = "Ann") -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": name, "language_code": "en"}


def chat(chat_id: int, kind: str = "private") -> dict[str, Any]:
    if kind == "private":
        return {"id": chat_id, "type": "private", "first_name": "Ann"}
    return {"id": chat_id, "type": kind, "title": "Cramp club"}


class UpdateMaker:
    """Builds and queues updates; subclasses provide ``push`` and ``me``."""

    me: dict[str, Any]

    def __init__(self) -> None:
        self._message_ids: dict[int, itertools.count] = {}
        self._callbacks = itertools.count(1)
        self._inline = itertools.count(1)
        self.callback_ids: set[str] = set()
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.kinds: dict[int, str] = {}

    def push(self, kind: str, payload: dict[str, Any]) -> int:
        raise NotImplementedError

    def _next_id(self, chat_id: int) -> int:
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    def _message(self, chat_id: int, kind: str, sender: dict[str, Any], **fields: Any) -> dict[str, Any]:
        self.kinds.setdefault(chat_id, kind)
        message = {
            "message_id": self._next_id(chat_id),
            "date": int(time.time()),
            "chat": chat(chat_id, kind),
        }
        if sender:
            message["from"] = sender
        message.update(fields)
        self.messages[(chat_id, message["message_id"])] = message
        return message

    def bot_message(self, chat_id: int, text: str, markup: Any = None, message_id: int | None = None) -> dict:
        kind = self.kinds.get(chat_id, "private" if chat_id > 0 else "supergroup")
        message = self._message(chat_id, kind, self.me, text=text)
        if message_id is not None:
            message["message_id"] = message_id
        if markup:
            message["reply_markup"] = markup
        return message

    # -- what users do ---------------------------------------------------------------------------------
    def text(
        self,
        chat_id: int,
        text: str,
        kind: str = "private",
        user_id: int | None = None,
        reply_to: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A user sends ``text``; returns the message (the update is queued)."""
        fields: dict[str, Any] = {"text": text}
        if entities(text):
            fields["entities"] = entities(text)
        if reply_to is not None:
            fields["reply_to_message"] = reply_to
        message = self._message(chat_id, kind, user(user_id or abs(chat_id)), **fields)
        self.push("message", message)
        return message

    def sticker(self, chat_id: int, kind: str = "private") -> dict[str, Any]:
        sticker = {
            "file_id": "CAACAgIAAx0",
            "file_unique_id": "AgAD",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": "💪",
        }
        message = self._message(chat_id, kind, user(abs(chat_id)), sticker=sticker)
        self.push("message", message)
        return message

    def photo(self, chat_id: int, caption: str | None = None) -> dict[str, Any]:
        sizes = [{"file_id": "AgACAgIAAx0", "file_unique_id": "AQAD", "width": 90, "height": 90}]
        fields: dict[str, Any] = {"photo": sizes}
        if caption:
            fields["caption"] = caption
        message = self._message(chat_id, "private", user(chat_id), **fields)
        self.push("message", message)
        return message

    def edit(self, message: dict[str, Any], text: str) -> dict[str, Any]:
        edited = {**message, "text": text, "edit_date": int(time.time())}
        edited.pop("entities", None)
        if entities(text):
            edited["entities"] = entities(text)
        self.push("edited_message", edited)
        return edited

    def press(self, message: dict[str, Any], data: str, user_id: int | None = None) -> str:
        """A user presses an inline button with ``data`` under the bot's ``message``."""
        query_id = str(next(self._callbacks))
        self.callback_ids.add(query_id)
        sender = user(user_id or abs(message["chat"]["id"]))
        self.push(
            "callback_query",
            {"id": query_id, "from": sender, "message": message, "chat_instance": "42", "data": data},
        )
        return query_id

    def inline(self, user_id: int, query: str) -> str:
        query_id = str(next(self._inline))
        self.push("inline_query", {"id": query_id, "from": user(user_id), "query": query, "offset": ""})
        return query_id

    def channel_post(self, chat_id: int, text: str) -> dict[str, Any]:
        message = self._message(chat_id, "channel", {}, text=text)
        self.push("channel_post", message)
        return message
