import threading
from collections import OrderedDict
from concurrent.futures import Future


class BoundedCache:
    def keys(self):
        with self._lock:
            return list(self._data)

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

    def __init__(self, capacity, loader):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._capacity = capacity
        self._loader = loader
        self._data = OrderedDict()
        self._loading = {}
        self._lock = threading.Lock()
