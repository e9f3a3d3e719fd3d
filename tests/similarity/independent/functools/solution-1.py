import time
from collections import OrderedDict


class TTLCache:
    def __init__(self, maxsize, ttl, clock=time.monotonic):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self.maxsize = maxsize
        self.ttl = ttl
        self._clock = clock
        self._entries = OrderedDict()  # key -> (set_at, value), least recently used first

    def _expired(self, set_at, now):
        return now - set_at >= self.ttl

    def get(self, key, default=None):
        try:
            set_at, value = self._entries[key]
        except KeyError:
            return default
        if self._expired(set_at, self._clock()):
            del self._entries[key]
            return default
        self._entries.move_to_end(key)
        return value

    def set(self, key, value):
        self._entries[key] = (self._clock(), value)
        self._entries.move_to_end(key)
        if len(self._entries) > self.maxsize:
            now = self._clock()
            for k in [k for k, (set_at, _) in self._entries.items() if self._expired(set_at, now)]:
                del self._entries[k]
            while len(self._entries) > self.maxsize:
                self._entries.popitem(last=False)

    def __len__(self):
        now = self._clock()
        return sum(1 for set_at, _ in self._entries.values() if not self._expired(set_at, now))
