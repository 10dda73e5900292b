"""The matcher and decide(): keyword evidence, negation, off-topic words, grounding, and the decision table."""

from __future__ import annotations

import pytest

from bot import decide as d
from bot.matcher import Candidate, Scores


def C(intent: str, score: float, keywords: float = 0.0, grounded: bool = True) -> Candidate:
    return Candidate(intent, score, keywords, grounded)


DECISIONS = [
    # (candidates, domain, kind, intents, choices)
    ([], 0.0, d.FALLBACK, (), ()),
    ([C("leg_cramps", 2.0, 1.3)], 1.0, d.ANSWER, ("leg_cramps",), ()),
    # a strong keyword answers even when a second topic is close behind
    ([C("leg_cramps", 2.0, 1.3), C("posture", 1.95, 0.4)], 1.0, d.ANSWER, ("leg_cramps",), ()),
    # two weak, close candidates: ask instead of guessing
    ([C("dehydration", 1.2, 0.7), C("overuse", 1.1, 0.4)], 1.0, d.CLARIFY, (), ("dehydration", "overuse")),
    # ... but a close overview gives way to the specific topic
    ([C("dehydration", 1.2, 0.7), C("causes", 1.1, 0.4)], 1.0, d.ANSWER, ("dehydration",), ()),
    # a second topic with its own keyword evidence is answered too
    ([C("pregnancy", 2.6, 1.5), C("leg_cramps", 2.2, 1.3)], 1.0, d.ANSWER, ("pregnancy", "leg_cramps"), ()),
    # an overview gives way to a specific topic in the same message
    ([C("causes", 2.4, 0.9), C("leg_cramps", 2.2, 1.3)], 1.0, d.ANSWER, ("leg_cramps",), ()),
    # a topic scoring enough but not grounded in a spasm message is only offered
    ([C("dehydration", 1.7, 1.3, grounded=False)], 0.0, d.CLARIFY, (), ("dehydration",)),
    ([C("overuse", 1.3, 0.9, grounded=False)], 0.0, d.FALLBACK, (), ()),
    # weak health evidence: offered only when the message is clearly about spasms
    ([C("causes", 0.6), C("prevention", 0.6)], 1.0, d.CLARIFY, (), ("causes", "prevention")),
    ([C("causes", 0.6)], 0.0, d.FALLBACK, (), ()),
    ([C("causes", 0.5)], 1.0, d.FALLBACK, (), ()),
    # smalltalk when no health topic is accepted; health wins when both are
    ([C("greeting", 1.0, 1.0)], 0.0, d.SMALLTALK, ("greeting",), ()),
    ([C("greeting", 1.5, 1.0), C("leg_cramps", 1.4, 1.3)], 1.0, d.ANSWER, ("leg_cramps",), ()),
    # "help" inside a health question is not the help menu; "what can you do" on its own is
    ([C("help", 1.4, 0.8), C("leg_cramps", 0.9, 0.9)], 1.0, d.CLARIFY, (), ("leg_cramps",)),
    ([C("help", 1.6, 1.4), C("prevention", 0.9, 0.9)], 1.0, d.SMALLTALK, ("help",), ()),
]


@pytest.mark.parametrize(("candidates", "domain", "kind", "intents", "choices"), DECISIONS)
def test_decide(engine, candidates, domain, kind, intents, choices):
    """decide() turns ranked candidates into answer, clarify, smalltalk or fallback, as the table says."""
    decision = d.decide(Scores(tuple(candidates), domain), engine.kb)
    assert (decision.kind, decision.intents, decision.choices) == (kind, intents, choices)


def test_decide_answers_at_most_max_topics(engine):
    """However many topics a message raises, one reply answers at most MAX_TOPICS of them."""
    many = [
        C(i, 3.0 - n / 10, 1.5)
        for n, i in enumerate(["overuse", "dehydration", "posture", "pregnancy", "atherosclerosis"])
    ]
    decision = d.decide(Scores(tuple(many), 1.0), engine.kb)
    assert decision.kind == d.ANSWER
    assert decision.intents == ("overuse", "dehydration", "posture")


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("my legs cramp but im not dehydrated", "dehydration"),
        ("i am not pregnant but my legs cramp", "pregnancy"),
    ],
)
def test_negated_topic_word_counts_for_nothing(engine, message, intent):
    """A topic word negated in its clause ("not dehydrated") gives that topic no keyword evidence."""
    scores = engine.understand(message).scores
    assert all(c.keywords == 0 for c in scores.candidates if c.intent == intent)
    assert intent not in engine.reply(message).intents


def test_off_topic_words_count_against_topics(engine):
    """ "calf leather boots" scores below "calf cramps": off-topic words pull every topic down."""

    def leg(message: str) -> float:
        return next(c.score for c in engine.understand(message).scores.candidates if c.intent == "leg_cramps")

    assert leg("calf leather boots") < 1.0 <= leg("calf cramps")


@pytest.mark.parametrize(
    ("message", "domain"), [("cramp", 1.0), ("muscle spasms", 1.0), ("weather", 0.0), ("magnesium", 0.0)]
)
def test_domain(engine, message, domain):
    """The domain score says how clearly a message is about spasms at all."""
    assert engine.understand(message).scores.domain == pytest.approx(domain)


@pytest.mark.parametrize(
    ("message", "kind"),
    [("magnesium", d.ANSWER), ("diabetes", d.ANSWER), ("water", d.FALLBACK), ("the gym", d.FALLBACK)],
)
def test_grounding(engine, message, kind):
    """Without a cramp word, only a specific term ("magnesium") is enough; a general one ("water") is not."""
    assert engine.understand(message).decision.kind == kind


def test_each_sentence_is_scored(engine):
    """A topic named in a later sentence of a long message is still found."""
    message = "Hello there. I have a question. It is about my body. My calves cramp every night."
    assert engine.reply(message).intents[:1] == ("leg_cramps",)


def test_candidates_are_ranked_best_first(engine):
    """Scores come best first, so the first candidate is the matcher's best guess."""
    scores = [c.score for c in engine.understand("why do my legs cramp at night").scores.candidates]
    assert scores == sorted(scores, reverse=True)


def test_a_sentence_next_to_a_cramp_is_grounded_by_it(engine):
    """'I ran a marathon. My calves cramped.': the marathon sentence tells the cramp's story, so its topic is
    grounded with its full keyword evidence; two sentences further away it is not."""
    marathon = engine.kb.intents["overuse"].keywords["marathon"]
    beside = engine.matcher.score(engine.analyser.terms("i ran a marathon. my calves cramped."))
    found = {c.intent: c for c in beside.candidates}
    assert found["overuse"].grounded and found["overuse"].keywords == pytest.approx(marathon)
    apart = engine.matcher.score(
        engine.analyser.terms("i ran a marathon. i ate pasta. i slept. my calves cramped.")
    )
    assert {c.intent: c for c in apart.candidates}["overuse"].keywords == 0.0


def test_a_question_without_a_topic_is_about_the_cause_the_story_tells(engine):
    """A story names a cause and a place, then asks 'what should I do?': the cause leads, the place follows."""
    reply = engine.reply("I ran a marathon yesterday. My calves cramped at mile 20. What should I do?")
    assert reply.intents[:2] == ("overuse", "leg_cramps")


def test_a_question_that_names_its_topic_keeps_it(engine):
    """'Why do my calves cramp?' names the place itself: the cause in the story does not take its place."""
    reply = engine.reply("I ran a marathon yesterday. Why do my calves cramp at night?")
    assert reply.intents[0] == "leg_cramps"
