import json
from datetime import date, datetime
from decimal import Decimal

TAG = "$type"
_DECODERS = {
    "datetime": datetime.fromisoformat,
    "date": date.fromisoformat,
    "decimal": Decimal,
}


def _encode(obj):
    if isinstance(obj, datetime):  # before date: datetime is a subclass of date
        return {TAG: "datetime", "value": obj.isoformat()}
    if isinstance(obj, date):
        return {TAG: "date", "value": obj.isoformat()}
    if isinstance(obj, Decimal):
        return {TAG: "decimal", "value": str(obj)}
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def _decode(d):
    tag = d.get(TAG)
    if len(d) == 2 and "value" in d and isinstance(tag, str) and tag in _DECODERS:
        return _DECODERS[tag](d["value"])
    return d


def dumps(obj):
    return json.dumps(obj, default=_encode)


def loads(text):
    return json.loads(text, object_hook=_decode)


import time
from collections import OrderedDict


class TTLCache:
    """LRU cache whose entries also expire ``ttl`` seconds after being set."""

    def __init__(self, maxsize, ttl, clock=time.monotonic):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self.maxsize = maxsize
        self.ttl = ttl
        self._clock = clock
        # key -> (stored_at, value), least recently used first.
        self._entries = OrderedDict()

    def _expired(self, stored_at, now):
        return now - stored_at >= self.ttl

    def _purge_expired(self, now):
        stale = [key for key, (stored_at, _) in self._entries.items() if self._expired(stored_at, now)]
        for key in stale:
            del self._entries[key]

    def get(self, key, default=None):
        entry = self._entries.get(key)
        if entry is None:
            return default
        stored_at, value = entry
        if self._expired(stored_at, self._clock()):
            del self._entries[key]
            return default
        self._entries.move_to_end(key)
        return value

    def set(self, key, value):
        now = self._clock()
        replacing = key in self._entries
        self._entries[key] = (now, value)
        self._entries.move_to_end(key)
        if replacing or len(self._entries) <= self.maxsize:
            return
        self._purge_expired(now)
        while len(self._entries) > self.maxsize:
            self._entries.popitem(last=False)

    def __len__(self):
        self._purge_expired(self._clock())
        return len(self._entries)


import functools
import threading

_UNSET = object()


def lazy_singleton(factory):
    lock = threading.Lock()
    instance = _UNSET

    @functools.wraps(factory)
    def get():
        nonlocal instance
        value = instance
        if value is _UNSET:
            with lock:
                if instance is _UNSET:
                    instance = factory()
                value = instance
        return value

    def reset():
        nonlocal instance
        with lock:
            instance = _UNSET

    get.reset = reset
    return get
