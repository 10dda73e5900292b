"""Follow-up questions, one test per conversation in tests/data/dialogues.yaml (the set `spasm-bot eval` scores)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot import model
from bot.evaluate import UNSCORED, turn_problem
from bot.model import Context

DIALOGUES = yaml.safe_load((Path(__file__).parent / "data" / "dialogues.yaml").read_text(encoding="utf-8"))

# Known misses, each a later piece of work; strict, so a fix shows up as a pass to claim.
KNOWN_MISSES = {
    # Blind batch 13 (tune since it was measured): what it found that is still missed, each a later piece of work.
    "pregnant leg cramps with weather interruption": "'should i tell my midwife' is read as asking whether to see "
    "someone (serious) but answered from the pregnancy topic, which the midwife names, not when to see a doctor first",
    "correction from atherosclerosis to coronary spasm": "'artery problems and cramps' offers heart and leg "
    "arteries as a choice instead of answering atherosclerosis",
    "writer's hand cramp, off-topic, posture": "'whats 2+2' in mid-conversation is read as a short follow-up",
    # Blind batch 14 (tune since it was measured on arrival: follow-ups 73.1%, kind 81.2%): still missed.
    "second cause then corrected to the heart one": "'could it be a warning of a heart attack?' after coronary spasm "
    "is triaged (fail safe: a question naming a heart attack with someone in view)",
    "husband chest tightness becomes emergency": "'my husband gets chest tightness at night, could it be an artery "
    "spasm' is triaged: present chest tightness is a red flag (fail safe), the label expects the topic",
    "hot half marathon, fluids then salts": "'ran a half marathon in the heat and cramped up' offers heat or "
    "overuse as a choice instead of leading with dehydration",
    "diabetic grandpa, then blood flow": "'is he more likely to get that being diabetic' leads with diabetes, "
    "not the blood-flow topic in view",
    "leg day quad spasm": "gym slang ('did legs yesterday') is not read as overuse",
    "bare numbers 7 then 3": "'ok and number 3?' three turns after the causes list picks from that list in the label; "
    "the bot reads numbers from the buttons under the last answer, or the list a pick was just made from",
    "charley horse mid-run, and at night": "'how do i avoid it next run' answers prevention for the leg, not for "
    "the dehydration asked about just before",
    "brother MS sign, then the 4th": "'my brother's been getting them a lot in his legs' (MS in view) answers leg "
    "cramps, not the nervous-system cause in view",
    "dad on dialysis": "'could it be his salts being off' reads salt as dehydration and is answered as kidney "
    "disease, not electrolytes",
    "first, one before last, one after the heart one": "'the one before last' is not read as a pick by position",
    "low magnesium sign, bananas": "'how do i get my levels back up': 'back up' is an off-topic phrase (backing up "
    "a phone), so the follow-up is declined",
    "pregnant wife with back spasms": "'is that normal for pregnant women' is read as asking whether it is serious "
    "(the convention of other labels), the label expects who",
    "new warehouse job arm spasms": "'is that just my muscles getting used to it' is read as asking whether it is a "
    "sign of something, the label expects why",
    "calf corrected to neck from phone": "'how do i get rid of a cramp in my calf' leads with prevention, the label "
    "expects the calf first",
    "anaemia then the 9th": "the 9th of a causes list offered after one cause was covered (8 causes): the helper "
    "was told the full list; the user would not see a 9th",
    "coronary spasm facts with off-topic turn": "'ok and is a coronary spasm a sign of heart disease' is triaged "
    "(fail safe): lead-in words before a general question were withdrawn after a review found them failing open",
    # Blind batch 15, its tune half (measured on arrival: follow-ups 75.0%, kind 79.6%): still missed.
    "husband asking about wife with MS": "'her legs go stiff and jerk' is triaged as a possible seizure (fail safe: "
    "stiffening then jerking is how seizures are told; the spasticity of MS is told the same way)",
    "low magnesium question": "'what else besides magnesium' is read as asking why, the label expects what",
    "laptop shoulders then back too": "'and if my back starts doing it too?' with posture in view: the cause in view "
    "leads and the back comes second (as 'why do his legs jerk?' with Parkinson's in view), the label puts the back first",
    "diarrhoea then salts": "'can that mess up my salts too' reads salt as the article's dehydration (water and salt), "
    "the label expects electrolytes",
    "back spasms as a sign of nerve trouble": "'like nerve problems?' answers the nervous system without the back "
    "spasms in view, which the label also expects",
    "liver disease question": "'are there others like that' is read as asking why, the label expects what",
    "nurse on long shifts": "'12 hour shifts, my back spasms by the end' leads with overuse (the story's cause), the "
    "label leads with the back; 'how do i prevent both' does not read 'both' as the two topics just discussed",
    "husband asking for pregnant wife picks pregnancy": "'what causes cramps? asking for my pregnant wife' leads "
    "with pregnancy (what the asker told), the label expects the causes first",
    # Blind batch 16, its tune half (measured on arrival: follow-ups 77.1%, kind 81.1%): still missed.
    "dad with MS, third person follow-ups": "'my dad has ms' tells and asks nothing: the label expects no kind, the "
    "nervous-system answer is framed as why (the default kind)",
    "water then potassium and bananas": "'would eating bananas help then' asks whether a food helps, with words "
    "between 'would' and 'help' that phrase cues do not span; read as why",
    "can the heart spasm, worse than heart attack": "'can ur heart have a spasm??' and 'which is worse that or a "
    "heart attack' are triaged (fail safe); comparison words and 'have a spasm' as general-question links were tried "
    "and withdrawn when they made a blind conversation's turn calmer (seen only as a count)",
    "28 weeks pregnant, same question for back": "'same question for my back' keeps the pregnancy told first, the "
    "label puts the back first",
    "desk worker lower back spasms": "'why does my lower back spasm after sitting at my desk' leads with posture (the "
    "cause told), the label leads with the back; 'how do i fix my posture so it stops' reads 'fix' as treatment",
    "coronary spasm with weather question in the middle": "'can it lead to a heart attack' is read as asking why "
    "(a link), the label expects serious",
    "8 year old waking with leg cramps": "'is that normal for kids' is read as asking whether it is serious (the "
    "convention of other labels), the label expects who; 'what can i do for him when it happens' answers leg cramps, "
    "the label leads with prevention",
    "construction worker in heat, severe dehydration signs": "'what should i drink to stop them' leads with the "
    "prevention topic, the label leads with dehydration",
    "back just seized up on the couch": "'my back just went into spasm what do i do' answers the back without the "
    "prevention topic; 'could it be a sign of a slipped disc' leads with posture, the label with the back",
    "nerve damage and toxins, twitch vs spasm": "'can nerve damage cause twitching' is answered as twitching, which "
    "the article does not cover; the label expects the nervous system",
    "quinine and restless legs questions": "quinine and restless legs get the honest 'not in the article' reply; the "
    "label expects leg cramps",
    "football cramps, last and second picks": "'what about 2' right after a pick reads the buttons under the last "
    "answer (the convention test_followups_round15 states; reading the list picked from lowered the blind "
    "follow-ups when tried), the label reads the causes list",
    "elderly mum with diabetes picks number 7": "'should she see her gp about it' after 'do older people get them "
    "more in general' (answered of spasms in general) asks of spasms; the label brings back the mother's diabetes",
    "atherosclerosis explained with Peru aside": "'can i prevent it' leads with the prevention topic, the label "
    "with atherosclerosis (labels differ on this)",
    "back spasms vs leg cramps, heat or ice": "'why do back spasms happen' answers the back without posture; 'how do "
    "i prevent them' leads with prevention, the label with the back",
    # Batch 19 (tune; measured on arrival: follow-ups 75.6%, kind 83.8%): still missed, each a later piece of work.
    "night calf cramps, short follow-ups": "'what helps right then' answers relief from the topic in view (as 35 of 36 earlier tune labels do); this label leads with prevention",
    "sitting all day then correction to back": "'what causes spasms after sitting all day': wanted posture first, got answer ['causes', 'posture']",
    "hot day leg cramps, dehydration vs potassium": "'which is more likely, dehydration or low potassium?': wanted dehydration first, got answer ['electrolytes', 'dehydration']",
    "charley horse, spasm and twitch differences": "'whats a charley horse': wanted about_spasms first, got answer ['leg_cramps']",
    "teen son cramping in football matches": "'what should he do when it happens on the pitch' answers relief from the topic in view (as 35 of 36 earlier tune labels do); this label leads with prevention",
    "heart spasm then back to legs on walking": "'can the heart have a spasm?' is triaged (fail safe: a heart word beside a spasm and no link word; name words as links were withdrawn after review 15)",
    "gym cramps, what else, pick second": "'how much water should i drink to avoid it then' leads with the prevention topic (as 42 of 52 earlier tune labels do); this label leads with the topic",
    "friend with MS and spasms": "'my friend has MS and gets spasms a lot, is that related': kind should be why, got sign_of",
    "slept funny, neck spasm": "'what can i do rn' answers relief from the topic in view (as 35 of 36 earlier tune labels do); this label leads with prevention",
    "dad with calf pain walking to shops, what else, pick 7": "'is it cos hes old': kind should be who, got why",
    "feet cramps, at night, same for arms": "'cramps in my feet why': wanted leg_cramps first, got answer ['causes']",
    "spasm vs cramp, capital of australia, age": "'do they hurt': kind should be what, got difference",
    "help, causes, pick 1 overuse": "'what helps right then' answers relief from the topic in view (as 35 of 36 earlier tune labels do); this label leads with prevention",
    "low potassium on blood test vs not drinking": "'and stop it happening again?' leads with the prevention topic (as 42 of 52 earlier tune labels do); this label leads with the topic",
    "wife back spasms when gardening": "'what should she do when it starts' answers relief from the topic in view (as 35 of 36 earlier tune labels do); this label leads with prevention",
    "forearm cramps from typing, laptop off-topic": "'my forearm cramps after typing all day': wanted overuse first, got answer ['posture']",
    "grandpa with diabetes and foot cramps": "'what can he do when one hits at night' answers relief from the topic in view (as 35 of 36 earlier tune labels do); this label leads with prevention",
    "what is a spasm, correction to heart": "'no i meant a heart spasm' is triaged (fail safe: a heart word beside a spasm and no link word; name words as links were withdrawn after review 15)",
    "dehydration and magnesium covered, what else, pick 4th": "'does that cause back ones': wanted back_spasms first, got answer ['posture']",
    "medicine, hot bath, doesn't stop": "'would a hot bath help': kind should be treatment, got relief",
    "taxes off-topic, then cramps, pick 2 nervous system": "'like what kind of nerve problems': kind should be what, got why",
    "pregnant sister with calf cramps": "'what can she do when it happens at night' answers relief from the topic in view (as 35 of 36 earlier tune labels do); this label leads with prevention",
    "athletes, why tho, sporty kids": "'does stretching before actually help or is that a myth': wanted prevention first, got answer ['overuse']",
    "coronary spasm vs atherosclerosis": "'which one affects the legs': wanted atherosclerosis first, got answer ['leg_cramps']",
    "toe cramps, ok but why, what else, pick 7": "'why do i keep getting cramps in my toes': wanted leg_cramps first, got answer ['causes']",
    "lower back spasm lifting a box": "'heat or ice?': wanted prevention first, got answer ['back_spasms']",
    "dehydration in kids, water bottle off-topic": "'what should they drink': kind should be treatment, got what",
    "toxins and spinal injury": "'what about nerve damage from an old spinal injury': kind should be why, got what",
    "office worker: posture or gym for back spasms": "'is it more likely my posture or the gym causing my back spasms': wanted posture first, got answer ['back_spasms', 'posture', 'overuse']",
    "what is a spasm, causes, pick 6 posture": "'how do i fix my posture then': kind should be prevent, got treatment",
    "stop cramps, water, football off-topic, anaemia": "'does drinking more water help': kind should be treatment, got why",
}


def _cases():
    # Only the tune split: the blind conversations are scored by `spasm-bot eval`, never tuned on one by one.
    for dialogue in (d for d in DIALOGUES["dialogues"] if d.get("split", "tune") == "tune"):
        marks = []
        if dialogue["name"] in KNOWN_MISSES:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[dialogue["name"]]))
        yield pytest.param(dialogue, id=dialogue["name"], marks=marks)


def _expected(turn: dict, reply: model.Reply) -> str | None:
    """What is wrong with the reply to this turn (topic, urgency, question kind), or None."""
    problem = turn_problem(turn, reply)
    if problem in (None, UNSCORED) and turn.get("kind") and not reply.urgent:
        got = reply.question_kind or "none"
        return None if got == turn["kind"] else f"kind should be {turn['kind']}, got {got}"
    return None if problem == UNSCORED else problem


@pytest.mark.parametrize("dialogue", list(_cases()))
def test_dialogue(engine, dialogue):
    """Every turn of the conversation is understood with the context of the turns before it."""
    context = Context()
    for n, turn in enumerate(dialogue["turns"]):
        reply = engine.reply(turn["user"], context, now=float(n))
        problem = _expected(turn, reply)
        assert problem is None, f"turn {n + 1} {turn['user']!r}: {problem}"
        context = reply.context


def test_context_carries_no_message_text(engine):
    """The context kept per chat holds intent ids and a time, never what the user wrote."""
    context = Context()
    for text in ("im pregnant and my calves cramp", "is it serious?", "what else"):
        context = engine.reply(text, context).context
    kept = [*context.topics, *context.offered, *context.facts]
    assert all(item in engine.kb.intents for item in kept)
