"""``python -m bot.tgbot``: the same as ``spasm-bot telegram``."""

import argparse

from bot.tgbot.options import add_arguments, run

parser = argparse.ArgumentParser(prog="python -m bot.tgbot", description="Run the spasm-bot Telegram bot.")
add_arguments(parser)
raise SystemExit(run(parser.parse_args()))
