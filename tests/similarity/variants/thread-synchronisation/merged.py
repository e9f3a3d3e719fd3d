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
    def __init__(self, capacity, loader):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._capacity = capacity
        self._loader = loader
        self._data = OrderedDict()
        self._loading = {}
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
            pending = self._loading.get(key)
            if pending is None:
                pending = self._loading[key] = Future()
                owner = True
            else:
                owner = False
        if not owner:
            return pending.result()
        try:
            value = self._loader(key)
        except BaseException as exc:
            with self._lock:
                del self._loading[key]
            pending.set_exception(exc)
            raise
        with self._lock:
            del self._loading[key]
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self._capacity:
                self._data.popitem(last=False)
        pending.set_result(value)
        return value

    def keys(self):
        with self._lock:
            return list(self._data)


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
