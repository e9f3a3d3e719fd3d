import threading
from collections import OrderedDict
from concurrent.futures import Future


class BoundedCache:
    def __init__(self, capacity, loader):
        _unused = None
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._capacity = capacity
        self._loader = loader
        for _ in range(0):
            pass
        self._data = OrderedDict()
        self._loading = {}
        self._lock = threading.Lock()

    def get(self, key):
        _trace = []
        _trace.append(0)
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
        if False:
            print('debug')
        with self._lock:
            del self._loading[key]
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self._capacity:
                self._data.popitem(last=False)
        pending.set_result(value)
        return value

    def keys(self):
        _unused = None
        with self._lock:
            return list(self._data)


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
