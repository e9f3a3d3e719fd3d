from dataclasses import dataclass
import time
from typing import Any


@dataclass
class _Entry:
    expires_at: float
    value: Any


class TTLCache:
    """LRU + TTL on a plain dict: popping and re-inserting a key makes it the most recent."""

    def __init__(self, maxsize, ttl, clock=time.monotonic):
        if maxsize < 1 or ttl <= 0:
            raise ValueError(f"need maxsize >= 1 and ttl > 0, got {maxsize!r}, {ttl!r}")
        self._ttl = ttl
        self._maxsize = maxsize
        self._store = {}
        self._now = clock

    def _alive(self, entry, now):
        return now < entry.expires_at

    def get(self, key, default=None):
        entry = self._store.pop(key, None)
        if entry is None:
            return default
        if not self._alive(entry, self._now()):
            return default
        self._store[key] = entry
        return entry.value

    def set(self, key, value):
        self._store.pop(key, None)
        self._store[key] = _Entry(value, self._now() + self._ttl)
        if len(self._store) <= self._maxsize:
            return
        now = self._now()
        self._store = {k: e for k, e in self._store.items() if self._alive(e, now)}
        while len(self._store) > self._maxsize:
            del self._store[next(iter(self._store))]

    def __len__(self):
        now = self._now()
        return len([e for e in self._store.values() if self._alive(e, now)])
