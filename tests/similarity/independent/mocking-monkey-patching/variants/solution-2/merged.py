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


from typing import Callable, NamedTuple


class _Timer(NamedTuple):
    # Compared as tuples; `order` is unique, so callbacks are never compared.
    due: float
    order: int
    callback: Callable[[], object]


def _check_non_negative(value, what):
    if value < 0:
        raise ValueError(f"{what} must be >= 0, got {value!r}")


class FakeClock:
    """A manually driven clock; timers live in a plain list and the earliest is found with min()."""

    def __init__(self, start=0.0):
        self.now = float(start)
        self.timers = []
        self.scheduled = 0

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
