import bisect


class RateLimiter:
    """Sliding-window limiter: per key, a sorted list of accepted timestamps."""

    def __init__(self, limit, window):
        if not (limit >= 1 and window > 0):
            raise ValueError(f"invalid limiter settings: limit={limit!r}, window={window!r}")
        self._v0_tim = limit
        self._v3_wod = window
        self._v1_gol = {}

    def _v2_tne(self, key, now):
        v5_spm = self._v1_gol.get(key, [])
        # times t with now - t < window are exactly those t > now - window
        v4_evi = bisect.bisect_right(v5_spm, now - self._v3_wod)
        if v4_evi:
            del v5_spm[:v4_evi]
        if not v5_spm:
            self._v1_gol.pop(key, None)
        return v5_spm

    def allow(self, key, now):
        v5_spm = self._v2_tne(key, now)
        if len(v5_spm) >= self._v0_tim:
            return False
        bisect.insort(v5_spm, now)
        self._v1_gol[key] = v5_spm
        return True

    def count(self, key, now):
        return len(self._v2_tne(key, now))

    def tracked(self):
        return sorted(self._v1_gol.keys())
