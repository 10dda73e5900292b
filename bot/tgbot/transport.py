"""python-telegram-bot's HTTP transport on aiohttp: the same Bot API calls for a quarter of the CPU.

python-telegram-bot sends its requests through a replaceable ``BaseRequest``; its default one uses
httpx, which on this bot's hardware costs about 1.2 ms of CPU per request against aiohttp's 0.3 ms
(every answer takes two requests: the "typing" action and the message). Bodies are JSON, which the
Bot API accepts for every call but uploads, and which is cheaper to encode than a urlencoded form.
Behaviour stays PTB's: its ``_request_wrapper`` still turns status codes into ``Forbidden``,
``RetryAfter``, ``InvalidToken``…; this class only moves bytes and maps transport failures to
``TimedOut`` and ``NetworkError``.
"""

from __future__ import annotations

import asyncio
import json
from urllib.parse import urlsplit

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

JSON = {"Content-Type": "application/json"}
DefaultValue = type(BaseRequest.DEFAULT_NONE)  # "not passed": use this request's own default


class AiohttpRequest(BaseRequest):
    """A ``BaseRequest`` on one aiohttp session with a bounded connection pool."""

    __slots__ = ("_connect", "_pool", "_pool_size", "_read", "_session")

    def __init__(
        self,
        connection_pool_size: int = 256,
        read_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read, self._connect, self._pool = read_timeout, connect_timeout, pool_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size)
            self._session = aiohttp.ClientSession(
                connector=connector, headers={"User-Agent": self.USER_AGENT}
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    def _timeout(self, read: object, connect: object, pool: object) -> aiohttp.ClientTimeout:
        """aiohttp's timeouts from PTB's. aiohttp has no write timeout: uploads are bounded by the
        server's own; its "connect" covers waiting for a pooled connection and connecting."""
        read = self._read if isinstance(read, DefaultValue) else read
        connect = self._connect if isinstance(connect, DefaultValue) else connect
        pool = self._pool if isinstance(pool, DefaultValue) else pool
        acquire = None if connect is None or pool is None else connect + pool
        return aiohttp.ClientTimeout(total=None, connect=acquire, sock_connect=connect, sock_read=read)

    @staticmethod
    def _body(request_data: RequestData | None) -> aiohttp.FormData | bytes | None:
        """JSON for plain calls (urlencoding long texts costs more CPU); multipart for uploads."""
        if request_data is None:
            return None
        if not request_data.contains_files:
            return json.dumps(request_data.parameters, ensure_ascii=False).encode("utf-8")
        form = aiohttp.FormData()
        for name, value in request_data.json_parameters.items():
            form.add_field(name, value)
        for name, (filename, content, mimetype) in request_data.multipart_data.items():
            form.add_field(name, content, filename=filename, content_type=mimetype)
        return form

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: float | DefaultValue | None = BaseRequest.DEFAULT_NONE,
        write_timeout: float | DefaultValue | None = BaseRequest.DEFAULT_NONE,
        connect_timeout: float | DefaultValue | None = BaseRequest.DEFAULT_NONE,
        pool_timeout: float | DefaultValue | None = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        timeout = self._timeout(read_timeout, connect_timeout, pool_timeout)
        try:
            body = self._body(request_data)
            headers = JSON if isinstance(body, bytes) else None
            async with self._session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except asyncio.TimeoutError as error:  # aiohttp's timeouts subclass it
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {_scrub(str(error), url)}") from error


def _scrub(message: str, url: str) -> str:
    """Remove the request URL (which holds the bot token) from an error message."""
    path = urlsplit(url).path
    for secret in (url, path):
        if secret:
            message = message.replace(secret, "<url>")
    return message
