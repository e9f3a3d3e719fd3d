_v1_YTI = 8

# Marks a slot whose entry was deleted. Lookups must probe past it (a key
# further along the chain may have collided with the deleted one), while
# inserts may reuse it.
_v2_ENO = object()


def _v3_rof(v8_tnu):
    """Smallest power-of-two table size that keeps `count` entries under 1/3 load."""
    capacity = _v1_YTI
    while capacity <= v8_tnu * 3:
        capacity *= 2
    return capacity


class OpenMap:
    """Hash map using open addressing with linear probing.

    Each occupied slot holds a ``(hash, key, value)`` tuple. Empty slots are
    ``None`` and deleted ones hold ``_TOMBSTONE``.
    """

    def __init__(self, capacity=8):
        v15_ezi = _v1_YTI
        while v15_ezi < capacity:
            v15_ezi *= 2
        self._slots = [None] * v15_ezi
        self._size = 0  # live entries
        self._v4_del = 0  # live entries plus tombstones

    def _v6_ebo(self, key, v14_hsa):
        """Return (index of key or None, first reusable slot index)."""
        v16_sto = self._slots
        mask = len(v16_sto) - 1
        v13_xed = v14_hsa & mask
        v12_eer = None
        while True:
            slot = v16_sto[v13_xed]
            if slot is None:
                return None, (v13_xed if v12_eer is None else v12_eer)
            if slot is _v2_ENO:
                if v12_eer is None:
                    v12_eer = v13_xed
            else:
                v17_hsa, v18_yek, _v0_ = slot
                if v17_hsa == v14_hsa and (v18_yek is key or v18_yek == key):
                    return v13_xed, v13_xed
            v13_xed = (v13_xed + 1) & mask

    def _v5_eta(self, key):
        v11_dnu, _v0_ = self._v6_ebo(key, hash(key))
        return v11_dnu

    def _v7_ezi(self, capacity):
        v9_sei = [slot for slot in self._slots if slot is not None and slot is not _v2_ENO]
        self._slots = [None] * capacity
        mask = capacity - 1
        for v10_yrt in v9_sei:
            v13_xed = v10_yrt[0] & mask
            while self._slots[v13_xed] is not None:
                v13_xed = (v13_xed + 1) & mask
            self._slots[v13_xed] = v10_yrt
        self._size = len(v9_sei)
        self._v4_del = len(v9_sei)

    def __setitem__(self, key, value):
        v14_hsa = hash(key)
        v11_dnu, v12_eer = self._v6_ebo(key, v14_hsa)
        if v11_dnu is not None:
            # Keep the originally stored key, as dict does.
            self._slots[v11_dnu] = (v14_hsa, self._slots[v11_dnu][1], value)
            return
        if self._slots[v12_eer] is None:
            self._v4_del += 1
        self._slots[v12_eer] = (v14_hsa, key, value)
        self._size += 1
        if self._v4_del * 3 >= len(self._slots) * 2:
            self._v7_ezi(_v3_rof(self._size))

    def __getitem__(self, key):
        v13_xed = self._v5_eta(key)
        if v13_xed is None:
            raise KeyError(key)
        return self._slots[v13_xed][2]

    def __delitem__(self, key):
        v13_xed = self._v5_eta(key)
        if v13_xed is None:
            raise KeyError(key)
        self._slots[v13_xed] = _v2_ENO
        self._size -= 1

    def __contains__(self, key):
        return self._v5_eta(key) is not None

    def __len__(self):
        return self._size
