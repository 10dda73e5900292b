"""Sending: the one way replies go out, with topic and feedback buttons."""

from __future__ import annotations

from telegram import Chat, LinkPreviewOptions, Message, ReplyParameters
from telegram.constants import ChatAction, ParseMode

from bot.model import CLARIFY, Choice, Reply
from bot.tgbot.html import Outgoing, blocks, join, render
from bot.tgbot.keyboards import keyboard
from bot.tgbot.services import Ctx

LABELS = ("related_label", "suggestions_label")
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


async def typing(context: Ctx, chat_id: int, thread_id: int | None = None) -> None:
    """Show "typing…" in the chat while the answer is prepared."""
    await context.bot.send_chat_action(chat_id, ChatAction.TYPING, message_thread_id=thread_id)


def feedback_intent(reply: Reply) -> str | None:
    """The topic a health answer's 👍/👎 are about; None for replies that get no feedback buttons."""
    if reply.is_health and reply.intents and reply.kind != CLARIFY:
        return reply.intents[0]
    return None


async def send(
    context: Ctx,
    chat_id: int,
    messages: list[Outgoing],
    reply_to: Message | None = None,
    feedback: str | None = None,
) -> None:
    """Send messages in order; in groups the first one quotes the message it answers."""
    quote = reply_to is not None and reply_to.chat.type != Chat.PRIVATE
    thread_id = reply_to.message_thread_id if reply_to is not None and reply_to.is_topic_message else None
    long_ids = context.bot_data.long_ids
    for index, out in enumerate(messages):
        last = index == len(messages) - 1
        await context.bot.send_message(
            chat_id,
            out.text,
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard(out.buttons, long_ids, feedback if last else None),
            link_preview_options=NO_PREVIEW,
            message_thread_id=thread_id,
            reply_parameters=(
                ReplyParameters(reply_to.message_id, allow_sending_without_reply=True)
                if quote and index == 0 and reply_to is not None
                else None
            ),
        )


async def send_reply(context: Ctx, chat_id: int, reply: Reply, reply_to: Message | None = None) -> None:
    """Send an engine reply: urgent guidance first, answer, disclaimer, topic and feedback buttons."""
    engine = context.bot_data.engine
    labels = {name: engine.message(name) for name in LABELS}
    await send(context, chat_id, render(reply, labels), reply_to, feedback_intent(reply))


async def send_text(
    context: Ctx,
    chat_id: int,
    text: str,
    buttons: tuple[Choice, ...] = (),
    reply_to: Message | None = None,
    footer: str | None = None,
) -> None:
    """Send a fixed plain text (escaped here), with an optional italic footer and topic buttons."""
    parts = blocks(text) + (blocks(footer, "i") if footer else [])
    texts = join(parts)
    messages = [Outgoing(t) for t in texts[:-1]] + [Outgoing(texts[-1], buttons)]
    await send(context, chat_id, messages, reply_to)
