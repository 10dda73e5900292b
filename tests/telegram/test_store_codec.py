"""The Context JSON codec: exact round trips; unknown fields dropped, missing or malformed ones defaulted."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from bot.model import Context
from bot.tgbot.store.codec import decode, encode

words = st.lists(st.text(max_size=20), max_size=8).map(tuple)


@given(words, words, words, st.floats(allow_nan=False, allow_infinity=False), words, words, words, words)
def test_any_context_round_trips_exactly(topics, offered, facts, updated, flags, signs, picked_from, places):
    context = Context(topics, offered, facts, updated, flags=flags, signs=signs, picked_from=picked_from, places=places)
    assert decode(encode(context)) == context


def test_the_json_holds_exactly_the_contexts_fields():
    context = Context(("legs",), ("water", "magnesium"), ("pregnancy",), 12.5, ("clot",), ("pregnant",))
    assert json.loads(encode(context)) == {
        "topics": ["legs"],
        "offered": ["water", "magnesium"],
        "facts": ["pregnancy"],
        "updated": 12.5,
        "flags": ["clot"],
        "signs": ["pregnant"],
        "asked": [],
        "picked_from": [],
        "places": [],
    }


def test_unknown_fields_are_dropped_and_missing_ones_take_their_default():
    later_version = '{"topics": ["legs"], "mood": "calm", "offered": [], "triage": "same-day"}'
    assert decode(later_version) == Context(topics=("legs",))
    assert decode('{"facts": ["diabetes"]}') == Context(facts=("diabetes",))
    # what the version before red-flag memory wrote (no "flags", no "signs") still reads
    before = '{"topics": ["legs"], "offered": ["water"], "facts": [], "updated": 5.0}'
    assert decode(before) == Context(topics=("legs",), offered=("water",), updated=5.0, flags=(), signs=())


def test_malformed_fields_take_their_default_and_garbage_reads_as_a_fresh_context():
    assert decode('{"topics": "legs", "updated": "soon", "facts": [1, ["x"]], "offered": ["a"]}') == Context(
        offered=("a",)
    )
    assert decode('{"topics": [null], "updated": true}') == Context()
    assert decode('{"updated": 3}') == Context(updated=3.0)
    for garbage in ("", None, b"\xff", "not json", "[1, 2]", "null", '"text"'):
        assert decode(garbage) == Context()
