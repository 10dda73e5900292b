"""Benchmark: 1,000 updates from 100 chats through the real Telegram stack against the fake Bot API.

    python benchmarks/telegram.py [--updates 1000] [--chats 100] [--rate 30]

The bot (python-telegram-bot Application + engine, as `spasm-bot telegram` builds it) runs in this
process; the fake Bot API runs in a child process, so the two do not share a CPU core or the GIL.
Two runs:
  burst  all updates queued at once: updates/s from the first update to the last answer;
  paced  updates arriving at a steady --rate: p50/p99 from an update being available to getUpdates
         to the bot's sendMessage reaching the server.
The rate limiter's ceilings are lifted for the run: by design they hold a bot at Telegram's own
~30 messages/s (and 20/min per group), which would measure Telegram's limits, not this bot.
Every question here gets a one-message answer, preceded by a "typing" chat action (two requests).
Targets: >= 100 updates/s in the burst; p99 <= 50 ms paced at 30 updates/s (the default --rate),
the most Telegram lets a bot send (about 30 messages a second overall), so the most a production
bot is ever asked to keep up with for long.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import math
import multiprocessing
import resource
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# This file is named like the python-telegram-bot package: keep its folder off the import path.
sys.path[:] = [str(ROOT), str(ROOT / "tests" / "telegram")] + [
    p for p in sys.path if Path(p or ".").resolve() != HERE
]

TARGET_RATE = 100  # updates/s in a burst; Telegram itself holds a bot to ~30 messages/s
TARGET_P99_MS = 50  # update -> sendMessage, paced at --rate
QUESTIONS = [
    "Why do my legs cramp at night?",
    "Can dehydration cause cramps?",
    "Which minerals are linked to spasms?",
    "I'm pregnant and get leg cramps, why?",
    "When should I see a doctor?",
    "what is a muscle spasm",
    "/help",
    "/privacy",
]


def serve_fake_api(conn, updates: int, chats: int, rate: float) -> None:
    """Child process: the fake Bot API; pushes updates on command and reports the timings."""
    asyncio.run(_fake_api_main(conn, updates, chats, rate))


async def _fake_api_main(conn, updates: int, chats: int, rate: float) -> None:
    from fake_bot_api import FakeBotAPI

    api = await FakeBotAPI().start()
    conn.send((api.base_url, api.token))
    loop = asyncio.get_running_loop()
    try:
        while (command := await loop.run_in_executor(None, conn.recv)) != "quit":
            conn.send(await _round(api, command, updates, chats, rate))
    finally:
        await api.stop()


async def _round(api, mode: str, updates: int, chats: int, rate: float) -> dict:
    from fake_bot_api import ApiError

    base = 1_000_000 * (2 if mode == "paced" else 1)  # fresh chat ids for each round
    pushed: dict[int, list[float]] = {}
    api.forget_calls()
    gc.collect()
    gc.freeze()  # the fake's own garbage collection must not show up as the bot's latency
    started = time.monotonic()
    for n in range(updates):
        if mode == "paced":
            await asyncio.sleep(max(0.0, started + n / rate - time.monotonic()))
        chat = base + n % chats
        api.text(chat, QUESTIONS[(n // chats) % len(QUESTIONS)])
        pushed.setdefault(chat, []).append(time.monotonic())
    await api.wait_for(count=updates, timeout=120)
    latencies = []
    for chat, times in pushed.items():
        answers = [c.at for c in api.sent(chat_id=chat)]
        assert len(answers) == len(times), f"chat {chat}: {len(times)} updates, {len(answers)} answers"
        latencies += [answer - asked for asked, answer in zip(times, answers, strict=True)]
    finished = max(c.at for c in api.sent())
    failed = len([c for c in api.calls if isinstance(c.result, ApiError)])
    return {"seconds": finished - started, "latencies": latencies, "failed": failed}


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process, in MB."""
    current = 0.0
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                current = int(line.split()[1]) / 1024
    except OSError:
        pass
    return current, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _bot_main(conn, base_url: str, token: str, concurrency: int, store: str) -> dict:
    """The bot, run as `spasm-bot telegram` runs it (run_polling on this thread); a helper thread
    asks the fake Bot API for each round and stops the bot afterwards."""
    from bot.engine import Engine
    from bot.tgbot.app import build_application
    from bot.tgbot.html import render
    from bot.tgbot.runner import run
    from bot.tgbot.settings import Settings

    engine = Engine.load()
    labels = {n: engine.message(n) for n in ("related_label", "suggestions_label")}
    for question in QUESTIONS:  # the latency pairing relies on one message per answer
        if not question.startswith("/"):
            assert len(render(engine.reply(question), labels)) == 1, question
    salt = "benchmark-salt-0123456789"
    settings = Settings(
        token=token,
        base_url=base_url,
        flood_limits=False,
        concurrency=concurrency,
        store=store,
        store_salt=salt,
    )
    application = build_application(settings, engine)
    results: dict = {}

    def drive() -> None:
        while not application.running:
            time.sleep(0.01)
        for mode in ("burst", "paced"):
            cpu = time.process_time()
            conn.send(mode)
            results[mode] = conn.recv()
            results[mode]["cpu"] = time.process_time() - cpu
        results["rss"] = rss_mb()
        application.bot_data.loop.call_soon_threadsafe(application.stop_running)

    driver = threading.Thread(target=drive, name="driver", daemon=True)
    driver.start()
    asyncio.set_event_loop(asyncio.new_event_loop())
    run(application, settings, stop_signals=())
    driver.join(5)
    return results


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def report(args: argparse.Namespace, results: dict) -> None:
    burst, paced = results["burst"], results["paced"]
    ms = [x * 1000 for x in paced["latencies"]]
    rate, p99 = args.updates / burst["seconds"], percentile(ms, 0.99)
    cpu_ms = (burst["cpu"] + paced["cpu"]) * 1000 / (2 * args.updates)
    current, peak = results["rss"]
    lines = [
        f"spasm-bot telegram benchmark: {args.updates} updates from {args.chats} chats, {args.store} store",
        "real stack (python-telegram-bot Application, engine, PTB's default HTTPX transport) against the fake Bot API",
        "rate limiter ceilings lifted for the run (by default they hold the bot at Telegram's ~30 msg/s)",
        f"burst: {args.updates / burst['seconds']:.0f} updates/s ({burst['seconds']:.2f} s for all)",
        f"paced at {args.rate:.0f} updates/s, update -> sendMessage: p50 {percentile(ms, 0.5):.1f} ms, "
        f"p99 {percentile(ms, 0.99):.1f} ms, max {max(ms):.1f} ms",
        f"bot CPU: {cpu_ms:.2f} ms per update (typing action + answer: two Bot API requests)",
        f"bot resident memory: {current:.0f} MB (peak {peak:.0f} MB)",
        f"refused requests: {burst['failed'] + paced['failed']}",
        f"targets: >= {TARGET_RATE} updates/s {'met' if rate >= TARGET_RATE else 'MISSED'}, "
        f"p99 <= {TARGET_P99_MS} ms {'met' if p99 <= TARGET_P99_MS else 'MISSED'}",
    ]
    print("\n".join(lines))


def main() -> int:
    from bot.tgbot.settings import Settings

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--updates", type=int, default=1000)
    parser.add_argument("--chats", type=int, default=100)
    parser.add_argument("--rate", type=float, default=30.0, help="arrival rate of the paced run, updates/s")
    parser.add_argument(
        "--concurrency", type=int, default=Settings.concurrency, help="updates handled at once"
    )
    parser.add_argument(
        "--store",
        default="memory:",
        help="conversation store: memory:, sqlite:///PATH or redis://HOST:PORT/DB",
    )
    args = parser.parse_args()

    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    server = context.Process(target=serve_fake_api, args=(child, args.updates, args.chats, args.rate))
    server.start()
    try:
        base_url, token = parent.recv()
        results = _bot_main(parent, base_url, token, args.concurrency, args.store)
    finally:
        parent.send("quit")
        server.join(10)

    report(args, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
