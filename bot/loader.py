"""Build the typed KnowledgeBase from knowledge/*.yaml, listing every problem with its file and line."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

from bot import kb
from bot.load_intents import CONTRACT_INTENTS  # noqa: F401 (the fixed intent ids, imported from here)
from bot.load_intents import intents as intents_of
from bot.load_kinds import by_opener, kind_answers, kinds, subjects, turns
from bot.load_red_flags import red_flags
from bot.schema import Reader, phrases
from bot.text import clean, norm, stem, words
from bot.yamlfile import KnowledgeError, LineDict, Problem, read

FILES = (
    "facts",
    "answers",
    "messages",
    "intents",
    "vocabulary",
    "red_flags",
    "negation",
    "followups",
    "kinds",
    "scope",
)
REQUIRED_MESSAGES = (
    "disclaimer", "general_label", "welcome", "help", "about", "privacy", "forgotten",
    "fallback", "clarify", "empty", "non_text", "related_label", "suggestions_label", "more_title",
    "what_else_title", "what_else_all_title", "causes", "expired_button", "sorry",
    "article_does_say", "again_points", "again_recap", "uncovered_nearest",
)  # fmt: skip


def default_dir() -> Path:
    """The knowledge folder: packaged inside the wheel, or the source tree's when run from a checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "_knowledge"
    return packaged if packaged.is_dir() else here.parent / "knowledge"


def load(directory: Path | None = None) -> kb.KnowledgeBase:
    """Read and check every knowledge file; raise KnowledgeError listing all problems found."""
    directory = Path(directory) if directory else default_dir()
    problems: list[Problem] = []
    unreadable: list[Problem] = []
    raw: dict[str, LineDict] = {}
    for name in FILES:
        try:
            raw[name] = Reader(f"{name}.yaml", unreadable).mapping(
                read(directory / f"{name}.yaml"), "the file", 1
            )
        except KnowledgeError as exc:
            unreadable.extend(exc.problems)
    if unreadable:  # checking the rest would only repeat the same problem in other words
        raise KnowledgeError(unreadable)
    readers = {name: Reader(f"{name}.yaml", problems) for name in FILES}
    r_kinds = readers["kinds"]
    title, sections, facts = _facts(readers["facts"], raw["facts"])
    answers = _answers(readers["answers"], raw["answers"])
    intents = intents_of(readers["intents"], raw["intents"])
    messages = _messages(readers["messages"], raw["messages"])
    kinds_ = kinds(r_kinds, raw["kinds"])
    base = kb.KnowledgeBase(
        directory=directory,
        article_title=title,
        sections=MappingProxyType(sections),
        facts=MappingProxyType(facts),
        answers=MappingProxyType(answers),
        intents=MappingProxyType(intents),
        vocabulary=_vocabulary(readers["vocabulary"], raw["vocabulary"], directory),
        red_flags=red_flags(readers["red_flags"], raw["red_flags"]),
        negation=_negation(readers["negation"], raw["negation"]),
        messages=messages,
        followups=_followups(readers["followups"], raw["followups"]),
        kinds=MappingProxyType(kinds_),
        subjects=MappingProxyType(subjects(readers["scope"], raw["scope"])),
        kind_default=raw["kinds"].get("default")
        if raw["kinds"].get("default") in kb.QUESTION_KINDS
        else "why",
        kind_min_weight=float(r_kinds.number(raw["kinds"], "min_weight", "kinds", 0.01, 3.0) or 0.8),
        kind_by_opener=MappingProxyType(by_opener(r_kinds, raw["kinds"])),
        kind_neutral=phrases(r_kinds, raw["kinds"], "neutral", "kinds"),
        kind_openers=phrases(r_kinds, raw["kinds"], "openers", "kinds") if "openers" in raw["kinds"] else (),
        kind_requests=phrases(r_kinds, raw["kinds"], "requests", "kinds")
        if "requests" in raw["kinds"]
        else (),
        kind_lead_ins=phrases(r_kinds, raw["kinds"], "lead_ins", "kinds") if "lead_ins" in raw["kinds"] else (),
        kind_clause_openers=phrases(r_kinds, raw["kinds"], "clause_openers", "kinds")
        if "clause_openers" in raw["kinds"]
        else (),
        kind_turns=turns(r_kinds, raw["kinds"], {c for k in kinds_.values() for c in k.cues}),
    )
    from bot.references import check_references  # late: references imports this module's norm()

    check_references(base, raw, problems)
    if problems:
        raise KnowledgeError(problems)
    return base


