"""Properties of triage (hypothesis): a red flag stated as present stays triaged whatever is said around it."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.model import TRIAGE_LEVELS

# Red flags stated as present, first person, one per kind of rule, with the level each must reach.
SIGNS = [
    ("my chest feels tight and heavy", "emergency"),
    ("my face is drooping on one side and my speech is slurred", "emergency"),
    ("I can't breathe", "emergency"),
    ("I have a fever and a stiff neck", "emergency"),
    ("my throat is closing up after I ate prawns", "emergency"),
    ("my back hurts and I've wet myself", "emergency"),
    ("my calf is swollen and red", "same-day"),
    ("I've had a cramp for 30 minutes that won't ease", "same-day"),
    ("since starting a statin my thighs ache", "same-day"),
]

CALM = [
    "I run three times a week.",
    "Thanks for answering earlier.",
    "Why do my legs cramp at night?",
    "I drink plenty of water and eat bananas.",
    "My sister says magnesium helped her.",
    "Sorry for the long message.",
    "I work at a desk all day.",
    "The weather has been nice lately.",
]

NEGATED = ["no rash", "no fever", "not dizzy", "no numbness in my feet", "I don't have diabetes"]

THIRD_PERSON = {"my": "his", "I've": "he's", "I'm": "he's", "I": "he", "me": "him"}

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _triaged_at(engine, message: str, level: str) -> bool:
    got = engine.reply(message).triage
    return got is not None and TRIAGE_LEVELS.index(got) <= TRIAGE_LEVELS.index(level)


def _typo(word: str, kind: int, at: int) -> str:
    if len(word) < 4:
        return word
    i = 1 + at % (len(word) - 2)
    if kind == 0:  # swap two letters
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:  # drop a letter
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]  # double a letter


@FAST
@given(sign=st.sampled_from(SIGNS), before=st.lists(st.sampled_from(CALM), max_size=3),
       after=st.lists(st.sampled_from(CALM), max_size=3))  # fmt: skip
def test_calm_sentences_around_a_sign_do_not_hide_it(engine, sign, before, after):
    """Calm sentences added before or after a red flag leave it triaged at its level."""
    text, level = sign
    message = " ".join([*before, text + ".", *after])
    assert _triaged_at(engine, message, level), message


@FAST
@given(sign=st.sampled_from(SIGNS), negated=st.sampled_from(NEGATED), first=st.booleans())
def test_a_negated_clause_beside_a_sign_does_not_hide_it(engine, sign, negated, first):
    """Another clause with a negation ("no fever, ...", "..., not dizzy") leaves the sign triaged."""
    text, level = sign
    message = f"{negated}, {text}" if first else f"{text}, {negated}"
    assert _triaged_at(engine, message, level), message


@FAST
@given(sign=st.sampled_from(SIGNS), calm=st.sampled_from(CALM),
       slips=st.lists(st.tuples(st.integers(0, 2), st.integers(0, 50), st.integers(0, 50)), max_size=4))  # fmt: skip
def test_typos_in_other_words_do_not_hide_a_sign(engine, sign, calm, slips):
    """Slips of the keyboard in the words around a red flag leave it triaged."""
    text, level = sign
    words = calm.split()
    for kind, which, at in slips:
        n = which % len(words)
        words[n] = _typo(words[n], kind, at)
    message = f"{' '.join(words)} {text}"
    assert _triaged_at(engine, message, level), message


@FAST
@given(sign=st.sampled_from(SIGNS), who=st.sampled_from(["my dad", "my wife", "my son", "my friend"]))
def test_a_sign_told_of_someone_else_is_triaged(engine, sign, who):
    """The same red flag told in the third person ("his chest feels tight") is triaged at the same level."""
    text, level = sign
    third = re.sub(r"\b(I've|I'm|I|my|me)\b", lambda m: THIRD_PERSON[m.group(1)], text)
    message = f"{who} says {third}"
    assert _triaged_at(engine, message, level), message
