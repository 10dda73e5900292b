"""The engine end to end: intents for typical questions, typos, lay words, several topics, out of scope,
clarifying questions, smalltalk, the safety invariants of urgent replies, and conversation context."""

from __future__ import annotations

import pytest

from bot import model
from bot.engine import Engine
from bot.loader import CONTRACT_INTENTS
from bot.model import Context, Reply
from bot.render import plain

TOPIC_QUESTIONS = [
    ("what is a muscle spasm", "about_spasms"),
    ("what exactly is a muscle spasm", "about_spasms"),
    ("what does a cramp feel like", "about_spasms"),
    ("what causes muscle spasms", "causes"),
    ("why do muscles cramp", "causes"),
    ("what can cause spasms", "causes"),
    ("can overuse cause muscle spasms", "overuse"),
    ("i get cramps after the gym", "overuse"),
    ("i get cramps after running", "overuse"),
    ("does too much exercise cause cramps", "overuse"),
    ("can multiple sclerosis cause spasms", "nervous_system"),
    ("can a spinal cord injury cause spasms", "nervous_system"),
    ("can dehydration cause muscle cramps", "dehydration"),
    ("does not drinking enough water cause muscle spasms", "dehydration"),
    ("cramps in hot weather", "dehydration"),
    ("can low magnesium cause spasms", "electrolytes"),
    ("do i need potassium for cramps", "electrolytes"),
    ("what is coronary artery spasm", "coronary_spasm"),
    ("can the heart arteries spasm", "coronary_spasm"),
    ("what is a coronary vasospasm", "coronary_spasm"),
    ("can bad posture cause muscle spasms", "posture"),
    ("i sit at a computer all day and get spasms", "posture"),
    ("cramps after sleeping in a weird position", "posture"),
    ("lower back spasms", "back_spasms"),
    ("why does my back spasm", "back_spasms"),
    ("my lower back keeps cramping", "back_spasms"),
    ("can diabetes cause muscle spasms", "systemic_disease"),
    ("spasms with high blood sugar", "systemic_disease"),
    ("im pregnant and get cramps", "pregnancy"),
    ("why do pregnant women get cramps", "pregnancy"),
    ("can atherosclerosis cause cramps", "atherosclerosis"),
    ("poor circulation cramps", "atherosclerosis"),
    ("do muscles cramp without enough oxygen", "atherosclerosis"),
    ("why do my legs cramp", "leg_cramps"),
    ("my calves cramp at night", "leg_cramps"),
    ("when should i see a doctor about cramps", "when_to_see_doctor"),
    ("should i be worried about my cramps", "when_to_see_doctor"),
    ("how do i prevent cramps", "prevention"),
    ("how do i stop a cramp", "prevention"),
    ("how can i avoid spasms", "prevention"),
    ("at what point do i get my spasms checked out", "when_to_see_doctor"),  # the kind 'serious' settles it
]

SMALLTALK = [
    ("hi", "greeting"),
    ("hello", "greeting"),
    ("good morning", "greeting"),
    ("thanks", "thanks"),
    ("thank you so much", "thanks"),
    ("cheers that helped", "thanks"),
    ("bye", "goodbye"),
    ("see you later", "goodbye"),
    ("help", "help"),
    ("what can you do", "help"),
    ("what can i ask you", "help"),
]

TYPOS = [
    ("can low magnesuim cause cramps", "electrolytes"),
    ("can dehydartion cause cramps", "dehydration"),
    ("legcramps", "leg_cramps"),
    ("i get legcramps at night", "leg_cramps"),
    ("why do i get crmaps", "causes"),
    ("does parkinsns cause spasms", "nervous_system"),
]

LAY_WORDS = [
    ("i keep getting a charley horse", "leg_cramps"),
    ("charley horse in my calf", "leg_cramps"),
    ("my calf cramps", "leg_cramps"),
    ("thigh cramps at night", "leg_cramps"),
    ("i have ms and get spasms", "nervous_system"),
    ("do people with MS get muscle spasms", "nervous_system"),
    ("parkinsons and spasms", "nervous_system"),
    ("does slouching cause cramps", "posture"),
    ("third trimester cramps", "pregnancy"),
    ("im always thirsty and cramping", "dehydration"),
    ("clogged arteries and cramps", "atherosclerosis"),
    ("can anemia cause cramps", "systemic_disease"),
    ("can anaemia cause cramps", "systemic_disease"),
    ("i'm anemic and get spasms", "systemic_disease"),
]

