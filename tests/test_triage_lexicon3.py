"""Third lexicon pass: lay wordings (what is seen or felt, in several voices) reaching their care level, and calm
neighbours that share their words."""

from __future__ import annotations

import pytest

from bot.model import EMERGENCY, SAME_DAY

# Written for this file. Each line is one lay wording the pass added, in the voice of a teenager, an older writer,
# someone writing English as a second language, a parent at night, a carer or a gym-goer.
URGENT = [
    # heart
    ("dad says its like a ton of bricks on his chest", EMERGENCY),
    ("my chest feels like someone is standing on it and im sweating", EMERGENCY),
    ("chest feels like its on fire and im clammy", EMERGENCY),
    # stroke
    ("my nan cant find her words and her arm is weak", EMERGENCY),
    ("grandad cant find the right words and his face has dropped", EMERGENCY),
    ("My husband appears to have lost the power in his right arm and his speech is indistinct", EMERGENCY),
    ("suddenly lost the use of my right arm", EMERGENCY),
    ("my mum suddenly lost the use of her left hand", EMERGENCY),
    ("dad's left leg and arm have gone useless", EMERGENCY),
    ("her right leg and arm have gone useless all of a sudden", EMERGENCY),
    ("his mouth is going to one side and saliva coming", EMERGENCY),
    ("my wife's mouth went to one side and she's drooling from one side", EMERGENCY),
    ("my father is unable to speak properly since this morning and his mouth is bent", EMERGENCY),
    ("mum is talking like she has a mouthful of marbles", EMERGENCY),
    ("my dad's arm is just hanging there and he cant move it", EMERGENCY),
    ("the left side of my face feels heavy and wont move", EMERGENCY),
    ("my dad's arm went funny and then he couldn't get his words out properly", EMERGENCY),
    ("i woke up this morning and i couldn't move the right side of my body", EMERGENCY),
    ("My left arm has become weak and my speech is impaired", EMERGENCY),
    # limb
    ("My lower leg has become cold and pallid and is very painful", EMERGENCY),
    # collapse
    ("my breath is not coming", EMERGENCY),
    ("my son's breath isnt coming properly", EMERGENCY),
    ("my homie just passed tf out and aint wakin up", EMERGENCY),
    ("my dad is out for the count on the floor and wont wake up properly", EMERGENCY),
    ("she wouldnt wake up this morning and is still really drowsy and floppy", EMERGENCY),
    # seizure
    ("my son is doing fits and eyes going up", EMERGENCY),
    ("my daughter is doing a fit on the sofa", EMERGENCY),
    ("he fell down and started shaking and frothing", EMERGENCY),
    ("his eyes went into the back of his head and he started jerking and frothing", EMERGENCY),
    # child
    ("my baby's breathing is making a grunting noise and she's very hot", EMERGENCY),
    ("my baby is grunting with every breath and has a temperature", EMERGENCY),
    ("my little girl is sucking in under her ribs when she breathes and has a fever", EMERGENCY),
    ("baby has a temp and her soft spot is bulging", EMERGENCY),
    ("baby is having fever and crying high pitch and not taking feed", EMERGENCY),
    # meningitis
    ("neck is jam and fever is high", EMERGENCY),
    ("temp of 39 and cant touch chin to chest", EMERGENCY),
    ("my daughter has a temperature and cant touch her chin to her chest", EMERGENCY),
    ("my son is boiling and has a rash that doesnt fade under a glass", EMERGENCY),
    # sepsis
    ("my urine is stop since morning and i have fever and infection", EMERGENCY),
    ("my grandmother has an infected toe and says she feels like she is dying", EMERGENCY),
    ("my dad has a water infection and is saying weird things", EMERGENCY),
    ("my mother has urine infection and now she is not talking properly and very sleepy", EMERGENCY),
    ("my daughter has a fever and her hands and feet are freezing and her legs hurt a lot", EMERGENCY),
    # tetanus
    ("stepped on a rusty nail and my jaw is getting stiffer each day", EMERGENCY),
    ("got a piercing last week and my jaw is getting stiffer and stiffer", EMERGENCY),
    ("i have wound from nail and now teeth are stuck together", EMERGENCY),
    ("a week after stepping on a nail my jaw aches and i struggle to chew", EMERGENCY),
    ("stood on a nail in the garden and now my jaw is stiff and i am struggling to chew", EMERGENCY),
    ("got a deep cut on a farm and my jaw feels like its wired shut", EMERGENCY),
    ("caught my hand on a rusty gate and now my jaw feels like it is wired shut", EMERGENCY),
    ("ripped my hand on barbed wire, now my jaw wont relax", EMERGENCY),
    ("i got a tattoo last week and now my jaw is locking", EMERGENCY),
    ("i have a puncture wound on my foot and my calf muscles are now rigid and spasming", EMERGENCY),
    ("i cut myself on a rusty saw last week, now i can only open my mouth a little", EMERGENCY),
    ("my dad cut his foot on the farm and now his jaw wont open more than a crack", EMERGENCY),
    ("had a nail in my boot and now my jaw keeps seizing", EMERGENCY),
    ("cut my hand on an old tin, now i cant open my gob", EMERGENCY),
    # cauda equina
    ("I have been unable to pass water since yesterday and my back is very painful", EMERGENCY),
    ("my back is killing me and i cant tell if my bladder is full", EMERGENCY),
    ("sciatica and now i have no urge to wee at all", EMERGENCY),
    ("bad back and my bits have gone numb", EMERGENCY),
    ("sciatica down both legs and no feeling when i have sex", EMERGENCY),
    ("I have noticed a numbness in the perineal region and I have back pain", EMERGENCY),
    ("back pain and i pee without noticing", EMERGENCY),
    # clot in the lung
    ("i had a clot in my leg and now im breathless and coughing", EMERGENCY),
    ("swollen calf and im puffing just walking to the kitchen", EMERGENCY),
    # anaphylaxis
    ("hives all over and my breathing is tight", EMERGENCY),
    ("I am experiencing a tightness of the throat having eaten shellfish", EMERGENCY),
    ("after the wasp sting my tongue is getting bigger", EMERGENCY),
    ("ate a satay and my lips have blown up like a balloon and my breathing is tight", EMERGENCY),
    # poisoning
    ("i think my son drank from a bottle of bleach", EMERGENCY),
    ("my 2 year old had a sip of white spirit", EMERGENCY),
    ("she had a swig of white spirit from the shed", EMERGENCY),
    ("my child licked some rat poison", EMERGENCY),
    ("my son licked a laundry pod", EMERGENCY),
    ("my toddler drank some washing up liquid", EMERGENCY),
    ("my daughter ate some washing tablets", EMERGENCY),
    ("my daughter swallowed her grandmas pills", EMERGENCY),
    ("my nephew ate some of his grandads tablets", EMERGENCY),
    ("my son swallowed some of my pills", EMERGENCY),
    ("my kid put a battery in his mouth and swallowed it", EMERGENCY),
    ("my husband took 20 paracetamol", EMERGENCY),
    ("she took 30 paracetamol", EMERGENCY),
    ("my mum took her pills twice and now she's confused", EMERGENCY),
    ("my dad took his tablets twice and is now really drowsy", EMERGENCY),
    ("my toddler ate a mushroom from the garden and is twitching", EMERGENCY),
    ("i ate some foraged mushrooms and now my muscles are twitching", EMERGENCY),
    ("smelled gas in the house and now my muscles are twitching and i have a headache", EMERGENCY),
    ("took a dodgy pill and now my jaw is clenching and im twitching", EMERGENCY),
    ("my friend downed a bottle of vodka and some pills and is out of it", EMERGENCY),
    ("my brother overdid it on his insulin and is shaking and confused", EMERGENCY),
    ("i accidentally gave my baby too much calpol and he is very sleepy", EMERGENCY),
    ("gave my son double the dose of calpol by mistake", EMERGENCY),
    ("my daughter swallowed a handful of vitamins", EMERGENCY),
    ("i took 3 times the dose of my muscle relaxant and feel really drowsy", EMERGENCY),
    ("my son drank half a bottle of cough syrup", EMERGENCY),
    ("my toddler has eaten some of my iron tablets", EMERGENCY),
    ("mum might have taken her tablets more than once today and is confused", EMERGENCY),
    ("i have been sniffing gas and my muscles keep jerking", EMERGENCY),
    ("my little one swallowed a magnet", EMERGENCY),
    ("My grandson has swallowed several of my tablets", EMERGENCY),
    ("my kid drank some nail varnish remover", EMERGENCY),
    ("m8 took sum pills n is shakin n twitchin", EMERGENCY),
    ("snake bite on my leg and i am getting muscle pulling", EMERGENCY),
    # same-day
    ("my left calf is double the size of my right", SAME_DAY),
    ("my calf is twice the size of the other one", SAME_DAY),
    ("my left leg is chunkier than my right and it aches behind the knee", SAME_DAY),
    ("after crossfit my arms are so swollen i cant bend them and my urine is dark", SAME_DAY),
    ("my pee is the colour of black tea after a spin class", SAME_DAY),
    ("im 34 weeks pregnant with a headache paracetamol isnt touching", SAME_DAY),
    ("35 weeks pregnant and my fingers look like sausages and my face is puffy", SAME_DAY),
    ("on cipro and my calves hurt", SAME_DAY),
    ("since going on a statin my legs feel like jelly", SAME_DAY),
    ("cramp in my calf thats been there all night", SAME_DAY),
    ("my calf cramp wont budge, its been there all night", SAME_DAY),
    ("cut my foot on glass at the beach and my jabs arent done", SAME_DAY),
    ("cut my hand on a rusty tin and my tetanus has run out", SAME_DAY),
    ("my son stood on a nail and we didnt give him his vaccinations", SAME_DAY),
    ("i stood on a nail and the doctor never gave me a tetanus", SAME_DAY),
    ("i got injury from iron rod and i did not take tetanus injection", SAME_DAY),
    ("dog bite and i did not take any injection", SAME_DAY),
    ("cramps and vomiting many times and urine is very less", SAME_DAY),
    ("cramps and my baby has had dry nappies all day", SAME_DAY),
    ("cramps and my mouth is like sandpaper and im dizzy every time i stand", SAME_DAY),
]

