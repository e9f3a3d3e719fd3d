import os
import tempfile
from pathlib import Path


def atomic_write(path, text, encoding="utf-8"):
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with open(fd, "w", encoding=encoding, newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


class Typed:
    def __init__(self, kind, *, minimum=None):
        self.kind = kind
        self.minimum = minimum
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError(
                f"{type(instance).__name__!r} object has no attribute {self.name!r}"
            ) from None

    def __set__(self, instance, value):
        wrong_bool = self.kind is int and isinstance(value, bool)
        if wrong_bool or not isinstance(value, self.kind):
            raise TypeError(
                f"{self.name}: expected {self.kind.__name__}, got {type(value).__name__}"
            )
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name}: {value!r} is below {self.minimum!r}")
        # A data descriptor wins over the instance dict, so the same key is safe.
        instance.__dict__[self.name] = value


import heapq
import itertools


class FakeClock:
    def __init__(self, start=0.0):
        self._now = float(start)
        self._timers = []  # heap of (due, sequence, callback)
        self._seq = itertools.count()

    def monotonic(self):
        return self._now

    def call_later(self, delay, callback):
        if delay < 0:
            raise ValueError("delay must not be negative")
        # the sequence number keeps FIFO order for equal due times and
        # stops heapq from ever comparing two callbacks
        heapq.heappush(self._timers, (self._now + delay, next(self._seq), callback))

    def advance(self, seconds):
        if seconds < 0:
            raise ValueError("cannot move time backwards")
        end = self._now + seconds
        while self._timers and self._timers[0][0] <= end:
            due, _, callback = heapq.heappop(self._timers)
            self._now = due
            callback()
        self._now = end

    def sleep(self, seconds):
        self.advance(seconds)
