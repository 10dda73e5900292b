"""The command line: ask (one question, stdin lines, JSON, conversation), eval, chat, and no telegram import."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot import __version__
from bot.cli import main
from bot.render import plain

ROOT = Path(__file__).resolve().parents[1]
JSON_KEYS = {"question", "intents", "urgent", "triage", "kind", "reply"}


def _run(argv: list[str], capsys, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def _json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("question", "intents", "urgent"),
    [
        ("why do my legs cramp", ["leg_cramps"], False),
        ("my chest hurts", [], True),
        ("what's the weather", [], False),
        ("", [], False),
    ],
)
def test_ask_json_prints_one_object(engine, capsys, question, intents, urgent):
    """`ask --json Q` prints exactly one JSON object with the keys question, intents, urgent and reply."""
    status, out, err = _run(["ask", "--json", question], capsys)
    assert status == 0, err
    assert len(out.strip().splitlines()) == 1
    (obj,) = _json_lines(out)
    assert set(obj) == JSON_KEYS
    assert obj["question"] == question
    assert obj["intents"] == intents
    assert obj["urgent"] is urgent
    assert obj["reply"] == plain(engine.reply(question))


def test_ask_json_keeps_non_ascii(capsys):
    """JSON output keeps non-ASCII text readable (no \\u escapes for the question)."""
    _, out, _ = _run(["ask", "--json", "crampes — 😀 why do my legs cramp"], capsys)
    assert "😀" in out
    assert _json_lines(out)[0]["question"] == "crampes — 😀 why do my legs cramp"


def test_ask_plain_prints_the_reply(engine, capsys):
    """`ask Q` prints the plain rendering of the reply."""
    status, out, _ = _run(["ask", "why do my legs cramp"], capsys)
    assert status == 0
    assert out == plain(engine.reply("why do my legs cramp")) + "\n"


def test_ask_explain_shows_how_it_read_the_question(capsys):
    """`ask --explain Q` shows the terms, triage, scores and decision before the reply."""
    _, out, _ = _run(["ask", "--explain", "why do my legs cramp"], capsys)
    for label in ("terms:", "triage:", "domain:", "decision:"):
        assert label in out
    assert "leg_cramps" in out
    assert out.index("decision:") < out.index("not medical advice")


def test_ask_with_emergency_number(capsys):
    """`ask --emergency-number 112` leads the urgent reply with 112."""
    _, out, _ = _run(["ask", "--json", "--emergency-number", "112", "my chest hurts"], capsys)
    reply = _json_lines(out)[0]["reply"]
    first_body_line = reply.splitlines()[1]
    assert "112" in first_body_line


def test_ask_stdin_one_object_per_line_in_order(capsys, monkeypatch):
    """Without a question, `ask --json` writes exactly one JSON object per stdin line, empty lines included."""
    lines = ["why do my legs cramp", "", "my chest hurts", "   ", "hi", "a", "", "b"]
    status, out, _ = _run(["ask", "--json"], capsys, "\n".join(lines) + "\n", monkeypatch)
    assert status == 0
    objects = _json_lines(out)
    assert [o["question"] for o in objects] == lines
    assert all(set(o) == JSON_KEYS for o in objects)
    assert [o["urgent"] for o in objects] == [False, False, True, False, False, False, False, False]
    assert objects[1]["intents"] == [] and objects[1]["reply"]


def test_ask_stdin_windows_line_endings_and_no_final_newline(capsys, monkeypatch):
    """CRLF line ends are not part of the question, and a last line without a newline is still answered."""
    _, out, _ = _run(["ask", "--json"], capsys, "hi\r\nbye", monkeypatch)
    assert [o["question"] for o in _json_lines(out)] == ["hi", "bye"]


def test_ask_stdin_without_conversation_treats_lines_alone(capsys, monkeypatch):
    """Without --conversation, "is it serious?" after a topic is read on its own."""
    _, out, _ = _run(["ask", "--json"], capsys, "why do my legs cramp\nis it serious?\n", monkeypatch)
    second = _json_lines(out)[1]
    assert "leg_cramps" not in second["intents"]


def test_ask_stdin_conversation_keeps_context(capsys, monkeypatch):
    """With --conversation, stdin lines are one conversation: "is it serious?" keeps leg cramps in view."""
    _, out, _ = _run(
        ["ask", "--json", "--conversation"], capsys, "why do my legs cramp\nis it serious?\n", monkeypatch
    )
    first, second = _json_lines(out)
    assert first["intents"] == ["leg_cramps"]
    assert second["intents"][0] == "when_to_see_doctor"
    assert "leg_cramps" in second["intents"]


def test_ask_stdin_plain(capsys, monkeypatch):
    """Plain stdin mode prints each reply followed by a blank line."""
    _, out, _ = _run(["ask"], capsys, "hi\nbye\n", monkeypatch)
    assert "Hello" in out and "Goodbye" in out
    assert out.index("Hello") < out.index("Goodbye")


def test_ask_stdin_in_a_child_process(subprocess_env):
    """`printf 'a\\n\\nb\\n' | python -m bot ask --json` prints three JSON objects, one per line."""
    done = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json"],
        input="a\n\nb\n", cwd=ROOT, env=subprocess_env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [json.loads(line)["question"] for line in lines] == ["a", "", "b"]


def test_engine_commands_never_import_telegram(subprocess_env):
    """`ask` (and so the engine) runs without importing the telegram package."""
    code = (
        "import sys; from bot.cli import main; main(['ask','hi']); "
        "main(['ask','--json','my chest hurts']); "
        "assert 'telegram' not in sys.modules, sorted(m for m in sys.modules if 'telegram' in m)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=subprocess_env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_version(capsys):
    """`--version` prints the package version."""
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert __version__ in capsys.readouterr().out


# eval

PASSING_SET = """
thresholds: {top1: 0.9, out_of_scope: 0.9, urgent_recall: 1.0, false_urgent: 0.0}
cases:
  - {text: "why do my legs cramp", intents: [leg_cramps], split: tune}
  - {text: "can dehydration cause cramps", intents: [dehydration], split: holdout}
  - {text: "I'm pregnant and my legs cramp at night", intents: [pregnancy, leg_cramps]}
  - {text: "my chest hurts", urgent: true}
  - {text: "what's the weather", intents: []}
