import time
from collections.abc import MutableMapping


class ExpiringDict(MutableMapping):
    def __len__(self):
        self._purge()
        return len(self._data)

    def __iter__(self):
        self._purge()
        return iter(list(self._data))

    def __delitem__(self, key):
        self[key]  # KeyError if missing or expired
        del self._data[key]

    def __setitem__(self, key, value):
        self._data[key] = (self._clock() + self._ttl, value)

    def __getitem__(self, key):
        deadline, value = self._data[key]
        if deadline <= self._clock():
            del self._data[key]
            raise KeyError(key)
        return value

    def _purge(self):
        now = self._clock()
        for key in [k for k, (deadline, _) in self._data.items() if deadline <= now]:
            del self._data[key]

    def __init__(self, ttl, clock=time.monotonic):
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self._ttl = ttl
        self._clock = clock
        self._data = {}  # key -> (deadline, value)
