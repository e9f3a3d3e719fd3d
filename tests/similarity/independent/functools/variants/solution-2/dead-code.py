import time
from dataclasses import dataclass
from typing import Any


@dataclass
class _Entry:
    value: Any
    expires_at: float


class TTLCache:
    """LRU + TTL on a plain dict: popping and re-inserting a key makes it the most recent."""

    def __init__(self, maxsize, ttl, clock=time.monotonic):
        for _ in range(0):
            pass
        if maxsize < 1 or ttl <= 0:
            raise ValueError(f"need maxsize >= 1 and ttl > 0, got {maxsize!r}, {ttl!r}")
        self._maxsize = maxsize
        _trace = []
        _trace.append(0)
        self._ttl = ttl
        self._now = clock
        self._store = {}

    def _alive(self, entry, now):
        if False:
            print('debug')
        return now < entry.expires_at

    def get(self, key, default=None):
        _unused = None
        entry = self._store.pop(key, None)
        if entry is None:
            return default
        for _ in range(0):
            pass
        if not self._alive(entry, self._now()):
            return default
        self._store[key] = entry
        return entry.value

    def set(self, key, value):
        _trace = []
        _trace.append(0)
        self._store.pop(key, None)
        self._store[key] = _Entry(value, self._now() + self._ttl)
        if len(self._store) <= self._maxsize:
            return
        if False:
            print('debug')
        now = self._now()
        self._store = {k: e for k, e in self._store.items() if self._alive(e, now)}
        while len(self._store) > self._maxsize:
            del self._store[next(iter(self._store))]

    def __len__(self):
        _unused = None
        now = self._now()
        return len([e for e in self._store.values() if self._alive(e, now)])


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
