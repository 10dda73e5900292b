"""The ``spasm-bot telegram`` command: its flags and its entry point.

No telegram import at module level: ``spasm-bot --help`` and ``spasm-bot chat`` never load it.
"""

from __future__ import annotations

import argparse
import os
import sys

from bot.tgbot.settings import ENV_VARS, SALT_ENV, TOKEN_ENV, SettingsError, load_settings, read_token

MISSING_TOKEN = f"""spasm-bot telegram: no bot token.
Get one from @BotFather in Telegram (send /newbot), then either
  export {TOKEN_ENV}=123456:ABC...   or   spasm-bot telegram --token-file PATH
The token is never accepted as a command-line argument.
To try the bot without Telegram, run: spasm-bot chat"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the Telegram flags to the ``telegram`` sub-command's parser."""
    env = ENV_VARS
    parser.add_argument(
        "--token-file", metavar="PATH", help=f"read the bot token from this file (default: ${TOKEN_ENV})"
    )
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help=f"Bot API server, e.g. http://127.0.0.1:8081/bot (${env['base_url']}; default: Telegram's)",
    )
    parser.add_argument(
        "--webhook-url",
        metavar="URL",
        help=f"receive updates by webhook at this public https URL instead of long polling "
        f"(${env['webhook_url']})",
    )
    parser.add_argument(
        "--listen", metavar="ADDR", help=f"webhook server address (${env['listen']}; default 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=int, metavar="N", help=f"webhook server port (${env['port']}; default 8443)"
    )
    parser.add_argument(
        "--webhook-secret",
        metavar="SECRET",
        help=f"secret token Telegram sends with each update (${env['webhook_secret']}; "
        "default: generated at start-up)",
    )
    parser.add_argument(
        "--emergency-number",
        metavar="NUMBER",
        help=f"emergency number the urgent guidance leads with, e.g. 112 (${env['emergency_number']})",
    )
    parser.add_argument(
        "--urgent-care-line",
        metavar="TEXT",
        help=f"where to get help today in same-day guidance, e.g. 'NHS 111' (${env['urgent_care_line']})",
    )
    parser.add_argument(
        "--context-ttl",
        type=float,
        metavar="SECONDS",
        help=f"forget a conversation after this long (${env['context_ttl']}; default 1800)",
    )
    parser.add_argument(
        "--max-chats",
        type=int,
        metavar="N",
        help=f"conversations kept in memory at most (${env['max_chats']}; default 10000)",
    )
    parser.add_argument(
        "--store",
        metavar="URL",
        help=f"where conversation contexts live: memory:, sqlite:///PATH or redis://HOST:PORT/DB "
        f"(${env['store']}; default memory:)",
    )
    parser.add_argument(
        "--store-salt-file",
        metavar="PATH",
        help=f"read the salt that keys stored contexts from this file (default: ${SALT_ENV}); "
        "required for sqlite: and redis:",
    )
    parser.add_argument(
        "--metrics-port",
        type=int,
        metavar="N",
        help=f"long polling: serve /healthz, /readyz and /metrics on this port (${env['metrics_port']}; "
        "default off; in webhook mode they share the webhook's port)",
    )
    parser.add_argument(
        "--log-format",
        choices=("text", "json"),
        help=f"log lines as text or as JSON objects (${env['log_format']}; default text)",
    )
    parser.add_argument(
        "--knowledge",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"knowledge directory (${env['knowledge']}; default: the bundled one)",
    )


def run(args: argparse.Namespace) -> int:
    """Run the Telegram bot until SIGINT/SIGTERM; 2 for a missing token or bad setting, 1 if rejected."""
    try:
        token = read_token(getattr(args, "token_file", None), os.environ)
        if not token:
            print(MISSING_TOKEN, file=sys.stderr)
            return 2
        settings = load_settings(args, token)
    except SettingsError as error:
        print(f"spasm-bot telegram: {error}", file=sys.stderr)
        return 2
    from bot.tgbot.runner import main  # python-telegram-bot is imported only now

    return main(settings)
