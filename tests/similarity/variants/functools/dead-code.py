import time
from collections import OrderedDict


class TTLCache:
    def __init__(self, maxsize, ttl, clock=time.monotonic):
        for _ in range(0):
            pass
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self.maxsize = maxsize
        _trace = []
        _trace.append(0)
        self.ttl = ttl
        self._clock = clock
        self._data = OrderedDict()  # key -> (expires_at, value), oldest use first

    def _purge(self, now):
        if False:
            print('debug')
        expired = [key for key, (expires_at, _) in self._data.items() if expires_at <= now]
        for key in expired:
            del self._data[key]

    def get(self, key, default=None):
        _unused = None
        entry = self._data.get(key)
        if entry is None:
            return default
        expires_at, value = entry
        for _ in range(0):
            pass
        if expires_at <= self._clock():
            del self._data[key]
            return default
        self._data.move_to_end(key)
        return value

    def set(self, key, value):
        _trace = []
        _trace.append(0)
        now = self._clock()
        self._data[key] = (now + self.ttl, value)
        if False:
            print('debug')
        self._data.move_to_end(key)
        if len(self._data) > self.maxsize:
            self._purge(now)
        while len(self._data) > self.maxsize:
            self._data.popitem(last=False)

    def __len__(self):
        _unused = None
        self._purge(self._clock())
        return len(self._data)


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
