"""bot.loader and bot.yamlfile: the knowledge base loads into typed values, and problems come with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import kb, loader
from bot.yamlfile import KnowledgeError, LineDict, LineList, Problem, read


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}: the test needs updating"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(path: Path, fragment: str) -> int:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if fragment in line:
            return n
    raise AssertionError(f"{fragment!r} not in {path.name}")


def _problems(directory: Path) -> list[Problem]:
    with pytest.raises(KnowledgeError) as caught:
        loader.load(directory)
    return caught.value.problems


def test_real_knowledge_loads(engine):
    """The shipped knowledge base loads with every contract intent, an answer for each, and known facts."""
    base = engine.kb
    assert isinstance(base, kb.KnowledgeBase)
    assert set(loader.CONTRACT_INTENTS) <= set(base.intents)
    assert base.article_title
    for intent in base.topics():
        answer = base.answers[intent]
        assert answer.facts, intent
        assert all(f in base.facts for f in answer.facts)
    assert all(fact.section in base.sections for fact in base.facts.values())


def test_default_dir_is_the_source_knowledge_folder():
    """From a checkout, the default knowledge folder is the repository's knowledge/."""
    assert (loader.default_dir() / "intents.yaml").is_file()


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Leg Cramps", "leg cramps"),
        ("can't breathe", "cant breathe"),
        ("  ", ""),
        ("Parkinson's", "parkinsons"),
    ],
)
def test_norm(phrase, expected):
    """norm() is how a knowledge phrase is stored: cleaned lowercase words joined by spaces (stemmed later, once)."""
    assert loader.norm(phrase) == expected


def test_read_remembers_lines(tmp_path):
    """read() returns mappings and lists that know the line of each key and item."""
    path = tmp_path / "x.yaml"
    path.write_text("# comment\ntop:\n  a: 1\n  list:\n    - one\n    - two\n", encoding="utf-8")
    data = read(path)
    assert isinstance(data, LineDict) and isinstance(data["top"], LineDict)
    assert data.line_of("top") == 2
    assert data["top"].line_of("a") == 3
    items = data["top"]["list"]
    assert isinstance(items, LineList)
    assert [items.line_of(0), items.line_of(1)] == [5, 6]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("a: 1\nb: [1, 2\n", 3, "not valid YAML"),
        ("a: 1\n  b: 2\n", 2, "not valid YAML"),
        ("a: 1\nb: 2\na: 3\n", 3, "duplicate key"),
        ("outer:\n  x: 1\n  x: 2\n", 3, "duplicate key"),
        ("a: !!python/object:os.system echo\n", 1, "not valid YAML"),
    ],
)
def test_read_reports_bad_yaml_with_line(tmp_path, text, line, words):
    """Invalid YAML, duplicate keys and unsafe tags are a KnowledgeError naming the file and line."""
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        read(path)
    (problem,) = caught.value.problems
    assert problem.file == "bad.yaml"
    assert problem.line == line
    assert words in problem.message


def test_read_missing_and_unreadable_files(tmp_path):
    """A missing file and a file that is not UTF-8 are reported by name, not as a traceback."""
    with pytest.raises(KnowledgeError, match="missing"):
        read(tmp_path / "absent.yaml")
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"a: caf\xe9\n")
    with pytest.raises(KnowledgeError, match="cannot be read"):
        read(path)


@pytest.mark.parametrize(
    ("problem", "text"),
    [(Problem("a.yaml", 3, "bad"), "a.yaml:3: bad"), (Problem("a.yaml", None, "bad"), "a.yaml: bad")],
)
def test_problem_reads_like_a_compiler_message(problem, text):
    """A Problem prints as file:line: message (file: message when the line is unknown)."""
    assert str(problem) == text


def test_missing_required_key_is_located(knowledge_copy):
    """An answer without its title is reported in answers.yaml at that answer, naming the key."""
    path = knowledge_copy / "answers.yaml"
    start = _line_of(path, "  overuse:")
    _replace(path, '    title: "Overuse of a muscle"\n', "")
    (problem,) = _problems(knowledge_copy)
    assert problem.file == "answers.yaml"
    assert start <= problem.line <= start + 3
    assert "overuse" in problem.message and "title" in problem.message


def test_all_problems_are_listed_at_once(knowledge_copy):
    """Problems in several files are all reported together, each with its own file."""
    _replace(knowledge_copy / "answers.yaml", "facts: [electrolyte_imbalance, low_minerals]", "facts: [nope]")
    _replace(
        knowledge_copy / "intents.yaml",
        "related: [dehydration, electrolytes, prevention]",
        "related: [nowhere]",
    )
    _replace(knowledge_copy / "messages.yaml", "not medical advice", "not advice")
    files = {p.file for p in _problems(knowledge_copy)}
    assert {"answers.yaml", "intents.yaml", "messages.yaml"} <= files


def test_missing_folder_lists_every_file(tmp_path):
    """Pointing at an empty folder reports each knowledge file as missing."""
    problems = _problems(tmp_path)
    assert {p.file for p in problems} == {f"{name}.yaml" for name in loader.FILES}


def test_missing_contract_intent_is_reported(knowledge_copy):
    """Removing a contract intent (and its answer) is reported: the intent ids are a fixed contract."""
    path = knowledge_copy / "intents.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  goodbye:\n")
    end = text.index("  help:\n")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    answers = knowledge_copy / "answers.yaml"
    text = answers.read_text(encoding="utf-8")
    start, end = text.index("  goodbye:\n"), text.index("  help:\n")
    answers.write_text(text[:start] + text[end:], encoding="utf-8")
    messages = [p.message for p in _problems(knowledge_copy)]
    assert any("goodbye" in m and "missing" in m for m in messages)


def test_loaded_values_are_read_only(engine):
    """The loaded knowledge base cannot be changed by accident (frozen values, read-only mappings)."""
    with pytest.raises(TypeError):
        engine.kb.intents["x"] = None  # type: ignore[index]
    with pytest.raises(AttributeError):
        engine.kb.article_title = "x"  # type: ignore[misc]


def test_bad_kind_settings_are_located(knowledge_copy):
    """An unknown kind in by_opener and an overview that is not an overview topic are each reported in kinds.yaml."""
    path = knowledge_copy / "kinds.yaml"
    _replace(path, "by_opener: {what: what,", "by_opener: {what: whatever,")
    _replace(path, "    overview: causes\n", "    overview: posture\n")
    problems = _problems(knowledge_copy)
    assert {p.file for p in problems} == {"kinds.yaml"}
    messages = " ".join(p.message for p in problems)
    assert "whatever" in messages and "posture" in messages
    assert all(p.line for p in problems)


def test_an_unknown_carried_place_is_located(knowledge_copy):
    """A carried place that names no concept is reported in red_flags.yaml with its line."""
    path = knowledge_copy / "red_flags.yaml"
    _replace(path, "  places: [calf]\n", "  places: [calff]\n")
    problems = _problems(knowledge_copy)
    assert [(p.file, "calff" in p.message) for p in problems] == [("red_flags.yaml", True)]
    assert problems[0].line == _line_of(path, "carried_places:")