def _facts(r: Reader, data: LineDict):
    article = r.mapping(data.get("article"), "article", data.line_of("article"))
    title = r.text(article, "title", "article") or ""
    sections: dict[str, kb.ArticleSection] = {}
    for item in _items(r, data, "sections"):
        sid, name = r.text(item, "id", "section"), r.text(item, "name", "section")
        if sid and name:
            if sid in sections:
                r.problem(item.line, f"section id '{sid}' is used twice")
            sections[sid] = kb.ArticleSection(sid, name)
    facts: dict[str, kb.Fact] = {}
    for item in _items(r, data, "facts"):
        fid, section, text = (r.text(item, k, "fact") for k in ("id", "section", "text"))
        if fid and section and text:
            if fid in facts:
                r.problem(item.line, f"fact id '{fid}' is used twice")
            if section not in sections:
                r.problem(item.line_of("section"), f"fact '{fid}': unknown section '{section}'")
            facts[fid] = kb.Fact(fid, section, text)
    return title, sections, facts


def _items(r: Reader, data: LineDict, key: str) -> list[LineDict]:
    value = data.get(key)
    if not isinstance(value, list):
        r.problem(data.line_of(key), f"'{key}' must be a list")
        return []
    return [r.mapping(v, f"{key}[{i}]", value.line_of(i)) for i, v in enumerate(value)]


def _answers(r: Reader, data: LineDict) -> dict[str, kb.Answer]:
    table = r.mapping(data.get("answers"), "answers", data.line_of("answers"))
    out = {}
    allowed = {
        "label",
        "title",
        "summary",
        "body",
        "facts",
        "general",
        "subject",
        "kinds",
        "offers",
        "body_answers",
    }
    for intent in table:
        item = r.mapping(table[intent], f"answers.{intent}", table.line_of(intent))
        r.unknown_keys(item, allowed, f"answers.{intent}")
        where = f"answers.{intent}"
        label, title, body = (r.text(item, k, where) for k in ("label", "title", "body"))
        if label and len(label) > 28:
            r.problem(item.line_of("label"), f"{where}.label is over 28 characters (it is a button)")
        out[intent] = kb.Answer(
            intent=intent,
            label=label or intent,
            title=title or intent,
            summary=r.text(item, "summary", where, required=False) or title or intent,
            body=body or "",
            facts=r.texts(item, "facts", where, required=False),
            general=r.text(item, "general", where, required=False),
            kinds=MappingProxyType(kind_answers(r, item, where)),
            subject=r.text(item, "subject", where, required=False) or (label or intent).lower(),
            offers=r.text(item, "offers", where, required=False),
            body_answers=r.texts(item, "body_answers", where, required=False),
        )
    return out


def _messages(r: Reader, data: LineDict) -> kb.Messages:
    texts = {k: v.strip() for k, v in data.items() if isinstance(v, str)}
    for key in REQUIRED_MESSAGES:
        r.text(data, key, "messages")
    if "not medical advice" not in texts.get("disclaimer", "").lower():
        r.problem(data.line_of("disclaimer"), "disclaimer must contain the words 'not medical advice'")
    menus_raw = r.mapping(data.get("menus"), "menus", data.line_of("menus"))
    menus = {name: r.texts(menus_raw, name, "menus") for name in menus_raw}
    links_raw = r.mapping(data.get("deep_links", LineDict()), "deep_links", data.line_of("deep_links"))
    links = {str(k): str(v) for k, v in links_raw.items()}
    return kb.Messages(MappingProxyType(texts), MappingProxyType(menus), MappingProxyType(links))


def _table(r: Reader, data: LineDict, key: str) -> dict[str, str]:
    table = r.mapping(data.get(key), key, data.line_of(key))
    out = {}
    for phrase, value in table.items():
        if not isinstance(value, str) or not norm(value):
            r.problem(table.line_of(phrase), f"{key}.{phrase} must be text")
        elif norm(phrase):
            out[norm(phrase)] = norm(value) if key == "synonyms" else value.strip()
    return out


