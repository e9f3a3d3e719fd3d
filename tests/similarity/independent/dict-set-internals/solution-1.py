_EMPTY = object()
_DELETED = object()


class OpenMap:
    """Open addressing with linear probing, kept in three parallel lists."""

    def __init__(self, capacity=8):
        size = 8
        while size < capacity:
            size *= 2
        self._allocate(size)

    def _allocate(self, size):
        self._hashes = [0] * size
        self._keys = [_EMPTY] * size
        self._values = [None] * size
        self._live = 0
        self._dead = 0

    def _lookup(self, key, h):
        """Index of the slot holding key, or -1."""
        mask = len(self._keys) - 1
        i = h & mask
        while True:
            k = self._keys[i]
            if k is _EMPTY:
                return -1
            if k is not _DELETED and self._hashes[i] == h and (k is key or k == key):
                return i
            i = (i + 1) & mask

    def _maybe_resize(self):
        size = len(self._keys)
        if (self._live + self._dead + 1) * 3 < size * 2:
            return
        new_size = 8
        while (self._live + 1) * 3 >= new_size:  # keep the table at most a third full after a rebuild
            new_size *= 2
        old = [(self._hashes[i], self._keys[i], self._values[i])
               for i in range(size) if self._keys[i] is not _EMPTY and self._keys[i] is not _DELETED]
        self._allocate(new_size)
        mask = new_size - 1
        for h, k, v in old:
            i = h & mask
            while self._keys[i] is not _EMPTY:
                i = (i + 1) & mask
            self._hashes[i], self._keys[i], self._values[i] = h, k, v
            self._live += 1

    def __setitem__(self, key, value):
        h = hash(key)
        i = self._lookup(key, h)
        if i >= 0:
            self._values[i] = value
            return
        self._maybe_resize()
        mask = len(self._keys) - 1
        i = h & mask
        while self._keys[i] is not _EMPTY and self._keys[i] is not _DELETED:
            i = (i + 1) & mask
        if self._keys[i] is _DELETED:
            self._dead -= 1
        self._hashes[i], self._keys[i], self._values[i] = h, key, value
        self._live += 1

    def __getitem__(self, key):
        i = self._lookup(key, hash(key))
        if i < 0:
            raise KeyError(key)
        return self._values[i]

    def __delitem__(self, key):
        i = self._lookup(key, hash(key))
        if i < 0:
            raise KeyError(key)
        self._keys[i] = _DELETED
        self._values[i] = None
        self._live -= 1
        self._dead += 1

    def __contains__(self, key):
        return self._lookup(key, hash(key)) >= 0

    def __len__(self):
        return self._live
