"""Cases a code review of the second round of triage changes found: present emergencies that a "passed" cue (since
withdrawn), a question about a condition's name, a "shake it" idiom or a gummies idiom let through, and the false
alarms a lexicon pass caused in everyday cramp, gym, pregnancy and medicine talk. Each stays at the level the
review worked out by hand, except six calm messages a later round triages on purpose (fail safe): a calf that hurts
with pain on breathing, even after a run (a clot in the lung is told the same way), baby kicks that are "really
sore" under the ribs, and a wound's muscles "going hard" (tetanus is told the same way)."""

from __future__ import annotations

import pytest

from bot.model import EMERGENCY

FAIL_OPEN = [
    ["I've had numbness around my bottom and between my legs since this morning, the back pain was fine after ibuprofen", "emergency"],
    ["my saddle area has gone numb since I lifted a box, the headache went away", "emergency"],
    ["my back is agony and my bum and privates have gone numb, I took codeine and the pain wore off", "emergency"],
    ["my foot went cold, white and really painful an hour ago, my other foot warmed up fast", "emergency"],
    ["my feet have gone cold, pale and numb, my hands warmed up fast though", "emergency"],
    ["his leg has gone cold and pale and he's in agony, the cramp went away though", "emergency"],
    ["my leg has been cold, white and numb for 3 hours, the pins and needles wore off", "emergency"],
    ["my foot is cold and pale and numb, the pain wore off", "emergency"],
    ["her foot suddenly went cold and white and numb, the pain has gone now", "emergency"],
    ["his foot has gone white and numb, the terrible pain has worn off", "emergency"],
    ["her leg is pale and numb now, the agony wore off an hour ago", "emergency"],
    ["my leg went cold and pale and numb an hour ago and it's getting worse, but the pain went away", "emergency"],
    ["the numbness is spreading up both legs, my back was fine after physio", "same-day"],
    ["the numbness is creeping up past my knees, the tingling in my hands wore off", "same-day"],
    ["my legs are getting weaker day by day, my cramps are better once I stretch", "same-day"],
    ["weakness spreading up from my feet to my thighs, the back ache cleared up", "same-day"],
    ["started a statin 3 weeks ago and my thighs ache and feel weak, the headache went away", "same-day"],
    ["since starting atorvastatin my muscles ache badly all over, my indigestion settled down", "same-day"],
    ["started new tablets a month ago, my legs ache and I can barely get up, the rash cleared up", "same-day"],
    ["my bum has gone numb since the long drive and it hasn't worn off", "emergency"],
    ["my bum has been numb since the long drive and it still hasn't worn off", "emergency"],
    ["the numbness between my legs never wore off after the epidural 2 days ago", "emergency"],
    ["the numbness in my bum and groin hasn't settled down since I fell", "emergency"],
    ["my bum and between my legs are numb since I fell, I thought it would wear off", "emergency"],
    ["numbness between my legs since yesterday, the doctor said it should be fine after rest but it isn't", "emergency"],
    ["my bum's been numb since yesterday, the doctor said it'd be fine once the swelling goes down", "emergency"],
    ["my toes are white and cold and really sore, I've tried everything and they won't warm up fast", "emergency"],
    ["my foot is cold, white and painful, will it get better once I warm it up?", "emergency"],
    ["my foot's been cold and pale and numb all day, is it normal that it never goes away when I warm it?", "emergency"],
    ["his foot went white and cold after the fall and I'm not sure he's ok after that", "emergency"],
    ["my muscles have ached everywhere since starting statins, I've not been fine since", "same-day"],
    ["the numbness has settled in around my bottom and between my legs", "emergency"],
    ["numbness has settled in my bum and privates and my back is agony", "emergency"],
    ["my foot's gone white and cold and the feeling's all gone (the \"feeling all gone\" IS numbness)", "emergency"],
    ["he has no feeling in his foot, it's white and cold, all the colour has gone now", "emergency"],
    ["both my feet went cold and pale and then they went numb and really painful", "emergency"],
    ["my leg has been cold, pale and numb since I woke, 3 hours have gone by", "emergency"],
    ["the pains went down my legs after starting the statin", "same-day"],
    ["my bum and privates are numb, I'm only fine when I lie down", "emergency"],
    ["my bum goes numb when I drive and it's fine once I get out. It keeps happening every day now and my back is killing me", "emergency"],
    ["numbness spreading up my legs over 2 days, fine when I sit down", "same-day"],
    ["the numbness spread from my hand up to my face, fine after half an hour", "same-day"],
    ["the numbness went from my fingers up my arm to my lip, wore off after 15 minutes", "same-day"],
    ["my left hand went numb and weak and it spread up my arm, it went away after 10 minutes", "same-day"],
    ["is dad having a heart attack? he's sweating and grey", "emergency"],
    ["is mum having a heart attack? she is sweaty and feels sick", "emergency"],
    ["is grandad having a stroke? he seems a bit off", "emergency"],
    ["could the baby have sepsis? she's got a temperature", "emergency"],
    ["can grandad get tetanus? his jaw feels stiff", "emergency"],
    ["can grandad get tetanus, his jaw is stiff", "emergency"],
    ["could dad have heat stroke? he's been in the sun all day", "emergency"],
    ["what do we do, is grandpa having a cardiac arrest", "emergency"],
    ["is grandad having a stroke?", "emergency"],
    ["is dad having a heart attack?", "emergency"],
    ["could mum be having a heart attack", "emergency"],
    ["is husband having a heart attack", "emergency"],
    ["is hubby having a stroke", "emergency"],
    ["is your husband having a stroke", "emergency"],
    ["is the baby getting sepsis?", "emergency"],
    ["could nan have sepsis?", "emergency"],
    ["could grandma have had a stroke overnight", "emergency"],
    ["is the boy on the pitch having heat stroke?", "emergency"],
    ["is grandad stroking out?", "emergency"],
    ["is the old boy stroking out", "emergency"],
    ["is the heart stopping?", "emergency"],
    ["why would mum get sepsis from a cut", "emergency"],
    ["my daughter went stiff and then her arms were shaking it was horrible", "emergency"],
    ["I tried to shake my leg but it's cold, white and numb", "emergency"],
    ["my dad collapsed and is shaking it wont stop", "emergency"],
    ["my toddler ate a bunch of vitamin gummies, about 20", "emergency"],
    ["my daughter swallowed a bottle of magnesium capsules", "emergency"],
]

