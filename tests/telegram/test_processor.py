"""Per-chat ordered processing: each chat in turn, many chats at once, and a busy chat stalls no other."""

from __future__ import annotations

import asyncio

from telegram import Chat, Message, Update

from bot.tgbot.processor import ChatOrderedProcessor


def _update(update_id: int, chat_id: int) -> Update:
    message = Message(update_id, None, Chat(chat_id, Chat.PRIVATE), text="hi")
    return Update(update_id, message=message)


def test_a_busy_chat_does_not_stall_another(run):
    """With two working slots, a chat whose first turn is stuck and two more waiting still leaves a slot
    for another chat (waiting for a chat's turn holds no slot)."""

    async def scenario():
        processor = ChatOrderedProcessor(2)
        stuck, done = asyncio.Event(), []

        async def work(name: str, wait: bool = False) -> None:
            if wait:
                await stuck.wait()
            done.append(name)

        busy = [
            asyncio.create_task(processor.process_update(_update(n, 1), work(f"a{n}", n == 1)))
            for n in (1, 2, 3)
        ]
        await asyncio.sleep(0.05)
        other = asyncio.create_task(processor.process_update(_update(4, 2), work("b")))
        await asyncio.wait_for(other, 2)  # before the stuck turn is released
        finished_first = list(done)
        stuck.set()
        await asyncio.gather(*busy)
        return finished_first, done

    finished_first, done = run(scenario())
    assert finished_first == ["b"]
    assert done == ["b", "a1", "a2", "a3"]  # the busy chat's turns, in order


def test_at_most_the_working_slots_run_at_once(run):
    """However many chats have updates, no more than the set number are handled at the same moment."""

    async def scenario():
        processor = ChatOrderedProcessor(3)
        running, peak = 0, 0

        async def work() -> None:
            nonlocal running, peak
            running += 1
            peak = max(peak, running)
            await asyncio.sleep(0.01)
            running -= 1

        await asyncio.gather(*(processor.process_update(_update(n, n), work()) for n in range(1, 21)))
        return peak

    assert run(scenario()) == 3
