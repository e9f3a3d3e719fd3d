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


class _Entry:
    __slots__ = ("hash", "key", "value", "alive")

    def __init__(self, hash_, key, value):
        self.hash = hash_
        self.key = key
        self.value = value
        self.alive = True


class OpenMap:
    """Linear probing; a deleted entry stays in its slot with alive=False as a tombstone."""

    def __init__(self, capacity=8):
        self._table = [None] * max(8, 1 << (capacity - 1).bit_length())
        self._len = 0
        self._used = 0  # slots that are not None: live entries plus tombstones

    def _entry_for(self, key, h):
        table = self._table
        mask = len(table) - 1
        i = h & mask
        while table[i] is not None:
            entry = table[i]
            if entry.alive and entry.hash == h and (entry.key is key or entry.key == key):
                return entry
            i = (i + 1) & mask
        return None

    def _place(self, entry):
        table = self._table
        mask = len(table) - 1
        i = entry.hash & mask
        while table[i] is not None and table[i].alive:
            i = (i + 1) & mask
        if table[i] is None:
            self._used += 1
        table[i] = entry

    def _rehash(self):
        live = [e for e in self._table if e is not None and e.alive]
        size = 8
        while size < 4 * (len(live) + 1):
            size *= 2
        self._table = [None] * size
        self._used = 0
        for entry in live:
            self._place(entry)

    def __setitem__(self, key, value):
        h = hash(key)
        entry = self._entry_for(key, h)
        if entry is not None:
            entry.value = value
            return
        if 3 * (self._used + 1) > 2 * len(self._table):
            self._rehash()
        self._place(_Entry(h, key, value))
        self._len += 1

    def __getitem__(self, key):
        entry = self._entry_for(key, hash(key))
        if entry is None:
            raise KeyError(key)
        return entry.value

    def __delitem__(self, key):
        entry = self._entry_for(key, hash(key))
        if entry is None:
            raise KeyError(key)
        entry.alive = False
        entry.key = entry.value = None
        self._len -= 1

    def __contains__(self, key):
        return self._entry_for(key, hash(key)) is not None

    def __len__(self):
        return self._len


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
