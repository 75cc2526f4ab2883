"""A sound device as ``play`` and ``aplay`` drive it: the producer side of a ``DeviceSink``.

The device plays from its own audio thread; these only queue chunks, wait for room, and
wait for the end. ``Device`` blocks its caller's thread (in short slices, so Ctrl-C gets
through on every platform); ``AsyncDevice`` never blocks the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import Final

from ._devices import DeviceSink

__all__ = ["AsyncDevice", "Device"]

_POLL: Final = 0.05  # how long Device waits at a time for the device to finish playing
_ASYNC_POLL: Final = 0.01  # how often AsyncDevice looks at a full queue; see AsyncDevice


class Device:
    """A sound device driven from the caller's thread."""

    def __init__(self, device: DeviceSink) -> None:
        self._device = device

    def write(self, chunk: bytes) -> bool:
        self._device.put(chunk)  # waits while the queue is full: playback paces the source
        return True

    def finish(self) -> None:
        self._device.end_input()
        while not self._device.wait_played(_POLL):
            pass
        self._device.check()
        time.sleep(self._device.tail_seconds)
        self._device.close()

    def close(self) -> None:
        self._device.close()


class AsyncDevice:
    """A sound device driven from the event loop.

    The device plays from its own thread; the loop only queues chunks. While the queue is
    full (the source is ahead of playback) it checks back every 10 ms, short next to the
    device's own buffer, rather than keep a thread blocked for it.
    """

    def __init__(self, device: DeviceSink) -> None:
        self._device = device

    async def write(self, chunk: bytes) -> bool:
        self._device.put(chunk, block=False)
        while not self._device.has_room():
            await asyncio.sleep(_ASYNC_POLL)
            self._device.check()
        return True

    async def finish(self) -> None:
        played = asyncio.Event()
        loop = asyncio.get_running_loop()

        def wake() -> None:  # runs on the device's thread
            with contextlib.suppress(RuntimeError):  # the loop has closed: nobody waits any more
                loop.call_soon_threadsafe(played.set)

        self._device.call_when_played(wake)
        self._device.end_input()
        await played.wait()
        self._device.check()
        await asyncio.sleep(self._device.tail_seconds)
        self._device.close()

    async def aclose(self) -> None:
        self._device.close()
