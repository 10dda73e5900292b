"""Cases a code review of the 'if someone' exemption found (the exemption was then withdrawn): present emergencies
said with "if", pleas, "what would happen if", idioms with a person in them, and the false alarms its new sign
phrases caused. Each message stays at the level the review worked out by hand."""

from __future__ import annotations

import pytest

from bot.model import EMERGENCY

FAIL_OPEN = [
    ["what do i do if someone isnt breathing", "emergency"],
    ["what do i do if someone collapsed and isnt breathing", "emergency"],
    ["i was on the bus when someone collapsed and isnt breathing, what do i do", "emergency"],
    ["what do i do if i see someone having a seizure in front of me", "emergency"],
    ["what do i do if i find someone unconscious and not breathing", "emergency"],
    ["what do i do if i think someone is having a stroke", "emergency"],
    ["what do i do if i think someone is having a heart attack", "emergency"],
    ["what do i do if a stranger collapsed in the street and isnt breathing", "emergency"],
    ["what do i do if a player collapsed on the pitch and isnt breathing", "emergency"],
    ["how to help if a runner collapsed at the finish line and isnt breathing", "emergency"],
    ["what do i do if a baby isnt breathing", "emergency"],
    ["what do i do if a baby is floppy and not breathing", "emergency"],
    ["what do i do if a child swallowed a battery", "emergency"],
    ["what do i do if a toddler drank bleach", "emergency"],
    ["what do i do if a friend has taken too many pills and wont wake up", "emergency"],
    ["how can i help if a friend is having a seizure", "emergency"],
    ["if someone has taken an overdose what do i do", "emergency"],
    ["what should i do if a patient has crushing chest pain and is sweating im a carer and the nurse isnt here", "emergency"],
    ["what do i do if an elderly person fell and is confused and wont wake up", "emergency"],
    ["if a child has a fever and a rash that doesnt fade what do i do", "emergency"],
    ["what do we do if someone is having a stroke their face is drooping and they cant lift their arm", "emergency"],
    ["if someones face has dropped and they cant lift their arm should i drive them in or wait for the ambulance its taking ages", "emergency"],
    ["what do i do if someone is fitting its been ten minutes", "emergency"],
    ["if someone is having a seizure how long do i wait before calling, theyve been shaking for 4 minutes", "emergency"],
    ["if a person isnt breathing do i start cpr the ambulance is still 20 minutes away", "emergency"],
    ["if a person has chest pain what do i do the man next to me on the train is grey and sweating", "emergency"],
    ["its my dad - if someone has crushing chest pain and is sweating what should i do", "emergency"],
    ["if someone has chest pain and sweating what do you do the ambulance is 40 minutes away", "emergency"],
    ["help what to do if someone is choking and cant breathe", "emergency"],
    ["first aid if someone is unconscious and breathing funny", "emergency"],
    ["what to do if the cramp is in the chest and spreads down the left arm and im sweating", "emergency"],
    ["if the cramp in the chest wont go and i feel sick and sweaty what do i do", "emergency"],
    ["what should i do if a cramp in the neck comes with a fever and i cant look at light", "emergency"],
    ["what do i do if the cramp in the calf has lasted 3 hours and the leg is swollen and hot", "same-day"],
    ["if a leg cramp wont go and the calf is hot and swollen what should i do, it started this morning", "same-day"],
    ["should i call an ambulance if someone has crushing chest pain", "emergency"],
    ["do i need an ambulance if someone is having a seizure", "emergency"],
    ["do i call 999 if a baby is floppy and not breathing", "emergency"],
    ["should i go to a and e if someone has face drooping and slurred speech", "emergency"],
    ["call an ambulance if someone has crushing chest pain", "emergency"],
    ["please can you help crushing chest pain and sweating", "emergency"],
    ["pls can u help crushing chest pain left arm numb", "emergency"],
    ["please can someone help crushing chest pain", "emergency"],
    ["please what do you do for crushing chest pain and sweating", "emergency"],
    ["hey google can you call an ambulance crushing chest pain", "emergency"],
    ["ok google can you call 999 crushing chest pain and sweating", "emergency"],
    ["does crushing chest pain need an ambulance", "emergency"],
    ["does face drooping on one side and slurred speech need an ambulance", "emergency"],
    ["is a seizure lasting over 5 minutes something that needs an ambulance", "emergency"],
    ["can crushing chest pain and sweating need a hospital", "emergency"],
    ["what would happen if i dont go to a and e, crushing chest pain and im sweating", "emergency"],
    ["what would happen if i just ignore it crushing chest pain and left arm numb", "emergency"],
    ["what would happen if i went to sleep with crushing chest pain and sweating", "emergency"],
    ["what would i do if he stops breathing, hes grey and gasping", "emergency"],
    ["what would happen if i waited till morning, my calf is swollen and hot", "same-day"],
    ["what would happen if i took 30 paracetamol, i already did", "emergency"],
    ["what should i do if my toddler ever swallows a battery, i think he just did", "emergency"],
    ["my dad collapsed on the sofa", "emergency"],
    ["my dad just collapsed on the sofa and is grey", "emergency"],
    ["grandad collapsed on the couch, what do i do", "emergency"],
    ["my mum collapsed in a heap on the sofa", "emergency"],
    ["a man at the next table collapsed", "emergency"],
    ["an old man at the market collapsed, what do i do", "emergency"],
    ["the woman in the chair collapsed", "emergency"],
    ["my nan fell off the bed collapsed on the floor", "emergency"],
    ["a kid in the next tent collapsed", "emergency"],
    ["my son watching tv had a fit", "emergency"],
    ["my daughter in the car had a seizure and is still shaking", "emergency"],
    ["my friend on the phone is having a seizure what do i do", "emergency"],
    ["the pc had a seizure in the custody suite", "emergency"],
    ["he has man flu and now hes really confused", "emergency"],
    ["my husband has man flu and his skin is mottled", "emergency"],
    ["dad has had man flu for 3 days and now hes confused and not making sense", "emergency"],
]

