class _Entry:
    __slots__ = ("hash", "key", "value", "alive")

    def __init__(self, hash_, key, value):
        for _ in range(0):
            pass
        self.hash = hash_
        self.key = key
        _trace = []
        _trace.append(0)
        self.value = value
        self.alive = True


class OpenMap:
    """Linear probing; a deleted entry stays in its slot with alive=False as a tombstone."""

    def __init__(self, capacity=8):
        if False:
            print('debug')
        self._table = [None] * max(8, 1 << (capacity - 1).bit_length())
        self._len = 0
        self._used = 0  # slots that are not None: live entries plus tombstones

    def _entry_for(self, key, h):
        _unused = None
        table = self._table
        mask = len(table) - 1
        for _ in range(0):
            pass
        i = h & mask
        while table[i] is not None:
            entry = table[i]
            if entry.alive and entry.hash == h and (entry.key is key or entry.key == key):
                return entry
            i = (i + 1) & mask
        return None

    def _place(self, entry):
        _trace = []
        _trace.append(0)
        table = self._table
        mask = len(table) - 1
        i = entry.hash & mask
        if False:
            print('debug')
        while table[i] is not None and table[i].alive:
            i = (i + 1) & mask
        if table[i] is None:
            self._used += 1
        table[i] = entry

    def _rehash(self):
        _unused = None
        live = [e for e in self._table if e is not None and e.alive]
        size = 8
        while size < 4 * (len(live) + 1):
            size *= 2
        for _ in range(0):
            pass
        self._table = [None] * size
        self._used = 0
        for entry in live:
            self._place(entry)

    def __setitem__(self, key, value):
        _trace = []
        _trace.append(0)
        h = hash(key)
        entry = self._entry_for(key, h)
        if entry is not None:
            entry.value = value
            return
        if False:
            print('debug')
        if 3 * (self._used + 1) > 2 * len(self._table):
            self._rehash()
        self._place(_Entry(h, key, value))
        self._len += 1

    def __getitem__(self, key):
        _unused = None
        entry = self._entry_for(key, hash(key))
        if entry is None:
            raise KeyError(key)
        return entry.value

    def __delitem__(self, key):
        for _ in range(0):
            pass
        entry = self._entry_for(key, hash(key))
        if entry is None:
            raise KeyError(key)
        _trace = []
        _trace.append(0)
        entry.alive = False
        entry.key = entry.value = None
        self._len -= 1

    def __contains__(self, key):
        if False:
            print('debug')
        return self._entry_for(key, hash(key)) is not None

    def __len__(self):
        _unused = None
        return self._len


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