NOT_ALARMING = [
    "I took half a paracetamol for my leg cramp",
    "took half a tablet of magnesium before bed and still got cramp",
    "took a whole tablet instead of half and my cramps are better",
    "ate a whole banana with my vitamins and still got a cramp at night",
    "I ate half a banana with my tablets and still get cramp",
    "he was shaking the bottle to froth the milk",
    "my baby is teething, drooling and shaking her rattle",
    "my toddler was dribbling and shaking her head at dinner",
    "I'm on the pill, my calves ache after spin class and I was breathing hard",
    "on the pill and get calf cramps at night, I get out of breath running",
    "I'm on HRT, my calves cramp at night and I get breathless on hills",
    "after a long drive my calves ache and I'm puffing going up the stairs",
    "32 weeks pregnant and I've got heartburn, burning in my upper stomach after dinner",
    "pregnant and getting rib pain under my ribs when I sit hunched over",
    "28 weeks pregnant, round ligament pain and sore under my ribs from the bump",
    "I'm 34 weeks pregnant and my bump goes tight at the top of my tummy, braxton hicks?",
    "pregnant and I get a tight feeling under my ribs when baby stretches",
    "my chest is tender after bench press yesterday",
    "my face feels a bit funny on that side after the dentist numbed it",
    "my calf cramps and my foot feels weak on the same side",
    "sciatica in my hip and my leg feels weak on the same side",
    "slept on my left side and my arm feels like someone else's",
    "my son conked out on the floor after his football match, he's exhausted",
    "I just conked out on the sofa after the gym and woke with a calf cramp",
    "he hit the deck and did 20 push ups, then his calf cramped",
    "I was breathing hard after sprints and my throat felt swollen from the cold air",
    "I can't stop it coming back, the cramp in my lower back every night",
    "I can't control when I go into a back spasm",
    "I can't control when I need to stretch my back, it spasms",
    "I can't feel when I'm going to get a back spasm",
    "my legs go numb when I go to the toilet and scroll on my phone too long (saddle \"when i go to the toilet\")",
    "my foot goes numb when I have a poo on the loo for ages",
    "I had one wee glass of wine and woke up with calf cramp",
    "had one wee dram and then got cramp in my foot",
    "I'm carrying heavy boxes at work all day and get a bad headache",
    "im carrying a lot of water weight and my ankles are swollen and my head is killing me",
    "I can't stop the wee cramps in my lower back",
]


@pytest.mark.parametrize(("message", "level"), FAIL_OPEN)
def test_a_present_red_flag_is_triaged_whatever_else_the_message_says(engine, message, level):
    """"Fine after" about something else, "is dad having a stroke?", "shaking it won't stop", gummies by the bottle."""
    got = engine.reply(message).triage
    assert got == EMERGENCY if level == EMERGENCY else got is not None


@pytest.mark.parametrize("message", NOT_ALARMING)
def test_everyday_cramp_gym_pregnancy_and_medicine_talk_is_calm(engine, message):
    """Half a paracetamol, frothing milk, a stitch, baby kicks under the ribs, a tender chest after bench press."""
    assert engine.reply(message).triage is None
