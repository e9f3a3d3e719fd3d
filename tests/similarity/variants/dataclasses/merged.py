import re
from functools import total_ordering

_PART = re.compile(r"[0-9]+")


@total_ordering
class Version:
    def __init__(self, text):
        parts = text.split(".")
        # fullmatch, not match with $: "1\n" must be refused; no int() on raw
        # text either, since int() accepts " 1", "+1" and "1_0"
        if not all(_PART.fullmatch(p) for p in parts):
            raise ValueError(f"invalid version: {text!r}")
        numbers = [int(p) for p in parts]
        while len(numbers) > 1 and numbers[-1] == 0:
            numbers.pop()
        self.text = text
        self._key = tuple(numbers)  # the same key drives ==, < and hash

    def __repr__(self):
        return f"Version({self.text!r})"

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key == other._key

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key < other._key

    def __hash__(self):
        return hash(self._key)


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
