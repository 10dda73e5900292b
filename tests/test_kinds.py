"""Question kinds: read from the message's words (knowledge/kinds.yaml), stated in the reply, answered per topic."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import kb, model
from bot.model import Context
from bot.render import plain

KINDS = [
    ("what is a muscle spasm", "what"),
    ("what causes leg cramps", "why"),
    ("how long does a leg cramp last", "how_long"),
    ("what should i do when a cramp starts", "relief"),
    ("how do i prevent night cramps", "prevent"),
    ("are muscle spasms dangerous", "serious"),
    ("do children get leg cramps", "who"),
    ("is cramping a sign of diabetes", "sign_of"),
    ("what is the difference between a cramp and a spasm", "difference"),
    ("which medicine is best for cramps", "treatment"),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_kind_is_read_from_the_question(engine, text, kind):
    """Each kind of question is recognised from its own words."""
    assert engine.reply(text, Context(), now=0.0).question_kind == kind


def test_longest_cue_wins_at_a_place(engine):
    """'what causes' is a why-question: the longer cue hides the 'what' inside it."""
    terms = engine.analyser.terms("what causes cramps")
    assert engine.understander.kinds.weights(terms) == {"why": engine.kb.kinds["why"].cues["what cause"]}


def test_a_story_counts_for_less_than_the_question_it_leads_to(engine):
    """Next to a sentence ending with '?', a sentence that tells a story weighs STORY of its cues."""
    from bot.kinds import STORY

    (terms, asked), reader = (
        engine.analyser.read("i stretched my calf. is it serious?"),
        engine.understander.kinds,
    )
    cues = {k.id: k.cues for k in engine.kb.kinds.values()}
    assert reader.weights(terms, asked) == pytest.approx(
        {"relief": STORY * cues["relief"]["stretch"], "serious": cues["serious"]["serious"]}
    )


def test_a_sentence_that_opens_like_a_question_asks_without_a_question_mark(engine):
    """'is it serious' asks as 'is it serious?' does: the story before it still weighs STORY."""
    from bot.kinds import STORY

    (terms, asked), reader = (
        engine.analyser.read("i stretched my calf. is it serious"),
        engine.understander.kinds,
    )
    assert asked == (False, True)
    cues = {k.id: k.cues for k in engine.kb.kinds.values()}
    assert reader.weights(terms, asked) == pytest.approx(
        {"relief": STORY * cues["relief"]["stretch"], "serious": cues["serious"]["serious"]}
    )


def test_a_request_asks_anywhere_in_a_sentence(engine):
    """'I would like to know how to stop them' asks although it opens with 'I'; a plain statement does not."""
    assert engine.analyser.read("my calf hurts. i would like to know how to stop it")[1] == (False, True)
    assert engine.analyser.read("my calf hurts. i stretched it")[1] == (False, False)


def test_fillers_before_a_question_opening_are_skipped(engine):
    """'so what could it be' opens like a question once 'so' is set aside."""
    assert engine.analyser.read("my calf hurts. so what could it be")[1] == (False, True)


def test_a_person_in_the_story_does_not_ask_who_gets_it(engine):
    """'my toddler gets cramps. is it serious?': the toddler is whom it happened to (who: in_story 0)."""
    (terms, asked), reader = (
        engine.analyser.read("my toddler gets cramps. is it serious?"),
        engine.understander.kinds,
    )
    assert reader.weights(terms, asked) == pytest.approx(
        {"serious": engine.kb.kinds["serious"].cues["serious"]}
    )


def test_a_message_that_only_tells_weighs_told_of_its_cues(engine):
    """A story with no question in it: its cues count TOLD, so a lone mention does not decide the kind."""
    from bot.kinds import TOLD

    terms, reader = engine.analyser.terms("my calf cramped. i stretched it."), engine.understander.kinds
    assert reader.weights(terms) == pytest.approx(
        {"relief": TOLD * engine.kb.kinds["relief"].cues["stretch"]}
    )
    assert engine.reply("my calf cramped. i stretched it.", Context(), now=0.0).question_kind == "why"


def test_a_short_query_without_a_question_form_counts_in_full(engine):
    """'stretches for a calf cramp' is a query, not a story: its cue counts in full."""
    terms, reader = engine.analyser.terms("stretches for a calf cramp"), engine.understander.kinds
    assert reader.weights(terms) == pytest.approx({"relief": engine.kb.kinds["relief"].cues["stretch"]})


def test_a_health_question_without_a_cue_is_a_why_question(engine):
    """A bare description of symptoms asks why it happens (kinds.yaml: default)."""
    assert engine.reply("my calves cramp every night", Context(), now=0.0).question_kind == "why"


def test_small_talk_asks_nothing(engine):
    """Small talk carries the kind 'none'."""
    assert engine.reply("thanks", Context(), now=0.0).question_kind == "none"


def test_the_reply_states_the_kind_in_its_title(engine):
    """The answer's title names the topic and what was asked."""
    reply = engine.reply("how long does a leg cramp last", Context(), now=0.0)
    assert reply.sections[0].title == "Why legs cramp: how long it lasts"


