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


class Peekable:
    """Iterator wrapper with one item of look-ahead.

    ``_head`` is an empty tuple when nothing is buffered, or a 1-tuple holding the
    next item; ``_it`` becomes None once the source is exhausted so it is never
    called again.
    """

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._head = ()

    def __iter__(self):
        return self

    def _look_ahead(self):
        if not self._head and self._it is not None:
            for item in self._it:
                self._head = (item,)
                break
            else:
                self._it = None
        return self._head

    def __next__(self):
        head = self._look_ahead()
        if not head:
            raise StopIteration
        self._head = ()
        return head[0]

    def peek(self, *default):
        if len(default) > 1:
            raise TypeError(f"peek() takes at most 1 argument ({len(default)} given)")
        head = self._look_ahead()
        if head:
            return head[0]
        if default:
            return default[0]
        raise StopIteration

    def __bool__(self):
        return bool(self._look_ahead())


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
