_NOTHING = object()


class Peekable:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._cached = _NOTHING
        self._done = False

    def __iter__(self):
        return self

    def _fill(self):
        # True when an item is cached; reads at most one item ahead.
        if self._cached is not _NOTHING:
            return True
        if self._done:
            return False
        try:
            self._cached = next(self._it)
        except StopIteration:
            self._done = True
            return False
        return True

    def __next__(self):
        if not self._fill():
            raise StopIteration
        value, self._cached = self._cached, _NOTHING
        return value

    def peek(self, default=_NOTHING):
        if self._fill():
            return self._cached
        if default is _NOTHING:
            raise StopIteration
        return default

    def __bool__(self):
        return self._fill()


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
