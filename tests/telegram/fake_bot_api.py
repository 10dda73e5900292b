"""A small fake Telegram Bot API server for end-to-end tests and the benchmark (aiohttp, 127.0.0.1).

It speaks the real protocol well enough for python-telegram-bot: form-encoded, multipart or JSON
requests at ``/bot<token>/<method>``, ``{"ok": true, "result": …}`` replies, long-polling
``getUpdates`` with ``offset``, and the 400s real Telegram gives for over-long text, malformed HTML
and over-long ``callback_data``. Unknown methods get 400 (a 404 would read as a bad token).
Faults can be injected: an error reply for the next calls of a method, or the whole server gone.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from fake_html import parse, visible_length
from fake_updates import UpdateMaker

JSON_FIELDS = {
    "reply_markup",
    "entities",
    "caption_entities",
    "results",
    "commands",
    "reply_parameters",
    "link_preview_options",
    "allowed_updates",
    "scope",
    "button",
}
INT_FIELDS = {
    "chat_id",
    "message_id",
    "offset",
    "limit",
    "timeout",
    "cache_time",
    "message_thread_id",
    "max_connections",
}
BOOL_FIELDS = {"drop_pending_updates", "is_personal", "show_alert", "disable_notification", "protect_content"}
TOKEN = "123456789:AAFakeTokenForTestsOnly-xyz_0123456789"


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after


@dataclass
class Call:
    """One Bot API request the bot made."""

    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    result: Any = None


@dataclass
class Fault:
    method: str
    code: int
    description: str
    retry_after: int | None
    times: int
    chat_id: int | None


class FakeBotAPI(UpdateMaker):
    def __init__(self, token: str = TOKEN, username: str = "spasm_test_bot") -> None:
        super().__init__()
        self.token = token
        self.me = {
            "id": int(token.split(":")[0]),
            "is_bot": True,
            "first_name": "Spasm",
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }
        self.calls: list[Call] = []
        self._counts: dict[tuple[str, int | None, bool], int] = {}  # (method, chat_id or None, failed)
        self.updates: list[dict[str, Any]] = []
        self.confirmed = 0  # updates with a lower id were confirmed by an offset
        self.webhook: dict[str, Any] = {}
        self.faults: list[Fault] = []
        self.stalls: dict[str, float] = {}
        self.down = False
        self.closing = False
        self.port = 0
        self._ids = itertools.count(1)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None

    # -- lifecycle -------------------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self) -> FakeBotAPI:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        await self._listen()
        return self

    async def _listen(self) -> None:
        self._site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await self._site.start()
        self.port = self._site._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        self.closing = True
        async with self._changed:
            self._changed.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()

    async def go_down(self) -> None:
        """Refuse new connections and answer 502 (Connection: close) on open ones, like a dead upstream."""
        self.down = True
        async with self._changed:
            self._changed.notify_all()
        await self._site.stop()

    async def come_back(self) -> None:
        self.down = False
        await self._listen()

    def forget_calls(self) -> None:
        """Drop the record of calls so far (long benchmark runs)."""
        self.calls.clear()
        self._counts.clear()

    def stall(self, method: str, seconds: float) -> None:
        """Make every call of ``method`` take ``seconds`` before it is answered."""
        self.stalls[method] = seconds

    def fail(
        self,
        method: str,
        code: int,
        description: str,
        retry_after: int | None = None,
        times: int = 1,
        chat_id: int | None = None,
    ) -> None:
        """Make the next ``times`` calls of ``method`` (for ``chat_id``, if given) fail like Telegram."""
        self.faults.append(Fault(method, code, description, retry_after, times, chat_id))

    # -- updates ---------------------------------------------------------------------------------------
    def push(self, kind: str, payload: dict[str, Any]) -> int:
        """Queue an update for getUpdates; returns its update_id."""
        update_id = next(self._ids)
        self.updates.append({"update_id": update_id, kind: payload})
        asyncio.get_running_loop().create_task(self._notify())
        return update_id

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # -- waiting for the bot ---------------------------------------------------------------------------
    def sent(
        self, method: str = "sendMessage", chat_id: int | None = None, failed: bool = False
    ) -> list[Call]:
        """Calls of ``method`` (for ``chat_id``) that succeeded, or with ``failed``, that were refused."""
        return [
            c
            for c in self.calls
            if c.method == method
            and (chat_id is None or c.params.get("chat_id") == chat_id)
            and isinstance(c.result, ApiError) == failed
        ]

    async def wait_for(
        self,
        method: str = "sendMessage",
        count: int = 1,
        chat_id: int | None = None,
        timeout: float = 10.0,
        failed: bool = False,
    ) -> list[Call]:
        """Wait until the bot has made ``count`` such calls; returns them all."""
        deadline = time.monotonic() + timeout
        async with self._changed:
            while self._counts.get((method, chat_id, failed), 0) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [c.method for c in self.calls]
                    raise AssertionError(f"{method} x{count} not seen; calls: {seen}")
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), left)
        return self.sent(method, chat_id, failed)

    # -- the protocol ----------------------------------------------------------------------------------
    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            params.update(await request.json())
            return params
        if request.can_read_body:
            for key, value in (await request.post()).items():
                params[key] = value if isinstance(value, str) else "<file>"
        for key, value in list(params.items()):
            if key in JSON_FIELDS:
                params[key] = json.loads(value)
            elif key in INT_FIELDS:
                params[key] = int(float(value)) if float(value).is_integer() else float(value)
            elif key in BOOL_FIELDS:
                params[key] = value == "true"
        return params

    async def _handle(self, request: web.Request) -> web.Response:
        if self.down:
            return web.Response(status=502, text="Bad Gateway", headers={"Connection": "close"})
        if request.match_info["token"] != self.token:
            return self._error(ApiError(401, "Unauthorized"))
        method = request.match_info["method"]
        params = await self._params(request)
        call = Call(method, params)
        if method in self.stalls:
            await asyncio.sleep(self.stalls[method])
        try:
            self._maybe_fail(method, params)
            handler = getattr(self, f"api_{method}", None)
            if handler is None:
                raise ApiError(400, f"Bad Request: method {method} not found in the fake")
            call.result = await handler(params)
        except ApiError as error:
            call.result = error
        if method != "getUpdates":  # polling is not a call the tests look at
            self.calls.append(call)
            failed = isinstance(call.result, ApiError)
            for chat_id in {None, params.get("chat_id")}:
                self._counts[(method, chat_id, failed)] = self._counts.get((method, chat_id, failed), 0) + 1
            await self._notify()
        if isinstance(call.result, ApiError):
            return self._error(call.result)
        return web.json_response({"ok": True, "result": call.result})

    def _error(self, error: ApiError) -> web.Response:
        body: dict[str, Any] = {"ok": False, "error_code": error.code, "description": error.description}
        if error.retry_after is not None:
            body["parameters"] = {"retry_after": error.retry_after}
        return web.json_response(body, status=error.code)

    def _maybe_fail(self, method: str, params: dict[str, Any]) -> None:
        for fault in self.faults:
            chat_matches = fault.chat_id in (None, params.get("chat_id"))
            if fault.method in (method, "*") and fault.times > 0 and chat_matches:
                fault.times -= 1
                raise ApiError(fault.code, fault.description, fault.retry_after)

    # -- methods ---------------------------------------------------------------------------------------
    async def api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.me

    async def api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        if self.webhook.get("url"):
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
        if offset:
            self.confirmed = max(self.confirmed, offset)
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        deadline = time.monotonic() + timeout
        async with self._changed:
            while not (self.updates or self.down or self.closing) and time.monotonic() < deadline:
                try:
                    await asyncio.wait_for(self._changed.wait(), deadline - time.monotonic())
                except asyncio.TimeoutError:
                    break
        if self.down:
            raise ApiError(502, "Bad Gateway")
        return self.updates[:limit]

    async def api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = {}
        if params.get("drop_pending_updates"):
            self.updates.clear()
        return True

    async def api_setWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = dict(params)
        return True

    async def api_getWebhookInfo(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": self.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self.updates),
        }

    async def api_setMyCommands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands") or []
        if not 0 < len(commands) <= 100:
            raise ApiError(400, "Bad Request: commands must be non-empty")
        return True

    async def api_sendChatAction(self, params: dict[str, Any]) -> bool:
        self._chat_id(params)
        return True

    async def api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat_id(params)
        self._check_text(params.get("text"), params.get("parse_mode"))
        self._check_markup(params.get("reply_markup"))
        return self.bot_message(chat_id, params["text"], params.get("reply_markup"))

    async def api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat_id(params)
        self._check_text(params.get("text"), params.get("parse_mode"))
        self._check_markup(params.get("reply_markup"))
        return self.bot_message(chat_id, params["text"], params.get("reply_markup"), params.get("message_id"))

    async def api_sendDocument(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat_id(params)
        if params.get("document") != "<file>":
            raise ApiError(400, "Bad Request: there is no document in the request")
        return self.bot_message(chat_id, params.get("caption") or "")

    async def api_deleteMessage(self, params: dict[str, Any]) -> bool:
        self._chat_id(params)
        return True

    async def api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        if params.get("callback_query_id") not in self.callback_ids:
            raise ApiError(400, "Bad Request: query is too old or query ID is invalid")
        if len(params.get("text") or "") > 200:
            raise ApiError(400, "Bad Request: text is too long")
        return True

    async def api_answerInlineQuery(self, params: dict[str, Any]) -> bool:
        results = params.get("results") or []
        ids = [r.get("id", "") for r in results]
        if len(results) > 50 or len(set(ids)) != len(ids) or any(len(i.encode()) > 64 for i in ids):
            raise ApiError(400, "Bad Request: RESULT_ID_INVALID")
        for result in results:
            content = result.get("input_message_content") or {}
            self._check_text(content.get("message_text"), content.get("parse_mode"))
        return True

    # -- validation ------------------------------------------------------------------------------------
    def _chat_id(self, params: dict[str, Any]) -> int:
        if "chat_id" not in params:
            raise ApiError(400, "Bad Request: chat_id is empty")
        return int(params["chat_id"])

    def _check_text(self, text: Any, parse_mode: Any) -> None:
        if not isinstance(text, str) or not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if parse_mode == "HTML":
            try:
                text = parse(text)
            except ValueError as error:
                raise ApiError(400, f"Bad Request: {error}") from None
        if visible_length(text) > 4096:
            raise ApiError(400, "Bad Request: message is too long")

    def _check_markup(self, markup: Any) -> None:
        for row in (markup or {}).get("inline_keyboard", []):
            for button in row:
                if not button.get("text"):
                    raise ApiError(400, "Bad Request: text buttons are unallowed in the inline keyboard")
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