NOT_ALARMING = [
    "my left arm feels heavy after the gym",
    "my right arm is heavy after bicep curls",
    "my right hand feels heavy after typing all day",
    "after my covid jab my left arm is heavy and sore",
    "left arm is dead after sleeping on it",
    "my right arm feels dead after tennis",
    "my arms and hands feel heavy after pull ups, my arm feels like lead",
    "my lip wont lift properly after the dentist numbed it",
    "i get a cramp in my cheek and my smile doesnt go up",
    "my face feels tired and my eyelids wont lift in the morning",
    "my eyelid twitch is annoying and it doesnt lift fully when i am tired",
    "my eyelid twitches and wont lift properly",
    "my eyebrow wont go up when i smile after botox",
    "my face mask is not lifting the dead skin lol and my calves cramp",
    "i have sock marks on both ankles in the evening and my calves cramp, when i breathe in deeply it helps",
    "i get hives from my new washing powder and cramps every breath i take when running",
    "when i get cramp my calf goes big and hard like a rock",
    "my calves got bigger from cycling and now they cramp",
    "my calf has gone big since i started squats and it cramps at night",
    "my thigh got bigger from squats and cramps after leg day",
    "my calf is sore and big after leg day",
    "my leg is fat now and cramps a lot",
    "my calf cramps and i get sock marks at the end of the day",
    "my socks are tight and i get calf cramps",
    "my sock is digging in and my calf is cramping",
    "my ski boot is tight and my calf cramps on the slopes",
    "my football boot is tight and my calf keeps cramping",
    "my calf cramps when my boot is tight",
    "i get calf cramps at night in the dark when i went to the toilet",
    "my calf cramped in the dark when i went downstairs",
    "when i went out in the dark to walk the dog my calf cramped",
    "got a leg cramp in the loo in the dark",
    "got a cramp in my foot in the toilet, it went red",
    "after my workout my face went red when i went to stretch",
    "after the gym i got a cramp in the toilet and went bright red",
]


@pytest.mark.parametrize(("message", "level"), FAIL_OPEN)
def test_a_present_emergency_said_with_if_a_plea_or_an_idiom_is_triaged(engine, message, level):
    """Bystanders' "what do I do if", "please can you help", "what would happen if I wait" stay triaged."""
    got = engine.reply(message).triage
    assert got == EMERGENCY if level == EMERGENCY else got is not None


@pytest.mark.parametrize("message", NOT_ALARMING)
def test_gym_and_cramp_talk_is_not_alarmed(engine, message):
    """A heavy arm after the gym, a cheek cramp, a calf's size from training, the dark and the toilet are calm."""
    assert engine.reply(message).triage is None


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("if someone has crushing chest pain, what should you do?", "its my husband"),
        ("what do i do if a baby isnt breathing", "hes going blue"),
    ],
)
def test_a_follow_up_after_an_if_question_keeps_the_red_flag(engine, first, then):
    """The "if" question is triaged, so the next turn carries the reminder."""
    reply = engine.reply(first)
    assert reply.triage == EMERGENCY
    assert engine.reply(then, reply.context).sections[0].kind in ("reminder", "urgent")
