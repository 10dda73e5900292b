"""Benchmark: the answer engine on its own (no Telegram), against fixed targets.

    python benchmarks/engine.py [--messages 3000] [--quick] [--json]

Wall-clock figures on this machine; PASS/FAIL is information only and the exit code is always 0.
  load       Engine.load() in a fresh interpreter, median of 5: loader.load() (read and check the YAML) plus
             Engine(...) (speller, triage and matcher indexes); the imports are shown apart.
  typical    engine.reply(text) per message, mean and p99: eval.yaml texts, a quarter as written, the rest
             with seeded random typos (~1 word in 5), casing and extra words. Target: mean <= 0.2 ms.
  4096-char  the same for 4,096-character messages: eval texts and filler joined, every fourth with a
             red-flag text in the middle (the urgent replies are counted). Target: mean <= 5 ms.
             Both run 3 passes, each on a freshly loaded engine warmed on the plain eval texts (so the
             speller meets the timed typos unseen); the fastest pass is reported and every pass's mean
             shown, since other load on a shared machine slows some passes.
  floor      the same messages through bare rapidfuzz.process.cdist against every intent's example
             phrasings (fuzz.ratio, default_process, workers=1): per message, and engine / floor. Needs numpy.
  start-up   `python -m bot ask hi` as a subprocess, median of 5. Target: <= 0.5 s. Measured as this
             environment runs it (PYTHONDONTWRITEBYTECODE, if set, makes every start compile bot/) and with
             bytecode cached in a temporary PYTHONPYCACHEPREFIX, as an installed package would run.
  telegram   is any telegram module imported by the engine commands (ask, chat, check, eval)? Should be no.
--quick: 300 typical messages, one pass and fewer repeats, for a smoke run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# benchmarks/telegram.py is named like the python-telegram-bot package: keep this folder off the import path.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]

import yaml  # noqa: E402
from rapidfuzz import fuzz, process, utils  # noqa: E402

from bot.engine import Engine  # noqa: E402

TARGETS = {"typical_mean_ms": 0.2, "long_mean_ms": 5.0, "startup_s": 0.5}
LONG_CHARS = 4096
PREFIXES = ["hi", "hey,", "ok so", "quick question:", "doc,", "sorry to bother you but"]
SUFFIXES = ["?", "!!", " please", " thanks", " lol", " asap", " any ideas?", " :("]
FILLER = ["I have been meaning to ask about this for a while", "My sister said I should look it up",
          "I work long shifts at a warehouse and stand most of the day", "Sorry if this is a silly question",
          "We moved house in March and things have been hectic", "Anyway that is the background"]  # fmt: skip
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
ASK_HI = ["-m", "bot", "ask", "hi"]
LOAD_SNIPPET = """import time; t0 = time.perf_counter(); from bot import loader; from bot.engine import Engine
t1 = time.perf_counter(); base = loader.load(); t2 = time.perf_counter(); Engine(base); t3 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2)"""
TELEGRAM_SNIPPET = """import contextlib, io, sys; from bot.cli import main
with contextlib.redirect_stdout(io.StringIO()): main(sys.argv[1:])
print(sum(1 for m in sys.modules if m == "telegram" or m.startswith("telegram.")))"""
ENGINE_COMMANDS = {"ask": ["ask", "hi"], "chat": ["chat"], "check": ["check"], "eval": ["eval", "--misses", "0"]}  # fmt: skip


def eval_texts() -> tuple[list[str], list[str]]:
    """The eval set's texts: (not urgent, urgent)."""
    cases = yaml.safe_load((ROOT / "tests/data/eval.yaml").read_text(encoding="utf-8"))["cases"]
    return [c["text"] for c in cases if not c["urgent"]], [c["text"] for c in cases if c["urgent"]]


def typo(word: str, rng: random.Random) -> str:
    i, kind = rng.randrange(len(word) - 1), rng.choice(("delete", "swap", "replace", "insert"))
    if kind == "delete":
        return word[:i] + word[i + 1 :]
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + rng.choice(string.ascii_lowercase) + word[i + (kind == "replace") :]


def variant(text: str, rng: random.Random) -> str:
    """Random typos (on ~1 word in 5), casing and extra words."""
    out = " ".join(typo(w, rng) if len(w) >= 4 and rng.random() < 0.2 else w for w in text.split())
    out = rng.choice((str, str.upper, str.capitalize, str.title))(out)
    if rng.random() < 0.3:
        out = f"{rng.choice(PREFIXES)} {out}"
    return out + rng.choice(SUFFIXES) if rng.random() < 0.3 else out


