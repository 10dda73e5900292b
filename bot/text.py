"""Turning what people type into clean lowercase words, sentence by sentence."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Cyrillic and Greek letters that look like Latin ones, so "сhest" typed with a Cyrillic "с" still reads.
_LOOKALIKES = str.maketrans(
    "аеорсухікмтвнАЕОРСУХІКМТВНοαεικνρτυχ",
    "aeopcyxikmtbhaeopcyxikmtbhoaeiknptux",
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
# Invisible in-word formatting (soft hyphen, joiners, direction marks, BOM) vanishes; control characters and
# the zero-width space, which separate words, read as spaces.
_INVISIBLE = re.compile("[\u00ad\u200c-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b]")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)*|[.!?;:,()\[\]\n+]|\s-\s")


def clean(text: str) -> str:
    """Normalise unicode, fold case, accents and look-alike letters, drop invisible and control characters."""
    if text.isascii():  # the common case, in one step: nothing to normalise but a backtick and control characters
        return _CONTROL.sub(" ", text.replace("`", "'")).lower()
    text = _INVISIBLE.sub("", text)  # a soft hyphen inside "ch\u00adest" must not split the word
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).translate(_LOOKALIKES)
    text = _CONTROL.sub(" ", text)
    if not text.isascii():  # "chést" -> "chest"
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return text.casefold()


def words(text: str) -> list[str]:
    """Lowercase words of already-cleaned text; apostrophes dropped ("can't" -> "cant", "parkinson's" -> "parkinsons")."""
    return [w.replace("'", "") for w in _WORD.findall(text)]


@lru_cache(maxsize=1 << 16)
def norm(phrase: str) -> str:
    """A phrase cleaned and split into lowercase words; the engine stems it once when it compiles it."""
    return " ".join(words(clean(phrase)))


SENTENCE_END = "."
BREAK = "|"


def tokens_with_breaks(text: str) -> list[str]:
    """Words of cleaned text, with "." after each sentence and "|" at other punctuation (clause breaks)."""
    return tokens_and_questions(text)[0]


def asked(text: str) -> tuple[bool, ...]:
    """For each sentence tokens_with_breaks() finds in cleaned text, whether it ends with a question mark."""
    return tokens_and_questions(text)[1]


def tokens_and_questions(text: str) -> tuple[list[str], tuple[bool, ...]]:
    """tokens_with_breaks() and asked() in one pass over the text."""
    out: list[str] = []
    marks: list[bool] = []
    for piece in _TOKEN.findall(text):
        if piece[0].isalnum():
            out.append(piece.replace("'", "") if "'" in piece else piece)
        elif out and out[-1] not in (SENTENCE_END, BREAK):
            if piece[0] in ".!?\n":
                out.append(SENTENCE_END)
                marks.append(piece == "?")
            else:
                out.append(BREAK)
        elif out and piece[0] in ".!?\n":
            if out[-1] == BREAK:
                out[-1] = SENTENCE_END
                marks.append(piece == "?")
            elif piece == "?":
                marks[-1] = True  # "really...?" ends a question
    if out and out[-1] != SENTENCE_END:
        marks.append(False)
    return out, tuple(marks)


# Words whose stem would merge two meanings: "fitting" (a seizure) is not "fit" (healthy, or the right size).
_UNSTEMMED = frozenset({"fitting", "fitted", "fits"})


@lru_cache(maxsize=1 << 16)  # the knowledge's phrases repeat their words thousands of times at start-up
def stem(word: str) -> str:
    """A light, predictable suffix stripper: the same rule runs on knowledge and on messages."""
    if len(word) <= 3 or word.isdigit() or word in _UNSTEMMED:
        return word
    for suffix, repl, min_len in (("ies", "y", 5), ("ing", "", 6), ("ed", "", 5)):
        if word.endswith(suffix) and len(word) >= min_len:
            base = word[: -len(suffix)] + repl
            # "cramping" -> "cramp", "sitting" -> "sit", "stopped" -> "stop"
            if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]
            return base
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
