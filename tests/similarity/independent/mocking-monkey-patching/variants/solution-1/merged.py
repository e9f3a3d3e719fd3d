import functools
import time


def retry(*, attempts=3, retry_on=(ConnectionError, TimeoutError),
          base_delay=0.1, max_delay=2.0, jitter=None, sleep=time.sleep):
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    retry_on = tuple(retry_on)

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except retry_on:
                    if attempt == attempts:
                        raise
                delay = min(max_delay, base_delay * 2 ** (attempt - 1))
                sleep(jitter(delay) if jitter is not None else delay)

        return wrapper

    return decorator


import heapq
import itertools


class FakeClock:
    """Deterministic clock for tests: time only moves when told to."""

    def __init__(self, start=0.0):
        self._now = float(start)
        self._timers = []  # heap of (due, sequence, callback)
        self._sequence = itertools.count()

    def monotonic(self):
        return self._now

    def call_later(self, delay, callback):
        _check_non_negative("delay", delay)
        due = self._now + delay
        heapq.heappush(self._timers, (due, next(self._sequence), callback))

    def advance(self, seconds):
        _check_non_negative("seconds", seconds)
        target = self._now + seconds
        while self._timers and self._timers[0][0] <= target:
            due, _, callback = heapq.heappop(self._timers)
            # A callback may itself sleep; never let time run backwards.
            self._now = max(self._now, due)
            callback()
        self._now = max(self._now, target)

    def sleep(self, seconds):
        self.advance(seconds)


def _check_non_negative(label, value):
    if value < 0:
        raise ValueError("{} must not be negative, got {!r}".format(label, value))


async def chunks(source, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    it = aiter(source)
    try:
        batch = []
        async for item in it:
            batch.append(item)
            if len(batch) == size:
                yield batch
                batch = []
        if batch:
            yield batch
    finally:
        close = getattr(it, "aclose", None)
        if close is not None:
            await close()
