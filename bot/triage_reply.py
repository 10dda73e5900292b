"""The sections a red flag puts at the top of a reply: what to do now, at its care level."""

from __future__ import annotations

from collections.abc import Callable

from bot import kb, model
from bot.model import EMERGENCY, SAME_DAY, Section, TriageLevel


class TriageSections:
    """Builds the emergency, same-day, caution and reminder blocks from red_flags.yaml's texts."""

    def __init__(
        self,
        base: kb.KnowledgeBase,
        source: Callable[[tuple[str, ...]], str],
        emergency_number: str | None = None,
        urgent_care_line: str | None = None,
    ) -> None:
        self.flags = base.red_flags
        self.facts = base.facts
        self.texts = base.red_flags.texts
        self.source = source
        t = self.texts
        if emergency_number:
            self.call = t["configured"].replace("{number}", emergency_number)
        else:
            self.call = t["unconfigured"].replace("{numbers}", t["numbers"])
        if urgent_care_line:
            self.care_call = t["urgent_care_configured"].replace("{line}", urgent_care_line)
        else:
            self.care_call = t["urgent_care_unconfigured"]
        self.numbers = emergency_number or t["numbers"]

    def lead(self, level: TriageLevel, rules: tuple[str, ...]) -> list[Section]:
        """The block for the most urgent level among ``rules``, then the article's facts those rules name."""
        top = tuple(r for r in rules if self.flags.rules[r].level == level) or rules
        advice, sources = self._advice(top)
        if level == EMERGENCY:
            title, body = (
                self.texts["emergency_title"],
                self.texts["emergency_body"].replace("{call}", self.call),
            )
        else:
            title = self.texts["same_day_title"]
            body = (
                self.texts["same_day_body"]
                .replace("{call}", self.care_call)
                .replace("{numbers}", self.numbers)
            )
        body = body.replace("{advice}", advice)
        kind = model.URGENT if level == EMERGENCY else "same_day"
        out = [Section(kind, title, body, source=sources)]
        facts = tuple(dict.fromkeys(f for r in top for f in self.flags.rules[r].facts))
        if level == EMERGENCY and facts:
            text = " ".join(self.facts[f].text for f in facts)
            out.append(Section("answer", self.texts["facts_title"], text, None, self.source(facts)))
        return out

    def caution(self) -> Section:
        """One line for a red flag that is named but exempt: if it is happening now, call."""
        return Section("caution", "", self.texts["caution"].replace("{numbers}", self.numbers))

    def if_it_happens(self, rules: tuple[str, ...]) -> Section:
        """For "what should I do if my child ever has a fit?": the call line, then what to do for each red flag."""
        advice, sources = self._advice(rules)
        body = f"{self.caution().body}\n\n{advice}"
        return Section("caution", self.texts["if_it_happens_title"], body, source=sources)

    def _advice(self, rules: tuple[str, ...]) -> tuple[str, str]:
        """Each rule's what-to-do text under its name, and the public guidance they restate."""
        advice = "\n\n".join(f"{self.flags.rules[r].name}: {self.flags.rules[r].advice}" for r in rules)
        sources = "; ".join(dict.fromkeys(self.flags.rules[r].source for r in rules))
        return advice, f"general guidance from {sources}"

    def reminder(self, flags: tuple[str, ...]) -> Section:
        """One line, on later answers, for a red flag the conversation still remembers."""
        level = EMERGENCY if any(self.flags.rules[f].level == EMERGENCY for f in flags) else SAME_DAY
        care = self.texts["reminder_care_emergency" if level == EMERGENCY else "reminder_care_same_day"]
        names = ", ".join(self.flags.rules[f].name.lower() for f in flags)
        call = self.call if level == EMERGENCY else self.care_call
        text = (
            self.texts["reminder"].replace("{care}", care).replace("{names}", names).replace("{call}", call)
        )
        return Section("reminder", "", text)
