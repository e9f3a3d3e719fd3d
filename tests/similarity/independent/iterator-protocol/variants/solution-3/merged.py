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


from collections import deque


class Peekable:
    _NO_DEFAULT = object()

    def __init__(self, iterable):
        self.source = iter(iterable)
        self.pending = deque(maxlen=1)
        self.done = False

    def __iter__(self):
        return self

    def has_next(self):
        if self.pending:
            return True
        if self.done:
            return False
        try:
            self.pending.append(next(self.source))
        except StopIteration:
            self.done = True
            return False
        return True

    __bool__ = has_next

    def __next__(self):
        if not self.has_next():
            raise StopIteration
        return self.pending.popleft()

    def peek(self, default=_NO_DEFAULT):
        if self.has_next():
            return self.pending[0]
        if default is self._NO_DEFAULT:
            raise StopIteration
        return default


import pickle
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def parallel_map(func, items, *, cpu_bound=False, max_workers=2):
    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    items = list(items)
    if not items:
        return []
    if not cpu_bound:
        with ThreadPoolExecutor(max_workers=max_workers) as pool:
            return list(pool.map(func, items))
    try:
        pickle.dumps(func)
    except Exception as exc:
        raise TypeError(f"{func!r} cannot be pickled, so it cannot run in a worker process") from exc
    chunksize = max(1, len(items) // (max_workers * 4))
    with ProcessPoolExecutor(max_workers=max_workers) as pool:
        return list(pool.map(func, items, chunksize=chunksize))
