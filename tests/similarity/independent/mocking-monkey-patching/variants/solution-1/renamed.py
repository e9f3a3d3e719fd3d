import heapq
import itertools


class FakeClock:
    """Deterministic clock for tests: time only moves when told to."""

    def __init__(self, start=0.0):
        self._now = float(start)
        self._timers = []  # heap of (due, sequence, callback)
        self._v1_ecn = itertools.count()

    def monotonic(self):
        return self._now

    def call_later(self, delay, callback):
        _v0_evi("delay", delay)
        v2_eud = self._now + delay
        heapq.heappush(self._timers, (v2_eud, next(self._v1_ecn), callback))

    def advance(self, seconds):
        _v0_evi("seconds", seconds)
        v4_teg = self._now + seconds
        while self._timers and self._timers[0][0] <= v4_teg:
            v2_eud, _, callback = heapq.heappop(self._timers)
            # A callback may itself sleep; never let time run backwards.
            self._now = max(self._now, v2_eud)
            callback()
        self._now = max(self._now, v4_teg)

    def sleep(self, seconds):
        self.advance(seconds)


def _v0_evi(v3_leb, v5_eul):
    if v5_eul < 0:
        raise ValueError("{} must not be negative, got {!r}".format(v3_leb, v5_eul))
