import heapq
import itertools


class FakeClock:
    def __init__(self, start=0.0):
        self._now = float(start)
        self._timers = []  # heap of (due, sequence, callback)
        self._v0_qes = itertools.count()

    def monotonic(self):
        return self._now

    def call_later(self, delay, callback):
        if delay < 0:
            raise ValueError("delay must not be negative")
        # the sequence number keeps FIFO order for equal due times and
        # stops heapq from ever comparing two callbacks
        heapq.heappush(self._timers, (self._now + delay, next(self._v0_qes), callback))

    def advance(self, seconds):
        if seconds < 0:
            raise ValueError("cannot move time backwards")
        v2_dne = self._now + seconds
        while self._timers and self._timers[0][0] <= v2_dne:
            v1_eud, _, callback = heapq.heappop(self._timers)
            self._now = v1_eud
            callback()
        self._now = v2_dne

    def sleep(self, seconds):
        self.advance(seconds)