def test_what_the_article_does_not_say_is_said_plainly(engine):
    """Where the article is silent, the reply says so and gives labelled general guidance."""
    reply = engine.reply("how long does a leg cramp last", Context(), now=0.0)
    assert reply.sections[0].body.startswith("The article doesn't say how long a leg cramp lasts")
    assert reply.sections[1].kind == "general"
    assert reply.sections[1].title == engine.kb.messages.texts["general_label"]


def test_where_the_article_answers_the_kind_it_is_used(engine):
    """Who gets pregnancy cramps: the article's own facts, with their source."""
    reply = engine.reply("who gets cramps in pregnancy", Context(), now=0.0)
    assert reply.sections[0].body == engine.kb.answers["pregnancy"].kinds["who"].text
    assert "pregnancy" in reply.sections[0].source


def test_a_kind_with_an_anchor_answers_for_the_topic_asked_about(engine):
    """'How to prevent back spasms' raises both topics, and is framed for back spasms."""
    reply = engine.reply("how can i prevent back spasms", Context(), now=0.0)
    assert set(reply.intents[:2]) == {"prevention", "back_spasms"}
    assert reply.sections[0].title == "Spasms in the back: how to prevent it"


def test_the_issue_conversation_gets_new_text_each_turn(engine):
    """Legs, then pregnancy, then how long and what to do: four different answers, each for pregnancy."""
    context, bodies = Context(), []
    for n, text in enumerate(["why do my legs cramp at night", "what about during pregnancy?",
                              "how long will it last", "and what do I do once it starts"]):  # fmt: skip
        reply = engine.reply(text, context, now=float(n))
        context = reply.context
        bodies.append(reply.sections[0].body)
    assert len(set(bodies)) == 4
    assert reply.intents[0] == "pregnancy" and reply.question_kind == "relief"


def test_the_same_kind_asked_again_is_worded_anew(engine):
    """A follow-up repeating the topic and kind gets the article's points, then a short recap: never the same."""
    context, texts = Context(), []
    for n, text in enumerate(
        ["how long does a leg cramp last", "how long does it last though", "but how long does it last"]
    ):
        reply = engine.reply(text, context, now=float(n))
        context = reply.context
        texts.append(plain(reply))
        assert reply.intents[0] == "leg_cramps" and reply.question_kind == "how_long"
    assert len(set(texts)) == 3


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=120))
def test_every_reply_states_a_known_kind_or_none(engine, text):
    """Whatever the message, the reply's kind is one of kinds.yaml's ids, or absent (urgent and empty replies)."""
    reply = engine.reply(text, Context(), now=0.0)
    assert reply.question_kind in (*kb.QUESTION_KINDS, None)
    if reply.kind in (model.ANSWER, model.UNCOVERED, model.OTHER_CRAMP):
        assert reply.question_kind is not None


@pytest.mark.parametrize(
    "text",
    [
        "what is this pain in my calf?",
        "my back locks up when I bend. whats going on?",
        "what was that cramp?",
    ],
)
def test_what_is_this_about_ones_own_symptoms_asks_why(engine, text):
    """'What is this?' about what one feels asks why it happens, not for a definition."""
    assert engine.reply(text, Context(), now=0.0).question_kind == "why"


