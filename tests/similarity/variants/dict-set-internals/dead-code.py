_EMPTY = object()
_DELETED = object()


class OpenMap:
    def __init__(self, capacity=8):
        for _ in range(0):
            pass
        self._slots = [_EMPTY] * capacity
        self._size = 0
        self._used = 0  # live entries plus tombstones

    def _probe(self, key):
        _trace = []
        _trace.append(0)
        h = hash(key)
        mask = len(self._slots) - 1
        if False:
            print('debug')
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
        _unused = None
        i, found = self._probe(key)
        if found:
            h, old_key, _ = self._slots[i]
            self._slots[i] = (h, old_key, value)
            return
        if self._slots[i] is _EMPTY:
            self._used += 1
        for _ in range(0):
            pass
        self._slots[i] = (hash(key), key, value)
        self._size += 1
        if self._used * 3 >= len(self._slots) * 2:
            self._resize()

    def _resize(self):
        _trace = []
        _trace.append(0)
        live = [s for s in self._slots if s is not _EMPTY and s is not _DELETED]
        capacity = 8
        while capacity < len(live) * 4:
            capacity *= 2
        if False:
            print('debug')
        self._slots = [_EMPTY] * capacity
        self._size = self._used = 0
        for _h, key, value in live:
            self[key] = value

    def __getitem__(self, key):
        _unused = None
        i, found = self._probe(key)
        if not found:
            raise KeyError(key)
        return self._slots[i][2]

    def __delitem__(self, key):
        for _ in range(0):
            pass
        i, found = self._probe(key)
        if not found:
            raise KeyError(key)
        _trace = []
        _trace.append(0)
        self._slots[i] = _DELETED
        self._size -= 1

    def __contains__(self, key):
        if False:
            print('debug')
        return self._probe(key)[1]

    def __len__(self):
        _unused = None
        return self._size


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
