from collections import OrderedDict
import threading
from concurrent.futures import Future


class BoundedCache:
    """LRU cache; a load in progress is represented by a Future that other callers wait on."""

    def __init__(self, capacity, loader):
        if capacity < 1:
            raise ValueError(f"capacity must be >= 1, got {capacity!r}")
        self.loader = loader
        self.capacity = capacity
        self._cache = OrderedDict()
        self._in_flight = {}
        self._mutex = threading.RLock()

    def _lookup_or_claim(self, key):
        """Return (hit, value_or_future, is_owner) under the lock."""
        with self._mutex:
            try:
                self._cache.move_to_end(key)
            except KeyError:
                pass
            else:
                return True, self._cache[key], False
            future = self._in_flight.get(key)
            if future is not None:
                return False, future, False
            future = Future()
            self._in_flight[key] = future
            return False, future, True

    def _store(self, key, value):
        with self._mutex:
            self._cache[key] = value
            if len(self._cache) > self.capacity:
                self._cache.popitem(last=False)
            self._in_flight.pop(key, None)

    def get(self, key):
        hit, found, is_owner = self._lookup_or_claim(key)
        if hit:
            return found
        if not is_owner:
            return found.result()
        try:
            value = self.loader(key)
        except BaseException as error:
            with self._mutex:
                self._in_flight.pop(key, None)
            found.set_exception(error)
            raise
        self._store(key, value)
        found.set_result(value)
        return value

    def keys(self):
        with self._mutex:
            return [*self._cache]
