"""Structure added after blind set 36 (older parents and their adult children, English as a second language,
symptom timelines; measured on arrival, then tune), and what a fifteenth review found: each rule shown on wording
other than the set's own, with calm neighbours."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "level"),
    [
        # loss of bladder or bowel control told of someone else, with back pain
        ("her lower back is agony and she can't control her bowels since lunch", "emergency"),
        ("dad's sciatica is bad and he has no control over his bladder now", "emergency"),
        # a wound told without 'my' ("cut knee"), then a locked jaw
        ("grandad cut hand on a rusty gate 5 days ago, now his jaw is locked", "emergency"),
        # swallowing a large number of pills, named or not
        ("my son swallowed 30 of them, they're his sister's tablets", "emergency"),
        ("she swallowed about 25 of my sleeping pills", "emergency"),
        # took a large number, the pills named a few words on (review 16); a month's supplements are no overdose
        ("He took 20 of them, the sleeping pills, and he's drowsy", "emergency"),
        # staring at nothing after a fall
        ("grandma fell in the kitchen and now she is staring at nothing", "emergency"),
        ("he fell off the ladder and now he's looking at nothing", "emergency"),
        # asking whether to call emergency help for what is described is about now
        ("should an ambulance be called for someone with lips swelling who can't breathe after peanuts?", "emergency"),
        ("what number do I call for a man collapsed and not breathing", "emergency"),
    ],
)
def test_set_36_structure(engine, message, level):
    """Each is triaged at its level, worded unlike the set's own messages."""
    assert engine.reply(message).triage == level


@pytest.mark.parametrize(
    ("message", "level"),
    [
        # 'called' reads as 'call': as a definition word it hid questions about calling help (review 15)
        ("Should an ambulance be called for a player who collapsed on the pitch and isn't breathing?", "emergency"),
        ("Is it worth calling 999 for crushing chest pain going into the left arm and sweating", "emergency"),
        ("how is it called when face is falling on one side and arm is weak and speech slurred", "emergency"),
        ("Is a drooping face with slurred speech called a stroke? Asking for my mum, she's 80", "emergency"),
        ("Is very short for breath and lips blue and cannot speak", "emergency"),
        # a cramp still there after 20 minutes is same-day, not an overdose of magnesium
        ("I swallowed my magnesium 20 minutes ago and the cramps are still there", "same-day"),
    ],
)
def test_review_15_fail_opens_stay_closed(engine, message, level):
    """Present emergencies worded with 'called', 'known as' or 'short for' stay triaged."""
    assert engine.reply(message).triage == level


@pytest.mark.parametrize(
    "message",
    [
        # review 15's false alarms, from rules tried and withdrawn or narrowed
        "I'm left handed and my left hand cramps up and goes weak after a long exam",
        "Sore back, weak on both sides from the gym, legs fine",
        "I cut leg day short because my calves cramped and it spread up into my thighs",
        "Swallowed it 20 mins ago, how long does magnesium take to work on cramps?",
        "Downed 20 pints at the stag do and woke up with cramps",
        "He has a limp and cramps in his calf after football",
        "My boyfriend was lying on the sofa staring into space all evening, he gets leg cramps when he sits long",
        "No pee for 2 hours after my run, drank loads",
        "Her new heels are killing her and her toes have gone white",
        "I took 20 minutes to stretch and the cramp eased",
        # review 16: an ambulance or 999 told of in the past or named in general is not 'now'
        "Back in 2019 paramedics treated me for chest pain, turned out to be a pulled muscle. Now I just get calf cramps",
        "Years ago I called 911 when my son had a febrile seizure. He's 15 now and gets cramps playing football",
        "How do paramedics tell the difference between a seizure and a muscle spasm?",
        # a leg giving way with a face word nearby is no stroke (a sudden-weakness rule was withdrawn)
        "My calf cramped suddenly on my run and my leg gave way, I nearly fell on my face",
        # a vacant stare while resting, or after falling asleep
        "Grandma is staring at nothing while lying on the sofa watching telly, she's just tired",
        "My son was staring at nothing after he fell asleep on the floor playing games, normal?",
        # skin pale compared with other people
        "My skin looks pale compared to the other girls and I'm always cold, I'm anaemic",
        # a child's accidents with a sore back
        "My toddler pooed her pants at nursery and has a sore back from the slide",
        "took about 15 of my magnesium tablets over the month, do they help cramps?",
        "it took 20 minutes to find my tablets and the cramp had gone",
    ],
)
def test_reviews_15_and_16_false_alarms_stay_calm(engine, message):
    """Everyday wording that a withdrawn or narrowed rule had raised stays calm."""
    assert engine.reply(message).triage is None


