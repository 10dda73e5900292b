"""Free-text questions, photo captions, edited messages and non-text media; who a message is for."""

from __future__ import annotations

from telegram import Bot, Chat, Message, MessageEntity, Update
from telegram.ext import filters

from bot.tgbot.replies import send_reply, send_text, typing
from bot.tgbot.services import Ctx

# Media the bot cannot read; a caption on any of them is read as the question instead.
MEDIA = (
    filters.Sticker.ALL
    | filters.PHOTO
    | filters.VOICE
    | filters.AUDIO
    | filters.VIDEO
    | filters.VIDEO_NOTE
    | filters.ANIMATION
    | filters.Document.ALL
    | filters.LOCATION
    | filters.VENUE
    | filters.CONTACT
    | filters.POLL
    | filters.Dice.ALL
)
# Messages and edited messages only: channel posts and business messages never reach a handler.
PEOPLE = filters.UpdateType.MESSAGE | filters.UpdateType.EDITED_MESSAGE
QUESTIONS = PEOPLE & (filters.TEXT | filters.CAPTION) & ~filters.COMMAND
NON_TEXT = PEOPLE & MEDIA & ~filters.CAPTION


def _mentions(message: Message) -> dict[MessageEntity, str]:
    kinds = [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]
    return message.parse_entities(kinds) if message.text else message.parse_caption_entities(kinds)


def addressed_to_bot(message: Message, bot: Bot) -> bool:
    """True in private chats; in groups only for an @mention of this bot or a reply to it."""
    if message.chat.type == Chat.PRIVATE:
        return True
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
        return True
    return any(_is_me(entity, text, bot) for entity, text in _mentions(message).items())


def _is_me(entity: MessageEntity, text: str, bot: Bot) -> bool:
    if entity.type == MessageEntity.TEXT_MENTION:
        return entity.user is not None and entity.user.id == bot.id
    return bool(bot.username) and text.lower() == f"@{bot.username}".lower()


def question_text(message: Message, bot: Bot) -> str:
    """The message's text or caption without @mentions of this bot."""
    text = message.text or message.caption or ""
    for entity, mention in _mentions(message).items():
        if _is_me(entity, mention, bot) and entity.type == MessageEntity.MENTION:
            text = text.replace(mention, " ")
    return " ".join(text.split())


def question_kind(update: Update) -> str:
    """How a question came, for the metrics: "edited", "caption" or "text"."""
    if update.edited_message is not None:
        return "edited"
    return "text" if update.effective_message.text else "caption"


async def question(update: Update, context: Ctx) -> None:
    """Answer a question (a new or edited text, or a caption) with the engine's reply."""
    message = update.effective_message
    if not addressed_to_bot(message, context.bot):
        return
    services = context.bot_data
    chat_id = message.chat.id
    await typing(context, chat_id, message.message_thread_id if message.is_topic_message else None)
    before, now = await services.recall(chat_id)
    reply = services.engine.reply(question_text(message, context.bot), context=before, now=now)
    services.metrics.reply(reply, question_kind(update))
    await services.remember(chat_id, reply)
    await send_reply(context, chat_id, reply, message)


async def non_text(update: Update, context: Ctx) -> None:
    """Say kindly that only text can be read (stickers, photos without caption, voice…)."""
    message = update.effective_message
    if update.edited_message is not None or not addressed_to_bot(message, context.bot):
        return
    await send_text(context, message.chat.id, context.bot_data.engine.message("non_text"), reply_to=message)
