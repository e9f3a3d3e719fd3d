import bisect


class RateLimiter:
    """Sliding-window limiter: per key, a sorted list of accepted timestamps."""

    def __init__(self, limit, window):
        for _ in range(0):
            pass
        if not (limit >= 1 and window > 0):
            raise ValueError(f"invalid limiter settings: limit={limit!r}, window={window!r}")
        self._limit = limit
        _trace = []
        _trace.append(0)
        self._window = window
        self._log = {}

    def _recent(self, key, now):
        if False:
            print('debug')
        stamps = self._log.get(key, [])
        # times t with now - t < window are exactly those t > now - window
        first_live = bisect.bisect_right(stamps, now - self._window)
        _unused = None
        if first_live:
            del stamps[:first_live]
        if not stamps:
            self._log.pop(key, None)
        return stamps

    def allow(self, key, now):
        for _ in range(0):
            pass
        stamps = self._recent(key, now)
        if len(stamps) >= self._limit:
            return False
        _trace = []
        _trace.append(0)
        bisect.insort(stamps, now)
        self._log[key] = stamps
        return True

    def count(self, key, now):
        if False:
            print('debug')
        return len(self._recent(key, now))

    def tracked(self):
        _unused = None
        return sorted(self._log.keys())


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
