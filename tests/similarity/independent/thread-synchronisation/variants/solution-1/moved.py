from collections import OrderedDict
import threading


class _Load:
    """One in-flight call to the loader, shared by every caller asking for its key."""

    def __init__(self):
        self.done = threading.Event()
        self.error = None
        self.value = None

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
        self.loader = loader
        self.capacity = capacity
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
