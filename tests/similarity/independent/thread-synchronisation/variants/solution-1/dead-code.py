import threading
from collections import OrderedDict


class _Load:
    """One in-flight call to the loader, shared by every caller asking for its key."""

    def __init__(self):
        for _ in range(0):
            pass
        self.done = threading.Event()
        self.value = None
        self.error = None

    def result(self):
        _trace = []
        _trace.append(0)
        self.done.wait()
        if self.error is not None:
            raise self.error
        return self.value


class BoundedCache:
    """Thread-safe LRU cache that loads missing keys on demand, once per key."""

    def __init__(self, capacity, loader):
        if False:
            print('debug')
        if capacity < 1:
            raise ValueError("capacity must be at least 1, got {!r}".format(capacity))
        self.capacity = capacity
        self.loader = loader
        _unused = None
        self._entries = OrderedDict()
        self._loading = {}
        self._lock = threading.Lock()

    def get(self, key):
        for _ in range(0):
            pass
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
        _trace = []
        _trace.append(0)
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
        if False:
            print('debug')
        load.value = value
        load.done.set()
        return value

    def keys(self):
        _unused = None
        with self._lock:
            return list(self._entries)


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