def test_cues_that_read_the_same_count_once(engine):
    """'worry' and 'worrying' read as one cue: each of two places weighs 1.4 once, not twice over."""
    terms = engine.analyser.terms("worry worry")
    assert engine.understander.kinds.weights(terms) == pytest.approx({"serious": 2 * 1.4})


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("what are the symptoms of a calf cramp", "what"),  # a cramp itself: what one is like
        ("what are the signs of muscle spasms in the back", "what"),
        ("what are the symptoms of variant angina", "what"),  # angina from a spasm of the heart's arteries
        ("what are the symptoms of diabetes", "sign_of"),  # another condition: could cramps be a sign of it
        ("what are the signs of low potassium", "sign_of"),
        ("what are the early signs of parkinsons? my hand cramps", "sign_of"),  # early signs: recognising it
    ],
)
def test_what_symptoms_ask_hangs_on_what_they_are_symptoms_of(engine, text, kind):
    """'What are the symptoms of X': of a cramp or spasm itself it asks what X is like; of another condition,
    whether cramps are a sign of it (kinds.yaml turns.itself)."""
    assert engine.reply(text, Context(), now=0.0).question_kind == kind


def test_a_cue_turned_by_what_follows_keeps_its_weight(engine):
    """The turned cue weighs what it weighed for sign_of (1.8), now for `what`; nothing is left to sign_of."""
    terms = engine.analyser.terms("what are the symptoms of a charley horse")
    assert engine.understander.kinds.weights(terms) == pytest.approx({"what": 1.8})


def test_a_turned_cue_that_no_kind_has_is_reported(knowledge_copy):
    """kinds.yaml `turns` may only turn cues some kind already has: a stray one is a problem at its line."""
    from bot import loader
    from bot.yamlfile import KnowledgeError

    path = knowledge_copy / "kinds.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("cues: [what are the sign and symptom,", "cues: [what are the wibbles,", 1), "utf-8"
    )
    with pytest.raises(KnowledgeError) as caught:
        loader.load(knowledge_copy)
    (problem,) = caught.value.problems
    assert problem.file == "kinds.yaml" and "what are the wibbles" in problem.message


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my doctor says my calves cramp from dehydration. how long until they stop?", "how_long"),
        ("my gp put me on a statin last year and now my thighs cramp. why?", "why"),
        ("should my husband see his gp about these spasms?", "serious"),  # going to one is the question
        ("should she go to the doctor about her leg cramps", "serious"),
        ("do i need to talk to a doctor about my eyelid twitching", "serious"),
    ],
)
def test_a_doctor_in_the_story_is_not_the_question(engine, text, kind):
    """A doctor named in passing tells who was seen (0.7, 0.28 in a story); seeing one asks whether it is serious."""
    assert engine.reply(text, Context(), now=0.0).question_kind == kind


