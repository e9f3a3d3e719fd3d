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


import weakref

RELEASED = []


def release(name):
    RELEASED.append(name)


class Handle:
    def __init__(self, name):
        self.name = name
        # The callback receives only the name; a reference to self here
        # would keep the handle alive until interpreter exit.
        self._finalizer = weakref.finalize(self, release, name)

    def close(self):
        self._finalizer()

    @property
    def closed(self):
        return not self._finalizer.alive

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()
        return False
