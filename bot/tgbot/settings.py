"""Deployment settings for the Telegram bot: flags first, then environment variables, then defaults.

No telegram import here, so the command line can show ``--help`` and report a missing token fast.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bot.sessions import DEFAULT_MAX_CHATS, DEFAULT_TTL

TOKEN_ENV = "TELEGRAM_BOT_TOKEN"
BASE_URL_ENV = "TELEGRAM_API_BASE_URL"
DEFAULT_PORT = 8443
DEFAULT_LISTEN = "127.0.0.1"

# flag destination -> environment variable, for every setting that may come from either.
ENV_VARS = {
    "base_url": BASE_URL_ENV,
    "webhook_url": "SPASM_BOT_WEBHOOK_URL",
    "listen": "SPASM_BOT_LISTEN",
    "port": "SPASM_BOT_PORT",
    "webhook_secret": "SPASM_BOT_WEBHOOK_SECRET",
    "emergency_number": "SPASM_BOT_EMERGENCY_NUMBER",
    "urgent_care_line": "SPASM_BOT_URGENT_CARE_LINE",
    "context_ttl": "SPASM_BOT_CONTEXT_TTL",
    "max_chats": "SPASM_BOT_MAX_CHATS",
    "knowledge": "SPASM_BOT_KNOWLEDGE",
    "store": "SPASM_BOT_STORE",
    "metrics_port": "SPASM_BOT_METRICS_PORT",
    "log_format": "SPASM_BOT_LOG_FORMAT",
}
SALT_ENV = "SPASM_BOT_STORE_SALT"
STORE_SCHEMES = ("memory", "sqlite", "redis", "rediss")
LOG_FORMATS = ("text", "json")


class SettingsError(ValueError):
    """A setting is missing or malformed; the message is safe to print (it never holds the token)."""


@dataclass(frozen=True)
class Settings:
    """Everything the Telegram bot needs besides the engine. ``repr`` hides the token and secret."""

    token: str
    base_url: str | None = None  # python-telegram-bot form: "http://127.0.0.1:8081/bot"
    webhook_url: str | None = None  # set: webhook mode; unset: long polling
    listen: str = DEFAULT_LISTEN
    port: int = DEFAULT_PORT
    webhook_secret: str | None = None
    emergency_number: str | None = None
    urgent_care_line: str | None = None
    context_ttl: float = DEFAULT_TTL
    max_chats: int = DEFAULT_MAX_CHATS
    knowledge: str | None = None
    store: str = "memory:"  # memory: | sqlite:///path | redis://host:port/db
    store_salt: str | None = None  # keys the chat-id hash; None: random per start (memory only)
    metrics_port: int | None = None  # polling mode: /healthz, /readyz, /metrics on this port
    log_format: str = "text"  # text | json
    flood_limits: bool = True  # Telegram's ~30 messages/s; the benchmark lifts them
    concurrency: int = 32  # updates handled at once (one at a time per chat)
    poll_timeout: int = 10  # long-polling timeout for getUpdates, seconds

    def __repr__(self) -> str:
        return (
            f"Settings(webhook={bool(self.webhook_url)}, base_url={self.base_url!r}, store={self.store_kind})"
        )

    @property
    def store_kind(self) -> str:
        """The store's scheme: memory, sqlite, redis or rediss."""
        return urlsplit(self.store).scheme

    @property
    def webhook_path(self) -> str:
        """The path the webhook server listens on: the webhook URL's own path."""
        return urlsplit(self.webhook_url or "").path.rstrip("/")


def read_token(token_file: str | None, environ: Mapping[str, str]) -> str | None:
    """The bot token from ``--token-file`` or ``TELEGRAM_BOT_TOKEN``; None when neither gives one."""
    if token_file:
        try:
            token = Path(token_file).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise SettingsError(f"cannot read the token file {token_file}: {exc.strerror}") from None
        return token or None
    return environ.get(TOKEN_ENV, "").strip() or None


def read_salt(salt_file: str | None, environ: Mapping[str, str]) -> str | None:
    """The store salt from ``--store-salt-file`` or ``SPASM_BOT_STORE_SALT``; None when neither gives one."""
    if salt_file:
        try:
            return Path(salt_file).read_text(encoding="utf-8").strip() or None
        except OSError as exc:
            raise SettingsError(f"cannot read the salt file {salt_file}: {exc.strerror}") from None
    return environ.get(SALT_ENV, "").strip() or None


