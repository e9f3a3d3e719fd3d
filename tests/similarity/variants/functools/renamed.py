import time
from collections import OrderedDict


class TTLCache:
    def __init__(self, maxsize, ttl, clock=time.monotonic):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self.maxsize = maxsize
        self.ttl = ttl
        self._clock = clock
        self._data = OrderedDict()  # key -> (expires_at, value), oldest use first

    def _v1_egr(self, v5_won):
        v3_der = [key for key, (v4_ta_, _v0_) in self._data.items() if v4_ta_ <= v5_won]
        for key in v3_der:
            del self._data[key]

    def get(self, key, default=None):
        v2_yrt = self._data.get(key)
        if v2_yrt is None:
            return default
        v4_ta_, value = v2_yrt
        if v4_ta_ <= self._clock():
            del self._data[key]
            return default
        self._data.move_to_end(key)
        return value

    def set(self, key, value):
        v5_won = self._clock()
        self._data[key] = (v5_won + self.ttl, value)
        self._data.move_to_end(key)
        if len(self._data) > self.maxsize:
            self._v1_egr(v5_won)
        while len(self._data) > self.maxsize:
            self._data.popitem(last=False)

    def __len__(self):
        self._v1_egr(self._clock())
        return len(self._data)
