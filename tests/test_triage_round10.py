"""Structure added after blind set 32 (long posts, downplaying, carers; measured on arrival, then tune): each
rule is shown on wording other than the set's own, with calm neighbours."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "level"),
    [
        # "not X or Y": the negation reaches the second of two joined things said by their absence
        ("my gran slumped in her chair and she's not talking or opening her eyes", "emergency"),
        ("he fell off the ladder and isn't moving or answering", "emergency"),
        # words that will not come out properly are slurred speech
        ("since lunch my husband's words are not coming out properly and his face looks odd", "emergency"),
        ("mum's words aren't coming out right this morning", "emergency"),
        # a wound gone red and hot or swollen, with fast breathing or feeling like dying: sepsis
        ("scraped my knee on gravel on monday, it's red and hot now and I'm breathing really fast and feel awful",
         "emergency"),
        # a tongue or lips gone big after a sting or a food
        ("ate a prawn cracker and my lips have gone huge", "emergency"),
        # the calf, then "it's swollen" in the next sentence: a possible clot
        ("my right calf has been cramping for two days. It's swollen now too.", "same-day"),
        # ... and breathless as well: a clot that may have reached the lung
        ("my right calf has been cramping for two days. It's swollen now too. And I'm really short of breath",
         "emergency"),
        # put on a statin, then aching legs
        ("the GP put me on atorvastatin three weeks ago and ever since my thighs ache constantly", "same-day"),
        # an ordinal minute is a length
        ("this calf cramp is on its 15th minute and still rock hard", "same-day"),
        # "never ... before" about a jab is no jab at all
        ("got bitten by a neighbour's dog, it broke the skin and I've never had a tetanus jab before", "same-day"),
        ("stood on a rusty nail in the garden and have never had a tetanus shot in my life", "same-day"),
    ],
)
def test_set_32_structure(engine, message, level):
    """Each is triaged at its level, worded unlike the set's own messages."""
    assert engine.reply(message).triage == level


@pytest.mark.parametrize(
    "message",
    [
        "I stroke my dog's ears to calm down when my calves cramp, is that silly?",
        "I gently stroke my calf when it cramps, does that help?",
        "gets leg cramps when it's hot, how do I keep cool?",
        "never had cramps like these before, they're in my feet after long walks",
    ],
)
def test_calm_neighbours_stay_calm(engine, message):
    """A verb 'stroke', the weather, a new cramp: calm."""
    assert engine.reply(message).triage is None


def test_never_before_still_makes_a_symptom_new(engine):
    """'Never had chest pain like this before' says the pain is new, not absent."""
    assert engine.reply("never had chest pain like this before, it's crushing").triage == "emergency"
