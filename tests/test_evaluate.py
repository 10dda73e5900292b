"""`spasm-bot eval` per split: tune, holdout and blind scored apart, thresholds on all and on each held-out
split, known shortfalls stated; `spasm-bot check` warns about eval messages that copy an example."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import evalsets
from bot.cli import main
from bot.evaluate import evaluate
from bot.nearcopy import near_copies
from bot.yamlfile import KnowledgeError

REAL = """
thresholds: {top1: 0.9, out_of_scope: 0.9, kind: 0.9}
cases:
  - {text: "why do my legs cramp at night", intents: [leg_cramps], kind: why, expect: topic, split: tune, source: a}
  - {text: "can dehydration cause cramps", intents: [dehydration], kind: why, expect: topic, split: blind, source: b}
  - {text: "how long does a leg cramp last", intents: [pregnancy], kind: how_long, expect: topic, split: blind, source: c}
  - {text: "my eyelid keeps twitching", intents: [], kind: why, expect: uncovered, split: blind, source: d}
  - {text: "i get bad period cramps", intents: [], kind: why, expect: other_cramp, split: tune, source: e}
  - {text: "whats the weather tomorrow", intents: [], kind: none, expect: out_of_scope, split: blind, source: f}
"""


def _set(tmp_path: Path, text: str, name: str = "set.yaml") -> evalsets.EvalSet:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return evalsets.load(path)


def test_splits_are_scored_apart(engine, tmp_path):
    """Tune and blind get their own figures: here tune is right and blind misses one topic of two."""
    report = evaluate(engine, _set(tmp_path, REAL))
    assert report.slices["tune"].rate("top1") == 1.0
    assert report.slices["blind"].rate("top1") == 0.5
    assert report.slices["all"].rate("top1") == pytest.approx(2 / 3)


def test_replies_the_article_does_not_cover_are_scored_by_class(engine, tmp_path):
    """Uncovered and other-cramp cases count as right when the reply is of that class."""
    report = evaluate(engine, _set(tmp_path, REAL))
    assert report.slices["all"].rate("not_covered") == 1.0
    assert report.slices["blind"].rate("out_of_scope") == 1.0


def test_thresholds_apply_to_the_held_out_split_as_well(engine, tmp_path):
    """Blind top-1 at 50% fails the 90% line even where 'all' would be judged on its own."""
    failures = evaluate(engine, _set(tmp_path, REAL)).failures()
    assert "set.yaml blind top1 50.0% (threshold 90%)" in failures
    assert not any(" tune " in f for f in failures)


def test_a_stated_shortfall_gates_at_the_figure_reached(engine, tmp_path):
    """A known shortfall replaces the held-out threshold with the figure reached, and says why in the output."""
    text = REAL + "shortfalls:\n  - {split: blind, metric: top1, gate: 0.5, reason: measured honestly}\n"
    report = evaluate(engine, _set(tmp_path, text))
    assert not any("blind top1" in f for f in report.failures())
    assert report.gate("blind", "top1") == 0.5 and report.gate("all", "top1") == 0.9


def test_an_unknown_split_or_kind_is_reported_with_its_line(tmp_path):
    """A case with a split or kind that does not exist is a problem at its line."""
    bad = "cases:\n  - {text: hi, intents: [greeting], split: secret}\n  - {text: hi, kind: whenever}\n"
    with pytest.raises(KnowledgeError) as caught:
        _set(tmp_path, bad)
    messages = [str(p) for p in caught.value.problems]
    assert any(":2:" in m and "split" in m for m in messages)
    assert any(":3:" in m and "kind" in m for m in messages)


def test_eval_prints_every_split_of_every_set(tmp_path, capsys):
    """`eval FILE` prints one table with a column per split it has."""
    path = tmp_path / "real.yaml"
    path.write_text(REAL, encoding="utf-8")
    status = main(["eval", str(path)])
    out = capsys.readouterr().out
    assert status == 1
    header = next(line for line in out.splitlines() if line.strip().startswith("metric"))
    assert header.split()[1:4] == ["all", "tune", "blind"]


def test_near_copies_of_examples_are_warned_about(engine, tmp_path):
    """A labelled message that is an example with its words shuffled measures memory: check warns."""
    path = tmp_path / "copy.yaml"
    path.write_text(
        "cases:\n  - {text: 'Spasms! what causes MUSCLE?', intents: [causes]}\n", encoding="utf-8"
    )
    (warning,) = near_copies(engine.kb, [path])
    assert f"{path}:2:" in warning and "'what causes muscle spasms'" in warning


def test_an_own_wording_is_not_a_near_copy(engine, tmp_path):
    """A question in someone's own words is not flagged."""
    path = tmp_path / "own.yaml"
    path.write_text(
        "cases:\n  - {text: 'my calf locked up halfway through a swim', intents: [overuse]}\n",
        encoding="utf-8",
    )
    assert near_copies(engine.kb, [path]) == []


def test_the_kind_is_not_scored_on_out_of_scope_messages(engine, tmp_path):
    """A declined message has no kind: a kind labelled on one is not counted."""
    path = tmp_path / "real_questions.yaml"
    path.write_text(
        "cases:\n"
        '  - {text: "what is the capital of france", intents: [], kind: what, expect: out_of_scope, split: tune}\n'
        '  - {text: "how long do leg cramps last", intents: [leg_cramps], kind: how_long, expect: topic, split: tune}\n'
    )
    report = evaluate(engine, evalsets.load(path))
    assert report.slices["all"].marks["kind"] == [True]
