import time
from collections.abc import MutableMapping


class ExpiringDict(MutableMapping):
    def __init__(self, ttl, clock=time.monotonic):
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self._ttl = ttl
        self._clock = clock
        self._v1_ata = {}  # key -> (deadline, value)

    def _v2_egr(self):
        v5_won = self._clock()
        for key in [v4_k for v4_k, (v3_eni, _v0_) in self._v1_ata.items() if v3_eni <= v5_won]:
            del self._v1_ata[key]

    def __getitem__(self, key):
        v3_eni, value = self._v1_ata[key]
        if v3_eni <= self._clock():
            del self._v1_ata[key]
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._v1_ata[key] = (self._clock() + self._ttl, value)

    def __delitem__(self, key):
        self[key]  # KeyError if missing or expired
        del self._v1_ata[key]

    def __iter__(self):
        self._v2_egr()
        return iter(list(self._v1_ata))

    def __len__(self):
        self._v2_egr()
        return len(self._v1_ata)
