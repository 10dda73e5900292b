"""Checking a message only against the rules its concepts can start changes no triage outcome."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data" / "red_flags.yaml"


def test_pruned_rule_check_gives_what_checking_every_rule_gives(engine):
    """Every tune red-flag message triages the same when every rule is checked for every message."""
    cases = [c for c in yaml.safe_load(DATA.read_text(encoding="utf-8"))["cases"] if c.get("split") == "tune"]
    pruned = engine.triage
    brute = copy.copy(pruned)
    brute.patterns = copy.copy(pruned.patterns)
    brute.patterns.always = {rule_id for rule_id, _ in pruned.patterns.checks}  # every rule reached
    differ = []
    for case in cases[::4]:
        terms, _ = engine.analyser.read(case["text"])
        if pruned.assess(terms) != brute.assess(terms):
            differ.append(case["text"])
    assert differ == []
