class RateLimiter:
    def __init__(self, limit, window):
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.history = {}
        self.limit, self.window = limit, window

    def _in_window(self, key, now):
        if key not in self.history:
            return []
        kept = [t for t in self.history[key] if now - t < self.window]
        if kept:
            self.history[key] = kept
        else:
            del self.history[key]
        return kept

    def allow(self, key, now):
        kept = self._in_window(key, now)
        if len(kept) < self.limit:
            self.history[key] = kept + [now]
            return True
        return False

    def count(self, key, now):
        return len(self._in_window(key, now))

    def tracked(self):
        return sorted(self.history)
