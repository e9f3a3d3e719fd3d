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


class _Load:
    """One in-flight call to the loader, shared by every caller asking for its key."""

    def __init__(self):
        self.done = threading.Event()
        self.value = None
        self.error = None

    def result(self):
        self.done.wait()
        if self.error is not None:
            raise self.error
        return self.value


class BoundedCache:
    """Thread-safe LRU cache that loads missing keys on demand, once per key."""

    def __init__(self, capacity, loader):
        if capacity < 1:
            raise ValueError("capacity must be at least 1, got {!r}".format(capacity))
        self.capacity = capacity
        self.loader = loader
        self._entries = OrderedDict()
        self._loading = {}
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
            load = self._loading.get(key)
            if load is not None:
                owner = False
            else:
                load = self._loading[key] = _Load()
                owner = True

        if not owner:
            return load.result()
        return self._run_load(key, load)

    def _run_load(self, key, load):
        # The loader runs without the lock so loads of other keys proceed in parallel.
        try:
            value = self.loader(key)
        except BaseException as exc:
            with self._lock:
                del self._loading[key]
            load.error = exc
            load.done.set()
            raise

        with self._lock:
            del self._loading[key]
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.capacity:
                self._entries.popitem(last=False)
        load.value = value
        load.done.set()
        return value

    def keys(self):
        with self._lock:
            return list(self._entries)


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
