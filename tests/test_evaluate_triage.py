"""The red-flag part of `spasm-bot eval`: recall per level, false alarms, and stated shortfalls."""

from __future__ import annotations

import pytest

from bot.evaluate_triage import evaluate_triage, load_red_flag_set
from bot.yamlfile import KnowledgeError

SET = """thresholds: {emergency_recall: 1.0, same_day_recall: 0.95, false_alarms: 0.02}
cases:
  - {text: "my chest feels crushed", level: emergency, condition: heart, split: tune}
  - {text: "my calf is swollen and red", level: same-day, condition: dvt, split: holdout}
  - {text: "chest of drawers for sale", level: none, condition: heart, split: holdout}
  - {text: "why do my legs cramp", level: emergency, condition: stroke, split: holdout}
"""


def _load(engine, tmp_path, text):
    path = tmp_path / "red_flags.yaml"
    path.write_text(text, encoding="utf-8")
    return load_red_flag_set(path, set(engine.kb.red_flags.rules))


def test_recall_and_false_alarms_per_split(engine, tmp_path):
    """Each case counts in all and in its split: the mislabelled 'emergency' leg cramp is a missed emergency."""
    cases, thresholds, shortfalls = _load(engine, tmp_path, SET)
    report = evaluate_triage(engine, cases, thresholds, [], shortfalls)
    assert report.slices["tune"].rates()["emergency_recall"] == 1.0
    assert report.slices["holdout"].rates()["emergency_recall"] == 0.0
    assert report.slices["holdout"].rates()["same_day_recall"] == 1.0
    assert report.slices["holdout"].rates()["false_alarms"] == 0.0
    assert "red flags holdout: emergency_recall 0.0% (gate 100%)" in report.failures()


def test_a_stated_shortfall_gates_at_the_figure_reached(engine, tmp_path):
    """A shortfall replaces the threshold for its split and metric only, and is printed with its reason."""
    text = SET.replace("cases:", 'shortfalls:\n  - {split: holdout, metric: emergency_recall, gate: 0.0, reason: "x"}\n'
                       '  - {split: all, metric: emergency_recall, gate: 0.5, reason: "y"}\ncases:')  # fmt: skip
    cases, thresholds, shortfalls = _load(engine, tmp_path, text)
    report = evaluate_triage(engine, cases, thresholds, [], shortfalls)
    assert report.failures() == []


@pytest.mark.parametrize(
    "bad",
    ["{split: holdout, metric: emergency_recall, gate: high, reason: x}",
     "{split: blind, metric: emergency_recall, gate: 0.5, reason: x}",
     "{split: holdout, metric: recall, gate: 0.5, reason: x}"],
)  # fmt: skip
def test_a_malformed_shortfall_is_reported(engine, tmp_path, bad):
    """A shortfall without a known split and metric, a number and a reason stops eval with its line."""
    with pytest.raises(KnowledgeError, match="a shortfall needs"):
        _load(engine, tmp_path, SET.replace("cases:", f"shortfalls:\n  - {bad}\ncases:"))
