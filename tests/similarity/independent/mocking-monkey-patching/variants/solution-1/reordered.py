import heapq
import itertools


class FakeClock:
    """Deterministic clock for tests: time only moves when told to."""

    def sleep(self, seconds):
        self.advance(seconds)

    def advance(self, seconds):
        _check_non_negative("seconds", seconds)
        target = self._now + seconds
        while self._timers and self._timers[0][0] <= target:
            due, _, callback = heapq.heappop(self._timers)
            # A callback may itself sleep; never let time run backwards.
            self._now = max(self._now, due)
            callback()
        self._now = max(self._now, target)

    def call_later(self, delay, callback):
        _check_non_negative("delay", delay)
        due = self._now + delay
        heapq.heappush(self._timers, (due, next(self._sequence), callback))

    def monotonic(self):
        return self._now

    def __init__(self, start=0.0):
        self._now = float(start)
        self._timers = []  # heap of (due, sequence, callback)
        self._sequence = itertools.count()


def _check_non_negative(label, value):
    if value < 0:
        raise ValueError("{} must not be negative, got {!r}".format(label, value))