def test_a_physio_reads_as_a_doctor_and_is_no_treatment_cue(engine):
    """'physio' reads as 'doctor' (vocabulary.yaml), so it weighs as a doctor does: serious 0.7, no treatment."""
    terms = engine.analyser.terms("physio")
    assert engine.understander.kinds.weights(terms) == pytest.approx({"serious": 0.7})


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # whether it comes from something in one's life, or what something is for, asks why
        ("i get calf cramps every night. is it because i dont drink enough?", "why"),
        ("my hands twitch since i started the new inhaler. could it be the inhaler?", "why"),
        ("whats the point of stretching before bed?", "why"),
        ("what do you think could be causing my thigh to jump like that?", "why"),
        # one thing or another, or the same as another
        ("is it a cramp in my calf or is it a pulled muscle?", "difference"),
        ("is this the same as restless legs?", "difference"),
        # what can be taken or done for it, by a doctor or with a medicine
        ("can i take something for the cramps in my feet?", "treatment"),
        ("what can be done about spasms in my neck?", "treatment"),
        ("is it safe to take magnesium when pregnant?", "treatment"),
        ("would an operation fix my back spasms for good?", "treatment"),
        ("my midwife told me to take magnesium. i have cramps at night.", "treatment"),
        # wanting to know about it asks what it is
        ("what should i know about cramps in pregnancy?", "what"),
        ("id like to learn about hand spasms", "what"),
        # whether it is all right, fear, catching it
        ("my son keeps twitching in his sleep. is that ok?", "serious"),
        ("im scared these twitches mean something bad", "serious"),
        ("is this rash on my leg contagious?", "serious"),
        # how common it is among people
        ("do most people get cramps after a marathon?", "who"),
        # what to do the next time one comes is relief, not the next step in care
        ("extreme pain in my arm like a cramp. what do i do next time?", "relief"),
    ],
)
def test_everyday_phrasings_of_each_kind(engine, text, kind):
    """Invented phrasings (not in the eval sets) of each kind, beside the cue families in kinds.yaml."""
    assert engine.reply(text, Context(), now=0.0).question_kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "has anyone had the same thing with their calves cramping?",
        "since my surgery my calves cramp at night",
    ],
)
def test_phrases_that_ask_no_kind_hide_their_words(engine, text):
    """'had the same thing' compares nothing and 'since my surgery' says when: no difference, no treatment, so a
    story of cramps asks why (the default)."""
    assert engine.reply(text, Context(), now=0.0).question_kind == "why"


def test_a_cause_in_a_relative_clause_is_not_the_question(engine):
    """'... the knot in my back which causes spasms': the clause describes the knot (why 0.3), massage is asked."""
    terms, asked = engine.analyser.read("does massage help the knot in my back which causes spasms?")
    assert engine.understander.kinds.weights(terms, asked) == pytest.approx({"relief": 1.2, "why": 0.3})


def test_a_story_that_asks_nothing_answers_the_cause_it_names_first(engine):
    """A message that only tells is answered cause first, whatever kind its cues lean to: the midwife's
    magnesium (treatment, 1.6 x TOLD) is electrolytes before the place, as a bare story of cramps would be."""
    text = "My GP recommended taking magnesium to reduce leg cramps (charley horses) during the night."
    reply = engine.reply(text, Context(), now=0.0)
    assert reply.question_kind == "treatment" and reply.intents[0] == "electrolytes"


@pytest.mark.parametrize(
    ("text", "tells"),
    [
        ("my calves cramp. i stretched them.", True),  # two sentences, none asks
        ("my midwife suggested taking magnesium to reduce the cramps in my legs during the night", True),
        ("stretches for a calf cramp", False),  # one short query
        ("my calves cramp. why?", False),  # a sentence asks
    ],
)
def test_a_message_tells_when_it_asks_nothing_and_is_no_short_query(engine, text, tells):
    """KindReader.tells: no sentence asks, and the message is more than one query of QUERY words or fewer."""
    terms, asked = engine.analyser.read(text)
    assert engine.understander.kinds.tells(terms, asked) is tells


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("after my marathon yesterday, will the cramps in my calves keep coming back", True),
        ("i stretch every night, why do they still come", True),
        ("i woke up at 3am, could barely move my leg", False),  # 'could' alone goes on the story
        ("i went to the gp, who said it was nothing", False),
        ("over the last few days, what feels like a knot is stuck in my shoulder", False),
    ],
)
def test_a_later_clause_that_opens_like_a_question_asks(engine, text, asks):
    """A clause after a comma asks when it opens like a question (kinds.yaml clause_openers), not when it goes on
    the story."""
    assert engine.analyser.read(text)[1] == (asks,)


def test_a_question_after_a_leading_clause_counts_in_full(engine):
    """'after the fall last week, will ... go away': asked, so 'go away' counts 1.0, not TOLD x 1.0."""
    text = "after the fall last week, will the spasms in my back go away on their own"
    assert engine.reply(text, Context(), now=0.0).question_kind == "how_long"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("does stretching help calf cramps? if not, why not?", "relief"),  # the tag asks nothing of its own
        ("my neck locked up overnight. what can i do to feel better?", "relief"),
        ("i think i might have MS, my legs keep cramping", "sign_of"),
        ("my calf cramps last ten minutes every night. are they supposed to feel like this?", "serious"),
        # where someone went and how bad it was are the story, not the question
        (
            "my dad went to the emergency room last night with a back spasm. the doctor gave him something.",
            "why",
        ),
        ("i get serious cramps in my calves after football. why?", "why"),
    ],
)
def test_more_everyday_phrasings_and_what_they_do_not_ask(engine, text, kind):
    """Invented phrasings: feeling better is relief, thinking one has a condition sign_of, 'supposed to feel
    like this' serious; a tag, the emergency room in a story and 'serious cramps' ask none of their own."""
    assert engine.reply(text, Context(), now=0.0).question_kind == kind


