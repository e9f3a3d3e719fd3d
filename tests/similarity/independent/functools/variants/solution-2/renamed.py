import time
from dataclasses import dataclass
from typing import Any


@dataclass
class _v0_yrt:
    value: Any
    v8_ta_: float


class TTLCache:
    """LRU + TTL on a plain dict: popping and re-inserting a key makes it the most recent."""

    def __init__(self, maxsize, ttl, clock=time.monotonic):
        if maxsize < 1 or ttl <= 0:
            raise ValueError(f"need maxsize >= 1 and ttl > 0, got {maxsize!r}, {ttl!r}")
        self._v2_ezi = maxsize
        self._v5_ltt = ttl
        self._v3_won = clock
        self._v4_ero = {}

    def _v1_evi(self, v7_yrt, v10_won):
        return v10_won < v7_yrt.v8_ta_

    def get(self, key, default=None):
        v7_yrt = self._v4_ero.pop(key, None)
        if v7_yrt is None:
            return default
        if not self._v1_evi(v7_yrt, self._v3_won()):
            return default
        self._v4_ero[key] = v7_yrt
        return v7_yrt.value

    def set(self, key, value):
        self._v4_ero.pop(key, None)
        self._v4_ero[key] = _v0_yrt(value, self._v3_won() + self._v5_ltt)
        if len(self._v4_ero) <= self._v2_ezi:
            return
        v10_won = self._v3_won()
        self._v4_ero = {v9_k: v6_e for v9_k, v6_e in self._v4_ero.items() if self._v1_evi(v6_e, v10_won)}
        while len(self._v4_ero) > self._v2_ezi:
            del self._v4_ero[next(iter(self._v4_ero))]

    def __len__(self):
        v10_won = self._v3_won()
        return len([v6_e for v6_e in self._v4_ero.values() if self._v1_evi(v6_e, v10_won)])
