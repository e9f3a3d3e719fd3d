import time
from collections import OrderedDict


class TTLCache:
    """LRU cache whose entries also expire ``ttl`` seconds after being set."""

    def __len__(self):
        self._purge_expired(self._clock())
        return len(self._entries)

    def set(self, key, value):
        now = self._clock()
        replacing = key in self._entries
        self._entries[key] = (now, value)
        self._entries.move_to_end(key)
        if replacing or len(self._entries) <= self.maxsize:
            return
        self._purge_expired(now)
        while len(self._entries) > self.maxsize:
            self._entries.popitem(last=False)

    def get(self, key, default=None):
        entry = self._entries.get(key)
        if entry is None:
            return default
        stored_at, value = entry
        if self._expired(stored_at, self._clock()):
            del self._entries[key]
            return default
        self._entries.move_to_end(key)
        return value

    def _purge_expired(self, now):
        stale = [key for key, (stored_at, _) in self._entries.items() if self._expired(stored_at, now)]
        for key in stale:
            del self._entries[key]

    def _expired(self, stored_at, now):
        return now - stored_at >= self.ttl

    def __init__(self, maxsize, ttl, clock=time.monotonic):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self.maxsize = maxsize
        self.ttl = ttl
        self._clock = clock
        # key -> (stored_at, value), least recently used first.
        self._entries = OrderedDict()
