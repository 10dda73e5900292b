"""`spasm-bot telegram` as a process: token handling, exit codes, SIGTERM; settings from flags and env."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
from pathlib import Path

import aiohttp
import pytest
from fake_bot_api import FakeBotAPI
from harness import free_port

from bot.tgbot.options import add_arguments, run
from bot.tgbot.settings import Settings, SettingsError, load_settings, normalise_base_url

ROOT = Path(__file__).resolve().parents[2]


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return parser.parse_args(argv)


def bot_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SPASM_BOT_"))}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return {**env, **extra}


def test_missing_token_explains_botfather_and_chat(monkeypatch, capsys):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    assert run(parse()) == 2
    err = capsys.readouterr().err
    assert "@BotFather" in err and "spasm-bot chat" in err and "TELEGRAM_BOT_TOKEN" in err


def test_empty_or_unreadable_token_file_is_a_missing_token(monkeypatch, capsys, tmp_path):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    (tmp_path / "token").write_text("\n")
    assert run(parse("--token-file", str(tmp_path / "token"))) == 2
    assert run(parse("--token-file", str(tmp_path / "absent"))) == 2
    assert "cannot read the token file" in capsys.readouterr().err


def test_settings_come_from_flags_then_environment():
    env = {
        "SPASM_BOT_EMERGENCY_NUMBER": "112",
        "SPASM_BOT_CONTEXT_TTL": "60",
        "SPASM_BOT_MAX_CHATS": "5",
        "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081",
    }
    settings = load_settings(parse("--context-ttl", "90", "--urgent-care-line", "NHS 111"), "1:T", env)
    assert (settings.emergency_number, settings.context_ttl, settings.max_chats) == ("112", 90.0, 5)
    assert settings.urgent_care_line == "NHS 111"
    assert (
        load_settings(parse(), "1:T", {"SPASM_BOT_URGENT_CARE_LINE": "urgent care"}).urgent_care_line
        == "urgent care"
    )
    assert settings.base_url == "http://127.0.0.1:8081/bot"
    assert settings.webhook_url is None and settings.webhook_secret is None
    hooked = load_settings(parse("--webhook-url", "https://example.org/tg/", "--port", "88"), "1:T", {})
    assert hooked.webhook_path == "/tg" and hooked.port == 88
    assert hooked.webhook_secret and len(hooked.webhook_secret) >= 32  # generated
    assert "1:T" not in repr(hooked) and hooked.webhook_secret not in repr(hooked)
    redis_without_secret = ["--webhook-url", "https://example.org/tg", "--store", "redis://127.0.0.1:6379/0"]
    for bad in (["--context-ttl", "0"], ["--webhook-url", "ftp://x"], ["--webhook-secret", "no spaces"],
                redis_without_secret):  # fmt: skip
        with pytest.raises(SettingsError):
            load_settings(parse(*bad), "1:T", {})
    assert normalise_base_url("http://h:1/bot/") == "http://h:1/bot"
    assert isinstance(settings, Settings)


def test_store_metrics_and_log_settings(tmp_path):
    assert load_settings(parse(), "1:T", {}).store == "memory:"
    salt = tmp_path / "salt"
    salt.write_text("a-salt-of-32-characters-or-so-xx\n")
    flags = ["--store", "sqlite:///var/x.db", "--store-salt-file", str(salt), "--metrics-port", "9102"]
    settings = load_settings(parse(*flags, "--log-format", "json"), "1:T", {})
    assert (settings.store, settings.store_salt) == ("sqlite:///var/x.db", "a-salt-of-32-characters-or-so-xx")
    assert (settings.metrics_port, settings.log_format) == (9102, "json")
    assert settings.store_salt not in repr(settings)
    env = {"SPASM_BOT_STORE": "redis://127.0.0.1:6379/0", "SPASM_BOT_STORE_SALT": "0123456789abcdef"}
    assert load_settings(parse(), "1:T", env).store_kind == "redis"
    for store in ("redis://h/0", "sqlite:///x.db"):  # a store that outlives the process needs a salt
        with pytest.raises(SettingsError, match="salt"):
            load_settings(parse("--store", store), "1:T", {})
    for bad in (["--store", "postgres://h/db"], ["--store", "sqlite://"], ["--metrics-port", "0"]):
        with pytest.raises(SettingsError):
            load_settings(parse(*bad), "1:T", {"SPASM_BOT_STORE_SALT": "0123456789abcdef"})


def test_knowledge_flag_does_not_clobber_a_parent_default():
    assert not hasattr(parse(), "knowledge")
    assert parse("--knowledge", "k").knowledge == "k"


async def _spawn(api: FakeBotAPI, token: str, **extra: str) -> asyncio.subprocess.Process:
    env = bot_env(TELEGRAM_BOT_TOKEN=token, TELEGRAM_API_BASE_URL=api.base_url, **extra)
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "telegram",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


def test_rejected_token_exits_78_without_printing_it(run):
    async def scenario():
        api = await FakeBotAPI().start()
        try:
            wrong = "987654:WrongTokenWrongTokenWrongToken"
            process = await _spawn(api, wrong)
            out, err = await asyncio.wait_for(process.communicate(), 20)
            return process.returncode, (out + err).decode(), wrong
        finally:
            await api.stop()

    code, output, wrong = run(scenario())
    assert code == 78  # EX_CONFIG: the systemd unit does not restart on it
    assert "rejected the bot token" in output
    assert wrong not in output and wrong.split(":")[1] not in output


def test_sigterm_stops_the_bot_cleanly_and_logs_are_json(run):
    async def scenario():
        api = await FakeBotAPI().start()
        try:
            process = await _spawn(api, api.token, SPASM_BOT_LOG_FORMAT="json")
            await api.wait_for("deleteWebhook", timeout=20)  # polling is about to start
            api.text(601, "/help")
            await api.wait_for(chat_id=601, timeout=10)
            process.send_signal(signal.SIGTERM)
            loop = asyncio.get_running_loop()
            started = loop.time()
            out, err = await asyncio.wait_for(process.communicate(), 10)
            return process.returncode, loop.time() - started, out.decode(), err.decode(), api.token
        finally:
            await api.stop()

    code, seconds, out, err, token = run(scenario(), timeout=40)
    assert code == 0
    assert seconds < 5
    lines = [json.loads(line) for line in err.splitlines()]  # every log line a JSON object
    messages = [line["message"] for line in lines]
    assert "stopped handling updates" in messages and messages[-1] == "shut down"  # PTB's hooks ran
    assert token not in out + err


def test_sigterm_stops_a_webhook_bot_cleanly(run):
    port = free_port()

    async def scenario():
        api = await FakeBotAPI().start()
        try:
            url = f"http://127.0.0.1:{port}/hook"
            env = {
                "SPASM_BOT_WEBHOOK_URL": url,
                "SPASM_BOT_PORT": str(port),
                "SPASM_BOT_WEBHOOK_SECRET": "s3cret",
            }
            process = await _spawn(api, api.token, **env)
            await api.wait_for("setWebhook", timeout=20)
            api.text(602, "/help")
            async with aiohttp.ClientSession() as session:
                headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cret"}
                async with session.post(url, json=api.updates.pop(), headers=headers) as response:
                    assert response.status == 200
            await api.wait_for(chat_id=602, timeout=10)  # running and answering
            process.send_signal(signal.SIGTERM)
            out, err = await asyncio.wait_for(process.communicate(), 10)
            return process.returncode, (out + err).decode()
        finally:
            await api.stop()

    code, output = run(scenario(), timeout=40)
    assert code == 0
    assert (
        "stopping" in output
        and "stopped handling updates" in output
        and output.rstrip().endswith("shut down")
    )
