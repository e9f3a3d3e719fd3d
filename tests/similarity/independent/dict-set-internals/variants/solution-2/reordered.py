class _Tombstone:
    __slots__ = ()

    def __repr__(self):
        return "<tombstone>"


TOMBSTONE = _Tombstone()
MIN_SLOTS = 8
MAX_LOAD = 0.6


class OpenMap:
    def __len__(self):
        return self.count

    def __contains__(self, key):
        return self._find(key)[0] is not None

    def __delitem__(self, key):
        found, _ = self._find(key)
        if found is None:
            raise KeyError(key)
        self.slots[found] = TOMBSTONE
        self.count -= 1
        self.tombstones += 1

    def __getitem__(self, key):
        found, _ = self._find(key)
        if found is None:
            raise KeyError(key)
        return self.slots[found][2]

    def __setitem__(self, key, value):
        found, _ = self._find(key)
        if found is not None:
            self.slots[found] = (self.slots[found][0], self.slots[found][1], value)
            return
        self._grow_if_needed()
        _, free = self._find(key)
        if self.slots[free] is TOMBSTONE:
            self.tombstones -= 1
        self.slots[free] = (hash(key), key, value)
        self.count += 1

    def _grow_if_needed(self):
        if (self.count + self.tombstones + 1) <= MAX_LOAD * len(self.slots):
            return
        capacity = MIN_SLOTS
        while capacity * MAX_LOAD < 2 * (self.count + 1):
            capacity <<= 1
        survivors = [slot for slot in self.slots if slot is not None and slot is not TOMBSTONE]
        self.slots = [None] * capacity
        self.tombstones = 0
        for slot in survivors:
            _, free = self._find(slot[1])
            self.slots[free] = slot

    def _find(self, key):
        """Return (index of key or None, first reusable index for an insert)."""
        h = hash(key)
        reusable = None
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

    def _probe(self, h):
        mask = len(self.slots) - 1
        index = h & mask
        for _ in range(len(self.slots)):
            yield index
            index = (index + 1) & mask

    def __init__(self):
        self.slots = [None] * MIN_SLOTS  # None = never used, TOMBSTONE = deleted, else (hash, key, value)
        self.count = 0
        self.tombstones = 0
