"""Cases a code review of the second set of triage changes found: what a hypothetical, a generality, an answering
"no", a new idiom or a new absence must never exempt, and the everyday cramp talk they must not alarm."""

from __future__ import annotations

import pytest

from bot import loader, text
from bot.model import EMERGENCY
from bot.yamlfile import KnowledgeError

# Emergencies said together with a question about first aid, a doctor or "just curious", or after an answering
# "no", a year-like number or a new idiom.
STILL_EMERGENCY = [
    'My husband has crushing chest pain going down his left arm. What should I watch out for?',
    "He collapsed and he isn't breathing. What first aid do I do?",
    'my son is having a seizure, what first aid should I give?',
    "my baby has a fever and is floppy and won't wake, what to look out for?",
    "my wife has a seizure and it won't stop. I want to be prepared",
    'her speech is slurred, my doctor mentioned she could have a stroke',
    'I teach my class and a boy just collapsed and he is not breathing',
    "does a stiff neck with a fever and a rash that won't fade need a doctor?",
    'is crushing chest pain and sweating a reason to go to hospital?',
    'does a swollen red calf and being short of breath need a doctor?',
    "is a rash that doesn't fade with a fever and stiff neck serious? asking for my son, not for me",
    'can a drooping face and slurred speech be a stroke? just curious, my nan is like that',
    "no i can't breathe",
    "no I think I'm having a heart attack",
    "no he's having a seizure",
    'no he took an overdose',
    'no i took too many pills',
    'No i think she is fitting',
    'my toddler has a fever and is having febrile fits',
    'my son is having epileptic fits',
    'he is having one of his fits right now',
    'calf swollen and red walked 2000 steps today short of breath',
    'my son twitching and jerking took 2000 mg caffeine pills',
    "my son has a fever and I can't wake him for anything",
    "I have a high fever and I'm so confused",
    "she almost collapsed and now she isn't making sense",
]

# Everyday cramp talk that shares words with the new absences, idioms and patterns.
STILL_CALM = [
    "my son's cramps aren't responding to anything",
    "my husband's leg cramps aren't responding to quinine",
    "she didn't answer my question about her cramps",
    "my mum can't come to the appointment because of her leg cramps",
    "my jaw cramps and I can't move my mouth",
    "can't remember what day the cramps began, I've had flu all week",
    "I have a UTI and I can't pee without it burning",
    "I wasn't even pissed and woke with calf cramps",
    'my calf muscle keeps seizing at night',
    'my back seizes when I bend',
    'cut my finger cooking, and my back hurts to bend after the gym',
    'nicked myself shaving and now my neck is stiff from sleeping funny',
    'I had a seizure after a head injury years ago, what causes leg cramps?',
]


@pytest.mark.parametrize("message", STILL_EMERGENCY)
def test_an_emergency_stays_an_emergency_whatever_is_asked_around_it(engine, message):
    """Hypotheticals, generality cues, "no" as an answer, numbers and idioms never exempt a present emergency."""
    assert engine.reply(message).triage == EMERGENCY


@pytest.mark.parametrize("message", STILL_CALM)
def test_everyday_cramp_talk_is_not_alarmed_by_the_new_words(engine, message):
    """Treatments that don't work, questions not answered, muscles seizing, stiff necks from sleep are not red flags."""
    assert engine.reply(message).triage is None


def test_a_length_in_a_clause_that_says_still_is_the_cramps(engine):
    """An activity does not own a length when its clause says the cramp is still there."""
    assert engine.reply("cramp in my foot while driving for 40 minutes and it is still going").triage is not None


@pytest.mark.parametrize(
    "message",
    [
        "what should I do if my child ever has a fit with a high temperature?",
        "is chest pain always a heart thing or can it be muscular? asking generally",
    ],
)
def test_a_true_hypothetical_or_general_question_is_exempt(engine, message):
    """'If ... ever' and 'asking generally' in a message that names nobody now are not triaged."""
    assert engine.reply(message).triage is None


@pytest.mark.parametrize(("word", "stem"), [("fitting", "fitting"), ("fits", "fits"), ("cramping", "cramp")])
def test_fitting_keeps_its_ending(word, stem):
    """'Fitting' (a seizure) is not stemmed into 'fit' (healthy); other words are stemmed as before."""
    assert text.stem(word) == stem


@pytest.mark.parametrize(
    ("file", "good", "bad"),
    [("negation.yaml", "not_stops:", "not_stop:"), ("red_flags.yaml", "  activities:", "  activitys:")],
)
def test_a_misspelt_key_is_refused(knowledge_copy, file, good, bad):
    """A typo in a key of negation.yaml or of red_flags.yaml's durations fails loading with its file and line."""
    path = knowledge_copy / file
    path.write_text(path.read_text(encoding="utf-8").replace(good, bad, 1), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=file.replace(".", r"\.")):
        loader.load(knowledge_copy)


# A second review, of the lay-wording lexicon: everyday words its first versions turned into red flags.
LEXICON_CALM = [
    "I soak in bath salts for my leg cramps",
    "doing cobra pose and my back cramped",
    "walking my whippets and my calf cramped",
    "cramps after edibles",
    "bought a strip of tablets for my cramps",
    "cold sore at the corner of my mouth and a cramp in my calf",
    "my eyebrow twitches and looks odd",
    "I have a problem speaking to my doctor about my cramps",
    "my toddler cant say words yet and gets leg cramps",
    "cramp in my hand and I just dropped my cup",
    "sciatica on one side and my leg gives out",
    "65, lower back ache and trouble peeing",
    "pregnant, backache, keep leaking when I sneeze",
    "cramp on the inside of my thighs and they tingle",
    "flu and my face is all blotchy",
    "temperature and my nails are purple",
    "after a salty takeaway my face is puffy",
    "coughing fit for a couple of minutes and my ribs cramped",
    "feet always chilly, legs look pasty",
    "it's humid and I'm in a daze, calf cramps",
    "root beer after my run and my calves cramp",
    "leg cramps and my lips are dry",
    "upped my dose of magnesium for cramps",
    "my baby wont settle and my calves cramp",
    "period is overdue and I grazed my knee",
]


@pytest.mark.parametrize("message", LEXICON_CALM)
def test_everyday_words_the_lexicon_first_caught_are_calm(engine, message):
    """Bath salts, cobra pose, a cold sore, a coughing fit, an overdue period are not red flags."""
    assert engine.reply(message).triage is None


@pytest.mark.parametrize(
    "message", ["feels like heart burn but heavy and I'm sweating and sick", "i think he is having a stoke"]
)
def test_heart_burn_with_heaviness_and_a_stoke_typo_are_emergencies(engine, message):
    """Heartburn with heaviness and sweating is a heart emergency; 'having a stoke' is a stroke."""
    assert engine.reply(message).triage == EMERGENCY


@pytest.mark.parametrize(
    "message", ["I get heartburn and leg cramps at night", "heartburn and I feel a bit sick after curry"]
)
def test_heartburn_on_its_own_or_with_sickness_alone_is_calm(engine, message):
    """Heartburn is an idiom for the heart words in it; only heaviness or pressure and sweating or sickness with it
    make it a heart emergency."""
    assert engine.reply(message).triage is None


@pytest.mark.parametrize(
    "message",
    ["suddenly I can't feel my left arm and leg on one side", "all of a sudden my left arm and leg went numb"],
)
def test_sudden_numbness_down_one_side_is_a_stroke_sign(engine, message):
    """An arm and a leg on the same side going numb at once is a stroke sign (a gap the lexicon review found)."""
    assert engine.reply(message).triage == EMERGENCY
