"""Cases the third code review found: questions about a condition's name asked of someone present (the rule that
exempted "is sepsis contagious?" was withdrawn for them), emergencies a narrowing lost (a clot in the lung told by a
painful calf, pain under the ribs in pregnancy, bladder signs with back pain, a child at someone's tablets) and the
false alarms the narrowing's new words caused. Each stays at the level the review worked out by hand, except two calm messages triaged on purpose: breathless climbing stairs on HRT, and out of breath "at the end" of a
spin class on the pill, each with a calf that hurts (a clot in the lung is told the same way: "out of breath at the
end of the hallway"). "Since my fall I can't feel it when I wipe" is left out: numbness there
now needs back pain or weak legs beside it (alone it alarmed people with piles or on antidepressants)."""

from __future__ import annotations

import pytest

from bot.model import EMERGENCY

NAMED_OF_SOMEONE = [
    "is the toddler septic?",
    "is the newborn septic?",
    "is the infant septic?",
    "is the little one septic?",
    "is grandson septic",
    "could nephew be septic?",
    "could the toddler be septic?",
    "is your toddler septic?",
    "is hubby septic?",
    "could hubby be septic",
    "is grandfather septic?",
    "is granddad septic?",
    "is the lad septic",
    "could bro be septic",
    "is the old boy septic?",
    "is the toddler in sepsis?",
    "is the toddler suffering from sepsis?",
    "does the toddler look septic?",
    "is sepsis why the toddler is so poorly?",
    "could the toddler be in heat stroke?",
    "is the boy suffering from heat stroke?",
    "is the girl suffering heat stroke?",
    "could the lad be suffering heat stroke?",
    "is hubby in the middle of a stroke?",
    "could grandfather be in the middle of a stroke?",
    "could hubby be suffering a stroke?",
    "is grandmother suffering a stroke?",
    "is a stroke likely for grandfather?",
    "septic",
]

LOST_BY_NARROWING = [
    ["my calf has been hurting since my long flight and now I'm short of breath", "emergency"],
    ["after my c section my calf really hurts and I'm suddenly short of breath", "emergency"],
    ["I'm on the pill, my calf is painful and I can't catch my breath", "emergency"],
    ["my calf hurts and I'm coughing up blood", "emergency"],
    ["34 weeks pregnant with severe pain at the top of my tummy", "same-day"],
    ["32 weeks pregnant and I have really bad pain in my upper stomach", "same-day"],
    ["36 weeks pregnant, bad pain under my ribs on the right", "same-day"],
    ["33 weeks pregnant, really painful under my ribs and feel sick", "same-day"],
    ["pregnant, sharp pain under my right ribs and vomiting", "same-day"],
    ["no sensation when I wee and my legs are weak", "emergency"],
    ["I can't stop the pee and my back is killing me", "emergency"],
    ["I can't control when I go to the toilet and my back is killing me", "emergency"],
    ["I can't feel when I'm going to pee and my back hurts so much", "emergency"],
    ["my back is agony and I can't feel when I'm going for a wee", "emergency"],
    ["my son swallowed a bottle of magnesium pills", "emergency"],
    ["my toddler ate a handful of calcium tablets", "emergency"],
    ["my daughter took a box of potassium tablets", "emergency"],
    ["my toddler swallowed a handful of my magnesium tablets", "emergency"],
    ["my toddler ate three of my blood pressure pills", "emergency"],
    ["my toddler ate my iron tablets", "emergency"],
    ["my 2 year old got into my tablets", "emergency"],
    ["my toddler swallowed one of my pills", "emergency"],
]

NOT_ALARMING = [
    "my son ate some toast before his tablets and then got cramp in his leg",
    "my daughter ate some pasta and took her tablets, now her calf is cramping",
    "I was writing and got a cramp in my hand, suddenly couldnt move my fingers for a minute",
    "got cramp in my arm at the gym and suddenly couldnt move it for a few seconds",
    "I borrowed a bike and the saddle is not mine, it gives me cramp in my thighs",
    "the bike seat is not mine so it's a bit high and my calves cramp",
    "those trainers are not mine, my feet are pale and sore after the run",
    "34 weeks pregnant and the baby's head is up under my ribs, so uncomfortable",
    "pregnant and baby's head is under my ribs",
    "36 weeks and the baby kicks really strong under my ribs",
    "my calf is tender from the gym and I'm on the pill and get out of breath running",
    "my calf is tender after a long drive, breathless after my run",
    "my calf was tender from a massage on holiday, long flight back, I'm breathless after football",
]


@pytest.mark.parametrize("message", NAMED_OF_SOMEONE)
def test_a_condition_named_of_someone_present_is_an_emergency(engine, message):
    """"Is the toddler septic?", "could hubby be suffering a stroke?": a question about a name is about someone."""
    assert engine.reply(message).triage == EMERGENCY


@pytest.mark.parametrize(("message", "level"), LOST_BY_NARROWING)
def test_what_a_narrowing_lost_is_triaged_again(engine, message, level):
    """A painful calf with breathlessness after a flight, pain under the ribs in pregnancy, "can't stop the pee"."""
    got = engine.reply(message).triage
    assert got == EMERGENCY if level == EMERGENCY else got is not None


@pytest.mark.parametrize("message", NOT_ALARMING)
def test_the_narrowings_new_words_do_not_alarm(engine, message):
    """Toast before tablets, a borrowed saddle "not mine", a baby's head under the ribs, breathless after a run."""
    assert engine.reply(message).triage is None