"""

FAILING_SET = """
thresholds: {top1: 1.0}
cases:
  - {text: "why do my legs cramp", intents: [pregnancy]}
"""

DIALOGUES = """
threshold: 1.0
dialogues:
  - name: legs then serious
    turns:
      - {user: "why do my legs cramp", intent: leg_cramps}
      - {user: "is it serious?", intent: when_to_see_doctor, includes: [leg_cramps]}
      - {user: "and now my chest hurts", urgent: true}
"""


def test_eval_passes_when_thresholds_are_met(tmp_path, capsys):
    """`eval FILE` exits 0 and says PASS when every threshold is met."""
    status, out, _ = _run(["eval", str(_write(tmp_path / "set.yaml", PASSING_SET))], capsys)
    assert status == 0, out
    assert "PASS" in out
    assert "top-1 accuracy" in out and "urgent recall" in out


def test_eval_fails_below_a_threshold(tmp_path, capsys):
    """`eval FILE` exits 1, says FAIL and lists the miss when a threshold is not met."""
    status, out, _ = _run(["eval", str(_write(tmp_path / "set.yaml", FAILING_SET))], capsys)
    assert status == 1
    assert "FAIL" in out and "top1" in out
    assert "why do my legs cramp" in out


def test_eval_with_dialogues(tmp_path, capsys):
    """`eval FILE --dialogues D` scores follow-up turns with the conversation's context."""
    status, out, _ = _run(
        [
            "eval",
            str(_write(tmp_path / "set.yaml", PASSING_SET)),
            "--dialogues",
            str(_write(tmp_path / "d.yaml", DIALOGUES)),
        ],
        capsys,
    )
    assert status == 0, out
    assert "follow-ups (turns after the first)    100.0%" in out


def test_eval_missing_file_is_a_clean_error(tmp_path, capsys):
    """`eval` of a file that does not exist exits 1 with its name, not a traceback."""
    status, out, err = _run(["eval", str(tmp_path / "absent.yaml")], capsys)
    assert status == 1
    assert "absent.yaml" in err
    assert "Traceback" not in out + err


def test_eval_malformed_set_names_the_file(tmp_path, capsys):
    """`eval` of a file without a cases list exits 1 and says what is wrong with that file."""
    status, out, err = _run(["eval", str(_write(tmp_path / "broken.yaml", "cases: 5\n"))], capsys)
    assert status == 1
    assert "broken.yaml" in out + err


def test_eval_empty_dialogues_file_is_a_clean_error(tmp_path, capsys):
    """`eval --dialogues EMPTY` does not crash: it exits with a message, not a traceback."""
    args = [
        "eval",
        str(_write(tmp_path / "set.yaml", PASSING_SET)),
        "--dialogues",
        str(_write(tmp_path / "d.yaml", "")),
    ]
    status, _, _ = _run(args, capsys)
    assert status in (0, 1)


# chat (the terminal channel)


def test_chat_over_piped_stdin(engine, capsys, monkeypatch):
    """`chat` greets with the disclaimer, answers each line, picks offered topics by number and stops at quit."""
    second = engine.reply("why do my legs cramp").related[1].intent
    script = "why do my legs cramp\n2\n/forget\nmy chest hurts\nquit\nhi\n"
    status, out, _ = _run(["chat"], capsys, script, monkeypatch)
    assert status == 0
    assert out.startswith(engine.message("welcome").splitlines()[0])
    assert "not medical advice" in out.split("bot>")[0]
    turns = out.split("bot> ")[1:]
    assert len(turns) == 3  # "/forget" is answered without "bot>"; "quit" stops before "hi"
    assert turns[0].startswith(engine.kb.answers["leg_cramps"].title)
    assert turns[1].startswith(engine.kb.answers[second].title)
    assert engine.message("forgotten") in turns[1]
    assert turns[2].startswith(engine.kb.red_flags.texts["emergency_title"].upper())


def test_chat_commands(capsys, monkeypatch):
    """/help, /about, /privacy print their texts; /emergency prints the urgent guidance."""
    _, out, _ = _run(["chat"], capsys, "/help\n/privacy\n/emergency\n", monkeypatch)
    assert "/forget" in out
    assert "not logged" in out
    assert "911" in out
