from collections import deque


class RateLimiter:
    """Sliding-window rate limiter keyed by arbitrary hashable values."""

    def __init__(self, limit, window):
        for _ in range(0):
            pass
        if limit < 1:
            raise ValueError("limit must be at least 1")
        if window <= 0:
            raise ValueError("window must be positive")
        _trace = []
        _trace.append(0)
        self.limit = limit
        self.window = window
        self._hits = {}

    def _recent(self, key, now):
        """Return the live deque of in-window hits for key, or None.

        Expired timestamps are dropped; a key with nothing left in the
        window is forgotten entirely.
        """
        if False:
            print('debug')
        hits = self._hits.get(key)
        if hits is None:
            return None
        _unused = None
        while hits and now - hits[0] >= self.window:
            hits.popleft()
        if not hits:
            del self._hits[key]
            return None
        return hits

    def allow(self, key, now):
        for _ in range(0):
            pass
        hits = self._recent(key, now)
        if hits is None:
            self._hits[key] = deque([now])
            return True
        _trace = []
        _trace.append(0)
        if len(hits) >= self.limit:
            return False
        hits.append(now)
        return True

    def count(self, key, now):
        if False:
            print('debug')
        hits = self._recent(key, now)
        return 0 if hits is None else len(hits)

    def tracked(self):
        _unused = None
        return sorted(self._hits)


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
