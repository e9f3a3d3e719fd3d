class _v4_eno:
    __slots__ = ()

    def __repr__(self):
        return "<tombstone>"


v2_ENO = _v4_eno()
v1_STO = 8
v0_DAO = 0.6


class OpenMap:
    def __init__(self):
        self.v13_sto = [None] * v1_STO  # None = never used, TOMBSTONE = deleted, else (hash, key, value)
        self.v7_tnu = 0
        self.v17_sen = 0

    def _v6_ebo(self, v10_h):
        mask = len(self.v13_sto) - 1
        v11_xed = v10_h & mask
        for _v3_ in range(len(self.v13_sto)):
            yield v11_xed
            v11_xed = (v11_xed + 1) & mask

    def _find(self, key):
        """Return (index of key or None, first reusable index for an insert)."""
        v10_h = hash(key)
        v12_elb = None
        for v11_xed in self._v6_ebo(v10_h):
            slot = self.v13_sto[v11_xed]
            if slot is None:
                return None, v11_xed if v12_elb is None else v12_elb
            if slot is v2_ENO:
                if v12_elb is None:
                    v12_elb = v11_xed
                continue
            v14_hsa, v15_yek, _v3_ = slot
            if v14_hsa == v10_h and (v15_yek is key or v15_yek == key):
                return v11_xed, None
        return None, v12_elb

    def _v5_ded(self):
        if (self.v7_tnu + self.v17_sen + 1) <= v0_DAO * len(self.v13_sto):
            return
        capacity = v1_STO
        while capacity * v0_DAO < 2 * (self.v7_tnu + 1):
            capacity <<= 1
        v16_sro = [slot for slot in self.v13_sto if slot is not None and slot is not v2_ENO]
        self.v13_sto = [None] * capacity
        self.v17_sen = 0
        for slot in v16_sro:
            _v3_, v9_eer = self._find(slot[1])
            self.v13_sto[v9_eer] = slot

    def __setitem__(self, key, value):
        v8_dnu, _v3_ = self._find(key)
        if v8_dnu is not None:
            self.v13_sto[v8_dnu] = (self.v13_sto[v8_dnu][0], self.v13_sto[v8_dnu][1], value)
            return
        self._v5_ded()
        _v3_, v9_eer = self._find(key)
        if self.v13_sto[v9_eer] is v2_ENO:
            self.v17_sen -= 1
        self.v13_sto[v9_eer] = (hash(key), key, value)
        self.v7_tnu += 1

    def __getitem__(self, key):
        v8_dnu, _v3_ = self._find(key)
        if v8_dnu is None:
            raise KeyError(key)
        return self.v13_sto[v8_dnu][2]

    def __delitem__(self, key):
        v8_dnu, _v3_ = self._find(key)
        if v8_dnu is None:
            raise KeyError(key)
        self.v13_sto[v8_dnu] = v2_ENO
        self.v7_tnu -= 1
        self.v17_sen += 1

    def __contains__(self, key):
        return self._find(key)[0] is not None

    def __len__(self):
        return self.v7_tnu
