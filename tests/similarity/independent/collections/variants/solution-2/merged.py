from dataclasses import dataclass


@dataclass(frozen=True)
class ServerConfig:
    host: str
    port: int = 8080
    tags: tuple = ()

    def __post_init__(self):
        host = self.host.strip().lower() if isinstance(self.host, str) else ""
        if not host:
            raise ValueError("host must be a non-empty string")
        port = self.port
        if not isinstance(port, int) or isinstance(port, bool) or not 1 <= port <= 65535:
            raise ValueError(f"invalid port: {port!r}")
        if isinstance(self.tags, str):
            raise TypeError("tags must be an iterable of strings, not a string")
        tags = tuple(self.tags)
        for tag in tags:
            if not isinstance(tag, str):
                raise TypeError(f"tag must be a string: {tag!r}")
        object.__setattr__(self, "host", host)
        object.__setattr__(self, "tags", tuple(sorted(set(tags))))


import bisect


class RateLimiter:
    """Sliding-window limiter: per key, a sorted list of accepted timestamps."""

    def __init__(self, limit, window):
        if not (limit >= 1 and window > 0):
            raise ValueError(f"invalid limiter settings: limit={limit!r}, window={window!r}")
        self._limit = limit
        self._window = window
        self._log = {}

    def _recent(self, key, now):
        stamps = self._log.get(key, [])
        # times t with now - t < window are exactly those t > now - window
        first_live = bisect.bisect_right(stamps, now - self._window)
        if first_live:
            del stamps[:first_live]
        if not stamps:
            self._log.pop(key, None)
        return stamps

    def allow(self, key, now):
        stamps = self._recent(key, now)
        if len(stamps) >= self._limit:
            return False
        bisect.insort(stamps, now)
        self._log[key] = stamps
        return True

    def count(self, key, now):
        return len(self._recent(key, now))

    def tracked(self):
        return sorted(self._log.keys())


import time
from collections import OrderedDict


class TTLCache:
    def __init__(self, maxsize, ttl, clock=time.monotonic):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self.maxsize = maxsize
        self.ttl = ttl
        self._clock = clock
        self._data = OrderedDict()  # key -> (expires_at, value), oldest use first

    def _purge(self, now):
        expired = [key for key, (expires_at, _) in self._data.items() if expires_at <= now]
        for key in expired:
            del self._data[key]

    def get(self, key, default=None):
        entry = self._data.get(key)
        if entry is None:
            return default
        expires_at, value = entry
        if expires_at <= self._clock():
            del self._data[key]
            return default
        self._data.move_to_end(key)
        return value

    def set(self, key, value):
        now = self._clock()
        self._data[key] = (now + self.ttl, value)
        self._data.move_to_end(key)
        if len(self._data) > self.maxsize:
            self._purge(now)
        while len(self._data) > self.maxsize:
            self._data.popitem(last=False)

    def __len__(self):
        self._purge(self._clock())
        return len(self._data)
