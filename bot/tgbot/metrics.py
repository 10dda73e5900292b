"""Prometheus metrics with bounded labels only: reply kinds, intent ids, fixed names. Never a chat,
a user or any text. Each bot has its own registry (two bots in one test process never collide)."""

from __future__ import annotations

from collections.abc import Iterable

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from telegram import error as tg_errors

from bot.model import CLARIFY, FALLBACK, Reply

OTHER = "other"
# How a question reached the engine (the "question kind" label).
QUESTION_KINDS = ("text", "caption", "edited", "button", "deep_link", "inline")
VOTES = ("up", "down")
# Bot API error types worth telling apart; anything else counts as "other".
API_ERRORS = frozenset(
    name for name in dir(tg_errors) if isinstance(getattr(tg_errors, name), type) and name[0].isupper()
)
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


def triage_level(reply: Reply) -> str:
    """The reply's triage level: "emergency", "same-day" or "none"."""
    return reply.triage or "none"


class Metrics:
    """The bot's counters and histograms, and the text exposition of them for ``/metrics``."""

    def __init__(self, intents: Iterable[str]) -> None:
        self.intents = frozenset(intents)
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.replies = Counter(
            "spasm_bot_replies", "Engine replies to questions, by kind", ["kind"], registry=r
        )
        self.reply_intents = Counter(
            "spasm_bot_reply_intents", "Topics answered, by intent", ["intent"], registry=r
        )
        self.questions = Counter(
            "spasm_bot_questions", "Questions read, by how they came", ["question_kind"], registry=r
        )
        self.triage = Counter("spasm_bot_triage", "Replies by triage level", ["level"], registry=r)
        self.did_you_mean = Counter("spasm_bot_did_you_mean", "'Did you mean' choices offered", registry=r)
        self.out_of_scope = Counter("spasm_bot_out_of_scope", "Questions out of scope", registry=r)
        self.feedback = Counter(
            "spasm_bot_feedback", "Feedback votes, by intent", ["intent", "vote"], registry=r
        )
        self.latency = Histogram(
            "spasm_bot_update_seconds", "Time to handle one update", buckets=LATENCY_BUCKETS, registry=r
        )
        self.api_errors = Counter("spasm_bot_api_errors", "Bot API errors, by type", ["type"], registry=r)
        self.store_errors = Counter("spasm_bot_store_errors", "Conversation store failures", registry=r)

    def intent(self, intent: str | None) -> str:
        """A label value for an intent: a known intent id, else "other"."""
        return intent if intent in self.intents else OTHER

    def reply(self, reply: Reply, question_kind: str) -> None:
        """Count one engine reply to a question."""
        self.questions.labels(question_kind if question_kind in QUESTION_KINDS else OTHER).inc()
        self.replies.labels(reply.kind).inc()
        self.triage.labels(triage_level(reply)).inc()
        for intent in reply.intents:
            self.reply_intents.labels(self.intent(intent)).inc()
        if reply.kind == CLARIFY:
            self.did_you_mean.inc()
        elif reply.kind == FALLBACK:
            self.out_of_scope.inc()

    def vote(self, intent: str | None, vote: str) -> None:
        self.feedback.labels(self.intent(intent), vote if vote in VOTES else OTHER).inc()

    def api_error(self, error: BaseException) -> None:
        name = type(error).__name__
        self.api_errors.labels(name if name in API_ERRORS else OTHER).inc()

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
