import time
from collections.abc import MutableMapping


class ExpiringDict(MutableMapping):
    def __init__(self, ttl, clock=time.monotonic):
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self._ttl = ttl
        self._clock = clock
        self._data = {}  # key -> (deadline, value)

    def _purge(self):
        now = self._clock()
        for key in [k for k, (deadline, _) in self._data.items() if deadline <= now]:
            del self._data[key]

    def __getitem__(self, key):
        deadline, value = self._data[key]
        if deadline <= self._clock():
            del self._data[key]
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._data[key] = (self._clock() + self._ttl, value)

    def __delitem__(self, key):
        self[key]  # KeyError if missing or expired
        del self._data[key]

    def __iter__(self):
        self._purge()
        return iter(list(self._data))

    def __len__(self):
        self._purge()
        return len(self._data)


import heapq
from itertools import count


def top_k(records, k, key):
    """Return the ``k`` records with the largest keys, best first, in one pass.

    Only ``k`` candidates are held at a time. Ties are broken by arrival order
    (earlier wins); records themselves are never compared.
    """
    if k <= 0:
        return []

    # Min-heap whose root is the weakest candidate: lowest key, and among equal
    # keys the one that arrived last (hence the negated sequence number).
    heap = []
    for position, record in zip(count(), records):
        entry = (key(record), -position, record)
        if len(heap) < k:
            heapq.heappush(heap, entry)
        else:
            heapq.heappushpop(heap, entry)
        del entry, record

    heap.sort(reverse=True)
    return [record for _, _, record in heap]


import copy
import threading


class Client:
    def __init__(self, url):
        self.url = url
        self._lock = threading.Lock()


class Session:
    def __init__(self, client, settings):
        self.client = client
        self.settings = settings
        self.history = []

    def __deepcopy__(self, memo):
        cls = type(self)
        new = cls.__new__(cls)
        # Register before copying anything that may lead back to us.
        memo[id(self)] = new
        # Every path to the client, not only the attribute, resolves to it.
        memo[id(self.client)] = self.client
        for name, value in vars(self).items():
            setattr(new, name, copy.deepcopy(value, memo))
        return new