def test_please_guide_me_is_a_request(engine):
    """'please guide me ...' asks though it opens with neither a question word nor a question mark."""
    assert engine.analyser.read("please guide me on the cramps in my feet at night")[1] == (True,)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("what happens in a muscle when it cramps", "what"),  # what happens in it, not to me
        ("what is behind these night cramps", "why"),
        ("my feet cramp a lot. could it be a lack of potassium?", "why"),  # a lacking mineral is a cause
        ("will my neck ever stop spasming", "how_long"),
        ("how do i make a cramp stop", "relief"),
        ("how do i relax a spasming muscle", "relief"),
        ("what can i do so the cramps dont come back", "prevent"),
        ("how do i keep my calves from cramping", "prevent"),
        ("is it bad to have cramps every day", "serious"),
        ("how do i tell a cramp from a pulled muscle", "difference"),
        ("what do doctors give for muscle spasms", "treatment"),
    ],
)
def test_a_third_set_of_everyday_phrasings(engine, text, kind):
    """Invented questions, one or two per kind, written before the cues that now read them."""
    assert engine.reply(text, Context(), now=0.0).question_kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("what are the signs and symptoms of a muscle cramp", "what"),  # the longer opening is turned too
        ("what are the complications of a charley horse", "serious"),
        ("when should i contact a doctor about twitching", "serious"),
        ("what tests are used to diagnose tetany", "what"),  # how a condition is tested for: about it (the labels)
        ("are there any clinical trials for spasticity", "treatment"),
    ],
)
def test_question_templates_of_health_sites(engine, text, kind):
    """The question forms of consumer health sites (complications, when to contact a doctor, tests, trials),
    asked of topics the eval sets do not pair them with."""
    assert engine.reply(text, Context(), now=0.0).question_kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my back locks up when i bend. is this sciatica?", "sign_of"),
        ("my heel hurts every morning and my calf cramps at night. is this plantar fasciitis?", "sign_of"),
        ("the twitching in my thumb started last week. is that normal?", "serious"),  # the longer cue wins
        ("is this going to go away on its own?", "how_long"),
    ],
)
def test_is_this_a_condition_asks_whether_it_is_a_sign(engine, text, kind):
    """'Is this X?' names a condition and asks whether what one has is it (sign_of 0.8), unless a longer or
    weightier cue says more."""
    assert engine.reply(text, Context(), now=0.0).question_kind == kind


