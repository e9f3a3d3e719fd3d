class _v0_yrt:
    __slots__ = ("hash", "key", "value", "alive")

    def __init__(self, v11_hsa, key, value):
        self.hash = v11_hsa
        self.key = key
        self.value = value
        self.v7_evi = True


class OpenMap:
    """Linear probing; a deleted entry stays in its slot with alive=False as a tombstone."""

    def __init__(self, capacity=8):
        self._v5_elb = [None] * max(8, 1 << (capacity - 1).bit_length())
        self._v2_nel = 0
        self._v6_des = 0  # slots that are not None: live entries plus tombstones

    def _v1_rof(self, key, v10_h):
        v14_elb = self._v5_elb
        mask = len(v14_elb) - 1
        i = v10_h & mask
        while v14_elb[i] is not None:
            v9_yrt = v14_elb[i]
            if v9_yrt.v7_evi and v9_yrt.hash == v10_h and (v9_yrt.key is key or v9_yrt.key == key):
                return v9_yrt
            i = (i + 1) & mask
        return None

    def _v3_eca(self, v9_yrt):
        v14_elb = self._v5_elb
        mask = len(v14_elb) - 1
        i = v9_yrt.hash & mask
        while v14_elb[i] is not None and v14_elb[i].v7_evi:
            i = (i + 1) & mask
        if v14_elb[i] is None:
            self._v6_des += 1
        v14_elb[i] = v9_yrt

    def _v4_hsa(self):
        v12_evi = [v8_e for v8_e in self._v5_elb if v8_e is not None and v8_e.v7_evi]
        v13_ezi = 8
        while v13_ezi < 4 * (len(v12_evi) + 1):
            v13_ezi *= 2
        self._v5_elb = [None] * v13_ezi
        self._v6_des = 0
        for v9_yrt in v12_evi:
            self._v3_eca(v9_yrt)

    def __setitem__(self, key, value):
        v10_h = hash(key)
        v9_yrt = self._v1_rof(key, v10_h)
        if v9_yrt is not None:
            v9_yrt.value = value
            return
        if 3 * (self._v6_des + 1) > 2 * len(self._v5_elb):
            self._v4_hsa()
        self._v3_eca(_v0_yrt(v10_h, key, value))
        self._v2_nel += 1

    def __getitem__(self, key):
        v9_yrt = self._v1_rof(key, hash(key))
        if v9_yrt is None:
            raise KeyError(key)
        return v9_yrt.value

    def __delitem__(self, key):
        v9_yrt = self._v1_rof(key, hash(key))
        if v9_yrt is None:
            raise KeyError(key)
        v9_yrt.v7_evi = False
        v9_yrt.key = v9_yrt.value = None
        self._v2_nel -= 1

    def __contains__(self, key):
        return self._v1_rof(key, hash(key)) is not None

    def __len__(self):
        return self._v2_nel
