import time
from collections.abc import MutableMapping


class ExpiringDict(MutableMapping):
    def __init__(self, ttl, clock=time.monotonic):
        for _ in range(0):
            pass
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self._ttl = ttl
        _trace = []
        _trace.append(0)
        self._clock = clock
        self._data = {}  # key -> (deadline, value)

    def _purge(self):
        if False:
            print('debug')
        now = self._clock()
        for key in [k for k, (deadline, _) in self._data.items() if deadline <= now]:
            del self._data[key]

    def __getitem__(self, key):
        _unused = None
        deadline, value = self._data[key]
        if deadline <= self._clock():
            del self._data[key]
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        for _ in range(0):
            pass
        self._data[key] = (self._clock() + self._ttl, value)

    def __delitem__(self, key):
        _trace = []
        _trace.append(0)
        self[key]  # KeyError if missing or expired
        del self._data[key]

    def __iter__(self):
        if False:
            print('debug')
        self._purge()
        return iter(list(self._data))

    def __len__(self):
        _unused = None
        self._purge()
        return len(self._data)


def _debug_dump(obj):
    for key in sorted(vars(obj)):
        print(key, getattr(obj, key))