# Invented long messages: a story, then the question; none is in the eval sets.
STORIES = [
    (
        "I'm 34 and fairly active. For the last two months my left calf has cramped almost every night around 3am. I drink plenty of water and eat bananas. What could be the reason?",
        "why",
    ),
    (
        "I started a new job where I stand all day. Now my feet cramp in the evening and my toes curl. Is it the standing?",
        "why",
    ),
    (
        "My eyelid has been twitching for a week. I have been sleeping badly and drinking lots of coffee. Why does this happen?",
        "why",
    ),
    (
        "I was swimming laps this morning and my foot cramped so badly I had to get out of the pool. The toes were stuck pointing down. What is the best thing to do when that happens?",
        "relief",
    ),
    (
        "Last night my hamstring locked up while I was in bed and I couldn't straighten my leg for a few minutes. How should I deal with it next time it happens?",
        "relief",
    ),
    (
        "My neck went into a spasm this morning after I turned my head quickly. It is stiff and painful. How can I loosen it up?",
        "relief",
    ),
    (
        "I play five-a-side football twice a week and always get cramp in my calves in the second half. I have tried drinking more water. How can I stop it happening during games?",
        "prevent",
    ),
    (
        "Every time I go on a long bike ride my quads cramp after about two hours. Is there anything I can do beforehand so they don't?",
        "prevent",
    ),
    (
        "I'm pregnant with my second and the night cramps are back. With my first I had them every night. Is there a way to avoid them this time?",
        "prevent",
    ),
    (
        "My 70 year old mother has had cramps in both legs every night for a month and now her ankles are swollen. Should we be worried?",
        "serious",
    ),
    (
        "My son is 9 and wakes up crying with leg pain a couple of times a week. He is fine in the day. Does he need to see a doctor?",
        "serious",
    ),
    (
        "I pulled something in my lower back lifting a box and it has been spasming for three days. How long will it be before I can move normally?",
        "how_long",
    ),
    (
        "After a bad cramp in my calf on Sunday the muscle is still sore and tight. When will the soreness ease?",
        "how_long",
    ),
    (
        "My doctor says my back spasms are from a disc problem. I've been doing the exercises but they haven't helped. Are there any medicines that work for this?",
        "treatment",
    ),
    (
        "I have MS and the spasms in my legs are getting worse, especially at night. My neurologist mentioned baclofen. Does it actually work?",
        "treatment",
    ),
    (
        "I've heard that magnesium tablets help with night cramps. I'm 60 and take a statin. Is it okay for me to try them?",
        "treatment",
    ),
    (
        "My hands and feet have started cramping a lot and I feel tingling around my mouth. Could this mean my calcium is low?",
        "sign_of",
    ),
    (
        "I've had twitching in my arms and legs for a month and I'm scared. Could it be a sign of a nerve disease?",
        "sign_of",
    ),
    (
        "My teenage son is a keen runner and keeps getting cramps. Are teenagers more likely to get them?",
        "who",
    ),
    (
        "I've just turned 65 and never used to get cramps. Now I get them most nights. Is this common at my age?",
        "who",
    ),
    (
        "My grandmother keeps talking about a charley horse. I've never heard of it. What is it exactly?",
        "what",
    ),
    (
        "Sometimes my calf just twitches and other times it goes rock hard and hurts. Are these two different things?",
        "difference",
    ),
]


@pytest.mark.parametrize(("text", "kind"), STORIES)
def test_a_story_then_its_question(engine, text, kind):
    """The question after the story decides the kind; the story's own cues (a pill taken, a cramp stretched)
    count for less."""
    assert engine.reply(text, Context(), now=0.0).question_kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my toes curl up at night. is the new pill to blame?", "why"),
        ("what is the best thing to do when that happens", "relief"),  # 'what is the best' defines nothing
        ("when will the ache in my thigh ease off", "how_long"),
        ("my physio suggested magnesium spray. does it actually work?", "treatment"),
    ],
)
def test_a_fourth_set_of_everyday_phrasings(engine, text, kind):
    """Invented: blaming something asks why, 'when will' how long, 'does it actually work' treatment."""
    assert engine.reply(text, Context(), now=0.0).question_kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("is it safe to run with a calf cramp?", "serious"),
        (
            "is it safe to take magnesium when pregnant?",
            "treatment",
        ),  # the longer cue: safe to take something
    ],
)
def test_is_it_safe_asks_serious_unless_it_is_safe_to_take_something(engine, text, kind):
    """'Is it safe' asks whether it is serious (1.2); 'is it safe to take' asks about a treatment (1.6)."""
    assert engine.reply(text, Context(), now=0.0).question_kind == kind


@pytest.mark.parametrize(
    "turns",
    [
        [("i'm pregnant and get leg cramps", "why"), ("is that normal", "serious"),
         ("how can i avoid them", "prevent"), ("and during one?", "relief")],
        [("cramps after running", "why"), ("how long till they stop", "how_long"), ("stretches?", "relief"),
         ("what else could help", "relief")],
        [("my eyelid twitches", "why"), ("should i see a doctor", "serious"), ("could it be ms", "sign_of"),
         ("what can i take for it", "treatment")],
    ],
)  # fmt: skip
def test_each_turn_of_an_invented_conversation_states_its_own_kind(engine, turns):
    """Follow-ups ask their own kind ('and during one?' is relief, not the prevention asked before it)."""
    context = Context()
    for n, (text, kind) in enumerate(turns):
        reply = engine.reply(text, context, now=float(n))
        context = reply.context
        assert reply.question_kind == kind, text


