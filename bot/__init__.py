"""spasm-bot: answers questions about muscle spasms and cramps from one article."""

__version__ = "0.1.0"
