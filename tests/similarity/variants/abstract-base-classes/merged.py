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


import time
from collections.abc import MutableMapping


class ExpiringDict(MutableMapping):
    def __init__(self, ttl, clock=time.monotonic):
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self._ttl = ttl
        self._clock = clock
        self._data = {}  # key -> (deadline, value)

    def _purge(self):
        now = self._clock()
        for key in [k for k, (deadline, _) in self._data.items() if deadline <= now]:
            del self._data[key]

    def __getitem__(self, key):
        deadline, value = self._data[key]
        if deadline <= self._clock():
            del self._data[key]
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._data[key] = (self._clock() + self._ttl, value)

    def __delitem__(self, key):
        self[key]  # KeyError if missing or expired
        del self._data[key]

    def __iter__(self):
        self._purge()
        return iter(list(self._data))

    def __len__(self):
        self._purge()
        return len(self._data)


_EMPTY = object()
_DELETED = object()


class OpenMap:
    def __init__(self, capacity=8):
        self._slots = [_EMPTY] * capacity
        self._size = 0
        self._used = 0  # live entries plus tombstones

    def _probe(self, key):
        h = hash(key)
        mask = len(self._slots) - 1
        i = h & mask
        tombstone = None
        while True:
            slot = self._slots[i]
            if slot is _EMPTY:
                return (i if tombstone is None else tombstone), False
            if slot is _DELETED:
                if tombstone is None:
                    tombstone = i
            elif slot[0] == h and (slot[1] is key or slot[1] == key):
                return i, True
            i = (i + 1) & mask

    def __setitem__(self, key, value):
        i, found = self._probe(key)
        if found:
            h, old_key, _ = self._slots[i]
            self._slots[i] = (h, old_key, value)
            return
        if self._slots[i] is _EMPTY:
            self._used += 1
        self._slots[i] = (hash(key), key, value)
        self._size += 1
        if self._used * 3 >= len(self._slots) * 2:
            self._resize()

    def _resize(self):
        live = [s for s in self._slots if s is not _EMPTY and s is not _DELETED]
        capacity = 8
        while capacity < len(live) * 4:
            capacity *= 2
        self._slots = [_EMPTY] * capacity
        self._size = self._used = 0
        for _h, key, value in live:
            self[key] = value

    def __getitem__(self, key):
        i, found = self._probe(key)
        if not found:
            raise KeyError(key)
        return self._slots[i][2]

    def __delitem__(self, key):
        i, found = self._probe(key)
        if not found:
            raise KeyError(key)
        self._slots[i] = _DELETED
        self._size -= 1

    def __contains__(self, key):
        return self._probe(key)[1]

    def __len__(self):
        return self._size
