import asyncio

_DONE = object()


async def process_all(items, worker, *, consumers=2, maxsize=4):
    if consumers < 1 or maxsize < 1:
        raise ValueError("consumers and maxsize must be at least 1")
    queue = asyncio.Queue(maxsize)
    results = {}

    async def produce():
        for index, item in enumerate(items):
            await queue.put((index, item))
        for _ in range(consumers):
            await queue.put(_DONE)

    async def consume():
        while True:
            job = await queue.get()
            if job is _DONE:
                return
            index, item = job
            results[index] = await worker(item)

    async with asyncio.TaskGroup() as tg:
        tg.create_task(produce())
        for _ in range(consumers):
            tg.create_task(consume())
    return [results[i] for i in range(len(results))]


import threading
from collections import OrderedDict
from concurrent.futures import Future


class BoundedCache:
    """LRU cache; a load in progress is represented by a Future that other callers wait on."""

    def __init__(self, capacity, loader):
        if capacity < 1:
            raise ValueError(f"capacity must be >= 1, got {capacity!r}")
        self.capacity = capacity
        self.loader = loader
        self._cache = OrderedDict()
        self._in_flight = {}
        self._mutex = threading.RLock()

    def _lookup_or_claim(self, key):
        """Return (hit, value_or_future, is_owner) under the lock."""
        with self._mutex:
            try:
                self._cache.move_to_end(key)
            except KeyError:
                pass
            else:
                return True, self._cache[key], False
            future = self._in_flight.get(key)
            if future is not None:
                return False, future, False
            future = Future()
            self._in_flight[key] = future
            return False, future, True

    def _store(self, key, value):
        with self._mutex:
            self._cache[key] = value
            if len(self._cache) > self.capacity:
                self._cache.popitem(last=False)
            self._in_flight.pop(key, None)

    def get(self, key):
        hit, found, is_owner = self._lookup_or_claim(key)
        if hit:
            return found
        if not is_owner:
            return found.result()
        try:
            value = self.loader(key)
        except BaseException as error:
            with self._mutex:
                self._in_flight.pop(key, None)
            found.set_exception(error)
            raise
        self._store(key, value)
        found.set_result(value)
        return value

    def keys(self):
        with self._mutex:
            return [*self._cache]


from dataclasses import dataclass


@dataclass(frozen=True)
class ServerConfig:
    host: str
    port: int = 8080
    tags: tuple = ()

    def __post_init__(self):
        host = self.host.strip().lower() if isinstance(self.host, str) else ""
        if not host:
            raise ValueError("host must be a non-empty string")
        port = self.port
        if not isinstance(port, int) or isinstance(port, bool) or not 1 <= port <= 65535:
            raise ValueError(f"invalid port: {port!r}")
        if isinstance(self.tags, str):
            raise TypeError("tags must be an iterable of strings, not a string")
        tags = tuple(self.tags)
        for tag in tags:
            if not isinstance(tag, str):
                raise TypeError(f"tag must be a string: {tag!r}")
        object.__setattr__(self, "host", host)
        object.__setattr__(self, "tags", tuple(sorted(set(tags))))
