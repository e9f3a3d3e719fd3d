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
