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