def check_store(url: str, salt: str | None) -> str:
    """The store URL, checked: a known scheme, a path for sqlite, a salt for anything that outlives us."""
    scheme = urlsplit(url).scheme
    if scheme not in STORE_SCHEMES:
        raise SettingsError(
            f"--store must be memory:, sqlite:///PATH or redis://HOST:PORT/DB, got {scheme!r}:"
        )
    if scheme == "sqlite" and not urlsplit(url).path.strip("/"):
        raise SettingsError("--store sqlite:///PATH needs a file path")
    if scheme != "memory" and (not salt or len(salt) < 16):
        raise SettingsError(
            f"--store {scheme} needs a salt of 16 or more characters in ${SALT_ENV} or --store-salt-file "
            "(kept apart from the store; changing it forgets every conversation)"
        )
    return url


def normalise_base_url(url: str | None) -> str | None:
    """Accept "http://host:8081" or ".../bot" and return python-telegram-bot's "…/bot" form."""
    if not url:
        return None
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError(f"the Bot API base URL must be http(s)://host[:port]/bot, got {url!r}")
    return url if parts.path else url + "/bot"


def _pick(args: object, name: str, environ: Mapping[str, str]) -> str | None:
    value = getattr(args, name, None)
    if value is not None:
        return str(value)
    env = ENV_VARS.get(name)
    return environ.get(env) or None if env else None


def _number(text: str | None, name: str, kind: type, default: float) -> float:
    if text is None:
        return default
    try:
        value = kind(text)
    except ValueError:
        raise SettingsError(f"{name} must be a number, got {text!r}") from None
    if value <= 0:
        raise SettingsError(f"{name} must be positive, got {text!r}")
    return value


def load_settings(args: object, token: str, environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from parsed flags (an argparse namespace), the environment and defaults."""
    env = os.environ if environ is None else environ
    webhook_url = _pick(args, "webhook_url", env)
    if webhook_url and urlsplit(webhook_url).scheme not in ("http", "https"):
        raise SettingsError(f"--webhook-url must be an https:// URL, got {webhook_url!r}")
    secret = _pick(args, "webhook_secret", env)
    store = _pick(args, "store", env) or "memory:"
    if webhook_url and not secret and urlsplit(store).scheme in ("redis", "rediss"):
        raise SettingsError(
            "replicas sharing a redis: store need one --webhook-secret (each would register its own)"
        )
    if webhook_url and not secret:
        secret = secrets.token_urlsafe(32)  # Telegram allows A-Z a-z 0-9 _ -
    if secret and (len(secret) > 256 or not all(c.isalnum() or c in "_-" for c in secret)):
        raise SettingsError("--webhook-secret may hold 1-256 characters: letters, digits, _ and -")
    salt = read_salt(getattr(args, "store_salt_file", None), env)
    metrics_port = _number(_pick(args, "metrics_port", env), "--metrics-port", int, 0) or None
    log_format = _pick(args, "log_format", env) or "text"
    if log_format not in LOG_FORMATS:
        raise SettingsError(f"--log-format must be text or json, got {log_format!r}")
    return Settings(
        token=token,
        base_url=normalise_base_url(_pick(args, "base_url", env)),
        webhook_url=webhook_url,
        listen=_pick(args, "listen", env) or DEFAULT_LISTEN,
        port=int(_number(_pick(args, "port", env), "--port", int, DEFAULT_PORT)),
        webhook_secret=secret,
        emergency_number=_pick(args, "emergency_number", env),
        urgent_care_line=_pick(args, "urgent_care_line", env),
        context_ttl=_number(_pick(args, "context_ttl", env), "--context-ttl", float, DEFAULT_TTL),
        max_chats=int(_number(_pick(args, "max_chats", env), "--max-chats", int, DEFAULT_MAX_CHATS)),
        knowledge=_pick(args, "knowledge", env),
        store=check_store(store, salt),
        store_salt=salt,
        metrics_port=int(metrics_port) if metrics_port else None,
        log_format=log_format,
    )