def _vocabulary(r: Reader, data: LineDict, directory: Path) -> kb.Vocabulary:
    return kb.Vocabulary(
        synonyms=MappingProxyType(_table(r, data, "synonyms")),
        domain=MappingProxyType({norm(k): w for k, w in r.weights(data, "domain", "vocabulary").items()}),
        stopwords=frozenset(norm(w) for w in r.texts(data, "stopwords", "vocabulary")),
        common_words=frozenset(
            w for t in r.texts(data, "common_words", "vocabulary") for w in words(clean(t))
        )
        | _word_list(r, directory / "english_words.txt"),
        phrasing=frozenset(norm(w) for w in r.texts(data, "phrasing", "vocabulary", required=False)),
        other_senses=MappingProxyType(_other_senses(r, data)),
        dose_units=frozenset(norm(w) for w in r.texts(data, "dose_units", "vocabulary", required=False)),
    )


def _other_senses(r: Reader, data: LineDict) -> dict[str, tuple[str, ...]]:
    """word -> phrases in which it means something else; each phrase must hold its word."""
    if data.get("other_senses") is None:
        return {}
    table = r.mapping(data["other_senses"], "vocabulary.other_senses", data.line_of("other_senses"))
    out = {}
    for word in table:
        where = f"vocabulary.other_senses.{word}"
        said = tuple(norm(t) for t in r.texts(table, word, "vocabulary.other_senses"))
        if len(norm(str(word)).split()) != 1:
            r.problem(table.line_of(word), f"{where}: the key must be one word")
            continue
        for text in said:
            if stem(norm(str(word))) not in {stem(w) for w in text.split()}:
                r.problem(table.line_of(word), f"{where}: '{text}' does not contain '{word}'")
        out[norm(str(word))] = tuple(t for t in said if t)
    return out


def _word_list(r: Reader, path: Path) -> frozenset[str]:
    """One lowercase word a line; lines starting with # are comments."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        r.problem(None, f"{path.name}: cannot be read ({exc.strerror})")
        return frozenset()
    # A comment line has spaces, so it is never one alphabetic word.
    return frozenset(w for w in text.split("\n") if w.isalpha() and w.islower())


NEGATION_KEYS = {
    "cues",
    "pseudo",
    "reach",
    "joins",
    "stops",
    "not_stops",
    "double_negatives",
    "novelty",
    "window",
}


def _negation(r: Reader, data: LineDict) -> kb.Negation:
    r.unknown_keys(data, NEGATION_KEYS, "negation")
    texts = lambda key: r.texts(data, key, "negation")  # noqa: E731
    return kb.Negation(
        cues=texts("cues"),
        pseudo=texts("pseudo"),
        reach=texts("reach"),
        joins=texts("joins"),
        stops=texts("stops"),
        not_stops=r.texts(data, "not_stops", "negation", required=False),
        double_negatives=texts("double_negatives"),
        novelty=texts("novelty"),
        window=int(r.number(data, "window", "negation", 0, 8) or 0),
    )


def _followups(r: Reader, data: LineDict) -> kb.FollowUps:
    ordinals = r.mapping(data.get("ordinals"), "ordinals", data.line_of("ordinals"))
    for key, value in ordinals.items():
        if isinstance(value, bool) or not isinstance(value, int):
            r.problem(ordinals.line_of(key), f"ordinals.{key} must be a whole number (1 = first, -1 = last)")
    return kb.FollowUps(
        facets=MappingProxyType(_table(r, data, "facets")),
        pronouns=frozenset(phrases(r, data, "pronouns", "followups")),
        more=phrases(r, data, "more", "followups"),
        what_else=phrases(r, data, "what_else", "followups"),
        elliptical=phrases(r, data, "elliptical", "followups"),
        ordinals=MappingProxyType({norm(k): int(v) for k, v in ordinals.items() if isinstance(v, int)}),
        disclosure_topics=r.texts(data, "disclosure_topics", "followups"),
        first_person=frozenset(phrases(r, data, "first_person", "followups")),
        corrections=phrases(r, data, "corrections", "followups"),
        fillers=frozenset(phrases(r, data, "fillers", "followups")),
        pick_words=frozenset(phrases(r, data, "pick_words", "followups")),
        pick_corrections=frozenset(phrases(r, data, "pick_corrections", "followups")),
        third_person=frozenset(
            phrases(r, data, "third_person", "followups") if "third_person" in data else ()
        ),
        general=phrases(r, data, "general", "followups") if "general" in data else (),
    )
