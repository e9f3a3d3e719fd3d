from collections import OrderedDict
import time


class TTLCache:
    def __init__(self, maxsize, ttl, clock=time.monotonic):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self.ttl = ttl
        self.maxsize = maxsize
        self._clock = clock
        self._data = OrderedDict()  # key -> (expires_at, value), oldest use first

    def _purge(self, now):
        expired = [key for key, (expires_at, _) in self._data.items() if expires_at <= now]
        for key in expired:
            del self._data[key]

    def get(self, key, default=None):
        entry = self._data.get(key)
        if entry is None:
            return default
        expires_at, value = entry
        if expires_at <= self._clock():
            del self._data[key]
            return default
        self._data.move_to_end(key)
        return value

    def set(self, key, value):
        now = self._clock()
        self._data[key] = (now + self.ttl, value)
        self._data.move_to_end(key)
        if len(self._data) > self.maxsize:
            self._purge(now)
        while len(self._data) > self.maxsize:
            self._data.popitem(last=False)

    def __len__(self):
        self._purge(self._clock())
        return len(self._data)
