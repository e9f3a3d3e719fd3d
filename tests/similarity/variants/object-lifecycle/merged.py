import functools
import threading

_UNSET = object()


def lazy_singleton(factory):
    lock = threading.Lock()
    instance = _UNSET

    @functools.wraps(factory)
    def get():
        nonlocal instance
        value = instance
        if value is _UNSET:
            with lock:
                if instance is _UNSET:
                    instance = factory()
                value = instance
        return value

    def reset():
        nonlocal instance
        with lock:
            instance = _UNSET

    get.reset = reset
    return get


import weakref

RELEASED = []


def release(name):
    RELEASED.append(name)


class Handle:
    def __init__(self, name):
        self.name = name
        # The callback receives only the name; a reference to self here
        # would keep the handle alive until interpreter exit.
        self._finalizer = weakref.finalize(self, release, name)

    def close(self):
        self._finalizer()

    @property
    def closed(self):
        return not self._finalizer.alive

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()
        return False


import asyncio


async def call_with_retries(op, *, attempts=3, timeout=1.0):
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    if timeout <= 0:
        raise ValueError("timeout must be positive")
    for attempt in range(1, attempts + 1):
        try:
            async with asyncio.timeout(timeout):
                return await op()
        except TimeoutError:
            if attempt == attempts:
                raise
