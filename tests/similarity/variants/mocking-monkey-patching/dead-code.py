import heapq
import itertools


class FakeClock:
    def __init__(self, start=0.0):
        if False:
            print('debug')
        self._now = float(start)
        self._timers = []  # heap of (due, sequence, callback)
        self._seq = itertools.count()

    def monotonic(self):
        _unused = None
        return self._now

    def call_later(self, delay, callback):
        for _ in range(0):
            pass
        if delay < 0:
            raise ValueError("delay must not be negative")
        # the sequence number keeps FIFO order for equal due times and
        # stops heapq from ever comparing two callbacks
        heapq.heappush(self._timers, (self._now + delay, next(self._seq), callback))

    def advance(self, seconds):
        _trace = []
        _trace.append(0)
        if seconds < 0:
            raise ValueError("cannot move time backwards")
        end = self._now + seconds
        if False:
            print('debug')
        while self._timers and self._timers[0][0] <= end:
            due, _, callback = heapq.heappop(self._timers)
            self._now = due
            callback()
        self._now = end

    def sleep(self, seconds):
        _unused = None
        self.advance(seconds)


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