# Calm messages sharing a word with the phrases above, or with phrases this pass chose not to add.
CALM = [
    "my cat sat on my chest this morning and then my calf cramped",
    "my thighs are like jelly after leg day, any stretches for cramps?",
    "i do slow breathing exercises when my calf cramps",
    "my son got a tattoo and his forearm cramps when he grips things",
    "my eyelid keeps twitching when i'm tired",
    "i'm pregnant and my eyelid is flickering a lot",
    "i have a bad head cold and my legs cramp at night",
    "i drink builders tea all day and get cramps at night",
    "my calves look bigger since i started running, and they cramp",
    "my cramp felt like it lasted forever but it went after a minute",
    "i was puking all night last week with a bug, still the odd cramp",
    "my doctor put me on xanax for anxiety and my legs twitch",
    "my back makes a crack when i stretch and then spasms",
    "i use essential oils to massage my calf when it twitches",
    "i take iron tablets and get twitchy eyelids",
    "i had an accident at work and hurt my back, now spasms",
    "i leak a bit when i sneeze and my back aches since having the baby",
    "after chest day my pecs are sore and i'm sweaty",
    "my hay fever makes my eyes itchy and tight, and my calves cramp",
    "my toddler grunts when he does a poo, and gets leg cramps at night",
    "we ate at a chinese takeaway and i got a cramp in my foot walking home",
    "my legs feel like i've been hit by a bus after the marathon but my pee is normal",
    "my neck is stiff from sleeping funny, no fever",
    "my face twitches only on one side when i'm stressed",
    "i stepped on a lego and my foot cramped",
    "she isn't moving much today because her thigh cramped at netball",
    "i ran out of breath on my run and my calf cramped",
    "i sip water all day and still get cramps",
    "thinking about going on a statin, do they cause cramps?",
    "my arm was just dangling off the bed and it went dead, then cramped",
    "my face feels heavy with sinus, and my jaw cramps",
    "my jaw froze up with cold on the ski slope and my calves cramped",
    "my calf muscle wont relax after a cramp, any stretches?",
    "the cramp made my leg a dead weight for a minute",
    "had a tattoo on my calf done last year and it cramps sometimes",
    "my wife says i grunt in my sleep when my calves cramp",
    "my back keeps seizing up when i lift boxes",
    "i have swallowed my pride and am asking: why do my calves cramp at night?",
    "my throat has a tightness when i swallow cold water, and my calves cramp",
    "my speech was affected by a stroke years ago, now i get cramps",
    "i had my flu injection and my arm cramps a bit",
    "my b12 injections stopped my leg cramps",
    "had a dvt years ago, fine since, now i get calf cramps when i run",
    "my hands and feet are always cold in winter and my toes cramp",
    "my baby refuses the bottle some days and her legs twitch in her sleep",
    "i swallowed my iron tablets this morning and had a calf cramp",
    "i overdid it on the treadmill and my calves cramped",
    "i had a glass of wine with my pills last night, cramps today?",
    "my son drank his calpol and still has leg pains",
    "i ate some of my magnesium gummies and still cramp",
    "my fridge magnets fell and i got a cramp bending down",
]


@pytest.mark.parametrize(("message", "level"), URGENT)
def test_lay_wording_reaches_its_care_level(engine, message, level):
    """A lay wording of a red-flag sign is triaged, an emergency as an emergency."""
    got = engine.understand(message).triage.level
    assert got == EMERGENCY if level == EMERGENCY else got in (EMERGENCY, SAME_DAY), got


@pytest.mark.parametrize("message", CALM)
def test_calm_neighbour_sharing_the_words_is_not_triaged(engine, message):
    """A calm cramp message that shares words with the new phrases is not triaged."""
    assert engine.understand(message).triage.level is None
