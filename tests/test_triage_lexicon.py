"""Lay wording for red-flag signs, written for this file: new phrasings reach care, everyday cramp talk does not."""

from __future__ import annotations

import pytest

from bot.model import EMERGENCY, SAME_DAY

# Emergencies and same-day signs as people type them (carers, txt-speak, UK/US/AU/Indian English), with the
# least care each needs: an emergency must be an emergency; a same-day sign must at least be triaged.
URGENT = [
    ("my dad is breathing really shallow and wont wake up", EMERGENCY),
    ("she's gasping for air and her lips have gone blue", EMERGENCY),
    ("i cant breath properly and my calf is huge", EMERGENCY),
    ("found my nan on the floor and she's not coming round", EMERGENCY),
    ("he keeps blacking out and his legs are cramping", EMERGENCY),
    ("my son is foaming at the mouth and his eyes rolled up", EMERGENCY),
    ("she is having a convulsion right now", EMERGENCY),
    ("my husband is slurring his words and his face has gone lopsided", EMERGENCY),
    ("my mum sounds drunk but she hasnt had a drink and her smile is crooked", EMERGENCY),
    ("his speech is garbled and his arm went heavy and weak", EMERGENCY),
    ("my grandad had a paralytic attack, right side not moving", EMERGENCY),
    ("i think my dad is stroking out", EMERGENCY),
    ("my wife suddenly cant talk and her arm is drifting down", EMERGENCY),
    ("pressure in the centre of my chest and i feel sick", EMERGENCY),
    ("chest feels like someone sitting on it", EMERGENCY),
    ("my heart area is paining since morning and sweating", EMERGENCY),
    ("jaw and left arm ache and i'm drenched in sweat", EMERGENCY),
    ("he's semiconscious and breathing funny", EMERGENCY),
    ("my brother has had his first fit and is still confused", EMERGENCY),
    ("epileptic attack now, what do i do", EMERGENCY),
    ("my son has a temp and the spots dont blanch when i press a glass", EMERGENCY),
    ("high temp and her neck is rigid, she cant put her chin on her chest", EMERGENCY),
    ("my dad has a water infection and is hallucinating", EMERGENCY),
    ("mum has a uti and is acting strangely, doesnt know what day it is", EMERGENCY),
    ("viral fever for 3 days and now his skin looks mottled", EMERGENCY),
    ("kidney infection and i have never felt this unwell, shivering uncontrollably", EMERGENCY),
    ("my lips are swollen and my throat is tight after eating cashews", EMERGENCY),
    ("gave him his epipen after a wasp sting, tongue feels thick", EMERGENCY),
    ("been in the midday sun all day, skin is hot and dry, no sweat at all and he's confused", EMERGENCY),
    ("my toddler got into the tablets and is twitching", EMERGENCY),
    ("my daughter swallowed a whole strip of paracetamol", EMERGENCY),
    ("he tried to kill himself with pills", EMERGENCY),
    ("bitten by a redback and my leg is cramping badly", EMERGENCY),
    ("stung by a box jellyfish and my back is in spasm", EMERGENCY),
    ("my friend drank methanol hooch and is jerking", EMERGENCY),
    ("cut my foot on a rusty nail and now my jaw is stuck shut", EMERGENCY),
    ("lower back pain and i wet myself without realising", EMERGENCY),
    ("backache and i cant feel my bum when i wipe", EMERGENCY),
    ("lumbago and my privates are numb, cant start a wee", EMERGENCY),
    ("slipped disc and now i pissed myself and didnt notice", EMERGENCY),
    ("my foot is cold as ice and gone white and it hurts like hell", EMERGENCY),
    ("his leg is pale and pulseless and he is in agony", EMERGENCY),
    ("my 2yo is all floppy and has a temperature", EMERGENCY),
    ("lo is really hot and jerking and her eyes rolled back", EMERGENCY),
    ("my calves are swollen and im short of breathe", EMERGENCY),
    ("only one of my calves is swollen and reddish", SAME_DAY),
    ("after crossfit my pee looks like root beer and my legs are killing me", SAME_DAY),
    ("30 weeks pregnant and my face is puffy and my head is banging", SAME_DAY),
    ("28 weeks pregnant, blurry vision and seeing flashes", SAME_DAY),
    ("since starting atorvastatin every muscle hurts and i cant climb stairs", SAME_DAY),
    ("numbness started in my toes and now its working its way up to my knees", SAME_DAY),
    ("my calf cramp has been going for over an hour and wont loosen", SAME_DAY),
    ("stood on a nail in the garden and i dont remember my last tetanus", SAME_DAY),
    ("cramps all day, havent weed since breakfast and dizzy on standing", SAME_DAY),
    ("should i call an ambo, my calf cramp is agony and my foot is white", EMERGENCY),
]

