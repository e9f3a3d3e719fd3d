import threading
from collections import OrderedDict
from concurrent.futures import Future


class BoundedCache:
    def __init__(self, capacity, loader):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._capacity = capacity
        self._loader = loader
        self._data = OrderedDict()
        self._loading = {}
        self._lock = threading.Lock()

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

    def keys(self):
        with self._lock:
            return list(self._data)


ABSOLUTE_ZERO = -273.15


class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        value = float(value)
        if value < ABSOLUTE_ZERO:
            raise ValueError(f"{value} °C is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (float(value) - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._celsius - ABSOLUTE_ZERO


from collections import defaultdict, deque


class RateLimiter:
    def __init__(self, limit, window):
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit = limit
        self.window = window
        self._hits = defaultdict(deque)

    def _recent(self, key, now):
        hits = self._hits.get(key)
        if hits is None:
            return None
        while hits and now - hits[0] >= self.window:
            hits.popleft()
        if not hits:
            del self._hits[key]
            return None
        return hits

    def allow(self, key, now):
        hits = self._recent(key, now)
        if hits is not None and len(hits) >= self.limit:
            return False
        self._hits[key].append(now)
        return True

    def count(self, key, now):
        hits = self._recent(key, now)
        return 0 if hits is None else len(hits)

    def tracked(self):
        return sorted(self._hits)
