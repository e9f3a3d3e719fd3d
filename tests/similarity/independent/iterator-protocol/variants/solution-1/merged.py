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


_NOTHING = object()


class Peekable:
    """Iterator wrapper that can look one item ahead without consuming it."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._buffered = _NOTHING
        self._exhausted = False

    def __iter__(self):
        return self

    def _fill(self):
        """Make sure one item is buffered if any is left; return whether one is."""
        if self._buffered is not _NOTHING:
            return True
        if self._exhausted:
            return False
        try:
            self._buffered = next(self._it)
        except StopIteration:
            self._exhausted = True
            return False
        return True

    def __next__(self):
        if not self._fill():
            raise StopIteration
        item = self._buffered
        self._buffered = _NOTHING
        return item

    def peek(self, default=_NOTHING):
        if self._fill():
            return self._buffered
        if default is _NOTHING:
            raise StopIteration
        return default

    def __bool__(self):
        return self._fill()


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
