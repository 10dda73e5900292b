"""The knowledge base as typed, frozen values (built once from knowledge/*.yaml by bot.loader). The red-flag
values live in bot.flags_kb and are re-exported here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Literal, get_args

from bot.flags_kb import CONCEPT_KINDS as CONCEPT_KINDS
from bot.flags_kb import Carried as Carried
from bot.flags_kb import Concept as Concept
from bot.flags_kb import ConceptKind as ConceptKind
from bot.flags_kb import Durations as Durations
from bot.flags_kb import OldYear as OldYear
from bot.flags_kb import Pattern as Pattern
from bot.flags_kb import RedFlagRule as RedFlagRule
from bot.flags_kb import RedFlags
from bot.kinds_kb import Turn as Turn

TOPIC = "topic"
OVERVIEW = "overview"  # a general health topic that gives way to a specific one
SMALLTALK = "smalltalk"
OFF_TOPIC = "off_topic"  # words that show a message is about something else ("recipe", "laptop freezing")

# What a question asks about its topic (knowledge/kinds.yaml); "none": small talk, or nothing asked.
QuestionKind = Literal[
    "what",
    "why",
    "how_long",
    "relief",
    "prevent",
    "serious",
    "who",
    "sign_of",
    "difference",
    "treatment",
    "none",
]
QUESTION_KINDS: tuple[QuestionKind, ...] = get_args(QuestionKind)
# Kinds that ask about a means (how to prevent, ease or treat): the prevention topic answers them, and a cause
# the message names is the means asked about ("do bananas stop cramps?").
MEANS_KINDS: tuple[QuestionKind, ...] = ("prevent", "relief", "treatment")
# Kinds that compare what "it" points at with something they name ("how is it different from a leg cramp?"): the
# topic in view leads, the named one comes second.
COMPARING_KINDS: tuple[QuestionKind, ...] = ("difference",)
# Contract intents (load_intents.py) the engine names: the causes overview, whose menu in messages.yaml lists the
# article's causes, and spasms in general.
CAUSES = "causes"
ABOUT = "about_spasms"
# The kind of a plain request to hear about something ("tell me about the first one"): a pick made that way asks
# of the list's own kind (a cause from the causes list: why).
PLAIN_KIND: QuestionKind = "what"
# How a message stands to the article (knowledge/scope.yaml): answered from a topic, a muscle/cramp question
# the article does not cover, a cramp that is not skeletal muscle, or something else altogether.
Scope = Literal["topic", "uncovered", "other_cramp", "out_of_scope"]
SCOPES: tuple[Scope, ...] = get_args(Scope)


@dataclass(frozen=True)
class Fact:
    id: str
    section: str  # an ArticleSection id
    text: str


@dataclass(frozen=True)
class ArticleSection:
    id: str
    name: str


@dataclass(frozen=True)
class Answer:
    intent: str
    label: str  # short, for buttons
    title: str
    summary: str
    body: str
    facts: tuple[str, ...]
    general: str | None  # guidance not from the article, shown under a label
    kinds: Mapping[str, KindAnswer] = field(
        default_factory=lambda: MappingProxyType({})
    )  # question kind -> what the article says to it
    body_answers: tuple[str, ...] = ()  # question kinds the body itself answers ("prevent" for prevention)
    offers: str | None = (
        None  # a menu (messages.yaml) offered to pick from after the answer, its list numbered
    )
    subject: str = ""  # what the topic is about, for "The article doesn't say how long {subject} lasts"


@dataclass(frozen=True)
class KindAnswer:
    """A topic's answer to one kind of question: the article's facts on it, and optional general guidance."""

    text: str
    facts: tuple[str, ...]
    general: str | None = None


@dataclass(frozen=True)
class Kind:
    """One kind of question (knowledge/kinds.yaml): how it is recognised and answered when a topic has no
    answer of its own for it."""

    id: QuestionKind
    framing: str  # how the reply names what was asked: "how long it lasts"
    cues: Mapping[str, float]  # normalised phrase -> weight
    article: (
        str  # what a topic answers it with by default: "body", "summary" or "none" (the article is silent)
    )
    missing: (
        str | None
    )  # "The article doesn't say how long {subject} lasts." ({subject}: the topic's subject)
    general: str | None  # short labelled general guidance for this kind of question
    anchor: str | None = None  # the topic that answers this kind in general ("prevention")
    overview: str | None = None  # asked of an overview topic, the overview that answers it ("why?": causes)
    in_story: float = 1.0  # how much its cues count in the story next to a question (people in it: not `who`)


@dataclass(frozen=True)
class Subject:
    """Something people ask about that the article does not cover (knowledge/scope.yaml)."""

    id: str
    scope: Scope  # "uncovered" or "other_cramp"
    cues: tuple[str, ...]  # normalised phrases that name it
    title: str
    body: str
    nearest: tuple[str, ...]  # topics offered as the closest the article has
    wins_over: tuple[str, ...] = ()  # topics this subject wins over even when they are named outright
    needs_domain: bool = False  # named alone it is not enough: a cramp, spasm or pain word must come with it
    yields_to: Literal["named", "answer"] = "named"  # what kind of topic evidence wins over the subject
    # Cues with everyday meanings ("jerk", "joint", "thyroid"): among the cues, but they name the subject only
    # next to a cramp, muscle, pain or heart word that is not one of the subject's own cues.
    loose: tuple[str, ...] = ()
    # Cues that name it without a cramp word even when it needs one: a condition that is itself a kind of cramp
    # ("endometriosis", "irritable bowel").
    sure: tuple[str, ...] = ()
    # Skeletal-muscle places that take a message named only by its other cues back to the article ("8 weeks pregnant
    # with leg cramps" is the pregnancy topic, not the womb).
    except_with: tuple[str, ...] = ()


@dataclass(frozen=True)
class Together:
    """Keyword evidence from two groups of words said in one sentence ("my calf hurts when I walk and eases when I
    stop": walking with resting is claudication), where no single phrase would do."""

    words: tuple[str, ...]
    with_: tuple[str, ...]
    weight: float


@dataclass(frozen=True)
class Intent:
    id: str
    kind: str  # TOPIC, OVERVIEW, SMALLTALK or OFF_TOPIC
    keywords: Mapping[str, float]  # normalised term (words joined by spaces) -> weight
    examples: tuple[str, ...]
    related: tuple[str, ...]
    together: tuple[Together, ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    synonyms: Mapping[str, str]  # normalised phrase -> normalised replacement
    domain: Mapping[str, float]  # terms that make a message about spasms at all
    stopwords: frozenset[str]
    common_words: frozenset[str]  # real words that are never "corrected" (common_words + english_words.txt)
    phrasing: frozenset[str] = frozenset()  # words that only phrase a question ("again", "ever", "really")
    # word -> phrases in which it means something else ("back" in "coming back"): there it is no topic's evidence
    other_senses: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    dose_units: frozenset[str] = frozenset()  # "20 mg" is one dose, read as one term ("20mg"), never a count


@dataclass(frozen=True)
class Negation:
    """What a "no" or "not" reaches (negation.yaml); shared by triage and matching."""

    cues: tuple[str, ...]
    pseudo: tuple[str, ...]  # look like negations but are not ("no idea")
    reach: tuple[str, ...]  # words a negation reaches across ("don't have any")
    joins: tuple[str, ...]  # words that join a list of negated signs ("or")
    stops: tuple[str, ...]  # a turn to another thought ("but", "just")
    not_stops: tuple[str, ...]  # phrases that open with a stop and are not one ("my arm just went weak")
    double_negatives: tuple[str, ...]  # after another cue in the clause these affirm ("can't ... without")
    novelty: tuple[str, ...]  # after a cue these make it "new", not "absent" ("never had pain like this")
    window: int


@dataclass(frozen=True)
class Messages:
    texts: Mapping[str, str]
    menus: Mapping[str, tuple[str, ...]]
    deep_links: Mapping[str, str]


@dataclass(frozen=True)
class FollowUps:
    """Words that mark a message as continuing the conversation (used with a Context)."""

    facets: Mapping[str, str]  # normalised phrase -> intent it asks about the current topic
    pronouns: frozenset[str]
    more: tuple[str, ...]
    what_else: tuple[str, ...]
    elliptical: tuple[str, ...]
    ordinals: Mapping[str, int]
    disclosure_topics: tuple[str, ...]  # conditions a person can tell us they have
    first_person: frozenset[str]
    corrections: tuple[str, ...]
    fillers: frozenset[str]  # "hmm", "ok": skipped at the start of a follow-up
    pick_words: frozenset[str] = frozenset()  # all a pick by number may hold besides the number
    pick_corrections: frozenset[str] = frozenset()  # "sorry, I meant the 4th": a number read from the last list
    third_person: frozenset[str] = frozenset()  # "his legs": a follow-up about the person the chat is about
    general: tuple[str, ...] = ()  # "in general": the question leaves the cause in view


@dataclass(frozen=True)
class KnowledgeBase:
    directory: Path
    article_title: str
    sections: Mapping[str, ArticleSection]
    facts: Mapping[str, Fact]
    answers: Mapping[str, Answer]
    intents: Mapping[str, Intent]
    vocabulary: Vocabulary
    red_flags: RedFlags
    negation: Negation
    messages: Messages
    followups: FollowUps
    kinds: Mapping[str, Kind] = field(default_factory=lambda: MappingProxyType({}))
    kind_default: QuestionKind = "why"  # the kind of a health question with no cue
    kind_min_weight: float = 0.8  # cue weight a kind needs
    # with no cue, the kind a question's opening word gives ("which muscles attach to the hip?": what)
    kind_by_opener: Mapping[str, QuestionKind] = field(default_factory=dict)
    kind_neutral: tuple[str, ...] = ()  # phrases that carry no kind and hide the words inside them
    kind_openers: tuple[str, ...] = ()  # words that open a question even without "?" ("is there a way")
    kind_requests: tuple[str, ...] = ()  # phrases that ask anywhere in a sentence ("I'd like to know")
    kind_lead_ins: tuple[str, ...] = ()  # words before a question's opening ("but why...", "anyway how long...")
    kind_clause_openers: tuple[str, ...] = ()  # open a question after a comma ("after surgery, will it...")
    kind_turns: tuple[Turn, ...] = ()  # cues turned by what follows them ("symptoms of a cramp")
    subjects: Mapping[str, Subject] = field(default_factory=lambda: MappingProxyType({}))

    def topics(self) -> tuple[str, ...]:
        return tuple(i for i, intent in self.intents.items() if intent.kind in (TOPIC, OVERVIEW))
