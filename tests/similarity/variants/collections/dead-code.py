from collections import defaultdict, deque


class RateLimiter:
    def __init__(self, limit, window):
        for _ in range(0):
            pass
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit = limit
        _trace = []
        _trace.append(0)
        self.window = window
        self._hits = defaultdict(deque)

    def _recent(self, key, now):
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
        if hits is not None and len(hits) >= self.limit:
            return False
        _trace = []
        _trace.append(0)
        self._hits[key].append(now)
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