def test_kinds_that_weigh_the_same_are_told_apart_by_the_question(engine):
    """Story: 'come from' + 'due to' = 2 x 1.0 x STORY (0.4) = 0.8 why; question: 'food' = 0.8 prevent. The same
    weight: the kind the asking sentence carries wins, not the one listed first in kinds.yaml (why)."""
    reader = engine.understander.kinds
    terms, asked = engine.analyser.read(
        "my back spasms come from my job. it is due to the lifting. what food?"
    )
    assert reader.weights(terms, asked) == pytest.approx({"why": 0.8, "prevent": 0.8})
    assert reader.read(terms, asked) == "prevent"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("what should i do if my child gets a leg cramp at night", "relief"),  # the child is in the situation
        ("how can i calm a twitching eyelid", "relief"),
        ("how can i make sure i dont get cramps during the marathon", "prevent"),
        ("will my gp give me something for the spasms", "treatment"),
        ("what actually is a cramp", "what"),
        ("explain muscle cramps to me", "what"),
    ],
)
def test_a_fifth_set_of_everyday_phrasings(engine, text, kind):
    """Invented colloquial questions: a person in the situation a question sets out ('if my child gets...')
    does not ask who gets it; calming, making sure, giving something and explaining each ask their kind."""
    assert engine.reply(text, Context(), now=0.0).question_kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("do twitches mean nerve damage", "sign_of"),  # something after 'mean': a sign of it
        ("could my calf cramps mean a blood clot", "sign_of"),
        ("what does spasm mean", "what"),  # nothing after it: what the word means
        ("what is the meaning of tetany", "what"),  # 'the meaning' is the longer cue
    ],
)
def test_mean_with_what_it_means_after_it_asks_sign_of(engine, text, kind):
    """'X mean Y' asks whether X is a sign of Y (kinds.yaml turns.means); a word's meaning asks what it is."""
    assert engine.reply(text, Context(), now=0.0).question_kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("has anyone tried magnesium for leg cramps", "treatment"),
        ("what's the best over the counter thing for muscle spasms", "treatment"),
        ("would acupuncture help my back spasms", "treatment"),
        ("should I ask my doctor for muscle relaxers", "treatment"),  # 'relaxers' is a word, not 'relax er'
        ("how often should i stretch to stop cramps", "prevent"),
        ("will electrolyte drinks stop me cramping on long runs", "prevent"),
        ("what is a charley horse and why is it called that", "what"),  # why the name: what it is
        ("is a cramp a type of spasm", "what"),
        ("my calf is cramping, how do i make it go away", "relief"),
    ],
)
def test_a_sixth_set_of_everyday_phrasings(engine, text, kind):
    """Invented questions on treatments, prevention, names and making a cramp go away."""
    assert engine.reply(text, Context(), now=0.0).question_kind == kind


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("my calf cramps. but why does it happen at night", (False, True)),
        ("my calf cramps. anyway how long will it last", (False, True)),
        ("my calf cramps. doctor, what should i do", (False, True)),
        ("my calf cramps. but it went away", (False, False)),  # a lead-in before a statement asks nothing
    ],
)
def test_lead_ins_before_a_question_opening_are_skipped(engine, text, asks):
    """'but', 'anyway', 'doctor' before 'why', 'how long', 'what should' (kinds.yaml lead_ins) still ask."""
    assert engine.analyser.read(text)[1] == asks


