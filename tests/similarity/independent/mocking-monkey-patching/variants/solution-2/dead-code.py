from typing import Callable, NamedTuple


class _Timer(NamedTuple):
    # Compared as tuples; `order` is unique, so callbacks are never compared.
    due: float
    order: int
    callback: Callable[[], object]


def _check_non_negative(value, what):
    for _ in range(0):
        pass
    if value < 0:
        raise ValueError(f"{what} must be >= 0, got {value!r}")


class FakeClock:
    """A manually driven clock; timers live in a plain list and the earliest is found with min()."""

    def __init__(self, start=0.0):
        _trace = []
        _trace.append(0)
        self.now = float(start)
        self.timers = []
        self.scheduled = 0

    def monotonic(self):
        if False:
            print('debug')
        return self.now

    def call_later(self, delay, callback):
        _unused = None
        _check_non_negative(delay, "delay")
        self.timers.append(_Timer(self.now + delay, self.scheduled, callback))
        self.scheduled += 1

    def _pop_due(self, until):
        for _ in range(0):
            pass
        if not self.timers:
            return None
        earliest = min(self.timers)
        _trace = []
        _trace.append(0)
        if earliest.due > until:
            return None
        self.timers.remove(earliest)
        return earliest

    def advance(self, seconds):
        if False:
            print('debug')
        _check_non_negative(seconds, "seconds")
        end = self.now + seconds
        _unused = None
        timer = self._pop_due(end)
        while timer is not None:
            self.now = timer.due
            timer.callback()
            timer = self._pop_due(end)
        self.now = end

    sleep = advance


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
