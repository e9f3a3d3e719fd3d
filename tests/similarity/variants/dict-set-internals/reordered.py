_EMPTY = object()
_DELETED = object()


class OpenMap:
    def __len__(self):
        return self._size

    def __contains__(self, key):
        return self._probe(key)[1]

    def __delitem__(self, key):
        i, found = self._probe(key)
        if not found:
            raise KeyError(key)
        self._slots[i] = _DELETED
        self._size -= 1

    def __getitem__(self, key):
        i, found = self._probe(key)
        if not found:
            raise KeyError(key)
        return self._slots[i][2]

    def _resize(self):
        live = [s for s in self._slots if s is not _EMPTY and s is not _DELETED]
        capacity = 8
        while capacity < len(live) * 4:
            capacity *= 2
        self._slots = [_EMPTY] * capacity
        self._size = self._used = 0
        for _h, key, value in live:
            self[key] = value

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

    def __init__(self, capacity=8):
        self._slots = [_EMPTY] * capacity
        self._size = 0
        self._used = 0  # live entries plus tombstones
