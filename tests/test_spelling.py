"""bot.spelling and the analyser: typos corrected, run-together words split, lay words mapped, real words kept."""

from __future__ import annotations

import pytest

from bot.spelling import Speller, max_edits

VOCABULARY = {
    "magnesium": 5, "dehydration": 3, "leg": 4, "cramp": 6, "chest": 3, "pain": 5, "spasm": 4,
    "posture": 2, "calf": 2, "ms": 1, "what": 3,
}  # fmt: skip


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller(VOCABULARY, protected=["camp", "rain"])


def terms(engine, text: str) -> list[str]:
    return [t for t in engine.analyser.terms(text) if t not in (".", "|")]


@pytest.mark.parametrize(("length", "edits"), [(1, 0), (3, 0), (4, 1), (7, 1), (8, 2), (15, 2)])
def test_max_edits_grows_with_length(length, edits):
    """Short words must be exact; longer words may carry one, then two slips."""
    assert max_edits("a" * length) == edits


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("magnesuim", "magnesium"),  # swapped neighbours count as one slip
        ("dehydartion", "dehydration"),
        ("dehydraton", "dehydration"),
        ("pian", "pain"),  # four letters: only a swap is forgiven
        ("crmap", "cramp"),
        ("spazm", "spasm"),
        ("posturr", "posture"),
        ("cramp", "cramp"),
    ],
)
def test_correct_finds_the_meant_word(speller, typo, meant):
    """correct() maps a word within its allowed slips to the vocabulary word."""
    assert speller.correct(typo) == meant


@pytest.mark.parametrize("word", ["camp", "rain", "xyz", "12345", "qqqqqqq", "helo"])
def test_correct_leaves_protected_short_and_unknown_words(speller, word):
    """Protected real words, short words, numbers and gibberish are not corrected."""
    assert speller.correct(word) is None
    assert speller.fix(word) == (word,)


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("legcramps", ("leg", "cramp")),
        ("legcramp", ("leg", "cramp")),
        ("chestpain", ("chest", "pain")),
        ("chestpian", ("chest", "pain")),
        ("mscramp", ("ms", "cramp")),
    ],
)
def test_split_run_together_words(speller, word, parts):
    """split() finds two vocabulary words typed without a space, forgiving a slip in either."""
    assert speller.split(word) == parts
    assert speller.fix(word) == parts


@pytest.mark.parametrize(
    "word",
    [
        "contrctduraton",  # a slip in each part would make it "contract duration"
        "legpaint",  # "paint" is a real word, not a slip of "pain"
        "axcrmap",  # a slip beside a two-letter piece is a guess
    ],
)
def test_split_leaves_an_unknown_word_alone(word):
    """A word that is not two vocabulary words, with at most one slip in one longer part, stays whole."""
    speller = Speller(
        {"contract": 1, "duration": 1, "leg": 1, "pain": 1, "cramp": 1, "ax": 1}, english=["paint"]
    )
    assert speller.split(word) is None
    assert speller.fix(word) == (word,)


def test_split_reads_a_plural_part_as_its_stem():
    """A part whose stem is a vocabulary word counts as that word, with no slip ("runners" + "cramp")."""
    speller = Speller({"runner": 1, "cramp": 1, "scrap": 1})
    assert speller.split("runnerscramp") == ("runner", "cramp")


def test_fix_is_cached_and_stable(speller):
    """fix() gives the same answer twice (the second time from its cache)."""
    assert speller.fix("magnesuim") == speller.fix("magnesuim") == ("magnesium",)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("magnesuim", ["magnesium"]),
        ("dehydartion", ["dehydration"]),
        ("legcramps", ["leg", "cramp"]),
        ("legcrmaps", ["leg", "cramp"]),
        ("chestpain", ["chest", "pain"]),
        ("chest pian", ["chest", "pain"]),
        ("musle spasm", ["muscle", "spasm"]),
        ("parkinsns", ["parkinson"]),
        ("docter", ["doctor"]),
        ("mscramps", ["multiple", "sclerosis", "cramp"]),
    ],
)
def test_analyser_corrects_typos(engine, message, expected):
    """The engine's analyser reads common typos and run-together words as the knowledge base's words."""
    assert terms(engine, message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("charlie horse", ["charley", "horse"]),
        ("calves", ["calf"]),
        ("MS", ["multiple", "sclerosis"]),
        ("parkinson's", ["parkinson"]),
        ("anemia", ["anaemia"]),
        ("slouching", ["slouch"]),
        ("parched", ["thirsty"]),
        ("diarrhea", ["diarrhoea"]),
        ("preggers", ["pregnant"]),
    ],
)
def test_analyser_maps_lay_words(engine, message, expected):
    """Lay words, abbreviations and spellings map to the words the intents know."""
    assert terms(engine, message) == expected


@pytest.mark.parametrize(
    "word", ["camp", "heat", "chess", "later", "legit", "cheat", "breast", "paint", "plain"]
)
def test_analyser_never_corrects_real_english_words(engine, word):
    """A real English word is what the person meant, even one slip from a medical word."""
    assert terms(engine, word) == [word]


@pytest.mark.parametrize(
    ("word", "kept"),
    [
        ("contraindications", "contraindication"),
        ("breastfeeding", "breastfeed"),
        ("hypoparathyroidsm", "hypoparathyroidsm"),  # pseudocholinesterase is now a scope cue
    ],
)
def test_analyser_leaves_long_unknown_words_whole(engine, word, kept):
    """A long word the knowledge base does not know is not cut into medical words it resembles."""
    assert terms(engine, word) == [kept]


@pytest.mark.parametrize(("contraction", "bare"), [("aren't", "arent"), ("ain't", "aint")])
def test_analyser_keeps_contractions(engine, contraction, bare):
    """A contraction keeps its own meaning: it is not "corrected" into a different word."""
    assert terms(engine, contraction) == [bare]


@pytest.mark.parametrize(
    "contraction", ["isn't", "doesn't", "don't", "can't", "won't", "didn't", "i'm", "i've"]
)
def test_analyser_reads_common_contractions(engine, contraction):
    """Common contractions lose their apostrophe and nothing else."""
    assert terms(engine, contraction) == [contraction.replace("'", "")]


@pytest.mark.parametrize(
    ("word", "british"),
    [("analysed", True), ("flavoured", True), ("organising", True), ("travelled", True), ("centre", True),
     ("sise", False), ("flavr", False), ("doctor", False), ("seise", False), ("feelling", False),
     ("doctour", False), ("intence", False)],
)
def test_british_spellings_of_listed_words_are_recognised(word, british):
    """'Analysed', 'flavoured', 'centre' are listed words spelt the British way; 'seise', 'feelling', 'doctour' are
    slips, not British spellings, and stay open to correction."""
    from bot.spelling import is_british

    english = frozenset({"analyzed", "flavored", "flavor", "organizing", "traveled", "center", "size", "doctor",
                         "doctored", "seize", "feeling", "intense"})
    assert is_british(word, english) is british


@pytest.mark.parametrize(("typed", "meant"), [("tinly", "tingly"), ("tingy", "tingly"), ("tinglly", "tingly")])
def test_equally_close_words_go_to_the_one_sharing_more_of_its_ends(engine, typed, meant):
    """"tinly" is one slip from "tiny" and from "tingly": the word sharing more of its start and end wins, before
    which word the knowledge uses more (a numb, tingly bottom is a red flag; "tiny" is only said of pupils)."""
    assert engine.analyser.terms(typed) == [meant]
