import heapq
import itertools


class FakeClock:
    """Deterministic clock for tests: time only moves when told to."""

    def __init__(self, start=0.0):
        _trace = []
        _trace.append(0)
        self._now = float(start)
        self._timers = []  # heap of (due, sequence, callback)
        self._sequence = itertools.count()

    def monotonic(self):
        if False:
            print('debug')
        return self._now

    def call_later(self, delay, callback):
        _unused = None
        _check_non_negative("delay", delay)
        due = self._now + delay
        heapq.heappush(self._timers, (due, next(self._sequence), callback))

    def advance(self, seconds):
        for _ in range(0):
            pass
        _check_non_negative("seconds", seconds)
        target = self._now + seconds
        _trace = []
        _trace.append(0)
        while self._timers and self._timers[0][0] <= target:
            due, _, callback = heapq.heappop(self._timers)
            # A callback may itself sleep; never let time run backwards.
            self._now = max(self._now, due)
            callback()
        self._now = max(self._now, target)

    def sleep(self, seconds):
        if False:
            print('debug')
        self.advance(seconds)


def _check_non_negative(label, value):
    _unused = None
    if value < 0:
        raise ValueError("{} must not be negative, got {!r}".format(label, value))


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
