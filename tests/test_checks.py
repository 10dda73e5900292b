"""`spasm-bot check`: a broken knowledge folder is reported as file:line: problem, exit 1, never a traceback."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}: the test needs updating"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(path: Path, fragment: str, after: int = 0) -> int:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if n > after and fragment in line:
            return n
    raise AssertionError(f"{fragment!r} not in {path.name}")


def _check(directory: Path, capsys) -> tuple[int, str]:
    status = main(["check", "--knowledge", str(directory)])
    out, err = capsys.readouterr()
    return status, out + err


def _invalid_yaml(k: Path) -> tuple[str, int, str]:
    path = k / "intents.yaml"
    line = _line_of(path, "    kind: topic")
    _replace(path, "    kind: topic\n", "\tkind: topic\n")
    return "intents.yaml", line, "not valid YAML"


def _missing_required_key(k: Path) -> tuple[str, int, str]:
    path = k / "answers.yaml"
    _replace(path, '    title: "Overuse of a muscle"\n', "")
    start = _line_of(path, "  overuse:")
    return "answers.yaml", start + 1, "answers.overuse: missing 'title'"


def _unknown_fact(k: Path) -> tuple[str, int, str]:
    path = k / "answers.yaml"
    _replace(
        path, "facts: [electrolyte_imbalance, low_minerals]", "facts: [electrolyte_imbalance, no_such_fact]"
    )
    return "answers.yaml", _line_of(path, "no_such_fact"), "electrolytes: unknown fact 'no_such_fact'"


def _unknown_related(k: Path) -> tuple[str, int, str]:
    path = k / "intents.yaml"
    _replace(
        path, "related: [dehydration, electrolytes, prevention]", "related: [dehydration, no_such_intent]"
    )
    return "intents.yaml", _line_of(path, "no_such_intent"), "overuse: unknown related 'no_such_intent'"


def _example_under_two_intents(k: Path) -> tuple[str, int | None, str]:
    path = k / "intents.yaml"
    _replace(
        path,
        "      - i get cramps after the gym\n",
        "      - i get cramps after the gym\n      - can dehydration cause muscle cramps\n",
    )
    return (
        "intents.yaml",
        None,
        "example 'can dehydration cause muscle cramps' is under both 'overuse' and 'dehydration'",
    )


def _disclaimer_without_words(k: Path) -> tuple[str, int, str]:
    path = k / "messages.yaml"
    line = _line_of(path, "disclaimer:")
    text = path.read_text(encoding="utf-8").splitlines(keepends=True)
    text[line - 1] = 'disclaimer: "General information from one article. See a doctor if worried."\n'
    path.write_text("".join(text), encoding="utf-8")
    return "messages.yaml", line, "not medical advice"


def _example_understood_as_another_intent(k: Path) -> tuple[str, int, str]:
    path = k / "intents.yaml"
    _replace(
        path,
        "      - i get cramps after the gym\n",
        "      - i get cramps after the gym\n      - my calves cramp in the night\n",
    )
    return "intents.yaml", _line_of(path, "my calves cramp in the night"), "is understood as leg_cramps"


def _example_triggers_emergency(k: Path) -> tuple[str, int, str]:
    path = k / "intents.yaml"
    _replace(
        path,
        "      - i get cramps after the gym\n",
        "      - i get cramps after the gym\n      - i get chest pain at the gym\n",
    )
    return "intents.yaml", _line_of(path, "i get chest pain at the gym"), "triggers the emergency reply"


def _duplicate_key(k: Path) -> tuple[str, int, str]:
    path = k / "vocabulary.yaml"
    _replace(path, "  calves: calf\n", "  calves: calf\n  calves: leg\n")
    return "vocabulary.yaml", _line_of(path, "  calves: leg"), "duplicate key 'calves'"


def _unknown_key(k: Path) -> tuple[str, int, str]:
    path = k / "intents.yaml"
    _replace(
        path,
        "    related: [dehydration, electrolytes, prevention]\n",
        "    related: [dehydration, electrolytes, prevention]\n    colour: red\n",
    )
    return "intents.yaml", _line_of(path, "    colour: red"), "unknown key 'colour'"


def _weight_out_of_range(k: Path) -> tuple[str, int, str]:
    path = k / "intents.yaml"
    _replace(path, "{overuse: 1.3,", "{overuse: 9,")
    return "intents.yaml", _line_of(path, "{overuse: 9,"), "overuse.keywords.overuse must be a number"


def _bad_kind(k: Path) -> tuple[str, int, str]:
    path = k / "intents.yaml"
    start = _line_of(path, "  overuse:")
    line = _line_of(path, "    kind: topic", after=start)
    text = path.read_text(encoding="utf-8").splitlines(keepends=True)
    text[line - 1] = "    kind: bogus\n"
    path.write_text("".join(text), encoding="utf-8")
    return "intents.yaml", line, "intents.overuse.kind must be one of"


def _unknown_menu_intent(k: Path) -> tuple[str, int, str]:
    path = k / "messages.yaml"
    _replace(path, "  start: [leg_cramps,", "  start: [no_such_intent, leg_cramps,")
    return "messages.yaml", _line_of(path, "no_such_intent"), "menu start: unknown intent 'no_such_intent'"


def _red_flag_reply_without_call(k: Path) -> tuple[str, int | None, str]:
    _replace(k / "red_flags.yaml", "    {call}\n", "    Call someone.\n")
    return "red_flags.yaml", None, "reply.emergency_body must contain {call}"


def _unknown_question_kind(k: Path) -> tuple[str, int, str]:
    path = k / "kinds.yaml"
    line = _line_of(path, "  how_long:")
    _replace(path, "  how_long:\n", "  how_much:\n")
    return "kinds.yaml", line, "unknown question kind"


def _kind_article_not_allowed(k: Path) -> tuple[str, int, str]:
    path = k / "kinds.yaml"
    after = _line_of(path, "  relief:")
    line = _line_of(path, "    article: none", after)
    _replace(
        path,
        "    article: none\n    missing: \"The article doesn't say what to do",
        "    article: maybe\n    missing: \"The article doesn't say what to do",
    )
    return "kinds.yaml", line, "article must be one of"


def _bad_subject_scope(k: Path) -> tuple[str, int, str]:
    path = k / "scope.yaml"
    line = _line_of(path, "    scope: uncovered")
    _replace(path, "    scope: uncovered\n", "    scope: elsewhere\n")
    return "scope.yaml", line, "scope must be uncovered or other_cramp"


def _unknown_kind_in_an_answer(k: Path) -> tuple[str, int, str]:
    path = k / "answers.yaml"
    line = _line_of(path, "      who:")
    _replace(path, "      who:\n", "      whom:\n")
    return "answers.yaml", line, "unknown question kind"


def _twin_keywords(k: Path) -> tuple[str, int, str]:
    path = k / "intents.yaml"
    _replace(path, "exercise: 0.9,", "exercise: 0.9, exercises: 0.8,")
    return (
        "intents.yaml",
        _line_of(path, "exercises: 0.8"),
        "overuse: 'exercises' reads as 'exercise', as 'exercise' does",
    )


def _twin_cues(k: Path) -> tuple[str, int, str]:
    path = k / "kinds.yaml"
    _replace(path, "duration: 1.4,", "duration: 1.4, durations: 1.0,")
    return "kinds.yaml", _line_of(path, "durations: 1.0"), "how_long: 'durations' reads as 'duration'"


def _twin_cues_on_a_later_line(k: Path) -> tuple[str, int, str]:
    """A repeated cue is located on its own line, not the first line of a cue table that runs over several."""
    path = k / "kinds.yaml"
    _replace(path, "pass on its own: 1.5,", "pass on its own: 1.5, passing on its own: 1.0,")
    return "kinds.yaml", _line_of(path, "passing on its own: 1.0"), "how_long: 'passing on its own' reads as"


BREAKAGES = [
    _twin_keywords,
    _twin_cues,
    _twin_cues_on_a_later_line,
    _unknown_question_kind,
    _kind_article_not_allowed,
    _bad_subject_scope,
    _unknown_kind_in_an_answer,
    _invalid_yaml,
    _missing_required_key,
    _unknown_fact,
    _unknown_related,
    _example_under_two_intents,
    _disclaimer_without_words,
    _example_understood_as_another_intent,
    _example_triggers_emergency,
    _duplicate_key,
    _unknown_key,
    _weight_out_of_range,
    _bad_kind,
    _unknown_menu_intent,
    _red_flag_reply_without_call,
]


def test_real_knowledge_passes(capsys):
    """The shipped knowledge base passes the check with exit 0 and an OK summary."""
    status, out = _check(ROOT / "knowledge", capsys)
    assert status == 0, out
    assert out.startswith("OK:")


@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda f: f.__name__.strip("_"))
def test_broken_knowledge_is_reported(knowledge_copy, capsys, breakage):
    """Each kind of breakage exits 1 and prints the file, the line and what is wrong, without a traceback."""
    file, line, words = breakage(knowledge_copy)
    status, out = _check(knowledge_copy, capsys)
    assert status == 1, out
    assert "Traceback" not in out
    found = [m for m in re.finditer(rf"^{re.escape(file)}:(\d+): (.*)$", out, re.M) if words in m.group(2)]
    assert found, out
    if line is not None:
        assert int(found[0].group(1)) == line, out
    assert re.search(r"^\d+ problem\(s\) in ", out, re.M)


def test_check_of_a_missing_folder(tmp_path, capsys):
    """Checking a folder without knowledge files lists each missing file and exits 1."""
    status, out = _check(tmp_path / "nowhere", capsys)
    assert status == 1
    assert "intents.yaml: file is missing" in out
    assert "Traceback" not in out


def test_check_in_a_child_process(knowledge_copy, subprocess_env):
    """`python -m bot check --knowledge DIR` exits 1 with the problem on stdout and nothing alarming on stderr."""
    file, line, words = _invalid_yaml(knowledge_copy)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "check", "--knowledge", str(knowledge_copy)],
        cwd=ROOT, env=subprocess_env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    assert f"{file}:{line}: {words}" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_loading_broken_knowledge_for_ask_is_a_clean_error(knowledge_copy, capsys):
    """`ask --knowledge BROKEN` exits 1 and lists the problem on stderr instead of a traceback."""
    _unknown_fact(knowledge_copy)
    status = main(["ask", "--knowledge", str(knowledge_copy), "hi"])
    out, err = capsys.readouterr()
    assert status == 1
    assert "unknown fact 'no_such_fact'" in err
    assert "Traceback" not in out + err


def test_non_numeric_ordinal_is_reported(knowledge_copy, capsys):
    """followups.yaml ordinals must be whole numbers: "first: one" is a problem, not silently ignored."""
    _replace(knowledge_copy / "followups.yaml", "  first: 1\n", "  first: one\n")
    status, out = _check(knowledge_copy, capsys)
    assert status == 1
    assert "followups.yaml" in out
