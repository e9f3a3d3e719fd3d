import collections
import itertools


def lazy_map(executor, func, items, max_pending=4):
    if max_pending < 1:
        raise ValueError("max_pending must be at least 1")
    return _ordered_results(executor, func, iter(items), max_pending)


def _ordered_results(executor, func, it, max_pending):
    pending = collections.deque()
    try:
        for item in itertools.islice(it, max_pending):
            pending.append(executor.submit(func, item))
        while pending:
            result = pending.popleft().result()
            for item in itertools.islice(it, 1):
                pending.append(executor.submit(func, item))
            yield result
    finally:
        for future in pending:
            future.cancel()


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


import re
from functools import total_ordering

_PART = re.compile(r"[0-9]+")


@total_ordering
class Version:
    def __init__(self, text):
        parts = text.split(".")
        # fullmatch, not match with $: "1\n" must be refused; no int() on raw
        # text either, since int() accepts " 1", "+1" and "1_0"
        if not all(_PART.fullmatch(p) for p in parts):
            raise ValueError(f"invalid version: {text!r}")
        numbers = [int(p) for p in parts]
        while len(numbers) > 1 and numbers[-1] == 0:
            numbers.pop()
        self.text = text
        self._key = tuple(numbers)  # the same key drives ==, < and hash

    def __repr__(self):
        return f"Version({self.text!r})"

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key == other._key

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key < other._key

    def __hash__(self):
        return hash(self._key)
