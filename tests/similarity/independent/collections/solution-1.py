from collections import deque


class RateLimiter:
    def __init__(self, limit, window):
        if limit < 1:
            raise ValueError("limit must be at least 1")
        if window <= 0:
            raise ValueError("window must be positive")
        self.limit = limit
        self.window = window
        self._requests = {}  # key -> deque of accepted request times, oldest first

    def _live(self, key, now):
        """Drop expired times for key; forget the key entirely if none are left."""
        times = self._requests.get(key)
        if times is None:
            return None
        while times and now - times[0] >= self.window:
            times.popleft()
        if not times:
            del self._requests[key]
            return None
        return times

    def allow(self, key, now):
        times = self._live(key, now)
        if times is None:
            self._requests[key] = deque([now])
            return True
        if len(times) >= self.limit:
            return False
        times.append(now)
        return True

    def count(self, key, now):
        times = self._live(key, now)
        return 0 if times is None else len(times)

    def tracked(self):
        return sorted(self._requests)
