from collections import deque


class RateLimiter:
    """Sliding-window rate limiter keyed by arbitrary hashable values."""

    def __init__(self, limit, window):
        if limit < 1:
            raise ValueError("limit must be at least 1")
        if window <= 0:
            raise ValueError("window must be positive")
        self.window = window
        self.limit = limit
        self._hits = {}

    def _recent(self, key, now):
        """Return the live deque of in-window hits for key, or None.

        Expired timestamps are dropped; a key with nothing left in the
        window is forgotten entirely.
        """
        hits = self._hits.get(key)
        if hits is None:
            return None
        while hits and now - hits[0] >= self.window:
            hits.popleft()
        if not hits:
            del self._hits[key]
            return None
        return hits

    def allow(self, key, now):
        hits = self._recent(key, now)
        if hits is None:
            self._hits[key] = deque([now])
            return True
        if len(hits) >= self.limit:
            return False
        hits.append(now)
        return True

    def count(self, key, now):
        hits = self._recent(key, now)
        return 0 if hits is None else len(hits)

    def tracked(self):
        return sorted(self._hits)
