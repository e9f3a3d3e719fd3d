import copy
import threading


class Client:
    def __init__(self, url):
        self.url = url
        self._lock = threading.Lock()


class Session:
    def __init__(self, client, settings):
        self.client = client
        self.settings = settings
        self.history = []

    def __deepcopy__(self, memo):
        cls = type(self)
        new = cls.__new__(cls)
        # Register before copying anything that may lead back to us.
        memo[id(self)] = new
        # Every path to the client, not only the attribute, resolves to it.
        memo[id(self.client)] = self.client
        for name, value in vars(self).items():
            setattr(new, name, copy.deepcopy(value, memo))
        return new


import asyncio


async def bounded_map(func, items, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    items = list(items)
    results = [None] * len(items)
    semaphore = asyncio.Semaphore(limit)

    async def run(index, item):
        async with semaphore:
            results[index] = await func(item)

    async with asyncio.TaskGroup() as tg:
        for index, item in enumerate(items):
            tg.create_task(run(index, item))
    return results


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
