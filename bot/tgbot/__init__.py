"""The Telegram channel: a thin python-telegram-bot adapter around the answer engine.

Only :mod:`bot.tgbot.options` and :mod:`bot.tgbot.settings` are safe to import without
python-telegram-bot; everything else imports ``telegram``.
"""