MULTI_TOPIC = [
    ("I'm pregnant and my legs cramp at night", {"pregnancy", "leg_cramps"}),
    ("I'm diabetic and get leg cramps", {"systemic_disease", "leg_cramps"}),
    ("i'm 30 weeks pregnant and my calves cramp", {"pregnancy", "leg_cramps"}),
    ("can dehydration and low magnesium cause cramps", {"dehydration", "electrolytes"}),
    ("i run marathons and get leg cramps", {"overuse", "leg_cramps"}),
    ("i have ms and my legs cramp", {"nervous_system", "leg_cramps"}),
    ("slouching at my desk gives me back spasms", {"posture", "back_spasms"}),
    ("my arteries are clogged and my legs cramp when i walk", {"atherosclerosis", "leg_cramps"}),
]

OUT_OF_SCOPE = [
    "the muscle car I bought is great",
    "what's the weather",
    "whats the weather tomorrow",
    "what's the capital of france",
    "recommend a good pizza place",
    "how do i fix my wifi",
    "tell me a joke",
    "who won the football match last night",
    "calf leather boots on sale",
    "chest of drawers for sale",
    "a",
]

# Found with `spasm-bot ask --explain`: health words, but no topic clearly ahead, so the bot asks.
CLARIFY = [
    ("cramp", {"causes", "prevention"}),
    ("i have a knot in my muscle", {"about_spasms"}),
]

URGENT_WITH_A_TOPIC = [
    "can low magnesium cause cramps? also my chest hurts",
    "I'm pregnant and my legs cramp, and I have chest pain",
    "my legs cramp and my chest hurts",
    "i get leg cramps at night and now my chest is tight",
    "magnesium potassium calcium electrolyte imbalance deficiency and a crushing chest pain",
    "thanks! my chest feels really tight though",
    "hi, i can't breathe",
    "what is coronary artery spasm? my chest hurts right now",
]


def _first(engine: Engine, message: str) -> str | None:
    reply = engine.reply(message)
    return reply.intents[0] if reply.intents else None


def test_contract_intents_are_all_known(engine):
    """Every intent id of the fixed contract exists in the knowledge base and has an answer."""
    assert set(CONTRACT_INTENTS) <= set(engine.kb.intents)
    assert set(CONTRACT_INTENTS) <= set(engine.kb.answers)


def test_every_topic_has_a_typical_question():
    """The topic table below covers every health intent of the contract."""
    covered = {intent for _, intent in TOPIC_QUESTIONS} | {intent for _, intent in SMALLTALK}
    assert covered == set(CONTRACT_INTENTS)


@pytest.mark.parametrize(("message", "intent"), TOPIC_QUESTIONS)
def test_topic_questions(engine, message, intent):
    """A typical question about a topic is answered with that topic first."""
    reply = engine.reply(message)
    assert reply.kind == model.ANSWER
    assert not reply.urgent
    assert reply.intents[0] == intent


@pytest.mark.parametrize(("message", "intent"), SMALLTALK)
def test_smalltalk(engine, message, intent):
    """Greetings, thanks, goodbyes and help requests are smalltalk, without a health disclaimer."""
    reply = engine.reply(message)
    assert reply.kind == model.SMALLTALK
    assert reply.intents == (intent,)
    assert reply.disclaimer is None
    assert not reply.is_health


@pytest.mark.parametrize(
    "message",
    [
        "hi. i want to know whether my landlord can put the rent up twice in one year without asking",
        "what is the capital of peru and how many people live there, thanks a lot for your help",
    ],
)
def test_a_long_message_is_not_small_talk_for_its_greeting_or_thanks(engine, message):
    """Past CHAT words, 'hi' or 'thanks' is politeness around something else: the message is out of scope."""
    assert engine.reply(message).kind == model.FALLBACK


@pytest.mark.parametrize(("message", "intent"), TYPOS)
def test_typos(engine, message, intent):
    """Misspelt and run-together words still reach the right topic."""
    assert _first(engine, message) == intent


@pytest.mark.parametrize(("message", "intent"), LAY_WORDS)
def test_lay_words(engine, message, intent):
    """Everyday words (charley horse, MS, slouching, trimester, thirsty, anemia...) reach the right topic."""
    assert _first(engine, message) == intent


@pytest.mark.parametrize(("message", "intents"), MULTI_TOPIC)
def test_multi_topic(engine, message, intents):
    """A message raising two topics is answered with both, one section each."""
    reply = engine.reply(message)
    assert reply.kind == model.ANSWER
    assert intents <= set(reply.intents)
    answered = {s.intent for s in reply.sections if s.kind == "answer"}
    assert intents <= answered


