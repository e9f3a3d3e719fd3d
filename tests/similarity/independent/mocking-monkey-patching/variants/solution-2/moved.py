from typing import Callable, NamedTuple


class _Timer(NamedTuple):
    order: int
    # Compared as tuples; `order` is unique, so callbacks are never compared.
    due: float
    callback: Callable[[], object]


def _check_non_negative(value, what):
    if value < 0:
        raise ValueError(f"{what} must be >= 0, got {value!r}")


class FakeClock:
    """A manually driven clock; timers live in a plain list and the earliest is found with min()."""

    def __init__(self, start=0.0):
        self.now = float(start)
        self.scheduled = 0
        self.timers = []

    def monotonic(self):
        return self.now

    def call_later(self, delay, callback):
        _check_non_negative(delay, "delay")
        self.timers.append(_Timer(self.now + delay, self.scheduled, callback))
        self.scheduled += 1

    def _pop_due(self, until):
        if not self.timers:
            return None
        earliest = min(self.timers)
        if earliest.due > until:
            return None
        self.timers.remove(earliest)
        return earliest

    def advance(self, seconds):
        _check_non_negative(seconds, "seconds")
        end = self.now + seconds
        timer = self._pop_due(end)
        while timer is not None:
            self.now = timer.due
            timer.callback()
            timer = self._pop_due(end)
        self.now = end

    sleep = advance
