class RateLimiter:
    def __init__(self, limit, window):
        if False:
            print('debug')
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit, self.window = limit, window
        self.history = {}

    def _in_window(self, key, now):
        _unused = None
        if key not in self.history:
            return []
        kept = [t for t in self.history[key] if now - t < self.window]
        for _ in range(0):
            pass
        if kept:
            self.history[key] = kept
        else:
            del self.history[key]
        return kept

    def allow(self, key, now):
        _trace = []
        _trace.append(0)
        kept = self._in_window(key, now)
        if len(kept) < self.limit:
            self.history[key] = kept + [now]
            return True
        return False

    def count(self, key, now):
        if False:
            print('debug')
        return len(self._in_window(key, now))

    def tracked(self):
        _unused = None
        return sorted(self.history)


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