@pytest.mark.parametrize("message", OUT_OF_SCOPE)
def test_out_of_scope(engine, message):
    """Anything not about spasms gets the kind fallback: no intents, suggestions, no disclaimer."""
    reply = engine.reply(message)
    assert reply.kind == model.FALLBACK
    assert reply.intents == ()
    assert not reply.urgent
    assert reply.choices, "the fallback suggests topics"
    assert engine.message("fallback") in plain(reply)


@pytest.mark.parametrize(("message", "expected"), CLARIFY)
def test_clarify(engine, message, expected):
    """A health message with no clear topic asks "did you mean" with choices instead of guessing."""
    reply = engine.reply(message)
    assert reply.kind == model.CLARIFY
    assert reply.intents == ()
    assert expected <= {c.intent for c in reply.choices}
    assert reply.context.offered == tuple(c.intent for c in reply.choices)


@pytest.mark.parametrize("message", URGENT_WITH_A_TOPIC)
def test_urgent_cannot_be_overruled_by_a_topic(engine, message):
    """However strongly a message names a topic (or smalltalk), a red flag in it makes the reply urgent."""
    reply = engine.reply(message)
    assert reply.urgent
    assert reply.kind == model.URGENT
    assert reply.sections[0].kind == model.URGENT


def test_urgent_reply_layout(engine):
    """The urgent reply leads with the emergency section naming 911, 112, 999 and 000."""
    reply = engine.reply("my chest hurts")
    first = reply.sections[0]
    assert first.kind == "urgent"
    for number in ("911", "112", "999", "000"):
        assert number in first.body
    assert reply.disclaimer and "not medical advice" in reply.disclaimer.lower()


def test_urgent_reply_with_configured_number(engine_112):
    """With emergency_number="112" the urgent reply leads with "112"."""
    first = engine_112.reply("my chest hurts").sections[0]
    assert first.kind == "urgent"
    assert "112" in first.body.strip().splitlines()[0]
    assert "112" in engine_112.emergency().sections[0].body.strip().splitlines()[0]


def test_urgent_reply_offers_the_other_topics_it_heard(engine):
    """An urgent reply to a message with a topic keeps that topic as a choice for later."""
    reply = engine.reply("my legs cramp and my chest hurts")
    assert "leg_cramps" in {c.intent for c in reply.choices}


def test_emergency_command(engine):
    """engine.emergency() is the urgent guidance on its own."""
    reply = engine.emergency()
    assert reply.urgent and reply.kind == model.URGENT
    assert reply.sections[0].kind == model.URGENT


ALL_MESSAGES = (
    [m for m, _ in TOPIC_QUESTIONS + SMALLTALK + TYPOS + LAY_WORDS + MULTI_TOPIC + CLARIFY]
    + OUT_OF_SCOPE
    + URGENT_WITH_A_TOPIC
    + ["", "   ", "😀"]
)


def _check_disclaimer(reply: Reply) -> None:
    if reply.kind in (model.ANSWER, model.URGENT):
        assert reply.disclaimer and "not medical advice" in reply.disclaimer.lower()
        assert plain(reply).rstrip().endswith(reply.disclaimer.strip())
    if reply.kind == model.SMALLTALK:
        assert reply.disclaimer is None


@pytest.mark.parametrize("message", ALL_MESSAGES)
def test_every_health_reply_ends_with_the_disclaimer(engine, message):
    """Every answer or urgent reply carries "not medical advice" and the plain text ends with it."""
    _check_disclaimer(engine.reply(message))


@pytest.mark.parametrize("intent", [i for i in CONTRACT_INTENTS])
def test_topic_by_id(engine, intent):
    """engine.topic() shows any topic directly; health topics carry their source and the disclaimer."""
    reply = engine.topic(intent)
    assert reply.intents == (intent,)
    _check_disclaimer(reply)
    if engine.kb.intents[intent].kind in ("topic", "overview"):
        assert reply.kind == model.ANSWER
        assert reply.sections[0].source


def test_topic_unknown_id_falls_back(engine):
    """engine.topic() with an unknown id gives the fallback, never an exception."""
    assert engine.topic("no_such_topic").kind == model.FALLBACK