def typical_messages(n: int, texts: list[str], urgent: list[str], rng: random.Random) -> list[str]:
    return [t if rng.random() < 0.25 else variant(t, rng) for t in rng.choices(texts + urgent, k=n)]


def long_messages(n: int, texts: list[str], urgent: list[str], rng: random.Random) -> list[str]:
    """n messages of exactly LONG_CHARS characters; those at index % 4 == 0 have a red flag mid-way."""
    out = []
    for k in range(n):
        pieces: list[str] = []
        while sum(len(p) + 2 for p in pieces) < LONG_CHARS + 200:
            pieces.append(variant(rng.choice(texts), rng) if rng.random() < 0.6 else rng.choice(FILLER))
        if k % 4 == 0:
            pieces.insert(len(pieces) // 2, rng.choice(urgent))
        out.append(". ".join(pieces)[:LONG_CHARS])
    return out


def timed_pass(messages: list[str], warm_up: list[str]) -> tuple[list[float], list[bool]]:
    """On a fresh engine warmed on ``warm_up``: seconds per engine.reply call, and which replies were urgent."""
    engine, times, urgent, clock = Engine.load(), [], [], time.perf_counter
    for text in warm_up:
        engine.reply(text)
    for text in messages:
        start = clock()
        reply = engine.reply(text)
        times.append(clock() - start)
        urgent.append(reply.urgent)
    return times, urgent


def floor_ms(messages: list[str], phrasings: list[str]) -> float | None:
    """Milliseconds per message for bare cdist; None without numpy. A first small call pays its import."""
    options = {"scorer": fuzz.ratio, "processor": utils.default_process, "workers": 1}
    try:
        process.cdist(messages[:2], phrasings, **options)
    except ImportError:
        return None
    start = time.perf_counter()
    process.cdist(messages, phrasings, **options)
    return (time.perf_counter() - start) / len(messages) * 1e3


def reply_figures(messages: list[str], warm_up: list[str], phrasings: list[str], passes: int) -> tuple:
    runs = sorted((timed_pass(messages, warm_up) for _ in range(passes)), key=lambda run: sum(run[0]))
    times, urgent = runs[0]
    mean = statistics.fmean(times) * 1e3
    floors = [floor_ms(messages, phrasings) for _ in range(passes)]
    floor = None if None in floors else min(floors)
    return {"mean_ms": mean, "p99_ms": sorted(times)[int(0.99 * (len(times) - 1))] * 1e3,
            "pass_means_ms": [statistics.fmean(t) * 1e3 for t, _ in runs], "floor_ms": floor,
            "engine_over_floor": None if floor is None else mean / floor}, urgent  # fmt: skip


def run_python(args: list[str], env: dict | None = None) -> tuple[float, str]:
    """Wall time and stdout of a fresh interpreter run from the repository root."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], cwd=ROOT, env=env or ENV, capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, check=False)  # fmt: skip
    if done.returncode != 0:
        print(f"warning: {args[:2]} exited {done.returncode}: {done.stderr.strip()[-300:]}", file=sys.stderr)
    return time.perf_counter() - start, done.stdout


def load_figures(runs: int) -> dict:
    samples = [[float(x) for x in run_python(["-c", LOAD_SNIPPET])[1].split()] for _ in range(runs)]
    imports, kb_load, build = (statistics.median(column) * 1e3 for column in zip(*samples, strict=True))
    return {"imports_ms": imports, "loader_load_ms": kb_load, "index_build_ms": build,
            "engine_load_ms": kb_load + build, "runs": runs}  # fmt: skip


def startup_figures(runs: int) -> dict:
    median = lambda env=None: statistics.median(run_python(ASK_HI, env)[0] for _ in range(runs))  # noqa: E731
    out = {"median_s": median(), "runs": runs}
    with tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in ENV.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        run_python(ASK_HI, env)  # compiles and caches
        out["cached_bytecode_median_s"] = median(env)
    return out


def measure(n_messages: int, quick: bool) -> dict:
    rng = random.Random(20240611)
    texts, urgent = eval_texts()
    phrasings = [e for intent in Engine.load().kb.intents.values() for e in intent.examples]
    typical = typical_messages(n_messages, texts, urgent, rng)
    long = long_messages(max(20, n_messages // 10), texts, urgent, rng)
    r: dict = {"python": sys.version.split()[0], "cpus": os.cpu_count(), "example_phrasings": len(phrasings),
               "messages": len(typical), "long_messages": len(long)}  # fmt: skip
    r["typical"], _ = reply_figures(typical, texts + urgent, phrasings, 1 if quick else 3)
    r["long"], flagged = reply_figures(long, texts + urgent, phrasings, 1 if quick else 3)
    planted = flagged[::4]
    r["long_urgent"] = {"with_red_flag": [sum(planted), len(planted)],
                        "without": [sum(flagged) - sum(planted), len(flagged) - len(planted)]}  # fmt: skip
    r["load"] = load_figures(2 if quick else 5)
    r["startup"] = startup_figures(3 if quick else 5)
    # per command, how many telegram modules were loaded; -1 if the command printed nothing (it failed)
    r["telegram_modules"] = {name: int((run_python(["-c", TELEGRAM_SNIPPET, *argv])[1].split() or [-1])[-1])
                             for name, argv in ENGINE_COMMANDS.items()}  # fmt: skip
    values = (r["typical"]["mean_ms"], r["long"]["mean_ms"], r["startup"]["median_s"])
    r["targets"] = {k: {"target": t, "value": v, "pass": v <= t}
                    for (k, t), v in zip(TARGETS.items(), values, strict=True)}  # fmt: skip
    return r


def table(r: dict) -> str:
    rows: list[tuple[str, ...]] = []

    def row(label: str, value: str, target: str = "") -> None:
        t = r["targets"].get(target)
        rows.append((label, value, *((f"<= {t['target']}", "PASS" if t["pass"] else "FAIL") if t else ())))

    ld, st, lu = r["load"], r["startup"], r["long_urgent"]
    row("imports (bot.engine)", f"{ld['imports_ms']:.1f} ms")
    row("loader.load()", f"{ld['loader_load_ms']:.1f} ms")
    row("Engine(...) index build", f"{ld['index_build_ms']:.1f} ms")
    row(f"Engine.load() = both, median of {ld['runs']}", f"{ld['engine_load_ms']:.1f} ms")
    for key, n in (("typical", r["messages"]), ("long", r["long_messages"])):
        fig, name = r[key], f"{'typical' if key == 'typical' else '4096-char'} ({n})"
        row(f"reply, {name} mean", f"{fig['mean_ms']:.3f} ms", f"{key}_mean_ms")
        row(f"reply, {name} p99", f"{fig['p99_ms']:.3f} ms")
        if len(means := fig["pass_means_ms"]) > 1:
            row(f"  mean of each of {len(means)} passes", "/".join(f"{m:.3g}" for m in means) + " ms")
        if fig["floor_ms"] is not None:
            row(f"floor cdist, {name}", f"{fig['floor_ms']:.4f} ms")
            row(f"engine / floor, {name}", f"{fig['engine_over_floor']:.1f}x")
    row("4096-char with a red flag: urgent", "{} / {}".format(*lu["with_red_flag"]))
    row("4096-char without one: urgent", "{} / {}".format(*lu["without"]))
    row(f"start-up `ask hi`, median of {st['runs']}", f"{st['median_s']:.3f} s", "startup_s")
    row("start-up, bytecode cached", f"{st['cached_bytecode_median_s']:.3f} s")
    loaded = [f"{k} {({0: 'no', -1: '?'}).get(v, 'YES')}" for k, v in r["telegram_modules"].items()]
    row("telegram imported by", ", ".join(loaded))
    width = max(len(x[0]) for x in rows)
    lines = [f"{x[0]:<{width}}  {x[1]:>14}  {'  '.join(x[2:])}".rstrip() for x in rows]
    head = f"spasm-bot engine: Python {r['python']}, {r['cpus']} CPUs, {r['example_phrasings']} example phrasings"
    floor_note = [] if r["typical"]["floor_ms"] is not None else ["(no floor: rapidfuzz cdist needs numpy)"]
    return "\n".join([head, "", *lines, *floor_note])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=3000, help="typical messages to time (default 3000)")
    parser.add_argument("--quick", action="store_true", help="a fast smoke run: 300 messages, fewer repeats")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    result = measure(300 if args.quick else max(1, args.messages), args.quick)
    print(json.dumps(result, indent=2) if args.json else table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