# Everyday cramp questions that use the same new words: never triaged.
CALM = [
    "my calf cramps when i go up the stairs and im out of breathe by the top, is that normal fitness?",
    "my hamstring cramps after sprints, i'm breathing hard and sweating but it eases in a minute",
    "i get a cramp in my jaw when i yawn, can that be stopped?",
    "my face muscles twitch around my eyebrow when i'm tired",
    "my toddler's legs kick in his sleep, is that a cramp?",
    "i feel a bit uncomfortable in my calf after long flights",
    "my forehead twitches when i'm stressed",
    "my left arm aches after painting the ceiling all day",
    "my hands cramp when i write for a long time",
    "i dropped my cup when my hand cramped this morning, how do i stop hand cramps?",
    "my husband mumbles in his sleep and his calves cramp at night",
    "my dad says his legs give out after a long walk and then cramp",
    "i get a heavy feeling in my legs at night and cramps, any tips?",
    "my neck is stiff from sleeping funny, no fever",
    "do cramps cause a dull ache the next day?",
    "my calf cramped during a run and i had to stop, breathing heavy but fine after",
    "after pilates my abs cramp and my forehead is sweaty",
    "i get a niggle in my calf after football",
    "my foot cramps when i point my toes in swimming",
    "english is not my first language sorry, my leg cramp at night, what to do",
    "my son has cramps in his feet after football training, he is 12 yr old",
    "is it normal for my arm to ache after a flu jab?",
    "i paint for hours and my hand gets a dull ache and cramps",
    "my mum gets giddy when she stands up too fast but no cramps",
    "sweating buckets in the gym then my calf cramped",
    "my expression muscles twitch when i smile too long at work",
    "my kid gets leg cramps at night and cries, any stretches?",
    "my jaw cramps when i chew gum for a long time",
    "my back cramps after gardening all day",
    "i had a stabbing pain in my foot from a cramp last night, gone now",
    "i have a cold and my calves cramp at night, any tips?",
    "it was 40 degrees today and my legs cramped on the walk home",
    "sunny day at the beach and my foot cramped in the sea",
    "i take a beta blocker and get cramps in my feet",
    "does drinking pickle juice stop cramps?",
    "my calf cramped after i drank some water too fast",
    "i ate a whole pack of biscuits and then got a stomach cramp lol",
    "my hands shake a bit when i'm cold and my fingers cramp",
    "on antibiotics for a chest infection and my calves ache a bit",
    "i have tonsillitis and my neck muscles feel a bit achy",
    "my neck is stiff from the office chair, no temperature",
    "my jaw clicks and cramps when i eat steak",
    "what should i keep in the medicine cabinet for cramps?",
    "the pain doesnt fade quickly after a calf cramp, is that normal?",
    "my butt goes numb on long drives and my calves cramp, any tips?",
    "i get lumbago and back spasms when i lift boxes",
    "my tailbone aches after cycling and my hamstring cramps",
    "my toes go a bit whitish in the pool and cramp, then warm up fine",
    "my calves are tight after running, should i stretch before or after?",
    "my ds gets cramps in his calves after football, normal?",
    "my little girl gets leg cramps at night, she is a 6yo",
    "my legs buzzing and cramping after a long day on my feet",
    "i get cramps all night sometimes, what helps?",
    "my calf cramped this morning, it was sore the whole day after",
    "my hamstring cramps during yoga, then it goes after a minute",
    "i have a headache and a calf cramp after the gym, probably dehydrated",
    "took my kids to the beach and my feet cramped in the cold water",
    "my eyes get blurry when im tired and my eyelid twitches",
    "my nephew gets cramps when he swims",
]


@pytest.mark.parametrize(("message", "level"), URGENT)
def test_lay_wording_reaches_its_care_level(engine, message, level):
    """A sign said in new lay words is triaged, an emergency as an emergency."""
    got = engine.understand(message).triage.level
    assert got == EMERGENCY if level == EMERGENCY else got in (EMERGENCY, SAME_DAY), got


@pytest.mark.parametrize("message", CALM)
def test_everyday_cramp_talk_with_the_new_words_is_calm(engine, message):
    """Calm cramp questions that share the new words are not triaged."""
    assert engine.understand(message).triage.level is None