@pytest.mark.parametrize(
    ("payload", "intent"),
    [
        ("legs", "leg_cramps"),
        ("LEGS ", "leg_cramps"),
        ("overuse", "overuse"),
        ("ms", "nervous_system"),
        ("nope", None),
    ],
)
def test_deep_link(engine, payload, intent):
    """Deep-link payloads map to topics, case-insensitively; unknown ones to None."""
    assert engine.deep_link(payload) == intent


def test_menus_name_known_topics(engine):
    """The start menu is a list of labelled choices of known topics."""
    menu = engine.menu("start")
    assert menu
    assert all(c.intent in engine.kb.answers and c.label for c in menu)
    assert engine.menu("no_such_menu") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("magnesium", "electrolytes"), ("legcramps", "leg_cramps"), ("weather", None), ("hi", None)],
)
def test_suggest(engine, text, expected):
    """suggest() ranks health topics for inline mode and offers nothing for off-topic or smalltalk."""
    got = engine.suggest(text)
    if expected is None:
        assert got == ()
    else:
        assert got[0] == expected
        assert all(engine.kb.intents[i].kind != "smalltalk" for i in got)


# Conversation context


def _talk(engine: Engine, *messages: str) -> list[Reply]:
    replies, context = [], Context()
    for n, message in enumerate(messages):
        reply = engine.reply(message, context, now=1000.0 + n)
        replies.append(reply)
        context = reply.context
    return replies


def test_context_remembers_topics_and_offers(engine):
    """A reply's context records the topic answered, the topics offered next and the time."""
    reply = engine.reply("why do my legs cramp", Context(), now=123.0)
    assert reply.context.topics == ("leg_cramps",)
    assert reply.context.offered == tuple(c.intent for c in reply.related)
    assert reply.context.updated == 123.0


def test_context_is_not_changed_in_place(engine):
    """The engine returns a new Context and leaves the one it was given alone."""
    before = Context()
    engine.reply("why do my legs cramp", before)
    assert before == Context()


def test_followup_question_keeps_topic_in_view(engine):
    """ "is it serious?" after leg cramps answers when to see a doctor and keeps leg cramps in view."""
    replies = _talk(engine, "why do my legs cramp", "is it serious?")
    assert replies[1].intents[0] == "when_to_see_doctor"
    assert "leg_cramps" in replies[1].intents


def test_offered_topic_picked_by_number(engine):
    """A number picks one of the topics the previous reply offered."""
    first, second = _talk(engine, "why do my legs cramp", "2")
    assert second.intents == (first.context.offered[1],)


def test_fresh_question_wins_over_context(engine):
    """A complete new question is answered on its own terms, whatever came before."""
    replies = _talk(engine, "why do my legs cramp", "can diabetes cause cramps")
    assert replies[1].intents[0] == "systemic_disease"


def test_context_does_not_pull_off_topic_messages_in(engine):
    """An off-topic message after a health topic still gets the fallback."""
    replies = _talk(engine, "why do my legs cramp", "whats the weather tomorrow")
    assert replies[1].kind == model.FALLBACK


@pytest.mark.parametrize(
    "followup", ["and now my chest hurts", "2, and my chest hurts", "thanks, but my chest feels tight"]
)
def test_context_never_overrules_urgent(engine, followup):
    """Whatever the conversation was about, a red flag in the next message makes it urgent."""
    replies = _talk(engine, "why do my legs cramp", followup)
    assert replies[1].urgent and replies[1].sections[0].kind == model.URGENT


def test_disclosure_shapes_later_answers(engine):
    """After "I'm pregnant", a later general leg-cramp answer also covers pregnancy."""
    replies = _talk(engine, "im pregnant", "why do my legs cramp")
    assert replies[1].context.facts == ("pregnancy",)
    assert replies[1].intents[0] == "leg_cramps"
    assert "pregnancy" in replies[1].intents


@pytest.mark.parametrize(
    "message", ["my chest is fine but my calves cramp", "my chest doesnt hurt but my legs cramp"]
)
def test_ruled_out_chest_does_not_add_coronary_answer(engine, message):
    """Someone who says their chest is fine gets the leg-cramp answer, not coronary artery spasm as well."""
    reply = engine.reply(message)
    assert reply.intents == ("leg_cramps",)


def test_engine_never_logs_message_text(engine, caplog):
    """Replying writes no log record containing what the person wrote (messages are never logged)."""
    secret = "my chest hurts and my name is zyxwvut"
    with caplog.at_level("DEBUG"):
        engine.reply(secret)
        engine.reply("why do my legs cramp zyxwvut", Context(), now=1.0)
    assert not [r for r in caplog.records if "zyxwvut" in r.getMessage()]
