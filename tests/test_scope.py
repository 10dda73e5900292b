"""What the article does not cover: an honest reply for muscle and heart questions, a short one for cramps
that are not skeletal muscle, and a decline for messages about something else."""

from __future__ import annotations

import pytest

from bot import model
from bot.model import Context
from bot.render import plain


def _answer(reply: model.Reply) -> model.Section:
    """The reply's first answer section (a red-flag caution may come before it)."""
    return next(s for s in reply.sections if s.kind == "answer")


UNCOVERED = [
    "my eyelid keeps twitching",
    "can statins cause leg cramps",
    "i have restless legs at night",
    "are hypnic jerks normal",
]
OTHER_CRAMPS = ["i get bad period cramps", "stomach cramps after eating", "bladder spasms when i pee"]


@pytest.mark.parametrize("text", UNCOVERED)
def test_uncovered_question_gets_an_honest_reply(engine, text):
    """A muscle question the article does not cover: said plainly, nearest topics offered, a doctor named."""
    reply = engine.reply(text, Context(), now=0.0)
    assert reply.kind == model.UNCOVERED
    body = _answer(reply).body
    assert "article" in body and "doctor" in body
    assert reply.choices and "not medical advice" in reply.disclaimer


@pytest.mark.parametrize("text", OTHER_CRAMPS)
def test_a_cramp_that_is_not_skeletal_muscle_is_a_different_kind(engine, text):
    """Period, stomach and bladder cramps: a different kind of muscle, when to see a doctor, no topic."""
    reply = engine.reply(text, Context(), now=0.0)
    assert reply.kind == model.OTHER_CRAMP and reply.intents == ()
    assert "different kind of muscle" in _answer(reply).body
    assert "not medical advice" in reply.disclaimer


def test_a_topic_named_outright_wins_over_the_subject(engine):
    """'Can dehydration cause eye twitching' names dehydration: it is answered."""
    assert engine.reply("can dehydration cause eye twitching", Context(), now=0.0).intents[0] == "dehydration"


def test_a_twitch_beside_a_cramp_word_is_about_cramps(engine):
    """Twitching yields to an answer when a cramp word is there too."""
    assert engine.reply("whats behind random muscle twitches and cramps", Context(), now=0.0).intents == (
        "causes",
    )


def test_a_stomach_that_does_not_cramp_is_not_a_cramp(engine):
    """Other-cramp subjects need a cramp, spasm or pain word: 'my stomach is growling' is out of scope."""
    assert engine.reply("my stomach is growling", Context(), now=0.0).kind == model.FALLBACK


@pytest.mark.parametrize(
    "text", ["what is angina", "what are the warning signs of heart disease", "what causes chest pain"]
)
def test_heart_questions_are_answered_with_coronary_artery_spasm(engine, text):
    """Heart questions without the word 'spasm' get coronary artery spasm and the emergency signs."""
    reply = engine.reply(text, Context(), now=0.0)
    assert "coronary_spasm" in reply.intents[:2] and not reply.urgent
    assert _answer(reply).intent == "coronary_spasm"
    assert "emergency" in plain(reply).lower()


@pytest.mark.parametrize(
    "text", ["whats the weather tomorrow", "my phone keeps crashing", "heart emoji meaning"]
)
def test_unrelated_messages_are_still_declined(engine, text):
    """Messages about something else get the out-of-scope reply."""
    assert engine.reply(text, Context(), now=0.0).kind == model.FALLBACK


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my husband twitches all night while he sleeps, is that ok", model.UNCOVERED),  # sleep is the story
        ("my calf twitches and now my thigh twitches too", model.UNCOVERED),  # named twice, no cramp word
        ("does low magnesium make muscles twitch", model.ANSWER),  # once, with a topic named outright
        ("my calf twitches and cramps", model.ANSWER),  # no more often than a cramp word: about cramps
    ],
)
def test_a_message_mostly_about_a_subject_is_about_it(engine, text, kind):
    """A subject named more often than any cramp word wins over topic words in the story around it."""
    assert engine.reply(text, Context(), now=0.0).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "i was a total jerk to my sister yesterday and now she won't talk to me, what should i do",
        "my thyroid results came back normal but my doctor wants another test, what does that mean",
        "my heart races every time i see her at work, what does it mean",
        "do i need to copy the appendix of my thesis",
    ],
)
def test_a_word_with_an_everyday_meaning_alone_does_not_name_a_subject(engine, text):
    """Loose cues ('jerk', 'thyroid', 'heart races', 'appendix') need a muscle, pain or cramp word beside them."""
    assert engine.reply(text, Context(), now=0.0).kind == model.FALLBACK


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("my leg keeps jerking and the muscle aches", "Jerks, tics and tremors"),
        ("can fibromyalgia cause muscle spasms", "Something the article doesn't cover"),
        ("i get palpitations when i lie down at night", "The heart, beyond artery spasm"),
        ("my doctor says i have a heart murmur, is it serious", "The heart, beyond artery spasm"),
        ("could my son's aching legs at night be growing pains", "Growing pains"),
        ("does vitamin d help with muscle cramps", "Vitamins and cramps"),
    ],
)
def test_uncovered_subjects_beside_the_body_get_the_honest_reply(engine, text, title):
    """A jerk next to a muscle word, a named muscle disorder, the heart, growing pains and vitamins: not in the article."""
    reply = engine.reply(text, Context(), now=0.0)
    assert reply.kind == model.UNCOVERED and _answer(reply).title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("what is bronchospasm", "Airway spasms"),
        ("i keep getting oesophageal spasms when i swallow", "Stomach and gut cramps"),
    ],
)
def test_airway_and_gullet_spasms_are_a_different_kind_of_muscle(engine, text, title):
    """Smooth muscle of the airways and the gullet: the short 'different kind of cramp' reply."""
    reply = engine.reply(text, Context(), now=0.0)
    assert reply.kind == model.OTHER_CRAMP and _answer(reply).title == title


