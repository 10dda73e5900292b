"""Fourth lexicon pass: emergencies told by what is seen or felt, in many voices (UK, US, Indian, Nigerian and
Australian English, teenagers, carers, voice-to-text), reaching their care level, and calm neighbours that share
their words. Written for this file, not taken from any labelled set."""

from __future__ import annotations

import pytest

from bot.model import EMERGENCY, SAME_DAY

URGENT = [
    # stroke and collapse
    ("suddenly my right leg and arm feel like they're not mine", EMERGENCY),
    ("my dad's smile is only on one side now", EMERGENCY),
    ("i suddenly cant move my right hand and my face feels weird on that side", EMERGENCY),
    ("baby's breathing keeps stopping", EMERGENCY),
    # seizure
    ("he fell and he's thrashing about and frothing at the mouth", EMERGENCY),
    # sepsis
    ("fever and haven't passed any urine since yesterday", EMERGENCY),
    ("c section wound is infected and I'm shaking and feel awful", EMERGENCY),
    ("my stoma site is infected and I'm freezing and shaking", EMERGENCY),
    # tetanus
    ("got bitten by a horse, now my neck muscles keep locking", EMERGENCY),
    ("after the nail injury my stomach muscles are going hard and cramping", EMERGENCY),
    # cauda equina
    ("my back went and now I can't control when I pee", EMERGENCY),
    ("my back hurts and I have no sensation when I wee", EMERGENCY),
    ("back pain and it feels like I'm sitting on a numb patch", EMERGENCY),
    # anaphylaxis
    ("my lips tongue and throat are swelling", EMERGENCY),
    ("my throat feels like there's a lump after eating crab", EMERGENCY),
    # poisoning
    ("my toddler drank some of the dishwasher liquid", EMERGENCY),
    ("my daughter ate some of my blood pressure pills", EMERGENCY),
    ("my brother swallowed a bottle of paracetamol", EMERGENCY),
    ("the baby got hold of my iron tablets and ate some", EMERGENCY),
    ("teenager took a bunch of ibuprofen", EMERGENCY),
    ("my grandma took double her heart tablets and now she's seeing yellow", EMERGENCY),
    ("my kid drank some of the e-cig liquid", EMERGENCY),
    # clot in the lung
    ("after my c section my calf is tender and now I'm breathless", EMERGENCY),
    ("one leg fat and painful, and I'm puffing going up one step", EMERGENCY),
    # limb
    ("toes have gone black and cold and painful", EMERGENCY),
    ("one foot is much colder and paler than the other and it hurts", EMERGENCY),
    # same-day
    ("my pee is the colour of rust after the race", SAME_DAY),
    ("pee is really dark and my muscles ache so much I can't walk", SAME_DAY),
    ("after being on the floor all night my pee is dark and my legs are sore", SAME_DAY),
    ("dark pee after the gym and arms that won't straighten", SAME_DAY),
    ("expecting twins and I've got pain under my ribs and a headache", SAME_DAY),
    ("pregnant, my vision keeps going funny", SAME_DAY),
    ("my dad's been on simvastatin a month and can't get out of his chair", SAME_DAY),
    ("new meds and my muscles feel like jelly", SAME_DAY),
    ("statin started last month, now I can barely climb the stairs", SAME_DAY),
    ("my legs feel weaker day by day", SAME_DAY),
    ("cramps and I can't keep any water down", SAME_DAY),
    ("cramping up and have barely had a wee", SAME_DAY),
]

CALM = [
    "I shook my protein shake until it was all frothy",
    "I ate some of my lunch and then my calf cramped",
    "I took my tablets as usual this morning and my calves still cramp",
    "got hold of my physio and she said stretch more",
    "my pee is really dark when I forget to drink",
    "my legs are weaker after leg day",
    "pregnant and the baby keeps kicking me in the ribs",
    "teeth chattering after a cold swim, calves crampy",
    "I get a lump in my throat at sad films",
    "hiking in the heat, breathing hard, calves sore",
    "after my knee op my calf is a bit sore from physio",
    "I conked out on the sofa after the run and woke with a cramp",
    "had a nail injury last year, got a tetanus jab, all healed",
    "my smile has always been on one side, had it since I was a baby",
    "shivering and freezing after a cold swim, calves crampy",
    "my arm is dead from sleeping on it, fine after a minute",
    "heavy feeling in my legs after squats, normal?",
    "my feet are always cold in winter",
    "my pee is pink after eating beetroot",
    "I have heat rash on my arms",
    "stiff neck from sleeping on a bad pillow",
    "my jaw is stiff from grinding my teeth",
    "I have hay fever, itchy eyes",
    "what is the best electrolyte drink?",
]


@pytest.mark.parametrize(("message", "level"), URGENT)
def test_lay_wording_reaches_its_care_level(engine, message, level):
    """A smile on one side, frothing, 'freezing and shaking', pills eaten by a child, a foot paler than the other."""
    assert engine.reply(message).triage == level


@pytest.mark.parametrize("message", CALM)
def test_calm_neighbour_sharing_the_words_is_not_triaged(engine, message):
    """A frothy protein shake, lunch eaten before a cramp, dark pee from drinking too little, a sofa nap: calm."""
    assert engine.reply(message).triage is None
