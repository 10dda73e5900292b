"""Structure added after blind set 34 (clinical and health-literate writers, dictation slips; measured on arrival,
then tune): each rule is shown on wording other than the set's own, with calm neighbours."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "level"),
    [
        # clinical words for where chest pain is and what a heart attack is called
        ("pressure behind the breastbone, substernal, he's sweating", "emergency"),
        ("my dad's got retrosternal pain and feels sick", "emergency"),
        ("paramedic friend thinks it's an NSTEMI, he's pale and clammy", "emergency"),
        ("looks like ACS to me, he's grey and sweaty", "emergency"),
        # heartburn that moves into the jaw or arm
        ("her heartburn has spread into her left arm and she feels faint", "emergency"),
        # clinical stroke words
        ("left arm flaccid since breakfast and his face is drooping", "emergency"),
        ("mum's got a facial droop that wasn't there this morning", "emergency"),
        ("new dysarthria in my grandad since lunchtime", "emergency"),
        ("she's lost her speech and can't lift her right arm", "emergency"),
        # a first seizure happening now: 'never had one before' makes it new, not past
        ("my son is having a fit and he's never had one before", "emergency"),
        ("my wife is having a ceasure, please help", "emergency"),
        # a rash that will not fade, dictated ('fate'), or said clinically
        ("temperature and a rash that doesnt fate under a glass", "emergency"),
        ("non-blanching rash on her legs and she's drowsy", "emergency"),
        # saddle numbness in clinical words; back pain with retention
        ("paraesthesia around my bottom since yesterday and my back is agony", "emergency"),
        ("backache and I can't pass urine since this morning", "emergency"),
        # stridor is an airway closing
        ("he's making a stridor noise after the wasp sting", "emergency"),
        # a swollen leg with blood coughed up: a clot may have reached the lung
        ("my calf is swollen and I've been coughing up blood", "emergency"),
        # dictation: 'pail' for pale
        ("his foot is cold and pail and really hurts", "emergency"),
        # weakness after starting a statin, not only pain
        ("dad started simvastatin last month and now can't get up from the sofa without help", "same-day"),
        # numbness rising from the feet, weaker each day
        ("ascending numbness in both legs since the weekend and they keep spasming", "same-day"),
        ("cramping legs and I'm getting weaker every day this week", "same-day"),
        # a cut ('lac') and never immunised against tetanus
        ("deep laceration from a rusty gate and I've never been vaccinated", "same-day"),
        # too unwell to drink, very little urine
        ("my nan is too ill to drink and has had very little wee today, her legs keep cramping", "same-day"),
    ],
)
def test_set_34_structure(engine, message, level):
    """Each is triaged at its level, worded unlike the set's own messages."""
    assert engine.reply(message).triage == level


@pytest.mark.parametrize(
    "message",
    [
        "what are the signs of meningitis?",
        "what does a stroke feel like? never had one, just curious",
        "bought a new ACS sound card and my wrist cramps from gaming",
        "my heartburn spreads to my back after pizza, it's my usual reflux",
        "no speech problems, no facial droop, just calf cramps at night",
        "she had a fit years ago, never had one since, now calf cramps",
        "fainted having my bloods taken 3 years ago, fine since, does that link to cramps?",
    ],
)
def test_calm_neighbours_stay_calm(engine, message):
    """A study question that names nobody, negated signs, a past event: calm."""
    assert engine.reply(message).triage is None


def test_saying_it_is_no_study_question_hides_nothing(engine):
    """Study markers make no question general: 'not an exam q' is said about a real emergency."""
    assert engine.reply("not an exam q, is crushing chest pain with sweating a heart attack??").triage == "emergency"


@pytest.mark.parametrize(
    "message",
    ["i can't climb the stairs without chest pain", "he hasn't been able to get up without gasping for air",
     "cant get up from the sofa without my chest hurting"],
)  # fmt: skip
def test_a_negation_inside_a_sign_still_makes_without_affirm(engine, message):
    """'Can't climb the stairs' is a sign of its own, and its "can't" still makes "without chest pain" present."""
    assert engine.reply(message).triage == "emergency"


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("not central chest pain, its on the left and crushing", "emergency"),
        ("no central chest pain, but left side feels crushed and i'm clammy", "emergency"),
        ("started staitns 2 weeks ago and my thighs ache and feel weak", "same-day"),
        ("sudden fingling down my left side", "emergency"),
        ("not a quiz question. is crushing chest pain with sweating and a numb left arm a heart attack?", "emergency"),
        ("is a stiff neck with a rash that wont fade and fever meningitis? not for revision", "emergency"),
        ("can a calf that is swollen and hot with coughing up blood be a clot? not an exam question", "emergency"),
    ],
)
def test_review_12_fail_opens_stay_closed(engine, message, level):
    """Messages a twelfth review found failing open on a draft of this change (study markers, a new chest word that
    a negation took, new words that pulled the speller): triaged."""
    assert engine.reply(message).triage == level


@pytest.mark.parametrize(
    ("message", "level"),
    [
        # a negation inside an earlier phrase ("not sure", "can't move it") leaves "without a jab" a missing jab
        ("stood on a rusty nail and my foot is so swollen I can't move it and I've been without a tetanus jab for years",
         "same-day"),
        ("cut my hand on rusty wire, can't remember much but I've lived 20 years without a tetanus jab", "same-day"),
        # "breath less" is no synonym: "struggling for breath less than an hour after" keeps the breath
        ("she's struggling for breath less than an hour after eating nuts", "emergency"),
        # "no low back pain" takes no sign after it
        ("no low back pain numb between my legs", "emergency"),
    ],
)
def test_review_13_fail_opens_stay_closed(engine, message, level):
    """Messages a thirteenth review found failing open on a draft: triaged."""
    assert engine.reply(message).triage == level


@pytest.mark.parametrize(
    "message",
    ["not sure if it matters but I can run 5k without chest pain", "she's not fat and has a rash from the washing powder",
     "after anaesthesia I felt sick and my arm cramps a bit", "the spasms in my calf are weaker every day since I started stretching"],
)  # fmt: skip
def test_review_13_false_alarms_stay_calm(engine, message):
    """Calm messages the thirteenth review found triaged on a draft: calm."""
    assert engine.reply(message).triage is None


@pytest.mark.parametrize(
    ("message", "level"),
    [
        # a second "without" in the clause affirms too
        ("I can't get out of my chair without help and without chest pain", "emergency"),
        ("can't climb stairs without stopping and without getting breathless and my calf is swollen and red",
         "emergency"),
        # a jab "without" right after a sign phrase is still missing
        ("stood on a rusty nail and I can't walk properly without a tetanus jab in years", "same-day"),
        ("cut my hand on a rusty nail and it wont stop bleeding without a tetanus jab for 20 years", "same-day"),
    ],
)
def test_review_14_fail_opens_stay_closed(engine, message, level):
    """Messages a fourteenth review found failing open on the 'without' change: triaged."""
    assert engine.reply(message).triage == level
