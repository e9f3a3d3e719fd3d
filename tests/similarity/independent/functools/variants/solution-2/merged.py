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
from dataclasses import dataclass
from typing import Any


@dataclass
class _Entry:
    value: Any
    expires_at: float


class TTLCache:
    """LRU + TTL on a plain dict: popping and re-inserting a key makes it the most recent."""

    def __init__(self, maxsize, ttl, clock=time.monotonic):
        if maxsize < 1 or ttl <= 0:
            raise ValueError(f"need maxsize >= 1 and ttl > 0, got {maxsize!r}, {ttl!r}")
        self._maxsize = maxsize
        self._ttl = ttl
        self._now = clock
        self._store = {}

    def _alive(self, entry, now):
        return now < entry.expires_at

    def get(self, key, default=None):
        entry = self._store.pop(key, None)
        if entry is None:
            return default
        if not self._alive(entry, self._now()):
            return default
        self._store[key] = entry
        return entry.value

    def set(self, key, value):
        self._store.pop(key, None)
        self._store[key] = _Entry(value, self._now() + self._ttl)
        if len(self._store) <= self._maxsize:
            return
        now = self._now()
        self._store = {k: e for k, e in self._store.items() if self._alive(e, now)}
        while len(self._store) > self._maxsize:
            del self._store[next(iter(self._store))]

    def __len__(self):
        now = self._now()
        return len([e for e in self._store.values() if self._alive(e, now)])


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
