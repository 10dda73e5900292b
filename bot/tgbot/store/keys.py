"""Store keys: a salted hash of the chat id, so the store never holds a chat id itself."""

from __future__ import annotations

import hashlib
import hmac


def chat_key(salt: bytes, chat_id: int) -> str:
    """HMAC-SHA256 of the chat id under the salt, 128 bits in hex; the same on every replica."""
    return hmac.new(salt, str(chat_id).encode("ascii"), hashlib.sha256).hexdigest()[:32]