@pytest.mark.parametrize(
    "message",
    [
        # review 16: words the knowledge base uses often pull a slip towards them; these stay read as meant
        "he suddenly cant talke properly",
        "I think he's having a brin bleed",
        "Pain in my left arm and I feel clummy",
    ],
)
def test_review_16_slips_still_read_as_meant(engine, message):
    """Slips of 'talk', 'brain' and 'clammy' are not pulled to words new cues made common ('take', 'bring')."""
    assert engine.reply(message).triage == "emergency"


def test_the_calf_named_last_is_what_it_means_next(talk):
    """'My calf keeps cramping', then 'now it's swollen and red': the calf from the message before (same-day)."""
    first, second = talk("my calf keeps cramping at night", "now it's swollen and red and warm")
    assert first.triage is None
    assert second.triage == "same-day"


@pytest.mark.parametrize(
    "follow_up",
    ["its a bit swollen, prob nothing", "mine's swollen and warm", "it swelled up", "it's gone all puffy"],
)
def test_a_swollen_it_after_the_calf_is_same_day(talk, follow_up):
    """Review 17's misses: a word or two before the swelling, 'mine', 'it swelled', 'gone' to a change."""
    _, second = talk("my calf keeps cramping", follow_up)
    assert second.triage == "same-day"


@pytest.mark.parametrize(
    "follow_up",
    [
        "I sprained my ankle last week, it's swollen",  # it names a body part of its own
        "its swelling has gone down now, all back to normal",  # it says it is over
        "my gums are swollen and red, going to the dentist",  # no pointer back at the calf
        "its warm in my room though",  # red, warm or hot alone: weather, a bath, wine
        "also got a mosquito bite, its red and swollen lol",  # a bite it could mean
        "its my nose, red and swollen from a cold",  # what 'it' is, said
        "its swollen? my physio checked it yesterday and said all good",  # seen by someone who can judge
    ],
)
def test_the_calf_is_not_carried_where_the_next_message_means_something_else(talk, follow_up):
    """A place is carried only into a message that points back at it, names no body part and says nothing is over."""
    _, second = talk("my calf cramps at night", follow_up)
    assert second.triage is None


def test_a_place_is_carried_one_message_only(talk):
    """One message on, 'it' no longer means the calf."""
    *_, last = talk("my calf keeps cramping at night", "thanks", "now it's swollen and red")
    assert last.triage is None


def test_a_button_press_or_an_empty_message_ends_the_carried_place(engine):
    """The calf is carried into the next message the person writes, not past a button or an empty message."""
    first = engine.reply("my calf keeps cramping at night", now=0.0)
    assert first.context.places == ("calf",)
    assert engine.topic("prevention", first.context, now=1.0).context.places == ()
    assert engine.reply("...", first.context, now=1.0).context.places == ()


def test_skin_in_a_clot_description_does_not_stop_the_carry(talk):
    """Review 18: 'it's swollen, the skin is tight and shiny' after a calf cramp is the classic clot description."""
    _, second = talk("my calf keeps cramping", "its swollen, the skin is tight and shiny")
    assert second.triage == "same-day"


def test_an_emergency_is_never_dropped_from_memory_for_a_same_day_rule(engine):
    """Review 17: with eight same-day rules remembered, an older emergency is still what 'what should I do?' repeats."""
    from bot.model import Context

    same_day = [r for r, rule in engine.kb.red_flags.rules.items() if rule.level == "same-day"][:8]
    assert len(same_day) == 8  # the memory holds eight: with the heart, one rule too many
    context = Context(flags=("heart", *same_day))
    reply = engine.reply("my calf keeps cramping too", context, now=0.0)
    assert "heart" in reply.context.flags
    assert engine.reply("what should I do?", reply.context, now=1.0).triage == "emergency"


def test_a_physios_word_never_ends_a_remembered_emergency(talk):
    """'The physio said it's a pulled muscle' after crushing chest pain: 'what should I do?' is still the emergency."""
    *_, last = talk("my chest is crushing and i'm sweating", "the physio said it's a pulled muscle", "what should i do?")
    assert last.triage == "emergency"
