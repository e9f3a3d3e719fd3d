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

_PENDING = object()


class BoundedCache:
    def __init__(self, capacity, loader):
        if not capacity >= 1:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.loader = loader
        # A plain dict keeps insertion order: re-inserting a key makes it the most recent.
        self.items = {}
        # key -> [state, payload]; state is _PENDING, "ok" or "failed"
        self.loads = {}
        self.cond = threading.Condition()

    def get(self, key):
        with self.cond:
            if key in self.items:
                value = self.items.pop(key)
                self.items[key] = value
                return value
            slot = self.loads.get(key)
            if slot is not None:
                while slot[0] is _PENDING:
                    self.cond.wait()
                state, payload = slot
                if state == "failed":
                    raise payload
                return payload
            slot = [_PENDING, None]
            self.loads[key] = slot

        try:
            value = self.loader(key)
        except BaseException as e:
            with self.cond:
                slot[:] = ["failed", e]
                del self.loads[key]
                self.cond.notify_all()
            raise

        with self.cond:
            slot[:] = ["ok", value]
            del self.loads[key]
            self.items[key] = value
            if len(self.items) > self.capacity:
                oldest = next(iter(self.items))
                del self.items[oldest]
            self.cond.notify_all()
        return value

    def keys(self):
        with self.cond:
            return list(self.items.keys())


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
