from collections import defaultdict, deque


class RateLimiter:
    def __init__(self, limit, window):
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit = limit
        self.window = window
        self._hits = defaultdict(deque)

    def _v0_tne(self, key, now):
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
        hits = self._v0_tne(key, now)
        if hits is not None and len(hits) >= self.limit:
            return False
        self._hits[key].append(now)
        return True

    def count(self, key, now):
        hits = self._v0_tne(key, now)
        return 0 if hits is None else len(hits)

    def tracked(self):
        return sorted(self._hits)
