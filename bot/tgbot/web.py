"""The one small web server (aiohttp): the webhook, ``/healthz``, ``/readyz`` and ``/metrics``.

The webhook follows python-telegram-bot's custom-webhook pattern: check Telegram's secret token,
parse the update and put it on ``application.update_queue``; the Application does the rest. Before
answering Telegram the update is noted in the conversation store, so replicas take turns in order.
"""

from __future__ import annotations

import hmac
import json
import logging

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST
from telegram import Update
from telegram.ext import Application

from bot.tgbot.services import Services
from bot.tgbot.store import STORE_ERRORS

log = logging.getLogger("bot.tgbot")
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class WebServer:
    """Health and metrics always; the webhook at ``path`` when one is given."""

    def __init__(self, application: Application, path: str | None = None, secret: str | None = None) -> None:
        self.application = application
        self.services: Services = application.bot_data
        self._secret = (secret or "").encode("utf-8")
        app = web.Application()
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/readyz", self.readyz)
        app.router.add_get("/metrics", self.metrics)
        if path is not None:
            app.router.add_post(path or "/", self.webhook)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        self.port = 0

    async def start(self, host: str, port: int) -> None:
        await self._runner.setup()
        await web.TCPSite(self._runner, host, port).start()
        self.port = self._runner.addresses[0][1]  # the real one when port is 0
        log.info("web server on %s:%s", host, self.port)

    async def close(self) -> None:
        """Stop taking requests (idempotent)."""
        await self._runner.cleanup()

    async def healthz(self, request: web.Request) -> web.Response:
        """The process is alive and serving."""
        return web.Response(text="ok\n")

    async def readyz(self, request: web.Request) -> web.Response:
        """The Bot API answered recently and the store is reachable: 200, else 503."""
        checks = await self.services.readiness(self.application.bot)
        ready = all(value == "ok" for value in checks.values())
        return web.json_response(checks, status=200 if ready else 503)

    async def metrics(self, request: web.Request) -> web.Response:
        """Prometheus text exposition."""
        return web.Response(
            body=self.services.metrics.exposition(), headers={"Content-Type": CONTENT_TYPE_LATEST}
        )

    async def webhook(self, request: web.Request) -> web.Response:
        """One update from Telegram: secret checked, noted in the store, queued for the Application."""
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8")
        if not hmac.compare_digest(given, self._secret):
            return web.Response(status=403)
        try:
            update = Update.de_json(await request.json(), self.application.bot)
        except (ValueError, TypeError, KeyError, json.JSONDecodeError):
            return web.Response(status=400)
        if update is None:
            return web.Response(status=400)
        key = self.services.update_key(update)
        if key is not None:
            try:
                await self.services.store.enqueue(key, update.update_id)
            except STORE_ERRORS as error:  # answered all the same, without ordering across replicas
                self.services.store_failed(error)
        await self.application.update_queue.put(update)
        return web.Response()
