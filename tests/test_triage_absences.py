"""Signs said by their negation, where a past word's reach ends, and whose a stated length is: the structures
behind the fifth and sixth blind sets' misses, each shown with its neighbours rather than one sentence."""

from __future__ import annotations

import pytest

from bot import loader
from bot.model import EMERGENCY, SAME_DAY
from bot.yamlfile import KnowledgeError

# A sign named by its negation counts only after a negation ...
SAID_BY_NEGATION = [
    ("my dad fell in the garden and he's not answering me", EMERGENCY),
    ("she isn't responding, eyes open but nothing there", EMERGENCY),
    ("grandma has a chest infection and isn't making any sense today", EMERGENCY),
    ("been in the sun all day, really hot, and I don't really know where I am", EMERGENCY),
    ("lower back agony and I can't control my bladder", EMERGENCY),
    ("my back is bad and I couldn't feel the toilet seat under me", EMERGENCY),
    ("worked outside in the heatwave all day, very hot and no sweat at all now", EMERGENCY),
    ("cut my hand on a rusty fence and now I can't unclench my jaw", EMERGENCY),
]

# ... and never when it is said plainly.
SAID_PLAINLY = [
    "my dad answered the door and then his calf cramped",
    "she is making sense again and her cramps are easing, temperature was 37",
    "I can control my bladder fine, just back spasms when I lift",
    "I sweat a lot at the gym in the heat and my calves cramp",
]


@pytest.mark.parametrize(("message", "level"), SAID_BY_NEGATION)
def test_a_sign_said_by_its_negation_is_triaged(engine, message, level):
    """'Not answering', 'can't control my bladder', 'no sweat' are signs, found through the negation before them."""
    assert engine.reply(message).triage == level


@pytest.mark.parametrize("message", SAID_PLAINLY)
def test_the_same_words_said_plainly_are_not_a_sign(engine, message):
    """Without a negation before them the same words say nothing is wrong."""
    assert engine.reply(message).triage is None


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("spasms spreading from my jaw to my neck since a cut on my shin from a rusty gate 9 days ago", EMERGENCY),
        ("my jaw has been locking up after I stood on a nail last week", EMERGENCY),
        ("numbness creeping up my legs following a bad flu two weeks ago", SAME_DAY),
    ],
)
def test_what_is_said_before_since_or_after_a_past_event_is_now(engine, message, level):
    """'Since', 'after', 'following' end a past word's reach leftwards: the signs before them are happening now."""
    assert engine.reply(message).triage == level


@pytest.mark.parametrize(
    "message",
    [
        "my grandad had a stroke in 2015 and gets leg spasms on his weaker side, is stretching helpful?",
        "had a seizure back in 2009, none since, do cramps make you more likely to have one?",
    ],
)
def test_a_year_before_this_one_is_the_past(engine, message):
    """A four-digit year before this one dates an event as past and resolved, like 'years ago'."""
    assert engine.reply(message).triage is None


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("cramp in my foot for over half an hour and it won't let go", SAME_DAY),
        ("my dad's had a cramp in his thigh for nearly an hour", SAME_DAY),
        ("I get cramps after sitting at my desk for 3 hours", None),
        ("my calves cramp after walking for 40 minutes", None),
    ],
)
def test_a_length_belongs_to_the_cramp_unless_an_activity_owns_it(engine, message, level):
    """'Cramp ... for half an hour' is a cramp that will not ease; 'after walking for 40 minutes' is the walk."""
    assert engine.reply(message).triage == level


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("my right arm just went weak and I dropped my cup", EMERGENCY),
        ("deep cut from a rusty nail, he doesn't think he's ever had a tetanus jab", SAME_DAY),
        ("dog bit my hand, I don't think I've ever had a tetanus shot", SAME_DAY),
    ],
)
def test_just_and_pronouns_do_not_cut_a_thought_short(engine, message, level):
    """'Just went' is a moment ago, not 'only'; a negation reaches across 'he's', 'I've' and 'ever'."""
    assert engine.reply(message).triage == level


def test_only_a_sign_can_be_said_by_its_negation(knowledge_copy):
    """An absence under a place's name is refused with its file and line."""
    path = knowledge_copy / "red_flags.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  absences:\n", "  absences:\n    chest: [feel my chest]\n", 1), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"red_flags.yaml:\d+.*only a sign"):
        loader.load(knowledge_copy)
