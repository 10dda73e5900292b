"""bot.text: cleaning, words, sentence/clause breaks and the light stemmer."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import text as text_module
from bot.text import BREAK, SENTENCE_END, asked, clean, stem, tokens_with_breaks, words


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("My CHEST Hurts", "my chest hurts"),
        ("ｍｙ ｃｈｅｓｔ", "my chest"),  # full-width letters (NFKC)
        ("my сhest", "my chest"),  # Cyrillic "с"
        ("ραιν", "pain"),  # Greek letters that look Latin
        ("it’s", "it's"),  # curly apostrophe
        ("it`s", "it's"),
        ("a\x00b\x07c", "a b c"),  # control characters read as spaces
        ("chest\u200bpain", "chest pain"),  # zero-width space
        ("line\nbreak\ttab", "line\nbreak\ttab"),  # newlines and tabs are kept
    ],
)
def test_clean(raw, expected):
    """clean() normalises unicode, folds case and look-alike letters, and blanks control characters."""
    assert clean(raw) == expected


@pytest.mark.parametrize("invisible", ["\ufeff", "\u200e", "\u202e", "\x7f", "\x1b"])
def test_clean_invisible_characters_stay_out_of_words(invisible):
    """Byte-order marks, direction marks and control characters never leak into words."""
    assert words(clean(f"{invisible}hello{invisible}")) == ["hello"]


@pytest.mark.parametrize("invisible", ["\u00ad", "\u2060"])
def test_clean_keeps_words_joined_across_in_word_invisibles(invisible):
    """A soft hyphen or word joiner inside a word is not a word break ("ch­est" is "chest")."""
    assert words(clean(f"ch{invisible}est")) == ["chest"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("can't", ["cant"]),
        ("parkinson's disease", ["parkinsons", "disease"]),
        ("legs, arms & feet!", ["legs", "arms", "feet"]),
        ("type 2 diabetes", ["type", "2", "diabetes"]),
        ("", []),
        ("😀 ... ?!", []),
    ],
)
def test_words(text, expected):
    """words() gives lowercase [a-z0-9] words and drops apostrophes."""
    assert words(clean(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hi. legs cramp", ["hi", SENTENCE_END, "legs", "cramp"]),
        ("legs, at night", ["legs", BREAK, "at", "night"]),
        ("why?! really...", ["why", SENTENCE_END, "really", SENTENCE_END]),
        ("a\nb", ["a", SENTENCE_END, "b"]),
        ("a, . b", ["a", SENTENCE_END, "b"]),  # a clause break followed by a sentence end is one sentence end
        ("... hello", ["hello"]),  # no break before the first word
        ("chest - pain", ["chest", BREAK, "pain"]),
        ("chest-pain", ["chest", "pain"]),
    ],
)
def test_tokens_with_breaks(text, expected):
    """tokens_with_breaks() marks sentence ends with "." and other punctuation with "|", never doubled."""
    assert tokens_with_breaks(clean(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("why do legs cramp?", (True,)),
        ("my calf cramps. why?", (False, True)),
        ("why?! really...", (True, False)),
        ("really...?", (True,)),  # a question mark after dots still ends a question
        ("a, . b?", (False, True)),
        ("... hello? and then", (True, False)),  # no sentence before the first word; the last has no mark
        ("", ()),
    ],
)
def test_asked_marks_each_sentence_that_ends_with_a_question_mark(text, expected):
    """asked() gives one mark per sentence tokens_with_breaks() finds: True where a '?' ends it."""
    assert asked(clean(text)) == expected
    sentences = [s for s in " ".join(tokens_with_breaks(clean(text))).split(SENTENCE_END) if s.strip()]
    assert len(sentences) == len(expected)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("cramping", "cramp"),
        ("sitting", "sit"),
        ("stopped", "stop"),
        ("cramped", "cramp"),
        ("falling", "fall"),  # "ll" is kept
        ("arteries", "artery"),
        ("legs", "leg"),
        ("spasms", "spasm"),
        ("stress", "stress"),
        ("nervous", "nervous"),
        ("sclerosis", "sclerosis"),
        ("bed", "bed"),  # short words untouched
        ("sing", "sing"),  # "-ing" needs six letters
        ("2020", "2020"),
    ],
)
def test_stem(word, expected):
    """stem() strips a few suffixes predictably and leaves short words and numbers alone."""
    assert stem(word) == expected


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_fast_path_cleans_as_the_full_unicode_path(text):
    """For ASCII text, clean() skips normalising and must give what the full path gives."""
    full = unicodedata.normalize("NFKC", text_module._INVISIBLE.sub("", text))
    full = text_module._CONTROL.sub(" ", full.translate(text_module._APOSTROPHES).translate(text_module._LOOKALIKES))
    assert clean(text) == full.casefold()
