"""Old years, signs that go on after a past start, and the lay wordings the twenty-third blind set showed missing:
each structure shown with its neighbours (sentences written here, not taken from the sets)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.cli import main
from bot.model import EMERGENCY, SAME_DAY

THIS_YEAR = date.today().year


@pytest.mark.parametrize(
    ("message", "level"),
    [
        (f"cut my shin on a rusty gate, my last tetanus jab was in {THIS_YEAR - 15}", SAME_DAY),
        (f"deep graze from a muddy rake, had my last booster back in {THIS_YEAR - 30}", SAME_DAY),
        (f"cut my shin on a rusty gate, my last tetanus jab was in {THIS_YEAR - 2}", None),
    ],
)
def test_a_year_ten_or_more_years_back_is_long_ago(engine, message, level):
    """A tetanus jab dated by a year at least ten years back is out of date; two years back is not."""
    assert engine.reply(message).triage == level


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("his hands went numb on monday and now it's crept up to his elbows", SAME_DAY),
        ("my feet went numb last week and now it's in my hands too", SAME_DAY),
        ("had numbness in my toes last week, it's gone now", None),
        ("my feet went numb last week after a long drive, fine since", None),
    ],
)
def test_a_past_sign_followed_by_its_progress_goes_on_now(engine, message, level):
    """'Went numb last week' is past on its own, but not when the same sentence says it has reached further now."""
    assert engine.reply(message).triage == level


def test_only_the_signs_a_pattern_pairs_with_progress_are_revived(engine):
    """A stroke years ago stays past even when the same sentence says a cramp has spread since."""
    assert engine.reply("had a stroke 5 years ago and now my cramps have spread to both legs").triage is None


def test_just_meaning_only_does_not_end_a_thought(engine):
    """'The tingling that was just in my fingers' is one thought with 'now up to my elbow', not a turn."""
    assert engine.reply("the tingling that was just in my fingers is now up to my elbow").triage == SAME_DAY


@pytest.mark.parametrize(("typed", "meant"), [("numbnes", "numbness"), ("weaknes", "weakness")])
def test_a_slip_that_stemming_would_widen_is_corrected_as_typed(engine, typed, meant):
    """Cutting the final s of 'numbnes' would leave it two slips from 'numbness': it is corrected as typed."""
    assert engine.analyser.read(typed)[0] == [meant]


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("lower back pain and I couldnt hold my wee this morning", EMERGENCY),
        ("lips puffing up after prawns", EMERGENCY),
        ("covered in hives and wheezy after the wasp sting", EMERGENCY),
        ("voice has gone hoarse since eating the satay", EMERGENCY),
        ("took double my quinine for cramps and now everything looks blurry", EMERGENCY),
        ("my foot suddenly went white. it's icy cold too", EMERGENCY),
        ("he's sitting up, eyes open but nobody home", EMERGENCY),
        ("grandad collapsed and i cant see him breathing", EMERGENCY),
        ("my words came out all jumbled and my face feels weird", EMERGENCY),
        ("fever of 39 and he keeps forgetting where he is", EMERGENCY),
        ("chest infection and her legs have gone lacy and purple", EMERGENCY),
        ("calf cramp still hasnt let go after 15 minutes", SAME_DAY),
        ("my back spasm hasnt released for the last hour", SAME_DAY),
        ("my daughter never had her jabs and she cut her hand on a rusty gate", SAME_DAY),
        ("cramps and hardly any pee all day", SAME_DAY),
        ("started on an antipsychotic last week and my neck muscles keep cramping", SAME_DAY),
    ],
)
def test_lay_wordings_of_red_flags_are_triaged(engine, message, level):
    """What people write for the signs, not the textbook word: 'nobody home', 'came out all jumbled', 'lacy'."""
    assert engine.reply(message).triage == level


@pytest.mark.parametrize(
    "message",
    [
        "was puffing up the hill and my calf cramped",
        "took extra magnesium for my cramps",
        "my last tetanus booster was in the spring and I have no cuts, just cramps",
    ],
)
def test_their_everyday_neighbours_are_not(engine, message):
    """Breath on a hill, an extra supplement, a recent booster: no red flag."""
    assert engine.reply(message).triage is None


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        ("old_year: {concept: long_ago,", "old_year: {concept: long_agoo,", "old_year.concept: unknown concept"),
        ("progress: [spreading,", "progress: [spreadingg,", "progress: unknown concept"),
    ],
)
def test_check_names_an_unknown_concept_in_old_year_or_progress(knowledge_copy, capsys, old, new, says):
    """A misspelt concept name in the new lists is reported by `spasm-bot check`, not silently ignored."""
    path = knowledge_copy / "red_flags.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    status = main(["check", "--knowledge", str(knowledge_copy)])
    out, err = capsys.readouterr()
    assert status != 0
    assert says in out + err


# A review of the changes above found these; each is kept here so it cannot come back.
@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("her face shouldnt be drooping should it", EMERGENCY),
        ("the baby shouldnt be so floppy", EMERGENCY),
        ("the numbness shouldnt be spreading up my legs", SAME_DAY),
        ("I cant see him hes having a seizure", EMERGENCY),
        ("none of us noticed him slurring his words", EMERGENCY),
        ("my thrat is closing up after eating peanuts", EMERGENCY),
        ("his thoat is swelling after a bee sting", EMERGENCY),
        ("lips puffing up the second she bit the peanut", EMERGENCY),
        ("he suddenly couldnt feel his left arm or leg", EMERGENCY),
        ("my face looked funny on one side and my arm went weak", EMERGENCY),
    ],
)
def test_review_fail_open_cases_stay_triaged(engine, message, level):
    """'Shouldn't be drooping' says it is; 'him' does not carry a negation on; a slip of 'throat' is a throat."""
    assert engine.reply(message).triage == level


@pytest.mark.parametrize(
    "message",
    [
        "my feet went numb last year, now its fine",
        "I had cramps last week, now its my turn to cook, cut my finger on a knife",
        "my face looks funny in photos",
        "croaky voice this morning, I have a nut allergy",
        "hive of activity at home, feeling breathless on the stairs",
        "I'm home alone, no one home to help, my cramp is bad",
        "I've had 3 cramps in the last hour",
        "muscles ache after I began using my inhaler more",
        "dog bit me, had all my jabs, been diabetic since 2001",
        "I couldn't breathe from laughing so hard and my abs cramped",
    ],
)
def test_review_false_alarms_stay_calm(engine, message):
    """'Now its' alone is not progress, 'looks funny' needs one side, 'since 2001' is not a jab's date."""
    assert engine.reply(message).triage is None


@pytest.mark.parametrize(("typed", "meant"), [("thrat", "throat"), ("thoat", "throat"), ("chset", "chest")])
def test_equally_close_corrections_prefer_the_word_sharing_its_ends(engine, typed, meant):
    """'Thrat' is one slip from 'that' and from 'throat'; 'throat' shares more of its start and end."""
    assert engine.analyser.read(typed)[0] == [meant]
