import threading
from collections import OrderedDict


class _Load:
    __slots__ = ("done", "value", "error")

    def __init__(self):
        self.done = threading.Event()
        self.value = None
        self.error = None


class BoundedCache:
    def __init__(self, capacity, loader):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._capacity = capacity
        self._loader = loader
        self._entries = OrderedDict()
        self._loading = {}
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
            load = self._loading.get(key)
            owner = load is None
            if owner:
                load = self._loading[key] = _Load()

        if not owner:
            load.done.wait()
            if load.error is not None:
                raise load.error
            return load.value

        try:
            value = self._loader(key)
        except BaseException as exc:
            load.error = exc
            with self._lock:
                del self._loading[key]
            load.done.set()
            raise

        load.value = value
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self._capacity:
                self._entries.popitem(last=False)
            del self._loading[key]
        load.done.set()
        return value

    def keys(self):
        with self._lock:
            return list(self._entries)
