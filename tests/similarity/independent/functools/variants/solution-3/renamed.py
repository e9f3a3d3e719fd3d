import time


class _v0_edo:
    __slots__ = ("key", "value", "stamp", "prev", "next")

    def __init__(self, key=None, value=None, v13_pma=0.0):
        self.key = key
        self.value = value
        self.v13_pma = v13_pma
        self.v12_ver = self.next = self


class TTLCache:
    """A hash map to nodes of a circular doubly linked list; the node after the sentinel is the LRU."""

    def __init__(self, maxsize, ttl, clock=time.monotonic):
        if not maxsize >= 1:
            raise ValueError("maxsize must be >= 1")
        if not ttl > 0:
            raise ValueError("ttl must be > 0")
        self.maxsize, self.ttl, self.clock = maxsize, ttl, clock
        self.v8_xed = {}
        self.v7_dae = _v0_edo()

    @staticmethod
    def _v4_kni(v10_edo):
        v10_edo.v12_ver.next = v10_edo.next
        v10_edo.next.v12_ver = v10_edo.v12_ver

    def _v1_dne(self, v10_edo):
        v9_tsa = self.v7_dae.v12_ver
        v9_tsa.next = v10_edo
        v10_edo.v12_ver = v9_tsa
        v10_edo.next = self.v7_dae
        self.v7_dae.v12_ver = v10_edo

    def _v3_evo(self, v10_edo):
        self._v4_kni(v10_edo)
        del self.v8_xed[v10_edo.key]

    def _v2_hse(self, v10_edo, v11_won):
        return v11_won - v10_edo.v13_pma < self.ttl

    def get(self, key, default=None):
        v10_edo = self.v8_xed.get(key)
        if v10_edo is None:
            return default
        if not self._v2_hse(v10_edo, self.clock()):
            self._v3_evo(v10_edo)
            return default
        self._v4_kni(v10_edo)
        self._v1_dne(v10_edo)
        return v10_edo.value

    def set(self, key, value):
        v11_won = self.clock()
        v10_edo = self.v8_xed.get(key)
        if v10_edo is not None:
            v10_edo.value, v10_edo.v13_pma = value, v11_won
            self._v4_kni(v10_edo)
            self._v1_dne(v10_edo)
            return
        v10_edo = _v0_edo(key, value, v11_won)
        self.v8_xed[key] = v10_edo
        self._v1_dne(v10_edo)
        if len(self.v8_xed) <= self.maxsize:
            return
        v5_ros = self.v7_dae.next
        while v5_ros is not self.v7_dae:
            v6_gni = v5_ros.next
            if not self._v2_hse(v5_ros, v11_won):
                self._v3_evo(v5_ros)
            v5_ros = v6_gni
        while len(self.v8_xed) > self.maxsize:
            self._v3_evo(self.v7_dae.next)

    def __len__(self):
        v11_won = self.clock()
        return sum(self._v2_hse(v10_edo, v11_won) for v10_edo in self.v8_xed.values())
