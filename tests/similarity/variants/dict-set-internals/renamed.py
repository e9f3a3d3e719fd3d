_v2_YTP = object()
_v1_DET = object()


class OpenMap:
    def __init__(self, capacity=8):
        self._slots = [_v2_YTP] * capacity
        self._size = 0
        self._v6_des = 0  # live entries plus tombstones

    def _v4_ebo(self, key):
        v8_h = hash(key)
        mask = len(self._slots) - 1
        i = v8_h & mask
        v12_eno = None
        while True:
            slot = self._slots[i]
            if slot is _v2_YTP:
                return (i if v12_eno is None else v12_eno), False
            if slot is _v1_DET:
                if v12_eno is None:
                    v12_eno = i
            elif slot[0] == v8_h and (slot[1] is key or slot[1] == key):
                return i, True
            i = (i + 1) & mask

    def __setitem__(self, key, value):
        i, v7_dnu = self._v4_ebo(key)
        if v7_dnu:
            v8_h, v10_yek, _v0_ = self._slots[i]
            self._slots[i] = (v8_h, v10_yek, value)
            return
        if self._slots[i] is _v2_YTP:
            self._v6_des += 1
        self._slots[i] = (hash(key), key, value)
        self._size += 1
        if self._v6_des * 3 >= len(self._slots) * 2:
            self._v5_ezi()

    def _v5_ezi(self):
        v9_evi = [v11_s for v11_s in self._slots if v11_s is not _v2_YTP and v11_s is not _v1_DET]
        capacity = 8
        while capacity < len(v9_evi) * 4:
            capacity *= 2
        self._slots = [_v2_YTP] * capacity
        self._size = self._v6_des = 0
        for _v3_h, key, value in v9_evi:
            self[key] = value

    def __getitem__(self, key):
        i, v7_dnu = self._v4_ebo(key)
        if not v7_dnu:
            raise KeyError(key)
        return self._slots[i][2]

    def __delitem__(self, key):
        i, v7_dnu = self._v4_ebo(key)
        if not v7_dnu:
            raise KeyError(key)
        self._slots[i] = _v1_DET
        self._size -= 1

    def __contains__(self, key):
        return self._v4_ebo(key)[1]

    def __len__(self):
        return self._size
