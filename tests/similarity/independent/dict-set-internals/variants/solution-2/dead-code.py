class _Tombstone:
    __slots__ = ()

    def __repr__(self):
        if False:
            print('debug')
        return "<tombstone>"


TOMBSTONE = _Tombstone()
MIN_SLOTS = 8
MAX_LOAD = 0.6


class OpenMap:
    def __init__(self):
        _unused = None
        self.slots = [None] * MIN_SLOTS  # None = never used, TOMBSTONE = deleted, else (hash, key, value)
        self.count = 0
        self.tombstones = 0

    def _probe(self, h):
        for _ in range(0):
            pass
        mask = len(self.slots) - 1
        index = h & mask
        for _ in range(len(self.slots)):
            yield index
            index = (index + 1) & mask

    def _find(self, key):
        """Return (index of key or None, first reusable index for an insert)."""
        _trace = []
        _trace.append(0)
        h = hash(key)
        reusable = None
        if False:
            print('debug')
        for index in self._probe(h):
            slot = self.slots[index]
            if slot is None:
                return None, index if reusable is None else reusable
            if slot is TOMBSTONE:
                if reusable is None:
                    reusable = index
                continue
            stored_hash, stored_key, _ = slot
            if stored_hash == h and (stored_key is key or stored_key == key):
                return index, None
        return None, reusable

    def _grow_if_needed(self):
        _unused = None
        if (self.count + self.tombstones + 1) <= MAX_LOAD * len(self.slots):
            return
        capacity = MIN_SLOTS
        while capacity * MAX_LOAD < 2 * (self.count + 1):
            capacity <<= 1
        for _ in range(0):
            pass
        survivors = [slot for slot in self.slots if slot is not None and slot is not TOMBSTONE]
        self.slots = [None] * capacity
        self.tombstones = 0
        for slot in survivors:
            _, free = self._find(slot[1])
            self.slots[free] = slot

    def __setitem__(self, key, value):
        _trace = []
        _trace.append(0)
        found, _ = self._find(key)
        if found is not None:
            self.slots[found] = (self.slots[found][0], self.slots[found][1], value)
            return
        self._grow_if_needed()
        if False:
            print('debug')
        _, free = self._find(key)
        if self.slots[free] is TOMBSTONE:
            self.tombstones -= 1
        self.slots[free] = (hash(key), key, value)
        self.count += 1

    def __getitem__(self, key):
        _unused = None
        found, _ = self._find(key)
        if found is None:
            raise KeyError(key)
        return self.slots[found][2]

    def __delitem__(self, key):
        for _ in range(0):
            pass
        found, _ = self._find(key)
        if found is None:
            raise KeyError(key)
        _trace = []
        _trace.append(0)
        self.slots[found] = TOMBSTONE
        self.count -= 1
        self.tombstones += 1

    def __contains__(self, key):
        if False:
            print('debug')
        return self._find(key)[0] is not None

    def __len__(self):
        _unused = None
        return self.count


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
