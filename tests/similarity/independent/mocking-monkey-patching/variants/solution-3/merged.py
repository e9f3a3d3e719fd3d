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


from collections import defaultdict, deque


class FakeClock:
    def __init__(self, start=0.0):
        self.current = float(start)
        # due time -> callbacks due then, in scheduling order
        self.buckets = defaultdict(deque)

    def monotonic(self):
        return self.current

    def call_later(self, delay, callback):
        if delay < 0:
            raise ValueError("negative delay")
        self.buckets[self.current + delay].append(callback)

    def advance(self, seconds):
        if seconds < 0:
            raise ValueError("negative duration")
        deadline = self.current + seconds
        while True:
            due_times = [when for when in self.buckets if when <= deadline]
            if not due_times:
                break
            when = min(due_times)
            bucket = self.buckets[when]
            callback = bucket.popleft()
            if not bucket:
                del self.buckets[when]
            self.current = when
            callback()
        self.current = deadline

    def sleep(self, seconds):
        return self.advance(seconds)


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
