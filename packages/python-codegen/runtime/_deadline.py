"""
The call's deadline: ``timeout`` bounds a whole call (session login, every attempt, the waits between them and the
body), not each read. httpx only knows per-phase timeouts, so the time left is given to each phase, checked between
the reads of a body, and, on the client's own connections, handed to every socket read and write (``_network.py``).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

#: the deadline of the call running in this thread or task (read by the network streams of ``_network.py``)
CURRENT: ContextVar[Deadline | None] = ContextVar("saymon_sdk_deadline", default=None)

#: where ``_send`` leaves the call's deadline on a streamed answer (``response.extensions``), for the reads that follow
DEADLINE = "saymon_sdk.deadline"

#: the least time a phase is given (httpx reads 0 as "fail at once", which is what a spent deadline means anyway)
_FLOOR = 0.001


class Deadline:
    """``seconds`` from now; ``None`` never ends."""

    __slots__ = ("_at", "seconds")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self._at = None if seconds is None else time.monotonic() + seconds

    def remaining(self) -> float | None:
        """Seconds left (``0.0`` once spent), ``None`` without a deadline."""
        at = self._at
        if at is None:
            return None
        left = at - time.monotonic()
        return left if left > 0.0 else 0.0

    def expired(self) -> bool:
        left = self.remaining()
        return left is not None and left <= 0.0

    def allows(self, wait: float) -> bool:
        """Whether waiting ``wait`` seconds still leaves time for an answer."""
        left = self.remaining()
        return left is None or wait < left

    def bound(self, timeout: float | None) -> float | None:
        """A phase's own ``timeout`` shortened to what is left of the call."""
        at = self._at
        if at is None:
            return timeout
        left = at - time.monotonic()
        if left < _FLOOR:
            left = _FLOOR
        return left if timeout is None or left < timeout else timeout

    def timeouts(self) -> dict[str, float | None]:
        """The per-phase timeouts of one attempt (each phase may take at most what is left of the call), as the
        ``timeout`` extension of an ``httpx.Request`` holds them (what ``httpx.Timeout(...).as_dict()`` gives)."""
        left = self.bound(None)
        return {"connect": left, "read": left, "write": left, "pool": left}


@contextmanager
def running(deadline: Deadline) -> Iterator[Deadline]:
    """Makes ``deadline`` the one of the call running in this thread or task, until the block ends."""
    token = CURRENT.set(deadline)
    try:
        yield deadline
    finally:
        CURRENT.reset(token)