@pytest.mark.parametrize(
    ("turns", "kind", "topic"),
    [
        (["how long do cramps last", "and in pregnancy?"], "how_long", "pregnancy"),
        (["how do i prevent leg cramps", "what about my back?"], "prevent", "back_spasms"),
    ],
)
def test_an_elliptical_follow_up_naming_a_new_topic_keeps_the_kind(engine, turns, kind, topic):
    """'And in pregnancy?' asks the question before it of another topic: the kind carries over."""
    context = Context()
    for n, text in enumerate(turns):
        reply = engine.reply(text, context, now=float(n))
        context = reply.context
    assert reply.question_kind == kind and reply.intents[0] == topic


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("is it just me or do lots of people get cramps in their feet at night", "who"),
        ("is my 8 year old too young to get leg cramps", "who"),
        ("which people are most at risk of night cramps", "who"),
        (
            "how could someone with healthy legs be at risk of cramps",
            "why",
        ),  # 'at risk' alone: no group asked
        ("do my cramps say something about my health", "sign_of"),
        ("how do i know if my cramps are from a disease", "sign_of"),
        ("my calf has been sore for 3 days since the cramp, when will it stop hurting", "how_long"),
        ("do leg cramps in pregnancy stop after birth", "how_long"),
        ("are cramps in both legs at night a bad sign", "serious"),
    ],
)
def test_a_seventh_set_of_everyday_phrasings(engine, text, kind):
    """Invented questions on who gets it, signs, how long and whether it is bad ('a bad sign' is serious)."""
    assert engine.reply(text, Context(), now=0.0).question_kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("how lomg do cramps last", "how_long"),  # a typo in 'long': the cramp lasting still asks
        ("is it going to last long", "how_long"),
        (
            "for years i have had twitches in my legs. each one lasted a few seconds. now i feel dizzy too.",
            "why",
        ),
    ],
)
def test_lasting_in_a_story_tells_where_asking_how_long_it_lasts_asks(engine, text, kind):
    """'lasting' alone weighs 0.7 (a story's 'it lasted a few seconds'); 'will it last', 'last long', 'do cramps
    last' ask how long."""
    assert engine.reply(text, Context(), now=0.0).question_kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("is it common to get cramps at night", "who"),  # how common, and in whom: who gets it
        ("how common are leg cramps", "who"),
        ("how can i help my son with his leg cramps", "relief"),  # helping someone through one
    ],
)
def test_how_common_asks_who_and_helping_someone_asks_relief(engine, text, kind):
    """'How common' is answered by who gets it; 'how can I help my son' by what to do (relief 1.2 over who 0.9)."""
    assert engine.reply(text, Context(), now=0.0).question_kind == kind


@pytest.mark.parametrize(
    "text",
    ["does stretching before bed help", "should i drink more water before running", "is it worth stretching at bedtime"],
)
def test_something_done_ahead_of_time_asks_how_to_prevent(engine, text):
    """Done before bed, a run or a match, a remedy is asked about as prevention."""
    assert engine.reply(text, Context(), now=0.0).question_kind == "prevent"


@pytest.mark.parametrize("text", ["which foods are high in magnesium", "what foods contain potassium"])
def test_what_something_is_found_in_asks_what(engine, text):
    """Asking which foods hold a mineral asks what (the mineral's topic), not how to prevent cramps."""
    reply = engine.reply(text, Context(), now=0.0)
    assert reply.question_kind == "what" and reply.intents[0] == "electrolytes"


@pytest.mark.parametrize(
    ("text", "kind"),
    [("which muscles attach to the hip bone?", "what"), ("where are the bursae near the hip?", "what")],
)
def test_with_no_cue_the_opening_word_gives_the_kind(engine, text, kind):
    """A question with no kind's cue that opens with which/where asks what something is."""
    assert engine.reply(text, Context(), now=0.0).question_kind == kind


def test_a_neutral_opening_keeps_the_conversations_kind(engine):
    """'What about at night?' after a how-long question asks how long again, not what."""
    first = engine.reply("how long do leg cramps last", Context(), now=0.0)
    assert engine.reply("what about at night?", first.context, now=1.0).question_kind == "how_long"


def test_a_request_about_ones_own_cramps_is_no_sign_question(engine):
    """'Tell me about my leg cramps' asks what they are; 'what do leg cramps say about my health' asks of a sign."""
    assert engine.reply("tell me about my leg cramps").question_kind == "what"
    assert engine.reply("what do leg cramps say about my health").question_kind == "sign_of"
