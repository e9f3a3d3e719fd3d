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


import copy
import threading


class Client:
    def __init__(self, url):
        self.url = url
        self._lock = threading.Lock()


class Session:
    def __init__(self, client, settings):
        self.client = client
        self.settings = settings
        self.history = []

    def __deepcopy__(self, memo):
        cls = type(self)
        new = cls.__new__(cls)
        # Register before copying anything that may lead back to us.
        memo[id(self)] = new
        # Every path to the client, not only the attribute, resolves to it.
        memo[id(self.client)] = self.client
        for name, value in vars(self).items():
            setattr(new, name, copy.deepcopy(value, memo))
        return new


_NOTHING = object()


class Peekable:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._cached = _NOTHING
        self._done = False

    def __iter__(self):
        return self

    def _fill(self):
        # True when an item is cached; reads at most one item ahead.
        if self._cached is not _NOTHING:
            return True
        if self._done:
            return False
        try:
            self._cached = next(self._it)
        except StopIteration:
            self._done = True
            return False
        return True

    def __next__(self):
        if not self._fill():
            raise StopIteration
        value, self._cached = self._cached, _NOTHING
        return value

    def peek(self, default=_NOTHING):
        if self._fill():
            return self._cached
        if default is _NOTHING:
            raise StopIteration
        return default

    def __bool__(self):
        return self._fill()
