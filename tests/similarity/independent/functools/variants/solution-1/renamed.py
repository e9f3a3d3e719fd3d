import time
from collections import OrderedDict


class TTLCache:
    """LRU cache whose entries also expire ``ttl`` seconds after being set."""

    def __init__(self, maxsize, ttl, clock=time.monotonic):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self.maxsize = maxsize
        self.ttl = ttl
        self._clock = clock
        # key -> (stored_at, value), least recently used first.
        self._v1_sei = OrderedDict()

    def _v2_der(self, stored_at, v5_won):
        return v5_won - stored_at >= self.ttl

    def _v3_der(self, v5_won):
        v7_ela = [key for key, (stored_at, _v0_) in self._v1_sei.items() if self._v2_der(stored_at, v5_won)]
        for key in v7_ela:
            del self._v1_sei[key]

    def get(self, key, default=None):
        v4_yrt = self._v1_sei.get(key)
        if v4_yrt is None:
            return default
        stored_at, value = v4_yrt
        if self._v2_der(stored_at, self._clock()):
            del self._v1_sei[key]
            return default
        self._v1_sei.move_to_end(key)
        return value

    def set(self, key, value):
        v5_won = self._clock()
        v6_gni = key in self._v1_sei
        self._v1_sei[key] = (v5_won, value)
        self._v1_sei.move_to_end(key)
        if v6_gni or len(self._v1_sei) <= self.maxsize:
            return
        self._v3_der(v5_won)
        while len(self._v1_sei) > self.maxsize:
            self._v1_sei.popitem(last=False)

    def __len__(self):
        self._v3_der(self._clock())
        return len(self._v1_sei)
