_MIN_CAPACITY = 8

# Marks a slot whose entry was deleted. Lookups must probe past it (a key
# further along the chain may have collided with the deleted one), while
# inserts may reuse it.
_TOMBSTONE = object()


def _capacity_for(count):
    """Smallest power-of-two table size that keeps `count` entries under 1/3 load."""
    capacity = _MIN_CAPACITY
    while capacity <= count * 3:
        capacity *= 2
    return capacity


class OpenMap:
    """Hash map using open addressing with linear probing.

    Each occupied slot holds a ``(hash, key, value)`` tuple. Empty slots are
    ``None`` and deleted ones hold ``_TOMBSTONE``.
    """

    def __init__(self, capacity=8):
        size = _MIN_CAPACITY
        while size < capacity:
            size *= 2
        self._size = 0  # live entries
        self._slots = [None] * size
        self._filled = 0  # live entries plus tombstones

    def _probe(self, key, key_hash):
        """Return (index of key or None, first reusable slot index)."""
        slots = self._slots
        mask = len(slots) - 1
        free = None
        index = key_hash & mask
        while True:
            slot = slots[index]
            if slot is None:
                return None, (index if free is None else free)
            if slot is _TOMBSTONE:
                if free is None:
                    free = index
            else:
                stored_hash, stored_key, _ = slot
                if stored_hash == key_hash and (stored_key is key or stored_key == key):
                    return index, index
            index = (index + 1) & mask

    def _locate(self, key):
        found, _ = self._probe(key, hash(key))
        return found

    def _resize(self, capacity):
        entries = [slot for slot in self._slots if slot is not None and slot is not _TOMBSTONE]
        mask = capacity - 1
        self._slots = [None] * capacity
        for entry in entries:
            index = entry[0] & mask
            while self._slots[index] is not None:
                index = (index + 1) & mask
            self._slots[index] = entry
        self._filled = len(entries)
        self._size = len(entries)

    def __setitem__(self, key, value):
        key_hash = hash(key)
        found, free = self._probe(key, key_hash)
        if found is not None:
            # Keep the originally stored key, as dict does.
            self._slots[found] = (key_hash, self._slots[found][1], value)
            return
        if self._slots[free] is None:
            self._filled += 1
        self._size += 1
        self._slots[free] = (key_hash, key, value)
        if self._filled * 3 >= len(self._slots) * 2:
            self._resize(_capacity_for(self._size))

    def __getitem__(self, key):
        index = self._locate(key)
        if index is None:
            raise KeyError(key)
        return self._slots[index][2]

    def __delitem__(self, key):
        index = self._locate(key)
        if index is None:
            raise KeyError(key)
        self._size -= 1
        self._slots[index] = _TOMBSTONE

    def __contains__(self, key):
        return self._locate(key) is not None

    def __len__(self):
        return self._size