def test_general_words_that_add_up_in_a_long_message_are_not_a_topic(engine):
    """'heart' as a feeling and 'what does it mean' ground no topic: a long message like this is declined."""
    text = "my friend heart reacted to my message yesterday, can someone tell me what that means"
    assert engine.reply(text, Context(), now=0.0).kind == model.FALLBACK


def test_a_place_with_pain_in_a_long_message_is_still_answered(engine):
    """'neck' and 'pain' are weak words too, but the neck is a topic's own keyword: posture is answered."""
    text = "every morning when i turn my neck there is a terrible pain, what should i do"
    assert engine.reply(text, Context(), now=0.0).intents == ("posture",)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("my belly twitches and so does my arm", "Twitching"),
        ("my stomach muscles twitch and my arm twitches too, could a nerve problem do that", "Twitching"),
        ("i get stomach cramps and my eye twitches", "Stomach and gut cramps"),
    ],
)
def test_the_subject_the_message_is_mostly_about_wins_over_another_it_names(engine, text, title):
    """A belly that twitches is a twitch, not a gut cramp; a stomach that cramps stays a gut cramp."""
    assert _answer(engine.reply(text, Context(), now=0.0)).title == title


@pytest.mark.parametrize(
    "text", ["how bad can endometriosis get?", "is irritable bowel syndrome serious?", "what is interstitial cystitis"]
)
def test_a_condition_that_is_a_cramp_itself_names_its_subject_without_a_cramp_word(engine, text):
    """Endometriosis, IBS and interstitial cystitis are other kinds of cramp even when no cramp word is typed."""
    assert engine.reply(text, Context(), now=0.0).kind == model.OTHER_CRAMP


def test_a_stomach_noise_still_needs_a_cramp_word(engine):
    """'Stomach' alone is no cramp question: 'my stomach is growling' is declined, not answered as a gut cramp."""
    assert engine.reply("my stomach is growling", Context(), now=0.0).kind == "fallback"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("should i see a doctor if my leg is weak and numb", "when_to_see_doctor"),
        ("how can i stop this from happening again", "prevention"),
        ("leg cramps after a stomach bug", "leg_cramps"),
        ("im 10 weeks pregnant with leg cramps", "pregnancy"),
        ("i drink flavoured water but still get cramps in my calves", "leg_cramps"),
        ("my calf siezes up every time i point my toes", "leg_cramps"),
    ],
)
def test_review_cases_are_answered_as_the_topic(engine, text, intent):
    """A review of the scope and spelling changes found these declined or read as another kind of cramp."""
    reply = engine.reply(text, Context(), now=0.0)
    assert reply.kind in ("answer", "urgent") and intent in reply.intents


@pytest.mark.parametrize(
    "text",
    [
        "my eggs were fertilised during ivf and now i have leg cramps",
        "my gait was analysed and my legs cramp on one side",
        "i favoured my left leg after a cramp",
    ],
)
def test_a_british_spelling_is_a_real_word_not_a_slip(engine, text):
    """'Fertilised' is not a slip of 'fertiliser', 'analysed' not of 'paralysed': no red flag is read."""
    assert engine.reply(text, Context(), now=0.0).triage is None


@pytest.mark.parametrize(
    "text",
    [
        "i pulled my hamstring playing football, how long until i can run",
        "what is a groin strain",
        "i think i tore my calf muscle sprinting",
        "i have a bruised muscle in my thigh from a kick",
        "i woke up with a wry neck, what is torticollis",
    ],
)
def test_a_muscle_injury_is_not_in_the_article(engine, text):
    """Strains, pulls, tears, bruises and a twisted neck are injuries or conditions the article does not cover."""
    assert engine.reply(text, Context(), now=0.0).kind == model.UNCOVERED


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("i got a cramp in my hamstring and pulled it straight to stop it", "leg_cramps"),
        ("my calf cramped last night and now it feels bruised", "leg_cramps"),
        ("my dog pulled me over on the walk and my leg cramped", "leg_cramps"),
        ("i strained my back lifting boxes and now it spasms", "back_spasms"),
    ],
)
def test_a_cramp_beside_an_injury_word_stays_a_topic_answer(engine, text, intent):
    """'Pulled', 'bruised' and 'strained' next to a cramp or spasm word: the cramp is what is asked about."""
    reply = engine.reply(text, Context(), now=0.0)
    assert reply.kind == model.ANSWER and intent in reply.intents


def test_thyroid_disease_is_a_whole_body_illness_the_article_does_not_name(engine):
    """Thyroid trouble is answered with the systemic-disease topic, which says the article names only two."""
    reply = engine.reply("can a thyroid problem cause muscle pain", Context(), now=0.0)
    assert reply.intents == ("systemic_disease",)
    text = " ".join(s.body for s in reply.sections)
    assert "names only these two" in text and "thyroid" in text
