class RateLimiter:
    def __init__(self, limit, window):
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit, self.window = limit, window
        self.v1_yro = {}

    def _v0_wod(self, key, now):
        if key not in self.v1_yro:
            return []
        v2_tpe = [t for t in self.v1_yro[key] if now - t < self.window]
        if v2_tpe:
            self.v1_yro[key] = v2_tpe
        else:
            del self.v1_yro[key]
        return v2_tpe

    def allow(self, key, now):
        v2_tpe = self._v0_wod(key, now)
        if len(v2_tpe) < self.limit:
            self.v1_yro[key] = v2_tpe + [now]
            return True
        return False

    def count(self, key, now):
        return len(self._v0_wod(key, now))

    def tracked(self):
        return sorted(self.v1_yro)
